"""What a crowd demands while it protests: ``تظاهر آلاف …، مطالبين بإسقاط الحكومة``.

A participle of demand after a protest (``مطالبين``, ``مطالبا``) has the protesters as its
subject, and they are rarely a named actor: the protest itself gets its source from the
place or the story (:func:`hadath.events.acts.events_of`), so the demand must take it
from the protest event, not from the words before it. When the participle names no
addressee (``مطالبين بالإفراج عن …``), the crowd asks whoever it protests against: the
protest's target. Kept apart from :mod:`hadath.events.coder`, which only calls it for a
participle that found no source of its own.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.phrases import Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Article, Event, Span, Token

# acts a crowd voices while it marches
VOICED = frozenset({"REQUEST"})


def crowd_demand(article: Article, toks: list[Token], hit: TriggerHit, roles: Roles,
                 events: list[Event], si: int) -> list[Event]:
    """The demand of the protest told just before a participle in its sentence ``si``
    (``events``: the article's events so far), one per protest source; ``[]`` when the
    participle is no crowd's (another act comes between, or none is a protest)."""
    entry = hit.entry
    start, end = toks[hit.first].start, toks[hit.last].end
    if entry.type not in VOICED or "participle" not in entry.flags:
        return []
    before = [e for e in events if e.sentence == si and e.trigger.end <= start]
    if not before or before[-1].type != "PROTEST":
        return []
    protest = before[-1]
    marchers = [e for e in before if e.type == "PROTEST" and e.trigger == protest.trigger]
    named = tuple(m.actor for m in roles.targets.members if m.key) if roles.targets else ()
    trigger = Span(start, end, article.text[start:end])
    return [replace(e, type=entry.type, mode=entry.mode, cameo=entry.cameo, trigger=trigger,
                    target=named or e.target, confidence=e.confidence - 0.1)
            for e in marchers if e.source is not None and (named or e.target)]
