"""Places of ``hadath/data/places.tsv``: countries, cities, regions and sites.

Columns: ``id name_en aliases country lat lon geonameid kind``; ``kind`` is one of
country, capital, city, region, site. Coordinates and geonameids come from GeoNames
(CC BY 4.0) where known.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hadath.lexicons.tsv import DATA_DIR, LexiconError, alias_parts, read_tsv, split_aliases
from hadath.model import Geo
from hadath.text.normalize import normalize_ar

PLACE_COLUMNS = ("id", "name_en", "aliases", "country", "lat", "lon", "geonameid", "kind")
PLACE_KINDS = frozenset({"country", "capital", "city", "region", "site"})


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    id: str
    name_en: str
    aliases: tuple[str, ...]
    country: str | None
    geo: Geo | None
    kind: str

    type = "LOC"


@dataclass(frozen=True)
class PlaceLexicon:
    entries: tuple[PlaceEntry, ...]
    by_id: dict[str, PlaceEntry]
    by_alias: dict[str, tuple[PlaceEntry, ...]]

    def get(self, place_id: str) -> PlaceEntry | None:
        return self.by_id.get(place_id)

    def lookup(self, name: str) -> tuple[PlaceEntry, ...]:
        return self.by_alias.get(normalize_ar(" ".join(name.split())), ())

    def country(self, iso3: str) -> PlaceEntry | None:
        """The country entry of an ISO3 code (its id is the code itself)."""
        return self.by_id.get(iso3)


def parse_place_row(row: dict[str, str], where: str) -> PlaceEntry:
    if row["kind"] not in PLACE_KINDS:
        raise LexiconError(f"{where}: kind must be one of {sorted(PLACE_KINDS)}, "
                           f"got {row['kind']!r}")
    if not row["id"] or not row["name_en"]:
        raise LexiconError(f"{where}: id and name_en are required")
    geo = None
    if row["lat"] and row["lon"]:
        try:
            geo = Geo(float(row["lat"]), float(row["lon"]),
                      int(row["geonameid"]) if row["geonameid"] else None, row["kind"])
        except ValueError:
            raise LexiconError(f"{where}: lat/lon/geonameid must be numbers") from None
    return PlaceEntry(id=row["id"], name_en=row["name_en"], aliases=split_aliases(row["aliases"]),
                      country=row["country"] or None, geo=geo, kind=row["kind"])


def read_places(path: Path) -> tuple[PlaceEntry, ...]:
    return tuple(parse_place_row(row, f"{path}:{n}") for n, row in read_tsv(path, PLACE_COLUMNS))


def build_place_lexicon(entries: tuple[PlaceEntry, ...]) -> PlaceLexicon:
    by_alias: dict[str, list[PlaceEntry]] = {}
    for e in entries:
        for a in e.aliases:
            by_alias.setdefault(normalize_ar(alias_parts(a)[1]), []).append(e)
    return PlaceLexicon(entries, {e.id: e for e in entries},
                        {k: tuple(v) for k, v in by_alias.items()})


@lru_cache(maxsize=4)
def load_places(path: str | None = None) -> PlaceLexicon:
    """The place lexicon (``hadath/data/places.tsv`` by default), read once per process."""
    return build_place_lexicon(read_places(Path(path) if path else DATA_DIR / "places.tsv"))
