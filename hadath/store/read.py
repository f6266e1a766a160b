"""Read back what was stored: pages of events and articles, and one article whole.

Every function returns plain JSON-ready dicts, the same shape the API sends and the
dashboard draws, so the CLI, the API and the dashboard cannot disagree. One article
comes back as its SPEC JSON (what was ingested) with each event's stored id added.
"""
from __future__ import annotations

import orjson

from hadath.store.backend import Database
from hadath.store.filters import (EventFilter, actor_only, actor_page, count_query,
                                  text_condition, where)
from hadath.store.terms import matches, query_groups

_EVENT_COLS = ("e.pk, a.id, e.idx, e.type, e.mode, e.cameo, e.date, e.day, e.sentence, "
               "e.trigger_start, e.trigger_end, e.trigger_text, e.confidence, "
               "e.location_eid, e.place, e.place_en, e.country, e.lat, e.lon, a.published")


def events(db: Database, f: EventFilter, limit: int = 50, offset: int = 0,
           count: bool = True) -> dict:
    """A page of events matching ``f``, newest first, with the total when ``count``."""
    if actor_only(f):
        page, params = actor_page(f, limit, offset)
        rows = db.all(f"SELECT {_EVENT_COLS} FROM {page} p JOIN events e ON e.pk = p.event_pk "
                      "JOIN articles a ON a.pk = e.article_pk ORDER BY e.day DESC, e.pk DESC",
                      params)
    else:
        cond, params = where(f, db.dialect)
        rows = db.all(f"SELECT {_EVENT_COLS} FROM events e JOIN articles a "
                      f"ON a.pk = e.article_pk WHERE {cond} ORDER BY e.day DESC, e.pk DESC "
                      "LIMIT ? OFFSET ?", [*params, limit, offset])
    total = db.one(*count_query(f, db.dialect))[0] if count else None
    return {"total": total, "limit": limit, "offset": offset,
            "events": _with_actors(db, [_event(r) for r in rows])}


def _event(r: tuple) -> dict:
    return {"id": r[0], "article": r[1], "index": r[2], "type": r[3], "mode": r[4],
            "cameo": r[5], "date": r[6], "day": r[7], "sentence": r[8],
            "trigger": {"start": r[9], "end": r[10], "text": r[11]}
            if r[9] is not None else None,
            "confidence": r[12], "source": None, "target": [],
            "location": {"entity": r[13], "name": r[14], "name_en": r[15], "country": r[16],
                         "lat": r[17], "lon": r[18]} if r[13] else None,
            "published": r[19]}


def _with_actors(db: Database, evs: list[dict]) -> list[dict]:
    if not evs:
        return evs
    by_pk = {e["id"]: e for e in evs}
    marks = ", ".join("?" * len(by_pk))
    for pk, role, eid, name_en, text, country, sector, org, key in db.all(
            "SELECT event_pk, role, entity_eid, name_en, text, country, sector, org, actor_key "
            f"FROM event_actors WHERE event_pk IN ({marks}) ORDER BY pk", list(by_pk)):
        actor = {"entity": eid, "name_en": name_en, "text": text, "country": country,
                 "sector": sector, "org": org, "key": key}
        if role == "source":
            by_pk[pk]["source"] = actor
        else:
            by_pk[pk]["target"].append(actor)
    return evs


def articles(db: Database, f: EventFilter, limit: int = 20, offset: int = 0) -> dict:
    """A page of articles matching the text query and, if set, the event filters."""
    conds, params = [], []
    if f.q:
        cond, params = text_condition(f.q, db.dialect, "a.pk")
        conds.append(cond)
    if f.events_only:
        econd, eparams = where(f.with_(q=None), db.dialect)
        conds.append(f"a.pk IN (SELECT e.article_pk FROM events e WHERE {econd})")
        params += eparams
    cond = " AND ".join(conds) or "1 = 1"
    rows = db.all("SELECT a.id, a.published, a.source, a.title, a.n_events, a.text "
                  f"FROM articles a WHERE {cond} ORDER BY a.published DESC, a.pk DESC "
                  "LIMIT ? OFFSET ?", [*params, limit, offset])
    total = db.one(f"SELECT count(*) FROM articles a WHERE {cond}", params)[0]
    groups = query_groups(f.q) if f.q else []
    out = []
    for doc_id, published, source, title, n_events, text in rows:
        snip, marks = snippet(text, groups)
        out.append({"id": doc_id, "published": published, "source": source, "title": title,
                    "n_events": n_events, "snippet": snip, "snippet_marks": marks})
    return {"total": total, "limit": limit, "offset": offset, "articles": out}


def snippet(text: str, groups: list[list[str]], width: int = 160) -> tuple[str, list[list[int]]]:
    """Up to ``width`` characters of ``text`` around the first match (the start otherwise),
    and the spans of the matching words inside it, for highlighting."""
    hits = matches(groups, text) if groups else []
    start = max(0, hits[0][0] - width // 3) if hits else 0
    end = min(len(text), start + width)
    if start > 0:  # begin and end on word boundaries
        space = text.find(" ", start, hits[0][0] if hits else end)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", start + width // 2, end)
        end = space if space >= 0 else end
    lead = "…" if start else ""
    marks = [[s - start + len(lead), e - start + len(lead)] for s, e in hits
             if s >= start and e <= end]
    out = lead + text[start:end].replace("\n", " ") + ("…" if end < len(text) else "")
    return out, marks


def article(db: Database, doc_id: str) -> dict | None:
    """One article as SPEC JSON, each event with its stored ``id``; None if absent."""
    row = db.one("SELECT pk, id, published, source, url, title, text, sentences, content_hash "
                 "FROM articles WHERE id = ?", (doc_id,))
    if row is None:
        return None
    pk = row[0]
    ents: dict[str, dict] = {}
    ent_rows = db.all("SELECT pk, eid, type, name, name_en, country, sector, org, lat, lon, "
                      "geonameid, geo_kind, origin FROM entities WHERE article_pk = ? ORDER BY pk",
                      (pk,))
    by_pk = {}
    for epk, eid, typ, name, name_en, country, sector, org, lat, lon, gid, kind, origin in ent_rows:
        ent = {"id": eid, "type": typ, "name": name, "name_en": name_en, "country": country,
               "sector": sector, "org": org,
               "geo": {"lat": lat, "lon": lon, "geonameid": gid, "kind": kind}
               if lat is not None else None, "mentions": [], "origin": origin}
        ents[eid] = by_pk[epk] = ent
    for epk, start, end, text in db.all("SELECT entity_pk, start_off, end_off, text FROM mentions "
                                        "WHERE article_pk = ? ORDER BY pk", (pk,)):
        by_pk[epk]["mentions"].append({"start": start, "end": end, "text": text})
    times = [{"start": s, "end": e, "text": t, "value": v, "type": ty} for s, e, t, v, ty in db.all(
        "SELECT start_off, end_off, text, value, type FROM times WHERE article_pk = ? ORDER BY pk",
        (pk,))]
    quotes = [{"speaker": sp, "cue": {"start": cs, "end": ce, "text": ct} if cs is not None
               else None, "start": s, "end": e, "text": t}
              for sp, cs, ce, ct, s, e, t in db.all(
                  "SELECT speaker_eid, cue_start, cue_end, cue_text, start_off, end_off, text "
                  "FROM quotes WHERE article_pk = ? ORDER BY pk", (pk,))]
    evs = db.all(f"SELECT {_EVENT_COLS} FROM events e JOIN articles a ON a.pk = e.article_pk "
                 "WHERE e.article_pk = ? ORDER BY e.idx", (pk,))
    return {"id": row[1], "published": row[2], "source": row[3], "url": row[4],
            "title": row[5], "text": row[6], "sentences": orjson.loads(row[7]),
            "content_hash": row[8], "entities": list(ents.values()), "times": times,
            "quotes": quotes, "events": _with_actors(db, [_event(r) for r in evs])}


def counts(db: Database) -> dict:
    """How much is stored."""
    return {name: db.one(f"SELECT count(*) FROM {name}")[0]
            for name in ("articles", "entities", "events", "quotes", "times")}
