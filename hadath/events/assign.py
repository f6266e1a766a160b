"""Source and target of a trigger, from word order and prepositions.

Arabic news writes acts verb-first (VSO: ``حث ترامب موسكو على``) or subject-first (SVO:
``روسيا وقعت``); a masdar takes its agent as an adjective or genitive (``قصف إسرائيلي``,
``زيارة أردوغان``) or as the subject of a light verb before it (``شنت إسرائيل غارات``);
passives put the victim after the verb and the agent after ``جراء``/``برصاص``/``من قبل``.
Coordinated actors (``مع تركيا وإيران والنظام السوري``) form one phrase, so an act gets
several sources or targets. Targets are the first phrase after the trigger that is an
object or governed by a preposition such as ``على``, ``مع``, ``إلى``, ``ضد``
(:mod:`hadath.events.targets`); the phrase and role types are in :mod:`hadath.events.phrases`.
"""
from __future__ import annotations

from hadath.events.cues import (AFFIRMING, BOUNDARIES, destination, new_subject,
                                object_then_charge, plural_subject, subject_then_object,
                                visitor_after)
from hadath.events.morphology import construct_state, feminine_place, first_person, masculine_verb
from hadath.events.phrases import Context, Phrase, Roles
from hadath.events.subjects import DOCUMENTS, answered, gap_subject, own_subject, what_one_answered
from hadath.events.targets import LOCATIVE, genitive, protest_aim, target_after
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# Closed-class function words (particles, relative pronouns, light verbs) live here like
# the proclitics of hadath.text.segment; open-class vocabulary lives in hadath/data.
VSO_REACH = 4          # words allowed between a verb and its subject
TITLED_REACH = 8       # … when the subject is a person named after a long title
SVO_REACH = 14         # words allowed between a subject and a later verb or masdar
COORDINATED_REACH = 16  # words allowed between two verbs joined by و that share a subject
PASSIVE_MARKERS = frozenset({"جراء", "برصاص", "بنيران", "اثر", "يد", "بقصف", "بغاره",
                             "بغارات", "بهجوم", "بضربه"})
# أنّ with the pronoun of the sentence's speaker (أعلن بايدن أنه أجرى)
RESUMPTIVE = frozenset({"انه", "انها", "بانه", "بانها", "وانه", "وانها",
                        "لكنه", "لكنها", "ولكنه", "ولكنها"})      # … لكنها دعت: the same one
# إنّ / أنّ: the noun after them is the subject of the reported clause (قال إن الجزائر تطالب)
_THAT = frozenset({"ان", "بان", "وان", "لان"})
# words that open a contrasting clause with a subject of its own
# (كما mid-sentence adds a clause with its own subject: … ، كما عبرت دول الترويكا)
CONTRAST_WORDS = frozenset({"فيما", "بينما", "حين", "لكن", "ولكن", "لكنه", "لكنها", "كما",
                            "وكما"})
# masdars whose genitive is the patient, not the agent (اعتقال الغنوشي, مقتل صحفي)
PATIENT_GENITIVE = frozenset({"ASSAULT", "COERCE"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# إيّا with a pronoun: the object of a participle, standing for an actor named before
_IYYA = frozenset({"اياه", "اياها", "اياهم", "اياهما"})
# verbal acts whose unnamed subject carries on from the sentence before (وطالب أنقرة)
_VERBAL = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"})
# a go-between's part in another's act (دور الوسيط في الإفراج, بوساطة)
_MEDIATION = frozenset({"الوسيط", "وسيط", "وساطه", "وساطتها", "وساطته", "الوساطه"})
# how far after a mediation the two sides it went between may be named
MEDIATED_REACH = 16
# how far after aid its donor may come when a receiver after إلى follows it
DONOR_REACH = 12
# how far after a passive attack its doer may stand as a bare adjective (قتل … برصاص إسرائيلي)
PASSIVE_ADJECTIVE_REACH = 8
# verbs that renew or address a call: the actor inside ``دعوة … إلى`` is its addressee
# (تجدد دعوة الجانب الإيراني إلى بدء مفاوضات)
_RENEWING = frozenset({"تجدد", "يجدد", "جدد", "جددت", "وجه", "وجهت", "يوجه", "توجه",
                       "تكرر", "يكرر", "كرر", "كررت"})
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
                         "تقودها"})


def assign(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
           speaker: Phrase | None, ctx: Context) -> Roles:
    entry = hit.entry
    t0, t1 = hit.first, hit.last
    inside = set(hit.matched)
    # an actor that is the trigger word itself (المتظاهرون for PROTEST) is its source
    own = [p for p in groups if any(m.first <= i <= m.last for m in p.members for i in inside)]
    others = [p for p in groups if p not in own]
    if entry.type == "PROTEST":
        source = own[0] if own else _protesters(others)
        aim = protest_aim(tokens, others, t1, source)     # خرجوا … للتنديد بـ…
        return Roles(source, aim or target_after(tokens, others, entry.type, t0, source), "self")
    if entry.form == "p" or _passive_reading(tokens, hit):
        return _passive(tokens, others, entry.type, t1, t0)
    source, how = None, ""
    after = [p for p in others if p.first > t0]
    before = [p for p in others if p.last < t0]
    inherited = _coordinated(tokens, hit, ctx)
    if "participle" in entry.flags:
        # داعيا السلطات إلى …: the subject is the sentence's, the object follows
        # the subject of the sentence's verb act, not an actor of a clause in between
        main = ctx.prev_verb[1].source if ctx.prev_verb else None
        if main is None and ctx.prev_roles is not None and ctx.prev_hit is not None \
                and ctx.prev_hit.last < t0:
            # قرر المجلس … تعليق مشاركة السودان، ملوحا ب…: the main verb is no act, the
            # act it decided is, and its doer is the sentence's subject
            main = ctx.prev_roles.source
        named = speaker if speaker is not None and speaker.members[0].key else None
        source = named or inherited or main or _backward(tokens, before, t0, frozenset())
        how = "participle"
        candidates = [p for p in others if p is not source]
        answering = entry.type == "THREATEN" and source is not None and any(
            p.first > t1 and _own_side(p, source) for p in candidates)
        if answering:
            # محذرا من أن إيران "سترد": the speaker's own country answers; the threat is
            # aimed at the other party the sentence named before (قرار الدول الثلاث)
            candidates = [p for p in candidates if not _own_side(p, source)]
        target = target_after(tokens, candidates, entry.type, t0, source)
        if target is None and answering:
            # … or at no one: the own side stays, and the coder drops a threat at oneself
            target = next((p for p in reversed(candidates) if p.last < t0 and p.prep is None
                           and p.kind != "adjective"), None) or target_after(
                tokens, [p for p in others if p is not source], entry.type, t0, source)
        if target is None and entry.type == "ACCUSE" and ctx.prev_verb is not None:
            # دعا … السلطات الجزائرية إلى …، منتقدا ما وصفه ب…: the blame goes to the one
            # the main verb addressed when the participle names no one of its own
            target = ctx.prev_verb[1].targets
        if target is None and entry.type == "THREATEN" and ctx.prev_roles is not None \
                and ctx.prev_hit is not None and ctx.prev_hit.last < t0:
            # علق المجلس مشاركة السودان، ملوحا بفرض إجراءات عقابية: at the one just punished
            target = ctx.prev_roles.targets
        if entry.type == "THREATEN" and target is not None and source is not None \
                and _own_side(target, source) and ctx.prev_verb is not None \
                and ctx.prev_verb[1].targets is not None:
            # حذر … الإدارة الكردية …، ملوحا بإغلاق المعبر … عبر الأراضي التركية: the
            # threat goes on at the one warned; the own land is where it would be carried out
            target = ctx.prev_verb[1].targets
        if t1 + 1 < len(tokens) and tokens[t1 + 1].norm in _IYYA:
            # هاجم … الحكومة، متهما إياها ب…: the pronoun is the object of the verb before
            target = ctx.prev_verb[1].targets if ctx.prev_verb else None
        return Roles(source, target, how)
    if entry.form == "v" and t0 > 0 and tokens[t0 - 1].norm in RESUMPTIVE \
            and (speaker is not None or _adjacent_before(tokens, before, t0 - 1)):
        # أعلن بايدن أنه أجرى اتصالا, أعلنت روسيا أنها طلبت: the one who said it did it;
        # an actor closing the clause before a comma is not the one (تحترم سيادة العراق"، لكنه)
        near = _adjacent_before(tokens, before, t0 - 1)
        if near is not None and speaker is not None and _punctuated(tokens, near.last):
            near = None
        source, how = near or speaker, "speaker"
    elif first_person(tokens, hit) and speaker is not None:
        source, how = speaker, "speaker"      # ندعو, توافقنا: the speaker acts
    elif entry.form == "v" and plural_subject(tokens, hit) \
            and _adjacent_before(tokens, before, t0) is None:
        # وحثوا واشنطن على, واحتجزوا الرهائن: the subject is in the verb, the actor after
        # it is the object; the doer is the sentence's last actor or its speaker
        prev = ctx.prev_verb[1].source if ctx.prev_verb else None
        source = prev or speaker or (ctx.last_speaker if tokens[t0].norm.startswith("و") else None)
        target = target_after(tokens, [p for p in others if p is not source], entry.type,
                               t0, source, reach_from=t1)
        return Roles(source, target, "plural")
    elif entry.form in ("v", "i"):
        source, how = _adjacent_before(tokens, before, t0, _root_waw(tokens, hit)), "svo"
        if source is not None and gap_subject(hit, after):
            source = None     # الخيام، ودفع الجيش الإسرائيلي بفرقة: the subject after the verb
        if source is not None and inherited is not None and ctx.prev_verb is not None \
                and ctx.prev_verb[1].targets is source and tokens[t0].norm.startswith("و"):
            source, how = inherited, "coordinated"   # اقتحمت … مدينة نابلس واعتقلت: same doer
        if source is not None and source.kind == "nominal" and entry.form == "v" \
                and not tokens[source.first].norm.lstrip("و").startswith("ال"):
            doer = _vso(tokens, after, hit)
            if doer is not None and doer.first - t1 <= 2 and not (
                    masculine_verb(tokens, hit) and feminine_place(tokens, doer)):
                # خمسة مواطنين أمريكيين أفرجت عنهم السلطات الإيرانية: an indefinite noun
                # before a verb is described by it; the verb's subject follows
                return Roles(doer, source, "vso")
        if source is None and inherited is not None and not gap_subject(hit, after):
            joined_subject = subject_then_object(tokens, hit, after)
            if joined_subject is not None:
                source, how = joined_subject, "vso"
            elif not new_subject(tokens, hit, ctx.prev_verb):
                source, how = inherited, "coordinated"
        if source is None:
            source, how = _vso(tokens, after, hit), "vso"
            subject = speaker or (ctx.last_speaker if tokens[t0].norm.startswith("و") else None)
            if object_then_charge(tokens, hit, source, subject):
                return Roles(subject, source, "object")
            if source is not None and entry.type in _VERBAL and masculine_verb(tokens, hit) \
                    and source.first == t1 + 1 and feminine_place(tokens, source):
                # وطالب أنقرة: a city is no masculine verb's subject; كما شكر سلطنة عمان: nor
                # a state, when the sentence's verb before has a subject that goes on
                if subject is None and t0 > 0 and tokens[t0 - 1].norm in ("كما", "وكما") \
                        and ctx.prev_verb is not None:
                    subject = ctx.prev_verb[1].source
                source, how = subject, "object"
    elif entry.form == "n" and (answer := what_one_answered(tokens, hit, after)) is not None:
        return Roles(answer, answered(answer, before), "vso")   # وهو ما رفضه البيت الأبيض
    elif entry.form == "n" and t0 > 0 and tokens[t0 - 1].norm.lstrip("و") in AFFIRMING \
            and entry.type in ("SUPPORT", "REJECT", "ACCUSE") \
            and (ctx.prev_verb is not None or speaker is not None):
        # وطالب المجلس …، مجددا دعمه لإقامة الدولة: the pronoun is the sentence's subject
        source = ctx.prev_verb[1].source if ctx.prev_verb is not None else speaker
        source, how = source or speaker, "participle"
    else:
        inside_gap = [p for p in after if p.last < t1 and p.prep is None and p.kind != "adjective"]
        armed = next((p for p in own if p.first > t0 and p.kind == "nominal"), None)
        if armed is not None and entry.type == "ASSAULT":
            source, how = armed, "vso"              # قصفت المدفعية الإسرائيلية: read as قصف مدفعي
        elif inside_gap and ("patient" in entry.flags or (
                entry.type == "REQUEST" and t0 > 0 and tokens[t0 - 1].norm in _RENEWING)):
            source, how = None, "patient"           # إدراج جماعة الحوثي على قائمة: the listed
        elif inside_gap:
            source, how = inside_gap[0], "vso"      # إطلاق قوات الاحتلال النار
        else:
            source, how = _noun_agent(tokens, after, t1, entry.type,
                                      len(hit.matched) == 1, "agent" in entry.flags,
                                      ctx.trigger_words), "genitive"
        if source is None and inherited is not None:
            source, how = inherited, "coordinated"
    if source is None and entry.type == "AID" and entry.form == "n":
        source, how = _donor(after, t1), "donor"     # فرق إغاثة من مصر والجزائر
        if source is None:
            source = _coordinator(tokens, after)     # وذلك بالتنسيق مع الهلال الأحمر المصري
    if source is None and "own" in entry.flags:
        # واستدعاء سفيرها لدى كندا: the pronoun is the recaller, the sentence's subject,
        # not the nearest actor before (the other side's envoy named in the act before it)
        source = next((p for p in before if p.prep is None and p.kind != "adjective"), None)
        how = "subject"
    if source is None:
        source, how = _backward(tokens, before, t0, ctx.trigger_words), "backward"
    if source is None and _after_relative(tokens, t0):
        source, how = _before_relative(before, t0, tokens), "relative"
    elif source is None and speaker is not None and "speech" in entry.flags:
        source, how = speaker, "speaker"
    # the object comes after the subject, even one named after a long title (رفض المتحدث
    # باسم وزارة الخارجية … ناصر كنعاني الانتقادات التي وجهتها الوكالة)
    reach = TITLED_REACH if how == "vso" and source is not None \
        and source.members[0].entity_type == "PER" \
        and not any(_punctuated(tokens, i) for i in range(t1, source.first)) else VSO_REACH
    start = source.last if source is not None and t0 < source.first <= t1 + reach else t0
    stops = frozenset(i for i in ctx.trigger_words if i > t1)
    target = target_after(tokens, [p for p in others if p is not source], entry.type,
                           start, source, stops, reach_from=max(start, t1))
    if target is not None and source is not None and target.first == t1 + 1 \
            and target.prep is None and target.members[0].key == source.members[0].key \
            and (entry.form == "n" or len(entry.words) > 1):
        # أعرب الأمين العام عن تضامن الجامعة مع مصر: the masdar's agent, not its object
        target = target_after(tokens, [p for p in others if p is not source and p is not target],
                              entry.type, start, source, stops, reach_from=max(start, t1))
    if entry.form == "n":
        gen = genitive(after, t1)
        if gen is not None and gen is not source and (target is None or gen.first < target.first) \
                and not (source is not None and gen.members[0].key == source.members[0].key):
            target = gen    # (أعرب الأمين العام عن تضامن الجامعة مع مصر: the agent again)
    if target is None and "patient" in entry.flags and entry.form == "n":
        target = next((p for p in after if p.last < t1 and p.prep is None
                       and p.kind != "adjective"), None)
    if target is None and how == "coordinated" and ctx.prev_roles is not None:
        target = ctx.prev_roles.targets
    if entry.type in SYMMETRIC and how == "genitive" and source is not None \
            and source.kind == "adjective" and target is None:
        nxt = [p for p in after if p.first == source.last + 1 and p.kind == "adjective"]
        target = nxt[0] if nxt else None         # محادثات روسية أمريكية
    if entry.type in SYMMETRIC and source is not None and len(source.members) > 1 \
            and how != "speaker" and (target is None or target.prep != "مع"):
        source, target = Phrase(source.members[:1]), Phrase(source.members[1:])
    if source is None and visitor_after(hit, target):
        # أول زيارة رسمية لوزير خارجية إسرائيلي إلى المملكة: the visitor, then where to
        source, target, how = target, destination(others, target), "genitive"
    if "swap" in entry.flags and source is not None and target is not None:
        source, target = Phrase(target.members), Phrase(source.members)   # both guests
    if "mutual" in entry.flags:
        # تبادل الأسرى بين روسيا وأوكرانيا, تبادلت روسيا وأوكرانيا الأسرى: each side
        # releases to the other
        pair = source if source is not None and len(source.members) > 1 and target is None \
            else target if source is None and target is not None and target.prep == "بين" \
            and len(target.members) > 1 else None
        if pair is None:
            # صفقة تبادل بين طهران وبروكسل after a named detainee, توسطت فيها قطر بين …:
            # the sides after بين, whoever the sentence's subject is
            pair = next((p for p in after if p.prep == "بين" and len(p.members) > 1
                         and p.first - t1 <= MEDIATED_REACH), None)
        if pair is not None and all(m.kind == "entity" for m in pair.members):
            return Roles(pair, pair, "between")     # (not a guessed الطرفين)
        if source is not None and source.first > t1 and any(
                tokens[i].norm.lstrip("و").startswith(("توسط", "وساط", "بوساط"))
                for i in range(t1 + 1, source.first)):
            return Roles(None, None, how)   # صفقة تبادل توسطت فيها قطر: the go-between
    if entry.cameo == "045" and source is not None and target is None:
        # جهود وساطة قادتها الإمارات في إتمام عملية تبادل بين روسيا وأوكرانيا: the
        # go-between meets both sides named after بين
        pair = next((p for p in after if p.prep == "بين" and len(p.members) > 1
                     and p.first - t1 <= MEDIATED_REACH), None)
        if pair is not None:
            return Roles(source, pair, "mediation")
    if entry.type == "AGREE" and source is not None and target is not None \
            and target.prep == "بين" and len(target.members) > 1:
        if not {m.key for m in source.members} & {m.key for m in target.members}:
            source = None     # أعلنت الدوحة التوصل إلى تفاهم بين حماس وإسرائيل: theirs
        elif all(m.kind == "pair" for m in target.members):
            # أعلنت الدوحة التوصل إلى تفاهم بين الطرفين: one announcing an accord
            # "between the two sides" is none of them, so the guessed two are wrong
            return Roles(None, None, "between")
    if source is None and target is not None and target.prep == "بين" and len(target.members) > 1:
        source, target = Phrase(target.members[:1]), Phrase(target.members[1:])
        how = "between"
    return Roles(source, target, how)


def _own_side(p: Phrase, source: Phrase) -> bool:
    """Do all of ``p``'s actors share the key of the source's first actor?"""
    key = source.members[0].key
    return key is not None and all(m.key == key for m in p.members)


def _coordinated(tokens: list[Token], hit: TriggerHit, ctx: Context) -> Phrase | None:
    """A verb or masdar joined by و to an earlier act of the sentence shares its subject."""
    prev, roles = ctx.prev_hit, ctx.prev_roles
    if hit.entry.form in ("v", "i") and ctx.prev_verb is not None:
        prev, roles = ctx.prev_verb       # أدانت … الهجوم التركي، ودعت: دعت goes with أدانت
    if prev is None or roles is None or roles.source is None:
        return None
    if not _joined(tokens, hit) or hit.first - prev.last > COORDINATED_REACH:
        return None
    if hit.first > 0 and tokens[hit.first - 1].norm in ("كما", "بينما"):
        return None
    if any(tokens[i].norm in CONTRAST_WORDS for i in range(prev.last + 1, hit.first)):
        return None      # رحبت الإمارات …، في حين اعتبرت حماس …، وطالبت: حماس demands
    if hit.entry.form in ("v", "i") and prev.entry.form not in ("v", "i"):
        return None
    return roles.source


def _joined(tokens: list[Token], hit: TriggerHit) -> bool:
    """Is the trigger joined by و to what precedes (وطالبت; not وصل, whose و is its own)?"""
    word = tokens[hit.first].norm
    if hit.entry.words[0].startswith("و"):
        return word.startswith("وو")
    return word.startswith("و")


def _donor(after: list[Phrase], t1: int) -> Phrase | None:
    """Aid arrives ``من`` its donor: ``وصلت فرق إغاثة من تركيا والإمارات``, or goes from
    it to its receiver (``شاحنات المساعدات، صباح اليوم، معبر رفح من الجانب المصري إلى
    قطاع غزة``)."""
    for n, p in enumerate(after):
        if p.first - t1 > DONOR_REACH:
            return None
        if p.prep == "من" and p.members[0].key and (p.first - t1 <= 3 or any(
                q.prep == "الي" and 0 < q.first - p.last <= 4 for q in after[n + 1:n + 2])):
            return p
    return None


# "in coordination with": the partners who deliver an aid convoy with no donor named
_COORDINATING = frozenset({"بالتنسيق", "وبالتنسيق", "بالتعاون", "وبالتعاون"})


def _coordinator(tokens: list[Token], after: list[Phrase]) -> Phrase | None:
    """``عبرت قافلة … محملة بالمساعدات …، وذلك بالتنسيق مع الهلال الأحمر المصري``: aid
    whose donor is not named is delivered by those it was coordinated with."""
    for p in after:
        if p.prep == "مع" and p.members[0].key and p.first >= 2 \
                and tokens[p.first - 2].norm in _COORDINATING:
            return p
    return None


def _protesters(groups: list[Phrase]) -> Phrase | None:
    """The people who protest: a civilian or opposition actor, also after من
    (``خرج عشرات الآلاف من الماليين``: a count of that people)."""
    for p in groups:
        if p.members[0].actor.sector in ("CVL", "OPP") and (p.prep is None or (
                p.prep == "من" and p.members[0].actor.sector == "CVL" and p.kind == "nominal")):
            return p
    return None


def _after_relative(tokens: list[Token], t0: int) -> bool:
    return t0 > 0 and tokens[t0 - 1].norm in ("الذي", "التي", "الذين")


def _before_relative(before: list[Phrase], t0: int,
                     tokens: list[Token] = ()) -> Phrase | None:
    """The subject of a relative clause is the phrase it hangs on (الدول التي علقت …), or
    the subject of the main clause (انضمت ألمانيا … إلى قائمة الدول التي علقت …). A place
    that names a document (``إعلان الكويت الذي أدان``) is no actor: the body that issued
    the document is, the organization named before it in the sentence."""
    for k, p in enumerate(reversed(before)):
        if t0 - p.last > 8:
            return None
        if tokens and p.first > 0 and p.members[0].entity_type == "LOC" \
                and tokens[p.first - 1].norm.strip('"«»').lstrip("وب") in DOCUMENTS:
            return next((q for q in reversed(before[:len(before) - k - 1])
                         if q.members[0].entity_type == "ORG" and q.members[0].key), None)
        if p.prep is None and p.kind != "adjective":
            return p
    return None


def _root_waw(tokens: list[Token], hit: TriggerHit) -> bool:
    """Is the و the verb starts with its own first letter (وقع, وصل), not ``and``?"""
    return hit.entry.words[0].startswith("و") and not tokens[hit.first].norm.startswith("وو")


def _adjacent_before(tokens: list[Token], before: list[Phrase], t0: int,
                     root_waw: bool = False) -> Phrase | None:
    if not before or before[-1].prep is not None:
        return None
    joined = tokens[t0].norm.startswith("و") and not root_waw
    if joined and before[-1].kind == "adjective":
        return None     # أدانت … الهجوم التركي، ودعت: the adjective ends the last clause
    between = [tokens[i].norm for i in range(before[-1].last + 1, t0)]
    if not between and _punctuated(tokens, before[-1].last) and not joined:
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


def _punctuated(tokens: list[Token], i: int) -> bool:
    """Does punctuation follow token ``i``? Tokens hold none: it shows as a wider gap."""
    return i + 1 < len(tokens) and tokens[i + 1].start - tokens[i].end >= 2


# nouns that speak for an actor without naming it (البيان, الوزارة, القمة): as a verb's
# subject, they leave the actor after them to be its object
SPEAKING_NOUNS = frozenset({"البيان", "الوزاره", "الرساله", "القمه", "الاجتماع", "المؤتمر",
                            "القرار", "التقرير", "المذكره", "الاعلان", "الوثيقه", "الشكوي"})


def _vso(tokens: list[Token], after: list[Phrase], hit: TriggerHit) -> Phrase | None:
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
                and nxt.first - p.last <= 2:
            continue      # طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش: the title's body
        # a person may follow a long title (وزير الخارجية والتعاون الدولي الإماراتي الشيخ)
        reach = TITLED_REACH if p.members[0].entity_type == "PER" else VSO_REACH
        if len(between) > reach or any("," in tokens[i].text or "،" in tokens[i].text
                                       for i in between):
            return None
        if p.prep is None and p.kind != "adjective":
            return p
        if p.prep is not None:
            return None
    return None


def _noun_agent(tokens: list[Token], after: list[Phrase], t1: int, ptype: str,
                single: bool = True, agent: bool = False,
                trigger_words: frozenset[int] = frozenset()) -> Phrase | None:
    if agent and after and after[0].first == t1 + 1 and after[0].kind != "adjective":
        return after[0]        # برصاص قوات الاحتلال: the genitive of a weapon fired it
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
        if p.first == t1 + 1 and p.prep is None and ptype not in PATIENT_GENITIVE \
                and single and (m.entity_type != "LOC" or m.place_kind == "country"):
            return p       # زيارة أردوغان; not وقف تمويل الأونروا (the object of تمويل)
    return None


def _backward(tokens: list[Token], before: list[Phrase], t0: int,
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
        if p.prep is None and p.kind != "adjective":
            return p
    return None


def _passive_reading(tokens: list[Token], hit: TriggerHit) -> bool:
    """قتل/أصيب read as passive when an agent marker (جراء, برصاص …) follows soon."""
    if hit.entry.type != "ASSAULT" or hit.entry.form != "v":
        return False
    window = tokens[hit.last + 1:hit.last + 16]
    return any(t.norm.lstrip("و") in PASSIVE_MARKERS for t in window)


def _passive(tokens: list[Token], groups: list[Phrase], ptype: str, t1: int,
             t0: int) -> Roles:
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
    victim = _adjacent_before(tokens, [p for p in groups if p.last < t0], t0)
    if tokens[t0].norm.startswith("و"):
        victim = None         # وأصيب …: a new clause, the name before it is no victim
    if victim is not None and victim is not source:      # سليماني قد استشهد مع …
        members = victim.members + (target.members if target is not None else ())
        target = Phrase(members)
    return Roles(source, target, "passive")
