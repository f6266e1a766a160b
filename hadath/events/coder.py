"""One article's events: triggers → standing → actors → roles → Event objects.

For each sentence: find triggers, drop negated, hypothetical and planned ones and the
acts a demand, threat or refusal governs, drop attacks and protests that are no act of
now (disasters, plots, trials, references, tallies: :mod:`hadath.events.realis`), find
the sentence's actors and its speaker (:mod:`hadath.events.speakers`), assign source and
target (:mod:`hadath.events.assign`), and date the act by the sentence's time expression
that belongs to its clause (:mod:`hadath.events.dates`), or by the act told just before
it, ``null`` when there is none; an act dated after the story, or an attack, protest or
mobilization dated long before it, is dropped (:mod:`hadath.events.timeliness`).
The location is a place named after ``في`` (or a city after ``ب``) that is not itself an
actor of the event.

The acts a demand, threat or refusal governs are told apart in
:mod:`hadath.events.governed`. A few discourse rules work across sentences
(:mod:`hadath.events.discourse`): an agent seen with its country keeps it (``التحالف``),
``الدول الأربع`` are the four states named together before, a condemnation of an attack
targets its attacker, ``تبعتها كل من …`` repeats the last act for its followers, and an
undated mention of an act takes the date of a later mention.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from hadath.events.actors import ActorFinder
from hadath.events.addressee import addressed, called_party, complained_of
from hadath.events.acts import events_of
from hadath.events.aims import known_doer
from hadath.events.anaphora import envoy_hosts
from hadath.events.asides import timed_words
from hadath.events.assign import assign
from hadath.events.attacks import armed_lists, attack_roles, threat_object
from hadath.events.backers import unbacked
from hadath.events.carriers import carrier_roles, military_convoy
from hadath.events.claims import claimant, credit
from hadath.events.clashes import local_clash, result_of
from hadath.events.counted_parties import counted_parties
from hadath.events.dates import carry_dates, share_dates
from hadath.events.demands import (at_meeting, excepted, joined_caller, letter_addressee,
                                   own_people, participle_reading)
from hadath.events.denied import denied_act
from hadath.events.echoes import echoed
from hadath.events.discourse import ArticleState, followers, recalled
from hadath.events.disowned import disowned, unclaim
from hadath.events.gatherings import closing_session, participants
from hadath.events.governor_gaps import parenthesis_roles, parenthetical
from hadath.events.governed import (alleged, blocked_aid, called_for, governed, object_of, owed,
                                    protest_purpose, sought, threatened)
from hadath.events.home_parties import home_parties
from hadath.events.implicit import called_off, decider, past_audience, resolution_roles
from hadath.events.held_meetings import meeting_holder
from hadath.events.imposed import imposed
from hadath.events.judged import judged
from hadath.events.lexicons import BLOCKER, EventLexicons
from hadath.events.local_bodies import bare_forms, local_bodies, unlinked
from hadath.events.manner import manner_doer
from hadath.events.masdar import masdar_readings
from hadath.events.meeting_dates import during_meeting
from hadath.events.negation import ASSERTED, MENTIONED, status
from hadath.events.phrases import Context, Phrase, Roles, phrases
from hadath.events.purpose import promised, purpose
from hadath.events.reception import received
from hadath.events.sides import clash_sides, envoy_call, summit_parties
from hadath.events.slogans import crowd_demand
from hadath.events.summits import SummitReader
from hadath.events.speakers import resolve_self, sentence_speaker
from hadath.events.specificity import SpecificityCues
from hadath.events.sponsors import parties
from hadath.events.story import country_counts
from hadath.events.storming import as_protest, stormed_by_crowd, stormed_roles
from hadath.events.story_dates import date_undated
from hadath.events.threats import threat_content
from hadath.events.told_attacks import named_attacker, noted_attack
from hadath.events.triggers import TriggerHit, TriggerMatcher
from hadath.events.withdrawals import before_enemy
from hadath.events.words import forms_of
from hadath.events.wrongdoer import aimed_at_wrongdoer
from hadath.model import Article, Event, Token
from hadath.text.particles import SINGULAR_RELATIVES


class EventCoder:
    def __init__(self, lexicons: EventLexicons):
        self.matcher = TriggerMatcher(lexicons)
        self.finder = ActorFinder(lexicons)
        self.specificity = SpecificityCues.load()
        self.bodies = bare_forms(lexicons.agents)
        self.summits = SummitReader.load()

    def code(self, article: Article) -> tuple[Event, ...]:
        # المجلس العسكري in a Niger story is Niger's junta, not Sudan's council
        article, local = local_bodies(article, self.bodies, self.finder.lex.nationalities)
        counts = country_counts(article, self.finder.lex.nationalities)
        ranked = counts.ranked()
        story = ranked[0] if ranked else None
        by_sentence: dict[int, list[Token]] = {}
        for tok in article.tokens:
            by_sentence.setdefault(tok.sentence, []).append(tok)
        # a lone keyless "person" is often a verb the tagger misread (ودان نائب …)
        names = [(m.start, m.end) for e in article.entities for m in e.mentions
                 if e.key or e.type != "PER" or " " in e.name.strip()]
        names += [(t.start, t.end) for t in article.times]
        events: list[Event] = []
        seen: set[tuple] = set()
        prev_speaker: Phrase | None = None
        last_speaker: Phrase | None = None
        memory: dict = {}
        total = sum(counts.weight.values())
        state = ArticleState(story, bool(total) and counts.weight[story] / total >= 0.5)
        for si in sorted(by_sentence):
            toks = by_sentence[si]
            forms = [forms_of(t) for t in toks]
            lo, hi = toks[0].start, toks[-1].end
            here = [(s, e) for s, e in names if s < hi and lo < e]
            blocked = frozenset(i for i, t in enumerate(toks) for s, e in here
                                if s < t.end and t.start < e)
            memory["bilateral"] = state.pair    # for a later الوزيرين
            mentions = envoy_hosts(armed_lists(self.finder, toks, forms, self.finder.find(
                article, toks, forms, story, state.sides(ranked), memory)), toks)
            mentions = counted_parties(toks, forms, mentions, self.finder.lex.nationalities)
            speaker = sentence_speaker(article, toks, forms, phrases(mentions), prev_speaker)
            mentions = resolve_self(mentions, speaker, forms)
            groups = phrases(mentions)
            self.summits.remember(toks, forms, mentions, memory)   # for a later القمتان
            for g in groups:
                keys = tuple(m.key for m in g.members)
                if len(keys) >= 3 and all(keys) and len(set(keys)) == len(keys):
                    memory["group"] = keys      # for a later الدول الأربع
            last_speaker, prev_speaker = prev_speaker, speaker
            state.decider = decider(toks, groups) or state.decider
            timed = timed_words(article, toks)
            hits = masdar_readings(article.text, toks, self.matcher.find(forms, blocked))
            hits = [participle_reading(article.text, toks, h) for h in hits]    # ، مطالبة
            words = frozenset(i for h in hits if "weak" not in h.entry.flags for i in h.matched)
            prev: tuple[TriggerHit, Roles] | None = None
            prev_verb: tuple[TriggerHit, Roles] | None = None
            last_hit: TriggerHit | None = None
            for hit in hits:
                governor, last_hit = last_hit, hit
                if hit.entry.type == BLOCKER:
                    continue
                # a participle (مطالبا, متهمة) goes with the main clause's subject: it is
                # a second act of the sentence, never the object of the act before it
                if governor is not None and governed(article.text, toks, hit, governor, blocked):
                    last_hit = governor   # … بالاعتراف بإسرائيل وقطع علاقاتها: it governs on
                    if not parenthetical(article.text, toks, hit):    # طالب، في اتصال مع
                        continue  # رفض التوقيع, دعا إلى وقف, هدد بقصف: the act did not happen
                standing = status(toks, hit.first, hit.entry.form)
                if standing not in (ASSERTED, MENTIONED):
                    continue
                if prev is not None and object_of(toks, hit, prev[0]):
                    continue
                if "participle" in hit.entry.flags and toks[hit.first].norm.startswith("ال"):
                    continue      # القوى الرافضة لنتائج الانتخابات: a description, not an act
                if protest_purpose(toks, hit, hits, mentions) or sought(toks, hit) \
                        or blocked_aid(toks, hit) or military_convoy(toks, hit) \
                        or called_for(toks, hit, hits) or alleged(article.text, toks, hit, hits) \
                        or purpose(article.text, toks, hit) \
                        or promised(toks, hit) or closing_session(toks, hit) \
                        or denied_act(toks, hit, mentions, timed):
                    continue      # خرجوا رفضا للحكم العسكري: why they marched; للإفراج عن
                ctx = Context(words, prev[0] if prev else None, prev[1] if prev else None,
                              prev_verb, last_speaker, timed)
                stormed = stormed_by_crowd(self.specificity, toks, hit)
                if stormed:
                    hit = as_protest(hit)     # اقتحم محتجون السفارة: a protest that broke in
                sides = unbacked(toks, parties(toks, groups, hit), hit)   # not بوساطة قطرية,
                # nor مدعومة من إيران
                hit, roles = attack_roles(toks, hit, hits, sides,      # hadath.events.attacks
                                          assign(toks, hit, sides, speaker, ctx))
                if stormed:
                    roles = stormed_roles(toks, hit, sides, roles)     # مبنى السفارة السويدية
                roles = joined_caller(toks, hit, sides, roles) or roles   # …، ودعت Y إلى
                roles = addressed(toks, hit, sides, roles) or roles     # دعا …، …، Y إلى
                roles = letter_addressee(toks, hit, sides, roles) or roles  # رسالة إلى X طالب فيها
                roles = own_people(toks, hit, roles) or roles       # دعت الكويت رعاياها
                roles = excepted(toks, hit, sides, roles) or roles     # …، عدا سلطنة عمان،
                roles = called_party(toks, hit, prev) or roles          # اتصالا ب…، حثه على
                roles = at_meeting(toks, hit, prev, roles) or roles     # استقبل …، حيث طالب بـ
                roles = parenthesis_roles(article.text, toks, hit, prev, roles) or roles
                roles = manner_doer(article.text, toks, hit, groups, roles,    # بالتنسيق مع
                                    prev_verb) or roles
                roles = meeting_holder(article.text, toks, hit, groups, speaker,  # عقب لقائه
                                       roles) or roles
                roles = complained_of(toks, hit, sides, roles) or roles   # شكوى إلى … ضد
                duty = owed(toks, hit, groups) if speaker is not None else None
                if duty is not None:     # إن على السلطات الإفراج عن …: the speaker demands it
                    hit = replace(hit, entry=replace(hit.entry, type="REQUEST", cameo="100",
                                                     mode=None))
                    roles = Roles(speaker, duty, "speaker")
                if roles.source is None and prev is not None and prev[0].entry.type == "ACCUSE" \
                        and prev[1].targets is not None and hit.first - prev[0].last <= 6:
                    # اتهمت القوات الأمنية باستخدام الرصاص: the accused did the act
                    roles = Roles(prev[1].targets, roles.targets, "accused")
                if roles.source is None:
                    roles = clash_sides(toks, hit, groups) or local_clash(
                        toks, hit, groups) or home_parties(    # وقع أطراف الحوار الليبي
                        toks, hit, groups) or roles   # اشتباكات … بين
                roles = summit_parties(toks, hit, groups) or roles     # القمة التي جمعته ب…
                roles = self.summits.doer(toks, forms, hit, roles, memory) \
                    or self.summits.rejected(toks, forms, hit, roles, memory) or roles
                # وأدانت القمتان, اتهم البيان الخليجي طهران, رفض بياني القمتين
                roles = participants(hit, sides, roles) or roles    # وشارك فيه وزراء خارجية …
                roles = result_of(toks, hit, prev, roles) or roles      # …، أسفرت عن مقتل
                hit, roles = envoy_call(toks, hit, groups, roles)   # recalled or summoned
                if roles.targets is None and hit.entry.type == "THREATEN":
                    roles = threatened(toks, hit, hits, groups, speaker, ctx, roles)
                    roles = threat_object(toks, hit, hits, groups, speaker, ctx, roles)
                roles = threat_content(toks, hit, groups, roles) or roles    # أي تحرك روسي
                roles = resolution_roles(toks, hit, groups, roles) or roles  # قرارا يدين
                roles = past_audience(toks, hit, groups, roles) or roles     # إحاطة قدمها إلى
                roles = called_off(hit, groups, roles) or roles        # إلغاء الزيارة
                roles = received(toks, hit, sides) or roles     # حفتر، الذي استقبله السيسي
                roles = carrier_roles(toks, hit, sides, roles) or roles   # طائرة كويتية محملة ب
                if "back" in hit.entry.flags:
                    # رفضها للتصريحات …، معتبرة إياها "تدخلا": aimed where the act just told
                    # was; with no such act, at no one we know (not the story's country)
                    told = judged(prev, prev_verb)     # not the raids' target (ووصفتها)
                    if told is None or told[1].targets is None:
                        continue
                    roles = Roles(roles.source or told[1].source, told[1].targets, roles.how)
                prev = (hit, roles)
                named_attacker(state, hit, roles)
                if hit.entry.form in ("v", "i"):
                    prev_verb = prev
                made = crowd_demand(article, toks, hit, roles,    # تظاهر آلاف …، مطالبين ب…
                                    events, si) \
                    or events_of(article, toks, si, hit, roles, mentions, hits, state,
                                 self.specificity)
                made = echoed(made, toks, hit, roles, events)    # كما أدانت … الهجوم
                for ev in made:
                    key = (ev.type, ev.source.key if ev.source else None,
                           tuple(t.key for t in ev.target), si)
                    if standing == MENTIONED and _told_before(ev, events):
                        continue    # إن العقوبات غير شرعية: a judgement on another's act
                    if key not in seen:
                        seen.add(key)
                        events.append(ev)
                        background = state.attacker is not None and recalled(toks) \
                            and not state.co_doer(ev)
                        if ev.type in ("ASSAULT", "COERCE") and ev.source is not None \
                                and not background:
                            state.attacked(ev)
                            _insert_before(events, state.claimed(ev), seen)
                        if ev.type == "ASSAULT" and ev.source is not None and ev.target \
                                and ev.source.key and ev.target[0].key != ev.source.key:
                            state.fight = (ev.source, ev.target[0])
                        if not background:
                            noted_attack(state, ev, hit.entry.form)
                        if ev.type == "AGREE" and ev.source is not None and not (
                                hit.first > 0 and toks[hit.first - 1].norm in SINGULAR_RELATIVES):
                            state.signed(ev)    # (not المذكرة التي وقعتها …: one recalled)
                        if ev.type == "CONSULT":
                            state.met(roles)
                        state.criticized(ev)
                        state.told(ev)
                        state.paired(ev)
                        if state.lead is None and ev.source is not None and ev.source.key:
                            state.lead = ev.source
            if disowned(toks):     # ولم تعلن أي جهة مسؤوليتها: the condemned doer never comes
                _insert_before(events, unclaim(state), seen)
            doer = claimant(toks, groups)      # وأعلن تنظيم القاعدة مسؤوليته عن الهجوم
            if doer is not None:
                events = _claimed(events, doer, si, state, seen)
            for ev in followers(toks, groups, [e for e in events if e.sentence == si]):
                key = (ev.type, ev.source.key, tuple(t.key for t in ev.target), si)
                if key not in seen:
                    seen.add(key)
                    events.append(ev)
        starts = [tok.start for tok in article.tokens]
        timed = {article.tokens[bisect_right(starts, t.start) - 1].sentence
                 for t in article.times if starts and t.value and t.type in ("DATE", "TIME")
                 and not t.value.startswith("P") and t.start >= starts[0]}
        events = imposed(article, events)    # رفع حظر التجوال الذي فرضته منذ الخميس
        events = known_doer(events)      # قتل جنديان في قصف تركي: one act, Turkey's
        events = aimed_at_wrongdoer(events, state.implicit, story)   # a war's victim
        events = before_enemy(events)    # انسحاب مقاتليها من كيسمايو: before Kenya
        events = during_meeting(events, article)    # وأكد خلال اللقاء: the meeting's day
        carried = carry_dates(share_dates(events, article), timed, article=article)
        carried = self.summits.dated(carried, article, memory)    # the summit's day
        return unlinked(date_undated(carried, article), local)


def _claimed(events: list[Event], doer, si: int, state: ArticleState,
             seen: set[tuple]) -> list[Event]:
    """The attacks a claim names the doer of are the claimant's; it is the attacker a
    later condemnation blames, and condemnations told before it wait no more."""
    before = {id(ev) for ev in events}
    events = credit(events, doer, si)
    credited = [ev for ev in events if id(ev) not in before]
    if not credited:
        state.claimed_by(doer)
        return events
    for ev in credited:
        seen.add((ev.type, doer.key, tuple(t.key for t in ev.target), ev.sentence))
    state.attacked(credited[0])
    state.unclaimed = False
    state.claimed_in = si
    _insert_before(events, state.claimed(credited[0]), seen)
    return events


def _insert_before(events: list[Event], told: list[Event], seen: set[tuple]) -> None:
    """Put acts of earlier sentences, resolved late, back in text order."""
    for ev in told:
        key = (ev.type, ev.source.key if ev.source else None,
               tuple(t.key for t in ev.target), ev.sentence)
        if key in seen:
            continue
        seen.add(key)
        at = next((n for n, e in enumerate(events) if e.sentence > ev.sentence), len(events))
        events.insert(at, ev)


def _told_before(ev: Event, events: list[Event]) -> bool:
    """Was an act of this type told before by another source (the one a later
    ``إن العقوبات …`` judges)?"""
    key = ev.source.key if ev.source else None
    return any(e.type == ev.type and (e.source.key if e.source else None) != key
               for e in events)
