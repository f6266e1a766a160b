"""A facility named by head noun, name and the head's own adjective, the name unknown.

``قاعدة العند الجوية``, ``قاعدة الديلمي الجوية``, ``مطار X الدولي``: Arabic news names a
base, an airport or a museum by a head noun of ``facilities.tsv``, the name, and an
adjective that belongs to that head (``الجوية`` to ``قاعدة``, ``الدولي`` to ``مطار``).
The lexicons make a facility of a place they know (``مطار صنعاء``), but most bases are
named after a person or a hamlet nobody lists, so the tagger leaves them out or takes the
name for a person (``عثمان دقنة``). Head and adjective together are a safe frame: the
head is indefinite (a construct, so a name follows) and the adjective closes the name,
so the whole phrase is one LOC mention, head kept as GUIDELINES keep it.

The same frame also completes a lexicon facility that stops before its adjective (a row
``قاعدة حميميم`` in ``قاعدة حميميم الجوية``).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache, partial

from hadath.lexicons.facilities import FacilityHead, load_facility_heads
from hadath.model import Entity, Span
from hadath.ner.romanize import romanize_person
from hadath.text.normalize import normalize_ar
from hadath.text.segment import space_joined

_PROCLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل")
# words that end a name before any adjective could close it
_STOP = frozenset(normalize_ar(w) for w in (
    "في", "من", "على", "إلى", "عن", "مع", "لدى", "قرب", "بين", "عند", "خلال", "بعد", "قبل",
    "أمام", "حيث", "التي", "الذي", "أو", "ثم", "حتى", "قد", "لا", "لم", "و"))
_MAX_NAME_WORDS = 3
# adjectives that describe a crossing rather than name it: dev gold marks ``معبر
# كفرلوسين`` in ``معبر كفرلوسين الحدودي`` (the lexicon stage leaves them out too)
_DESCRIPTIVE = frozenset(normalize_ar(w) for w in ("الحدودي", "البري"))


@lru_cache(maxsize=2)
def _head_forms() -> dict[str, tuple[int, FacilityHead]]:
    """Every written form of a named-place head noun, bare or with a proclitic
    (``وقاعدة``) → (length of the proclitic, head row): one lookup per word."""
    heads = {h: row for h, row in load_facility_heads().items() if row.type == "LOC"
             and row.adjectives}
    forms = {pre + h: (len(pre), row) for pre in reversed(_PROCLITICS) for h, row in heads.items()}
    forms.update((h, (0, row)) for h, row in heads.items())
    return forms


def _name_word(norm: str) -> bool:
    return bool(norm) and norm not in _STOP and all("\u0621" <= ch <= "\u064a" for ch in norm) \
        and not (norm[:1] in "وبل" and norm[1:3] == "ال")


def facility_spans(text: str, tokens) -> list[tuple[int, int, str]]:
    """(start, end, template) of every ``HEAD NAME ADJECTIVE`` facility in the text, the
    template being the head's English name for that adjective (``{name} Air Base``)."""
    forms = _head_forms()
    joined = partial(space_joined, text, tokens)  # the same sentence, one space apart

    out = []
    for i, tok in enumerate(tokens):
        found = forms.get(tok.norm)
        if found is None:
            continue
        pre, head = found
        adjectives = {a: t for a, t in head.adjectives if a not in _DESCRIPTIVE}
        k = i + 1
        while k < len(tokens) and k - i <= _MAX_NAME_WORDS + 1 and joined(k):
            norm = tokens[k].norm
            if norm in adjectives and k > i + 1:
                out.append((tok.start + pre, tokens[k].end, adjectives[norm]))
                break
            if not _name_word(norm):
                break
            k += 1
    return out


def facility_name_en(name: str, template: str) -> str:
    """The English name of a facility whose name the lexicons do not know."""
    words = name.split()
    return template.format(name=romanize_person(" ".join(words[1:-1])))


def complete_facilities(entities: list[Entity], spans: list[tuple[int, int, str]],
                        text: str) -> list[Entity]:
    """Lexicon mentions that are a facility cut before its adjective (``قاعدة حميميم``)
    grow to the whole frame; other entities are returned unchanged."""
    out = []
    for ent in entities:
        mentions = list(ent.mentions)
        for j, m in enumerate(mentions):
            whole = next(((s, e) for s, e, _ in spans if s == m.start and m.end < e), None)
            if whole is not None:
                mentions[j] = Span(whole[0], whole[1], text[whole[0]:whole[1]])
        if mentions != list(ent.mentions):
            ent = replace(ent, mentions=tuple(mentions),
                          name=max((m.text for m in mentions), key=len))
        out.append(ent)
    return out
