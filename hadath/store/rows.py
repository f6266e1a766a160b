"""The table rows of one SPEC document, before it has primary keys.

Rows are built in Python first, all of them, so that a document with a missing or
malformed field fails before anything is written, and so that many documents can
then be written together (:mod:`hadath.store.write`). Keys that do not exist yet are
left out: the writer reserves primary keys for a whole batch and puts them in front
of these rows (an entity's mentions and an event's actors name their parent by its
position in the document).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

import orjson

from hadath.store.terms import index_terms

ARTICLE_COLS = ("pk", "id", "content_hash", "published", "source", "url", "title", "text",
                "sentences", "n_events", "ingested_at")
ENTITY_COLS = ("pk", "article_pk", "eid", "type", "name", "name_en", "country", "sector",
               "org", "actor_key", "lat", "lon", "geonameid", "geo_kind", "origin")
MENTION_COLS = ("entity_pk", "article_pk", "start_off", "end_off", "text")
TIME_COLS = ("article_pk", "start_off", "end_off", "text", "value", "type")
QUOTE_COLS = ("article_pk", "speaker_eid", "cue_start", "cue_end", "cue_text", "start_off",
              "end_off", "text")
EVENT_COLS = ("pk", "article_pk", "idx", "type", "mode", "cameo", "date", "day", "sentence",
              "trigger_start", "trigger_end", "trigger_text", "confidence", "source_key",
              "source_name", "location_eid", "place", "place_en", "country", "lat", "lon")
ACTOR_COLS = ("event_pk", "role", "type", "day", "entity_eid", "name_en", "text", "country",
              "sector", "org", "actor_key")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def day_of(date: str | None) -> str | None:
    """The sortable start of an ISO date or range: ``2017-05-03/2017-05-04`` → ``2017-05-03``."""
    if not date:
        return None
    return date.split("/", 1)[0][:10] or None


def actor_key(actor: dict | None) -> str | None:
    if not actor:
        return None
    return actor.get("country") or actor.get("org") or None


@dataclass(frozen=True, slots=True)
class DocRows:
    """One document's rows; each tuple lacks the leading key columns noted."""
    id: str
    digest: str
    article: tuple                      # ARTICLE_COLS without pk
    terms: str                          # full-text terms of title and text
    entities: tuple[tuple, ...]         # ENTITY_COLS without pk, article_pk
    mentions: tuple[tuple, ...]         # (entity position, *MENTION_COLS[2:])
    times: tuple[tuple, ...]            # TIME_COLS without article_pk
    quotes: tuple[tuple, ...]           # QUOTE_COLS without article_pk
    events: tuple[tuple, ...]           # EVENT_COLS without pk, article_pk
    actors: tuple[tuple, ...]           # (event position, *ACTOR_COLS[1:])


def document_rows(doc: dict) -> DocRows:
    """The rows of ``doc``; raises KeyError, TypeError or ValueError when it is not
    valid SPEC JSON (nothing has been written then)."""
    text = doc.get("text")
    if not isinstance(text, str):
        raise ValueError(f"document {doc.get('id')!r} has no 'text'; the store keeps the "
                         "article text (hadath extract writes it)")
    digest = content_hash(text)
    events = doc.get("events") or []
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    article = (str(doc["id"]), digest, doc.get("published"), doc.get("source"), doc.get("url"),
               doc.get("title"), text, orjson.dumps(doc.get("sentences") or []).decode(),
               len(events), now)
    entities = doc.get("entities") or []
    by_eid = {ent["id"]: ent for ent in entities}
    events_rows, actors = _event_rows(events, by_eid, doc.get("published"))
    return DocRows(
        id=str(doc["id"]), digest=digest, article=article,
        terms=index_terms(" ".join(filter(None, [doc.get("title"), text]))),
        entities=tuple(_entity_row(ent) for ent in entities),
        mentions=tuple((i, m["start"], m["end"], m["text"])
                       for i, ent in enumerate(entities) for m in ent.get("mentions") or []),
        times=tuple((t["start"], t["end"], t["text"], t.get("value"), t.get("type"))
                    for t in doc.get("times") or []),
        quotes=tuple((q.get("speaker"), *_span(q.get("cue")), q["start"], q["end"], q["text"])
                     for q in doc.get("quotes") or []),
        events=events_rows, actors=actors)


def _span(span: dict | None) -> tuple:
    return (span["start"], span["end"], span["text"]) if span else (None, None, None)


def _entity_row(ent: dict) -> tuple:
    geo = ent.get("geo") or {}
    return (ent["id"], ent["type"], ent.get("name") or "", ent.get("name_en"),
            ent.get("country"), ent.get("sector"), ent.get("org"), actor_key(ent),
            geo.get("lat"), geo.get("lon"), geo.get("geonameid"), geo.get("kind"),
            ent.get("origin"))


def _event_rows(events: list[dict], entities: dict[str, dict],
                published: str | None) -> tuple[tuple, tuple]:
    rows, actors = [], []
    for idx, ev in enumerate(events):
        src = ev.get("source")
        loc = entities.get(ev.get("location") or "") or {}
        geo = loc.get("geo") or {}
        day = day_of(ev.get("date")) or day_of(published)
        rows.append((idx, ev["type"], ev.get("mode"), ev.get("cameo"), ev.get("date"), day,
                     ev.get("sentence"), *_span(ev.get("trigger")), ev.get("confidence"),
                     actor_key(src), (src or {}).get("name_en"), ev.get("location"),
                     loc.get("name"), loc.get("name_en"), loc.get("country"),
                     geo.get("lat"), geo.get("lon")))
        roles = [("source", src)] if src else []
        roles += [("target", t) for t in ev.get("target") or [] if t]
        actors += [(idx, role, ev["type"], day, a.get("entity"), a.get("name_en"),
                    a.get("text"), a.get("country"), a.get("sector"), a.get("org"),
                    actor_key(a)) for role, a in roles]
    return tuple(rows), tuple(actors)
