"""A model-found person named again by the family name alone (``كافالا`` after ``عثمان
كافالا``): the ``ner`` stage's last step.

News names a person in full once, then by the family name. The tagger often misses the
lone family name, most of all a foreign one it has never seen, and a missed mention is a
missed speaker or actor. So the family name of each model-found person (two words or
more) is looked for after the full name, with a proclitic (``وكافالا``) or without,
where it is no part of another mention. Only a family name that one person of the
article ends with, and that is not an everyday word: never one of the words that no name
holds (``hadath.annotate.name_spans.not_names``), never a common word of Arabic text
(its frequency in ``hadath/models/word_freq.tsv.gz`` above ``MAX_FREQUENCY``: ``منصور``,
``عادل``, ``سعيد``).
"""
from __future__ import annotations

from dataclasses import replace

from hadath.model import Entity, Span
from hadath.text.normalize import normalize_ar
from hadath.text.segment import strip_proclitics

# word_freq.tsv.gz scores (Zipf x 10); everyday words such as منصور "victorious" (47) or
# عادل "just" (47) are above, family names such as الصالحي (30) or حمزة (44) below
MAX_FREQUENCY = 45
_MIN_LETTERS = 3


def later_family_names(entities: list[Entity], tokens, stop: frozenset[str],
                       freq: dict[str, int]) -> list[Entity]:
    """``entities`` with each model-found person's later lone family names added."""
    owners: dict[str, list[int]] = {}
    for idx, ent in enumerate(entities):
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            words = normalize_ar(m.text).split()
            if len(words) > 1:
                owners.setdefault(words[-1], []).append(idx)
    taken = sorted((m.start, m.end) for e in entities for m in e.mentions)
    added: dict[int, list[Span]] = {}
    for tok in tokens:
        for plen, stem in strip_proclitics(tok.norm):
            ids = set(owners.get(stem, ()))
            if len(ids) != 1:
                continue
            idx = ids.pop()
            ent = entities[idx]
            start = tok.start + plen
            if ent.origin != "model" or len(stem) < _MIN_LETTERS or stem in stop \
                    or freq.get(stem, 0) > MAX_FREQUENCY \
                    or start < min(m.start for m in ent.mentions) \
                    or any(s < tok.end and start < e for s, e in taken):
                break
            added.setdefault(idx, []).append(Span(start, tok.end, tok.text[plen:]))
            break
    out = list(entities)
    for idx, spans in added.items():
        ent = out[idx]
        out[idx] = replace(ent, mentions=tuple(sorted(ent.mentions + tuple(spans),
                                                      key=lambda m: m.start)))
    return out


def lone_surnames_to_people(entities: list[Entity]) -> list[Entity]:
    """``entities`` with a person the dictionary knows only by one word given to the
    article's person whose full name ends with it and came first.

    The lexicon lists some people by the family name alone (``المرزوقي`` is Moncef
    Marzouki); in a story about ``حسن المرزوقي``, a later ``المرزوقي`` is Hassan, not
    the Tunisian president. Only where one person of the article ends so.
    """
    enders: dict[str, list[int]] = {}
    for idx, ent in enumerate(entities):
        if ent.type == "PER":
            for word in {normalize_ar(m.text).split()[-1] for m in ent.mentions
                         if len(m.text.split()) > 1}:
                enders.setdefault(word, []).append(idx)
    moved: dict[int, int] = {}
    for idx, ent in enumerate(entities):
        words = {normalize_ar(m.text) for m in ent.mentions}
        if ent.type != "PER" or ent.origin == "model" or len(words) != 1 \
                or any(" " in w for w in words):
            continue
        owners = enders.get(next(iter(words)), [])
        if len(owners) == 1 and owners[0] != idx and \
                min(m.start for m in entities[owners[0]].mentions) \
                < min(m.start for m in ent.mentions) \
                and not _same_given_name(entities[owners[0]], ent):
            moved[idx] = owners[0]
    if not moved:
        return entities
    out = list(entities)
    for idx, owner in moved.items():
        out[owner] = replace(out[owner], mentions=tuple(sorted(
            out[owner].mentions + entities[idx].mentions, key=lambda m: m.start)))
    return [e for i, e in enumerate(out) if i not in moved]


def _same_given_name(a: Entity, b: Entity) -> bool:
    """Whether two persons' English names open alike: ``عمر حسن أحمد البشير`` (Omar
    …) may well be the dictionary's Omar al-Bashir, whose entry says more; Hassan
    Marzouki is not Moncef Marzouki."""
    first = [(e.name_en or "").split()[:1] for e in (a, b)]
    return bool(first[0]) and first[0][0].lower() == (first[1] or [""])[0].lower()
