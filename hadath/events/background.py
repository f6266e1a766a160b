"""Acts a sentence recalls in passing rather than reports.

``احتجاجا على مذكرة التفاهم التي وقعتها إثيوبيا مع …``: a signing told in a relative
clause on the document is an act of its own (it is coded), but it is background to the
sentence's news, so the day it took place is not the day of what the story tells next.
"""
from __future__ import annotations

from hadath.model import Event
from hadath.text.normalize import normalize_ar
from hadath.text.particles import SINGULAR_RELATIVES


def told_in_relative(text: str, ev: Event) -> bool:
    """Is the act told in a relative clause on a thing named before (``المذكرة التي
    وقعتها``)? ``text`` is the article's, which the trigger's offsets index."""
    before = normalize_ar(text[max(0, ev.trigger.start - 12):ev.trigger.start]).split()
    return bool(before) and before[-1] in SINGULAR_RELATIVES
