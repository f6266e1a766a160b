"""One article's events: triggers → standing → actors → roles → Event objects.

For each sentence: find triggers, drop negated, hypothetical and planned ones, find the
sentence's actors, assign source and target, and date the act by the sentence's time
expression nearest to the trigger (``null`` when the sentence has none). The location is
a place named after ``في`` in the sentence that is not itself an actor of the event.
"""
from __future__ import annotations

from collections import Counter

from hadath.events.actors import ActorFinder, ActorMention
from hadath.events.assign import Phrase, Roles, assign, phrases
from hadath.events.lexicons import EventLexicons
from hadath.events.negation import ASSERTED, status
from hadath.events.triggers import TriggerHit, TriggerMatcher
from hadath.events.words import WordForms, forms_of
from hadath.model import Actor, Article, Event, Span, Token

SPEECH_VERBS = frozenset({"قال", "اكد", "اعلن", "اوضح", "اشار", "اضاف", "صرح", "ذكر", "شدد",
                          "اعتبر", "راي", "لفت", "كشف", "افاد", "تابع", "اعرب", "جدد",
                          "نقل", "بيان", "اكدت", "قالت"})
_HOW_SCORE = {"svo": 0.15, "vso": 0.15, "self": 0.1, "genitive": 0.1, "passive": 0.05,
              "between": 0.05, "backward": 0.0, "speaker": -0.05}


class EventCoder:
    def __init__(self, lexicons: EventLexicons):
        self.matcher = TriggerMatcher(lexicons)
        self.finder = ActorFinder(lexicons)

    def code(self, article: Article) -> tuple[Event, ...]:
        story = story_country(article)
        by_sentence: dict[int, list[Token]] = {}
        for tok in article.tokens:
            by_sentence.setdefault(tok.sentence, []).append(tok)
        names = [m for e in article.entities for m in e.mentions]
        events: list[Event] = []
        seen: set[tuple] = set()
        prev_speaker: Phrase | None = None
        for si in sorted(by_sentence):
            toks = by_sentence[si]
            forms = [forms_of(t) for t in toks]
            blocked = frozenset(i for i, t in enumerate(toks)
                                if any(m.start < t.end and t.start < m.end for m in names))
            mentions = self.finder.find(article, toks, forms, story)
            groups = phrases(mentions)
            speaker = self._speaker(article, toks, forms, groups, prev_speaker)
            prev_speaker = speaker
            for hit in self.matcher.find(forms, blocked):
                if status(toks, hit.first, hit.entry.form) != ASSERTED:
                    continue
                roles = assign(toks, hit, groups, speaker)
                for ev in self._events(article, toks, si, hit, roles, mentions):
                    key = (ev.type, ev.source.key if ev.source else None,
                           tuple(t.key for t in ev.target), si)
                    if key not in seen:
                        seen.add(key)
                        events.append(ev)
        return tuple(events)

    def _events(self, article: Article, toks: list[Token], si: int, hit: TriggerHit,
                roles: Roles, mentions: list[ActorMention]) -> list[Event]:
        if roles.source is None:
            return []
        sources = [m for m in roles.source.members if m.key]
        if not sources:
            return []
        targets = [m for m in roles.targets.members if m.key] if roles.targets else []
        start, end = toks[hit.first].start, toks[hit.last].end
        trigger = Span(start, end, article.text[start:end])
        date = event_date(article, toks, start)
        used = {id(m) for m in sources} | {id(m) for m in targets}
        location = _location(mentions, used, toks, start)
        entry = hit.entry
        conf = 0.55 + _HOW_SCORE.get(roles.how, 0.0) + (0.1 if targets else 0.0)
        conf -= 0.15 if "weak" in entry.flags else 0.0
        conf -= 0.05 if sources[0].kind in ("adjective", "nominal") else 0.0
        conf = min(0.95, max(0.05, conf))
        out = []
        for s in sources:
            tgt = tuple(_clean(t.actor) for t in targets if t is not s)
            out.append(Event(type=entry.type, mode=entry.mode, cameo=entry.cameo,
                             source=_clean(s.actor), target=tgt, date=date,
                             location=location, sentence=si, trigger=trigger,
                             confidence=conf))
        return out

    def _speaker(self, article: Article, toks: list[Token], forms: list[WordForms],
                 groups: list[Phrase], prev: Phrase | None) -> Phrase | None:
        if not toks:
            return None
        s_start, s_end = toks[0].start, toks[-1].end
        for q in article.quotes:
            if q.speaker and q.start < s_end and s_start < q.end:
                for p in groups:
                    for m in p.members:
                        if m.actor.entity == q.speaker:
                            return Phrase((m,))
                ent = article.entity(q.speaker)
                if ent is not None and ent.key:
                    actor = Actor(entity=ent.id, name_en=ent.name_en, country=ent.country,
                                  sector=ent.sector, org=ent.org)
                    return Phrase((ActorMention(-1, -1, actor, "entity", None, False,
                                                ent.type),))
        for i, f in enumerate(forms):
            if f.keys & SPEECH_VERBS:
                for p in groups:
                    if p.first > i and p.first - i <= 3 and p.prep is None \
                            and p.kind != "adjective":
                        return p
                    if p.last < i and i - p.last <= 1 and p.prep is None \
                            and p.kind != "adjective":
                        return p
        text = article.text[s_start - 1:s_start + 1] if s_start else article.text[:1]
        if prev is not None and any(c in text for c in '"«“'):
            return prev
        return None


def story_country(article: Article) -> str | None:
    """The country the story is about: the most mentioned country among its places."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for ent in article.entities:
        if ent.country and ent.type in ("LOC", "ORG", "PER"):
            weight = 2 if ent.type == "LOC" else 1
            counts[ent.country] += weight * len(ent.mentions)
            first.setdefault(ent.country, min(m.start for m in ent.mentions))
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def event_date(article: Article, toks: list[Token], offset: int) -> str | None:
    """Value of the sentence's dated time expression nearest to ``offset``."""
    s_start, s_end = toks[0].start, toks[-1].end
    best, best_d = None, None
    for t in article.times:
        if t.value is None or t.type not in ("DATE", "TIME") or t.value.startswith("P"):
            continue
        if t.start < s_start or t.end > s_end:
            continue
        d = min(abs(t.start - offset), abs(t.end - offset))
        if best_d is None or d < best_d:
            best, best_d = t.value, d
    if best is not None and "T" in best and "/" not in best:
        best = best.split("T")[0]
    return best


def _location(mentions: list[ActorMention], used: set[int], toks: list[Token],
              offset: int) -> str | None:
    best, best_d = None, None
    for m in mentions:
        if id(m) in used or m.entity_type != "LOC" or m.prep != "في" or not m.actor.entity:
            continue
        d = abs(toks[m.first].start - offset)
        if best_d is None or d < best_d:
            best, best_d = m.actor.entity, d
    return best


def _clean(actor: Actor) -> Actor:
    return actor
