"""People and organizations of ``hadath/data/actors.tsv``.

Columns: ``id type name_en aliases country sector org validity``. ``aliases`` are the
Arabic names and spellings, ``|``-separated. ``validity`` lists office periods like
PETRARCH's ``[USAGOV 20170120-20210120]``, written ``GOV:2017-01-20/2021-01-20`` and
``;``-separated; an open end (``GOV:2025-01-20/``) means still in office. A person keeps
their country but not their sector when out of office: outside every period the
``sector`` column applies (often empty). A period may name a body: ``IGO@ARAB_LEAGUE:2016-07-01/``
is an office at the body, held without the person's country (Aboul Gheit was Egypt's foreign
minister until 2011 and heads the Arab League since 2016: the same person, two actor keys).
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
    """An office held from ``start`` to ``end`` (both inclusive; None = open), at ``org``
    when it is an office of a body rather than of the person's country."""
    sector: str
    start: date | None
    end: date | None
    org: str | None = None

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

    def period_on(self, day: date | None) -> Period | None:
        """The period held on ``day``; without a date, the latest period."""
        if not self.periods:
            return None
        if day is None:
            return max(self.periods, key=lambda p: p.start or date.min)
        return next((p for p in self.periods if p.holds_on(day)), None)

    def sector_on(self, day: date | None) -> str | None:
        """The sector valid on ``day``; without a date, that of the latest period."""
        period = self.period_on(day)
        return period.sector if period else self.sector

    def identity_on(self, day: date | None, country: str | None) -> dict[str, str | None]:
        """``country``, ``sector`` and ``org`` of the actor on ``day`` (``country`` is the one
        the mention resolved to); an office at a body replaces the country with the body."""
        period = self.period_on(day)
        if period is not None and period.org:
            return {"country": None, "sector": period.sector, "org": period.org}
        return {"country": country, "sector": period.sector if period else self.sector,
                "org": self.org}


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
            office, span = part.split(":", 1)
            sector, _, org = office.partition("@")
            start, end = span.split("/", 1)
            period = Period(sector, date.fromisoformat(start) if start else None,
                            date.fromisoformat(end) if end else None, org or None)
        except ValueError:
            raise LexiconError(f"{where}: validity {part!r} should look like "
                               f"GOV:2017-01-20/2021-01-20 or IGO@UN:2017-01-01/") from None
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


def national_forms(lexicon: ActorLexicon, context: str = "~") -> dict[tuple[str, str], ActorEntry]:
    """(id of a context-country entry, country) → that country's own entry.

    ``مجلس النواب`` (country ``~``) in a Lebanese article is the entry whose alias is
    ``مجلس النواب اللبناني``, "Parliament of Lebanon", rather than the generic
    "House of Representatives (Lebanon)": any entry of a real country with an alias
    made of the generic alias and one word more (the nationality adjective) is the
    national form of the generic name.
    """
    generic: dict[str, list[ActorEntry]] = {}
    for e in lexicon.entries:
        if e.country == context:
            for a in e.aliases:
                generic.setdefault(normalize_ar(alias_parts(a)[1]), []).append(e)
    out: dict[tuple[str, str], ActorEntry] = {}
    for e in lexicon.entries:
        if not e.country or e.country == context:
            continue
        for a in e.aliases:
            head, _, last = normalize_ar(alias_parts(a)[1]).rpartition(" ")
            for g in generic.get(head, ()) if head and last else ():
                out.setdefault((g.id, e.country), e)
    return out
