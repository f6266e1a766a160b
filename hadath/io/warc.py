"""WARC crawl files (warcio): one document per archived HTML response.

Only ``response`` records with an HTML content type and status 200 are news pages;
request, metadata, revisit and non-HTML records (images, scripts) are skipped
silently. A page's main text and publication date come from
:func:`hadath.io.html.html_to_doc`. The capture time (``WARC-Date``) is *not* used as
``published``: a crawl may fetch a story years after it was written, and a wrong
anchor would silently mis-date every relative date in it. The document id is the
``WARC-Record-ID`` (unique within crawls), the url the ``WARC-Target-URI``.
"""
from __future__ import annotations

from typing import Iterator

from hadath.io.readers import BadInput, InputDoc, Origin


def read_warc_file(path: str) -> Iterator[InputDoc | BadInput]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from hadath.io.html import html_to_doc

    with open(path, "rb") as stream:
        try:
            for n, record in enumerate(ArchiveIterator(stream), 1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                status = record.http_headers.get_statuscode()
                if "html" not in ctype.lower() or status != "200":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                rec_id = record.rec_headers.get_header("WARC-Record-ID") or f"{path}#{n}"
                origin = Origin(path, n)
                doc = html_to_doc(record.content_stream().read(), rec_id.strip("<>"), url)
                if doc is None:
                    yield BadInput(origin, f"no article text in the page {url}")
                else:
                    yield InputDoc(origin, doc)
        except ArchiveLoadFailed as e:
            yield BadInput(Origin(path), f"not a readable WARC file ({e})")
