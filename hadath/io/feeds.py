"""RSS and Atom feeds (feedparser): one document per entry.

A feed entry's body is HTML (``content`` when the feed carries the full story,
else ``summary``); it is reduced to text with block elements as line breaks, so
sentences split as they would in a ``.txt`` story. ``published`` comes from the
entry's date (``published``, else ``updated``), the outlet from the feed title.
The id is the entry's ``id``/``guid``, else its link, else ``file#n``.
"""
from __future__ import annotations

import html
import re
import time
from html.parser import HTMLParser
from typing import Iterator

from hadath.io.readers import BadInput, InputDoc, Origin

_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "tr", "section", "article"})


class _TextOf(HTMLParser):
    """Text of an HTML fragment; block tags become new lines, scripts are dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (also fine on text that has no tags)."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r"\s*\n\s*", "\n", text).strip()


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _entry_body(entry) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value") or "" for c in contents), key=len, default="")
    summary = entry.get("summary") or ""
    return html_fragment_text(best if len(best) >= len(summary) else summary)


def read_feed_file(path: str) -> Iterator[InputDoc | BadInput]:
    import feedparser

    with open(path, "rb") as f:
        parsed = feedparser.parse(f.read())
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield BadInput(Origin(path), f"no RSS/Atom entries found{why}")
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        origin = Origin(path, n)
        text = _entry_body(entry)
        if not text:
            yield BadInput(origin, "feed entry has neither content nor summary text")
            continue
        doc_id = entry.get("id") or entry.get("link") or f"{path}#{n}"
        yield InputDoc(origin, {"id": doc_id, "text": text, "published": _entry_date(entry),
                                "source": outlet, "url": entry.get("link") or None,
                                "title": entry.get("title") or None})
