"""The REST API in-process (FastAPI TestClient) over a store of the test documents."""
from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from hadath.web.app import create_app  # noqa: E402

TOKEN = "test-token"


@pytest.fixture
def client(filled_store):
    return TestClient(create_app(store=filled_store, token=TOKEN))


@pytest.fixture
def empty_client(store_url):
    return TestClient(create_app(store_url, token=TOKEN, max_body_bytes=50_000))


def test_article_list_and_one_article(client):
    page = client.get("/api/articles", params={"q": "ترامب"}).json()
    assert [a["id"] for a in page["articles"]] == ["t-trump-gaza"]
    doc = client.get("/api/articles/t-trump-gaza").json()
    assert doc["text"].startswith("واشنطن")
    assert {e["type"] for e in doc["events"]} == {"AID", "ACCUSE", "PROTEST"}
    assert doc["entities"][0]["mentions"][0]["text"] == "واشنطن"


@pytest.mark.parametrize("params, total", [
    ({}, 8), ({"actor": "USA"}, 3), ({"actor": "USA", "type": "AID"}, 1),
    ({"country": "PSE", "since": "2023-04-02"}, 1), ({"place": "Beirut"}, 1),
    ({"q": "عقوبات"}, 2), ({"article": "t-ankara"}, 1),
])
def test_events_with_filters(client, params, total):
    assert client.get("/api/events", params=params).json()["total"] == total


def test_events_paging(client):
    a = client.get("/api/events", params={"limit": 5}).json()
    b = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert len(a["events"]) == 5 and len(b["events"]) == 3


def test_actors_places_timeseries_network(client):
    actors = client.get("/api/actors").json()["actors"]
    assert actors[0]["key"] == "USA"
    usa = client.get("/api/actors/USA").json()
    assert usa["events"] == 3 and {p["key"] for p in usa["partners"]} >= {"SYR", "PSE", "HAMAS"}
    assert client.get("/api/places").json()["places"][0]["name_en"] == "Gaza"
    ts = client.get("/api/timeseries", params={"by": "actor", "interval": "year"}).json()
    assert ts["periods"] == ["2023"]
    assert client.get("/api/network", params={"type": "THREATEN"}).json()["edges"] == \
        [{"source": "HEZBOLLAH", "target": "ISR", "weight": 1}]


@pytest.mark.parametrize("url, status, words", [
    ("/api/articles/nope", 404, "no article"),
    ("/api/actors/NOBODY", 404, "no events"),
    ("/api/events?since=2023-13-40", 400, "not a date"),
    ("/api/events?type=BOMB", 400, "PLOVER"),
    ("/api/events?limit=100000", 422, "limit"),
    ("/api/timeseries?interval=week", 422, "interval"),
    ("/api/nothing", 404, "/docs"),
])
def test_errors_are_json_with_a_message(client, url, status, words):
    r = client.get(url)
    assert r.status_code == status
    assert words in r.json()["error"]


def test_extract_returns_spec_json_and_stores_nothing(client):
    r = client.post("/api/extract", json={"text": "قال وزير الخارجية إن الاجتماع كان مثمرا.",
                                          "published": "2024-03-01", "id": "x1"})
    assert r.status_code == 200
    doc = r.json()
    assert doc["id"] == "x1" and doc["published"] == "2024-03-01" and doc["sentences"]
    assert client.get("/api/articles/x1").status_code == 404


def test_ingest_needs_the_token(empty_client, spec_documents):
    r = empty_client.post("/api/articles?extracted=true", json=spec_documents[0])
    assert r.status_code == 401 and "token" in r.json()["error"]
    r = empty_client.post("/api/articles?extracted=true", json=spec_documents[0],
                          headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401


def test_ingest_with_token_is_idempotent(empty_client, spec_documents):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = empty_client.post("/api/articles?extracted=true", json=spec_documents[:2], headers=auth)
    assert r.status_code == 201
    assert [x["status"] for x in r.json()["results"]] == ["added", "added"]
    r = empty_client.post("/api/articles?extracted=true", json=spec_documents[0], headers=auth)
    assert r.json()["results"][0]["status"] == "duplicate"
    assert empty_client.get("/api/stats").json()["counts"]["articles"] == 2


def test_ingest_raw_text_runs_the_pipeline(empty_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = empty_client.post("/api/articles", headers=auth,
                          json={"id": "raw-1", "text": "استقبل الرئيس اللبناني وفدا من البنك الدولي.",
                                "published": "2024-05-05"})
    assert r.status_code == 201
    assert empty_client.get("/api/articles", params={"q": "البنك"}).json()["total"] == 1


def test_server_without_token_is_read_only(store_url, spec_documents):
    c = TestClient(create_app(store_url))
    r = c.post("/api/articles?extracted=true", json=spec_documents[0],
               headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "read-only" in r.json()["error"]


def test_request_body_is_capped(empty_client):
    r = empty_client.post("/api/extract", json={"text": "ا" * 60_000})
    assert r.status_code == 413 and "bytes" in r.json()["error"]


def test_docs_and_dashboard_are_served_without_a_cdn(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]
    page = client.get("/")
    assert page.status_code == 200 and "hadath" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "http" not in page.text.replace("http-equiv", "")  # nothing from another host
    assert client.get("/static/vendor/world-atlas/countries-110m.json").status_code == 200


def test_unexpected_server_error_is_json_too(tmp_path):
    from hadath.store import open_store
    store = open_store(str(tmp_path / "h.db"))
    c = TestClient(create_app(store=store), raise_server_exceptions=False)
    store.close()  # the database goes away under the server
    r = c.get("/api/events")
    assert r.status_code == 500
    assert r.json()["error"].startswith("server error: ")


@pytest.mark.parametrize("since, ok", [("2023-04", True), ("2023", True), ("2023-04-01", True),
                                       ("2023-4", False), ("23-04-01", False), ("2023-02-30", False)])
def test_date_filters_take_day_month_or_year(client, since, ok):
    r = client.get("/api/events", params={"since": since})
    assert (r.status_code == 200) == ok


def test_article_ids_with_slashes_and_hashes(empty_client, spec_documents):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    doc = {**spec_documents[0], "id": "2023/03/10#lavrov"}
    assert empty_client.post("/api/articles?extracted=true", json=doc, headers=auth).status_code == 201
    r = empty_client.get("/api/articles/2023%2F03%2F10%23lavrov")
    assert r.status_code == 200 and r.json()["id"] == "2023/03/10#lavrov"
    assert empty_client.get("/api/articles/2023/03/10%23lavrov").json()["id"] == "2023/03/10#lavrov"


def test_server_in_a_thread_serves_and_stops(filled_store):
    """The one helper that starts the server for the dashboard tests and screenshots."""
    import socket
    from urllib.parse import urlparse

    import httpx

    from hadath.web.background import serve_in_thread
    with serve_in_thread(create_app(store=filled_store)) as base:
        assert httpx.get(base + "api/stats").json()["counts"]["articles"] == 5
        assert httpx.get(base).headers["content-type"].startswith("text/html")
    url = urlparse(base)
    with socket.socket() as s, pytest.raises(OSError):
        s.connect((url.hostname, url.port))   # stopped: nothing listens there any more
