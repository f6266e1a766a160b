"""Parties listed as unjoined adjectives after a count: ``عدوان ثلاثي أمريكي بريطاني فرنسي``.

Arabic names the parties of a joint act by a count adjective (``ثنائي``, ``ثلاثي``,
``رباعي``) and then their nationality adjectives one after another, with no و between
them. Each adjective is a party: the act is all of theirs, and together they are the group
a later ``الدول الثلاث`` stands for. Read word by word, only the first adjective was an
actor (the tagger may even read ``بريطاني فرنسي`` as a person's name). The count must
match the adjectives listed, so ``القصف الثلاثي`` alone or a border (``الحدود السورية
العراقية``) is left as it was.
"""
from __future__ import annotations

from hadath.events.actors import ActorMention
from hadath.events.words import WordForms
from hadath.model import Actor, Span, Token

# count adjectives (masculine, feminine; with ال or without) → how many parties they count
COUNTS = {"ثنائي": 2, "ثلاثي": 3, "رباعي": 4, "خماسي": 5, "سداسي": 6}


def _count(word: str) -> int:
    stem = word.removeprefix("ال").removesuffix("ه")
    return COUNTS.get(stem, 0)


def counted_parties(tokens: list[Token], forms: list[WordForms], mentions: list[ActorMention],
                    nationalities: dict[str, str]) -> list[ActorMention]:
    """The sentence's mentions, with each run of nationality adjectives that a count
    adjective announces (and that many) made one joined list of parties."""
    out = mentions
    for i, tok in enumerate(tokens):
        n = _count(tok.norm)
        if not n or i + n >= len(tokens):
            continue
        run = [_country(forms[j], nationalities) for j in range(i + 1, i + 1 + n)]
        if not all(run) or len(set(run)) != n \
                or (i + 1 + n < len(tokens) and _country(forms[i + 1 + n], nationalities)):
            continue    # not exactly the count of distinct adjectives
        first, last = i + 1, i + n
        kept = [m for m in out if m.last < first or m.first > last]
        listed = [ActorMention(first + k, first + k,
                               Actor(country=c, span=Span(tokens[first + k].start,
                                                          tokens[first + k].end, "")),
                               "adjective", None, k > 0) for k, c in enumerate(run)]
        out = sorted(kept + listed, key=lambda m: m.first)
    return out


def _country(f: WordForms, nationalities: dict[str, str]) -> str | None:
    return next((nationalities[s] for _, s in f.stems if s in nationalities), None)
