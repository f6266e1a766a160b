"""``hadath batch``: extract a whole archive on every core, resumably."""
from __future__ import annotations

import argparse
import os
import sys

from hadath.commands.extract import _iso_date

HELP = """\
Extract an archive (files, directories of .txt/.jsonl/.jsonl.gz/HTML/RSS/WARC) with
one worker process per core and write the SPEC JSON in chunks to DIR:

  DIR/part-00000.jsonl …   the articles, chunk by chunk (or .parquet)
  DIR/manifest.jsonl       finished chunks and the input ids each holds
  DIR/errors.jsonl         documents that could not be read, with file:line and why
  DIR/summary.json         counts and articles/s
  DIR/stories.jsonl, DIR/events.jsonl   with --dedup: story groups and merged events

A run that is stopped (Ctrl-C, kill -9, a power cut) continues where it stopped when
the same command is run again; the output then holds every input exactly once.
Bad documents never stop the run; the exit status is 1 when there were any.

examples:
  hadath batch archive/ --out out/run1
  hadath batch 2017-*.jsonl.gz --out out/2017 --workers 8 --format parquet --dedup
  hadath export out/run1 --format csv -o events.csv
"""


def add_parser(sub):
    p = sub.add_parser("batch", help="extract an archive on all cores, resumable",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files or directories (.txt, .jsonl[.gz], .html, .rss/.atom/.xml, "
                        ".warc[.gz])")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="output directory; run the same command again to resume")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes (default: all cores, here %(default)s)")
    p.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl",
                   help="chunk file format (default jsonl)")
    p.add_argument("--chunk-size", type=int, default=200, metavar="N",
                   help="documents per chunk (default 200); fixed for the life of a run")
    p.add_argument("--published", type=_iso_date, metavar="DATE",
                   help="publication date for documents that have none, e.g. 2017-05-13")
    p.add_argument("--dedup", action="store_true",
                   help="skip exact repeats; group reprints of a story and merge its events")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def run(args) -> int:
    from hadath.scale.batch import BatchConfig, run_batch
    from hadath.scale.progress import BatchProgress

    if "-" in args.inputs:
        print("hadath: batch cannot read stdin (a restart could not read it again); "
              "save it to a file first", file=sys.stderr)
        return 2
    if args.workers < 1 or args.chunk_size < 1:
        print("hadath: --workers and --chunk-size must be at least 1", file=sys.stderr)
        return 2
    config = BatchConfig(inputs=tuple(args.inputs), out_dir=args.out, workers=args.workers,
                         fmt=args.format, chunk_size=args.chunk_size,
                         published=args.published, dedup=args.dedup)
    try:
        with BatchProgress(args.inputs, enabled=not args.quiet) as progress:
            summary = run_batch(config, on_chunk=progress.update)
    except ValueError as e:
        print(f"hadath: {e}", file=sys.stderr)
        return 2
    done = (f"{summary.articles} articles, {summary.errors} errors"
            + (f", {summary.duplicates} exact repeats, {summary.stories} stories"
               if args.dedup else "")
            + f"; this run: {summary.articles_now} articles in {summary.seconds:.1f}s "
              f"({summary.articles_per_s:.1f} articles/s)")
    if summary.chunks_resumed:
        done += f"; resumed after {summary.chunks_resumed} finished chunks"
    print(f"hadath batch: {done} -> {args.out}", file=sys.stderr)
    if summary.errors:
        print(f"hadath: see {os.path.join(args.out, 'errors.jsonl')} for what could not "
              "be read", file=sys.stderr)
    return 1 if summary.errors else 0
