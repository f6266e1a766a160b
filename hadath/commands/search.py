"""``hadath search``: find stored articles and events by words and filters."""
from __future__ import annotations

import argparse
import sys

from hadath.commands.extract import _iso_date
from hadath.commands.ingest import add_db_option

HELP = """\
Search the stored articles. Words match across Arabic spelling variants (hamza forms,
ta marbuta, alef maqsura, diacritics, tatweel) and attached clitics: ترامب finds
وترامب and لترامب. Filters keep only articles with a matching event, and the matching
events are listed under each article. The exit status is 1 when nothing matches.

examples:
  hadath search ترامب
  hadath search "مناطق خفض التوتر" --actor RUS --since 2017-05-01
  hadath search --type ASSAULT --country SYR --json
"""


def add_filter_options(p) -> None:
    p.add_argument("--actor", metavar="KEY", help="actor key as source or target: RUS, UN, ISIS …")
    p.add_argument("--type", metavar="TYPE", help="PLOVER event type, e.g. ASSAULT")
    p.add_argument("--country", metavar="ISO3", help="country of the event's location, e.g. SYR")
    p.add_argument("--place", metavar="NAME", help="the event's location, e.g. Aleppo or حلب")
    p.add_argument("--since", type=_iso_date, metavar="DATE", help="events on or after DATE")
    p.add_argument("--until", type=_iso_date, metavar="DATE", help="events on or before DATE")


def add_parser(sub):
    p = sub.add_parser("search", help="search stored articles and events",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", nargs="?", default="", metavar="QUERY", help="words to find")
    add_filter_options(p)
    add_db_option(p)
    p.add_argument("--limit", type=int, default=20, help="articles to show (default 20)")
    p.add_argument("--json", action="store_true", help="print the JSON the API returns")
    return p


def run(args) -> int:
    import orjson

    from hadath.store import EventFilter, StoreError, open_store

    f = EventFilter.of(q=args.query, actor=args.actor, type=args.type, country=args.country,
                       place=args.place, since=args.since, until=args.until)
    try:
        store = open_store(args.db)
    except StoreError as e:
        print(f"hadath: {e}", file=sys.stderr)
        return 2
    with store:
        found = store.articles(f, limit=args.limit)
        for art in found["articles"]:
            if f.events_only:
                ef = f.with_(q=None, article=art["id"])
                art["events"] = store.events(ef, limit=100, count=False)["events"]
    if args.json:
        sys.stdout.write(orjson.dumps(found, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0 if found["total"] else 1
    _print(found, f)
    return 0 if found["total"] else 1


def _print(found: dict, f) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    table = Table(title=f"{found['total']} article(s)", show_lines=True)
    for col in ("id", "published", "events", "text"):
        table.add_column(col, overflow="fold")
    for art in found["articles"]:
        lines = [art["snippet"]]
        for ev in art.get("events", []):
            src = (ev["source"] or {}).get("key") or "?"
            tgt = ",".join(t.get("key") or "?" for t in ev["target"]) or "-"
            lines.append(f"• {ev['day'] or '?'} {ev['type']} {src} → {tgt} "
                         f"«{(ev['trigger'] or {}).get('text', '')}»")
        # Text cells: article text is shown as it is, never read as rich markup
        table.add_row(Text(art["id"]), art["published"] or "", str(art["n_events"]),
                      Text("\n".join(lines)))
    console.print(table)
