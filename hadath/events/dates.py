"""When an act happened: the sentence's time expression that dates its trigger."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from hadath.events.date_spans import span_day
from hadath.events.background import told_in_relative
from hadath.events.frames import for_cause, frame_before
from hadath.events.since import CLAUSE_STOPS as _CLAUSE_STOPS
from hadath.events.since import after_since, first_since, held_since, ongoing_since, since
from hadath.events.story_dates import in_dateline
from hadath.model import Article, Event, TimeExpr, Token
from hadath.text.particles import ANY_THAT, DONE_PARTICIPLES, RELATIVES, WA_THAT

SPEECH_VERBS = frozenset({"قال", "اكد", "اعلن", "اوضح", "اشار", "اضاف", "صرح", "ذكر", "شدد",
                          "اعتبر", "راي", "لفت", "كشف", "افاد", "تابع", "اعرب", "جدد",
                          "نقل", "بيان", "اكدت", "قالت"})


def event_date(article: Article, toks: list[Token], start: int, end: int,
               participle: bool = False, call: bool = False) -> str | None:
    """Value of the time expression of the sentence that dates the trigger at ``start:end``.

    Times inside the trigger's words come first, then the nearest time of the same
    clause, preferring one written after the trigger (``زار واشنطن الأربعاء``). A time
    that follows a speech verb dates the speech (``قال الجمعة إن …``), and one inside a
    relative clause dates another act (``الزلزال الذي ضرب … فجر 6 شباط``), never this one. A speech
    participle (``متهمة``, ``مطالبا``) shares the date of the sentence's main verb, the
    sentence's first time. A future time after a ``call`` (``دعا إلى إضراب يوم
    الجمعة``) dates the act called for, not the call, even when it is the only time.
    """
    best, best_cost = None, None
    dated = [t for t in article.times
             if t.value is not None and t.type in ("DATE", "TIME") and not t.value.startswith("P")
             and t.start >= toks[0].start and t.end <= toks[-1].end]
    if participle and dated:
        # not a time of a relative clause (الاجتماع … الذي استضافته … في الفترة من 17 إلى 19),
        # nor the day of the act called for (مطالبا بإضراب يبدأ غدا)
        main = [t for t in dated if not _relative_time(toks, t) and not (
            call and t.start >= end and _future(article, t) and _calls_for(toks, start, end))]
        return day_of(min(main, key=lambda t: t.start).value) if main else None
    earlier = _days_before(article, toks, start, dated)
    if earlier is not None:
        return earlier       # بعد ثلاثة أيام من اشتباكات: that many days before the main time
    trigger_tok = next((k for k in toks if k.start <= start < k.end), None)
    for t in dated:
        first = next(i for i, k in enumerate(toks) if k.end > t.start)
        if in_dateline(article, t):
            continue      # عمان 28 حزيران (بترا) –: the day of writing, even when alone
        if since(toks, first, toks.index(trigger_tok) if trigger_tok is not None else -1):
            continue      # منذ سيطرة الجماعة عليها في أيلول 2014: a starting point, not the act
        if first > 0 and toks[first - 1].norm.lstrip("وبل") in _LINES:
            continue      # على حدود عام 1967: a line named by its year, not a day of the act
        if t.end <= start and ongoing_since(toks, first):
            continue      # الحراك المتواصل منذ 22 فيفري دعوا إلى: when the movement began
        if t.start >= end and (len(dated) > 1 or call) and _future(article, t) \
                and _calls_for(toks, start, end):
            continue      # دعوا إلى مواصلة المسيرات الجمعة المقبل: the act called for, and
            # so after a call when no other time dates it (دعا إلى إضراب عام يوم الجمعة)
        if t.start >= end and (first_since(toks, first, trigger_tok) or held_since(toks, first)):
            continue      # أول زيارة … منذ عام 2011: the last such act, not this one
        if first > 0 and toks[first - 1].norm.lstrip("و") in SAYING_VERBS and not \
                (toks[first - 1].start <= start < toks[first - 1].end) and not \
                (t.end <= start and not any(t.end <= k.start and k.end <= start for k in toks)):
            continue      # (but أكد اليوم الخميس رفض الحركة: what was said that day is the act)
        if t.start >= start and t.end <= end:
            cost = 0.0
        elif t.start >= end:
            between = [k for k in toks if end <= k.start and k.end <= t.start]
            if len(between) > FUTURE_REACH and _future(article, t):
                continue     # دعا … إلى وقف النار، …، موجها دعوة لحضور اجتماع غدا: the meeting's
            if for_cause([k.norm for k in between],
                         trigger_tok.norm if trigger_tok is not None else ""):
                continue     # احتجاجا على رسالة بوتفليقة إلى ندوة أبوجا يوم 28 أكتوبر: the letter's
            if frame_before([k.norm for k in between]) and toks[first - 1].norm != "منذ":
                cost = 0.5   # توقيف 195 شخصا خلال المسيرات التي شهدتها العاصمة أمس
                if best_cost is None or cost < best_cost:
                    best, best_cost = t, cost
                continue
            # a relative clause right after the trigger describes it (الاحتجاجات التي
            # انطلقت الثلاثاء); further on, it and a new clause date something else
            near = 0 if _object_of_attitude(toks, start, end) else \
                2 + _adjectives(toks, end, between)
            near = max(near, _hosted_at(trigger_tok, between))
            crossed = any(k.norm in _RELATIVE or k.norm in _DONE for k in between[near:]) or \
                any(k.norm in _CLAUSE for k in between)
            if crossed and any(k.norm in _RELATIVE or k.norm in _DONE for k in between[near:]):
                continue     # وقّع إعلان … مع إسرائيل، الذي كُشف عنه في 11: the relative's date
            if any(k.norm.lstrip("و") in _PLANNED for k in between):
                continue     # إلغاء الزيارة التي كان مقررا أن يجريها … غدا: the plan's day
            cost = len(between) + (20 if crossed else 0)
            if not crossed and any(k.norm in _RELATIVE for k in between[:near]) \
                    and "،" not in article.text[end:t.start] and toks[first - 1].norm != "منذ":
                cost = 0.5   # والهجوم الذي شنته … في 14 من الشهر نفسه: its own day, before
                # a time of the clause before it (…، في 12 مايو، والهجوم)
        else:
            between = [k for k in toks if t.end <= k.start and k.end <= start]
            # a time inside a relative clause before the act dates that clause
            # (النتائج التي جرت الأحد الماضي، واتهمت …), one before it the main clause
            in_relative = any(k.norm in _RELATIVE for k in toks[max(0, first - 3):first])
            # … unless the act is joined by و to the main clause (، واتهمت)
            main_verb = bool(between) and trigger_tok is not None and trigger_tok.norm[:1] == "و"
            if in_relative and not (len(between) <= 3 and not main_verb and trigger_tok is not None
                                    and trigger_tok.norm[:1] != "و"
                                    and "،" not in article.text[t.end:start]):
                continue     # (but نصر الله، الذي أعلن الجمعة الماضي رفضه: the relative's own act)
            cost = 1.5 * len(between) + 1.0 + \
                (20 if not main_verb and any(k.norm in _RELATIVE for k in between) else 0)
            if any(k.norm in _THAT or k.norm in _CLAUSE for k in between):
                cost += 10   # أعلنت اليوم أنها استدعت … الأسبوع الماضي: the report's day;
                # وصل اليوم في أعقاب زيارة … أمس: the arrival's
        if best_cost is None or cost < best_cost:
            best, best_cost = t, cost
    if best is None:
        return None
    return day_of(span_day(best))


def _relative_time(toks: list[Token], t) -> bool:
    """Does a relative pronoun open the clause the time stands in (``الذي استضافته
    العاصمة الإثيوبية في الفترة من …``)? Counted back to the last comma-free stretch."""
    first = next((i for i, k in enumerate(toks) if k.end > t.start), len(toks))
    for k in range(first - 1, max(-1, first - RELATIVE_REACH), -1):
        if toks[k].norm in _RELATIVE:
            return True
        if toks[k].norm in _CLAUSE_STOPS:
            return False
    return False


# how far back from a time its relative pronoun may stand
RELATIVE_REACH = 9


def _hosted_at(trigger_tok: Token | None, between: list[Token]) -> int:
    """``الاجتماع الرابع من مسار المفاوضات، الذي استضافته أديس أبابا في الفترة من 17 إلى
    19``: a relative clause that tells where and when a gathering was held describes the
    gathering, however far after it; how many words of ``between`` it lets the time cross
    (the relative pronoun included), else 0."""
    if trigger_tok is None or trigger_tok.norm.lstrip("و") not in _GATHERINGS:
        return 0
    for i, k in enumerate(between[:_HOST_REACH]):
        if k.norm in _RELATIVE:
            held = i + 1 < len(between) and between[i + 1].norm.startswith(_HOLDING)
            return i + 2 if held else 0
    return 0


# gatherings a relative clause may say were held somewhere on some day
_GATHERINGS = frozenset({"الاجتماع", "الاجتماعات", "القمه", "اللقاء", "المحادثات",
                         "المباحثات", "المفاوضات", "المشاورات", "المءتمر", "الجوله",
                         "الدوره", "المنتدي"})
# verbs that hold a gathering (استضافته, عقدت, جرت, احتضنتها, أقيمت)
_HOLDING = ("استضاف", "عقد", "انعقد", "جرت", "جري", "اقيم", "احتضن", "التءم")
# how many words after the gathering its relative pronoun may stand
_HOST_REACH = 10


def _object_of_attitude(toks: list[Token], start: int, end: int) -> bool:
    """``رحبت قطر بالاتفاق الذي وقعته السعودية وإيران الجمعة``: the trigger ends on the
    thing welcomed or condemned, a relative clause after it tells of that thing."""
    inside = [k for k in toks if start <= k.start and k.end <= end]
    return len(inside) > 1 and inside[-1].norm.startswith(("بال", "لل"))


def _adjectives(toks: list[Token], end: int, between: list[Token]) -> int:
    """How many definite adjectives follow a definite noun trigger (``القمة الثلاثية
    الأردنية المصرية التي عقدت أمس``): a relative clause after them still describes it."""
    last = next((k for k in reversed(toks) if k.end <= end), None)
    if last is None or not last.norm.startswith("ال"):
        return 0
    n = 0
    for k in between[:_MAX_ADJECTIVES]:
        if not k.norm.startswith("ال") or k.norm in _RELATIVE or k.norm in _DONE:
            break
        n += 1
    return n


_MAX_ADJECTIVES = 4
# a time to come this many words after an act dates a later act, not it
FUTURE_REACH = 12


def range_day(value: str | None, ptype: str) -> str | None:
    """The day of an act dated by a span of days: an accord is signed at the end of the
    talks; anything else keeps the span it went on through (``بين 14 و16 أبريل``); which
    spans name a single day is :func:`hadath.events.date_spans.span_day`'s call."""
    if value is None or "/" not in value:
        return value
    first, last = value.split("/", 1)
    if ptype == "AGREE":
        return last
    return value


def _days_before(article: Article, toks: list[Token], start: int, dated: list) -> str | None:
    """``ساد هدوء صباح اليوم الثلاثاء، بعد ثلاثة أيام من اشتباكات``: an act after ``بعد
    <days> من`` (or weeks: ``بعد أسبوع من``) began that many days before the sentence's day."""
    span = next((t for t in article.times if t.type == "DURATION" and t.value
                 and t.value.startswith("P") and t.value.endswith(("D", "W"))
                 and t.value[1:-1].isdigit() and t.end <= start
                 and toks[0].start <= t.start), None)
    if span is None or not dated or any(t.start >= start for t in dated):
        return None       # بعد نحو أسبوع من هجوم …، في 25 مارس: the attack's own date
    between = [k.norm for k in toks if span.end <= k.start and k.end <= start]
    before = [k.norm for k in toks if k.end <= span.start]
    after = span.text.lstrip("و").startswith("بعد") or (
        bool(before) and before[-1].lstrip("و") == "بعد")
    if between != ["من"] or not after:
        return None
    told = [t for t in dated if not in_dateline(article, t)] or dated   # not طرابلس 3 أيلول
    day = day_of(min(told, key=lambda t: t.start).value)
    try:
        days = int(span.value[1:-1]) * (7 if span.value.endswith("W") else 1)
        return (date.fromisoformat(day) - timedelta(days=days)).isoformat()
    except ValueError:
        return None


def _calls_for(toks: list[Token], start: int, end: int) -> bool:
    """Does the trigger govern an act called for (``دعوا إلى``, ``طالبوا بتنظيم``)? A
    future time after it dates that act; after any other act (``ستفرض عقوبات … الخميس
    المقبل``) it says the act is still to come."""
    inside = [k for k in toks if start <= k.start and k.end <= end]
    after = next((k for k in toks if k.start >= end), None)
    return bool(inside) and (inside[-1].norm == "الي" or (after is not None and (
        after.norm == "الي" or after.norm.startswith("ب"))))


def _future(article: Article, t: TimeExpr) -> bool:
    """Is ``t`` after the day of publication (``الجمعة المقبل``)?"""
    published = article.published_date
    if published is None or not t.value or len(t.value) < 10:
        return False
    try:
        return date.fromisoformat(t.value[:10]) > published
    except ValueError:
        return False


# the complementizer after a verb of saying: what follows is the reported act's clause
_THAT = ANY_THAT | WA_THAT


def day_of(value: str) -> str:
    """The day of a time value (``2024-03-01T10:00`` → ``2024-03-01``); a range as it is."""
    return value.split("T")[0] if "T" in value and "/" not in value else value


_RELATIVE = RELATIVES
_DONE = DONE_PARTICIPLES     # بيان العلا الموقع في يناير 2021: a clause of its own
_CLAUSE = frozenset({"عقب", "بعد", "قبل", "اثر", "اعقاب", "اعقب"})
# verbs of saying: a time right after them dates the words, not the act reported
SAYING_VERBS = SPEECH_VERBS - {"اعلن", "كشف", "بيان", "اعرب", "جدد"}


def share_dates(events: list[Event], article: Article | None = None) -> list[Event]:
    """An undated mention of an act takes the date of a later mention of the same act
    (same source, type and a shared target): ``توافقنا`` … then ``تم التوقيع يومي 3 و4``.
    Only a mention close after it (``_SHARE_REACH`` sentences) is the same act: further
    on, one of the same country is often another doer (a ministry, then the speaker).
    Given the ``article``, a mention told as background in the past perfect (``وكان
    الحريري قد أعلن … تحت ضغط الاحتجاجات التي انطلقت في 17 تشرين الأول``) is an earlier
    act, and lends its date to none."""
    out = list(events)
    for i, ev in enumerate(out):
        if ev.date is not None or ev.source is None:
            continue
        keys = {t.key for t in ev.target}
        for later in out[i + 1:]:
            if later.sentence - ev.sentence > _SHARE_REACH:
                continue   # told three sentences on: another such act (a second caller)
            if later.date and later.type == ev.type and later.source is not None \
                    and later.source.key == ev.source.key and keys & {t.key for t in later.target} \
                    and not (article is not None and _background(article, later.sentence)):
                out[i] = replace(ev, date=later.date)
                break
    return out


_SHARE_REACH = 2


def carry_dates(events: list[Event], dated_sentences: set[int], reach: int = 1,
                article: Article | None = None) -> list[Event]:
    """An act told in a sentence with no time of its own, right after a dated act, took
    place then: news goes on with the same day (``استقال … الاثنين. وطلب منه الرئيس …``).

    Given the ``article``, the day carried is that of the earlier sentence's main clause,
    its first time (``أعلنت الوزارة اليوم الأحد أن تركيا أوقفت منذ أمس السبت …. وقالت
    الوزارة …``: Sunday), not that of the last act it tells; and a sentence telling
    background (``وكان … قد زار بيروت الأسبوع الماضي``) lends its day to nothing after it."""
    out = list(events)
    last: tuple[int, str | None] | None = None
    for i, ev in enumerate(out):
        if ev.date is None and ev.sentence not in dated_sentences and last is not None \
                and 0 < ev.sentence - last[0] <= reach \
                and not (article is not None and _answers(article, ev.sentence)):
            if last[1] is not None:
                out[i] = replace(ev, date=last[1])
        elif ev.date is not None and ev.sentence in dated_sentences and ev.source is not None \
                and not (article is not None and told_in_relative(article.text, ev)):
            # not a toll of unknown attackers (موقعا 160 قتيلا), nor المذكرة التي وقعتها
            if article is None or last is None or last[0] != ev.sentence:
                day = ev.date if article is None else sentence_day(article, ev.sentence, ev.date)
                # a month or a year (الاتفاق الذي وقعته … في مارس الماضي) is no day news goes on with
                last = (ev.sentence, day if day is None or len(day) >= 10 else None)
    return out


def _background(article: Article, si: int) -> bool:
    """Is sentence ``si`` told in the past perfect (``وكان … قد``)?"""
    head = [k.norm for k in article.tokens if k.sentence == si][:12]
    return any(w in _WAS for w in head[:3]) and "قد" in head


def _came_after(toks: list[Token]) -> bool:
    """``وجاءت القمة بعد إعلان … مساء أمس``: a sentence saying what an act came after
    tells of that earlier act, so its time is no day the next sentence goes on with."""
    head = [k.norm for k in toks[:8]]
    return any(w in _CAME for w in head[:2]) and any(w in _CLAUSE for w in head[1:])


_CAME = frozenset({"جاء", "جاءت", "وجاء", "وجاءت", "ياتي", "تاتي", "وياتي", "وتاتي"})


# openers of the other side's answer (من جانبه, من جهتها, في المقابل), normalized
_ANSWER_HEADS = (("من", "جانبه"), ("من", "جانبها"), ("من", "جهته"), ("من", "جهتها"),
                 ("في", "المقابل"), ("وفي", "المقابل"), ("بالمقابل",), ("وبالمقابل",))


def _answers(article: Article, si: int) -> bool:
    """Does sentence ``si`` open with the other side's answer (``من جانبه، وصف وزير
    الخارجية القرار بأنه …``)? An answer with no time of its own is not told on the day of
    the act it answers: the story tells it as news of its own day."""
    head = tuple(k.norm for k in article.tokens if k.sentence == si)[:2]
    return any(head[:len(h)] == h for h in _ANSWER_HEADS)


def sentence_day(article: Article, si: int, fallback: str) -> str | None:
    """The day a sentence tells of, for the sentences after it: the first time of its
    main clause; None for background told in the past perfect (``وكان … قد``)."""
    toks = [k for k in article.tokens if k.sentence == si]
    if not toks:
        return fallback
    if _background(article, si) or _came_after(toks):
        return None
    starts = [k.start for k in toks]
    dated = [t for t in article.times
             if t.value is not None and t.type in ("DATE", "TIME") and not t.value.startswith("P")
             and t.start >= toks[0].start and t.end <= toks[-1].end
             and not in_dateline(article, t) and not after_since(toks, starts, t.start)]
    if not dated:
        return fallback
    # near the pronoun (التي جرت في 10 …) or further on in its clause (التدابير التي
    # أعلنها رئيس الجمهورية قيس سعيد مساء الأحد)
    dated = [t for t in dated if not _in_relative(toks, starts, t.start)
             and not _relative_time(toks, t)]
    if not dated:
        return None     # الهجوم الذي جاء بعد … الانتخابات التي جرت في 10 تشرين الأول
    return day_of(span_day(min(dated, key=lambda t: t.start)))


def _in_relative(toks: list[Token], starts: list[int], at: int) -> bool:
    """Is the time at ``at`` inside a relative clause (``التي جرت في 10 تشرين الأول``)?"""
    i = bisect_left(starts, at)
    return any(k.norm in _RELATIVE for k in toks[max(0, i - 3):i])


# lines named by a year (حدود عام 1967, خطوط 4 حزيران): the year dates no act
_LINES = frozenset({"حدود", "خطوط", "خط"})
# words that make what follows a plan (الزيارة التي كان مقررا أن يجريها … غدا)
_PLANNED = frozenset({"مقررا", "المقرر", "مقرره", "المزمع", "المرتقب", "المرتقبه"})
_WAS = frozenset({"كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا"})
