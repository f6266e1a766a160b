"""HTML pages: the main text of a news page (trafilatura) and its publication date.

A saved page carries menus, footers and "read also" boxes around the story;
trafilatura keeps the story. Its metadata gives the publication date (from
``article:published_time``, JSON-LD, the URL …), the title and the outlet, which
fill the SPEC fields ``published``, ``title`` and ``source``. A page without a
date keeps ``published`` null: relative dates then stay unresolved instead of
being anchored on the day the archive was read. Shared by the WARC reader.
"""
from __future__ import annotations

import os
from typing import Iterator

from hadath.io.readers import BadInput, InputDoc, Origin


def html_to_doc(html: str | bytes, doc_id: str, url: str | None = None) -> dict | None:
    """A SPEC input document for a page, or None when it has no main text."""
    import trafilatura

    found = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                        include_comments=False, include_tables=False)
    if found is None or not (found.text or "").strip():
        return None
    return {"id": doc_id, "text": found.text, "published": _iso_day(found.date),
            "source": found.sitename or None, "url": found.url or url,
            "title": found.title or None}


def _iso_day(value: str | None) -> str | None:
    return value[:10] if value and len(value) >= 10 else None


def read_html_file(path: str) -> Iterator[InputDoc | BadInput]:
    """One document per page; the file name without extension is its id."""
    with open(path, "rb") as f:
        data = f.read()
    doc_id = os.path.splitext(os.path.basename(path))[0]
    doc = html_to_doc(data, doc_id)
    if doc is None:
        yield BadInput(Origin(path), "no article text found in this HTML page "
                                     "(is it an index page or empty?)")
    else:
        yield InputDoc(Origin(path), doc)
