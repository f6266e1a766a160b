"""``hadath extract``: read stories, write SPEC JSON (or a table of events)."""
from __future__ import annotations

import argparse
import sys
from datetime import date

from hadath.io.readers import BadInput, read_documents
from hadath.io.writers import WRITERS
from hadath.model import InputError

HELP = """\
Read Arabic news stories and write who did what to whom, when, where, and who said it,
as the JSON of SPEC.md (one object per story).

Inputs are .txt files (one story each, the file name is the id), .jsonl files (one
{"id", "text", "published", "source"} object per line) or - for stdin. A bad line or
file is reported on stderr with its file and line; every good story is still written
and the exit status is 1 at the end. --strict stops at the first error instead.

examples:
  hadath extract story.txt --published 2017-05-13 --format table
  hadath extract stories.jsonl -o out/events.jsonl
  cat story.txt | hadath extract - --published 2017-05-13
"""


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2017-05-13") from None


def add_parser(sub):
    p = sub.add_parser("extract", help="extract entities, times, quotes and events",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", default=["-"], metavar="PATH",
                   help="story files (.txt, .jsonl), directories, or - for stdin (default)")
    p.add_argument("--published", type=_iso_date, metavar="DATE",
                   help="publication date (YYYY-MM-DD) for stories that have none; relative "
                        "dates like أمس resolve against it, e.g. --published 2017-05-13")
    p.add_argument("--format", choices=sorted(WRITERS), default="jsonl",
                   help="jsonl: one SPEC object per line (default); json: one array; "
                        "table: a readable table of the events")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write here instead of stdout, e.g. -o out/events.jsonl")
    p.add_argument("--strict", action="store_true",
                   help="stop at the first bad document instead of skipping it")
    return p


def run(args) -> int:
    from hadath.pipeline import Pipeline

    pipeline = Pipeline.default()
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    writer = WRITERS[args.format](out)
    errors = 0
    try:
        for item in read_documents(args.paths, published=args.published):
            if isinstance(item, BadInput):
                errors += 1
                print(f"hadath: {item.origin}: {item.reason}", file=sys.stderr)
                if args.strict:
                    return 1
                continue
            try:
                article = pipeline(item.doc)
            except InputError as e:
                errors += 1
                print(f"hadath: {item.origin}: {e}", file=sys.stderr)
                if args.strict:
                    return 1
                continue
            writer.write(article)
    finally:
        writer.close()
        if out is not sys.stdout:
            out.close()
    if errors:
        print(f"hadath: {errors} document(s) could not be read (see above)", file=sys.stderr)
    return 1 if errors else 0
