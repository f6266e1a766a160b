"""Asides between a verb and the words it governs.

News sets a time or a relative clause between a verb and its subject or object:
``قررت الحكومة اليونانية، أمس الجمعة، طرد``, ``أكدت الوزارة، اليوم الثلاثاء، رفض``,
``أكد الوزير، الذي ترأس وفد مصر، دعم``. Rules that read adjacency must step over them.
Two readings exist, kept side by side here because they answer different questions:

- :func:`timed_words` trusts the times stage: the words inside a time expression it
  found, commas or not. A subject right before a verb may be set off from it only by
  such words (:func:`hadath.events.doers.adjacent_before`); a relative clause there
  would be a clause of its own, with its own verb, and must not count.
- :func:`aside_before` reads the commas: an aside closed by a comma right before a
  word and opened by one, whose first word is a time or a relative pronoun
  (``_ASIDE_OPENERS``). The masdar object of a verb of affirming
  (:mod:`hadath.events.masdar`) may stand after either kind.
"""
from __future__ import annotations

from hadath.model import Article, Token


def timed_words(article: Article, tokens: list[Token]) -> frozenset[int]:
    """The indices of the sentence's words inside a time expression the times stage found
    (``أمس الجمعة``): an aside between a verb and its subject or object."""
    spans = [(t.start, t.end) for t in article.times
             if tokens and tokens[0].start <= t.start < tokens[-1].end]
    return frozenset(i for i, tok in enumerate(tokens) for a, b in spans
                     if a <= tok.start and tok.end <= b)


# the first words of an aside between commas after a verb's subject: a time (، اليوم
# الثلاثاء،) or a relative clause (، الذي ترأس وفد مصر،), not a clause of its own
_ASIDE_OPENERS = frozenset({"الذي", "التي", "اليوم", "امس", "مساء", "صباح", "ظهر", "عصر",
                            "فجر", "ليل", "ليله", "في", "خلال"})
ASIDE_REACH = 12


def aside_before(text: str, tokens: list[Token], t0: int) -> int | None:
    """The index of the first word of an aside set off by commas right before token
    ``t0`` (``أكدت وزارة الخارجية، اليوم الثلاثاء الموافق …، رفض``), or None."""
    if t0 == 0 or "،" not in text[tokens[t0 - 1].end:tokens[t0].start] \
            and "," not in text[tokens[t0 - 1].end:tokens[t0].start]:
        return None
    for k in range(t0 - 1, max(0, t0 - 1 - ASIDE_REACH), -1):
        gap = text[tokens[k - 1].end:tokens[k].start]
        if "،" in gap or "," in gap:
            return k if tokens[k].norm.lstrip("و") in _ASIDE_OPENERS else None
        if any(c in gap for c in ".:؛"):
            return None
    return None
