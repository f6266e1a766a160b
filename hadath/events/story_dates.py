"""The story's day: the dateline's day of writing against the lead's day of the story.

An agency dateline (``عمان 28 حزيران (بترا) –``, ``المنامة في 13 أبريل``, a first line
``الرياض 11 شوال 1436 هـ الموافق 27 يوليو 2015 م واس``) gives the day the story was
written, which dates no act; the lead's first day-precise date near publication is the
day the story is about, and it dates the acts the text leaves undated
(:func:`date_undated`), as event datasets date a story's acts by the story.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from hadath.model import Article, Event, TimeExpr
from hadath.text.layout import find_dateline

# words that open a lead's time (في 13 أبريل), not a dateline's place
_LEAD_WORDS = frozenset({"في", "وفي", "يوم", "منذ", "خلال", "حتى", "بعد", "قبل"})

def story_date(article: Article, max_days: int = 7) -> str | None:
    """The day the story is about: its first day-precise date outside the dateline (the
    lead's), when that lies within ``max_days`` of publication; else None."""
    published = article.published_date
    if published is None:
        return None
    for t in sorted(article.times, key=lambda t: t.start):
        if t.type == "DATE" and t.value and len(t.value) == 10 and not in_dateline(article, t):
            try:
                day = date.fromisoformat(t.value)
            except ValueError:
                continue
            if abs((published - day).days) <= max_days:
                return t.value
    return None


def in_dateline(article: Article, t: TimeExpr) -> bool:
    """Is ``t`` the dateline's date (``عمان 28 حزيران (بترا) –``, ``المنامة في 13 أبريل``)?
    It is the day of writing; the story's day is the lead's (``أمس الأحد``)."""
    line = find_dateline(article.text)
    if line is not None and "date" in line:
        return line["date"].start <= t.start < line["date"].end
    if _on_dateline_of_its_own(article, t):
        return True
    before = article.text[:t.start].split()
    # a place and في before the day of publication (المنامة في 13 أبريل), not a lead's في
    return 1 <= len(before) <= 2 and before[0] not in _LEAD_WORDS and \
        any(c.isdigit() for c in t.text) and t.value == (article.published or "")[:10]


def _on_dateline_of_its_own(article: Article, t: TimeExpr) -> bool:
    """Is ``t`` the day of writing on a short first line of its own (``الرياض 11 شوال
    1436 هـ الموافق 27 يوليو 2015 م واس``)? Agencies put both calendars there, and an
    outlet with no dash or bracket; the story's day is the lead's (``أمس الأحد``)."""
    end = article.text.find("\n")
    line = article.text[:max(end, 0)]
    return 0 < t.end <= end and len(line.split()) <= _DATELINE_WORDS and \
        not any(c in line for c in "،,.:؛") and any(c.isdigit() for c in t.text) and \
        bool(t.value) and t.value[:10] == (article.published or "")[:10]


# words of a first line that is only a dateline (place, two calendars, outlet)
_DATELINE_WORDS = 14


def date_undated(events: list[Event], article: Article) -> list[Event]:
    """Mark how each date was found, and give acts the text does not date the story's
    date (as event datasets date a story's acts by the story), with basis "story"."""
    lead = story_date(article)
    out = []
    for ev in events:
        if ev.date is not None:
            out.append(replace(ev, date_basis="text"))
        elif lead is not None:
            out.append(replace(ev, date=lead, date_basis="story"))
        else:
            out.append(ev)
    return out
