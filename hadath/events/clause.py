"""Where an attack or a protest stands in its sentence.

The clause-level facts :mod:`hadath.events.specificity` weighs, with no word lists of
their own: the words of the trigger's clause, a relative clause before it (``اللتين
تعرضتا لاعتداء``) and whether it tells a year long past, a tally since years back, a
masdar joined by و to another act, another act opening the sentence, a date or a count
after the trigger, a question, ``يتم`` with a masdar, a chronology entry's leading
date, a date near the act of an earlier year or half a year back, a sentence whose
dates all lie years back, and a beating or a torture told with no date at all. Words
are matched normalized like ``Token.norm``.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from hadath.events.reporting import counted_casualties
from hadath.events.triggers import TriggerHit
from hadath.model import Article, Token
from hadath.text.segment import strip_proclitics

_CLAUSE_MARKS = frozenset("،,؛;:.!؟?")


def coordinated_with(toks: list[Token], hit: TriggerHit, hits: Sequence[TriggerHit]
                     ) -> TriggerHit | None:
    """The act noun a masdar is joined to by و (``بقتل طفلين وتعذيبهما``, ``من تفجير
    وقتل``): the two share what governs them."""
    if hit.entry.form != "n" or not toks[hit.first].norm.startswith("و"):
        return None
    return next((h for h in reversed(hits) if h.last < hit.first
                 and h.entry.type in ("ASSAULT", "PROTEST") and hit.first - h.last <= 3), None)


def clause_before(article: Article, toks: list[Token], hit: TriggerHit, reach: int
                  ) -> list[Token]:
    """Up to ``reach`` words before the trigger, stopping at a comma or a colon: a word
    of another clause (``وفي تصعيد …، خرجت امس مظاهرات``) governs nothing here. A comma
    after a fronted time (``منعت قوات الأمن مساء أمس، تظاهرة``) does not stop it."""
    out: list[Token] = []
    k = hit.first
    while k > 0 and len(out) < reach:
        gap = article.text[toks[k - 1].end:toks[k].start]
        marks = _CLAUSE_MARKS & set(gap)
        if marks and not (marks <= {"،", ","} and _ends_time(article, toks[k - 1])):
            break
        k -= 1
        out.append(toks[k])
    return out


def _ends_time(article: Article, tok: Token) -> bool:
    """Does a time expression end at ``tok`` (``منعت قوات الأمن مساء أمس، تظاهرة``)? A
    fronted time set off by a comma leaves its clause open."""
    return any(t.start <= tok.start and tok.end <= t.end for t in article.times)


_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللذان",
                        "اللتان"})


def relative(toks: list[Token], hit: TriggerHit) -> bool:
    """``الوكالتان اللتين تعرضتا لاعتداء``: a masdar in a relative clause describes
    someone by what befell them; the sentence reports something else."""
    return hit.entry.form == "n" and any(
        t.norm.lstrip("و") in _RELATIVES for t in toks[max(0, hit.first - 2):hit.first])


def old_relative(article: Article, toks: list[Token], hit: TriggerHit) -> bool:
    """``الحريري الذي اغتيل في فبراير 2005 في بيروت في تفجير``, ``اعتداءات الدار البيضاء
    التي أوقعت 45 قتيلا … في 16 مايو 2003``: a relative clause that tells an act of a
    year long before the story describes someone or something by its history."""
    if not article.published or not any(
            t.norm.lstrip("و") in _RELATIVES for t in clause_before(article, toks, hit, 10)):
        return False
    return any(t.norm.isdigit() and len(t.norm) == 4 and 1900 < int(t.norm) < int(article.published[:4]) - 1
               for t in toks)


_SINCE_WHAT = frozenset({"عام", "العام", "سنوات", "اعوام", "الاعوام", "السنوات", "بدايه", "بدء",
                         "اندلاع", "الغزو", "سقوط", "مطلع"})


def tally_since(toks: list[Token], hit: TriggerHit) -> bool:
    """``قتل 76 صحافيا منذ الغزو``, ``12 صحافيا خطفوا منذ عام 2004``: a count of victims
    since a point years back is a tally, not one act."""
    after = [t.norm for t in toks[hit.last + 1:hit.last + 8]]
    return any(a == "منذ" and (b in _SINCE_WHAT or (b.isdigit() and len(b) == 4))
               for a, b in zip(after, after[1:]))


def elaborated(article: Article, toks: list[Token], hit: TriggerHit) -> bool:
    """An act named as background is still reported when the sentence tells its date or
    its dead (``على خلفية القصف التركي الذي استهدف أمس منتجعا … وأسفر عن مقتل تسعة``).
    How long it lasted (``استمر أربعة أيام``) is no date."""
    end = toks[-1].end
    return counted_casualties(toks) or any(
        t.value and not t.value.startswith("P") and toks[hit.last].end <= t.start < end
        for t in article.times)




_VIOLENT = frozenset({"ASSAULT", "PROTEST", "-"})
# how far into the sentence its main verb may stand
_MAIN_REACH = 3


def other_news(toks: list[Token], hit: TriggerHit, hits: Sequence[TriggerHit]) -> bool:
    """``عقد المسؤولون اجتماعا على خلفية التفجيرات``, ``دعا الوزير … بعد الاعتداء``: the
    sentence opens with another act (a meeting, a call, a visit), and a masdar of violence
    later in it is the background of that act."""
    first = next((h for h in hits if h.first <= _MAIN_REACH), None)
    return first is not None and first.entry.type not in _VIOLENT and first.first < hit.first


def dated(article: Article, toks: list[Token]) -> bool:
    """Does a dated time expression fall in the sentence?"""
    return any(t.value and toks[0].start <= t.start < toks[-1].end for t in article.times)


def dated_after(article: Article, toks: list[Token], hit: TriggerHit) -> bool:
    """Does a dated time expression follow the trigger in its sentence?"""
    return any(t.value and toks[hit.last].end <= t.start < toks[-1].end for t in article.times)


def question(article: Article, toks: list[Token]) -> bool:
    """A sentence that ends in a question mark (after a closing quote or bracket) asks."""
    tail = article.text[toks[-1].end:toks[-1].end + 4]
    return "؟" in tail or "?" in tail


# modes of harm done with bare hands or in custody (اعتداء, ضرب, تعذيب, دهس)
_BODILY = frozenset({"beat", "torture"})


def undated_harm(article: Article, toks: list[Token], hit: TriggerHit) -> bool:
    """``قال إنه تعرض للتعذيب في السجن``, ``تعرض صحافيون للضرب على أيدي الحراس``,
    ``جثة عليها علامات تعذيب``: a beating, a torture or an assault with no weapon, told in
    a sentence with no date, is an account of how people are treated (a detainee's
    claim, a rights report, a practice), not an incident of the day. News dates the
    blows it reports (``اعتدى مستوطنون أمس على مزارع``); bombs and shots it reports by
    their dead."""
    return hit.entry.type == "ASSAULT" and hit.entry.mode in _BODILY and not dated(article, toks)


_PASSIVE_AUX = frozenset({"يتم", "تتم", "ستتم", "سيتم"})


def passive_habit(toks: list[Token], hit: TriggerHit) -> bool:
    """``أن يتم قصفها``: ``يتم`` with a masdar is a habit or a possibility, not an act
    (``تم اختطاف`` is)."""
    return hit.first > 0 and toks[hit.first - 1].norm.lstrip("وف") in _PASSIVE_AUX


def stems(tok: Token) -> set[str]:
    """The token's proclitic-free stems and the token itself (``وللهجوم`` → ``هجوم``)."""
    return {stem for _, stem in strip_proclitics(tok.norm)} | {tok.norm}


def chronicle(article: Article, toks: list[Token]) -> bool:
    """Is an old act an entry of a chronology, told in its own right?

    A chronology entry opens with its date (``* 12 ديسمبر 2005: اغتيال …``,
    ``29 أغسطس 2003 قتل نحو 80 شخصا``) and reports the act however old it is; an old
    date elsewhere (``منذ اغتيال الحريري عام 2005``) names the act as background."""
    words = [t for t in toks if t.norm]
    if not words:
        return False
    first = words[0].start
    return any(t.type == "DATE" and t.value and first <= t.start <= first + 1
               for t in article.times)


# how many days before the story an act dated to a month or a day is old news
PAST_DAYS = 180
# how far from the trigger (in words) a date belongs to its act
DATE_REACH = (6, 12)


def past_season(article: Article, toks: list[Token], hit: TriggerHit) -> bool:
    """``اختطف مسلحون مهندسا … العام الماضي``, ``اعتدوا على موكله … في يوليو 2007``: the
    act is dated to an earlier year, or more than half a year back, by a date near it;
    the story tells it as history, not as news of the day (a chronology entry, which
    opens with its date, is the exception). Acts of the last weeks stay news."""
    if not article.published or chronicle(article, toks):
        return False
    lo = toks[max(0, hit.first - DATE_REACH[0])].start
    hi = toks[min(len(toks) - 1, hit.last + DATE_REACH[1])].end
    return any(t.type == "DATE" and t.value and lo <= t.start < hi
               and _old(t.value, article.published) for t in article.times)


def long_past(article: Article, toks: list[Token], hit: TriggerHit) -> bool:
    """``يتناول الفيلم تفجيرات القطارات في مدريد التي أوقعت 191 قتيلا …، في 11 مارس
    2004`` in a story of 2007: when every date the sentence tells lies two
    calendar years or more before the story, the attack it names is history (told for a
    trial, a profile, an anniversary), however far from the trigger the date stands. A
    chronology entry, which opens with its date, is the exception. Protests are left
    alone: a crowd of today often marches over an old wrong (``تظاهروا في الذكرى الرابعة
    لغزو العراق عام 2003``)."""
    if hit.entry.type != "ASSAULT" or not article.published or chronicle(article, toks):
        return False
    years = [int(t.value[:4]) for t in article.times
             if t.type == "DATE" and t.value and toks[0].start <= t.start < toks[-1].end
             and t.value[:4].isdigit()]
    return bool(years) and max(years) < int(article.published[:4]) - 1


def _old(value: str, published: str) -> bool:
    head = value.split("/")[-1]
    try:
        if len(head) == 4:
            return int(head) < int(published[:4])
        when = date(int(head[:4]), int(head[5:7]), 28) if len(head) == 7 \
            else date.fromisoformat(head[:10])
        return when < date.fromisoformat(published[:10]) - timedelta(days=PAST_DAYS)
    except ValueError:
        return False
