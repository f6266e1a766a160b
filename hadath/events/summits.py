"""Summits and their communiqués as the doer: the bodies behind them.

Arabic news lets a summit or its closing statement act: ``وأدانت القمتان الهجمات``,
``وحمّل البيان الختامي للقمة العربية إيران مسؤولية``, ``اتهم البيان الخليجي طهران``,
``وطالب البيان الختامي المجلس العسكري``. The act is the summit holders': the body its
adjective names (``القمة العربية`` is the Arab League's, ``البيان الخليجي`` the Gulf
Cooperation Council's; ``summit_bodies.tsv``), else the bodies the article named when it
told of the summit (``قمة طارئة عقدها قادة إيكواس``, ``قادة دول مجلس التعاون … والدول
العربية … قمتيهما``). The same holders are the ones a rejection of the communiqué aims at
(``رفض … الاتهامات الواردة في بياني القمتين``).

A bare ``البيان`` is left alone: it is as often a ministry's or a party's statement, whose
author the sentence's speaker or subject already gives; only the closing statement
(``الختامي``), a statement qualified by a region, or the summit itself is read this way.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from hadath.events.actors import ActorMention
from hadath.events.dates import sentence_day
from hadath.events.lexicons import read_tsv
from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.events.words import WordForms
from hadath.model import Actor, Article, Event, Span, Token
from hadath.text.normalize import normalize_ar
from hadath.text.segment import punctuated

# the summit itself, one or two of them (قمتيهما: the two summits of the leaders just named)
SUMMITS = frozenset({"القمه", "القمتان", "القمتين", "قمه", "قمتي", "قمتيهما", "قمتين",
                     "قمتان", "للقمه", "للقمتين", "قمتهم", "قمتهما", "قمتها", "قمتنا",
                     "قمتيها"})
# the statement a summit ends with; bare البيان needs a qualifier to be the summit's
STATEMENTS = frozenset({"البيان", "البيانان", "بياني", "بيانا"})
# two summits or their two statements: the holders of a summit of two bodies
DUALS = frozenset({"القمتان", "القمتين", "قمتي", "قمتيهما", "قمتين", "قمتان", "للقمتين",
                   "البيانان", "بياني", "بيانا", "الختاميان", "الختاميين"})
CLOSING = frozenset({"الختامي", "الختاميان", "الختاميين"})
# words that may stand between the statement noun and what names its holder
FILLERS = frozenset({"الختامي", "الختاميان", "الختاميين", "المشترك", "الصادر", "عن"})
# the head nouns a region's adjective may follow in the sentence telling of a summit
# (قادة الدول العربية: the Arab League's members)
STATE_HEADS = frozenset({"الدول", "دول", "والدول", "ودول"})
# what a communiqué does (not CONSULT: in وحضر القمة … the summit is what is attended)
SPOKEN = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"})
HOW = "summit statement"    # the Roles.how of an act this module gave its doer
# verbs of deciding whose subject, a summit, owns the acts decided (وقررت القمة … فرض عقوبات)
DECIDE_VERBS = frozenset({"قرر", "قررت", "اقر", "اقرت", "اقرتا", "قررتا"})
DECIDED_REACH = 12  # words from the deciding verb to the act decided
OWN_REACH = 3       # words from a summit word to the body it names (قمة استثنائية لمنظمة …)
REACH = 5           # words after the verb the statement's phrase may take
REJECT_REACH = 20   # words after a rejection its object (… الواردة في بياني القمتين) may take


@dataclass(frozen=True, slots=True)
class SummitReader:
    """The region adjectives that name a summit's body (``summit_bodies.tsv``)."""
    bodies: dict[str, str]

    @classmethod
    def load(cls) -> "SummitReader":
        return cls({normalize_ar(r["form"]): r["org"] for _, r in read_tsv("summit_bodies.tsv")})

    def remember(self, tokens: list[Token], forms: list[WordForms],
                 mentions: list[ActorMention], memory: dict) -> None:
        """In a sentence that tells of a summit, note its holders in ``memory["summit"]``:
        the bodies named in it (``قمة طارئة عقدها قادة إيكواس``), and the region's body
        after ``الدول`` (``قادة دول مجلس التعاون والدول العربية … قمتيهما``)."""
        at = [i for i, f in enumerate(forms) if f.stem_set & SUMMITS and not any(
            forms[k].stem_set & (STATEMENTS | CLOSING) for k in range(max(0, i - 2), i))]
        if not at:      # (البيان الختامي للقمة tells what the summit said, not who held it)
            return
        found: list[tuple[int, Actor]] = [(m.first, m.actor) for m in mentions
                                          if m.actor.org and not m.actor.country]
        named = {i for m in mentions for i in range(m.first, m.last + 1)}
        for i in range(len(forms) - 1):
            if i in named or not (tokens[i].norm in STATE_HEADS or forms[i].stem_set & SUMMITS):
                continue
            bodies = self._bodies(forms, i + 1)   # القمة العربية الإسلامية: both; الدول العربية
            found += [(i + 1 + n, actor) for n, actor in enumerate(bodies)]
        own = [(i, a) for i, a in found if any(0 < i - k <= OWN_REACH for k in at)]
        if own:
            found = own     # قمة استثنائية لمنظمة إيغاد: that body's, not another named there
        holders: list[Actor] = []
        for _, actor in sorted(found, key=lambda x: x[0]):
            if actor.org not in {a.org for a in holders}:
                holders.append(actor)
        if holders:
            memory["summit"] = memory.get("summit", ()) + (tuple(holders),)
            memory["summit_at"] = tokens[0].sentence    # the day its statement is dated by

    def doer(self, tokens: list[Token], forms: list[WordForms], hit: TriggerHit,
             roles: Roles, memory: dict) -> Roles | None:
        """``وأدانت القمتان الهجمات``, ``اتهم البيان الخليجي طهران``: the verb's subject is a
        summit or its closing statement; the source is the summit's holders and a name the
        verb was given as its subject is its object. A participle after such a verb
        (``…، رافضا وصف الحرب``) is the statement's too."""
        said = memory.get("stated")
        if ("participle" in hit.entry.flags or roles.how == "participle") and said \
                and said[0] == tokens[0].start and hit.entry.type in SPOKEN:
            keys = {m.key for m in said[1].members}
            targets = roles.targets
            if targets is not None and {m.key for m in targets.members} & keys:
                targets = None
            return Roles(said[1], targets, HOW)
        k = hit.first + 1
        if hit.entry.form != "v" or hit.entry.type not in SPOKEN or k >= len(tokens) \
                or k in hit.matched:
            # not وحضر القمة: a summit attended is the object
            return self._decided(tokens, forms, hit, roles, memory)
        if not _agrees(tokens[hit.first].norm, forms[k]):
            # دعا القمة إلى, رفضت البيان الختامي: the noun is the object of a verb whose
            # subject is another (a summit takes a feminine verb, a statement a masculine)
            return self._decided(tokens, forms, hit, roles, memory)
        holders, end = self._holders(tokens, forms, k, memory)
        if not holders:
            return self._decided(tokens, forms, hit, roles, memory)
        source = self._said(tokens, holders, k, end, memory)
        targets = roles.targets
        if roles.source is not None and roles.source.first > end and targets is None:
            targets = roles.source        # وحمّل البيان … إيران: the one blamed, not the doer
        if targets is not None and {m.key for m in targets.members} <= {a.key for a in holders}:
            targets = None
        memory["stated"] = (tokens[0].start, source)    # for a participle after it
        return Roles(source, targets, HOW)

    def _decided(self, tokens: list[Token], forms: list[WordForms], hit: TriggerHit,
                 roles: Roles, memory: dict) -> Roles | None:
        """``وقررت القمة، التي ترأسها الرئيس النيجيري، فرض عقوبات``: an act the summit
        decided is its holders', not that of a name in a clause about the summit."""
        for j in range(hit.first - 1, max(-1, hit.first - DECIDED_REACH), -1):
            if tokens[j].norm.lstrip("وف") in DECIDE_VERBS:
                holders, _ = self._holders(tokens, forms, j + 1, memory)
                if not holders or (roles.source is not None and roles.source.last < j):
                    return None
                return Roles(self._said(tokens, holders, j + 1, j + 1, memory), roles.targets,
                             HOW)
        return None

    def rejected(self, tokens: list[Token], forms: list[WordForms], hit: TriggerHit,
                 roles: Roles, memory: dict) -> Roles | None:
        """``رفض … الاتهامات الواردة في بياني القمتين``: the rejection aims at the summit's
        holders (the words up to the next comma hold its object)."""
        if hit.entry.type != "REJECT" or "summit" not in memory:
            return None
        for i in range(hit.last + 1, min(len(tokens), hit.last + 1 + REJECT_REACH)):
            if punctuated(tokens, i - 1):
                return None
            if not forms[i].stem_set & STATEMENTS:
                continue    # (not رفض … خلال القمة: what is rejected is the statement)
            holders, end = self._holders(tokens, forms, i, memory)
            if holders:
                return Roles(roles.source, _phrase(tokens, holders, i, end), roles.how)
        return None

    @staticmethod
    def _said(tokens: list[Token], holders: tuple[Actor, ...], first: int, last: int,
              memory: dict) -> Phrase:
        """The holders as the doer of a statement at words ``first``..``last``, noted with
        the summit's sentence for :meth:`dated`."""
        source = _phrase(tokens, holders, first, last)
        if memory.get("summit_at", tokens[0].sentence) < tokens[0].sentence:
            # (told in this very sentence, the summit's time is among the sentence's own)
            memory.setdefault("dated", {})[(tokens[first].start, tokens[last].end)] = \
                memory["summit_at"]
        return source

    @staticmethod
    def dated(events: list[Event], article: Article, memory: dict) -> list[Event]:
        """A summit's statement is dated by the day the article gives the summit (``اختتم
        القادة مساء أمس الخميس قمتيهما``), not by a time in its own sentence that tells of
        something else (``المحتجزين منذ 26 يوليو``)."""
        said = memory.get("dated", {})
        out = []
        for ev in events:
            span = ev.source.span if ev.source is not None else None
            at = said.get((span.start, span.end)) if span is not None else None
            day = sentence_day(article, at, None) if at is not None else None
            out.append(replace(ev, date=day) if day else ev)
        return out

    def _holders(self, tokens: list[Token], forms: list[WordForms], k: int,
                 memory: dict) -> tuple[tuple[Actor, ...], int]:
        """The holders of the summit or summit statement whose phrase starts at ``k``, and
        the phrase's last word; none when the words there are no such phrase."""
        head = forms[k].stem_set
        summit = bool(head & SUMMITS)
        if not summit and not head & STATEMENTS:
            return (), k
        closing = False
        dual = bool(head & DUALS)
        j = k + 1
        while j < min(len(tokens), k + REACH):
            stems = forms[j].stem_set
            if stems & FILLERS:
                closing = closing or bool(stems & CLOSING)
            elif stems & SUMMITS:
                summit, dual = True, dual or bool(stems & DUALS)
            elif self._body(forms[j]):
                # للقمة العربية, البيان الخليجي; القمة العربية الإسلامية: both bodies'
                bodies = self._bodies(forms, j)
                return bodies, j + len(bodies) - 1
            else:
                break
            j += 1
        if summit or closing:
            return _told(memory.get("summit", ()), dual), j - 1
        return (), k

    def _body(self, f: WordForms) -> str | None:
        return next((self.bodies[s] for s in f.stem_set if s in self.bodies), None)

    def _bodies(self, forms: list[WordForms], j: int) -> tuple[Actor, ...]:
        """The bodies of the run of region adjectives starting at word ``j``."""
        out: list[Actor] = []
        while j < len(forms) and (body := self._body(forms[j])):
            out.append(Actor(org=body, sector="IGO"))
            j += 1
        return tuple(out)


def _agrees(verb: str, noun: WordForms) -> bool:
    """Does a perfect verb agree with the noun after it as its subject: feminine
    (``أدانت القمة``) for a summit, masculine (``طالب البيان``) for a statement?"""
    feminine = verb.endswith("ت")
    return feminine if noun.stem_set & SUMMITS else not feminine


def _told(summits: tuple[tuple[Actor, ...], ...], dual: bool) -> tuple[Actor, ...]:
    """The holders of the summit told last; for two summits (القمتان), of the last summit
    of two bodies, else of the last two summits told."""
    if not summits:
        return ()
    if not dual:
        return summits[-1]
    two = next((h for h in reversed(summits) if len(h) >= 2), None)
    if two is not None:
        return two
    out: list[Actor] = []
    for h in summits[-2:]:
        out += [a for a in h if a.org not in {b.org for b in out}]
    return tuple(out)


def _phrase(tokens: list[Token], holders: tuple[Actor, ...], first: int, last: int) -> Phrase:
    span = Span(tokens[first].start, tokens[last].end, "")
    return Phrase(tuple(ActorMention(first, last, Actor(entity=a.entity, name_en=a.name_en,
                                                        org=a.org, sector=a.sector, span=span),
                                     "entity", None, n > 0, "ORG")
                        for n, a in enumerate(holders)))
