"""A restriction lifted whose imposing a relative clause tells: ``رفعت السلطات حظر
التجوال الذي فرضته على العاصمة منذ صباح الخميس``. The curfew imposed is an act of its
own (COERCE), told before its lifting (CONCEDE) and dated by the relative clause's own
time (``منذ صباح الخميس``), or by none: the lifting's day (``فجر السبت``) is not the day
the curfew was imposed."""
from __future__ import annotations

from dataclasses import replace

from hadath.events.dates import day_of
from hadath.model import Article, Event, Span, Token
from hadath.text.particles import SINGULAR_RELATIVES

# CAMEO codes of lifted restrictions (0813 a curfew, 0814 a state of emergency)
LIFTED = frozenset({"0813", "0814"})
# "which it imposed" (فرضته, فرضه سلفه), "which it declared" (أعلنته)
IMPOSED = frozenset({"فرضته", "فرضه", "فرضها", "فرضتها", "فرضوه", "فرضوها", "اعلنته",
                     "اعلنه", "اعلنها", "اعلنتها"})
# words between the lifted restriction and its relative pronoun (الشامل, الليلي)
REACH = 3
# the curfew's CAMEO code and mode, as the trigger table writes them
CURFEW = ("1723", "curfew")


def imposed(article: Article, events: list[Event]) -> list[Event]:
    """The events with, before each lifting of a curfew or an emergency, the imposing a
    relative clause after it tells, done by the same actor to the same target."""
    out: list[Event] = []
    for ev in events:
        verb = _imposing(article, ev) if ev.type == "CONCEDE" and ev.cameo in LIFTED else None
        if verb is not None:
            trigger = Span(verb.start, verb.end, article.text[verb.start:verb.end])
            out.append(replace(ev, type="COERCE", cameo=CURFEW[0], mode=CURFEW[1],
                               trigger=trigger, date=_clause_time(article, verb)))
        out.append(ev)
    return out


def _imposing(article: Article, ev: Event) -> Token | None:
    toks = [t for t in article.tokens if t.sentence == ev.sentence]
    end = next((i for i, t in enumerate(toks) if t.end >= ev.trigger.end), None)
    if end is None:
        return None
    for i in range(end + 1, min(len(toks) - 1, end + 2 + REACH)):
        if toks[i].norm in SINGULAR_RELATIVES:
            return toks[i + 1] if toks[i + 1].norm in IMPOSED else None
    return None


def _clause_time(article: Article, verb: Token) -> str | None:
    """The day of the first time after ``verb`` in its clause (before a comma), if any."""
    stop = next((t.start for t in article.tokens
                 if t.sentence == verb.sentence and t.start > verb.start
                 and t.norm in ("،", ",", ".")), None)
    for t in sorted(article.times, key=lambda x: x.start):
        if t.start > verb.start and (stop is None or t.start < stop) and t.value \
                and t.type in ("DATE", "TIME") and not t.value.startswith("P"):
            return day_of(t.value)
    return None
