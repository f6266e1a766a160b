"""A cursor over one article's tokens: the small matching helpers every rule uses.

``gaps[i]`` is the text before token ``i`` (one more entry holds what follows the last
token); a rule may continue over token ``j`` only when ``soft(j)``: same sentence and
nothing but spaces (or the separators a rule allows) before it. The token where the
current expression starts (``head``) is always soft.
"""
from __future__ import annotations

import re

from hadath.times.lexicon import TimeLexicon

_NUM = re.compile(r"(?:ال|و)?(\d{1,4})(ه|م)?")
_MONTHS = frozenset({"month", "hijri_month", "persian_month"})
_CAL = {"month": "g", "hijri_month": "h", "persian_month": "p"}
_DAY_WORDS = frozenset({"يوم", "يومي"})
_YEAR_WORDS = frozenset({"عام", "العام", "سنه", "السنه", "عامي", "سنتي"})


class Cursor:
    """The state of one parse call: tokens, gaps, sentences, and the current head."""

    def __init__(self, lex: TimeLexicon, starts: frozenset[str], norms: list[str],
                 gaps: list[str], sent: list[int]):
        self.lex, self._starts = lex, starts
        self._n, self._w, self._g, self._s = len(norms), norms, list(gaps), sent
        self._head = -1

    def _soft(self, j: int, allowed: str = "") -> bool:
        """Token j continues the expression: same sentence, only spaces (or ``allowed``) before it."""
        if j == self._head:
            return True
        if j >= self._n or j == 0 or self._s[j] != self._s[j - 1]:
            return False
        gap = self._g[j]
        return "\n" not in gap and gap.strip(" \t" + allowed) == "" and len(gap) <= 4

    def _m(self, j: int, kinds, clitics: bool = False, allowed: str = ""):
        if j >= self._n or (not clitics and j > 0 and not self._soft(j, allowed)):
            return None
        return self.lex.match(self._w, self._g, j, kinds, clitics)

    def _word(self, j: int, words, allowed: str = "") -> bool:
        return j < self._n and self._soft(j, allowed) and self._w[j] in words

    def _number(self, j: int, lo: int, hi: int, allowed: str = "") -> tuple[int, int, str] | None:
        """(value, next token, prefix) of a number token like 10, ال10, و4, 1445ه."""
        if j >= self._n or (j > 0 and not self._soft(j, allowed)):
            return None
        m = _NUM.fullmatch(self._w[j])
        if m is None:
            return None
        v = int(m.group(1))
        if not lo <= v <= hi:
            return None
        return v, j + 1, (m.group(2) or "")

    def _day(self, j: int, allowed: str = "") -> tuple[int, int] | None:
        """A day of the month: 6, الـ6, الـ 6, or an ordinal word (السابع)."""
        if j < self._n and self._w[j] == "ال" and self._soft(j + 1):
            got = self._number(j + 1, 1, 31)
            if got and not got[2]:
                return got[0], got[1]
        got = self._number(j, 1, 31, allowed)
        if got and not got[2] and not self._w[j].startswith("و"):
            return got[0], got[1]
        m = self._m(j, {"ordinal"}, allowed=allowed)
        if m:
            return int(m.entry.value), m.end
        return None
