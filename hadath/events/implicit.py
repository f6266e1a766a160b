"""Actors a sentence names only implicitly: partners, the place of a protest, the world.

- ``مشاوراته … بمشاركة وفد عماني``: those taking part with the source share the act;
- ``قطعت البحرين علاقاتها مع الدوحة، إلى جانب السعودية``: so do those named after the
  clause as acting alongside;
- ``خرج متظاهرون في رام الله``: protesters are people of the place they march in;
- ``داعيا المجتمع الدولي إلى``: a call on no actor in particular has no target, so the
  story's country is not filled in as one, nor in a rejection of ``أي تدخل`` (any act of
  a kind);
- ``أعلنت الرئاسة رفضها للاتفاقين``: a reaction to an agreement targets its parties;
- ``أرسلت مصر قافلة مساعدات … لمساعدة الشعب السوداني``: aid goes to another country than
  its giver's (the people it helps, the place it reaches, or the giver's last partner).
"""
from __future__ import annotations

from hadath.events.actors import ActorMention
from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Token
from hadath.text.particles import SINGULAR_RELATIVES
from hadath.text.segment import strip_proclitics

_WITH_WORDS = frozenset({"بمشاركه", "وبمشاركه", "يرافقه", "يرافقها",
                         "برفقه", "ويرافقه"})
PARTNER_BEFORE = 12    # how far before the act its partners may be named (a list of states)


def partners(toks: list[Token], mentions: list[ActorMention], hit: TriggerHit,
             sources: list) -> list[Actor]:
    """Those who take part with the source (``مشاوراته … بمشاركة وفد عماني``), each of a
    coordination (``بمشاركة طائرات من مصر والإمارات وفرنسا``: of the planes' states)."""
    keys = {s.key for s in sources if s is not None}
    out = []
    # after the act, or in an aside between its subject and it (نفذت القوات، بمشاركة …، إنزالات)
    for i in [*range(max(0, hit.first - PARTNER_BEFORE), hit.first), *range(hit.last + 1, len(toks))]:
        if toks[i].norm not in _WITH_WORDS:
            continue
        ordered = sorted(mentions, key=lambda m: m.first)
        k = next((n for n, m in enumerate(ordered) if 0 < m.first - i <= 3 and m.key
                  and m.prep in (None, "من")), None)
        if k is None:
            continue
        last = ordered[k].first - 1
        for m in ordered[k:]:
            if m is not ordered[k] and (not m.conj or m.first - last > 2):
                break
            last = m.last
            if m.key and m.key not in keys and m.kind != "adjective":
                out.append(m.actor)
                keys.add(m.key)
    return out


def alongside(toks: list[Token], mentions: list[ActorMention], hit: TriggerHit,
              sources: list) -> list[Actor]:
    """Those named after a clause's end as doing the same (``قطعت البحرين علاقاتها مع
    الدوحة، إلى جانب السعودية والإمارات ومصر``): co-sources of the act. Only after a
    comma: without one, ``إلى جانب`` may join the object (``عقوبات على إيران إلى جانب
    روسيا``)."""
    keys = {s.key for s in sources if s is not None}
    for i in range(hit.last + 1, len(toks) - 1):
        if toks[i].norm != "الي" or toks[i + 1].norm != "جانب" or i == 0 \
                or toks[i].start - toks[i - 1].end < 2:
            continue
        out: list[Actor] = []
        last = i + 1
        for m in sorted(mentions, key=lambda m: m.first):
            if m.first <= last:
                continue
            if m.first - last > 2 or not m.key or (out and not m.conj):
                break
            if m.key not in keys and m.kind != "adjective":
                out.append(m.actor)
                keys.add(m.key)
            last = m.last
        return out
    return []


# addressees that are no actor: a call on them has no target (داعيا المجتمع الدولي إلى)
_OPEN_ADDRESSEES = frozenset({"المجتمع", "المانحين", "المانحه", "العالم",
                              "الاسره", "المنظمات", "الشعوب", "الضمير", "الدول",
                              "الشركاء", "الحلفاء"})


def open_addressee(toks: list[Token], hit: TriggerHit) -> bool:
    """Is a demand addressed to no actor in particular (``دعا المجتمع الدولي``,
    ``داعية المانحين``), or a call for restraint that names no one (``دعت السعودية إلى
    ضبط النفس وتجنب التصعيد``: every side is meant, not the story's country)?"""
    if hit.entry.type != "REQUEST":
        return False
    if any(t.norm in _SIDES for t in toks[hit.first + 1:hit.last + 1 + RESTRAINT_REACH]):
        return False     # دعا جميع الأطراف إلى ضبط النفس: the sides of the fight (also
        # when the caller's name holds an open word: الأمين العام لجامعة الدول العربية)
    after = toks[hit.first + 1:max(hit.first + 3, hit.last)]   # دعت الحكومة المانحين إلى
    if any(t.norm.lstrip("و") in _OPEN_ADDRESSEES for t in after):
        return True
    content = [t.norm.strip('"«»').lstrip("و")
               for t in toks[hit.last + 1:hit.last + 1 + RESTRAINT_REACH]]
    return any(a in _RESTRAINT and (not _RESTRAINT[a] or b in _RESTRAINT[a])
               for a, b in zip(content, content[1:] + [""]))


# open addressees that need a word after them (دول المنطقة, دول العالم)
_OPEN_HEADS = {"دول": frozenset({"المنطقه", "العالم", "الجوار", "الاقليم"})}
ADDRESSEE_REACH = 2     # words between the verb (or its subject) and the addressee


def openly_addressed(toks: list[Token], hit: TriggerHit, after: int, target_first: int,
                     named: frozenset[int] = frozenset()) -> bool:
    """Is a demand made of an open addressee that stands before the actor it names
    (``طالب المجتمع الدولي بتزويد قوات البيشمركة``, ``داعيا دول المنطقة إلى``)? The
    actor is in what is demanded, not the one addressed: the demand has no target.
    ``after`` is the verb's first word, or the last of the subject after it; the words
    of ``named`` actors (the subject's name after its title) cost nothing."""
    if hit.entry.type != "REQUEST":
        return False
    budget = ADDRESSEE_REACH
    for i in range(after + 1, target_first):
        if i in named:
            continue
        if budget == 0:
            return False
        budget -= 1
        word = toks[i].norm.lstrip("و")
        nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
        if i + 1 == target_first:
            return False     # دول الاتحاد الأوروبي: the addressee is named after all
        if word in _OPEN_ADDRESSEES or nxt in _OPEN_HEADS.get(word, ()):
            return True
    return False


# calls for restraint (ضبط النفس, التهدئة, خفض التصعيد): their first word → the words that
# must follow it (none: the word alone says it)
_RESTRAINT = {"ضبط": ("النفس",), "التهدئه": (), "تهدئه": (), "خفض": ("التصعيد", "التوتر"),
              "تجنب": ("التصعيد",), "وقف": ("التصعيد",), "عدم": ("التصعيد",)}
RESTRAINT_REACH = 3
_SIDES = frozenset({"الاطراف", "الطرفين", "الجانبين", "الطرفان", "الجانبان"})


def open_call(toks: list[Token], hit: TriggerHit) -> bool:
    """A participle call with no object (``داعيا إلى "تدفق مستمر"``, ``مطالبا بوقف إطلاق
    النار``): a call to all, which the coder keeps with no target when a foreign actor
    makes it instead of aiming it at the story's country."""
    if hit.entry.type != "REQUEST" or "participle" not in hit.entry.flags \
            or hit.last + 1 >= len(toks):
        return False
    nxt = toks[hit.last + 1].norm
    return nxt == "الي" or (nxt.startswith("ب") and hit.entry.words[-1] != "ب")


# words that make an object any act of a kind (أي تدخل, كل أشكال)
_ANY = frozenset({"اي", "لاي", "باي"})
# hostile acts a stance rejects in advance (not أي مصالحة: a reconciliation under way)
_UNDONE = frozenset({"تدخل", "مساس", "اعتداء", "عدوان", "هجوم", "تصعيد", "تهديد", "محاوله",
                     "محاولات", "عمل", "اعمال", "انتهاك", "تهجير", "توطين", "تقسيم",
                     "تحقيق", "تدويل", "وصايه", "املاءات"})


def against_any(toks: list[Token], hit: TriggerHit) -> bool:
    """Is a rejection aimed at any act of a kind (``جددت الجزائر رفضها لأي تدخل عسكري``,
    ``رفض بلاده أي تدخل خارجي``)? A stance on what has not been done names no one; the
    story's actors are not filled in as its target."""
    if hit.entry.type != "REJECT":
        return False
    nxt = toks[hit.last + 1:hit.last + 7]     # رفض بلاده "أي تدخل", ترفض رفضا قاطعا أي تدخل
    return any(a.norm.lstrip("و") in _ANY and b.norm in _UNDONE for a, b in zip(nxt, nxt[1:]))


def protest_place(mentions: list[ActorMention], hit: TriggerHit) -> str | None:
    """The country of the place a protest is held in (``خرج متظاهرون في رام الله``)."""
    for m in mentions:
        if m.entity_type == "LOC" and m.prep == "في" and m.key and len(m.key) == 3 \
                and (0 < m.first - hit.last <= 3 or 0 < hit.first - m.last <= 4):
            return m.key
    return None


_AGREEMENTS = frozenset({"اتفاق", "اتفاقين", "اتفاقيه", "اتفاقيات", "معاهده", "معاهدات",
                         "اتفاقات", "التطبيع", "تطبيع", "اعلان"})


def about_agreement(toks: list[Token], hit: TriggerHit, subject_end: int = -1) -> bool:
    """Is the object of a reaction an agreement (``رفضها للاتفاقين``, ``رحب بالمعاهدة``,
    ``رحب بالبيان المشترك``: the statement two sides signed)?"""
    start = max(hit.last, subject_end)      # رحب الأمين العام لمجلس التعاون … بالبيان
    window = toks[start + 1:start + 4]
    for k, t in enumerate(window):
        for _, stem in strip_proclitics(t.norm):
            if stem in _AGREEMENTS or stem.removeprefix("ال") in _AGREEMENTS:
                return True
            if stem.removeprefix("ال") == "بيان" and k + 1 < len(window) \
                    and window[k + 1].norm.removeprefix("ال") == "مشترك":
                return True
    return False


_DECISIONS = frozenset({"قرار", "قراره", "القرار", "قرارات", "القرارات", "الخطوه", "النص",
                        "التصويت", "المرسوم", "مرسوم", "الاعلان"})
# "what he called …" between a reaction and the decision it names
_WHAT = frozenset({"بما", "ما", "لما"})
_CALLED = frozenset({"وصفه", "وصفته", "وصفها", "اعتبره", "اعتبرته", "سماه", "سمته", "اسماه",
                     "اسمته"})
# deciding, and a body's adopting or extending a resolution (مدد مجلس الأمن ولاية البعثة)
_DECIDE_VERBS = frozenset({"قرر", "قررت", "اصدر", "اصدرت", "مدد", "تبني", "اعتمد", "اقر",
                           "اقرت"})
# a resolution, the subject of the act verb right after it (قرارا يدين روسيا)
_RESOLUTIONS = frozenset({"قرارا", "قرار", "القرار"})


def about_decision(toks: list[Token], hit: TriggerHit, subject_end: int = -1) -> bool:
    """Is the object of a reaction a decision (``رحبت بالقرار``, ``انتقدت القرار``), right
    after the trigger or after a subject that follows it (``دان المتحدث … كنعاني القرار``)?"""
    spans = [(hit.first + 1, hit.last + 3)]
    if subject_end > hit.last:
        spans.append((subject_end + 1, subject_end + 3))
        if subject_end + 3 < len(toks) and toks[subject_end + 2].norm == "في":
            spans.append((subject_end + 3, subject_end + 4))   # رفضت الجزائر المشاركة في التصويت
    for a, b in list(spans):
        if a + 1 < len(toks) and toks[a].norm in _WHAT and toks[a + 1].norm in _CALLED:
            spans.append((a + 2, a + 5))     # أشاد بما وصفه بـ"القرار الشجاع"
    for a, b in spans:
        for t in toks[a:b]:
            for _, stem in strip_proclitics(t.norm):
                if stem in _DECISIONS:
                    return True
    return hit.entry.form == "v" and _object_after_subject(toks, hit.last)


def _object_after_subject(toks: list[Token], last: int) -> bool:
    """``انتقد الممثل الدائم للجزائر لدى الأمم المتحدة عمار بن جامع النص``: a definite
    decision word as the object, after a long subject, before the clause's first comma."""
    for k in range(last + 1, min(len(toks), last + 13)):
        if toks[k].norm in ("النص", "القرار"):
            return True
        if k + 1 < len(toks) and toks[k + 1].start - toks[k].end >= 2:
            return False      # punctuation: the clause ends
    return False


def resolution_roles(toks: list[Token], hit: TriggerHit, groups: list, roles):
    """``أقرت الجمعية العامة قرارا يدين روسيا``, ``أصدر مجلس الأمن قرارا يطالب إسرائيل``:
    the verb after a resolution is the act of the body that passed it, aimed at the actor
    after the verb; ``None`` when the sentence passes no resolution."""
    if hit.entry.form != "i" or hit.first == 0 or toks[hit.first - 1].norm not in _RESOLUTIONS:
        return None
    maker = next((p for i, t in enumerate(toks[:hit.first]) if t.norm.lstrip("وف") in _DECIDE_VERBS
                  for p in groups if i < p.first < hit.first and p.first - i <= 3
                  and p.prep is None and p.members[0].key), None)
    if maker is None:
        return None
    target = next((p for p in groups if 0 < p.first - hit.last <= 2 and p.prep is None
                   and p.members[0].key != maker.members[0].key), None)
    return type(roles)(maker, target, "resolution")


# verbs of a talk given to an audience (إحاطة قدمها إلى مجلس الأمن, كلمة ألقاها أمام)
_GIVEN = frozenset({"قدمها", "قدمه", "القاها", "القاه", "وجهها", "وجهه"})


def past_audience(toks: list[Token], hit: TriggerHit, groups: list, roles):
    """``دعا، في إحاطة قدمها إلى مجلس الأمن الأربعاء، القادة الليبيين إلى``: the body a
    talk was given to, in an aside, is its audience; the call is aimed at the actor after
    the aside. ``None`` when the target is not such an audience."""
    t = roles.targets
    if t is None or hit.entry.type not in ("REQUEST", "ACCUSE", "THREATEN") \
            or not any(toks[k].norm in _GIVEN for k in range(max(0, t.first - 3), t.first)):
        return None
    nxt = next((p for p in groups if p.first > t.last and p.prep is None
                and p.first - t.last <= 6 and p is not roles.source), None)
    return type(roles)(roles.source, nxt, roles.how) if nxt is not None else None


# "issued by": the decision's maker follows (القرار الصادر عن مجلس الأمن)
_ISSUED = frozenset({"الصادر", "الصادره", "صادر", "صادره"})
ISSUER_REACH = 6
# a decision in construct with its maker (قرار الإدارة الأميركية, بقرار واشنطن)
_DECISION_NOUNS = frozenset({"قرار", "قرارات"})
# "which he issued", "which she took" after a decision, a decree or a step: its maker follows
_TAKEN = frozenset({"اصدره", "اصدرها", "اصدرته", "اصدرتها", "اتخذه", "اتخذها", "اتخذته",
                    "اتخذتها"})


def decider(toks: list[Token], groups: list) -> object | None:
    """The maker of a decision this sentence reports (``قرر مجلس الجامعة …``, ``القرار
    الصادر عن مجلس الجامعة``): the first actor after a decide verb that opens a clause,
    or after ``الصادر عن``, as an actor or None."""
    for i, t in enumerate(toks):
        if t.norm in _ISSUED and i + 1 < len(toks) and toks[i + 1].norm == "عن":
            # القرار الصادر عن الاجتماع الطارئ لمجلس جامعة الدول العربية: its issuer
            for p in groups:
                if p.first > i + 1 and p.first - i <= ISSUER_REACH and p.members[0].key:
                    return p.members[0].actor
            continue
        if t.norm in _TAKEN and i > 0 and toks[i - 1].norm in SINGULAR_RELATIVES:
            # الإعلان الدستوري الذي أصدره الرئيس, الخطوات التي اتخذها الأمير: its maker
            for p in groups:
                if p.first > i and p.first - i <= 3 and p.prep is None and p.members[0].key:
                    return p.members[0].actor
            continue
        if t.norm.lstrip("وبل") in _DECISION_NOUNS:
            # قرار الإدارة الأميركية وقف تمويلها: the genitive of the decision made it
            maker = next((p for p in groups if p.first == i + 1 and p.prep is None
                          and p.kind != "adjective" and p.members[0].key), None)
            if maker is not None:
                return maker.members[0].actor
            continue
        if t.norm.lstrip("وف") not in _DECIDE_VERBS:
            continue
        for p in groups:
            if p.first > i and p.first - i <= 3 and p.prep is None and p.members[0].key:
                return p.members[0].actor
        return None
    return None



# "which stipulates": the masdar after it is what the decision does
_STIPULATING = frozenset({"القاضي", "والقاضي", "القاضيه", "والقاضيه", "يقضي", "تقضي"})


def decided(toks: list[Token], hit: TriggerHit) -> bool:
    """``القرار … والقاضي باستئناف مشاركة وفود سوريا``: an act a decision stipulates is
    its maker's (the decider of the sentence), done by deciding it."""
    return hit.entry.form == "n" and hit.first > 0 \
        and toks[hit.first - 1].norm in _STIPULATING and toks[hit.first].norm.startswith("ب")


def aid_receiver(mentions: list[ActorMention], hit: TriggerHit, source: Actor,
                 meeting: list[Actor]) -> list[Actor]:
    """Whom a giver's aid goes to when the sentence names only the giver's own side
    (``أعلن شكري أن مصر أرسلت قافلة مساعدات …، مضيفا أن القاهرة لن تدخر جهدا لمساعدة
    الشعب السوداني``): the first other country named after the aid, else the party the
    giver last met. A state does not aid itself."""
    for m in mentions:
        if m.first > hit.last and m.key and m.key != source.key and m.actor.country:
            return [Actor(country=m.actor.country)]
    return [a for a in meeting if a.key != source.key and a.country][:1]


# how far after a cancelled visit its visitor or host may be named
CALLED_OFF_REACH = 12


def called_off(hit: TriggerHit, groups: list, roles):
    """``أعلنت الحكومة إلغاء الزيارة التي كان مقررا أن يجريها وزير الدفاع التركي إلى
    بغداد``: a visit called off is aimed at the other party of the visit, the first
    actor named after it that is not the one calling it off (the visitor, or the host
    after ``إلى`` when the visitor calls off his own trip). ``None`` for other acts."""
    if hit.entry.type != "SANCTION" or not hit.entry.words[-1].startswith("زيار") \
            or roles.targets is not None or roles.source is None:
        return None
    own = roles.source.members[0].key
    target = next((p for p in groups if 0 < p.first - hit.last <= CALLED_OFF_REACH
                   and p.members[0].key and p.members[0].key != own
                   and p.kind != "adjective"), None)
    return type(roles)(roles.source, target, roles.how) if target is not None else None

