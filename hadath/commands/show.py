"""``hadath show``: print the events of SPEC JSON Lines output as a table."""
from __future__ import annotations

import argparse
import sys

import orjson


def add_parser(sub):
    p = sub.add_parser("show", help="print the events of extracted output as a table",
                       description="Print the events in hadath's JSON Lines output as a "
                                   "readable table.\n\nexample:\n  hadath show out/events.jsonl",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="FILE", help="JSON Lines written by hadath extract")
    return p


def run(args) -> int:
    from hadath.io.writers import print_table

    docs = []
    for path in args.paths:
        try:
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    if line.strip():
                        try:
                            docs.append(orjson.loads(line))
                        except orjson.JSONDecodeError as e:
                            print(f"hadath: {path}:{n}: not JSON ({e})", file=sys.stderr)
                            return 1
        except OSError as e:
            print(f"hadath: {path}: {e.strerror}", file=sys.stderr)
            return 1
    print_table(docs)
    return 0
