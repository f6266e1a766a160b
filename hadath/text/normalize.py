"""Arabic normalization for matching, keeping the map back to original offsets.

Matching runs over a normalized form of the text, where spelling variants that
Arabic newswire uses interchangeably collapse to one letter:

- alef with hamza or madda (أ إ آ ٱ) → ا
- alef maqsura ى → ي, final ta marbuta ة → ه
- hamza on waw/ya (ؤ ئ) → ء
- diacritics (harakat, shadda, sukun, superscript alef) and tatweel ـ are dropped
- Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9
- typographic quotes « » “ ” „ → "

Dropping characters changes the length, so :func:`normalize_ar_with_offsets`
returns, for each normalized character, the index of the original character it
came from. :class:`NormText` maps a normalized span back to an original span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_DROP = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]      # harakat, shadda, sukun, maddah above …
    + ["\u0670", "\u0640", "\u06D6", "\u06D7", "\u06D8", "\u06D9", "\u06DA", "\u06DB",
       "\u06DC", "\u06DF", "\u06E0", "\u06E1", "\u06E2", "\u06E3", "\u06E4", "\u06E7",
       "\u06E8", "\u06EA", "\u06EB", "\u06EC", "\u06ED", "\u200c", "\u200d", "\u200e",
       "\u200f", "\u061c"]
)

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ء", "ؤ": "ء",
    "ة": "ه",
    "ک": "ك", "ڪ": "ك", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'",
    "،": ",", "؛": ";", "؟": "?",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)

_TABLE = str.maketrans({**_MAP, **{c: None for c in _DROP}})
_DROP_RUN = re.compile("[" + "".join(sorted(_DROP)) + "]+")


def normalize_ar(text: str) -> str:
    """Normalized form of ``text`` for matching (offsets not kept)."""
    return text.translate(_TABLE)


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits → ASCII, nothing else changed (length kept)."""
    return "".join(_MAP.get(c, c) if c.isdigit() else c for c in text)


@dataclass(frozen=True, slots=True)
class NormText:
    """A normalized text with, for each of its characters, the original index."""
    original: str
    text: str
    index: tuple[int, ...]  # len(text) + 1 entries; the last is len(original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalized span [start, end)."""
        if end <= start:
            pos = self.index[start]
            return pos, pos
        return self.index[start], self.index[end - 1] + 1

    def from_original(self, pos: int) -> int:
        """First normalized index at or after original index ``pos``."""
        from bisect import bisect_left
        return bisect_left(self.index, pos, 0, len(self.index) - 1)


def normalize_ar_with_offsets(text: str) -> NormText:
    """Normalize ``text`` and keep, for each output character, its source index.

    Every mapping is one character to one, so only dropped characters shift offsets:
    without any (most newswire), the index is the identity and costs no Python loop.
    """
    out = text.translate(_TABLE)
    if len(out) == len(text):
        return NormText(text, out, tuple(range(len(text) + 1)))
    index: list[int] = []
    kept_from = 0
    for m in _DROP_RUN.finditer(text):  # dropped characters are sparse: copy the runs between
        index.extend(range(kept_from, m.start()))
        kept_from = m.end()
    index.extend(range(kept_from, len(text) + 1))
    return NormText(text, out, tuple(index))
