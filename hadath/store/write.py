"""Store SPEC documents: one article with all its annotations, idempotently.

A story is identified by the hash of its text: the same text ingested twice is stored
once (the second time is reported as ``duplicate``). A document whose id is already
stored with a different text replaces the old version (``replaced``). Events keep the
index they had in the document and the sentence they came from, so every stored event
leads back to its article and sentence.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Any

import orjson

from hadath.store.backend import Database, Tx
from hadath.store.terms import index_terms


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


def add_document(db: Database, doc: dict) -> str:
    """Store one SPEC document; returns ``added``, ``replaced`` or ``duplicate``."""
    text = doc.get("text")
    if not isinstance(text, str):
        raise ValueError(f"document {doc.get('id')!r} has no 'text'; the store keeps the "
                         "article text (hadath extract writes it)")
    digest = content_hash(text)
    with db.transaction() as tx:
        if tx.one("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)):
            return "duplicate"
        old = tx.one("SELECT pk FROM articles WHERE id = ?", (str(doc["id"]),))
        if old:
            _delete(tx, old[0])
        _insert(tx, doc, digest)
        return "replaced" if old else "added"


def _delete(tx: Tx, pk: int) -> None:
    if tx.db.dialect == "sqlite":
        tx.execute("DELETE FROM article_fts WHERE rowid = ?", (pk,))
    tx.execute("DELETE FROM articles WHERE pk = ?", (pk,))


def _insert(tx: Tx, doc: dict, digest: str) -> int:
    events = doc.get("events") or []
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    pk = tx.insert(
        "INSERT INTO articles (id, content_hash, published, source, url, title, text, "
        "sentences, n_events, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (str(doc["id"]), digest, doc.get("published"), doc.get("source"), doc.get("url"),
         doc.get("title"), doc["text"], orjson.dumps(doc.get("sentences") or []).decode(),
         len(events), now))
    terms = index_terms(" ".join(filter(None, [doc.get("title"), doc["text"]])))
    if tx.db.dialect == "sqlite":
        tx.execute("INSERT INTO article_fts (rowid, terms) VALUES (?, ?)", (pk, terms))
    else:
        tx.execute("INSERT INTO article_fts (article_pk, terms) "
                   "VALUES (?, to_tsvector('simple', ?))", (pk, terms))
    entities = _insert_entities(tx, pk, doc.get("entities") or [])
    tx.many("INSERT INTO times (article_pk, start_off, end_off, text, value, type) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(pk, t["start"], t["end"], t["text"], t.get("value"), t.get("type"))
             for t in doc.get("times") or []])
    tx.many("INSERT INTO quotes (article_pk, speaker_eid, cue_start, cue_end, cue_text, "
            "start_off, end_off, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(pk, q.get("speaker"), *_span(q.get("cue")), q["start"], q["end"], q["text"])
             for q in doc.get("quotes") or []])
    _insert_events(tx, pk, events, entities, doc.get("published"))
    return pk


def _span(span: dict | None) -> tuple:
    return (span["start"], span["end"], span["text"]) if span else (None, None, None)


def _insert_entities(tx: Tx, article_pk: int, entities: list[dict]) -> dict[str, dict]:
    rows = []
    for ent in entities:
        geo = ent.get("geo") or {}
        rows.append((article_pk, ent["id"], ent["type"], ent.get("name") or "",
                     ent.get("name_en"), ent.get("country"), ent.get("sector"), ent.get("org"),
                     actor_key(ent), geo.get("lat"), geo.get("lon"), geo.get("geonameid"),
                     geo.get("kind"), ent.get("origin")))
    pks = tx.insert_many(
        "INSERT INTO entities (article_pk, eid, type, name, name_en, country, sector, org, "
        "actor_key, lat, lon, geonameid, geo_kind, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    tx.many("INSERT INTO mentions (entity_pk, article_pk, start_off, end_off, text) "
            "VALUES (?, ?, ?, ?, ?)",
            [(epk, article_pk, m["start"], m["end"], m["text"])
             for epk, ent in zip(pks, entities) for m in ent.get("mentions") or []])
    return {ent["id"]: ent for ent in entities}


def _insert_events(tx: Tx, article_pk: int, events: list[dict], entities: dict[str, dict],
                   published: str | None) -> None:
    rows = []
    for idx, ev in enumerate(events):
        src = ev.get("source")
        loc = entities.get(ev.get("location") or "") or {}
        geo = loc.get("geo") or {}
        rows.append((article_pk, idx, ev["type"], ev.get("mode"), ev.get("cameo"),
                     ev.get("date"), day_of(ev.get("date")) or day_of(published),
                     ev.get("sentence"), *_span(ev.get("trigger")), ev.get("confidence"),
                     actor_key(src), (src or {}).get("name_en"), ev.get("location"),
                     loc.get("name"), loc.get("name_en"), loc.get("country"),
                     geo.get("lat"), geo.get("lon")))
    pks = tx.insert_many(
        "INSERT INTO events (article_pk, idx, type, mode, cameo, date, day, sentence, "
        "trigger_start, trigger_end, trigger_text, confidence, source_key, source_name, "
        "location_eid, place, place_en, country, lat, lon) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    actors = []
    for epk, ev, row in zip(pks, events, rows):
        roles = [("source", ev["source"])] if ev.get("source") else []
        roles += [("target", t) for t in ev.get("target") or [] if t]
        actors += [(epk, role, ev["type"], row[6], a.get("entity"), a.get("name_en"),
                    a.get("text"), a.get("country"), a.get("sector"), a.get("org"),
                    actor_key(a)) for role, a in roles]
    tx.many("INSERT INTO event_actors (event_pk, role, type, day, entity_eid, name_en, text, "
            "country, sector, org, actor_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", actors)
