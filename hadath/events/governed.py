"""Acts governed by another act: demanded, threatened, rejected or promised, not done.

``دعا إلى وقف إطلاق النار``, ``رفض التوقيع``, ``هدد بقصف``: the second act did not
happen, so the coder drops it, unless a new clause starts between the two triggers
(``محذرا من رد … فيما استدعت``). A threat with no object of its own borrows the target
of the act it threatens, a masdar joined by و right after an act is part of its object,
and ``رفضا ل`` after a protest is the protest's aim; ``لل`` + the masdar of a release or
an accord is the aim of an effort (``للإفراج عن الطاقم``).
"""
from __future__ import annotations

from hadath.events.cues import AFFIRMING, BOUNDARIES
from hadath.events.assign import assign
from hadath.events.phrases import Context, Phrase, Roles
from hadath.events.lexicons import BLOCKER
from hadath.events.targets import LOCATIVE
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# how far after a demand, threat, rejection or promise its object act may come
GOVERNED_REACH = 10
# acts whose object is an act that did not happen (demanded, rejected, threatened)
UNREALIZED = frozenset({"REQUEST", "REJECT", "THREATEN"})
# words before a masdar that make it the time or occasion of the act (خلال زيارة)
_CIRCUMSTANCE = frozenset({"خلال", "اثناء", "ابان", "هامش", "ختام", "مستهل"})
# (وهو ما ردت عليه …: a new clause on what was said before)
_CLAUSE_WORDS = frozenset({"فيما", "بينما", "في حين", "كما", "لكن", "ولكن", "حيث", "اذ",
                           "وهو", "وهي"})


def new_clause(toks: list[Token], after: int, before: int) -> bool:
    """Does a new clause start between two triggers (``محذرا من رد … فيما استدعت``)?"""
    return any(toks[i].norm in _CLAUSE_WORDS or (toks[i].norm == "حين" and toks[i - 1].norm == "في")
               or (toks[i].norm == "ان" and toks[i - 1].norm.lstrip("و") == "بعد")
               for i in range(after + 1, before))     # في حين, بعد أن are two words


def unrealized(entry) -> bool:
    """Acts whose object is an act that has not happened: demanded, rejected, threatened,
    promised or invited (``دعا إلى وقف``, ``رفض التوقيع``, ``وجه الدعوة لزيارة``)."""
    return entry.type in UNREALIZED or (entry.type == "AGREE" and entry.cameo.startswith("03"))


def governed(text: str, toks: list[Token], hit: TriggerHit, governor: TriggerHit,
             blocked: frozenset[int]) -> bool:
    """Is the act the object of the demand, threat or refusal right before it? A
    participle (مطالبا, متهمة) goes with the main clause's subject: it is a second act of
    the sentence, never such an object; nor is a verb joined by و (``دعا إلى …، واتهم``),
    except inside a demand's list of masdars (``مطالبا حماس بالاعتراف بإسرائيل ونزع
    سلاحها وقطع علاقاتها``)."""
    if not unrealized(governor.entry) or "participle" in hit.entry.flags:
        return False
    if hit.first > 0 and toks[hit.first - 1].norm.lstrip("و") in _CIRCUMSTANCE:
        return False    # اتفقا، خلال زيارة الأخير للقاهرة، على …: when, not what was agreed
    if hit.first > 0 and toks[hit.first - 1].norm.lstrip("و") in AFFIRMING:
        return False      # طالب … بوقف الحرب، مجددة دعمها لـ: the subject's own stance
    if governor.entry.type == "REJECT" and hit.entry.type == "SUPPORT" and _own_stance(toks[hit.first]):
        return False      # أعلنت رفضها للمذكرة وتضامنها مع الصومال: two stances of one subject
    names = len(blocked.intersection(range(governor.last, hit.first)))   # names cost nothing
    if not 0 < hit.first - governor.last - names <= GOVERNED_REACH:
        return False
    if hit.entry.form == "v" and toks[hit.first].norm.startswith("و") \
            and not _masdar_list(text, toks, governor, hit):
        return False
    if any(toks[i].norm in _RELATIVE for i in range(governor.last + 1, hit.first)):
        return False      # رفض الانتقادات التي وجهتها الوكالة لقرار طهران سحب …: told, not refused
    return not new_clause(toks, governor.last, hit.first)


_RELATIVE = frozenset({"التي", "الذي", "الذين"})


def _own_stance(tok: Token) -> bool:
    """``وتضامنها``, ``ودعمه``: a masdar joined by و that carries its holder's pronoun
    (the written ه, not a ة that normalizing made one)."""
    return tok.norm.startswith("و") and tok.text.endswith(("ه", "ها", "هم", "هما"))


def _masdar_list(text: str, toks: list[Token], governor: TriggerHit, hit: TriggerHit) -> bool:
    """Does a demand's object run as ب + masdars up to ``hit``, with no punctuation?"""
    gap = text[toks[governor.last].end:toks[hit.first].start]
    if governor.entry.type != "REQUEST" or "،" in gap or "," in gap:
        return False
    return any(t.norm.startswith("بال") for t in toks[governor.last + 1:hit.first])


def object_of(toks: list[Token], hit: TriggerHit, prev: TriggerHit) -> bool:
    """A masdar joined by و right after another act is part of its object (وقف الاتصالات واللقاءات)."""
    return hit.entry.form == "n" and hit.first == prev.last + 1 \
        and toks[hit.first].norm.startswith("و")


def protest_purpose(toks: list[Token], hit: TriggerHit, hits: list[TriggerHit],
                    mentions: list) -> bool:
    """``وقفات احتجاجية … رفضا للزيارة``, ``مواكب خرج فيها المتظاهرون رفضا للحكم``: an
    accusative masdar of rejection after a protest or its protesters tells why they
    marched; it is the protest's aim, not a rejection of its own. So is ``احتجاجا على``
    after a diplomatic step (``طرد السفيرة … احتجاجا على``): why the step was taken."""
    if hit.entry.type == "PROTEST" and hit.entry.form == "n" \
            and hit.entry.words[0] == "احتجاجا":
        step = max((h for h in hits if h.last < hit.first), key=lambda h: h.last, default=None)
        return step is not None and step.entry.type in _DIPLOMATIC \
            and not new_clause(toks, step.last, hit.first)
    if hit.entry.type != "REJECT" or "participle" not in hit.entry.flags or hit.entry.form != "n":
        return False
    return any(h.entry.type == "PROTEST" and h.last < hit.first for h in hits) or any(
        m.actor.sector in ("CVL", "OPP") and m.last < hit.first for m in mentions)


# verbs of blocking: the act or delivery after them did not take place
_BLOCKING = frozenset({"يعرقل", "تعرقل", "عرقل", "عرقلت", "عرقله", "عرقلتها", "يمنع", "تمنع",
                       "منع", "منعت", "يعيق", "تعيق", "اعاق", "اعاقت", "اعاقه", "يحول",
                       "تحول", "يؤخر", "تؤخر", "اخر", "اخرت"})
# the entry of goods between a blocking verb and its object (يعرقل دخول المساعدات)
_PASSAGE = frozenset({"دخول", "ادخال", "وصول", "ايصال", "تدفق", "مرور", "عبور"})
# who waits for aid or needs it tells of no giving (كانوا ينتظرون المساعدات, بحاجة إلى)
_AWAITING = frozenset({"ينتظر", "ينتظرون", "تنتظر", "انتظار", "بانتظار", "بحاجه", "حاجه",
                       "يحتاج", "يحتاجون", "تحتاج"})


def blocked_aid(toks: list[Token], hit: TriggerHit) -> bool:
    """``الجانب الإسرائيلي "يعرقل دخول المساعدات"``, ``منعت وصول المساعدات``: aid whose
    passage someone blocks was not given by the blocker; aid awaited or needed
    (``كانوا ينتظرون المساعدات``) was given by no one yet."""
    if hit.entry.type != "AID" or hit.entry.form != "n":
        return False
    before = [t.norm.strip('"«»').lstrip("و") for t in toks[max(0, hit.first - 3):hit.first]]
    if any(w in _AWAITING for w in before):
        return True
    return any(w in _BLOCKING for w in before) and any(w.lstrip("ب") in _PASSAGE for w in before)


def sought(toks: list[Token], hit: TriggerHit) -> bool:
    """``تتواصل مع الحوثيين للإفراج عن الطاقم``, ``مذكرة تفاهم للتعاون``: ``لل`` + the
    masdar of a release, concession or accord is what one works for, not what was done."""
    if hit.entry.type not in _SOUGHT:
        return False
    if hit.first > 0 and toks[hit.first - 1].norm in _AIMING:
        return True        # لتمديد فتح معبر أدري: a verb-looking word here is a masdar
    return hit.entry.form == "n" and toks[hit.first].norm.startswith(("لل", "ولل"))


def called_for(toks: list[Token], hit: TriggerHit, hits: list[TriggerHit]) -> bool:
    """``دعا المفوض …، في بيان صدر أمس، السلطات التونسية إلى "الإفراج الفوري" عن``: a
    release or accord right after إلى, in a sentence whose earlier act is a call, is
    what the call asks for, however far the caller's names and asides push it; so is any
    act imposed after إلى (``دعت … الولايات المتحدة إلى فرض منطقة حظر طيران``), and an
    act a demand noun names (``أن مطلب إغلاق القاعدة يمثل …``)."""
    if hit.first == 0:
        return False
    k = hit.first - 1
    while k > 0 and not toks[k].norm[:1].isalpha():
        k -= 1            # a quote mark before the masdar
    if hit.entry.form == "n" and toks[k].norm.lstrip("و") in _DEMAND_NOUNS:
        return True       # مطلب إغلاق القاعدة: asked for, not done
    imposed = k
    while imposed > 0 and hit.first - imposed <= 2 and toks[imposed].norm in _IMPOSING:
        imposed -= 1      # إلى فرض منطقة حظر
    if imposed < k and toks[imposed].norm in ("الي", "والي") and any(
            h.entry.type == "REQUEST" and h.last < imposed for h in hits):
        return True
    if hit.entry.type not in _SOUGHT or hit.entry.form != "n":
        return False
    return toks[k].norm in ("الي", "والي") and any(
        h.entry.type == "REQUEST" and h.last < k for h in hits)


# nouns of a demand: the act right after one is asked for (مطلب إغلاق القاعدة)
_DEMAND_NOUNS = frozenset({"مطلب", "المطلب", "مطالب", "المطالب", "مطالبات", "المطالبات",
                           "دعوات", "الدعوات"})
# masdars of imposing between إلى and the act imposed (إلى فرض منطقة حظر)
_IMPOSING = frozenset({"فرض", "اتخاذ", "اقامه", "اعلان", "تطبيق", "منطقه"})


def alleged(text: str, toks: list[Token], hit: TriggerHit, hits: list[TriggerHit]) -> bool:
    """``اتهم المندوب الحوثيين بـ"مواصلة حشد قواتهم"``: a massing or a siege named in the
    ب phrase of an accusation is what the accused are charged with, not an act this
    report tells; so is one someone is said to be involved in (``عقوبات … بسبب تورطهما في
    الاحتجاز غير المشروع``)."""
    if hit.entry.type not in _CHARGEABLE:
        return False
    if any(t.norm.lstrip("وب").startswith("تورط") for t in toks[max(0, hit.first - 3):hit.first]):
        return True
    start = next((k for k in range(hit.first, max(-1, hit.first - 3), -1)
                  if toks[k].norm.lstrip("و").startswith("ب")), None)
    if start is None or "،" in text[toks[start].start:toks[hit.first].start] \
            or toks[start].norm.lstrip("و") in BOUNDARIES:
        return False      # بمواصلة حشد, بحشد, بـ"مواصلة حشد; not بعد أن أوقفت: a clause of its own
    return any(h.entry.type == "ACCUSE" and (h.entry.form in ("v", "i")
                                             or "participle" in h.entry.flags) and h.last < start
               and start - h.last <= ACCUSED_REACH for h in hits)


# how far the ب of a charge may follow the accusing verb (its subject and asides between)
ACCUSED_REACH = 20
# acts an accusation charges someone with (ASSAULT is judged in hadath.events.specificity)
_CHARGEABLE = frozenset({"MOBILIZE", "COERCE"})


# purpose masdars with ل whose object act is still to come (موافقة لتمديد فتح المعبر)
_AIMING = frozenset({"لتمديد", "لضمان", "لتسهيل", "لاستمرار", "لتامين", "لاتاحه"})
# acts that a purpose clause names as the aim of an effort
_SOUGHT = frozenset({"RETREAT", "CONCEDE", "AGREE", "COOPERATE"})
# steps of one state towards another that a following احتجاجا على explains
_DIPLOMATIC = frozenset({"SANCTION", "ACCUSE", "REJECT"})


def threatened(toks: list[Token], hit: TriggerHit, hits: list[TriggerHit],
                groups: list[Phrase], speaker: Phrase | None, ctx: Context,
                roles: Roles) -> Roles:
    """``هدد ترامب بفرض عقوبات على العراق``: a threat with no object of its own is
    aimed at the target of the act it threatens (the governed act is not coded)."""
    nxt = next((h for h in hits if h.first > hit.last), None)
    if nxt is None or nxt.entry.type == BLOCKER or not 0 < nxt.first - hit.last <= GOVERNED_REACH \
            or new_clause(toks, hit.last, nxt.first):
        return roles
    inner = assign(toks, nxt, groups, speaker, ctx)
    if inner.targets is None or roles.source is None or any(
            m.key in {s.key for s in roles.source.members} for m in inner.targets.members) \
            or inner.targets.prep in LOCATIVE:
        return roles      # not a place: … بدأت بالورود في سوريا قبل أن تنزلق نحو العنف
    return Roles(roles.source, inner.targets, roles.how)


# words that open ``على X`` as a duty: إن على السلطات, يجب على الحكومة
_OBLIGING = frozenset({"ان", "وان", "بان", "يجب", "ويجب", "ينبغي", "يتعين", "يتوجب"})


def owed(toks: list[Token], hit: TriggerHit, groups: list[Phrase]) -> Phrase | None:
    """``إن على السلطات "الإفراج فورا عن الموقوفين"``, ``يجب على الحكومة وقف …``: an act
    owed by the actor after ``على`` is not done; the speaker demands it of that actor.
    Returns the actor the demand is made of, or ``None``."""
    if hit.entry.form != "n" or hit.entry.type in UNREALIZED:
        return None
    for p in groups:
        if p.prep == "علي" and p.first >= 2 and p.last < hit.first <= p.last + 2 \
                and toks[p.first - 2].norm in _OBLIGING:
            return p
    return None
