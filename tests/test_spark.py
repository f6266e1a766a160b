"""The Spark job (local mode): same articles, stories and merged events as the batch
runner with --dedup, Parquet by month."""
from __future__ import annotations

import json
import pickle
import shutil

import pytest

pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs a Java runtime (apt-get install default-jre-headless)",
                allow_module_level=True)

from hadath.io.export import read_articles  # noqa: E402
from hadath.scale.batch import BatchConfig, read_batch_output, run_batch  # noqa: E402
from hadath.scale.spark_job import build_session, extract_partition, run_spark  # noqa: E402
from wire_story import OUTLETS, REPRINTS, STORY  # noqa: E402

# Original short stories for these tests, over two months and one without a date.
TEXTS = [
    "وصل وزير الخارجية الأردني إلى دمشق أمس في زيارة يلتقي خلالها الرئيس السوري.",
    "أعلنت وزارة الصحة في بغداد افتتاح مستشفى جديد للأطفال في مدينة البصرة.",
    "اتهم المتحدث باسم الحكومة اللبنانية جهات خارجية بعرقلة تشكيل الحكومة الجديدة.",
    "قال رئيس الوزراء العراقي إن بلاده سترسل مساعدات طبية إلى سوريا الأسبوع المقبل.\n"
    "وأضاف أن القافلة الأولى تضم عشرين شاحنة.",
    "تظاهر مئات الطلاب أمام مبنى الجامعة في عمان احتجاجا على رفع الرسوم الدراسية.",
]
DATES = ["2023-03-07", "2023-03-20", "2023-04-02", None, "2023-04-30"]


@pytest.fixture(scope="module")
def spark():
    session = build_session("local[2]", app="hadath-tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


# after the five stories (and a broken line): a wire story, its three reprints, and an
# exact repeat of the first story under another outlet
WIRE = [{"id": f"wire-{i}", "text": t, "published": "2023-03-07", "source": OUTLETS[i]}
        for i, t in enumerate([STORY, *REPRINTS])]
REPEAT = {"id": "s0-repeat", "text": TEXTS[0].replace("أمس", "  أمس"), "published": "2023-03-08",
          "source": "جريدة أخرى"}
IDS = {f"s{i}" for i in range(5)} | {d["id"] for d in WIRE}


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    path = tmp_path_factory.mktemp("in") / "stories.jsonl"
    docs = [{"id": f"s{i}", "text": t, "published": d, "source": "وكالة الاختبار"}
            for i, (t, d) in enumerate(zip(TEXTS, DATES))]
    line = lambda d: json.dumps(d, ensure_ascii=False) + "\n"  # noqa: E731
    path.write_text("".join(map(line, docs)) + '{"id": "broken", "text": \n'
                    + "".join(map(line, WIRE + [REPEAT])), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def spark_out(spark, stories, tmp_path_factory):
    out = tmp_path_factory.mktemp("spark") / "parquet"
    summary = run_spark(spark, [str(stories)], str(out), partitions=2, dedup=True)
    assert (summary.articles, summary.errors, summary.duplicates) == (9, 1, 1)
    return out


def _lines(paths) -> list[dict]:
    return [json.loads(x) for p in paths for x in p.read_text(encoding="utf-8").splitlines()
            if x.strip()]


def test_spark_output_matches_batch_output_with_dedup(spark_out, stories, tmp_path):
    batch_dir = tmp_path / "batch"
    run_batch(BatchConfig(inputs=(str(stories),), out_dir=str(batch_dir), workers=2,
                          chunk_size=2, dedup=True))
    from_batch = {d["id"]: d for d in read_batch_output(str(batch_dir))}
    from_spark = {d["id"]: d for d in read_articles(str(spark_out))}
    assert set(from_spark) == set(from_batch) == IDS      # the exact repeat is not extracted
    for doc_id, doc in from_batch.items():
        assert from_spark[doc_id]["events"] == doc["events"]
        assert from_spark[doc_id] == doc
    for name in ("stories", "events"):
        assert _lines(sorted((spark_out / f"_{name}").glob("part-*"))) == \
            _lines([batch_dir / f"{name}.jsonl"]), name


def test_spark_dedup_merges_the_reprints_into_one_event(spark_out):
    stories = _lines(sorted((spark_out / "_stories").glob("part-*")))
    assert {"story": "wire-0", "articles": [d["id"] for d in WIRE], "num_articles": 4,
            "exact_duplicates": []} in stories
    assert {"story": "s0", "articles": ["s0", "s0-repeat"], "num_articles": 2,
            "exact_duplicates": ["s0-repeat"]} in stories
    wire = [e for e in _lines(sorted((spark_out / "_events").glob("part-*")))
            if e["story"] == "wire-0"]
    assert [(e["type"], e["NumArticles"], e["NumSources"]) for e in wire
            if e["NumArticles"] > 1] == [("CONSULT", 4, 4)]


def test_merged_export_reads_the_spark_output(spark_out, tmp_path):
    import csv

    from hadath.cli import main
    out = tmp_path / "stories.csv"
    assert main(["export", str(spark_out), "--merged", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"CONSULT"} <= {r["event_type"] for r in rows if r["num_articles"] == "4"}


def test_partitioned_by_publication_month(spark_out):
    months = sorted(p.name for p in spark_out.iterdir() if p.name.startswith("month="))
    assert months == ["month=2023-03", "month=2023-04", "month=unknown"]


def test_bad_lines_go_to_errors_with_their_line(spark_out, stories):
    lines = [json.loads(x) for f in (spark_out / "_errors").glob("*.json")
             for x in f.read_text().splitlines()]
    assert len(lines) == 1
    assert lines[0]["where"] == f"{stories}:6" and "JSON" in lines[0]["error"]


def test_text_and_parquet_inputs(spark, tmp_path):
    pd = pytest.importorskip("pandas")
    txt_dir = tmp_path / "txt"
    txt_dir.mkdir()
    for i, text in enumerate(TEXTS[:2]):
        (txt_dir / f"story-{i}.txt").write_text(text, encoding="utf-8")
    pq_dir = tmp_path / "pq"
    pq_dir.mkdir()
    pd.DataFrame({"id": ["p1", "p2"], "text": TEXTS[2:4],
                  "published": ["2023-04-02", None]}).to_parquet(pq_dir / "docs.parquet")
    out = tmp_path / "out"
    summary = run_spark(spark, [str(txt_dir), str(pq_dir)], str(out), published="2023-01-15")
    assert summary.articles == 4
    got = {d["id"]: d["published"] for d in read_articles(str(out))}
    assert got == {"story-0": "2023-01-15", "story-1": "2023-01-15", "p1": "2023-04-02",
                   "p2": "2023-01-15"}


def test_local_workers_run_this_interpreter(spark):
    import sys
    rdd = spark.sparkContext.parallelize([0], 1)
    assert rdd.map(lambda _: __import__("sys").prefix).collect() == [sys.prefix]


def test_what_executors_run_pickles_and_runs_without_spark():
    from hadath.pipeline import Pipeline
    pipeline = pickle.loads(pickle.dumps(Pipeline.default()))
    assert pipeline({"id": "x", "text": TEXTS[0]}).sentences
    rows = list(extract_partition([("mem:1", {"id": "x", "text": TEXTS[0]}),
                                   ("mem:2", ("line", "not json"))]))
    assert rows[0][0] == "x" and rows[0][-1] is None
    assert rows[1][-2] == "mem:2" and "JSON" in rows[1][-1]
    keyed = list(extract_partition([("mem:3", {"id": "y", "text": TEXTS[1]}, 7)],
                                   signatures=True))[0]
    n, digest, signature, events = keyed[-6:-2]
    assert n == 7 and len(digest) == 40 and len(signature) == 128 and events.startswith("[")


def test_spark_submit_runs_the_module_as_a_script(stories, tmp_path):
    """The cluster entry point: ``spark-submit hadath/scale/spark_job.py IN OUT``."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    submit = Path(sys.executable).parent / "spark-submit"
    if not submit.exists():
        pytest.skip("spark-submit is not next to this interpreter")
    script = Path(__file__).resolve().parents[1] / "hadath" / "scale" / "spark_job.py"
    out = tmp_path / "out"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable,
           "PYSPARK_DRIVER_PYTHON": sys.executable}
    done = subprocess.run([str(submit), "--master", "local[1]", str(script), str(stories),
                           str(out)], env=env, capture_output=True, text=True, timeout=300)
    # exit 1: the fixture holds one broken line, reported in _errors
    assert done.returncode == 1, done.stderr[-2000:]
    # spark-submit passes the driver's stderr on through its own stdout
    # without --dedup the exact repeat is extracted as well
    assert "10 articles, 1 errors" in done.stdout + done.stderr
    assert {d["id"] for d in read_articles(str(out))} == IDS | {"s0-repeat"}
