"""The store on SQLite and on a real PostgreSQL server: ingest, search, filters, reads."""
from __future__ import annotations

import copy

import pytest

from hadath.model import Article, check_offsets
from hadath.store import EventFilter, open_store


def test_fixture_documents_have_true_offsets(spec_documents):
    for doc in spec_documents:
        art = Article.from_input(doc)
        for ent in doc["entities"]:
            for m in ent["mentions"]:
                assert art.text[m["start"]:m["end"]] == m["text"]
        assert check_offsets(art) == []


def test_same_story_twice_is_stored_once(store_url, spec_documents):
    with open_store(store_url) as store:
        first = [store.add(d) for d in spec_documents]
        second = [store.add(d) for d in spec_documents]
        assert first == ["added"] * len(spec_documents)
        assert second == ["duplicate"] * len(spec_documents)
        assert store.counts()["articles"] == len(spec_documents)
        assert store.counts()["events"] == sum(len(d["events"]) for d in spec_documents)


def test_changed_text_under_same_id_replaces_the_article(store_url, spec_documents):
    with open_store(store_url) as store:
        doc = spec_documents[0]
        store.add(doc)
        changed = copy.deepcopy(doc)
        changed["text"] += "\nتحديث: أضيفت هذه الجملة لاحقا."
        changed["events"] = changed["events"][:1]
        assert store.add(changed) == "replaced"
        assert store.counts()["articles"] == 1
        assert len(store.article(doc["id"])["events"]) == 1
        assert store.articles(EventFilter(q="تحديث"))["total"] == 1


def test_reopening_keeps_data_and_schema_version(store_url, spec_documents):
    with open_store(store_url) as store:
        store.add(spec_documents[0])
    with open_store(store_url) as store:
        assert store.counts()["articles"] == 1
        assert store.db.schema_version() == 1


def test_article_round_trips_with_its_annotations(filled_store, spec_documents):
    doc = spec_documents[1]
    got = filled_store.article(doc["id"])
    assert got["text"] == doc["text"]
    assert got["sentences"] == doc["sentences"]
    assert [e["name_en"] for e in got["entities"]] == [e["name_en"] for e in doc["entities"]]
    assert [m["text"] for m in got["entities"][1]["mentions"]] == ["دونالد ترامب", "ترامب"]
    assert [(t["text"], t["value"]) for t in got["times"]] == \
        [(t["text"], t["value"]) for t in doc["times"]]
    for ev, want in zip(got["events"], doc["events"]):
        assert ev["type"] == want["type"]
        assert ev["sentence"] == want["sentence"]
        assert got["text"][ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]
        assert ev["article"] == doc["id"]


@pytest.mark.parametrize("query, doc_id", [
    ("ترامب", "t-trump-gaza"),        # finds لترامب and دونالد ترامب
    ("لترامب", "t-trump-gaza"),       # a clitic in the query
    ("واشنطن", "t-trump-gaza"),
    ("مساعدات", "t-spelling"),        # text has tatweel: المســاعدات (and t-trump-gaza)
    ("المنظمه", "t-spelling"),        # ta marbuta written as ha
    ("مستشفي", "t-spelling"),         # alef maqsura written as ya
    ("اسرائيل", "t-spelling"),        # hamza-less alef
    ("مَيْدَانِيًّا", "t-spelling"),     # diacritics in the query
    ("الإعمار", "t-damascus-talks"),
    ("لافروف دمشق", "t-damascus-talks"),  # every word must match
])
def test_search_matches_across_spelling_variants_and_clitics(filled_store, query, doc_id):
    ids = [a["id"] for a in filled_store.articles(EventFilter(q=query))["articles"]]
    assert doc_id in ids


@pytest.mark.parametrize("query", ["ترامبي", "لافروف بيروت", "كلمةغيرموجودة", "!!!"])
def test_search_does_not_match_other_words(filled_store, query):
    assert filled_store.articles(EventFilter(q=query))["total"] == 0


def test_search_snippet_shows_the_match(filled_store):
    hit = filled_store.articles(EventFilter(q="الحصار"))["articles"][0]
    assert "الحصار" in hit["snippet"]


@pytest.mark.parametrize("filters, expected", [
    ({"actor": "USA"}, {"SANCTION", "AID", "ACCUSE"}),
    ({"actor": "usa", "type": "AID"}, {"AID"}),
    ({"type": "ASSAULT"}, {"ASSAULT"}),
    ({"country": "PSE"}, {"AID", "PROTEST"}),
    ({"place": "Gaza"}, {"AID", "PROTEST"}),
    ({"place": "غزة"}, {"AID", "PROTEST"}),
    ({"since": "2023-04-01", "until": "2023-04-30"}, {"AID", "ACCUSE", "PROTEST"}),
    ({"until": "2023-02"}, {"ASSAULT", "AID"}),
    ({"q": "حماس", "type": "ACCUSE"}, {"ACCUSE"}),
    ({"actor": "HEZBOLLAH"}, {"THREATEN"}),
    ({"actor": "XXX"}, set()),
])
def test_event_filters(filled_store, filters, expected):
    got = filled_store.events(EventFilter.of(**filters))
    assert {e["type"] for e in got["events"]} == expected
    assert got["total"] == len(got["events"])


def test_event_links_to_its_article_and_sentence(filled_store, spec_documents):
    ev = filled_store.events(EventFilter(type="CONSULT"))["events"][0]
    doc = filled_store.article(ev["article"])
    sent = doc["sentences"][ev["sentence"]]
    assert sent["start"] <= ev["trigger"]["start"] < sent["end"]
    assert ev["source"]["name_en"] == "Bashar al-Assad"
    assert [t["name_en"] for t in ev["target"]] == ["Sergey Lavrov"]
    assert ev["location"]["name_en"] == "Damascus"


def test_events_page_newest_first(filled_store):
    page1 = filled_store.events(EventFilter(), limit=3)
    page2 = filled_store.events(EventFilter(), limit=3, offset=3)
    days = [e["day"] for e in page1["events"] + page2["events"]]
    assert days == sorted(days, reverse=True)
    assert page1["total"] == 8
    assert not {e["id"] for e in page1["events"]} & {e["id"] for e in page2["events"]}


def test_event_without_date_counts_on_publication_day(filled_store):
    aid = filled_store.events(EventFilter(type="AID", country="PSE"))["events"][0]
    assert aid["date"] is None and aid["day"] == "2023-04-02"


def test_timeseries_network_places_actors(filled_store):
    ts = filled_store.timeseries(EventFilter(), "type", "month")
    assert ts["periods"] == ["2023-01", "2023-02", "2023-03", "2023-04", "2023-05"]
    aid = next(s for s in ts["series"] if s["key"] == "AID")
    assert aid["counts"] == [0, 1, 0, 1, 0]
    net = filled_store.network(EventFilter())
    assert {"source": "HEZBOLLAH", "target": "ISR", "weight": 1} in net["edges"]
    places = {p["name_en"]: p["events"] for p in filled_store.places(EventFilter())}
    assert places["Gaza"] == 2
    actors = {a["key"]: a for a in filled_store.actors(EventFilter())}
    assert actors["USA"]["events"] == 3 and actors["USA"]["as_source"] == 2
    usa = filled_store.actor("usa")
    assert usa["events"] == 3 and usa["timeline"]["periods"] == ["2023-03", "2023-04"]
    assert filled_store.actor("NOBODY") is None


def test_document_without_text_is_refused(store_url):
    with open_store(store_url) as store, pytest.raises(ValueError, match="text"):
        store.add({"id": "x", "events": []})


def test_search_snippet_marks_every_matching_word(filled_store):
    hit = filled_store.articles(EventFilter(q="ترامب"))["articles"][0]
    marked = [hit["snippet"][s:e] for s, e in hit["snippet_marks"]]
    assert marked == ["ترامب", "لترامب"]


def test_optimize_after_bulk_load_keeps_results(store_url, spec_documents):
    with open_store(store_url) as store:
        store.add_many(spec_documents)
        store.optimize()
        assert store.articles(EventFilter(q="ترامب"))["total"] == 1
        store.add({**spec_documents[0], "id": "after", "text": "نص جديد بعد التحسين."})
        assert store.articles(EventFilter(q="التحسين"))["total"] == 1


def test_database_from_a_newer_hadath_is_refused(store_url):
    from hadath.store import StoreError
    with open_store(store_url) as store:
        with store.db.transaction() as tx:
            tx.execute("INSERT INTO schema_version (version) VALUES (?)", (99,))
    with pytest.raises(StoreError, match="newer than this hadath"):
        open_store(store_url)


def test_not_a_database_is_a_clear_error(tmp_path):
    from hadath.store import StoreError
    path = tmp_path / "notes.db"
    path.write_text("these are not SQLite pages " * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a hadath SQLite database"):
        open_store(str(path))


@pytest.mark.parametrize("filters", [{"actor": "USA"}, {"actor": "SYR", "type": "SANCTION"},
                                     {"actor": "PSE", "since": "2023-04-01"},
                                     {"actor": "USA", "until": "2023-03"}])
def test_actor_filter_pages_in_order_without_repeats(filled_store, filters):
    everything = filled_store.events(EventFilter(), limit=500)["events"]

    def keep(e):
        keys = {a["key"] for a in [e["source"], *e["target"]] if a}
        return (filters["actor"] in keys and e["type"] == filters.get("type", e["type"])
                and e["day"] >= filters.get("since", "") and e["day"][:7] <= filters.get("until", "9"))
    want = [e["id"] for e in everything if keep(e)]
    f = EventFilter.of(**filters)
    assert filled_store.events(f)["total"] == len(want)
    paged = [e["id"] for o in range(0, len(want), 2)
             for e in filled_store.events(f, limit=2, offset=o)["events"]]
    assert paged == want


def test_event_naming_an_actor_twice_is_listed_once(store_url, spec_documents):
    doc = copy.deepcopy(spec_documents[0])
    syr = {"entity": None, "name_en": None, "country": "SYR", "sector": None, "org": None}
    doc["events"][1]["source"] = dict(syr)
    doc["events"][1]["target"] = [dict(syr), dict(syr)]
    with open_store(store_url) as store:
        store.add(doc)
        got = store.events(EventFilter(actor="SYR"))
        assert got["total"] == 2 and len(got["events"]) == 2
        assert len({e["id"] for e in got["events"]}) == 2


def test_postgres_reader_reconnects_after_the_server_drops_it(store_url, spec_documents):
    if not store_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    import psycopg
    with open_store(store_url) as store:
        store.add(spec_documents[0])
        pid = store.db.one("SELECT pg_backend_pid()")[0]   # the pool's one connection
        with psycopg.connect(store_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        assert store.counts()["articles"] == 1


def test_a_document_that_fails_halfway_leaves_nothing_behind(store_url, spec_documents):
    broken = copy.deepcopy(spec_documents[1])
    del broken["events"][2]["type"]
    with open_store(store_url) as store:
        with pytest.raises(KeyError):
            store.add(broken)
        assert store.counts() == {"articles": 0, "entities": 0, "events": 0, "quotes": 0,
                                  "times": 0}
        assert store.articles(EventFilter(q="ترامب"))["total"] == 0
        assert store.add(spec_documents[1]) == "added"


def _variants(spec_documents) -> list[dict]:
    """The test documents with, in between, a repeat, a new text under a stored id,
    the old text again, and a repeat of a repeat."""
    d = spec_documents
    changed = {**d[1], "text": d[1]["text"] + "\n(تحديث)"}
    return [d[0], d[1], {**d[0], "id": "copy-of-0"}, changed, d[2], d[1], changed, d[3],
            {**d[4], "id": d[2]["id"]}, d[4]]


@pytest.mark.parametrize("batch_size", [1, 3, 100])
def test_batched_ingest_gives_the_statuses_of_one_by_one(store_url, spec_documents,
                                                        batch_size):
    with open_store(store_url) as store:
        got = list(store.add_iter(_variants(spec_documents), batch_size=batch_size))
        # as the store of one document at a time had it (checked against it)
        assert got == ["added", "added", "duplicate", "replaced", "added", "replaced",
                       "replaced", "added", "replaced", "duplicate"]
        ids = [a["id"] for a in store.articles(limit=50)["articles"]]
        assert sorted(ids) == ["t-damascus-talks", "t-script", "t-spelling", "t-trump-gaza"]
        # t-trump-gaza holds its changed text, t-script the Ankara story
        assert store.article("t-trump-gaza")["text"].endswith("(تحديث)")
        assert store.article("t-script")["text"] == spec_documents[4]["text"]
        assert store.counts()["events"] == 8 - len(spec_documents[2]["events"])


def test_batch_with_a_bad_document_stores_the_others(store_url, spec_documents):
    bad = copy.deepcopy(spec_documents[1])
    del bad["events"][0]["type"]                       # not SPEC JSON: found before writing
    refused = copy.deepcopy(spec_documents[3])
    refused["id"] = "refused"
    refused["text"] += "."                              # a new text, not a repeat
    refused["times"] = [{"start": 0, "end": 3, "text": None}]   # NOT NULL: the database refuses
    docs = [spec_documents[0], bad, spec_documents[2], refused, spec_documents[4]]
    failed = []
    with open_store(store_url) as store:
        tally = store.add_many(docs, on_error=lambda doc, e: failed.append(doc["id"]))
        assert failed == ["t-trump-gaza", "refused"]
        assert tally == {"added": 3, "replaced": 0, "duplicate": 0}
        assert store.article("refused") is None and store.article("t-ankara") is not None


def test_batch_without_on_error_raises_after_storing_the_documents_before(store_url,
                                                                       spec_documents):
    bad = copy.deepcopy(spec_documents[1])
    del bad["entities"][0]["type"]
    with open_store(store_url) as store:
        with pytest.raises(KeyError):
            store.add_many([spec_documents[0], bad, spec_documents[2]])
        assert [a["id"] for a in store.articles(limit=50)["articles"]] == ["t-damascus-talks"]
