"""The dashboard in headless Chromium (Debian's package; Playwright never downloads one).

A real server (uvicorn in a thread, :mod:`hadath.web.background`) serves a store of the test documents; the tests
click through search, the event table, an article, the timeline, the map and the
network, and check that article text holding HTML stays text.
"""
from __future__ import annotations

import os

import pytest

pytest.importorskip("fastapi")
sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = os.environ.get("HADATH_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server_url(tmp_path_factory, spec_documents):
    from hadath.store import open_store
    from hadath.web.app import create_app
    from hadath.web.background import serve_in_thread

    db = str(tmp_path_factory.mktemp("dash") / "hadath.db")
    with open_store(db) as store:
        store.add_many(spec_documents)
    with serve_in_thread(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (.ci/run installs Debian's chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    # console errors too: a blocked resource or a Content-Security-Policy violation
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.base = server_url
    yield pg
    context.close()


def test_search_fills_the_event_table(page):
    page.goto(page.base)
    page.wait_for_selector("#events-table tbody tr")
    assert page.locator("#events-table tbody tr").count() == 8
    page.fill("#q", "ترامب")
    page.select_option("select[name=type]", "ACCUSE")
    page.click("#search button[type=submit]")
    sync_api.expect(page.locator("#events-table tbody tr")).to_have_count(1)
    row = page.locator("#events-table tbody tr").first
    assert "ACCUSE" in row.inner_text() and "Hamas" in row.inner_text()
    assert page.locator("#article-hits li").count() == 1
    assert page.locator("#article-hits mark").all_inner_texts() == ["ترامب", "لترامب"]
    assert "type=ACCUSE" in page.get_attribute("#json-link", "href")
    assert page.errors == []


def test_article_view_highlights_and_links_events(page):
    page.goto(page.base + "#/events?q=" + "لافروف")
    page.wait_for_selector("#article-hits a")
    page.click("#article-hits a")
    page.wait_for_selector("#article-text")
    text = page.locator("#article-text")
    assert text.get_attribute("dir") == "rtl"
    ents = page.locator("#article-text .hl-ent").all_inner_texts()
    assert "بشار الأسد" in ents and "سيرغي لافروف" in ents
    assert page.locator("#article-text .ent-PER").count() >= 3
    assert page.locator("#article-text .hl-time").all_inner_texts() == ["يوم الخميس"]
    assert "روسيا ستواصل" in "".join(page.locator("#article-text .hl-quote").all_inner_texts())
    triggers = page.locator("#article-text .hl-trigger")
    assert triggers.all_inner_texts() == ["استقبل", "فرض عقوبات"]
    triggers.first.click()
    selected = page.locator("#article-events li.selected")
    assert selected.count() == 1 and "CONSULT" in selected.inner_text()
    # the event's actors and place are marked in the text
    assert sorted(page.locator("#article-text .involved").all_inner_texts()) == \
        sorted(["بشار الأسد", "سيرغي لافروف", "لافروف", "دمشق", "دمشق"])
    page.locator("#article-events li").nth(1).click()
    assert page.locator("#article-text .hl-trigger.selected").inner_text() == "فرض عقوبات"
    assert page.locator("#article-text .involved").all_inner_texts() == ["الولايات المتحدة"]
    # an entity leads to the events it takes part in
    page.locator("#article-text [data-entity=e2]").click()
    assert page.locator("#article-events li.selected").count() == 1
    assert "CONSULT" in page.inner_text("#article-events li.selected")
    assert page.errors == []


def test_timeline_draws_bars_per_type(page):
    page.goto(page.base + "#/timeline")
    page.wait_for_selector("#timeline svg rect.bar")
    assert page.locator("#timeline rect.bar").count() == 8  # one per (month, type) here
    assert page.locator("#timeline rect.bar[data-key=AID]").count() == 2
    assert "AID (2)" in page.locator("#timeline .legend").inner_text()
    page.click("#timeline a:has-text('source actor')")
    page.wait_for_selector("#timeline rect.bar[data-key=USA]")
    assert page.locator("#timeline rect.bar[data-key=USA]").count() == 2  # March and April


def test_map_draws_world_and_places(page):
    page.goto(page.base + "#/map")
    page.wait_for_selector("#map svg circle.place")
    assert page.locator("#map path.country").count() > 150
    assert page.locator("#map circle.place").count() == 5
    assert "Gaza" in page.locator("#map svg").text_content()


def test_network_draws_actors_and_weighted_edges(page):
    page.goto(page.base + "#/network")
    page.wait_for_selector("#network svg line.edge")
    assert page.locator("#network line.edge").count() == 7
    assert page.locator("#network circle.node").count() == 11
    labels = page.locator("#network text.label").all_text_contents()
    assert "HEZBOLLAH" in labels and "USA" in labels


def test_html_in_article_text_is_shown_as_text(page):
    page.goto(page.base + "#/article/t-script")
    page.wait_for_selector("#article-text")
    assert "<script>window.__pwned = 1</script>" in page.inner_text("#article-text")
    assert "<b>عاجل</b>" in page.inner_text("#article-text")
    assert page.locator("main script, main b, main img").count() == 0
    assert page.inner_text(".article-head h2") == '<img src=x onerror="window.__pwned=2">'
    page.goto(page.base + "#/events?q=" + "بيروت")
    page.wait_for_selector("#article-hits li")
    assert page.locator("main img").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert page.errors == []


def test_network_node_opens_the_actor_page(page):
    page.goto(page.base + "#/network")
    page.wait_for_selector("#network circle.node")
    page.locator("#network a", has=page.locator("text=HEZBOLLAH")).click()
    page.wait_for_selector("#actor h2")
    assert page.inner_text("#actor h2") == "HEZBOLLAH: 1 event(s)"
    assert page.locator("#actor rect.bar[data-key=THREATEN]").count() == 1
    assert page.get_attribute("#json-link", "href").startswith("/api/actors/HEZBOLLAH")
    page.click("#actor a:has-text('list the events')")
    sync_api.expect(page.locator("#events-table tbody tr")).to_have_count(1)


@pytest.mark.parametrize("view, message", [
    ("events", "0 event(s)"), ("timeline", "No dated events match."),
    ("map", "0 event location(s)"), ("network", "No events with both actors match."),
])
def test_views_say_so_when_nothing_matches(page, view, message):
    page.goto(page.base + f"#/{view}?actor=NOBODY")
    page.wait_for_selector(f"text={message}")
    assert page.locator(".error").count() == 0
    assert page.errors == []


def test_missing_article_shows_the_api_message(page):
    page.goto(page.base + "#/article/no-such-story")
    page.wait_for_selector(".error")
    assert "no article with id 'no-such-story'" in page.inner_text(".error")
