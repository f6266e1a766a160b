"""Is a dated act news of its story: not planned (dated after the story), not history.

An act dated after the article's publication day is announced, not done; an attack, a protest or a
mobilization dated more than a year before it (``اغتيال الحريري عام 2005`` in a story of
2008) is background, unless the story is a chronicle. Kept apart from :mod:`hadath.events.coder`
so that module stays about putting one article's events together.
"""
from __future__ import annotations

from datetime import date, timedelta

from hadath.model import Article, Token


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


# how many days before the story a منذ day must be for the dead counted since then to
# be a running toll rather than the news of one attack (منذ فجر أمس is the news)
TALLY_DAYS = 3


def toll_since(article: Article, toks: list[Token], value: str | None) -> bool:
    """``أسفرت المعارك منذ الرابع من نيسان عن مقتل 147 شخصا``, ``ومنذ الثامن من تشرين
    الأول، أسفرت المواجهات عن مقتل أكثر من 90 شخصا``: the dead counted since a day well
    before the story are a running toll of a war, not one attack of the story. ``value``
    is the date the act took from the sentence's time."""
    if not value or not article.published or not long_before(value, article.published,
                                                                 TALLY_DAYS):
        return False
    for t in article.times:
        if t.value != value or not toks or not toks[0].start <= t.start < toks[-1].end:
            continue
        before = [k for k in toks if k.end <= t.start]
        if before and before[-1].norm.lstrip("و") == "منذ":
            return True
    return False
