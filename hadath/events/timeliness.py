"""Is a dated act news of its story: not planned (dated after the story), not history.

An act dated after the article's publication day is announced, not done; an attack, a protest or a
mobilization dated more than a year before it (``اغتيال الحريري عام 2005`` in a story of
2008) is background, unless the story is a chronicle. Kept apart from :mod:`hadath.events.coder`
so that module stays about putting one article's events together.
"""
from __future__ import annotations

from datetime import date, timedelta


def after_publication(value: str | None, published: str | None) -> bool:
    """Is a dated act (its first day) later than the article's publication day?"""
    if not value or not published or len(value) < 10 or "W" in value:
        return False
    return value[:10] > published[:10]


def long_before(value: str | None, published: str | None, days: int = 365) -> bool:
    """Is a dated act more than ``days`` older than the article?"""
    if not value or not published:
        return False
    head = value.split("/")[-1]
    try:
        if len(head) == 4:
            when = date(int(head), 12, 31)
        elif len(head) == 7:
            when = date(int(head[:4]), int(head[5:7]), 28)
        else:
            when = date.fromisoformat(head[:10])
        return when < date.fromisoformat(published) - timedelta(days=days)
    except ValueError:
        return False
