"""Resumable batch runs over archives on every core.

Inputs are read in a fixed order and cut into chunks of ``chunk_size`` documents;
chunk *k* always holds the same documents. Each chunk goes to a worker process,
which runs the pipeline (built once per process by the pool's initializer, because
loading the lexicons costs far more than one article) and writes the chunk's file
atomically; the parent then records the chunk in the manifest. A restarted run
skips the chunks in the manifest, so after any number of kills the output holds
every input exactly once (see :mod:`hadath.scale.manifest` for why).

Bad documents never stop the run: they are recorded with their place and reason in
the manifest and collected into ``errors.jsonl`` at the end. With ``dedup``, exact
repeats (same normalized text) are not extracted again, and near-duplicate stories
are grouped and their events merged into ``stories.jsonl`` and ``events.jsonl``.
"""
from __future__ import annotations

import os
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing import get_context
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Iterator

import orjson

from hadath.io.readers import BadInput, iter_json_lines, read_documents
from hadath.scale.manifest import ChunkRecord, Manifest, write_atomic

FORMATS = ("jsonl", "parquet")


@dataclass(frozen=True)
class BatchConfig:
    inputs: tuple[str, ...]
    out_dir: str
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    fmt: str = "jsonl"
    chunk_size: int = 200
    published: str | None = None
    dedup: bool = False
    stages: tuple[str, ...] | None = None

    def settings(self) -> dict:
        """What must not change between a run and its restart (workers may)."""
        return {"inputs": [os.path.abspath(p) if p != "-" else p for p in self.inputs],
                "format": self.fmt, "chunk_size": self.chunk_size,
                "published": self.published, "dedup": self.dedup,
                "stages": list(self.stages) if self.stages else None}


@dataclass(frozen=True)
class BatchSummary:
    inputs: int            # documents read, good and bad, this run and earlier ones
    articles: int          # articles in the output
    errors: int
    duplicates: int        # exact repeats not extracted again (dedup)
    chunks_resumed: int    # chunks found finished when this run started
    articles_now: int      # articles extracted by this run
    sentences_now: int
    seconds: float
    stories: int | None = None   # story groups (dedup)

    @property
    def articles_per_s(self) -> float:
        return self.articles_now / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "articles_per_s": round(self.articles_per_s, 2)}


@dataclass(frozen=True, slots=True)
class _Chunk:
    index: int
    docs: tuple[tuple[str, dict], ...]            # (where, SPEC input document)
    errors: tuple[tuple[str, str], ...]           # (where, reason)
    duplicates: tuple[tuple[str, str, str | None], ...]

    @property
    def size(self) -> int:
        return len(self.docs) + len(self.errors) + len(self.duplicates)


def _chunks(items: Iterable, size: int, dedup: bool) -> Iterator[_Chunk]:
    """Cut the inputs into chunks; with ``dedup``, exact repeats become duplicates."""
    from hadath.scale.dedup import content_hash

    first_of: dict[str, str] = {}
    docs: list = []
    errors: list = []
    dups: list = []
    index = 0
    for item in items:
        if isinstance(item, BadInput):
            errors.append((str(item.origin), item.reason))
        else:
            doc = item.doc
            text = doc.get("text")
            key = content_hash(text) if dedup and isinstance(text, str) else None
            if key is not None and key in first_of:
                dups.append((str(doc.get("id")), first_of[key], doc.get("source")))
            else:
                if key is not None:
                    first_of[key] = str(doc.get("id"))
                docs.append((str(item.origin), doc))
        if len(docs) + len(errors) + len(dups) >= size:
            yield _Chunk(index, tuple(docs), tuple(errors), tuple(dups))
            index += 1
            docs, errors, dups = [], [], []
    if docs or errors or dups:
        yield _Chunk(index, tuple(docs), tuple(errors), tuple(dups))


# The pipeline of a worker process, set once by the pool initializer. A process
# global is the one way an initializer can hand state to the tasks of its process.
_WORKER: dict[str, Any] = {}


def _init_worker(stages: tuple[str, ...] | None, parent: int) -> None:
    from hadath.pipeline import Pipeline
    _WORKER["pipeline"] = Pipeline.default(stages)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """End this worker when the parent is gone (``kill -9`` leaves no one to stop us):
    an orphan would go on holding its chunk and the terminal."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def part_name(index: int, fmt: str) -> str:
    return f"part-{index:05d}.{fmt}"


def process_chunk(chunk: _Chunk, out_dir: str, fmt: str) -> ChunkRecord:
    """Extract one chunk and write its file atomically (runs in a worker)."""
    from hadath.model import InputError
    from hadath.pipeline import Pipeline

    pipeline = _WORKER.get("pipeline") or _WORKER.setdefault("pipeline", Pipeline.default())
    out: list[dict] = []
    errors = list(chunk.errors)
    sentences = 0
    for where, doc in chunk.docs:
        try:
            article = pipeline(doc)
        except InputError as e:
            errors.append((where, str(e)))
            continue
        except Exception as e:  # a bug on one document must not stop an archive run
            errors.append((where, f"extraction failed: {type(e).__name__}: {e}"))
            continue
        sentences += len(article.sentences)
        out.append(article.to_dict())
    name = part_name(chunk.index, fmt)
    path = os.path.join(out_dir, name)
    if fmt == "parquet":
        from hadath.scale.rows import article_row, write_parquet
        tmp = f"{path}.tmp-{os.getpid()}"
        write_parquet([article_row(d) for d in out], tmp)
        os.replace(tmp, path)
    else:
        write_atomic(path, b"".join(orjson.dumps(d) + b"\n" for d in out))
    return ChunkRecord(chunk.index, name, tuple(d["id"] for d in out), tuple(errors),
                       chunk.duplicates, sentences)


def run_batch(config: BatchConfig,
              on_chunk: Callable[[ChunkRecord, int, bool], None] | None = None) -> BatchSummary:
    """Run (or continue) a batch; ``on_chunk(record, inputs_in_chunk, fresh)`` reports
    progress (``fresh`` is False for chunks finished by an earlier run)."""
    if config.fmt not in FORMATS:
        raise ValueError(f"unknown format {config.fmt!r}; use one of {FORMATS}")
    os.makedirs(config.out_dir, exist_ok=True)
    manifest = Manifest(config.out_dir)
    differs = manifest.check_settings(config.settings())
    if differs:
        raise ValueError(f"{config.out_dir} holds a run started with other settings "
                         f"({differs}); use another --out directory, or delete this one")
    done = manifest.load()
    resumed = len(done)
    started = time.perf_counter()
    articles_now = sentences_now = 0
    items = read_documents(config.inputs, published=config.published)
    workers = max(1, config.workers)
    # spawn, not fork: the parent may run a progress thread, and forking a threaded
    # process can deadlock the child
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                             initializer=_init_worker,
                             initargs=(config.stages, os.getpid())) as pool:
        pending: dict[Future, _Chunk] = {}

        def collect(block: bool) -> None:
            nonlocal articles_now, sentences_now
            finished, _ = wait(pending, return_when=FIRST_COMPLETED) if block else (
                [f for f in pending if f.done()], None)
            for fut in finished:
                chunk = pending.pop(fut)
                record = fut.result()
                manifest.append(record)
                done[record.index] = record
                articles_now += len(record.ids)
                sentences_now += record.sentences
                if on_chunk:
                    on_chunk(record, chunk.size, True)

        for chunk in _chunks(items, config.chunk_size, config.dedup):
            if chunk.index in done:
                _check_same(done[chunk.index], chunk, config.out_dir)
                if on_chunk:
                    on_chunk(done[chunk.index], chunk.size, False)
                continue
            while len(pending) >= 2 * workers:
                collect(block=True)
            pending[pool.submit(process_chunk, chunk, config.out_dir, config.fmt)] = chunk
            collect(block=False)
        while pending:
            collect(block=True)
    return _finish(config, manifest, resumed, articles_now, sentences_now,
                   time.perf_counter() - started)


def _check_same(record: ChunkRecord, chunk: _Chunk, out_dir: str) -> None:
    """A finished chunk must hold the documents it held before: the inputs changed if not."""
    have = set(record.ids) | {d[0] for d in record.duplicates}
    want = {str(doc.get("id")) for _, doc in chunk.docs} | {d[0] for d in chunk.duplicates}
    if not have <= want:
        raise ValueError(f"{out_dir}: chunk {record.index} was made from other documents; "
                         "the input files changed since the run started. Use a new --out.")


def _finish(config: BatchConfig, manifest: Manifest, resumed: int, articles_now: int,
            sentences_now: int, seconds: float) -> BatchSummary:
    records = list(manifest.records())
    errors = [{"where": w, "reason": r} for rec in records for w, r in rec.errors]
    write_atomic(os.path.join(config.out_dir, "errors.jsonl"),
                 b"".join(orjson.dumps(e) + b"\n" for e in errors))
    stories = None
    if config.dedup:
        from hadath.scale.dedup import dedup_batch_output
        stories = dedup_batch_output(config.out_dir, records, config.fmt)
    summary = BatchSummary(
        inputs=sum(len(r.ids) + len(r.errors) + len(r.duplicates) for r in records),
        articles=sum(len(r.ids) for r in records), errors=len(errors),
        duplicates=sum(len(r.duplicates) for r in records), chunks_resumed=resumed,
        articles_now=articles_now, sentences_now=sentences_now, seconds=seconds,
        stories=stories)
    write_atomic(os.path.join(config.out_dir, "summary.json"),
                 orjson.dumps(summary.to_dict(), option=orjson.OPT_INDENT_2))
    return summary


def read_batch_output(out_dir: str) -> Iterator[dict]:
    """The SPEC objects of a finished (or partial) run, chunk by chunk, in input order."""
    for record in Manifest(out_dir).records():
        path = os.path.join(out_dir, record.file)
        if record.file.endswith(".parquet"):
            import pyarrow.parquet as pq
            for value in pq.read_table(path, columns=["doc"]).column("doc").to_pylist():
                yield orjson.loads(value)
        else:
            yield from iter_json_lines(path)
