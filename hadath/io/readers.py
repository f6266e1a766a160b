"""Read SPEC input documents from files, directories and stdin.

Plain formats live here: ``.txt`` (one story), ``.jsonl``/``.json``/``.ndjson`` and
their ``.gz`` forms (one object per line). Archive formats that need an optional
library are read by their own modules, imported only when such a file turns up:
HTML pages (:mod:`hadath.io.html`, trafilatura), RSS/Atom feeds
(:mod:`hadath.io.feeds`, feedparser) and WARC crawls (:mod:`hadath.io.warc`, warcio);
they are in the ``scale`` extra.

Every document comes with where it came from (file and line, or record number), so
that an error can name the place to fix. A reader never stops at a bad document: it
yields a :class:`BadInput` and goes on; the caller decides whether to stop
(``--strict``). The order of documents is deterministic (directories are read in
sorted order), which the resumable batch runner relies on.
"""
from __future__ import annotations

import gzip
import io
import os
import sys
from dataclasses import dataclass
from typing import IO, Callable, Iterable, Iterator

import orjson


@dataclass(frozen=True, slots=True)
class Origin:
    path: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path


@dataclass(frozen=True, slots=True)
class InputDoc:
    origin: Origin
    doc: dict


@dataclass(frozen=True, slots=True)
class BadInput:
    origin: Origin
    reason: str


Item = InputDoc | BadInput

JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz", ".ndjson.gz")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
TEXT_SUFFIXES = (".txt",)
KNOWN_SUFFIXES = JSONL_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES + TEXT_SUFFIXES


def _jsonl_lines(name: str, stream: Iterable[str]) -> Iterator[Item]:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        origin = Origin(name, n)
        try:
            doc = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            yield BadInput(origin, f"not valid JSON ({e}); each line must be one JSON object")
            continue
        if not isinstance(doc, dict):
            yield BadInput(origin, "expected a JSON object like {\"id\": ..., \"text\": ...}")
            continue
        yield InputDoc(origin, doc)


def _json_array(path: str, stream: IO[str]) -> Iterator[Item]:
    """A ``.json`` file holding one array of documents (as many archives ship)."""
    try:
        docs = orjson.loads(stream.read())
    except orjson.JSONDecodeError as e:
        yield BadInput(Origin(path), f"not valid JSON ({e})")
        return
    for n, doc in enumerate(docs if isinstance(docs, list) else [docs], 1):
        if isinstance(doc, dict):
            yield InputDoc(Origin(path, n), doc)   # n: position in the array
        else:
            yield BadInput(Origin(path, n), "expected a JSON object in the array")


def _jsonl_file(path: str) -> Iterator[Item]:
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            head = f.read(64).lstrip("\ufeff \t\r\n")
            f.seek(0)
            if head.startswith("["):
                yield from _json_array(path, f)
            else:
                yield from _jsonl_lines(path, f)
    except UnicodeDecodeError:
        yield BadInput(Origin(path), "not UTF-8 text; convert it with iconv -t utf-8")
    except (OSError, EOFError) as e:  # a truncated or corrupt .gz
        yield BadInput(Origin(path), f"cannot read the compressed file ({e}); "
                                     "check it with gzip -t")


def _txt(path: str) -> Iterator[Item]:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except UnicodeDecodeError:
        yield BadInput(Origin(path), "not UTF-8 text; convert it with iconv -t utf-8")
        return
    doc_id = os.path.splitext(os.path.basename(path))[0]
    yield InputDoc(Origin(path), {"id": doc_id, "text": text, "published": None})


def _html(path: str) -> Iterator[Item]:
    from hadath.io.html import read_html_file
    yield from read_html_file(path)


def _feed(path: str) -> Iterator[Item]:
    from hadath.io.feeds import read_feed_file
    yield from read_feed_file(path)


def _warc(path: str) -> Iterator[Item]:
    from hadath.io.warc import read_warc_file
    yield from read_warc_file(path)


def reader_for(path: str) -> Callable[[str], Iterator[Item]]:
    """The reader of a file, chosen by its name (``.txt`` for anything unknown)."""
    name = path.lower()
    for suffixes, reader in ((WARC_SUFFIXES, _warc), (JSONL_SUFFIXES, _jsonl_file),
                             (HTML_SUFFIXES, _html), (FEED_SUFFIXES, _feed)):
        if name.endswith(suffixes):
            return reader
    return _txt


def _walk(path: str) -> list[str]:
    """Files of a directory tree with a known suffix, in a stable (sorted) order."""
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, n) for n in sorted(files)
                     if n.lower().endswith(KNOWN_SUFFIXES) and not n.startswith("."))
    return found


def read_documents(paths: Iterable[str], *, published: str | None = None,
                   stdin: IO[str] | None = None) -> Iterator[Item]:
    """Documents from files (``.txt``, ``.jsonl[.gz]``, HTML, RSS/Atom, WARC), directories
    (read recursively, sorted) and ``-`` for stdin.

    ``published`` fills in documents that have no publication date of their own.
    """
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from _fill(_sniff_stream("<stdin>", stream), published)
        elif os.path.isdir(path):
            yield from read_documents(_walk(path), published=published, stdin=stdin)
        elif not os.path.exists(path):
            yield BadInput(Origin(path), "no such file or directory")
        else:
            yield from _fill(_guarded(path, reader_for(path)), published)


def _guarded(path: str, reader: Callable[[str], Iterator[Item]]) -> Iterator[Item]:
    """Turn a missing optional library into a BadInput that says what to install."""
    try:
        yield from reader(path)
    except ImportError as e:
        yield BadInput(Origin(path), f"reading this kind of file needs {e.name or e}: "
                                     "pip install 'hadath[scale]'")


def _sniff_stream(name: str, stream: IO[str]) -> Iterator[Item]:
    """stdin holds JSON lines when its first non-blank character is ``{``, else one text."""
    data = stream.read()
    if data.lstrip().startswith("{"):
        yield from _jsonl_lines(name, io.StringIO(data))
    elif data.strip():
        yield InputDoc(Origin(name), {"id": "stdin", "text": data})
    else:
        yield BadInput(Origin(name), "empty input")


def _fill(items: Iterable[Item], published: str | None) -> Iterator[Item]:
    for item in items:
        if published and isinstance(item, InputDoc) and not item.doc.get("published"):
            item = InputDoc(item.origin, {**item.doc, "published": published})
        yield item


def iter_json_lines(path: str) -> Iterator[dict]:
    """The objects of a JSON Lines file written by hadath (plain or ``.gz``)."""
    import gzip

    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        for line in f:
            if line.strip():
                yield orjson.loads(line)
