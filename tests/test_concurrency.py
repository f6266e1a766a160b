"""Many requests at once: the store and the API on each backend.

The API answers on a pool of worker threads. Each read and each ingest runs on a
connection of its own (SQLite: one per thread, WAL; PostgreSQL: a psycopg_pool
pool), so a reader neither waits for an ingest in progress nor sees half of it, and
parallel requests all get the answers they would get one by one.
"""
from __future__ import annotations

import copy
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from hadath.store import EventFilter, open_store
from hadath.store.write import write_batch

# a liveness guard against a deadlock, not a speed limit
HANG_S = 60


def test_reader_is_not_blocked_by_an_open_ingest_and_sees_none_of_it(store_url,
                                                                    spec_documents):
    first, second = spec_documents[0], spec_documents[1]
    with open_store(store_url) as store:
        store.add(first)
        inside, release = threading.Event(), threading.Event()

        def slow_ingest():
            with store.db.transaction() as tx:
                write_batch(tx, [second])
                inside.set()
                release.wait(HANG_S)

        with ThreadPoolExecutor(2) as pool:
            writer = pool.submit(slow_ingest)
            assert inside.wait(HANG_S)
            during = pool.submit(lambda: (store.counts()["articles"],
                                          store.articles(EventFilter(q="ترامب"))["total"]))
            try:
                seen = during.result(timeout=HANG_S)
            finally:
                release.set()
            writer.result(timeout=HANG_S)
        assert seen == (1, 0)   # the half-done ingest of the Trump story is invisible
        assert store.counts()["articles"] == 2
        assert store.articles(EventFilter(q="ترامب"))["total"] == 1


pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")

from hadath.web.app import create_app  # noqa: E402
from hadath.web.background import serve_in_thread  # noqa: E402

TOKEN = "test-token"
READS = ["api/events", "api/events?actor=USA", "api/events?q=%D8%B9%D9%82%D9%88%D8%A8%D8%A7%D8%AA",
         "api/articles?q=%D8%AA%D8%B1%D8%A7%D9%85%D8%A8", "api/articles/t-trump-gaza",
         "api/actors", "api/actors/USA", "api/places", "api/timeseries?by=actor",
         "api/network", "api/stats"]


def test_parallel_reads_match_serial_reads(filled_store):
    with serve_in_thread(create_app(store=filled_store)) as base, \
            httpx.Client(base_url=base, timeout=HANG_S) as http:
        serial = {path: http.get(path).json() for path in READS}
        assert serial["api/events"]["total"] == 8
        with ThreadPoolExecutor(8) as pool:
            got = list(pool.map(lambda path: (path, http.get(path)), READS * 12))
    assert {r.status_code for _, r in got} == {200}
    for path, r in got:
        assert r.json() == serial[path], path


def test_parallel_ingest_and_reads_all_succeed(store_url, spec_documents):
    # eight different stories: the five test documents and three with a changed text
    docs = list(spec_documents) + [
        {**copy.deepcopy(d), "id": f"{d['id']}-bis", "text": d["text"] + "\n(نسخة ثانية)"}
        for d in spec_documents[:3]]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with open_store(store_url) as store, \
            serve_in_thread(create_app(store=store, token=TOKEN)) as base, \
            httpx.Client(base_url=base, timeout=HANG_S) as http:

        def post(doc):
            return http.post("api/articles?extracted=true", json=doc, headers=auth)

        def read(path):
            return http.get(path)

        with ThreadPoolExecutor(8) as pool:
            posts = [pool.submit(post, d) for d in docs]
            reads = [pool.submit(read, p) for p in ["api/stats", "api/events"] * 16]
            posted = [f.result(timeout=HANG_S) for f in posts]
            read_back = [f.result(timeout=HANG_S) for f in reads]
        assert [r.status_code for r in posted] == [201] * len(docs)
        assert {r.json()["results"][0]["status"] for r in posted} == {"added"}
        assert {r.status_code for r in read_back} == {200}
        for r in read_back:
            if "counts" in r.json():
                assert 0 <= r.json()["counts"]["articles"] <= len(docs)
        counts = http.get("api/stats").json()["counts"]
        assert counts["articles"] == 8 and counts["events"] == 8 + 6
        ids = {e["article"] for e in http.get("api/events?limit=100").json()["events"]}
        assert ids >= {"t-damascus-talks-bis", "t-trump-gaza-bis"}


def test_the_same_story_posted_at_once_is_stored_once(store_url, spec_documents):
    # a wire story arriving from several feeds at the same moment: every request
    # succeeds, one stores it, the others are told it is a duplicate
    doc = spec_documents[0]
    copies = [{**copy.deepcopy(doc), "id": f"{doc['id']}-feed{i}"} for i in range(8)]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with open_store(store_url) as store, \
            serve_in_thread(create_app(store=store, token=TOKEN)) as base, \
            httpx.Client(base_url=base, timeout=HANG_S) as http:
        with ThreadPoolExecutor(8) as pool:
            posted = list(pool.map(
                lambda d: http.post("api/articles?extracted=true", json=d, headers=auth),
                copies * 2))
        assert [r.status_code for r in posted] == [201] * 16
        statuses = sorted(r.json()["results"][0]["status"] for r in posted)
        assert statuses == ["added"] + ["duplicate"] * 15
        assert http.get("api/stats").json()["counts"]["articles"] == 1
