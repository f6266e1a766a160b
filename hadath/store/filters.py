"""Event filters, shared by search, the event list, counts, the map and the network.

One frozen value says what the user asked for; :func:`where` turns it into an SQL
condition over ``events e`` for either backend. Dates compare as ISO strings on the
event's day (its own date, else the article's publication date).
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

from hadath.store.terms import fts5_query, query_groups, tsquery


@dataclass(frozen=True, slots=True)
class EventFilter:
    q: str | None = None        # full-text query over the article text
    actor: str | None = None    # actor key (country or org) as source or target
    type: str | None = None     # PLOVER event type
    country: str | None = None  # ISO3 of the event's location
    place: str | None = None    # the location's English or Arabic name
    since: str | None = None    # ISO date, inclusive
    until: str | None = None    # ISO date, inclusive
    article: str | None = None  # one article's id

    @classmethod
    def of(cls, **values) -> "EventFilter":
        """A filter from keyword values, ignoring unknown keys and empty strings."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()
                      if k in names and v not in (None, "")})

    def with_(self, **changes) -> "EventFilter":
        return replace(self, **changes)

    @property
    def events_only(self) -> bool:
        """True when a filter other than the text query is set."""
        return any(getattr(self, f.name) for f in fields(self) if f.name != "q")


def text_condition(q: str, dialect: str, column: str) -> tuple[str, list]:
    """``column IN (articles matching q)``; a query without words matches nothing."""
    groups = query_groups(q)
    if not groups:
        return "1 = 0", []
    if dialect == "sqlite":
        return (f"{column} IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)",
                [fts5_query(groups)])
    # OFFSET 0 keeps PostgreSQL from walking all articles in date order and testing
    # each one's tsvector (its plan for rare words): the GIN index lookup runs first
    return (f"{column} IN (SELECT article_pk FROM article_fts "
            f"WHERE terms @@ to_tsquery('simple', ?) OFFSET 0)", [tsquery(groups)])


def where(f: EventFilter, dialect: str) -> tuple[str, list]:
    """SQL condition over ``events e`` and its parameters."""
    conds: list[str] = []
    params: list = []
    if f.q:
        cond, p = text_condition(f.q, dialect, "e.article_pk")
        conds.append(cond)
        params += p
    if f.actor:
        sub, sub_params = _actor_rows(f)
        conds.append(f"e.pk IN (SELECT x.event_pk FROM event_actors x WHERE {sub})")
        params += sub_params
    if f.type:
        conds.append("e.type = ?")
        params.append(f.type.upper())
    if f.country:
        conds.append("e.country = ?")
        params.append(f.country.upper())
    if f.place:
        conds.append("(e.place_en = ? OR e.place = ?)")
        params += [f.place, f.place]
    if f.since:
        conds.append("e.day >= ?")
        params.append(f.since)
    if f.until:
        conds.append("e.day <= ?")
        params.append(_end_of(f.until))
    if f.article:
        conds.append("e.article_pk IN (SELECT pk FROM articles WHERE id = ?)")
        params.append(f.article)
    return (" AND ".join(conds) or "1 = 1"), params


def _actor_rows(f: EventFilter) -> tuple[str, list]:
    """Condition on ``event_actors x`` for the actor, with the type and dates repeated
    there so that one (actor_key, type, day) index answers it."""
    sub, params = ["x.actor_key = ?"], [f.actor.upper()]
    if f.type:
        sub.append("x.type = ?")
        params.append(f.type.upper())
    if f.since:
        sub.append("x.day >= ?")
        params.append(f.since)
    if f.until:
        sub.append("x.day <= ?")
        params.append(_end_of(f.until))
    return " AND ".join(sub), params


def actor_only(f: EventFilter) -> bool:
    """An actor with at most a type and dates: the actor index alone answers it."""
    return bool(f.actor) and not (f.q or f.country or f.place or f.article)


def actor_page(f: EventFilter, limit: int, offset: int) -> tuple[str, list]:
    """SQL for one page of an :func:`actor_only` filter, newest first, read in order
    from the actor index (a rare actor would otherwise mean walking all events)."""
    sub, params = _actor_rows(f)
    return (f"(SELECT DISTINCT x.day, x.event_pk FROM event_actors x WHERE {sub} "
            "ORDER BY x.day DESC, x.event_pk DESC LIMIT ? OFFSET ?)", [*params, limit, offset])


def count_query(f: EventFilter, dialect: str) -> tuple[str, list]:
    """SQL counting the events matching ``f``. With an actor and nothing but a type and
    dates besides, the count comes from the actor index alone, without the events."""
    if actor_only(f):
        sub, params = _actor_rows(f)
        return f"SELECT count(DISTINCT x.event_pk) FROM event_actors x WHERE {sub}", params
    cond, params = where(f, dialect)
    return f"SELECT count(*) FROM events e WHERE {cond}", params


def _end_of(until: str) -> str:
    """The last day a partial date covers: ``2017`` → ``2017-12-31``, ``2017-05`` → ``2017-05-31``."""
    return {4: until + "-12-31", 7: until + "-31"}.get(len(until), until)
