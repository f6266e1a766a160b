"""Acts told "during the meeting": the day of the meeting told before.

News tells a meeting with its day (``استقبل الرئيس المشير أمس الأحد``) and then what was
said at it in a later sentence that names it only by the definite noun (``وأكد الرئيس
خلال اللقاء دعم مصر …``). That sentence has no time of its own, and the act took place
at the meeting, not on the day of publication the story's date would give it.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.dates import sentence_day
from hadath.model import Article, Event

# words that put an act inside a gathering (خلال اللقاء, في ختام الاجتماع, على هامش القمة)
_DURING = frozenset({"خلال", "اثناء", "ختام", "هامش", "مستهل"})
# the gathering named back by its definite noun alone
_MET = frozenset({"اللقاء", "الاجتماع", "المباحثات", "المحادثات", "القمه", "الاتصال",
                  "الزياره", "المشاورات"})
# how many sentences back the meeting may have been told
_REACH = 3


def during_meeting(events: list[Event], article: Article) -> list[Event]:
    """Give an undated act told ``خلال اللقاء`` (before its trigger, in its sentence) the
    day of the last dated meeting (CONSULT) told in the sentences before, not as
    background in the past perfect."""
    out = list(events)
    for i, ev in enumerate(out):
        if ev.date is not None or not _told_during(article, ev):
            continue
        # not a call told as background (وكان الملك قد أجرى أمس اتصالا): another meeting
        met = [e for e in events if e.type == "CONSULT" and e.date and len(e.date) == 10
               and 0 < ev.sentence - e.sentence <= _REACH
               and sentence_day(article, e.sentence, e.date) is not None]
        if met:
            out[i] = replace(ev, date=max(met, key=lambda e: e.sentence).date)
    return out


def _told_during(article: Article, ev: Event) -> bool:
    """Does ``خلال``/``في ختام`` + a definite gathering noun stand before the trigger?"""
    toks = [k for k in article.tokens if k.sentence == ev.sentence and k.end <= ev.trigger.start]
    return any(a.norm.lstrip("وف") in _DURING and b.norm in _MET
               for a, b in zip(toks, toks[1:]))
