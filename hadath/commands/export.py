"""``hadath export``: event tables (CSV, Parquet, PLOVER JSON lines, CAMEO/Phoenix TSV)."""
from __future__ import annotations

import argparse
import sys

HELP = """\
Turn extracted articles into event tables for analysis:

  csv      one row per event and target, ISO dates, snake_case columns (pandas, R, Stata)
  parquet  the same table as Parquet (needs -o)
  plover   JSON lines with POLECAT-style fields (event_id, event_type, event_mode, …)
  cameo    tab-separated, no header, in the Phoenix column order (EventID, Date, …)

INPUT is a JSONL file of SPEC objects (hadath extract -o), a hadath batch directory,
a hadath spark Parquet directory, or the store (hadath.db, sqlite:///path.db,
postgresql://…).

examples:
  hadath export out/run1 --format csv -o events.csv
  hadath export out/run1 --format parquet -o events.parquet
  hadath export out/spark --format plover -o events.plover.jsonl
  hadath export articles.jsonl --format cameo > events.tsv
  hadath export out/run1 --merged -o stories.csv      # after hadath batch --dedup
  hadath export hadath.db --format plover -o events.plover.jsonl
"""


def add_parser(sub):
    from hadath.io.export import FORMATS
    p = sub.add_parser("export", help="write event tables: csv, parquet, plover, cameo",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", metavar="INPUT",
                   help="JSONL file, batch directory, Parquet directory or store URL")
    p.add_argument("--format", choices=FORMATS, default="csv", help="default csv")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--merged", action="store_true",
                   help="csv of a 'batch --dedup' or 'spark --dedup' run's merged story "
                        "events, with num_mentions, num_sources and num_articles")
    return p


def run(args) -> int:
    import os

    from hadath.io import export

    if not export.is_store(args.input) and not os.path.exists(args.input):
        print(f"hadath: {args.input}: no such file or directory", file=sys.stderr)
        return 2
    if args.merged:
        if args.format != "csv" or not os.path.isdir(args.input):
            print("hadath: --merged takes a batch directory and --format csv", file=sys.stderr)
            return 2
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
        try:
            n = export.write_merged_csv(args.input, out)
        except FileNotFoundError as e:
            print(f"hadath: {e}", file=sys.stderr)
            return 2
        finally:
            if args.output:
                out.close()
        print(f"hadath export: {n} merged event rows", file=sys.stderr)
        return 0
    docs = export.read_articles(args.input)
    if args.format == "parquet":
        if not args.output:
            print("hadath: --format parquet needs -o FILE", file=sys.stderr)
            return 2
        n = export.write_parquet(docs, args.output)
    elif args.format == "plover":
        out = open(args.output, "wb") if args.output else sys.stdout.buffer
        try:
            n = export.write_plover(docs, out)
        finally:
            if args.output:
                out.close()
    else:
        writer = export.write_csv if args.format == "csv" else export.write_cameo
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
        try:
            n = writer(docs, out)
        finally:
            if args.output:
                out.close()
    print(f"hadath export: {n} rows ({args.format})", file=sys.stderr)
    return 0
