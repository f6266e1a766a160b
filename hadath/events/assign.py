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

from hadath.events.cues import (AFFIRMING, destination, new_subject, object_then_charge,
                                plural_subject, subject_then_object, visitor_after)
from hadath.events.doers import (TITLED_REACH, VSO_REACH, adjacent_before, backward,
                                 has_root_waw, noun_agent, passive, passive_reading, vso)
from hadath.events.morphology import feminine_place, first_person, masculine_verb, possessed
from hadath.events.phrases import Context, Phrase, Roles
from hadath.events.subjects import (after_relative, answered, before_relative,
                                    contrast_subject, driven_doer, gap_subject,
                                    relative_subject, what_one_answered)
from hadath.events.targets import (genitive, object_pronoun, own_object, protest_aim,
                                   target_after)
from hadath.events.triggers import TriggerHit
from hadath.model import Token
from hadath.text.segment import punctuated

# Closed-class function words (particles, relative pronouns, light verbs) live here like
# the proclitics of hadath.text.segment; open-class vocabulary lives in hadath/data.
COORDINATED_REACH = 16  # words allowed between two verbs joined by و that share a subject
# أنّ with the pronoun of the sentence's speaker (أعلن بايدن أنه أجرى)
RESUMPTIVE = frozenset({"انه", "انها", "بانه", "بانها", "وانه", "وانها",
                        "لكنه", "لكنها", "ولكنه", "ولكنها"})      # … لكنها دعت: the same one
# words that open a contrasting clause with a subject of its own
# (كما mid-sentence adds a clause with its own subject: … ، كما عبرت دول الترويكا)
CONTRAST_WORDS = frozenset({"فيما", "بينما", "حين", "لكن", "ولكن", "لكنه", "لكنها", "كما",
                            "وكما"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# إيّا with a pronoun: the object of a participle, standing for an actor named before
_IYYA = frozenset({"اياه", "اياها", "اياهم", "اياهما"})
# verbal acts whose unnamed subject carries on from the sentence before (وطالب أنقرة)
_VERBAL = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"})
_THAT = frozenset({"ان", "بان", "وان"})     # opening what a threat says (هدد بأن …)
# how far after a mediation the two sides it went between may be named
MEDIATED_REACH = 16
# how far after aid its donor may come when a receiver after إلى follows it
DONOR_REACH = 12
# verbs that renew or address a call: the actor inside ``دعوة … إلى`` is its addressee
# (تجدد دعوة الجانب الإيراني إلى بدء مفاوضات)
_RENEWING = frozenset({"تجدد", "يجدد", "جدد", "جددت", "وجه", "وجهت", "يوجه", "توجه",
                       "تكرر", "يكرر", "كرر", "كررت"})

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
    if entry.form == "p" or passive_reading(tokens, hit):
        return passive(tokens, others, t1, t0)
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
        source = contrast_subject(tokens, others, t0, ctx.prev_verb) or named or inherited \
            or main or backward(tokens, before, t0, frozenset())
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
    if entry.form in ("v", "i") and t0 > 0 and tokens[t0 - 1].norm in RESUMPTIVE \
            and (speaker is not None or adjacent_before(tokens, before, t0 - 1)):
        # أعلن بايدن أنه أجرى اتصالا, قالت الوزارة إنها "لا تعترف": the one who said it did it;
        # an actor closing the clause before a comma is not the one (تحترم سيادة العراق"، لكنه)
        near = adjacent_before(tokens, before, t0 - 1)
        if near is not None and speaker is not None and punctuated(tokens, near.last):
            near = None
        source, how = near or speaker, "speaker"
    elif first_person(tokens, hit) and speaker is not None:
        source, how = speaker, "speaker"      # ندعو, توافقنا: the speaker acts
    elif entry.form == "v" and plural_subject(tokens, hit) \
            and adjacent_before(tokens, before, t0) is None:
        # وحثوا واشنطن على, واحتجزوا الرهائن: the subject is in the verb, the actor after
        # it is the object; the doer is the sentence's last actor or its speaker
        prev = ctx.prev_verb[1].source if ctx.prev_verb else None
        source = prev or speaker or (ctx.last_speaker if tokens[t0].norm.startswith("و") else None)
        target = target_after(tokens, [p for p in others if p is not source], entry.type,
                               t0, source, reach_from=t1)
        return Roles(source, target, "plural")
    elif entry.form == "v" and (antecedent := relative_subject(tokens, hit, before)) is not None:
        # هادي، الذي دعا في رسالة إلى قادة دول المجلس: the relative is the subject
        return Roles(antecedent, target_after(tokens, [p for p in others if p is not antecedent],
                                              entry.type, t0, antecedent), "relative")
    elif entry.form in ("v", "i"):
        source, how = adjacent_before(tokens, before, t0, has_root_waw(tokens, hit),
                                      ctx.timed), "svo"
        if source is not None and gap_subject(hit, after):
            source = None     # الخيام، ودفع الجيش الإسرائيلي بفرقة: the subject after the verb
        elif source is not None and _person_after_comma_verb(tokens, hit, source, after):
            source, how = after[0], "vso"
        if source is not None and inherited is not None and ctx.prev_verb is not None \
                and tokens[t0].norm.startswith("و") and (
                    ctx.prev_verb[1].targets is source or object_pronoun(tokens, hit)):
            # اقتحمت … مدينة نابلس واعتقلت: same doer; أدانت … القرار … (الأونروا)
            # ورفضته: a verb with an object pronoun goes on with the same subject
            source, how = inherited, "coordinated"
        if source is not None and source.kind == "nominal" and entry.form == "v" \
                and not tokens[source.first].norm.lstrip("و").startswith("ال"):
            doer = vso(tokens, after, hit)
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
            source, how = vso(tokens, after, hit), "vso"
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
    elif entry.form == "n" and (driven := driven_doer(tokens, t0, before)) is not None:
        # ما دفع قيادة الجيش إلى اتهام إسرائيل: the one driven to the act does it
        return Roles(driven, target_after(tokens, [p for p in others if p is not driven],
                                          entry.type, t0, driven), "driven")
    elif entry.form == "n" and (answer := what_one_answered(tokens, hit, after)) is not None:
        return Roles(answer, answered(answer, before), "vso")   # وهو ما رفضه البيت الأبيض
    elif entry.form == "n" and t0 > 0 and tokens[t0 - 1].norm.lstrip("و") in AFFIRMING \
            and entry.type in ("SUPPORT", "REJECT", "ACCUSE") \
            and (ctx.prev_verb is not None or speaker is not None) \
            and _state_genitive(others, t0) is None:
        # وطالب المجلس …، مجددا دعمه لإقامة الدولة: the pronoun is the sentence's subject
        source = contrast_subject(tokens, others, t0, ctx.prev_verb) or (
            ctx.prev_verb[1].source if ctx.prev_verb is not None else speaker)
        source, how = source or speaker, "participle"
    else:
        inside_gap = [p for p in after if p.last < t1 and p.prep is None and p.kind != "adjective"]
        armed = next((p for p in own if p.first > t0 and p.kind == "nominal"), None)
        if armed is not None and entry.type == "ASSAULT":
            source, how = armed, "vso"              # قصفت المدفعية الإسرائيلية: read as قصف مدفعي
        elif inside_gap and ("patient" in entry.flags or entry.type == "REQUEST" and (
                t0 > 0 and tokens[t0 - 1].norm in _RENEWING or "ته" in tokens[t0].norm[-4:])):
            source, how = None, "patient"    # إدراج جماعة الحوثي على قائمة; دعوتها إسرائيل إلى
        elif inside_gap:
            source, how = inside_gap[0], "vso"      # إطلاق قوات الاحتلال النار
        elif possessed(tokens, hit):
            source, how = None, "possessive"   # عبرت … عن تأييدها للخطوة المغربية: its pronoun
        else:
            source, how = noun_agent(tokens, after, t1, entry.type,
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
        source, how = backward(tokens, before, t0, ctx.trigger_words), "backward"
    if source is None and after_relative(tokens, t0):
        source, how = before_relative(before, t0, tokens), "relative"
    elif source is None and speaker is not None and "speech" in entry.flags \
            and not (t0 > 0 and tokens[t0 - 1].norm in CONTRAST_WORDS and t1 + 1 < len(tokens)
                     and tokens[t1 + 1].norm.startswith("ال") and tokens[t1 + 1].norm != "الي"):
        # كما دعت الممثلة …: a clause with a subject of its own (كما وجه شكره: the speaker's)
        source, how = speaker, "speaker"
    # the object comes after the subject, even one named after a long title (رفض المتحدث
    # باسم وزارة الخارجية … ناصر كنعاني الانتقادات التي وجهتها الوكالة)
    reach = TITLED_REACH if how == "vso" and source is not None \
        and source.members[0].entity_type == "PER" \
        and not any(punctuated(tokens, i) for i in range(t1, source.first)) else VSO_REACH
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
    if how == "coordinated" and entry.form == "v" and object_pronoun(tokens, hit) \
            and ctx.prev_verb is not None and ctx.prev_verb[1].targets is not None \
            and ctx.prev_verb[1].source is source:
        target = ctx.prev_verb[1].targets    # أدانت الرئاسة القرار … ورفضته: the same object
    if target is None and how == "coordinated" and ctx.prev_roles is not None \
            and not own_object(tokens, hit.last):     # …، وإدانتهما للهجمات: its own object
        target = ctx.prev_roles.targets
    if entry.type == "THREATEN" and source is not None and target is not None \
            and _own_side(target, source) and any(
                tokens[i].norm in _THAT for i in range(t1 + 1, target.first)):
        # هدد القيادي الحوثي بأن "اليمنيين سيردون": the own side answers in what the
        # threat says; it is aimed at the other side (as for محذرا من أن إيران سترد)
        target = None
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


def _state_genitive(groups: list[Phrase], t0: int) -> Phrase | None:
    """The state named right after a masdar (``مؤكدا وقوف المملكة إلى جانب``, ``مؤكدا
    رفض القاهرة``): the masdar's agent, so the pronoun reading of the subject goes."""
    return next((p for p in groups if p.first == t0 + 1 and p.prep is None
                 and p.kind != "adjective" and p.members[0].entity_type == "LOC"), None)


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


def _person_after_comma_verb(tokens: list[Token], hit: TriggerHit, before: Phrase,
                             after: list[Phrase]) -> bool:
    """``… محاسبة الحوثيين، وحذر المبعوث الأممي هانس غروندبرغ من أن``: a named person
    right after a verb joined by و is its subject; the noun that closed the clause
    before the comma is no subject of it."""
    return tokens[hit.first].norm.startswith("و") and before.last == hit.first - 1 \
        and punctuated(tokens, before.last) and bool(after) and after[0].first == hit.last + 1 \
        and after[0].prep is None and after[0].members[0].entity_type == "PER"

