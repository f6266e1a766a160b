"""The ``hadath`` command: thin subcommands over library functions.

Each subcommand lives in ``hadath/commands/<name>.py`` with ``add_parser(sub)`` and
``run(args) -> int``; this list is the only place that registers them. Commands are
imported when the CLI starts but load their heavy parts only when they run.
"""
from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = (
    "extract",
    "show",
    "tag",
    "train",
    "evaluate",
    "ingest",
    "search",
    "serve",
    "batch",
    "spark",
    "export",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hadath",
        description="Arabic news to political event data (entities, times, quotes, "
                    "PLOVER events). Run 'hadath COMMAND --help' for each command.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="example:\n  hadath extract story.txt --published 2017-05-13 --format table",
    )
    from hadath import __version__
    parser.add_argument("--version", action="version", version=f"hadath {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"hadath.commands.{name}")
        p = module.add_parser(sub)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
