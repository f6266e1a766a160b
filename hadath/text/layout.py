"""Datelines and bylines: the wire-copy furniture around an article's body.

A dateline opens the first line: a place, a dash or a colon, an outlet, then a colon
or a dash (``دمشق - سانا:``, ``بيروت - أ ف ب:``, ``جدة - ٦ - ٦ (كونا) --``,
``هلسنكي: «الشرق الأوسط»``); or it is a short first line of its own, place and outlet
with a dash or slash between (``الموصل / واع``, ``عمان - الغد``), or with a written
date between (``الرباط في 7 نونبر 2023 - مدار21``). A byline is a short last line that is only an outlet's
name (``سيريانيوز``): it becomes the article's ``source`` and lies outside every
sentence.
"""
from __future__ import annotations

import re

from hadath.model import Span

_SENT_PUNCT = re.compile(r"[.!?؟:،,\"«»]")
# place (1-3 words) – optional date – outlet – terminator, all within the first line
_DATELINE = re.compile(
    r"^\s*(?P<place>[\u0621-\u064A]+(?:[ \u0621-\u064A]{0,30}?))\s*[-–—:]\s*"
    r"(?:(?P<date>[\d]{1,2}\s*[-/]\s*[\d]{1,2}(?:\s*[-/]\s*[\d]{2,4})?)\s*(?:[-–—:]\s*)?)?"
    r"(?P<outlet>\(?[«\"]?[\u0621-\u064A][\u0621-\u064A .]{0,25}?[»\"]?\)?)\s*"
    r"(?::|--|—|-\s|(?<=[»\")])\s*$)"  # a quoted outlet may end the line
)


# a first line that is nothing but ``place – outlet`` (or ``place / outlet``)
_BARE_DATELINE = re.compile(
    r"^\s*(?P<place>[\u0621-\u064A]+(?: [\u0621-\u064A]+){0,2})\s*[-–—/]\s*"
    r"(?P<outlet>[«\"(]?[\u0621-\u064A0-9][\u0621-\u064A0-9 ]{0,25}?[»\")]?)\s*$"
)
_BARE_MAX = 50  # characters of such a line
# opening the first paragraph: place, a written date, (outlet), a dash
# (``تونس 17 جويلية 2023 (وات) - وقعت …``, ``الرياض 6 رمضان 1443 هـ (سبأ) - أعلن …``)
_DATED_INLINE = re.compile(
    r"^\s*(?P<place>[\u0621-\u064A]+(?: [\u0621-\u064A]+){0,2}?)\s+(?:في\s+)?"
    r"(?P<date>[\d\u0660-\u0669][^\n()]{1,60}?)\s*\((?P<outlet2>[\u0621-\u064A ]{2,25})\)"
    r"\s*[-–—:]+\s"
)
# a first line of its own: place, a written date, outlet (``الرباط في 7 نونبر 2023 - مدار21``,
# ``مسقط في 8 ذي القعدة 1444 هـ الموافق 28 مايو 2023 م (العمانية)``)
_DATED_DATELINE = re.compile(
    r"^\s*(?P<place>[\u0621-\u064A]+(?: [\u0621-\u064A]+){0,2}?)\s+(?:في\s+)?"
    r"(?P<date>[\d\u0660-\u0669][^\n]{2,70}?[\d\u0660-\u0669](?:\s*(?:م|هـ|ه))?)\s*"
    r"(?:[-–—]\s*(?P<outlet>[\u0621-\u064A0-9][\u0621-\u064A0-9 ]{0,25}?)"
    r"|\((?P<outlet2>[\u0621-\u064A ]{2,25})\))\s*$"
)


def find_byline(text: str, max_words: int = 4, max_chars: int = 40) -> tuple[int, str] | None:
    """(start offset, outlet) of a byline on the last line, or None."""
    stripped = text.rstrip()
    nl = stripped.rfind("\n")
    if nl < 0:
        return None
    last = stripped[nl + 1:].strip()
    if not last or len(last) > max_chars or len(last.split()) > max_words:
        return None
    if _SENT_PUNCT.search(last) or any(ch.isdigit() for ch in last):
        return None
    if not re.search(r"[\u0600-\u06FFA-Za-z]", last):
        return None
    return stripped.index(last, nl + 1), last


def find_dateline(text: str) -> dict[str, Span] | None:
    """Spans of the dateline's place, date and outlet, plus the whole dateline."""
    first_nl = text.find("\n")
    line_end = len(text) if first_nl < 0 else first_nl
    m = _DATELINE.match(text, 0, min(line_end, 120))
    if not m and first_nl > 0 and line_end <= _BARE_MAX:
        m = _BARE_DATELINE.match(text, 0, line_end)
    if not m and first_nl > 0:
        m = _DATED_DATELINE.match(text, 0, line_end)
    if not m:
        m = _DATED_INLINE.match(text, 0, min(line_end, 120))
    if not m:
        return None
    place = m.group("place").strip()
    if len(place.split()) > 3:
        return None
    out = {"all": Span.of(text, m.start(), m.end())}
    for name in ("place", "date", "outlet", "outlet2"):
        if name in m.groupdict() and m.group(name):
            s, e = m.span(name)
            seg = text[s:e]
            # trim brackets, quotes and spaces around the part
            ls = len(seg) - len(seg.lstrip(" ([«\""))
            rs = len(seg) - len(seg.rstrip(" )]»\"."))
            out["outlet" if name == "outlet2" else name] = Span.of(text, s + ls, e - rs)
    return out
