"""``hadath ingest``: extract stories (or load extracted SPEC JSON) into the store."""
from __future__ import annotations

import argparse
import sys

from hadath.commands.extract import _iso_date
from hadath.io.readers import BadInput, read_documents
from hadath.model import InputError

HELP = """\
Extract stories with the default pipeline and store the articles, entities, times,
quotes and events in a database (SQLite file by default, or PostgreSQL). Ingest is
idempotent: a story whose text is already stored is skipped, so running the same
command twice stores everything once.

With --extracted the inputs are SPEC JSON Lines already written by `hadath extract`
(they must include the "text" field); nothing is re-extracted.

The database is --db, else $HADATH_DB, else hadath.db in the current directory.

examples:
  hadath ingest stories/ --published 2017-05-13
  hadath extract stories.jsonl -o out.jsonl && hadath ingest --extracted out.jsonl
  hadath ingest stories.jsonl --db postgresql://user:pass@localhost/hadath
"""


def add_db_option(p) -> None:
    p.add_argument("--db", metavar="URL",
                   help="SQLite file or postgresql://user:pass@host/db "
                        "(default: $HADATH_DB or ./hadath.db)")


def add_parser(sub):
    p = sub.add_parser("ingest", help="extract stories and store them in a database",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="story files (.txt, .jsonl), directories, or - for stdin")
    add_db_option(p)
    p.add_argument("--extracted", action="store_true",
                   help="inputs are SPEC JSON Lines from hadath extract: store them as they are")
    p.add_argument("--published", type=_iso_date, metavar="DATE",
                   help="publication date for stories that have none, e.g. 2017-05-13")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def _count(paths: list[str]) -> int | None:
    """How many documents the inputs hold (JSON Lines: non-blank lines), for the bar."""
    import os
    total = 0
    for path in paths:
        if path == "-" or os.path.isdir(path):
            return None
        if path.endswith((".jsonl", ".json", ".ndjson")):
            try:
                with open(path, "rb") as f:
                    total += sum(1 for line in f if line.strip())
            except OSError:
                pass
        else:
            total += 1
    return total


def run(args) -> int:
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    from hadath.store import StoreError, open_store

    try:
        store = open_store(args.db)
    except StoreError as e:
        print(f"hadath: {e}", file=sys.stderr)
        return 2
    pipeline = None
    if not args.extracted:
        from hadath.pipeline import Pipeline
        pipeline = Pipeline.default()
    tally = {"added": 0, "replaced": 0, "duplicate": 0}
    errors = 0
    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(),
                        TimeRemainingColumn(), disable=args.quiet, transient=False,
                        console=None if sys.stderr.isatty() else _stderr_console())
    with progress, store:
        task = progress.add_task("ingest", total=_count(args.paths), rate="-")
        origins: dict[int, object] = {}

        def report(where, what: str) -> None:
            nonlocal errors
            errors += 1
            progress.console.print(f"hadath: {where}: {what}", markup=False,
                                   highlight=False, soft_wrap=True)

        def documents():
            for item in read_documents(args.paths, published=args.published):
                if isinstance(item, BadInput):
                    report(item.origin, item.reason)
                    continue
                try:
                    doc = item.doc if pipeline is None else pipeline(item.doc).to_dict()
                except (InputError, ValueError, KeyError, TypeError) as e:
                    report(item.origin, _reason(e))
                    continue
                origins[id(doc)] = item.origin
                yield doc

        def refused(doc: dict, e: Exception) -> None:
            report(origins.pop(id(doc), doc.get("id")), _reason(e))

        # the store writes in batches (one transaction each): statuses come once a
        # batch is committed, and errors in it are reported before them
        for doc_status in store.add_iter(documents(), on_error=refused):
            origins.clear()   # every document read so far is written or reported
            if doc_status is None:
                continue
            tally[doc_status] += 1
            progress.advance(task)
            t = progress.tasks[0]
            if t.elapsed:
                progress.update(task, rate=f"{t.completed / t.elapsed:.1f}")
        if tally["added"] + tally["replaced"] >= 100:
            store.optimize()
    print(f"hadath: {tally['added']} added, {tally['replaced']} replaced, "
          f"{tally['duplicate']} already stored, {errors} error(s) -> {store.display_url}",
          file=sys.stderr)
    return 1 if errors else 0


def _reason(e: Exception) -> str:
    return f"missing field {e}" if isinstance(e, KeyError) else str(e)


def _stderr_console():
    from rich.console import Console
    return Console(stderr=True)
