"""The batch run's manifest: which chunks are finished and which inputs each holds.

A run directory holds ``run.json`` (the settings the run was started with),
``manifest.jsonl`` (one line per finished chunk, appended after the chunk's output
file is in place) and the chunk files ``part-NNNNN.jsonl|parquet``.

Why this survives ``kill -9`` at any moment:

- a chunk file is written under a temporary name and moved into place with
  ``os.replace`` (atomic on POSIX), so a chunk file is either whole or absent;
- a chunk counts as done only when its manifest line is complete; a line torn by a
  kill is cut off when the run restarts, and that chunk is simply redone, rewriting
  the same file with the same content;
- chunk *k* always holds the same inputs, because inputs are read in a fixed order
  and cut into chunks of a fixed size (the size is part of ``run.json``).

So whatever the moment of the kill, a restarted run ends with every input in exactly
one finished chunk.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterator

import orjson

MANIFEST = "manifest.jsonl"
SETTINGS = "run.json"


@dataclass(frozen=True, slots=True)
class ChunkRecord:
    """A finished chunk: its file, the ids it holds, and the inputs it could not use.

    ``errors`` are ``(where, reason)``; ``duplicates`` are ``(id, id of the first copy,
    source)`` for exact repeats that were not extracted again (``--dedup``).
    """
    index: int
    file: str
    ids: tuple[str, ...]
    errors: tuple[tuple[str, str], ...] = ()
    duplicates: tuple[tuple[str, str, str | None], ...] = ()
    sentences: int = 0

    def to_json(self) -> bytes:
        return orjson.dumps({"chunk": self.index, "file": self.file, "ids": self.ids,
                             "errors": self.errors, "duplicates": self.duplicates,
                             "sentences": self.sentences})

    @classmethod
    def from_json(cls, obj: dict) -> "ChunkRecord":
        return cls(obj["chunk"], obj["file"], tuple(obj["ids"]),
                   tuple(tuple(e) for e in obj.get("errors", ())),
                   tuple(tuple(d) for d in obj.get("duplicates", ())),
                   obj.get("sentences", 0))


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, whole."""
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class Manifest:
    """Append-only log of finished chunks in a run directory."""

    def __init__(self, out_dir: str):
        self.out_dir = out_dir
        self.path = os.path.join(out_dir, MANIFEST)

    def load(self) -> dict[int, ChunkRecord]:
        """Finished chunks; cuts off a last line torn by a kill."""
        if not os.path.exists(self.path):
            return {}
        done: dict[int, ChunkRecord] = {}
        good_end = 0
        with open(self.path, "rb") as f:
            data = f.read()
        for line in data.splitlines(keepends=True):
            try:
                if not line.endswith(b"\n"):
                    raise ValueError("torn line")
                rec = ChunkRecord.from_json(orjson.loads(line))
            except (ValueError, KeyError, TypeError):
                break
            done[rec.index] = rec
            good_end += len(line)
        if good_end < len(data):
            with open(self.path, "r+b") as f:
                f.truncate(good_end)
        return done

    def append(self, record: ChunkRecord) -> None:
        with open(self.path, "ab") as f:
            f.write(record.to_json() + b"\n")
            f.flush()
            os.fsync(f.fileno())

    def records(self) -> Iterator[ChunkRecord]:
        yield from sorted(self.load().values(), key=lambda r: r.index)

    def check_settings(self, settings: dict) -> str | None:
        """None when the directory is new or was started with the same settings,
        else what differs (the caller refuses to mix two runs in one directory)."""
        path = os.path.join(self.out_dir, SETTINGS)
        if not os.path.exists(path):
            write_atomic(path, orjson.dumps(settings, option=orjson.OPT_INDENT_2))
            return None
        with open(path, "rb") as f:
            old = orjson.loads(f.read())
        diff = sorted(k for k in set(old) | set(settings) if old.get(k) != settings.get(k))
        return ", ".join(diff) if diff else None
