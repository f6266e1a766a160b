"""People and organizations of ``hadath/data/actors.tsv``.

Columns: ``id type name_en aliases country sector org validity``. ``aliases`` are the
Arabic names and spellings, ``|``-separated. ``validity`` lists office periods like
PETRARCH's ``[USAGOV 20170120-20210120]``, written ``GOV:2017-01-20/2021-01-20`` and
``;``-separated; an open end (``GOV:2025-01-20/``) means still in office. A person keeps
their country but not their sector when out of office: outside every period the
``sector`` column applies (often empty).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from hadath.lexicons.tsv import DATA_DIR, LexiconError, alias_parts, read_tsv, split_aliases
from hadath.model import SECTORS
from hadath.text.normalize import normalize_ar

ACTOR_COLUMNS = ("id", "type", "name_en", "aliases", "country", "sector", "org", "validity")


@dataclass(frozen=True, slots=True)
class Period:
    """An office held from ``start`` to ``end`` (both inclusive; None = open)."""
    sector: str
    start: date | None
    end: date | None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    type: str  # PER or ORG
    name_en: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    org: str | None
    periods: tuple[Period, ...] = ()

    def sector_on(self, day: date | None) -> str | None:
        """The sector valid on ``day``; without a date, that of the latest period."""
        if not self.periods:
            return self.sector
        if day is None:
            return max(self.periods, key=lambda p: p.start or date.min).sector
        for p in self.periods:
            if p.holds_on(day):
                return p.sector
        return self.sector


@dataclass(frozen=True)
class ActorLexicon:
    entries: tuple[ActorEntry, ...]
    by_id: dict[str, ActorEntry]
    by_alias: dict[str, tuple[ActorEntry, ...]]  # normalized alias → entries

    def get(self, actor_id: str) -> ActorEntry | None:
        return self.by_id.get(actor_id)

    def lookup(self, name: str) -> tuple[ActorEntry, ...]:
        """Entries whose alias equals ``name`` after Arabic normalization."""
        return self.by_alias.get(normalize_ar(" ".join(name.split())), ())


def parse_validity(cell: str, where: str) -> tuple[Period, ...]:
    out = []
    for part in filter(None, (p.strip() for p in cell.split(";"))):
        try:
            sector, span = part.split(":", 1)
            start, end = span.split("/", 1)
            period = Period(sector, date.fromisoformat(start) if start else None,
                            date.fromisoformat(end) if end else None)
        except ValueError:
            raise LexiconError(f"{where}: validity {part!r} should look like "
                               f"GOV:2017-01-20/2021-01-20") from None
        if sector not in SECTORS:
            raise LexiconError(f"{where}: unknown sector {sector!r} in validity")
        out.append(period)
    return tuple(out)


def parse_actor_row(row: dict[str, str], where: str) -> ActorEntry:
    if row["type"] not in ("PER", "ORG"):
        raise LexiconError(f"{where}: type must be PER or ORG, got {row['type']!r}")
    if row["sector"] and row["sector"] not in SECTORS:
        raise LexiconError(f"{where}: unknown sector {row['sector']!r}")
    if not row["id"] or not row["name_en"]:
        raise LexiconError(f"{where}: id and name_en are required")
    return ActorEntry(id=row["id"], type=row["type"], name_en=row["name_en"],
                      aliases=split_aliases(row["aliases"]), country=row["country"] or None,
                      sector=row["sector"] or None, org=row["org"] or None,
                      periods=parse_validity(row["validity"], where))


def read_actors(path: Path) -> tuple[ActorEntry, ...]:
    return tuple(parse_actor_row(row, f"{path}:{n}") for n, row in read_tsv(path, ACTOR_COLUMNS))


def build_actor_lexicon(entries: tuple[ActorEntry, ...]) -> ActorLexicon:
    by_alias: dict[str, list[ActorEntry]] = {}
    for e in entries:
        for a in e.aliases:
            by_alias.setdefault(normalize_ar(alias_parts(a)[1]), []).append(e)
    return ActorLexicon(entries, {e.id: e for e in entries},
                        {k: tuple(v) for k, v in by_alias.items()})


@lru_cache(maxsize=4)
def load_actors(path: str | None = None) -> ActorLexicon:
    """The actor lexicon (``hadath/data/actors.tsv`` by default), read once per process."""
    return build_actor_lexicon(read_actors(Path(path) if path else DATA_DIR / "actors.tsv"))
