"""Write articles as JSON Lines, one JSON array, or a table people can read."""
from __future__ import annotations

from typing import IO, Iterable

import orjson

from hadath.model import Article


def dumps(obj: dict) -> str:
    return orjson.dumps(obj).decode("utf-8")


class JsonlWriter:
    def __init__(self, out: IO[str]):
        self.out = out

    def write(self, article: Article) -> None:
        self.out.write(dumps(article.to_dict()) + "\n")

    def close(self) -> None:
        self.out.flush()


class JsonArrayWriter:
    def __init__(self, out: IO[str]):
        self.out = out
        self.first = True
        out.write("[")

    def write(self, article: Article) -> None:
        self.out.write(("\n" if self.first else ",\n") + dumps(article.to_dict()))
        self.first = False

    def close(self) -> None:
        self.out.write("\n]\n")
        self.out.flush()


def event_rows(doc: dict) -> Iterable[tuple]:
    """(doc id, date, type, source, targets, trigger, sentence) per event of a SPEC doc."""
    def who(actor):
        if not actor:
            return "-"
        key = actor.get("country") or actor.get("org") or "?"
        name = actor.get("name_en") or actor.get("text")
        if not name:  # a nominal actor (الجيش التركي): say what kind it is
            return f"{key} {actor.get('sector') or 'actor'}"
        return f"{name} [{key}]"

    for ev in doc.get("events", []):
        targets = ", ".join(who(t) for t in ev.get("target") or []) or "-"
        yield (doc["id"], ev.get("date") or "", ev["type"], who(ev.get("source")), targets,
               ev["trigger"]["text"], ev.get("sentence"))


def print_table(docs: Iterable[dict], console=None) -> int:
    """Print a rich table of events; return the number of events shown."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(title="hadath events", show_lines=False)
    for col in ("doc", "date", "type", "source", "target", "trigger"):
        table.add_column(col, overflow="fold")
    n = 0
    for doc in docs:
        for row in event_rows(doc):
            table.add_row(*[str(c) for c in row[:6]])
            n += 1
    console.print(table)
    console.print(f"{n} events")
    return n


class TableWriter:
    def __init__(self, out: IO[str]):
        self.out = out
        self.docs: list[dict] = []

    def write(self, article: Article) -> None:
        self.docs.append(article.to_dict())

    def close(self) -> None:
        from rich.console import Console
        print_table(self.docs, Console(file=self.out, width=160))


WRITERS = {"jsonl": JsonlWriter, "json": JsonArrayWriter, "table": TableWriter}
