"""Exports: tables pandas reads as they are, PLOVER JSON lines, Phoenix-layout CAMEO."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from hadath.io import export

TEXT = ("وصل وزير الخارجية الأردني إلى دمشق أمس والتقى الرئيس السوري ورئيس الوزراء.\n"
        "وأعلنت الحكومة اللبنانية رفضها للقرار.")


def article() -> dict:
    """A processed article built by hand in SPEC shape: a two-target event and one more."""
    minister = {"entity": "e1", "name_en": "Ayman Safadi", "country": "JOR", "sector": "GOV",
                "org": None}
    return {
        "id": "story-1", "published": "2023-03-08", "source": "وكالة الاختبار",
        "url": "http://news.test/1", "title": None, "text": TEXT,
        "sentences": [{"start": 0, "end": 77}, {"start": 78, "end": len(TEXT)}],
        "entities": [{"id": "e2", "type": "LOC", "name": "دمشق", "name_en": "Damascus",
                      "country": "SYR", "sector": None, "org": None,
                      "geo": {"lat": 33.51, "lon": 36.29, "geonameid": 170654,
                              "kind": "capital"},
                      "mentions": [{"start": 27, "end": 31, "text": "دمشق"}]}],
        "times": [], "quotes": [],
        "events": [
            {"type": "CONSULT", "mode": "visit", "cameo": "042", "source": minister,
             "target": [{"entity": None, "name_en": "Bashar al-Assad", "country": "SYR",
                         "sector": "GOV", "org": None},
                        {"entity": None, "name_en": "Syrian prime minister",
                         "country": "SYR", "sector": "GOV", "org": None}],
             "date": "2023-03-07", "location": "e2", "sentence": 0,
             "trigger": {"start": 0, "end": 3, "text": "وصل"}, "confidence": 0.8},
            {"type": "REJECT", "mode": None, "cameo": "120",
             "source": {"entity": None, "name_en": "Lebanese government", "country": "LBN",
                        "sector": "GOV", "org": None},
             "target": [], "date": "2023-03", "location": None, "sentence": 1,
             "trigger": {"start": 96, "end": 101, "text": "رفضها"}, "confidence": 0.6},
        ],
    }


@pytest.fixture
def articles_file(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(article(), ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_csv_reads_in_pandas_one_row_per_event_target(tmp_path, articles_file):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "events.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        assert export.write_csv(export.read_articles(str(articles_file)), f) == 3
    table = pd.read_csv(out)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", c) for c in table.columns)
    assert list(table["target_name"].fillna("")) == ["Bashar al-Assad",
                                                     "Syrian prime minister", ""]
    assert list(table["event_id"]) == ["story-1-1", "story-1-1", "story-1-2"]
    dates = pd.to_datetime(table["story_date"], format="%Y-%m-%d")
    assert str(dates.iloc[0].date()) == "2023-03-08"
    assert table.loc[0, "location_name"] == "Damascus" and table.loc[0, "location_lat"] == 33.51


def test_parquet_has_typed_columns(tmp_path, articles_file):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "events.parquet"
    export.write_parquet(export.read_articles(str(articles_file)), str(out))
    table = pd.read_parquet(out)
    assert len(table) == 3
    assert str(table.loc[0, "event_date"]) == "2023-03-07"
    # month precision has no day: a date column holds null rather than a made-up day
    assert pd.isna(table.loc[2, "event_date"])
    assert table["location_lat"].dtype == "float64"


def test_plover_json_lines(tmp_path, articles_file):
    out = tmp_path / "events.jsonl"
    with out.open("wb") as f:
        export.write_plover(export.read_articles(str(articles_file)), f)
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    first = records[0]
    for key in ("event_id", "event_type", "event_mode", "event_date", "story_date",
                "story_id", "event_text", "source_actor", "source_country", "source_sector",
                "target_actor", "target_country", "target_sector", "location_name",
                "location_lat", "location_lon", "location_country"):
        assert key in first
    assert first["target_actor"] == "Bashar al-Assad;Syrian prime minister"
    assert first["event_text"] == TEXT[:77]
    assert (first["event_mode"], first["location_country"]) == ("visit", "SYR")


def test_cameo_in_phoenix_column_order(tmp_path, articles_file):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "events.tsv"
    with out.open("w", encoding="utf-8") as f:
        export.write_cameo(export.read_articles(str(articles_file)), f)
    table = pd.read_csv(out, sep="\t", header=None, names=export.PHOENIX_COLUMNS,
                        dtype=str, keep_default_na=False)
    assert len(export.PHOENIX_COLUMNS) == 26 and len(table) == 3
    row = table.iloc[0]
    assert (row["Date"], row["Year"], row["Month"], row["Day"]) == ("20230307", "2023",
                                                                     "3", "7")
    assert (row["SourceActorFull"], row["SourceActorEntity"], row["SourceActorRole"]) == (
        "JORGOV", "JOR", "GOV")
    assert (row["EventCode"], row["EventRootCode"], row["PentaClass"]) == ("042", "04", "1")
    assert row["NewsSources"] == "وكالة الاختبار"
    # an event dated to the month only takes the story's day
    assert table.iloc[2]["Date"] == "20230308"
    assert table.iloc[2]["PentaClass"] == "3"


@pytest.mark.parametrize("root,klass", [("01", "0"), ("04", "1"), ("07", "2"),
                                        ("12", "3"), ("19", "4"), ("", "")])
def test_penta_class(root, klass):
    assert export.penta_class(root) == klass


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_export_command_reads_batch_output(tmp_path, articles_file, fmt):
    pd = pytest.importorskip("pandas")
    from hadath.scale.manifest import ChunkRecord, Manifest
    from hadath.scale.rows import article_row, write_parquet

    run = tmp_path / "run"
    run.mkdir()
    name = f"part-00000.{fmt}"
    if fmt == "parquet":
        write_parquet([article_row(article())], str(run / name))
    else:
        (run / name).write_text(articles_file.read_text(encoding="utf-8"), encoding="utf-8")
    Manifest(str(run)).append(ChunkRecord(0, name, ("story-1",)))
    out = tmp_path / "events.csv"
    done = subprocess.run([sys.executable, "-m", "hadath.cli", "export", str(run),
                           "--format", "csv", "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "3 rows" in done.stderr
    assert len(pd.read_csv(out)) == 3


def test_export_from_the_store(tmp_path):
    pd = pytest.importorskip("pandas")
    store_mod = pytest.importorskip("hadath.store.store")
    db = tmp_path / "hadath.db"
    store = store_mod.Store(str(db))
    store.add(article())
    store.db.close()
    rows = list(export.event_rows(export.read_articles(str(db))))
    assert [r["target_name"] for r in rows] == ["Bashar al-Assad", "Syrian prime minister",
                                                None]
    out = tmp_path / "events.csv"
    done = subprocess.run([sys.executable, "-m", "hadath.cli", "export", f"sqlite:///{db}",
                           "--format", "csv", "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert list(pd.read_csv(out)["event_type"]) == ["CONSULT", "CONSULT", "REJECT"]
