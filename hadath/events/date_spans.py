"""Which day an act takes when its time names more than one day.

A span of days (``بين 14 و16 أبريل``, ``يومي 23 و24 سبتمبر``) dates an act that went on
through it, so the act keeps the span. Two cases name days that are not one stretch:
a night told by its weekdays (``ليل الأحد - الإثنين``) is the night of its first day, and
two days apart (``زيارتين … يومي 6 و11 جوان``) are two acts, the first told first.
"""
from __future__ import annotations

from datetime import date

from hadath.model import TimeExpr
from hadath.text.normalize import normalize_ar

_NIGHT = frozenset({"ليل", "ليله"})


def span_day(t: TimeExpr) -> str | None:
    """The value an act dated by ``t`` takes: the span, or its first day (see module)."""
    value = t.value
    if value is None or "/" not in value:
        return value
    first, last = value.split("/", 1)
    if len(first) != 10 or len(last) != 10:
        return value
    try:
        gap = (date.fromisoformat(last) - date.fromisoformat(first)).days
    except ValueError:
        return value
    words = [w.lstrip("و") for w in normalize_ar(t.text).split()]
    if words and words[0] in _NIGHT and not any(c.isdigit() for c in t.text):
        return first        # ليل الأحد - الإثنين: Sunday night
    if words and words[0] == "يومي" and gap > 1:
        return first        # يومي 6 و11: two days, two acts
    return value
