"""Is a trigger an act that happened? Negated, hypothetical and planned acts are not events.

GUIDELINES.md: denials, negated acts (``لن تكون هناك عملية``) and planned future acts are
not events. We look at the few words before the trigger: negation particles (``لم``,
``لن``, ``لا``, ``ما``, ``عدم``), denial verbs (``نفى``), conditionals (``إذا``, ``في حال``,
``لو``), ``أي`` before a masdar (any such act, ``أي تدخل``), a refused permission
(``لن تسمح ل… بتهديد``), and the future (``سوف``, or ``س`` on an imperfect verb), or planning words
(``يعتزم``, ``من المقرر``). A definite masdar right after ``إن``/``أن`` is the topic of
a judgement on an act told elsewhere (``قالت إن العقوبات الأحادية غير شرعية``, ``اعتبرت
أن العفو خطوة إيجابية``), not a new report of it.
"""
from __future__ import annotations

from hadath.model import Token
from hadath.text.segment import punctuated

ASSERTED, NEGATED, HYPOTHETICAL, PLANNED = "asserted", "negated", "hypothetical", "planned"
MENTIONED = "mentioned"

_NEGATORS = frozenset({"لم", "لن", "لا", "ليس", "ليست", "عدم", "بعدم", "دون", "بدون",
                       "ولم", "ولن", "ولا", "فلم", "فلن", "لعدم", "وعدم", "وليس", "وليست",
                       "فليس"})
# verbs, participles and the noun of denial, without و (read by hadath.events.denied too)
DENIALS = frozenset({"نفي", "نفت", "نفوا", "ينفي", "تنفي", "نافيا", "نافيه", "نفيه", "انكر",
                     "انكرت", "ينكر", "تنكر"})


def denial(word: str) -> bool:
    """Is the normalized word a denial, with or without و (``ونفت``, ``وينفي``)?"""
    return word.removeprefix("و") in DENIALS
_CONDITIONAL_STRICT = frozenset({"اذا", "واذا", "لو", "ولو", "حال", "حاله"})
_FUTURE = frozenset({"سوف", "وسوف"})
# طالما / لطالما: "long have …" (a habit) or "as long as" (a condition): no single act
_LONG_AS = frozenset({"طالما", "لطالما", "ولطالما"})
HABIT_REACH = 4
_ANY = frozenset({"اي", "لاي", "باي", "واي"})
_PLANNING = frozenset({"يعتزم", "تعتزم", "ينوي", "تنوي", "المقرر", "المرتقب", "المزمع",
                       "المنتظر", "المتوقع", "يعتزمان", "تستعد", "يستعد", "تخطط", "يخطط",
                       "التخطيط", "تهدد", "يهدد", "يمكن", "ربما", "احتمال", "محتمل",
                       "نيه", "نيته", "نيتها", "نيتهم", "بنيه", "يدرس", "تدرس"})


def status(tokens: list[Token], first: int, form: str, window: int = 3) -> str:
    """The standing of the act whose trigger starts at token ``first`` of ``tokens``."""
    head = tokens[first].norm
    if form == "i" and (head[:1] == "س" or head[:2] in ("وس", "فس")):
        return PLANNED
    before = [t.norm for t in tokens[max(0, first - window):first]]
    if any(w in _NEGATORS for w in before[-2:]):
        return NEGATED
    if before and before[-1] in ("ما", "وما") and form in ("v", "p") \
            and not punctuated(tokens, first - 1):
        return NEGATED    # not the dateline of وما, the Mauritanian agency: "(وما) - اعتقل"
    if before and form == "n" and before[-1].lstrip("وبل") == "سوء":
        return NEGATED     # إزالة سوء التفاهم: a misunderstanding is no understanding
    if before and before[-1] in ("قد", "وقد", "فقد") and form == "i":
        return HYPOTHETICAL
    if any(denial(w) for w in before) or _denied_that(tokens, first):
        return NEGATED
    if form == "n" and _not_allowed(tokens, first):
        return NEGATED     # لن تسمح لحزب العمال بتهديد أمن البلدين: not let happen
    if any(t.norm in _LONG_AS for t in tokens[max(0, first - HABIT_REACH):first]):
        return HYPOTHETICAL     # أسماء طالما شكلت محور انتقادات: a habit, or "as long as"
    if any(w in _CONDITIONAL_STRICT for w in before) or _whether(tokens, first):
        return HYPOTHETICAL
    if any(w in _FUTURE for w in before):
        return PLANNED
    if any(w in _PLANNING for w in before):
        return PLANNED
    if before and before[-1] in _ANY:
        return HYPOTHETICAL    # أي دعم لحرب روسيا, أي تدخل: any such act, not one that happened
    if form == "n" and before and before[-1] in ("ان", "بان", "وان") and head.startswith("ال"):
        return MENTIONED       # إن العقوبات … غير شرعية: a judgement on an act, not the act
    if before and before[-1] in ("ان", "لان") and form == "i":
        if _told_before_it(tokens, first):
            return ASSERTED    # أطلقت الجماعة صواريخ، قبل أن يطالب مجلس الأمن: it followed
        # أن + imperfect after a wish or a plan ("يريد أن يزور")
        return PLANNED
    return ASSERTED


# how far before the act ``ما إذا`` may open the question it is asked in
WHETHER_REACH = 6


def _whether(tokens: list[Token], first: int) -> bool:
    """``لم يؤكد ما إذا كانت الزيارة ستعقبها زيارة لبوريطة``: an act asked about."""
    words = [t.norm for t in tokens[max(0, first - WHETHER_REACH):first]]
    return any(w in ("ما", "وما", "عما") and nxt == "اذا" for w, nxt in zip(words, words[1:]))


# verbs of letting an act happen (لن تسمح ل… ب…)
_ALLOW = frozenset({"يسمح", "تسمح", "نسمح", "اسمح", "السماح", "بالسماح"})
ALLOW_REACH = 6


def _not_allowed(tokens: list[Token], first: int) -> bool:
    """Is the masdar the object of a refused permission (``لن تسمح لحزب العمال الكردستاني
    بتهديد``, ``لا نسمح بالمساس``)?"""
    for k in range(max(0, first - ALLOW_REACH), first):
        if tokens[k].norm.lstrip("و") in _ALLOW and k > 0 and tokens[k - 1].norm in _NEGATORS:
            return True
    return False



# words from the أن of a denied clause to its act (نفى … أن يتضمن الاتفاق أي بند يسمح بترحيل)
DENIED_REACH = 8


def _denied_that(tokens: list[Token], first: int) -> bool:
    """Is the act the content of a denial further back (``نفى المتحدث باسم الخارجية
    الإثيوبية أن تكون بلاده قد تراجعت``)? The أن clause opens a few words before the
    trigger, and the denial verb is in the same clause before it."""
    for k in range(first - 1, max(-1, first - DENIED_REACH), -1):
        if tokens[k].norm not in ("ان", "بان"):
            continue
        for j in range(k - 1, max(-1, k - 12), -1):
            word = tokens[j].norm
            if denial(word):
                return True
            if not word[:1].isalpha() or punctuated(tokens, j):
                return False      # a comma or a quote: another clause (نفى …، مؤكدا أن)
        return False
    return False


# words that put a sentence in the future or make it a plan or a rule (لن تنسحب قبل أن يدفع)
_NOT_YET = _FUTURE | _PLANNING | frozenset({"لن", "ولن", "غدا", "المقبل", "المقبله", "القادم",
                                            "القادمه", "يجب", "ينبغي", "شرط"})


def _told_before_it(tokens: list[Token], first: int) -> bool:
    """``وكانت الجماعة قد أطلقت صواريخ …، قبل أن يطالب مجلس الأمن بوقف الهجمات``: in a
    sentence told in the past, قبل أن with an imperfect tells what happened next. Not
    when the sentence speaks of the future or of a plan (``لن تنسحب قبل أن يدفع``,
    ``من المقرر أن تلتقي … بعد أن تتفقد``), nor of a habit (``ويواصل الحجاج … قبل أن يؤدوا``)."""
    if first < 2 or tokens[first - 2].norm.lstrip("و") != "قبل":
        return False
    head = tokens[:first - 2]
    if not head or any(t.norm in _NOT_YET or t.norm.lstrip("وف")[:2] in ("سي", "ست", "سن")
                       and len(t.norm) > 4 for t in head):
        return False
    opener = head[0].norm.lstrip("وف")
    return not opener.startswith(("ي", "ت")) or opener in ("تم", "تمت")

