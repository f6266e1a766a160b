"""Where a verb's or masdar's doer stands: before it, after it, or after a passive marker.

The rules of :func:`hadath.events.assign.assign` decide which reading a trigger gets (word
order, participle, coordination, mediation …); these helpers look for the phrase in the
place that reading names: right before the verb (SVO, ``الجيش التركي قد أطلق``), right
after it (VSO, ``حث ترامب موسكو``), as a masdar's genitive, adjective or light-verb
subject (``زيارة أردوغان``, ``هجوم شنه الحوثيون``), back across the clause, or after a
passive's agent marker (``قتل … برصاص``). Kept apart so that module stays about the
order of the rules.
"""
from __future__ import annotations

from hadath.events.cues import BOUNDARIES
from hadath.events.morphology import construct_state
from hadath.events.phrases import Phrase, Roles
from hadath.events.subjects import own_subject
from hadath.events.targets import LOCATIVE, T_OBJECT_PRONOUNS
from hadath.events.triggers import TriggerHit
from hadath.model import Token
from hadath.text.particles import BEFORE_NOUN
from hadath.text.segment import punctuated

VSO_REACH = 4          # words allowed between a verb and its subject
TITLED_REACH = 8       # … when the subject is a person named after a long title
SVO_REACH = 14         # words allowed between a subject and a later verb or masdar
PASSIVE_MARKERS = frozenset({"جراء", "برصاص", "بنيران", "اثر", "يد", "بقصف", "بغاره",
                             "بغارات", "بهجوم", "بضربه"})
# attack verbs whose passive is spelled otherwise (اغتيل, هوجم, اجتيح, اعتدي عليه): never
# read as passive, whatever agent marker follows (شن … غارات has its object in it)
ACTIVE_ONLY = frozenset({"اغتال", "هاجم", "اجتاح"})
# إنّ / أنّ: the noun after them is the subject of the reported clause (قال إن الجزائر تطالب)
_THAT = BEFORE_NOUN
# masdars whose genitive is the patient, not the agent (اعتقال الغنوشي, مقتل صحفي)
PATIENT_GENITIVE = frozenset({"ASSAULT", "COERCE"})
# a go-between's part in another's act (دور الوسيط في الإفراج, بوساطة)
_MEDIATION = frozenset({"الوسيط", "وسيط", "وساطه", "وساطتها", "وساطته", "الوساطه"})
# how far after a passive attack its doer may stand as a bare adjective (قتل … برصاص إسرائيلي)
PASSIVE_ADJECTIVE_REACH = 8
# announcing verbs name the masdar's agent only right after it (تفاهم أعلنه السيسي), not
# when they describe a later noun (تأييدها لـ"الاستراتيجية التي أعلنها الرئيس")
_ANNOUNCED = frozenset({"اعلنه", "اعلنته", "اعلنها", "اعلنتها"})
# light verbs whose subject is the agent of the masdar before them (هجوم شنه الحوثيون)
AGENT_VERBS = frozenset({"شنه", "شنها", "شنته", "شنتها", "نفذه", "نفذها", "نفذته", "نفذتها",
                         "تبناه", "تبنته",
                         "اجراه", "اجرته", "اجراها", "اجرتها", "قام", "قامت", "قادها", "قاده",
                         "قادته", "قادتها", "اعلنه", "اعلنته", "اعلنها", "اعلنتها",
                         # زيارة يجريها أردوغان, زيارتين أدتهما ميلوني: the visitor follows
                         "يجريه", "يجريها", "تجريه", "تجريها", "اجراهما", "اجرتهما", "اداها",
                         "ادتها", "اداه", "ادته", "اداهما", "ادتهما", "يقوم", "تقوم", "يقودها",
                         "تقودها",
                         # المجزرة التي ارتكبتها القوات: the one who committed the deed
                         "ارتكبها", "ارتكبته", "ارتكبتها", "ارتكبوها", "ارتكبه", "ارتكبوه",
                         "اقترفها", "اقترفته", "اقترفتها"})


# nouns naming a part of a force, whose whole follows after من as the verb's subject
# (أغلقت وحدات من الجيش, اقتحمت قوات من الأمن, اعتقلت عناصر من الشرطة)
PARTITIVE_UNITS = frozenset({"وحدات", "وحده", "قوه", "قوات", "عناصر", "دوريه", "دوريات",
                             "مقاتلي", "مسلحي", "قطعات", "انصار", "مناصري",
                             "مجموعه", "افراد", "سريه", "كتيبه", "رجال",
                             # شن مسلحون من "جبهة النصرة": armed men of a named group
                             "مسلحون", "مسلحين", "مقاتلون", "مقاتلين", "عنصر", "مجموعات"})


def has_root_waw(tokens: list[Token], hit: TriggerHit) -> bool:
    """Is the و the verb starts with its own first letter (وقع, وصل), not ``and``?"""
    return hit.entry.words[0].startswith("و") and not tokens[hit.first].norm.startswith("وو")


def adjacent_before(tokens: list[Token], before: list[Phrase], t0: int,
                    root_waw: bool = False, timed: frozenset[int] = frozenset()) -> Phrase | None:
    """The subject right before a verb; a time aside between the two (``قررت الحكومة
    اليونانية، أمس الجمعة، طرد``) keeps them adjacent; ``timed`` holds its words
    (:func:`hadath.events.asides.timed_words`)."""
    if not before or before[-1].prep is not None and not _partitive(tokens, before[-1]):
        return None
    joined = tokens[t0].norm.startswith("و") and not root_waw
    if not joined and t0 - 1 in timed and all(
            i in timed for i in range(before[-1].last + 1, t0)):
        return before[-1]
    if joined and before[-1].kind == "adjective":
        return None     # أدانت … الهجوم التركي، ودعت: the adjective ends the last clause
    between = [tokens[i].norm for i in range(before[-1].last + 1, t0)]
    if not between and punctuated(tokens, before[-1].last) and not joined:
        if before[-1].first > 0 and tokens[before[-1].first - 1].norm in _THAT:
            return before[-1]   # إن الجزائر "تطالب …": the subject of إن, before a quote
        return None     # صفقة توسطت فيها قطر، أطلقت واشنطن بموجبها: a comma ends its clause
        # (… عبداللهيان، وقع الجانبان: the و of وقع is its own)
    if all(w in ("قد", "وقد", "لقد", "فقد") for w in between):   # الجيش التركي قد أطلق
        return before[-1]
    if len(between) == 1 and before[-1].kind in ("nominal", "adjective") \
            and not between[0].startswith("و") and between[0] not in BOUNDARIES:
        return before[-1]      # وحدة إسرائيلية خاصة اغتالت: one more adjective
    return None


def _partitive(tokens: list[Token], p: Phrase) -> bool:
    """Is the phrase the whole after a unit noun and من (قوة من مشاة البحرية …)?"""
    k = p.first - 2
    return p.prep == "من" and k >= 0 and tokens[k].norm.lstrip("و") in PARTITIVE_UNITS \
        and tokens[k + 1].norm == "من"


# nouns that speak for an actor without naming it (البيان, الوزارة, القمة): as a verb's
# subject, they leave the actor after them to be its object
SPEAKING_NOUNS = frozenset({"البيان", "الوزاره", "الرساله", "القمه", "الاجتماع", "المؤتمر",
                            "القرار", "التقرير", "المذكره", "الاعلان", "الوثيقه", "الشكوي"})


def oblique_dual(word: str) -> bool:
    """``البلدين``, ``الطرفين``: the dual's accusative/genitive ending; the subject of a
    verb takes the nominative ``البلدان``, ``الطرفان``."""
    return word.strip('"«»').endswith("ين")


def vso(tokens: list[Token], after: list[Phrase], hit: TriggerHit) -> Phrase | None:
    inside = set(hit.matched)
    nxt = hit.last + 1
    if hit.entry.type == "ASSAULT" and after and nxt < len(tokens) \
            and tokens[nxt].norm.startswith("ال") and after[0].first > nxt + 1 \
            and after[0].members[0].entity_type == "LOC":
        return None     # استهدف القصف المدفعي أطراف الخيام: a noun is the subject, the place hit
    if hit.entry.form == "v" and nxt < len(tokens) and tokens[nxt].norm in SPEAKING_NOUNS \
            and after and after[0].first > nxt:
        return None     # وطالب البيان الختامي مجلس الأمن: the noun speaks, the actor is addressed
    for k, p in enumerate(after):
        between = [i for i in range(hit.first + 1, p.first) if i not in inside]
        if any(tokens[i].norm in BOUNDARIES for i in between):
            return None
        nxt = after[k + 1] if k + 1 < len(after) else None
        if p.prep in ("ل", "في", "باسم") and nxt is not None \
                and nxt.members[0].entity_type == "PER" and nxt.prep is None \
                and (nxt.first - p.last <= 2 or _title_domain(tokens, p.last, nxt.first)):
            continue      # طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش: the title's body
        # a person may follow a long title (وزير الخارجية والتعاون الدولي الإماراتي الشيخ)
        reach = TITLED_REACH if p.members[0].entity_type == "PER" else VSO_REACH
        if len(between) > reach or any("," in tokens[i].text or "،" in tokens[i].text
                                       for i in between):
            return None
        if p.prep is None and p.kind == "pair" and p.first < hit.last \
                and oblique_dual(tokens[p.first].norm):
            return None   # ودعا البلدين إلى: a dual in -ين between a call and its إلى is
            # the one called (a subject takes -ان); after a masdar it is the genitive agent
            # (رفض البلدين استعادة رعاياهما)
        if "speech" in hit.entry.flags and len(hit.matched) > 1 and p.first > hit.last and any(
                tokens[i].norm in ("في", "علي", "الي", "من", "عن") for i in range(hit.last + 1, p.first)):
            return None   # لما وصفته بـ"الانقلاب" في موقف مدريد: past what was said, a phrase's
        if p.prep is None and p.kind != "adjective":
            return p
        if p.prep == "من" and len(between) == 2 and tokens[between[0]].norm in PARTITIVE_UNITS:
            return p      # أغلقت وحدات من الجيش …: a part of the force is the subject
        if p.prep is not None:
            return None
    return None


def _title_domain(tokens: list[Token], last: int, first: int) -> bool:
    """Do the words between a title's body and the person name the title's domain
    (``الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية كاثرين أشتون``)?"""
    between = range(last + 1, first)
    return 0 < len(between) <= 3 and tokens[last + 1].norm.startswith("ل") \
        and not any("," in tokens[i].text or "،" in tokens[i].text for i in range(last, first))


def unit_of(tokens: list[Token], t1: int, p: Phrase) -> bool:
    """``انسحاب قوات البيشمركة``, ``انتشار عناصر حزب الله``: a unit word between a masdar
    and a named group makes the group the masdar's genitive, its doer."""
    return p.first == t1 + 2 and tokens[t1 + 1].norm in PARTITIVE_UNITS \
        and (p.members[0].entity_type is not None or p.kind == "nominal")


def noun_agent(tokens: list[Token], after: list[Phrase], t1: int, ptype: str,
               single: bool = True, agent: bool = False,
               trigger_words: frozenset[int] = frozenset()) -> Phrase | None:
    if agent and after and after[0].kind != "adjective" and (after[0].first == t1 + 1 or (
            after[0].first == t1 + 2 and tokens[t1 + 1].norm in PARTITIVE_UNITS)):
        return after[0]        # برصاص قوات الاحتلال, برصاص عناصر الدرك: the weapon's owner
    # إلغاء الزيارة التي كان مقررا أن يجريها أكار: the visit's doer is the one called off
    for k in range(t1 + 1, min(len(tokens), t1 + 6) if ptype != "SANCTION" else 0):
        if k in trigger_words:
            break              # التوقيع بعد زيارتين أدتهما ميلوني: the visit's doer, not the signing's
        if tokens[k].norm in AGENT_VERBS and (k == t1 + 1 or tokens[k].norm not in _ANNOUNCED):
            for p in after:
                if p.first > k and p.prep is None and (
                        p.first - k <= 2 or (p.kind == "adjective" and p.first - k <= 4)):
                    return p
            break
    for p in after[:2]:
        if p.first - t1 > 2:
            break
        if p.kind == "adjective":
            if p.first == t1 + 2 and construct_state(tokens, t1):
                return None    # رفض القرار الأمريكي: the adjective is the genitive's
            return p
        m = p.members[0]
        if p.first == t1 + 1 and p.prep is None and ptype in PATIENT_GENITIVE and single \
                and any(0 < q.first - p.last <= 2 and q.prep is None and q.kind != "adjective"
                        for q in after):
            return p       # احتجاز قوة الردع آمر اللواء: agent, then the object
        if (p.first == t1 + 1 or unit_of(tokens, t1, p)) and p.prep is None \
                and ptype not in PATIENT_GENITIVE \
                and single and (m.entity_type != "LOC" or m.place_kind == "country"):
            return p       # زيارة أردوغان; not وقف تمويل الأونروا (the object of تمويل)
    return None


# a verb or masdar ending in ت + an object pronoun (اجتماع احتضنته روما, زيارته القاهرة): the
# name after it is that word's subject or object, inside a clause of its own that a comma
# closes (without one it may hold the act: أطلقتها الجماعة في أكبر هجوم; after التي/الذي it
# may go on past the comma: التي نفذتها الحكومة …، وأفرج خلالها)
_HELD = T_OBJECT_PRONOUNS


def backward(tokens: list[Token], before: list[Phrase], t0: int,
             trigger_words: frozenset[int]) -> Phrase | None:
    for p in reversed(before):
        if t0 - p.last > SVO_REACH:
            return None
        if any(tokens[i].norm in BOUNDARIES or i in trigger_words for i in range(p.last + 1, t0)):
            return None
        if any(tokens[i].norm in _MEDIATION or tokens[i].norm.lstrip("وب") in _MEDIATION
               for i in range(p.last + 1, t0)):
            return None          # أدت عمان دور الوسيط في الإفراج: the go-between, not the doer
        if any(tokens[i].norm in _MEDIATION or tokens[i].norm.lstrip("وب") in _MEDIATION
               for i in range(max(0, p.first - 3), p.first)):
            return None          # جهود وساطة قادتها الإمارات في إتمام تبادل: the go-between
        if any(i in trigger_words for i in range(max(0, p.first - 2), p.first)):
            return None          # أدانت الرئاسة … العدوان: the subject of أدانت
        if own_subject(tokens, p.last, t0):
            return None          # أكدت القيادة أن الطائرة استهدفت: the drone did it
        if p.first > 1 and tokens[p.first - 1].norm.endswith(_HELD) and p.prep is None \
                and tokens[p.first - 2].norm not in ("التي", "الذي", "اللذين", "اللتين", "الذين") \
                and any(punctuated(tokens, i) for i in range(p.last, t0)):
            continue             # اجتماع احتضنته روما، تأييد: Rome is the host's, a clause of its own
        if p.prep is None and p.kind != "adjective":
            return p
    return None


def passive_reading(tokens: list[Token], hit: TriggerHit) -> bool:
    """قتل/أصيب read as passive when an agent marker (جراء, برصاص …) follows soon."""
    if hit.entry.type != "ASSAULT" or hit.entry.form != "v" or "…" in hit.entry.words \
            or hit.entry.words[0] in ACTIVE_ONLY:
        return False      # أعلن الجيش أنه اغتال قياديا بغارة: the passive is اغتيل, not this
    window = tokens[hit.last + 1:hit.last + 16]
    return any(t.norm.lstrip("و") in PASSIVE_MARKERS for t in window)


def passive(tokens: list[Token], groups: list[Phrase], t1: int, t0: int) -> Roles:
    marker = None
    for i in range(t1 + 1, min(len(tokens), t1 + 16)):
        norm = tokens[i].norm.lstrip("و")
        if norm in PASSIVE_MARKERS or (norm == "قبل" and tokens[i - 1].norm == "من"):
            marker = i
            break
    source = target = None
    for p in groups:
        if p.first <= t1:
            continue
        if marker is not None and p.first > marker and source is None:
            source = p
        elif (marker is None or p.first < marker) and target is None \
                and p.prep not in LOCATIVE and (p.kind != "adjective" or marker is not None):
            target = p            # قُتل مصور صحافي لبناني … جراء
        elif marker is None and p.kind == "adjective" and source is None \
                and p.first - t1 <= PASSIVE_ADJECTIVE_REACH:      # not قادمة من الأراضي السورية
            source = p
    victim = adjacent_before(tokens, [p for p in groups if p.last < t0], t0)
    if tokens[t0].norm.startswith("و"):
        victim = None         # وأصيب …: a new clause, the name before it is no victim
    if victim is not None and victim is not source:      # سليماني قد استشهد مع …
        members = victim.members + (target.members if target is not None else ())
        target = Phrase(members)
    return Roles(source, target, "passive")
