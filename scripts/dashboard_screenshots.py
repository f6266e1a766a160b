"""Take the dashboard screenshots in docs/img/ with Playwright and Debian's Chromium.

The data are the hand-written test documents (tests/spec_docs.py, original sentences,
no corpus text), copied with shifted dates so the timeline has a year of months.

usage: .venv/bin/python scripts/dashboard_screenshots.py [--out docs/img]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
VIEWS = [
    ("events", "#/events?q=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7", "#events-table tbody tr"),
    ("article", "#/article/t-damascus-talks?event=1", "#article-text .hl-trigger"),
    ("timeline", "#/timeline", "#timeline rect.bar"),
    ("map", "#/map", "#map circle.place"),
    ("network", "#/network", "#network line.edge"),
]


def _shift(value, days):
    if not value or len(value) < 10:
        return value
    return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat()


def demo_store(path: str) -> None:
    from spec_docs import spec_docs

    from hadath.store import open_store
    with open_store(path) as store:
        for doc in spec_docs():
            store.add(doc)
        for k in range(1, 12):
            for i, doc in enumerate(spec_docs()):
                if (k + i) % 3 == 0:
                    continue
                days = 23 * k + 5 * i
                store.add({**doc, "id": f"{doc['id']}-{k}", "text": doc["text"] + f"\n({k})",
                           "published": _shift(doc["published"], days),
                           "events": [{**e, "date": _shift(e["date"], days)}
                                      for e in doc["events"]]})


def main() -> int:
    from playwright.sync_api import sync_playwright

    from hadath.web.app import create_app
    from hadath.web.background import serve_in_thread

    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs" / "img"))
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    db = str(Path(tempfile.mkdtemp()) / "demo.db")
    demo_store(db)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with serve_in_thread(create_app(db)) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        for name, hash_, ready in VIEWS:
            page.goto(f"{base}{hash_}")
            page.wait_for_selector(ready)
            page.wait_for_timeout(200)
            page.screenshot(path=str(out / f"dashboard-{name}.png"))
            print(out / f"dashboard-{name}.png")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
