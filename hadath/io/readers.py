"""Read SPEC input documents from ``.txt`` and ``.jsonl`` files, directories and stdin.

Every document comes with where it came from (file and line), so that an error can
name the place to fix. A reader never stops at a bad document: it yields a
:class:`BadInput` and goes on; the caller decides whether to stop (``--strict``).
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import IO, Iterable, Iterator

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


def _jsonl_lines(name: str, stream: IO[str]) -> Iterator[InputDoc | BadInput]:
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


def _txt(path: str, published: str | None) -> InputDoc | BadInput:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except UnicodeDecodeError:
        return BadInput(Origin(path), "not UTF-8 text; convert it with iconv -t utf-8")
    doc_id = os.path.splitext(os.path.basename(path))[0]
    return InputDoc(Origin(path), {"id": doc_id, "text": text, "published": published})


def read_documents(paths: Iterable[str], *, published: str | None = None,
                   stdin: IO[str] | None = None) -> Iterator[InputDoc | BadInput]:
    """Documents from files (``.txt``, ``.jsonl``/``.json``), directories and ``-``.

    ``published`` fills in documents that have no publication date of their own.
    """
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from _fill(_sniff_stream("<stdin>", stream), published)
        elif os.path.isdir(path):
            names = sorted(os.listdir(path))
            inner = [os.path.join(path, n) for n in names
                     if n.endswith((".txt", ".jsonl", ".json"))]
            yield from read_documents(inner, published=published, stdin=stdin)
        elif not os.path.exists(path):
            yield BadInput(Origin(path), "no such file or directory")
        elif path.endswith((".jsonl", ".json", ".ndjson")):
            try:
                with open(path, encoding="utf-8") as f:
                    yield from _fill(_jsonl_lines(path, f), published)
            except UnicodeDecodeError:
                yield BadInput(Origin(path), "not UTF-8 text; convert it with iconv -t utf-8")
        else:
            yield _txt(path, published)


def _sniff_stream(name: str, stream: IO[str]) -> Iterator[InputDoc | BadInput]:
    """stdin holds JSON lines when its first non-blank character is ``{``, else one text."""
    data = stream.read()
    if data.lstrip().startswith("{"):
        yield from _jsonl_lines(name, data.splitlines(keepends=True))
    elif data.strip():
        yield InputDoc(Origin(name), {"id": "stdin", "text": data})
    else:
        yield BadInput(Origin(name), "empty input")


def _fill(items: Iterable[InputDoc | BadInput], published: str | None):
    for item in items:
        if published and isinstance(item, InputDoc) and not item.doc.get("published"):
            item = InputDoc(item.origin, {**item.doc, "published": published})
        yield item
