"""Store benchmark: ingest throughput, event queries and full-text search at 100,000 events.

The dev stories (../shared/eval/dev/gold.jsonl, research-only text: read at run time,
never stored in the repository) are extracted with the default pipeline. A story
whose extraction yields fewer than half its gold events uses its gold events instead
(with a trigger on the first word of a sentence), so the store holds realistic event
counts whatever the state of extraction. Copies with a marker line appended (a new
text, so not a duplicate) and dates shifted by a few days each fill the store up to
--events events. Then:

- ingest: articles/s with extraction included (pipeline + store), on --ingest N copies
- store only: articles/s storing extracted copies one by one and in batches
- events: p50/p95 of the event list (one page of 50, with the total) under two filters
- search: p50/p95 of full-text article search (one page of 20, total and snippets)

usage:
  python bench/store_bench.py                      # SQLite, and PostgreSQL if $HADATH_TEST_PG
  python bench/store_bench.py --pg postgresql://hadath:hadath@localhost/hadath_test
  python bench/store_bench.py --events 20000 --no-pg
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hadath.pipeline import Pipeline  # noqa: E402
from hadath.store import EventFilter, open_store  # noqa: E402
from hadath.store.terms import words  # noqa: E402

GOLD = Path(os.environ.get("HADATH_SHARED", ROOT.parent / "shared")) / "eval/dev/gold.jsonl"
# rough centroids, only to give benchmark events a place on the map
CENTROIDS = {"SYR": (35.0, 38.5), "RUS": (61.5, 105.3), "USA": (38.9, -77.0),
             "TUR": (39.0, 35.2), "IRN": (32.4, 53.7), "IRQ": (33.2, 43.7),
             "ISR": (31.0, 34.9), "PSE": (31.9, 35.2), "LBN": (33.9, 35.9),
             "JOR": (31.2, 36.5), "EGY": (26.8, 30.8), "SAU": (23.9, 45.1)}


def load_gold() -> list[dict]:
    if not GOLD.exists():
        sys.exit(f"dev set not found at {GOLD}; set HADATH_SHARED")
    return [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]


def _actor(key: str | None) -> dict | None:
    if not key:
        return None
    iso = len(key) == 3 and key.isupper()
    return {"entity": None, "name_en": None, "country": key if iso else None,
            "sector": None, "org": None if iso else key}


def with_gold_events(doc: dict, gold: dict) -> dict:
    """``doc`` with events built from the gold rows (bench data, not extraction)."""
    doc = copy.deepcopy(doc)
    sents = doc["sentences"] or [{"start": 0, "end": len(doc["text"])}]
    ents = list(doc["entities"])
    loc_ids = {}
    for key, (lat, lon) in CENTROIDS.items():
        loc_ids[key] = f"bench-{key}"
        ents.append({"id": f"bench-{key}", "type": "LOC", "name": key, "name_en": key,
                     "country": key, "sector": None, "org": None,
                     "geo": {"lat": lat, "lon": lon, "geonameid": None, "kind": "country"},
                     "mentions": [], "origin": "bench"})
    doc["entities"] = ents
    events = []
    for i, row in enumerate(gold["events"]):
        s = i % len(sents)
        start = sents[s]["start"]
        word = doc["text"][start:sents[s]["end"]].split(" ")[0] or doc["text"][start]
        tgt = _actor(row.get("target"))
        events.append({"type": row["type"], "mode": None, "cameo": None,
                       "source": _actor(row.get("source")), "target": [tgt] if tgt else [],
                       "date": row.get("date"), "sentence": s,
                       "location": loc_ids.get(row.get("target") or "") or
                       loc_ids.get(row.get("source") or ""),
                       "trigger": {"start": start, "end": start + len(word), "text": word},
                       "confidence": 1.0})
    doc["events"] = events
    return doc


def _shift(value: str | None, days: int) -> str | None:
    if not value or len(value) < 10:
        return value
    try:
        return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() + value[10:]
    except ValueError:
        return value


def copy_of(doc: dict, k: int) -> dict:
    """The k-th copy: new id, new text (a line appended), dates shifted by 3k days."""
    out = dict(doc)
    out["id"] = f"{doc['id']}#{k}"
    out["text"] = doc["text"] + f"\n(نسخة {k})"
    out["published"] = _shift(doc.get("published"), 3 * k)
    out["events"] = [{**e, "date": _shift(e.get("date"), 3 * k)} for e in doc["events"]]
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def bench_ingest(url: str, gold: list[dict], n: int) -> float:
    """Articles/s for extraction + store on ``n`` story copies (a fresh pipeline)."""
    pipeline = Pipeline.default()
    inputs = [copy_of({**g, "events": []}, 100_000 + k) for k in range(n // len(gold) + 1)
              for g in gold][:n]
    with open_store(url) as store:
        t0 = time.perf_counter()
        store.add_many(pipeline({k: doc[k] for k in ("id", "text", "published", "source")})
                       .to_dict() for doc in inputs)   # in batches, as `hadath ingest` does
        return n / (time.perf_counter() - t0)


def bench_store(url: str, docs: list[dict], n: int) -> tuple[float, float]:
    """Articles/s storing ``n`` extracted copies one by one (``store.add``, a transaction
    each, as ingest did before batching) and in batches (``store.add_many``)."""
    rates = []
    for k, batched in ((200_000, False), (300_000, True)):
        copies = [copy_of(d, k + i) for i in range(n // len(docs) + 1) for d in docs][:n]
        with open_store(url) as store:
            t0 = time.perf_counter()
            if batched:
                store.add_many(copies)
            else:
                for doc in copies:
                    store.add(doc)
            rates.append(n / (time.perf_counter() - t0))
    return rates[0], rates[1]


def fill(url: str, docs: list[dict], target_events: int) -> tuple[int, int, float]:
    per_round = sum(len(d["events"]) for d in docs)
    rounds = -(-target_events // per_round)
    t0 = time.perf_counter()
    with open_store(url) as store:
        tally = store.add_many(copy_of(d, k) for k in range(rounds) for d in docs)
        n_art = sum(tally.values())
        n_ev = store.counts()["events"]
        store.optimize()  # as `hadath ingest` does after a bulk load
    return n_art, n_ev, time.perf_counter() - t0


def bench_queries(url: str, docs: list[dict], n: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    with open_store(url) as store:
        actors = [a["key"] for a in store.actors(EventFilter(), limit=30)]
        types = sorted({e["type"] for d in docs for e in d["events"]})
        days = sorted({e["day"] for e in store.events(EventFilter(), limit=500)["events"]} |
                      {d["published"] for d in docs if d.get("published")})
        lo, hi = min(days), max(days)
        span = (date.fromisoformat(hi) - date.fromisoformat(lo)).days or 1

        def some_day() -> str:
            return (date.fromisoformat(lo) + timedelta(days=rng.randrange(span))).isoformat()

        makers = [
            ("actor+type", lambda: EventFilter(actor=rng.choice(actors), type=rng.choice(types))),
            ("type+since", lambda: EventFilter(type=rng.choice(types), since=some_day())),
            ("actor+since", lambda: EventFilter(actor=rng.choice(actors), since=some_day())),
            ("actor+until", lambda: EventFilter(actor=rng.choice(actors), until=some_day())),
            ("country+type", lambda: EventFilter(country=rng.choice(list(CENTROIDS)),
                                                 type=rng.choice(types))),
        ]
        vocab = sorted({w for d in docs for w in words(d["text"]) if len(w) >= 4})
        ev_times, fts_times, totals = [], [], []
        by_kind: dict[str, list[float]] = {}
        for i in range(n):
            kind, make = makers[i % len(makers)]
            t0 = time.perf_counter()
            page = store.events(make(), limit=50)
            ev_times.append(time.perf_counter() - t0)
            by_kind.setdefault(kind, []).append(ev_times[-1])
            totals.append(page["total"])
        hits = []
        for i in range(n):
            q = " ".join(rng.sample(vocab, 1 if i % 3 else 2))
            t0 = time.perf_counter()
            res = store.articles(EventFilter(q=q), limit=20)
            fts_times.append(time.perf_counter() - t0)
            hits.append(res["total"])
    ms = lambda xs, p: round(1000 * pct(xs, p), 1)  # noqa: E731
    return {"events_p50_ms": ms(ev_times, 50), "events_p95_ms": ms(ev_times, 95),
            "events_median_total": statistics.median(totals),
            "events_p95_by_filters": {k: ms(v, 95) for k, v in by_kind.items()},
            "search_p50_ms": ms(fts_times, 50), "search_p95_ms": ms(fts_times, 95),
            "search_median_hits": statistics.median(hits)}


def reset_pg(url: str) -> None:
    import psycopg
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS bench CASCADE")
        conn.execute("CREATE SCHEMA bench")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--ingest", type=int, default=200, help="story copies for ingest throughput")
    ap.add_argument("--sqlite", help="SQLite file (default: a temporary one)")
    ap.add_argument("--pg", default=os.environ.get("HADATH_TEST_PG"),
                    help="PostgreSQL URL (default $HADATH_TEST_PG); uses schema 'bench'")
    ap.add_argument("--no-pg", action="store_true")
    args = ap.parse_args()

    gold = load_gold()
    pipeline = Pipeline.default()
    t0 = time.perf_counter()
    extracted = [pipeline({k: g.get(k) for k in ("id", "text", "published", "source")})
                 .to_dict() for g in gold]
    extract_s = time.perf_counter() - t0
    docs, from_gold = [], 0
    for doc, g in zip(extracted, gold):
        if len(doc["events"]) * 2 < len(g["events"]):
            doc, from_gold = with_gold_events(doc, g), from_gold + 1
        docs.append(doc)
    print(f"pipeline {pipeline.names}: {len(gold)} dev stories extracted in {extract_s:.2f}s "
          f"({len(gold) / extract_s:.1f} articles/s); {from_gold} use their gold events; "
          f"{sum(len(d['events']) for d in docs)} events per copy round")

    tmp = tempfile.mkdtemp(prefix="hadath-bench-")
    backends = [("sqlite", args.sqlite or os.path.join(tmp, "bench.db"))]
    if args.pg and not args.no_pg:
        sep = "&" if "?" in args.pg else "?"
        backends.append(("postgresql", f"{args.pg}{sep}options=-csearch_path%3Dbench"))
    for name, url in backends:
        if name == "postgresql":
            reset_pg(args.pg)
        elif os.path.exists(url):
            os.remove(url)
        rate = bench_ingest(url, gold, args.ingest)
        one, batched = bench_store(url, docs, args.ingest)
        n_art, n_ev, secs = fill(url, docs, args.events)
        print(f"\n[{name}] ingest with extraction: {rate:.1f} articles/s ({args.ingest} stories)")
        print(f"[{name}] store only ({args.ingest} extracted stories): one by one {one:.0f} "
              f"articles/s, in batches {batched:.0f} articles/s")
        print(f"[{name}] filled {n_art} articles / {n_ev} events from SPEC JSON in {secs:.1f}s "
              f"({n_art / secs:.0f} articles/s, {n_ev / secs:.0f} events/s)")
        res = bench_queries(url, docs, args.queries)
        print(f"[{name}] events query, two filters, page of 50 + total: "
              f"p50 {res['events_p50_ms']} ms, p95 {res['events_p95_ms']} ms "
              f"(median total {res['events_median_total']}) [target p95 <= 100 ms]")
        print(f"[{name}]   p95 by filters (ms): {res['events_p95_by_filters']}")
        print(f"[{name}] full-text search, page of 20 + total + snippets: "
              f"p50 {res['search_p50_ms']} ms, p95 {res['search_p95_ms']} ms "
              f"(median hits {res['search_median_hits']}) [target p95 <= 150 ms]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
