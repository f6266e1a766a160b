"""From a trigger's roles to Event objects: whether an act is reported, and at whom.

:func:`hadath.events.assign.assign` and the rules after it give a trigger its source and
target phrases; :func:`events_of` decides what events they make: it drops acts that are
no report of now, fills in a doer or a target the sentence leaves unnamed from what the
article told before (:class:`hadath.events.discourse.ArticleState`), and dates, places
and scores each event. Kept apart from :mod:`hadath.events.coder` so that module stays
about walking an article's sentences and triggers in order.
"""
from __future__ import annotations

from hadath.events.actors import ActorMention
from hadath.events.aims import HOSTED, open_target
from hadath.events.attacks import TOLD
from hadath.events.launchers import LAUNCHED
from hadath.events.clashes import own_rebels, unit_doer
from hadath.events.cues import BOUNDARIES
from hadath.events.dates import event_date, range_day
from hadath.events.condemned import (accused_attacker, co_named, condemns_attack,
                                     condemns_unclaimed)
from hadath.events.announced_kills import TOLL, announced_killer
from hadath.events.gunmen import gunmen_home
from hadath.events.deployments import at_border
from hadath.events.discourse import ArticleState, default_targets, further_measures
from hadath.events.implicit import (about_agreement, about_decision, against_any, aid_receiver,
                                    alongside, decided, open_addressee, open_call,
                                    openly_addressed, partners,
                                    protest_place)
from hadath.events.phrases import Roles
from hadath.events.realis import during_operation, unreal_violence
from hadath.events.retaliation import answered
from hadath.events.reporting import (anchored, casualties, counted_casualties,
                                     reported_without_actor, reporting, self_evident)
from hadath.events.sides import collective_subject
from hadath.events.specificity import SpecificityCues, chronicle
from hadath.events.targets import LOCATIVE
from hadath.events.timeliness import after_publication, long_before, toll_since
from hadath.events.told_attacks import backed_attack, halted_attack
from hadath.events.triggers import TriggerHit
from hadath.events.wrongdoer import STANCES, harmed
from hadath.model import Actor, Article, Event, Span, Token

# the CAMEO code of a death toll (مقتل, أسفر عن مقتل): killings told by their dead
# a weak trigger (اجتماع, تعاون) counts only with its target close by
WEAK_REACH = 6
# types often reported without a target (troops sent, protests, shelling)
UNTARGETED = frozenset({"ASSAULT", "PROTEST", "MOBILIZE"})
# acts the members of a joint subject do with one another
_MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# a campaign of arrests (حملة اعتقالات) names no arrester: the state's
CAMPAIGN = frozenset({"حمله", "حملات"})
# CAMEO 0831, a leader or a government stepping down (استقالة حكومته, تنحيه): an act
# done to no one, so it has no target (dev d19, as the annotators code resignations)
STEP_DOWN = "0831"
_HOW_SCORE = {"svo": 0.15, "vso": 0.15, "self": 0.1, "genitive": 0.1, "passive": 0.05,
              "between": 0.05, "backward": 0.0, "speaker": -0.05}


def events_of(article: Article, toks: list[Token], si: int, hit: TriggerHit, roles: Roles,
              mentions: list[ActorMention], hits: list[TriggerHit], state: ArticleState,
              specificity: SpecificityCues) -> list[Event]:
    """The events one trigger makes with the source and target found for it: none when it
    is no reported act (a generality, a disaster, talk, a weak trigger far from its
    target, a stance aimed at no one, history or a plan); else one per source, with the
    targets the story implies when the sentence names none, its date, place and
    confidence."""
    entry = hit.entry
    sources = [m.actor for m in roles.source.members if m.key] if roles.source else []
    named_both = bool(sources) and roles.targets is not None and any(
        m.key for m in roles.targets.members)
    if entry.type in UNTARGETED and (not reporting(article, toks) or (
            (entry.form in ("n", "i") or not sources) and not named_both
            and not anchored(article, toks, hit, bool(sources)))):
        return []        # a question or a generality, not a report
    if entry.type in ("ASSAULT", "PROTEST") \
            and unreal_violence(toks, hit, _attacker(sources, roles)):
        return []        # a disaster, a plot, a trial or a backdrop: no act of now
    if entry.type in ("ASSAULT", "PROTEST") and specificity.talked_about(article, toks, hit, hits):
        return []        # an accusation, a denial, a topic of talk: not reported here
    if entry.type == "PROTEST" and all(s.entity is None for s in sources):
        place = protest_place(mentions, hit)
        if place is not None:       # متظاهرون في رام الله: people of that place
            sources = [Actor(country=place, sector="CVL")]
    if not sources and entry.type == "PROTEST" and state.story:
        sources = [Actor(country=state.story, sector="CVL")]
    if not sources and state.story and unit_doer(toks, hit):
        sources = [Actor(country=state.story, sector="MIL")]   # هاجم "اللواء السابع"
    if not sources and state.decider is not None and decided(toks, hit):
        sources = [state.decider]     # القرار الصادر عن X والقاضي باستئناف مشاركة سوريا
    if not sources and entry.type == "COERCE" and state.attacker is not None \
            and during_operation(toks, hit):
        sources = [state.attacker]    # واعتُقل خلال العملية ثلاثة شبان: the raiders did it
    if not sources and entry.type in ("ASSAULT", "PROTEST") and "weak" not in entry.flags \
            and reported_without_actor(toks, hit) and (casualties(toks) or self_evident(toks, hit)):
        sources = [None]       # unknown attackers: the act is still reported
    if sources == [None] and entry.type == "ASSAULT":
        sources = [gunmen_home(toks, hit, mentions)    # هجوم مسلحين على مركز في إربد
                   or announced_killer(toks, hit, mentions)]   # أعلن الجيش مقتل 15 إرهابيا
    if not sources and entry.type == "COERCE" and entry.mode == "arrest" and state.story \
            and hit.first > 0 and toks[hit.first - 1].norm.lstrip("و") in CAMPAIGN:
        # حملة إيقافات شملت …: a campaign of arrests is the story's state's
        sources = [Actor(country=state.story, sector="GOV")]
    if not sources and roles.how == TOLD:
        sources = [None]       # told by an outlet (hadath.events.attacks): doer unknown
    collective = entry.type in ("AGREE", "COOPERATE") and len(state.meeting) > 1 \
        and collective_subject(toks, hit)
    if not sources and not collective:
        return []
    if collective:
        sources = state.meeting[:1]
    if entry.type in ("CONSULT", "AGREE", "COOPERATE", "AID", "ASSAULT") \
            and sources[0] is not None:
        sources += partners(toks, mentions, hit, sources)     # بمشاركة وفد عماني
    if sources[0] is not None:
        sources += alongside(toks, mentions, hit, sources)    # ، إلى جانب السعودية
    t_mentions = [m for m in roles.targets.members if m.key] if roles.targets else []
    if entry.cameo == STEP_DOWN:
        t_mentions = []     # قدمت الحكومة استقالتها: not aimed at its own country
    to_border = entry.type == "MOBILIZE" and at_border(toks, hit)
    if to_border and sources[0] is not None and all(m.key == sources[0].key for m in t_mentions):
        t_mentions = []     # على طول حدودها: its own border, not its own country, is meant
    targets = [m.actor for m in t_mentions]
    if entry.type in STANCES and t_mentions and harmed(toks, t_mentions[0].first, hit.last):
        t_mentions, targets = [], []      # رفض تهجير الفلسطينيين: the victim, not the doer
    addressed = False
    if openly_addressed(
            toks, hit, max(hit.first, roles.source.last) if roles.source else hit.first,
            t_mentions[0].first if t_mentions else len(toks),
            frozenset(i for m in mentions for i in range(m.first, m.last + 1))):
        # طالب المجتمع الدولي بتزويد قوات البيشمركة: the actor is in the demand, and
        # طالب السراج المجتمع الدولي … is no demand of the story's own country
        t_mentions, targets, addressed = [], [], True
    if entry.form == "n" and roles.how == "genitive" and sources[0] is not None \
            and entry.type != "ACCUSE" and "weak" not in entry.flags \
            and (not t_mentions or t_mentions[0].kind == "adjective"):
        # للتنديد بعقوبات إيكواس: the doer's act told before, not a new one
        targets = state.told_before(entry.type, sources[0]) or targets
    if collective:
        sources, targets = state.meeting[:1], state.meeting[1:]   # اتفق القادة الثلاثة
    near = max(hit.last, roles.source.last if roles.source else hit.last)
    side = state.other_side(sources[0]) if (entry.type == "THREATEN" or entry.type == "MOBILIZE"
                                            and entry.form == "v") and sources[0] \
        and roles.how in ("vso", "svo", "backward", "participle") and not targets \
        else []    # حذر غالانت من أن أي خرق …; دفع الجيش بفرقة إلى الحدود: at the other side
    answer = answered(toks, hit, state, sources[0], targets)    # سيرد على العدوان: at whom
    side, targets = (answer, []) if answer else (side, targets)
    if "weak" in entry.flags and not side \
            and roles.how not in ("summit", "participants", "threat", "mediation", HOSTED,
                                 LAUNCHED) \
            and (not targets or _words_between(article, toks, near, t_mentions[0].first)
                 > WEAK_REACH):
        return []
    accused = accused_attacker(hit, hits, sources[0], state, mentions, toks) \
        if sources[0] else None
    if accused is not None and (not targets or targets[0].key == sources[0].key
                                or t_mentions[0].entity_type == "LOC"):
        targets = state.blamed(accused)
        targets += [a for a in co_named(accused, mentions)
                    if a.key not in {t.key for t in targets}]   # شنها مسلحو داعش والنصرة
    rebels = own_rebels(entry.type, t_mentions, sources[0])   # تركيا تقصف حزب العمال
    if sources[0] is not None and state.story and sources[0].key != state.story \
            and all(t.key == sources[0].key for t in targets) and roles.how != "between" \
            and not rebels:
        targets = []      # دعت ميركل ووزير الخارجية الألماني: one actor, no target yet
    if not targets and sources[0] is not None and (entry.type in ("REJECT", "SUPPORT", "ACCUSE")
                                                   or entry.type == "AGREE" and entry.form == "v") \
            and about_agreement(toks, hit, roles.source.last if roles.source else -1):
        # رفضها للاتفاقين: a reaction to the agreements targets their parties; so does a
        # side's approving the deal told before (صادق المجلس الوزاري على الاتفاق)
        targets = [a for a in state.signatories if _other_party(a, sources[0], state)]
        if not targets and entry.type == "REJECT" and sources[0].key == state.story \
                and (state.signatories or state.domestic):
            # an accord or declaration of the rejecter's own compatriots (رفض نادي القضاة
            # للإعلان الدستوري in a story at home): a refusal aimed at home
            targets = [Actor(country=state.story)]
    if not targets and against_any(toks, hit):
        return []     # جددت الجزائر رفضها لأي تدخل عسكري: a stance, aimed at no one
    maker = state.decider or state.lead
    if not targets and sources[0] is not None \
            and entry.type in ("REJECT", "SUPPORT", "ACCUSE", "PROTEST") \
            and maker is not None and _other_party(maker, sources[0], state) \
            and about_decision(toks, hit, roles.source.last if roles.source else -1):
        targets = [maker]     # رحبت دمشق بالقرار, احتجاجا على القرار: the decision's maker
    targets = targets or side
    condemned = accused is None and sources[0] is not None and condemns_attack(hit, toks)
    victim = condemned and bool(targets) and all(t.key == sources[0].key for t in targets)
    if victim:
        targets = []      # إدانة الجزائر للاعتداء الذي استهدف قنصليتها: the condemner is hit
    if not targets and entry.type == "ASSAULT" and sources[0] is not None:
        # قالت وزارة الدفاع الروسية إن ضرباتها استهدفت "منشآت": a side's strikes on
        # unnamed sites hit the other side of the story's fight, not the story's country
        targets = state.other_side(sources[0])
    unclaimed = accused is None and sources[0] is not None and condemns_unclaimed(
        hit, toks, state) and all(t.key == sources[0].key for t in targets)
    if unclaimed:
        targets = []      # دانت السعودية الهجوم الذي لم تتبنه أي جهة: no one to blame
    if not targets and entry.type == "REJECT" and sources[0] is not None:
        targets = state.critics_of(sources[0])     # ردت أنقرة رافضة التصريحات
    if not targets and sources[0] is not None:
        targets = [a for a in backed_attack(toks, hit, state, sources[0], near) or halted_attack(
            toks, hit, state) if a.key != sources[0].key]   # دعما للعملية, بوقف الغارات
    open_object = unclaimed or victim or addressed or entry.cameo == STEP_DOWN \
        or not targets and (
            open_addressee(toks, hit) or open_target(toks, hit)
            or (open_call(toks, hit) and sources[0] is not None and state.story is not None
                and sources[0].key != state.story and sources[0].country is None))
    # (an international body's داعيا إلى …: to all; a foreign state's call, داعية إلى
    # "إعادة الشرعية الديمقراطية", is aimed at the country the story is about)
    if not targets and entry.type == "THREATEN" and sources[0] is not None \
            and further_measures(toks, hit):
        # لن يتردد في اتخاذ إجراءات إضافية: more of what the threatener did, to the same side
        targets = state.punished_by(sources[0])
    if not targets and sources[0] is not None and not open_object and not condemned \
            and "mutual" not in entry.flags \
            and not to_border:   # troops to a border
        # an exchange names both its sides or none
        # (a condemned attack is aimed at its doer, never at the story's country)
        targets = default_targets(entry.type, sources[0], hit, state,
                                  open_call(toks, hit))
        state.implicit.add((si, toks[hit.first].start, entry.type))
    if entry.type == "AID" and sources[0] is not None and not open_object \
            and all(t.key == sources[0].key for t in targets):
        targets = aid_receiver(mentions, hit, sources[0], state.meeting)
    # دانت السعودية التفجير … before the story names its doer: wait for the doer
    awaits = condemned and not targets and (victim or not open_object) and not unclaimed \
        and state.attacker is None
    if not targets and entry.type not in UNTARGETED and not open_object and not awaits:
        return []
    start, end = toks[hit.first].start, toks[hit.last].end
    trigger = Span(start, end, article.text[start:end])
    participle = entry.form == "n" and ("speech" in entry.flags and entry.text.startswith("م") or
                                        "participle" in entry.flags and "speech" not in entry.flags)
    # (… or a masdar of purpose, تلبية لشروط عباس: it shares the main verb's date too)
    date = event_date(article, toks, start, end, participle, entry.type == "REQUEST")
    if entry.type in UNTARGETED and long_before(date, article.published) \
            and not chronicle(article, toks):
        return []      # اغتيال الحريري عام 2005 in a story of 2008: history, not news
    if roles.how == "relative" and long_before(date, article.published):
        return []      # البحرين التي قطعت علاقاتها مع إيران عام 2016: told as who she is
    if after_publication(date, article.published):
        return []      # dated after the story: planned, not done
    if entry.type == "ASSAULT" and entry.cameo == TOLL and toll_since(article, toks, date):
        return []      # أسفرت المعارك منذ الرابع من نيسان عن مقتل 147: a war's running toll
    date = range_day(date, entry.type)
    used = {a.entity for a in sources if a} | {a.entity for a in targets}
    location = _location(mentions, used, toks, start)
    if location is None and entry.type == "CONSULT":
        # a visit happens where the visitor goes: زار واشنطن
        location = next((m.actor.entity for m in t_mentions
                         if m.entity_type == "LOC" and m.actor.entity), None)
    if entry.type == "ASSAULT" and date is None and location is None \
            and not self_evident(toks, hit) \
            and (sources[0] is None or not targets) and (not counted_casualties(
                toks, entry.form in ("v", "p")) or (sources[0] is None and not targets
                                                    and not specificity.counts_its_victims(toks, hit))):
        return []      # no when, where, against whom or how many: commentary, not a report
    conf = 0.55 + _HOW_SCORE.get(roles.how, 0.0) + (0.1 if roles.targets else 0.0)
    conf -= 0.2 if sources[0] is None else 0.0
    conf -= 0.15 if "weak" in entry.flags else 0.0
    conf = min(0.95, max(0.05, conf))
    out = []
    keys = [a.key for a in sources if a is not None]
    joint = len(keys) > 1 and len(set(keys)) == len(keys)    # several states, each once
    for s in sources:
        tgt: list[Actor] = []
        for t in targets:
            if t is s or t.key in {x.key for x in tgt}:
                continue
            if s is not None and t.key == s.key and (
                    any(x.key != s.key for x in targets)   # بين الجزائر والمغرب
                    or (s.country is None and s.org) or entry.type == "CONSULT"
                    or (state.story is not None and s.key != state.story
                        and roles.how != "between" and not rebels)):
                continue      # the UN warning the UN, Syria meeting Syria, and a
                # foreign actor acting on itself: the sentence's other party is meant
            if s is not None and t.key == s.key and joint and entry.type not in _MUTUAL:
                continue      # القادة الثلاثة دعوا إلى وقف النار في غزة: a joint act of
                # several states is aimed outside the group, not at one of its members
            tgt.append(t)
        ev = Event(type=entry.type, mode=entry.mode, cameo=entry.cameo,
                   source=s, target=tuple(tgt), date=date,
                   location=location, sentence=si, trigger=trigger, confidence=conf)
        if awaits and s is not None:
            state.awaiting.append(ev)
            continue
        if not tgt and entry.type not in UNTARGETED and not open_object:
            continue
        out.append(ev)
    return out


def _attacker(sources: list[Actor], roles: Roles) -> bool:
    """Does the sentence name who did it? After a passive trigger a nationality
    (``مقتل إسباني نطحه ثور``, ``في تحطم طائرة عسكرية أفغانية``) or a place (``إثر انهيار
    مبنى في الهند``) tells whose the victims or the wreck were, or where, not who
    attacked; an attack told by its own noun (``في قصف إسرائيلي``) keeps its doer there."""
    src = roles.source
    if sources and roles.how == "passive" and src is not None \
            and (src.kind == "adjective" or src.members[0].prep in LOCATIVE):
        return False
    return bool(sources)


def _other_party(a: Actor, source: Actor, state: ArticleState) -> bool:
    """Is ``a`` (a decision's maker, an accord's signatory) another party than the one
    reacting? Of another country; or, in a story of one country's own affairs, another
    actor of it (نادي القضاة rejects the president's decree: EGY REJECT EGY)."""
    return a.key != source.key or (state.domestic and source.key == state.story
                                   and a.entity is not None and a.entity != source.entity)


def _words_between(article: Article, toks: list[Token], a: int, b: int) -> int:
    """Words between token ``a`` and token ``b``; a date between them costs nothing
    (``أوقفت، ليلة 30 إلى 31 مارس، رجل الأعمال``), a clause boundary is too far."""
    if any(t.norm in BOUNDARIES for t in toks[a + 1:b]):
        return len(toks)      # معاهدة … والتعاون التي أبرمتها … مع: another clause's actor
    dated = sum(1 for t in toks[a + 1:b]
                if any(x.start < t.end and t.start < x.end for x in article.times))
    return b - a - dated


def _location(mentions: list[ActorMention], used: set[str | None], toks: list[Token],
              offset: int) -> str | None:
    best, best_d = None, None
    for m in mentions:
        if m.actor.entity in used or m.entity_type != "LOC" or not m.actor.entity:
            continue
        if m.prep != "في" and not (m.prep == "ب" and m.place_kind not in (None, "country")):
            continue           # في واشنطن, بجنيف
        d = abs(toks[m.first].start - offset)
        if best_d is None or d < best_d:
            best, best_d = m.actor.entity, d
    return best
