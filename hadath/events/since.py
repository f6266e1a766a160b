"""When a time after منذ is a starting point, and whose: the act's or another's.

``منذ`` names the start of a state (``منذ سيطرة الجماعة عليها في أيلول 2014``), the last
such act (``أول زيارة … منذ عام 2011``) or the start of the act told (``دعت منذ مساء
الأحد``); only the last dates the act it follows. Split from :mod:`hadath.events.dates`.
"""
from __future__ import annotations

from bisect import bisect_left

from hadath.model import Token

# words that close the clause a منذ phrase stands in
CLAUSE_STOPS = frozenset({"،", ",", "الذي", "التي", "حيث", "فيما", "بينما"})


# how far after the time the act of a منذ clause may stand (منذ فرضت …، في …، عقوبات)
SINCE_ACT_REACH = 8
# how many words back from في its منذ may stand: a starting point is often a whole event
# told as a noun phrase (منذ مقتل بائع السمك … داخل شاحنة لجمع النفايات في أكتوبر 2016)
SINCE_REACH = 14


def since(toks: list[Token], first: int, act: int = -1) -> bool:
    """Is the time the start of a state (``منذ سيطرتها على المدينة في 2014``)? Not for
    the act of the منذ clause itself (``منذ فرضت إيكواس، في التاسع من …، عقوبات``)."""
    if first < 3 or toks[first - 1].norm != "في":
        return False        # دعت منذ مساء الأحد: the act began then
    lo = max(0, first - SINCE_REACH)
    window = [k.norm.lstrip("و") for k in toks[lo:first - 2]]
    if "منذ" not in window or any(w in CLAUSE_STOPS for w in window[window.index("منذ"):]):
        return False
    at = lo + window.index("منذ")
    return not at < act <= first + SINCE_ACT_REACH


def ongoing_since(toks: list[Token], first: int) -> bool:
    """``الحراك المتواصل منذ 22 فيفري``: the time is when the thing named before it began;
    an act told after it is not that thing."""
    return first >= 2 and toks[first - 1].norm == "منذ" and toks[first - 2].norm in _ONGOING


def held_since(toks: list[Token], first: int) -> bool:
    """``عن بازوم وأفراد أسرته، المحتجزين منذ 26 يوليو``: a time after a state's participle
    (held, besieged) says when that state began, not when an act told before it was
    done; not an act's own going on (``العدوان التركي المستمر منذ التاسع``: it began then)."""
    return first >= 2 and toks[first - 1].norm == "منذ" and toks[first - 2].norm not in _ONGOING \
        and toks[first - 2].norm.startswith("الم") and len(toks[first - 2].norm) >= 6


_ONGOING = frozenset({"المتواصل", "المتواصله", "المستمر", "المستمره", "القائم", "القائمه",
                      "الجاري", "الجاريه", "المندلع", "المندلعه"})


def first_since(toks: list[Token], first: int, trigger_tok: Token | None) -> bool:
    """``أول زيارة رسمية … منذ عام 2011``: the time after منذ is when the act last
    happened; an act going on since then (``المتواصل منذ فجر أمس``) began at it."""
    if trigger_tok is None or first == 0 or toks[first - 1].norm != "منذ":
        return False
    k = toks.index(trigger_tok)
    if any(t.norm.lstrip("و") in ("اول", "لاول") for t in toks[max(0, k - 2):k]):
        return True
    # زيارة السيسي الأولى لرئيس مصري إلى العراق منذ عام 1990: the ordinal after the act
    between = [t.norm.lstrip("و") for t in toks[k + 1:first - 1]]
    if any(w in _FIRST for w in between) and not any(w in CLAUSE_STOPS for w in between):
        return True
    # اتصالا هاتفيا …، هو الأول منذ 7 أبريل: the first since then, told after the act
    return any(t.norm.lstrip("و") in _FIRST for t in toks[max(0, first - 4):first - 1])


_FIRST = frozenset({"اول", "لاول", "الاول", "الاولي", "اولي"})


def after_since(toks: list[Token], starts: list[int], at: int) -> bool:
    """Does the time at ``at`` follow منذ (a starting point, not the day told of)?"""
    i = bisect_left(starts, at)
    return i > 0 and toks[i - 1].norm.lstrip("و") == "منذ"
