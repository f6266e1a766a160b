"""Acts named as the purpose or content of a plan, not as done.

News names what a meeting, a deal or a plan is *for* with the same masdars that elsewhere
report acts: ``وفدا … لبحث الإصلاحات ودعم مشاريع الطاقة``, ``اتفاقا يقضي بتنسيق حماية
الحدود``, ``مذكرة تشمل مكافحة الهجرة ودعم الاقتصاد``, ``بهدف تعزيز التعاون``, ``من أجل
دعم``. The support or coordination there is aimed at, not done, so the coder drops it.
The plan itself (the meeting, the signing) is still coded from its own trigger.

So is support added to what a future verb promises (``سيقدم … إضافة إلى 150 مليون يورو
دعما``). Only cooperative acts are dropped this way (and the release one works for: ``عملت
على الإفراج عن``): ``تعرضت لهجوم`` (ل + an attack) reports an
attack, and a purpose clause rarely names violence as its aim.
"""
from __future__ import annotations

from hadath.events.cues import BOUNDARIES
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# acts a purpose clause names as its aim (support, coordination, aid, talks, accord)
PURPOSE_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID", "CONSULT", "AGREE", "RETREAT",
                           "CONCEDE"})
# words that introduce the aim or content of an act or a plan, right before a masdar
# (normalized forms: hadath.text.normalize)
_HEADS = frozenset({"بهدف", "بهدفه", "يهدف", "تهدف", "هدفه", "هدفها", "بغيه", "سعيا",
                    "يقضي", "تقضي", "يشمل", "تشمل", "يتضمن", "تتضمن", "يتناول", "تتناول",
                    "ينص", "تنص", "نص", "نصت",      # المقترح الذي ينص على انسحاب القوات
                    "خطه", "الخطه", "لخطه", "مخطط", "يستهدف", "تستهدف", "الراميه", "الرامي",
                    "الهادفه", "الهادف", "اجل", "ترمي", "يرمي",
                    # efforts towards an act (عملت منذ اليوم الأول على الإفراج عن)
                    "عمل", "عملت", "يعمل", "تعمل", "نعمل", "سعت", "سعي", "يسعي", "تسعي",
                    "السعي", "بالسعي", "جهود", "الجهود", "جهوده", "جهودها", "مساعي"})
# "in execution of", "under": the ل-noun after them is a thing already made
_PURSUANT = frozenset({"تنفيذا", "وفقا", "طبقا", "تطبيقا", "استنادا"})
# effort nouns before a mediation masdar, which names the effort, not its aim
_EFFORTS = frozenset({"جهود", "الجهود", "جهوده", "جهودها", "مساعي"})
# words that make cooperation the topic of talks or a goal (سبل تعزيز علاقات التعاون,
# بحثا التعاون, اتفقوا على تعزيز التعاون), not cooperation under way
_TOPICS = frozenset({"تعزيز", "تطوير", "سبل", "افاق", "بحث", "بحثا", "مجالات", "اوجه",
                     "توسيع", "تعميق"})
TOPIC_REACH = 3
# accusative masdars that give the reason of an act (مفعول لأجله: دفاعا عن سيادتها)
_REASONS = frozenset({"دفاعا", "حفاظا", "حرصا", "صونا", "احتجاجا", "تضامنا"})
# a purpose masdar with ل, after which a list of aims may run on (لبحث … ودعم …)
_PURPOSE_MASDARS = frozenset({"لبحث", "لمناقشه", "لتعزيز", "لتطوير", "لدعم", "لتنسيق",
                              "لتحقيق", "لمكافحه", "لتوسيع", "لتعميق", "لتفعيل", "لضمان",
                              "لتسهيل", "لمتابعه", "لدراسه", "لاستكشاف", "لتبادل"})
# words a head may stand before its masdar with (يهدف إلى, من أجل, عمل على)
_LINKS = frozenset({"الي", "من", "علي"})
# words an adverbial may put between a head and its link (عملت منذ اليوم الأول على)
LINK_REACH = 4
# how far back along a list of aims a head may stand (… لبحث الإصلاحات الاقتصادية ودعم)
AIM_REACH = 12


def purpose(text: str, toks: list[Token], hit: TriggerHit) -> bool:
    """Is the trigger a masdar naming the aim or content of something, not an act?"""
    if _listed_reason(text, toks, hit):
        return True
    if hit.entry.type == "COOPERATE" and hit.entry.form == "n" and any(
            t.norm.lstrip("وبل") in _TOPICS
            for t in toks[max(0, hit.first - TOPIC_REACH):hit.first]):
        return True          # بحث سبل تعزيز علاقات التعاون بين البلدين: a topic of talks
    if hit.entry.type not in PURPOSE_TYPES or hit.entry.form == "p":
        return False
    k = hit.first
    if hit.entry.cameo == "045" and k > 0 and toks[k - 1].norm.lstrip("و") in _EFFORTS:
        return False         # جهود وساطة قادتها الإمارات: the mediation is the effort itself
    word = toks[k].norm
    if (word in _PURPOSE_MASDARS or (word.startswith("ل") and not word.startswith("لل")
                                     and hit.entry.form == "n" and len(word) > 3
                                     and hit.entry.words[0] == word[1:])) \
            and not (k > 0 and toks[k - 1].norm.lstrip("و") in _PURSUANT):
        return True          # لدعم الاقتصاد, لتنسيق المواقف; not تنفيذا لتفاهم (one made)
    if k > 0 and toks[k - 1].norm.lstrip("و") in _HEADS:
        return True          # بهدف دعم, يقضي بتنسيق, خطة دعم
    if k > 1 and toks[k - 1].norm in _LINKS:
        # يهدف إلى دعم, من أجل دعم, عملت منذ اليوم الأول على الإفراج
        for j in range(k - 2, max(-1, k - 2 - LINK_REACH), -1):
            if toks[j].norm in BOUNDARIES or _comma_after(text, toks, j):
                break
            if toks[j].norm.lstrip("و") in _HEADS:
                return True
    if not word.startswith("و"):
        return False
    # ودعم مشاريع الطاقة after لبحث الإصلاحات: one more item of the list of aims
    for i in range(k - 1, max(-1, k - 1 - AIM_REACH), -1):
        norm = toks[i].norm
        if norm in BOUNDARIES or _comma_after(text, toks, i):
            return False
        if norm in _PURPOSE_MASDARS or norm.lstrip("و") in _HEADS:
            return True
    return False


def _listed_reason(text: str, toks: list[Token], hit: TriggerHit) -> bool:
    """``الإجراءات التي تتخذها دفاعا عن سيادتها ورفضا لأي تدخل``: an accusative masdar joined
    to another one of reason (دفاعا عن, حرصا على) gives why an act was done, with it; it is
    no second act (and its target is no one the sentence names)."""
    k = hit.first
    if not toks[k].norm.startswith("و") or hit.entry.form != "n":
        return False
    for i in range(k - 1, max(-1, k - 1 - AIM_REACH), -1):
        if toks[i].norm in BOUNDARIES or _comma_after(text, toks, i):
            return False
        if toks[i].norm.lstrip("و") in _REASONS:
            return True
    return False


# words that add one more item to what was just listed (إضافة إلى, إلى جانب, فضلا عن)
_ALSO = (("اضافه", "الي"), ("بالاضافه", "الي"), ("الي", "جانب"), ("فضلا", "عن"))
# how far back a promise may stand before the item added to it
PROMISE_REACH = 16


def promised(toks: list[Token], hit: TriggerHit) -> bool:
    """``سيقدم الاتحاد لتونس 105 ملايين يورو …، إضافة إلى 150 مليون يورو دعما مباشرا``:
    support added to what a future verb promises is promised too, not given."""
    if hit.entry.type not in PURPOSE_TYPES or hit.entry.form == "p":
        return False
    k = hit.first
    if hit.entry.cameo == "045" and k > 0 and toks[k - 1].norm.lstrip("و") in _EFFORTS:
        return False         # جهود وساطة قادتها الإمارات: the mediation is the effort itself
    also = next((i for i in range(max(0, k - 5), k - 1)
                 if (toks[i].norm, toks[i + 1].norm) in _ALSO), None)
    if also is None:
        return False
    return any(_future(toks[i].norm) for i in range(max(0, also - PROMISE_REACH), also))


def _future(word: str) -> bool:
    """A س future of an imperfect verb: سيقدم, ستقدم, وسيقدم."""
    word = word.removeprefix("و")
    return len(word) >= 5 and word[0] == "س" and word[1] in "يتن"


def _comma_after(text: str, toks: list[Token], i: int) -> bool:
    """Is there a comma or a full stop between token ``i`` and the next (quotes around
    an adverbial do not cut a clause: ``عملت "منذ اليوم الأول" على``)?"""
    if i + 1 >= len(toks):
        return False
    gap = text[toks[i].end:toks[i + 1].start]
    return any(c in gap for c in "،,.:;؛")
