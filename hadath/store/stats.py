"""Aggregates analysts look at: actors, places, counts over time, who acts on whom.

Each takes the same :class:`EventFilter` as the event list, so a timeline, a map or a
network always shows exactly the events the table would list.
"""
from __future__ import annotations

from hadath.store.backend import Database
from hadath.store.filters import EventFilter, where

INTERVALS = {"day": 10, "month": 7, "year": 4}


def actors(db: Database, f: EventFilter, limit: int = 100) -> list[dict]:
    """Actor keys with how often they act (source) and are acted on (target)."""
    cond, params = where(f, db.dialect)
    rows = db.all(
        "SELECT x.actor_key, "
        "sum(CASE WHEN x.role = 'source' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN x.role = 'target' THEN 1 ELSE 0 END), count(*), max(x.name_en) "
        f"FROM event_actors x JOIN events e ON e.pk = x.event_pk WHERE x.actor_key IS NOT NULL "
        f"AND {cond} GROUP BY x.actor_key ORDER BY count(*) DESC, x.actor_key LIMIT ?",
        [*params, limit])
    return [{"key": k, "as_source": int(s), "as_target": int(t), "events": int(n),
             "name_en": name} for k, s, t, n, name in rows]


def actor(db: Database, key: str, f: EventFilter, interval: str = "month") -> dict | None:
    """One actor: names, counts by type over time, and the actors it deals with most."""
    key = key.upper()
    f = f.with_(actor=key)
    cond, params = where(f, db.dialect)
    names = db.all("SELECT name_en, count(*) FROM event_actors WHERE actor_key = ? "
                   "AND name_en IS NOT NULL GROUP BY name_en ORDER BY count(*) DESC LIMIT 10",
                   (key,))
    total = db.one(f"SELECT count(*) FROM events e WHERE {cond}", params)[0]
    if not total and not names:
        return None
    partners = db.all(
        "SELECT x.actor_key, x.role, count(*) FROM event_actors x JOIN events e "
        f"ON e.pk = x.event_pk WHERE x.actor_key IS NOT NULL AND x.actor_key <> ? AND {cond} "
        "GROUP BY x.actor_key, x.role ORDER BY count(*) DESC LIMIT 20", [key, *params])
    return {"key": key, "names": [{"name_en": n, "count": c} for n, c in names],
            "events": total, "timeline": timeseries(db, f, "type", interval),
            "partners": [{"key": k, "role": r, "events": n} for k, r, n in partners]}


def places(db: Database, f: EventFilter, limit: int = 500) -> list[dict]:
    """Event locations with coordinates and counts, for the map."""
    cond, params = where(f, db.dialect)
    rows = db.all(
        "SELECT e.place_en, max(e.place), e.country, e.lat, e.lon, count(*) FROM events e "
        f"WHERE e.lat IS NOT NULL AND {cond} GROUP BY e.place_en, e.country, e.lat, e.lon "
        "ORDER BY count(*) DESC LIMIT ?", [*params, limit])
    return [{"name_en": n, "name": ar, "country": c, "lat": lat, "lon": lon, "events": k}
            for n, ar, c, lat, lon, k in rows]


def timeseries(db: Database, f: EventFilter, by: str = "type", interval: str = "month",
               top: int = 8) -> dict:
    """Event counts per period, one series per type (or per source actor)."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {sorted(INTERVALS)}, not {interval!r}")
    if by not in ("type", "actor"):
        raise ValueError(f"by must be 'type' or 'actor', not {by!r}")
    cond, params = where(f, db.dialect)
    column = "e.type" if by == "type" else "e.source_key"
    period = f"substr(e.day, 1, {INTERVALS[interval]})"
    rows = db.all(f"SELECT {column}, {period}, count(*) FROM events e WHERE e.day IS NOT NULL "
                  f"AND {column} IS NOT NULL AND {cond} GROUP BY {column}, {period}", params)
    totals: dict[str, int] = {}
    for key, _, n in rows:
        totals[key] = totals.get(key, 0) + n
    keep = sorted(totals, key=lambda k: (-totals[k], k))[:top]
    periods = sorted({p for _, p, _ in rows})
    series = {k: dict.fromkeys(periods, 0) for k in keep}
    for key, p, n in rows:
        if key in series:
            series[key][p] = n
    return {"by": by, "interval": interval, "periods": periods,
            "series": [{"key": k, "total": totals[k], "counts": list(series[k].values())}
                       for k in keep]}


def network(db: Database, f: EventFilter, limit: int = 60) -> dict:
    """Who acts on whom: nodes are actor keys, an edge's weight is its number of events."""
    cond, params = where(f, db.dialect)
    rows = db.all(
        "SELECT e.source_key, x.actor_key, count(*) FROM events e JOIN event_actors x "
        "ON x.event_pk = e.pk AND x.role = 'target' WHERE e.source_key IS NOT NULL "
        f"AND x.actor_key IS NOT NULL AND e.source_key <> x.actor_key AND {cond} "
        "GROUP BY e.source_key, x.actor_key ORDER BY count(*) DESC LIMIT ?", [*params, limit])
    weight: dict[str, int] = {}
    for s, t, n in rows:
        weight[s] = weight.get(s, 0) + n
        weight[t] = weight.get(t, 0) + n
    return {"nodes": [{"key": k, "events": n} for k, n in sorted(weight.items(),
                                                                  key=lambda kv: -kv[1])],
            "edges": [{"source": s, "target": t, "weight": n} for s, t, n in rows]}
