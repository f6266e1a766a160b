"""Event tables for analysts, from batch or Spark output.

- ``csv``/``parquet``: one row per event and target (an event with two targets is two
  rows, as the SPEC gold lists them), ISO dates, snake_case column names: pandas,
  R (``read.csv``, ``arrow::read_parquet``) and Stata (``import delimited``) read
  them as they are.
- ``plover``: JSON lines with POLECAT-style field names, one line per event.
- ``cameo``: tab-separated rows without a header in the column order of the Phoenix
  data set (EventID, Date as YYYYMMDD, Year, Month, Day, the source and target actor
  code fields, EventCode, EventRootCode, PentaClass, GoldsteinScore, Issues, Lat,
  Lon, LocationName, StateName, CountryCode, SentenceID, URLs, NewsSources).

Inputs: a JSONL file of SPEC objects (``.jsonl``/``.jsonl.gz``), a ``hadath batch``
directory (JSONL or Parquet chunks), a ``hadath spark`` Parquet directory, or the
store (``hadath.db`` / ``sqlite:///…`` / ``postgresql://…``).
"""
from __future__ import annotations

import csv
import os
from typing import IO, Iterable, Iterator

import orjson

from hadath.io.readers import iter_json_lines

TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "string"), ("story_id", "string"), ("story_date", "date"),
    ("story_source", "string"), ("story_url", "string"), ("event_date", "date"),
    ("event_type", "string"), ("event_mode", "string"), ("cameo_code", "string"),
    ("source_name", "string"), ("source_country", "string"), ("source_sector", "string"),
    ("source_org", "string"), ("target_name", "string"), ("target_country", "string"),
    ("target_sector", "string"), ("target_org", "string"), ("location_name", "string"),
    ("location_country", "string"), ("location_lat", "float"), ("location_lon", "float"),
    ("sentence_index", "int"), ("trigger_text", "string"), ("confidence", "float"),
)
PHOENIX_COLUMNS = ("EventID", "Date", "Year", "Month", "Day", "SourceActorFull",
                   "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
                   "TargetActorFull", "TargetActorEntity", "TargetActorRole",
                   "TargetActorAttribute", "EventCode", "EventRootCode", "PentaClass",
                   "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName", "StateName",
                   "CountryCode", "SentenceID", "URLs", "NewsSources")
FORMATS = ("csv", "parquet", "plover", "cameo")


# ---- reading processed articles -------------------------------------------------

STORE_PREFIXES = ("sqlite:///", "postgresql://", "postgres://")
STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def is_store(path: str) -> bool:
    return path.startswith(STORE_PREFIXES) or path.lower().endswith(STORE_SUFFIXES)


def read_articles(path: str) -> Iterator[dict]:
    """SPEC output objects from a JSONL file, a batch directory, a Parquet directory or
    a hadath store (``hadath.db``, ``sqlite:///…``, ``postgresql://…``)."""
    if is_store(path):
        yield from _store_docs(path)
    elif os.path.isdir(path):
        if os.path.exists(os.path.join(path, "manifest.jsonl")):
            from hadath.scale.batch import read_batch_output
            yield from read_batch_output(path)
        else:
            yield from _parquet_docs(path)
    elif path.endswith(".parquet"):
        yield from _parquet_docs(path)
    else:
        yield from iter_json_lines(path)


def _store_docs(url: str) -> Iterator[dict]:
    """Every stored article, in the order it was stored, one at a time."""
    from hadath.store.store import Store
    store = Store(url)
    try:
        ids = [row[0] for row in store.db.all("SELECT id FROM articles ORDER BY pk")]
        for doc_id in ids:
            doc = store.article(doc_id)
            if doc is not None:
                yield doc
    finally:
        store.db.close()


def _parquet_docs(path: str) -> Iterator[dict]:
    import pyarrow.dataset as ds
    dataset = ds.dataset(path, format="parquet", partitioning="hive")
    for batch in dataset.to_batches(columns=["doc"]):
        for value in batch.column(0).to_pylist():
            yield orjson.loads(value)


# ---- flat rows ---------------------------------------------------------------------

def _location(doc: dict, entity_id: str | None) -> dict:
    for ent in doc.get("entities") or ():
        if ent.get("id") == entity_id:
            geo = ent.get("geo") or {}
            return {"name": ent.get("name_en") or ent.get("name"),
                    "country": ent.get("country"), "lat": geo.get("lat"),
                    "lon": geo.get("lon")}
    return {"name": None, "country": None, "lat": None, "lon": None}


def _actor_name(actor: dict | None) -> str | None:
    if not actor:
        return None
    return actor.get("name_en") or actor.get("text")


def _sentence_text(doc: dict, index: int | None) -> str | None:
    sents = doc.get("sentences") or ()
    if index is None or not 0 <= index < len(sents):
        return None
    return doc.get("text", "")[sents[index]["start"]:sents[index]["end"]]


def event_rows(docs: Iterable[dict]) -> Iterator[dict]:
    """One flat row per (event, target); an event without a target gives one row."""
    for doc in docs:
        for n, ev in enumerate(doc.get("events") or (), 1):
            src = ev.get("source") or {}
            loc = _location(doc, ev.get("location"))
            base = {
                "event_id": f"{doc['id']}-{n}", "story_id": doc["id"],
                "story_date": doc.get("published"), "story_source": doc.get("source"),
                "story_url": doc.get("url"), "event_date": ev.get("date"),
                "event_type": ev.get("type"), "event_mode": ev.get("mode"),
                "cameo_code": ev.get("cameo"), "source_name": _actor_name(src),
                "source_country": src.get("country"), "source_sector": src.get("sector"),
                "source_org": src.get("org"), "location_name": loc["name"],
                "location_country": loc["country"], "location_lat": loc["lat"],
                "location_lon": loc["lon"], "sentence_index": ev.get("sentence"),
                "trigger_text": (ev.get("trigger") or {}).get("text"),
                "confidence": ev.get("confidence"),
            }
            for tgt in ev.get("target") or [None]:
                tgt = tgt or {}
                yield {**base, "target_name": _actor_name(tgt),
                       "target_country": tgt.get("country"),
                       "target_sector": tgt.get("sector"), "target_org": tgt.get("org")}


def _write_csv_rows(rows: Iterable[dict], names: list[str], out: IO[str],
                    extrasaction: str = "raise") -> int:
    """Rows as CSV with a header, None as an empty cell; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=names, extrasaction=extrasaction,
                            lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
        n += 1
    return n


def write_csv(docs: Iterable[dict], out: IO[str]) -> int:
    return _write_csv_rows(event_rows(docs), [name for name, _ in TABLE_COLUMNS], out,
                           extrasaction="ignore")


def write_parquet(docs: Iterable[dict], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq
    types = {"string": pa.string(), "date": pa.date32(), "float": pa.float64(),
             "int": pa.int32()}
    schema = pa.schema([(name, types[kind]) for name, kind in TABLE_COLUMNS])
    rows = list(event_rows(docs))
    for row in rows:
        for name, kind in TABLE_COLUMNS:
            if kind == "date":
                row[name] = _as_date(row.get(name))
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return len(rows)


def _as_date(value: str | None):
    """A day for a date column; month or year precision (``2017-05``) has no day: null."""
    from datetime import date
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# ---- merged story events (batch --dedup) ----------------------------------------------

MERGED_COLUMNS = ("event_id", "story_id", "event_date", "event_type", "event_mode",
                  "cameo_code", "source_name", "source_country", "source_sector",
                  "source_org", "target_name", "target_country", "target_sector",
                  "target_org", "num_mentions", "num_sources", "num_articles", "articles")


def merged_event_files(run_dir: str) -> list[str]:
    """The merged-event files of a ``batch --dedup`` run (``events.jsonl``) or of a
    ``spark --dedup`` run (``_events/part-*``)."""
    import glob
    path = os.path.join(run_dir, "events.jsonl")
    if os.path.exists(path):
        return [path]
    parts = sorted(glob.glob(os.path.join(run_dir, "_events", "part-*")))
    if not parts:
        raise FileNotFoundError(f"{path} not found: run hadath batch (or spark) with "
                                "--dedup first")
    return parts


def merged_event_rows(run_dir: str) -> Iterator[dict]:
    """One row per merged event and target from a ``--dedup`` run's merged events,
    with GDELT-style counts; ``articles`` lists the story's copies, ';'-joined."""
    for path in merged_event_files(run_dir):
        with open(path, "rb") as f:
            for line in f:
                if line.strip():
                    yield from _merged_rows(orjson.loads(line))


def _merged_rows(ev: dict) -> Iterator[dict]:
    src = ev.get("source") or {}
    base = {"event_id": ev["event_id"], "story_id": ev["story"],
            "event_date": ev.get("date"), "event_type": ev.get("type"),
            "event_mode": ev.get("mode"), "cameo_code": ev.get("cameo"),
            "source_name": _actor_name(src), "source_country": src.get("country"),
            "source_sector": src.get("sector"), "source_org": src.get("org"),
            "num_mentions": ev["NumMentions"], "num_sources": ev["NumSources"],
            "num_articles": ev["NumArticles"], "articles": ";".join(ev["articles"])}
    for tgt in ev.get("target") or [None]:
        tgt = tgt or {}
        yield {**base, "target_name": _actor_name(tgt), "target_country": tgt.get("country"),
               "target_sector": tgt.get("sector"), "target_org": tgt.get("org")}


def write_merged_csv(run_dir: str, out: IO[str]) -> int:
    return _write_csv_rows(merged_event_rows(run_dir), list(MERGED_COLUMNS), out)


# ---- PLOVER JSON lines -----------------------------------------------------------------

def plover_records(docs: Iterable[dict]) -> Iterator[dict]:
    """POLECAT-style records; an event's several targets are ';'-joined as POLECAT does."""
    for doc in docs:
        for n, ev in enumerate(doc.get("events") or (), 1):
            src = ev.get("source") or {}
            tgts = ev.get("target") or []
            loc = _location(doc, ev.get("location"))

            def joined(key, actors=tgts):
                vals = [(_actor_name(a) if key == "name" else a.get(key)) or "" for a in actors]
                return ";".join(vals) if any(vals) else None

            yield {"event_id": f"{doc['id']}-{n}", "event_type": ev.get("type"),
                   "event_mode": ev.get("mode"), "event_date": ev.get("date"),
                   "event_text": _sentence_text(doc, ev.get("sentence")),
                   "source_actor": _actor_name(src), "source_country": src.get("country"),
                   "source_sector": src.get("sector"), "source_org": src.get("org"),
                   "target_actor": joined("name"), "target_country": joined("country"),
                   "target_sector": joined("sector"), "target_org": joined("org"),
                   "story_date": doc.get("published"), "story_id": doc["id"],
                   "story_source": doc.get("source"), "story_url": doc.get("url"),
                   "location_name": loc["name"], "location_lat": loc["lat"],
                   "location_lon": loc["lon"], "location_country": loc["country"],
                   "cameo_code": ev.get("cameo"), "confidence": ev.get("confidence")}


def write_plover(docs: Iterable[dict], out: IO[bytes]) -> int:
    n = 0
    for rec in plover_records(docs):
        out.write(orjson.dumps(rec) + b"\n")
        n += 1
    return n


# ---- CAMEO, Phoenix layout -------------------------------------------------------------

def penta_class(root: str | None) -> str:
    """Phoenix's PentaClass of a CAMEO root code: 0 neutral (01-02), 1 verbal
    cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
    4 material conflict (14-20)."""
    if not root or not root.isdigit():
        return ""
    r = int(root)
    for klass, last in ((0, 2), (1, 5), (2, 8), (3, 13), (4, 20)):
        if r <= last:
            return str(klass)
    return ""


def _actor_code(actor: dict | None) -> tuple[str, str, str, str]:
    """(Full, Entity, Role, Attribute): country or org code, then the sector as role."""
    if not actor:
        return "", "", "", ""
    entity = actor.get("country") or actor.get("org") or ""
    role = actor.get("sector") or ""
    return entity + role, entity, role, ""


def cameo_rows(docs: Iterable[dict]) -> Iterator[tuple]:
    """Phoenix rows: one per (event, target) that has a CAMEO code."""
    for row in event_rows(docs):
        code = row["cameo_code"]
        if not code:
            continue
        # Phoenix rows always carry a day: an event known only to the month (or not
        # dated) takes the story's date, as Phoenix dates events by their story
        day = row["event_date"] if len(row["event_date"] or "") >= 10 else (
            row["story_date"] or "")
        y, m, d = (day[:4], day[5:7], day[8:10]) if len(day) >= 10 else ("", "", "")
        src = _actor_code({"country": row["source_country"], "org": row["source_org"],
                           "sector": row["source_sector"]})
        tgt = _actor_code({"country": row["target_country"], "org": row["target_org"],
                           "sector": row["target_sector"]})
        yield (row["event_id"], f"{y}{m}{d}", y, m.lstrip("0"), d.lstrip("0"), *src, *tgt,
               code, code[:2], penta_class(code[:2]), "", "",
               _num(row["location_lat"]), _num(row["location_lon"]),
               row["location_name"] or "", "", row["location_country"] or "",
               f"{row['story_id']}-{row['sentence_index']}", row["story_url"] or "",
               row["story_source"] or "")


def _num(value) -> str:
    return "" if value is None else str(value)


def write_cameo(docs: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for row in cameo_rows(docs):
        out.write("\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in row) + "\n")
        n += 1
    return n
