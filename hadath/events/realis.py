"""Is a violent act or a protest told as something that happened now, or only mentioned?

PLOVER codes ASSAULT for an actual use of force and PROTEST for an actual demonstration,
strike or riot. News names such acts in many other ways that are not events:

- natural disasters and accidents (``زلزال``, ``فيضانات``, ``حادث سير``) kill people too;
- attempts, plots and foiled attacks (``أحبطت … هجوما``, ``محاولة تفجير``, ``خطة لتفجير``);
- trials, sentences and confessions for past attacks (``أدينوا بالتخطيط لتفجيرات``);
- warnings and precautions (``حذر من … إطلاق الصواريخ``, ``تحسبا لأي ضربة``);
- purposes and justifications (``لتبرير قتل``, ``لمنع الاعتداءات``, ``مكافحة الإرهاب``);
- a masdar that is a reference point or a topic (``منذ اغتيال الحريري``, ``التحقيق في
  اغتيال``, ``أدان الهجوم``): the act is background, told elsewhere;
- a relative clause that describes someone by an earlier act (``المجموعة التي خطفت``);
- tallies over a period (``حوالي 140 هجوما في العام 2006``, ``حتى الآن``);
- an anniversary of an attack (``في ذكرى المجزرة``);
- an act only called for, permitted, failed or defused (``دعا إلى تنظيم مظاهرة``,
  ``الاعتداءين الفاشلين``, ``فككت … سيارة مفخخة``), or any act at all (``أي هجوم``);
- a name, right or law built on the act (``قوات مكافحة الشغب``, ``حق التظاهر``,
  ``قانون الإضراب``), a crime one is charged with (``بالتورط في اغتيال``);
- an act told before and now only referred to (``هذه التظاهرة``, ``تظاهرة مماثلة``,
  ``أثناء المظاهرات``), or the chants and stones of protesters already met.

Each test looks at words of the sentence, or a few words before the trigger, so it
holds for any text written this way. The words are matched after proclitics are
stripped (``وأحبطت`` → ``احبطت``) and are written normalized like ``Token.norm``
(hamza seats ئ/ؤ → ء: ``مءات`` for ``مئات``).
"""
from __future__ import annotations

from hadath.events.clause import stems as _stems
from hadath.events.frames import FRAME_WORDS, TOOK_PLACE
from hadath.events.triggers import TriggerHit
from hadath.model import Token
from hadath.text.particles import RELATIVES

# a disaster, an accident or an animal: with no attacker named, its dead are no attack
_DISASTER = frozenset({
    "زلزال", "الزلزال", "زلازل", "هزه", "الهزه", "فيضان", "فيضانات", "الفيضان", "الفيضانات",
    "سيول", "السيول", "اعصار", "الاعصار", "عاصفه", "العاصفه", "تسونامي", "التسونامي",
    "انهيار", "حريق", "الحريق", "حراءق", "الحراءق", "غرق", "غرقت", "تصادم", "اصطدام", "تحطم", "تحطمت", "انجراف", "بركان", "الجفاف",
    "وباء", "الوباء", "المرض", "الامطار", "امطار", "العواصف", "الزلزالي",
    "السير", "المرور", "المروري", "مروري", "القطار", "العباره", "الانفجار العرضي",
    "اسطوانه", "اسطوانات", "فياضانات", "الفياضانات",
    # an animal that killed or was killed (نطحه ثور, هاجمه دب, صيد الحيوانات): no one attacked
    "حيوان", "الحيوان", "حيوانات", "الحيوانات", "دب", "الدب", "دببه", "الدببه", "ثور",
    "الثور", "ثيران", "الثيران", "تمساح", "التمساح", "قرش", "القرش",
})
# an act that was tried, planned or stopped (a few words before the trigger)
_ATTEMPT = frozenset({
    "محاوله", "محاولات", "محاولتهم", "محاولته", "محاولتها", "حاول", "حاولت", "حاولوا",
    "يحاول", "تحاول", "احبط", "احبطت", "احباط", "يحبط", "افشل", "افشلت", "افشال",
    "خطط", "خططت", "خططوا", "مخطط", "مخططا", "مخططات", "خطه", "مءامره", "التخطيط", "بالتخطيط",
    "للتخطيط", "التامر", "بالتامر", "تحضير", "التحضير", "الاعداد", "بالاعداد", "يعد",
    "تعد", "نيه", "عزم", "عزمه", "عزمها", "عزمهم", "يدرس", "تدرس", "امكان",
    "امكانيه", "احتمال", "تحسبا", "لمنع", "منع", "يمنع", "تمنع", "منعت", "منعوا", "حظرت", "لتفادي", "تفادي", "لتجنب",
    "لتبرير", "تبرير", "بهدف",
    "فكك", "فككت", "تفكيك", "بتفكيك", "استعدادا", "لردع", "ردع", "تهديد", "تهديدات", "حذر", "حذرت", "يحذر", "تحذر",
    "محذرا", "تحذير", "تحذيرات", "خشيه", "خوفا", "مخاوف", "القلق", "قلق", "رفضه",
    "رافضي", "ادانه", "ادانتها", "ادانته", "شجب", "استنكار", "تندد", "ينددون",
    # a protest only called for or announced: the call is the news, not a march
    "دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "الداعين", "الداعيه", "دعوه", "الدعوه",
    "دعوات", "الدعوات", "غدا", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ترخيص", "الترخيص",
})
# courts and confessions: the sentence is about a trial for an attack, not the attack
_JUDICIAL = frozenset({
    "محاكمه", "المحاكمه", "بالسجن", "حكمت", "احكام", "ادين", "ادينوا", "المدان",
    "المدانين", "اعترافات", "اعترف", "اعترفوا", "الادعاء", "المدعي", "القاضي", "مذنب",
    "مذنبا", "مذنبه", "بتهمه", "التهم", "بالاعدام",
})
# the attack is the backdrop of another act, or its anniversary
_BACKDROP = (("ذكري",), ("الذكري",), ("بذكري",), ("لذكري",))
# how many words before a trigger an anniversary word may stand (في الذكرى الثانية لاغتيال
# النائب جبران تويني بتفجير استهدف موكبه)
_BACKDROP_REACH = 10
# before a masdar: the act is a reference point or a topic (منذ اغتيال الحريري, التحقيق في
# اغتيال, سياسة الاغتيالات, وراء الهجوم), told as background rather than reported
_REFERENCE = frozenset({
    "منذ", "بعد", "قبل", "عقب", "اعقاب", "بعيد", "وراء", "التحقيق", "تحقيق", "التحقيقات",
    "تحقيقات", "قصد", "سياسه", "ملف", "قضيه", "حادثه", "مسءوليه", "المسءوليه",
    "تكرار", "استمرار", "وقف", "لوقف", "ادان", "ادانت",
    "دان", "دانت", "ندد", "نددت", "استنكر", "استنكرت", "يدين", "تدين", "اعمال", "حمله",
    "حوادث", "ظاهره", "جرائم", "جريمه", "عمليات", "مسءوليتهم", "مسءوليتها", "مسءوليته",
    # a name, a right or a law about the act (قوات مكافحة الشغب, حق التظاهر, قانون الإضراب)
    "مكافحه", "مثيري", "مثيرو", "حق", "حريه", "قانون", "لقانون",
    # a person's part in an act or an event during it: the person or that event is news
    "المشاركه", "للمشاركه", "يشارك", "المشاركين", "مشاركين", "اثناء", "خلال",
    # a link to the act (المتهمون بالتورط في اغتيال, المتعلقة باغتيال, على خلفية التفجيرات)
    # or any act at all (من أي هجوم)
    "التورط", "بالتورط", "تورط", "المتعلقه", "تتعلق", "يتعلق", "علاقه",
    "اي", "لاي", "ايه",
})
# "after" an act that then "broke out" or "took place": the act is told as news of its own
_AFTER = frozenset({"بعد", "عقب", "اثر", "اعقاب", "بعيد"})
_BROKE_OUT = frozenset({"اندلعت", "اندلع", "وقعت", "وقع", "دارت", "دار", "جرت", "شهدتها",
                        "شهدها", "شهده", "حصلت", "حدثت"})
# speculation in the sentence: a masdar there is a guess, not a report
_SPECULATION = frozenset({"المرجح", "يرجح", "رجح", "ترجيح", "توقع", "يتوقع", "تتوقع",
                          "توقعت", "متوقعا", "المتوقع", "تكهنات", "سيناريو"})
# how many words before a trigger an attempt word or a backdrop may stand
_ATTEMPT_REACH = 4
# a leave given (سمحت للطائرات الأميركية بشن هجمات): the permission is the news; it
# stands further back, before the one allowed and its description
_PERMIT = frozenset({"سمح", "سمحت", "يسمح", "تسمح", "السماح", "بالسماح", "للسماح", "سماح",
                     "بسماح"})
_PERMIT_REACH = 7


def disaster(toks: list[Token]) -> bool:
    """Does the sentence tell of a natural disaster or an accident?"""
    return any(_stems(t) & _DISASTER for t in toks)


def judicial(toks: list[Token]) -> bool:
    """Is the sentence about a court, a charge or a confession?"""
    return any(_stems(t) & _JUDICIAL for t in toks)


def attempted(toks: list[Token], hit: TriggerHit) -> bool:
    """Is the act tried, planned, prevented, feared, justified or allowed rather than done?"""
    before = toks[max(0, hit.first - _ATTEMPT_REACH):hit.first]
    if any(_stems(t) & _ATTEMPT for t in before):
        return True
    return any(_stems(t) & _PERMIT for t in toks[max(0, hit.first - _PERMIT_REACH):hit.first])


def backdrop(toks: list[Token], hit: TriggerHit) -> bool:
    """``في ذكرى المجزرة``: an anniversary, the act is history."""
    before = [t.norm for t in toks[max(0, hit.first - _BACKDROP_REACH):hit.first]]
    for phrase in _BACKDROP:
        n = len(phrase)
        for i in range(len(before) - n + 1):
            if tuple(w.lstrip("و") for w in before[i:i + n]) == phrase:
                return True
    return False


def referenced(toks: list[Token], hit: TriggerHit) -> bool:
    """A masdar after ``منذ``, ``بعد``, ``التحقيق في``, ``أدان`` … names an act as a
    reference point or a topic, not as the news."""
    if hit.entry.form == "v":
        # a past-tense form right after such a word is read as the masdar (أدانت قتل,
        # بعد قتل, أعمال قتل): the same letters, no verb there
        return hit.first > 0 and bool(_stems(toks[hit.first - 1]) & _REFERENCE)
    if hit.entry.form != "n":
        return False
    before = toks[max(0, hit.first - 2):hit.first]
    if any(t.norm in ("ذلك", "ذاك") for t in before):
        return False      # عقب ذلك مسيرة: "after that", the story goes on
    if any(t.norm in _AFTER for t in before) and any(
            t.norm in _BROKE_OUT for t in toks[hit.last + 1:hit.last + 4]):
        return False      # بعد اشتباكات عنيفة اندلعت مساء الاثنين: the news, told with its time
    if any(t.norm in FRAME_WORDS for t in before) and any(
            t.norm in TOOK_PLACE for t in toks[hit.first + 1:hit.last + 4]):
        return False      # خلال المسيرات التي شهدتها العاصمة أمس: the frame, itself news
    return any(_stems(t) & _REFERENCE for t in before) \
        or any(_stems(t) & _SPECULATION for t in toks)


_FUTURE_AFTER = frozenset({"المقبل", "المقبله", "المرتقب", "المرتقبه", "المزمع", "المزمعه",
                           "المقرر", "المقرره", "القادم", "القادمه", "محتمل", "محتمله",
                           "المحتمل", "المحتمله", "وشيك", "وشيكه",
                           # failed: the act did not come off (الاعتداءين الفاشلين)
                           "الفاشل", "الفاشله", "الفاشلين", "الفاشلتين", "فاشل", "فاشله",
                           "فاشلا", "فاشلين"})


_SIMILAR = frozenset({"مماثل", "مماثله", "مماثلا", "مشابه", "مشابهه", "مشابها"})


def similar(toks: list[Token], hit: TriggerHit) -> bool:
    """``خلال تظاهرة مماثلة``, ``تفجيرات مماثلة``, ``شهدت مدن أخرى مظاهرات مماثلة``: a
    comparison with the reported act (after a noun, or a verb phrase ending in one),
    naming an earlier or other one as background."""
    return (hit.entry.form == "n" or hit.last > hit.first) and hit.last + 1 < len(toks) \
        and toks[hit.last + 1].norm in _SIMILAR


_DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "هاتين", "هذين"})


def anaphoric(toks: list[Token], hit: TriggerHit) -> bool:
    """``هذه التظاهرة``, ``تلك الهجمات``: the act was told in an earlier sentence; this one
    adds detail or comment, and coding it again would double the event."""
    return hit.entry.form == "n" and hit.first > 0 \
        and bool(_stems(toks[hit.first - 1]) & _DEMONSTRATIVES)    # لهذا الهجوم too


_DETAIL_WORDS = frozenset({"ردد", "رددوا", "رددت", "مرددين", "يرددون", "هتافات", "الهتافات",
                           "يهتفون", "هتفوا", "رشق", "رشقوا", "رشقت"})
_CROWD = frozenset({"الاف", "الوف", "مءات", "عشرات", "المءات", "الالاف", "العشرات",
                    "حشود", "حشد"})


def protest_detail(toks: list[Token], hit: TriggerHit) -> bool:
    """``وردد المتظاهرون شعارات``, ``ورشقوا الشرطة بالحجارة``: chants and stones of
    protesters already met add colour to a protest told before; only with a crowd
    (``تجمع مئات … ورددوا``) does the sentence itself report a gathering."""
    if hit.entry.type != "PROTEST" or not set(hit.entry.words) & _DETAIL_WORDS:
        return False
    return not any(_stems(t) & _CROWD or any(c.isdigit() for c in t.norm) for t in toks)


def planned_after(toks: list[Token], hit: TriggerHit) -> bool:
    """``المظاهرات التي ستنظم``, ``مسيرة الجمعة المقبلة``: an act still to come."""
    after = toks[hit.last + 1:hit.last + 5]
    for k, t in enumerate(after):
        if t.norm in _FUTURE_AFTER:
            return True
        if k and after[k - 1].norm == "قد" and t.norm[:1] in ("ي", "ت"):
            return True   # اعمال شغب قد تحصل: a riot that may come
        if k and after[k - 1].norm in ("التي", "الذي") and t.norm[:2] in ("ست", "سي", "سن"):
            return True
    return False


_COUNT_WORDS = frozenset({"حوالي", "نحو", "قرابه", "عشرات", "مءات", "العشرات", "المءات",
                          "ماءه", "مءه", "الاف", "اكثر", "عده", "سلسله"})
_SPAN_WORDS = frozenset({"منذ", "خلال", "العام", "عام", "الاعوام", "السنوات", "الاشهر",
                         "الشهور", "سنويا"})


def statistic(toks: list[Token], hit: TriggerHit) -> bool:
    """A tally of attacks over a period (``حوالي 140 هجوما انتحاريا في العام 2006``,
    ``قتل 13 جنديا حتى الآن هذا الشهر``) is no report of one attack."""
    norms = [t.norm for t in toks]
    if any(a == "حتي" and b in ("الان", "اليوم") for a, b in zip(norms, norms[1:])):
        return True
    if hit.entry.form != "n":
        return False
    before = toks[max(0, hit.first - 2):hit.first]
    counted = any(any(c.isdigit() for c in t.norm) or _stems(t) & _COUNT_WORDS for t in before)
    return counted and any(_stems(t) & _SPAN_WORDS for t in toks)


_RELATIVES = RELATIVES


def described(toks: list[Token], hit: TriggerHit) -> bool:
    """``الميليشيات التي خطفت عشرات``, ``الرهائن الذين اختطفتهم``: a relative clause
    describes someone by an earlier act; the sentence reports something else."""
    return hit.entry.form in ("v", "p") and hit.first > 0 \
        and toks[hit.first - 1].norm in _RELATIVES


def unreal_violence(toks: list[Token], hit: TriggerHit, has_source: bool) -> bool:
    """Should an ASSAULT or PROTEST trigger be dropped as no act of now?"""
    if attempted(toks, hit) or backdrop(toks, hit) or referenced(toks, hit) \
            or (hit.entry.form == "n" and planned_after(toks, hit)) \
            or statistic(toks, hit) \
            or similar(toks, hit) or anaphoric(toks, hit) \
            or protest_detail(toks, hit):
        return True
    if hit.entry.type == "PROTEST" and described(toks, hit) \
            and toks[hit.first - 1].norm in ("الذي", "التي"):
        # المقر الذي تجمع في محيطه المتظاهرون: a place or a person told by a crowd; the
        # crowd itself told by its protest (السكان الذين خرجوا إلى الشوارع) protests
        return True
    if hit.entry.type != "ASSAULT":
        return False     # protests at courts, about fires, by people who marched: protests
    return judicial(toks) or described(toks, hit) or (not has_source and disaster(toks))


# the operation told before (خلال العملية, أثناء الاقتحام)
_DURING = frozenset({"خلال", "اثناء", "في"})
_OPERATIONS = frozenset({"العمليه", "الاقتحام", "المداهمه", "الحمله", "الهجوم", "الغاره",
                         "العدوان", "التوغل"})


def during_operation(toks: list[Token], hit: TriggerHit) -> bool:
    """``واعتُقل خلال العملية ثلاثة شبان``: an act with no doer named, done during the
    operation told before; its doer is that operation's."""
    after = [t.norm for t in toks[hit.last + 1:hit.last + 4]]
    return any(a in _DURING and b in _OPERATIONS for a, b in zip(after, after[1:]))
