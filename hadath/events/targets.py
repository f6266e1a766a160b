"""The target of an act: the first object or prepositional phrase after its trigger.

A target is an actor with no preposition (``حث ترامب موسكو``) or governed by one such as
``على``, ``مع``, ``إلى``, ``ضد``, found before the next clause or the next act. Places
after ``في`` are where an act happened, not whom it hit, except for attacks and protests
that name nothing else; a nationality adjective after the trigger is a fallback
(``رحبت الرياض بالموقف الأمريكي``); backers after ``بدعم من`` and the place one spoke
from are skipped, and the doer of a relative clause on an attitude's object is its
target (``رحب بالجهود التي تبذلها السعودية``).
"""
from __future__ import annotations

from hadath.events.cues import BOUNDARIES, place_of_speaking
from hadath.events.dates import SPEECH_VERBS
from hadath.events.phrases import Phrase
from hadath.events.triggers import TriggerHit
from hadath.model import Token
from hadath.text.segment import punctuated

TARGET_REACH = 12
TARGET_PREPS = frozenset({"علي", "مع", "الي", "ل", "ب", "ضد", "من", "عن", "بحق", "تجاه",
                          "لدي", "نحو", "امام", "بين", "باتجاه", "صوب"})
# types whose following nationality adjective names the actor, not the target
NO_ADJECTIVE_TARGET = frozenset({"AID", "CONSULT", "AGREE", "COOPERATE"})
# attitudes towards another's act: the doer of the act is their target
ATTITUDES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
LOCATIVE = frozenset({"في", "داخل", "قرب", "وسط", "عند"})
# a feminine ت and an object pronoun ending a verb or masdar (ورفضته, احتضنته, زيارته)
T_OBJECT_PRONOUNS = ("ته", "تها", "تهم", "تهما")
# words before من that name the backers of an act (بدعم من, بمساعدة من)
PARTNERS = frozenset({"بدعم", "بمساعده", "بمسانده", "وبدعم", "بتمويل"})
# words that name the report an act is known from (بحسب بيان لأمينها العام), not its object
ATTRIBUTION = frozenset({"بحسب", "حسب", "وفق", "وفقا", "نقلا"})
ATTRIBUTION_REACH = 5
# adjectives of degree after a condemnation (إدانتها الشديدة للهجوم الإسرائيلي)
INTENSIFIERS = frozenset({"الشديد", "الشديده", "الشديدين", "الشديدتين", "البالغ", "البالغه",
                          "القاطع", "القاطعه", "المطلق", "الكامل", "التام", "القوي", "القويه"})
# words before the leader of the actor just named (المجلس العسكري بقيادة الجنرال تياني)
LEADING = frozenset({"بقياده", "بزعامه", "برئاسه"})


# adverbials of a protest's aim (خرجوا … للتنديد بـ…, احتجاجا على …): their object is
# what the crowd marched against
AIM_WORDS = frozenset({"للتنديد", "تنديدا", "احتجاجا", "للاحتجاج", "رفضا"})
AIM_REACH = 10      # words between the protest and its aim
AIM_OBJECT_REACH = 5   # words between the aim and the actors it names


def protest_aim(tokens: list[Token], candidates: list[Phrase], t1: int,
                source: Phrase | None) -> Phrase | None:
    """Whom a protest is against, from its aim: ``خرج عشرات الآلاف … للتنديد بعقوبات
    "إيكواس" وبالسياسة الفرنسية`` (ECOWAS and France), ``مظاهرة نظمها ناشطون …
    احتجاجا على رسالة الرئيس بوتفليقة`` (the president's country)."""
    aim = next((i for i in range(t1 + 1, min(len(tokens), t1 + 1 + AIM_REACH))
                if tokens[i].norm.lstrip("و") in AIM_WORDS), None)
    if aim is None or any(tokens[i].norm in BOUNDARIES for i in range(t1 + 1, aim)):
        return None
    end = next((i for i in range(aim + 1, len(tokens)) if tokens[i].norm in BOUNDARIES),
               len(tokens))
    named = [m for p in candidates if aim < p.first <= aim + AIM_OBJECT_REACH
             and p.first < end for m in p.members if m.key]
    own = {m.key for m in source.members} if source is not None else set()
    named = [m for m in named if m.key not in own]
    return Phrase(tuple(named)) if named else None


def genitive(after: list[Phrase], t1: int) -> Phrase | None:
    for p in after[:1]:
        if p.first == t1 + 1 and p.prep is None and p.kind != "adjective":
            return p
    return None


def target_after(tokens: list[Token], candidates: list[Phrase], ptype: str, t1: int,
                  source: Phrase | None, stops: frozenset[int] = frozenset(),
                  reach_from: int | None = None) -> Phrase | None:
    """The first object or prepositional phrase after the trigger, before the next clause
    or the next act's words (``stops``). The reach counts from ``reach_from``, the last
    word of a trigger with a gap (``وقّع وزير … معاهدة السلام بين …``)."""
    fallback = None
    reach_from = t1 if reach_from is None else reach_from
    end = next((i for i in range(t1 + 1, len(tokens)) if _opens_speech(tokens[i])
                or ptype in ("ASSAULT", "COERCE") and _says_next(tokens, i)
                or ptype in STANCES and _opens_adjunct(tokens, i)), len(tokens))
    for p in candidates:
        if p.first <= t1 or p is source or _same_actor(p, source) or p.members[0].key is None:
            continue
        if p.first - reach_from > TARGET_REACH or p.first > end:
            break       # … وأعلن المتحدث: the next clause's actors are not the object
        if source is not None and p.last < reach_from and p.members[0].key == source.members[0].key \
                and ptype != "REQUEST":
            continue    # أوفد عباس عضو اللجنة المركزية لفتح … إلى بيروت: his own envoy
            # (but دعا … الحكومة إلى, دعا بارزاني بغداد إلى: whom he calls on)
        if ptype in ATTITUDES and (p.kind == "adjective" or p.prep is None and not any(
                punctuated(tokens, i) for i in range(t1, p.first))) \
                and p.first - 1 in stops and p.first - reach_from <= 3 and fallback is None:
            fallback = p       # رفضت الجزائر الاتهامات المغربية, اتهامات واشنطن: the accusers
            continue
        if any(tokens[i].norm in BOUNDARIES or i in stops for i in range(t1 + 1, p.first)):
            if p.prep == "مع" and p.first - t1 <= TARGET_REACH and fallback is None:
                fallback = p       # معاهدة … التي أبرمتها … مع المملكة الإسبانية
            elif ptype in ATTITUDES and fallback is None and p.prep is None \
                    and _agent_of_relative(tokens, p, t1):
                fallback = p       # رحب بالجهود التي تبذلها السعودية: the doer is the target
            continue
        if p.kind == "adjective":
            if _sibling_conjunct(tokens, t1, p):
                continue       # للتنديد بعقوبات "إيكواس" وبالسياسة الفرنسية: not the sanction's
            if ptype in ATTITUDES and p.first - reach_from - sum(
                    tokens[i].norm in INTENSIFIERS for i in range(reach_from + 1, p.first)) == 2:
                return p       # عن إدانتها للهجوم الإسرائيلي على غزة: the doer, not the place
            if fallback is None and ptype == "AGREE" and p.first >= 2 \
                    and tokens[p.first - 2].norm == "علي":
                fallback = p       # وافق على المبادرة المصرية: the proposal's maker
            if fallback is None and ptype not in NO_ADJECTIVE_TARGET and (
                    ptype != "SUPPORT" or p.first - t1 <= 4):
                fallback = p       # رحبت الرياض بالموقف الأمريكي; هدد بضرب 52 موقعا إيرانيا
            continue
        if p.prep in LOCATIVE or (p.prep == "ب" and p.members[0].entity_type == "LOC"
                                  and p.members[0].place_kind not in (None, "country")):
            if fallback is None and ptype in ("ASSAULT", "COERCE", "PROTEST"):
                fallback = p
            continue
        if p.first >= 2 and tokens[p.first - 2].norm.lstrip("و") in PARTNERS:
            continue       # الضربات … بدعم من أستراليا وكندا: partners, not targets
        if _led_by(tokens, p, candidates, source, reach_from):
            continue       # اتهم المجلس العسكري بقيادة الجنرال تياني فرنسا: its leader
        if place_of_speaking(tokens, p) or tokens[p.first - 1].norm == "لسان":
            continue       # وحذر الوزير، من نيويورك، من أن …: where he spoke; على لسان: who
        if any(tokens[i].norm.lstrip("و") in ATTRIBUTION
               for i in range(max(t1 + 1, p.first - ATTRIBUTION_REACH), p.first)):
            continue       # أدانت الجامعة …، بحسب بيان لأمينها العام: who reported it
        if p.prep is None or p.prep in TARGET_PREPS:
            return p
    return fallback


def own_object(tokens: list[Token], last: int) -> bool:
    """Does a masdar have an object of its own right after it, a thing after its ل
    (``دعم البلدين للحكومة في اليمن، وإدانتهما للهجمات في سيناء``)? A masdar joined by و
    so is aimed at that thing (or at its doer), not at the target of the act before it."""
    return last + 1 < len(tokens) and tokens[last + 1].norm.startswith("لل")


def object_pronoun(tokens: list[Token], hit: TriggerHit) -> bool:
    """Does the one-word verb end in a feminine ت and an object pronoun (``ورفضته``)? Not
    a masdar with an object of its own (``وإدانتهما للهجمات``: their condemnation)."""
    word = tokens[hit.first].norm
    return len(hit.matched) == 1 and word.endswith(T_OBJECT_PRONOUNS) \
        and not own_object(tokens, hit.last)


def _sibling_conjunct(tokens: list[Token], t1: int, p: Phrase) -> bool:
    """Does adjective ``p`` qualify a noun coordinated with the trigger under one
    preposition (``بعقوبات … وبالسياسة الفرنسية``)? Then it describes the sibling, not the
    trigger's object."""
    head = tokens[p.first - 1].norm if p.first > t1 + 1 else ""
    trigger = tokens[t1].norm
    return trigger[:1] in ("ب", "ل") and head.startswith("و" + trigger[:1]) and len(head) > 3


def _led_by(tokens: list[Token], p: Phrase, candidates: list[Phrase], source: Phrase | None,
            reach_from: int) -> bool:
    """Is ``p`` the leader of the actor right before ``بقيادة`` (``المجلس العسكري بقيادة
    الجنرال تياني``)? Not after an act's own ب (``اتصلت بقيادة حركة حماس``: its leaders)."""
    for i in range(max(reach_from + 1, p.first - 2), p.first):
        if tokens[i].norm.lstrip("و") in LEADING:
            return any(c.last == i - 1 for c in [*candidates, *([source] if source else [])])
    return False


def _agent_of_relative(tokens: list[Token], p: Phrase, t1: int) -> bool:
    """Is ``p`` the subject of a relative clause on the trigger's object
    (``بالجهود التي تبذلها السعودية``, ``الخطوة التي اتخذتها الحكومة``, ``الموقف الذي
    عبرت عنه إسبانيا``)?"""
    rel = p.first - 2
    if rel - 1 > t1 and tokens[rel + 1].norm in _RESUMED:
        rel -= 1        # الموقف الذي عبرت عنه إسبانيا: the verb's pronoun object comes first
    if rel <= t1 or tokens[rel].norm not in ("التي", "الذي", "اللذين", "اللتين"):
        return False
    return not any(tokens[i].norm in BOUNDARIES for i in range(t1 + 1, rel))


# a preposition with the pronoun of the noun a relative clause hangs on
_RESUMED = frozenset({"عنه", "عنها", "به", "بها", "فيه", "فيها", "عليه", "عليها", "اليه",
                      "اليها", "له", "لها"})


def _same_actor(p: Phrase, source: Phrase | None) -> bool:
    if source is None:
        return False
    a, b = p.members[0].actor, source.members[0].actor
    if a.key != b.key:
        return False
    last = source.members[-1]
    if p.members[0].kind == "nominal" and last.kind == "entity" and last.entity_type == "PER" \
            and p.first == source.last + 1:
        return False   # دعا … الطبوبي الحكومة إلى: a person, then whom he calls on
    return (a.entity is not None and a.entity == b.entity) or \
        (a.name_en is not None and a.name_en == b.name_en) or p.first - source.last <= 2


# speech participles that open a clause of their own (…"، مضيفا أن المغرب يدعو)
SPEECH_PARTICIPLES = frozenset({"مضيفا", "مضيفه", "مشيرا", "مشيره", "موضحا", "موضحه",
                                "لافتا", "لافته"})

# … and those that open what the subject said next (…، مضيفة أن نحو ثمانية آلاف فروا);
# مؤكدا and معتبرا count here only (normalized, ؤ is written ء)
_SAYING = SPEECH_PARTICIPLES | {"مءكدا", "مءكده", "معتبرا", "معتبره"}


def _says_next(tokens: list[Token], i: int) -> bool:
    """``…، مضيفة أن نحو ثمانية آلاف فروا إلى تشاد``: a speech participle with أن opens
    what was said next; a place there is not where the attack before it struck."""
    return tokens[i].norm.lstrip("و") in _SAYING and i + 1 < len(tokens) \
        and tokens[i + 1].norm in ("ان", "بان")


# participles of stressing and affirming that, after a comma, open an adjunct clause of
# the subject's (…، مشددة على حق المملكة; …، مؤكدا أن "المسجد الأقصى …"): its actors
# are not the object of the stance before the comma (not معتبرا إياه "خطوة" بين …, which
# says more of that object)
ADJUNCT_PARTICIPLES = frozenset({"مشددا", "مشدده", "مءكدا", "مءكده", "مبرزا", "مبرزه"})
STANCES = ATTITUDES | {"REQUEST"}


def _opens_adjunct(tokens: list[Token], i: int) -> bool:
    return tokens[i].norm in ADJUNCT_PARTICIPLES and i > 0 \
        and tokens[i].start - tokens[i - 1].end >= 2


def _opens_speech(tok: Token) -> bool:
    """``وأعلن``, ``وقالت``: a speech verb joined by و starts a new clause, and so does a
    speech participle (``مضيفا أن``)."""
    if tok.norm in SPEECH_PARTICIPLES:
        return True
    if not tok.norm.startswith("و"):
        return False
    word = tok.norm[1:]
    return word in SPEECH_VERBS or (word.endswith("ت") and word[:-1] in SPEECH_VERBS)
