"""What one article's acts tell about its later acts: the coder's cross-sentence memory.

Arabic news often leaves a party of an act to the story around it: a condemnation of
``العملية العسكرية`` targets whoever attacked last, ``رحبت … بالاتفاقين`` the parties of
the agreements signed before, ``تبعتها كل من كندا وأستراليا`` repeats the last act for
its followers, and a curfew lifted or a demand made at home is aimed at the story's own
country. :class:`ArticleState` holds that memory for one article only, so the coder
itself keeps no state between articles.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.condemned import struck
from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Event, Token

# acts a later rejection by their target answers
CRITICAL = frozenset({"ACCUSE", "REQUEST", "SANCTION", "THREATEN"})
# acts binding two parties that ``الجانبان``/``الطرفين`` later stand for (not visits:
# a mediator meets each side)
BILATERAL = frozenset({"AGREE", "COOPERATE"})
FOLLOW_WORDS = frozenset({"تبعتها", "تبعها", "تلتها", "تلاها", "تبعته", "تبعتهم"})


class ArticleState:
    """What the coder remembers across the sentences of one article."""

    def __init__(self, story: str | None, domestic: bool = False):
        self.story = story
        self.domestic = domestic   # the story is mostly about its own country
        self.attacker: Actor | None = None
        self.named_attacker: Actor | None = None   # the doer of the last attack named at all
        self.attackers: list[Actor] = []      # all doers of the last attack (شنت أمريكا وبريطانيا)
        self.strikers: list[Actor] = []       # all doers of the last air strikes (غارات, ضربات)
        self.attacks: list[tuple] = []   # every attack's doer, whom it hit, and if strikes
        self._attack_at: tuple | None = None
        self._strike_at: tuple | None = None
        self.unclaimed = False     # the story's attack has no known doer (yet)
        self.claimed_in: int | None = None   # the sentence of the last attack with a doer
        self.fight: tuple[Actor, Actor] | None = None   # the sides of the last attack
        self.signatories: list[Actor] = []   # the parties of the article's agreements
        self.decider: Actor | None = None     # who made the last decision reported
        self.lead: Actor | None = None        # who did the first act the story tells
        self.meeting: list[Actor] = []        # the parties of the last meeting, in text order
        self.critics: dict[str, list[Actor]] = {}   # who accused, pressed or punished whom
        self.pair: tuple[str, ...] = ()       # the two parties of the last bilateral act
        self.bilateral: set[frozenset] = set()   # the pairs of all bilateral acts so far
        self.awaiting: list[Event] = []     # condemnations told before their attack's doer
        self.acts: dict[tuple, tuple[Actor, ...]] = {}   # (type, source key) → its targets
        self.punished: dict[str, tuple[Actor, ...]] = {}   # source key → its last victims
        self.implicit: set[tuple] = set()   # (sentence, trigger start, type) aimed by default

    def told(self, ev: Event) -> None:
        """Remember whom each actor's act of each type was aimed at."""
        if ev.source is not None and ev.source.key and ev.target:
            self.acts.setdefault((ev.type, ev.source.key), ev.target)
            if ev.type in _PUNISHING and all(t.key != ev.source.key for t in ev.target):
                self.punished[ev.source.key] = ev.target     # the last, for punished_by

    def told_before(self, ptype: str, source: Actor) -> list[Actor]:
        """``للتنديد بعقوبات إيكواس`` after ``فرضت إيكواس … عقوبات على مالي``: an act named
        again by its doer alone is the one told before, aimed at the same targets."""
        return list(self.acts.get((ptype, source.key), ()))

    def punished_by(self, source: Actor) -> list[Actor]:
        """Whom ``source``'s last sanction, strike or arrest told so far was aimed at."""
        return list(self.punished.get(source.key, ()))

    def claimed(self, attack: Event) -> list[Event]:
        """``دانت السعودية التفجير …`` in the lead, ``وكانت حركة الشباب قد فجرت …`` after
        it: condemnations told before the attack's doer was named target that doer."""
        if attack.type != "ASSAULT" or attack.source is None or not attack.source.key:
            return []
        doer = attack.source
        out = [replace(e, target=(doer,)) for e in self.awaiting
               if e.source is not None and e.source.key != doer.key]
        self.awaiting = []
        return out

    def attacked(self, ev: Event) -> None:
        """Remember the doer of an attack; the co-doers of one act (``شنت الولايات
        المتحدة وبريطانيا غارات``) are all its attackers."""
        at = (ev.sentence, ev.trigger.start)
        if at != self._attack_at:
            self.attackers = []
        self._attack_at = at
        self.attacker = ev.source
        strikes = struck(ev.trigger.text)
        self.attacks.append((ev.source, frozenset(t.key for t in ev.target), strikes))
        if ev.source.key not in {a.key for a in self.attackers}:
            self.attackers.append(ev.source)
        if strikes:
            # the strikes a later ``أدانت الضربات`` means, though other attacks come between
            if at != self._strike_at:
                self.strikers = []
            self._strike_at = at
            if ev.source.key not in {a.key for a in self.strikers}:
                self.strikers.append(ev.source)

    def claimed_by(self, doer: Actor) -> None:
        """``وأعلن تنظيم القاعدة مسؤوليته عن الهجوم`` when the attack was told with another
        doer: the claimant is still one who attacked, for a later condemnation."""
        self.attacks.append((doer, frozenset(), False))

    def other_attacker(self, party: Actor, spared: bool = False,
                       strikes: bool = False) -> Actor | None:
        """The doer of the last attack told (of the last strikes, with ``strikes``) that
        is not ``party``'s own (and, when ``spared``, did not hit ``party``): one condemns
        another's attack, and welcomes strikes on its enemy, not on itself (``أدانت
        الحكومة العراقية الغارات`` after ``شنت طائرات أمريكية غارات`` and a shelling
        told between that the article leaves to her)."""
        for doer, hit, struck_ in reversed(self.attacks):
            if doer.key and doer.key != party.key and not (spared and party.key in hit) \
                    and (struck_ or not strikes):
                return doer
        return None

    def co_doer(self, ev: Event) -> bool:
        """Is ``ev`` the same act as the last attack, by another of its doers (``شنت
        القوات الأمريكية والبريطانية``)?"""
        return self._attack_at == (ev.sentence, ev.trigger.start)

    def blamed(self, accused: Actor) -> list[Actor]:
        """Everyone a condemnation of ``accused``'s attack blames: all its co-doers."""
        if accused is self.attacker and self.attackers:
            return list(self.attackers)
        if self.strikers and accused is self.strikers[0]:
            return list(self.strikers)
        return [accused]

    def paired(self, ev: Event) -> None:
        """``الجانبين اتفقا`` after ``أعلنت البحرين وقطر استئناف العلاقات``: the two sides
        are the parties of the last bilateral act, before the story's two most named
        countries."""
        if ev.type in BILATERAL and ev.source is not None and ev.source.key \
                and len(ev.target) == 1 and ev.target[0].key \
                and (ev.target[0].key != ev.source.key or _two_of_one(ev)):
            self.pair = (ev.source.key, ev.target[0].key)
            self.bilateral.add(frozenset(self.pair))

    def sides(self, ranked: list[str]) -> tuple[str, ...]:
        """The two sides ``البلدين`` stands for, the story's more named one first: its two
        most named countries, unless they did nothing together so far and others did."""
        if not self.pair or frozenset(ranked[:2]) in self.bilateral:
            return tuple(ranked[:2])
        order = {k: i for i, k in enumerate(ranked)}
        return tuple(sorted(self.pair, key=lambda k: order.get(k, len(order))))

    def met(self, roles: Roles) -> None:
        """Remember a meeting's parties in the order the text names them (the first named
        is the source of what ``القادة الثلاثة`` later agree)."""
        members = [m for p in (roles.source, roles.targets) if p is not None for m in p.members]
        parties: list[Actor] = []
        for m in sorted(members, key=lambda m: m.first):
            if m.key and m.key not in {a.key for a in parties}:
                parties.append(m.actor)
        if len(parties) > 1:
            self.meeting = parties

    def other_side(self, actor: Actor) -> list[Actor]:
        """``حذر غالانت من أن أي خرق …``: a threat naming no one, by a side of the
        story's fighting, is aimed at the other side."""
        if self.fight is None or actor.key not in {a.key for a in self.fight}:
            return []
        return [a for a in self.fight if a.key != actor.key][:1]

    def criticized(self, ev: Event) -> None:
        if ev.type not in CRITICAL or ev.source is None or not ev.source.key:
            return
        for t in ev.target:
            seen = self.critics.setdefault(t.key, [])
            if t.key != ev.source.key and ev.source.key not in {a.key for a in seen}:
                seen.append(ev.source)

    def critics_of(self, actor: Actor) -> list[Actor]:
        """``ردت الخارجية التركية رافضة التصريحات``: a rejection naming no one answers
        those who accused, pressed or punished its actor before."""
        return list(self.critics.get(actor.key, []))

    def signed(self, ev: Event) -> None:
        for a in (ev.source, *ev.target):
            if a is not None and a.key and a.key not in {s.key for s in self.signatories}:
                self.signatories.append(a)


def _two_of_one(ev: Event) -> bool:
    """Two actors of one country (the army and a militia of the same state: التزم وفدا
    القوات المسلحة السودانية وقوات الدعم السريع) bound by one act: a civil war's sides."""
    a, b = ev.source, ev.target[0]
    return (a.entity or a.sector) != (b.entity or b.sector) and (a.entity or b.entity) is not None


def followers(toks: list[Token], groups: list[Phrase], sentence_events: list[Event]
              ) -> list[Event]:
    """``تبعتها كل من كندا وأستراليا``: the followers did the same act."""
    if not sentence_events:
        return []
    out = []
    for i, tok in enumerate(toks):
        if tok.norm.lstrip("و") not in FOLLOW_WORDS:
            continue
        after = [p for p in groups if p.first > i and p.first - i <= 3]
        if not after:
            continue
        last = sentence_events[-1]
        for m in after[0].members:
            if m.key and m.key != (last.source.key if last.source else None):
                out.append(replace(last, source=m.actor, confidence=last.confidence - 0.1))
    return out


# sectors that speak for the state: its rejection at home is aimed abroad (العراق يرفض أن
# تكون أراضيه ساحة), while a party's or a union's is aimed at its own government
_STATE = frozenset({None, "GOV", "MIL"})


# verbs that make a threat outright, unlike a warning (حذر) or a vow (سيرد بقوة): a threat
# that names no one is aimed at the story's country
_OPEN_THREATS = frozenset({"هدد", "لوح", "ملوحا", "ملوحه", "توعد", "متوعدا", "متوعده",
                           "مهددا", "مهدده"})


_PUNISHING = ("SANCTION", "ASSAULT", "COERCE")
# "more of the same" after a threat's measures (إجراءات إضافية, خطوات أخرى)
_FURTHER = frozenset({"اضافيه", "اخري", "جديده", "مماثله"})
FURTHER_REACH = 6


def further_measures(toks: list[Token], hit: TriggerHit) -> bool:
    """Does a threat promise more of the same (``لن تتردد في اتخاذ إجراءات إضافية``,
    ``توجيه ضربات أخرى``)? Then it is aimed at whoever its maker punished before."""
    return any(t.norm.strip('"«»') in _FURTHER
               for t in toks[hit.last + 1:hit.last + 1 + FURTHER_REACH])


def default_targets(ptype: str, source: Actor, hit: TriggerHit, state: ArticleState,
                    open_content: bool = False) -> list[Actor]:
    """Targets the sentence leaves implicit.

    Domestic acts (a curfew lifted, arrests, releases, protests, and demands, accusations
    or deployments by the story's own actors) are aimed at the story's country;
    an attack with no named target hits the story's country, and so do aid, welcomes,
    sanctions, demands and rejections from abroad (``طالب وزير الخارجية الأمريكي
    بالإفراج``, ``رفض باريس عقوبة الإعدام``), and so does a foreign visit that names
    no destination (``خلال زيارة أجراها وفد تركي``). ``open_content``: a participle
    demand goes straight on to what is demanded (``مطالبا بـ``, ``داعية إلى``).
    """
    story = state.story
    if ptype in ("CONCEDE", "COERCE", "PROTEST", "RETREAT") and story:
        return [Actor(country=story)]
    if (ptype in ("REQUEST", "ACCUSE", "MOBILIZE") or ptype == "REJECT" and source.sector not in _STATE) \
            and story and source.key == story \
            and state.domestic and not (ptype == "REQUEST" and "participle" in hit.entry.flags
                                        and (source.sector in _STATE or not open_content)):
        # domestic demands and accusations; not an official's داعيا that names no addressee
        # actor (داعيا الحجاج إلى تجنب …, داعيا إلى جعل الواجهة …): a call to all, or to no
        # one, nor a call on people (داعيا النازحين إلى العودة); a union's, a party's or a
        # crowd's مطالبا بتسليم السلطة, with no one named, is made of its rulers
        return [Actor(country=story)]
    if ptype == "ASSAULT" and story:
        return [Actor(country=story)]
    if ptype == "THREATEN" and story and hit.entry.words[0] in _OPEN_THREATS \
            and (source.key != story or state.domestic):
        # هدد أردوغان بإغلاق الحدود (a story of Iraq), ملوحا بخطوات تصعيدية (a union at
        # home): the story's country; not a state's threat at itself in a foreign quarrel
        return [Actor(country=story)]
    if ptype == "MOBILIZE" and story and source.key == story and state.domestic:
        return [Actor(country=story)]      # units deployed at home, in a story of home
    if ptype in ("AID", "SUPPORT", "SANCTION", "REQUEST", "REJECT") and story and source.key != story:
        return [Actor(country=story)]      # aid to, or a reaction to a step by, the story's country
    if hit.entry.mode == "visit" and "weak" not in hit.entry.flags and hit.entry.form == "n" \
            and story and source.country and source.country != story:
        return [Actor(country=story)]      # زيارة أجراها وفد تركي: a foreign state's visit comes here
    return []


_KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"})
# how far into a sentence its opening كان … قد may reach
RECALL_REACH = 8


def recalled(toks: list[Token]) -> bool:
    """Does the sentence open with ``وكانت الجماعة قد أطلقت``? The pluperfect recalls
    what came before the news; an attack told so is not the one a later condemnation
    means once the story has told its own attack."""
    if not toks or toks[0].norm not in _KANA:
        return False
    return any(t.norm in ("قد", "وقد") for t in toks[1:RECALL_REACH])


# how a source was found that names an attack's doer in its own words
