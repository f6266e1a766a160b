"""The Spark job: the pipeline over archives too big for one machine.

``hadath spark INPUT… OUTPUT`` or ``spark-submit hadath/scale/spark_job.py INPUT…
OUTPUT``. Input documents are spread over partitions; each partition runs
:func:`extract_partition`, which gets its pipeline from
:func:`hadath.pipeline.default_pipeline` *inside the executor*: the pipeline is built
once per Python worker process (Spark reuses its workers) and never shipped from the
driver. Output is Parquet in the row layout of :mod:`hadath.scale.rows`, partitioned
by publication month (``month=2017-05/``); documents that could not be read go to
``OUTPUT/_errors`` as JSON (the leading underscore keeps them out of Parquet reads).
With ``--dedup`` the job does what ``hadath batch --dedup`` does (see
:mod:`hadath.scale.spark_dedup`): exact repeats are not extracted, reprints are
grouped into stories, and ``OUTPUT/_stories`` and ``OUTPUT/_events`` hold the same
lines as the batch run's ``stories.jsonl`` and ``events.jsonl``.

Inputs: ``.jsonl[.gz]`` (one SPEC input object per line), ``.txt`` (one story per
file; the file name is the id), Parquet with the columns ``id``, ``text`` and
optionally ``published``, ``source``, ``url``, ``title``. A directory is read as the
kind of the files in it. Nothing in this module depends on local mode: on a cluster,
``spark-submit`` supplies the master and the executors need hadath installed (or
shipped with ``--py-files``); see docs/scale.md.
"""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from typing import Iterable, Iterator

INPUT_KINDS = ("auto", "jsonl", "text", "parquet")
_DOC_FIELDS = ("id", "text", "published", "source", "url", "title")


@dataclass(frozen=True)
class SparkSummary:
    articles: int
    errors: int
    output: str
    duplicates: int = 0          # exact repeats not extracted (dedup)
    stories: int | None = None   # story groups (dedup)


# what extract_partition adds after the row columns; the last two are where and error
EXTRA_COLUMNS = ("n", "digest", "signature", "events", "where", "error")


def input_kind(path: str) -> str:
    """jsonl, text or parquet, from the name of a file or the files of a local directory."""
    names = [path]
    if os.path.isdir(path):
        names = [n for n in sorted(os.listdir(path)) if not n.startswith((".", "_"))]
    for name in names:
        low = name.lower()
        if low.endswith(".parquet"):
            return "parquet"
        if low.endswith((".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz")):
            return "jsonl"
        if low.endswith(".txt"):
            return "text"
    return "jsonl"


def _from_json_lines(records: Iterable[tuple[str, str]]) -> Iterator[tuple[str, dict | str]]:
    import orjson
    for where, line in records:
        if not line.strip():
            continue
        try:
            doc = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            yield where, f"not valid JSON ({e}); each line must be one JSON object"
            continue
        yield where, doc if isinstance(doc, dict) else "expected a JSON object"


def extract_partition(records: Iterable[tuple], published: str | None = None,
                      stages: tuple[str, ...] | None = None,
                      signatures: bool = False) -> Iterator[tuple]:
    """Run the pipeline over one partition of ``(where, doc dict | JSON line | reason)``
    or ``(where, doc, n)`` with ``n`` the document's place in the input.

    Yields row tuples in :data:`hadath.scale.rows.COLUMNS` order, then
    :data:`EXTRA_COLUMNS`: ``n``; with ``signatures``, the content hash, MinHash
    signature and events JSON the story grouping needs (else empty); ``where``; and
    ``error`` (set, with the other columns empty, for a document that failed).
    """
    from hadath.model import InputError
    from hadath.pipeline import Pipeline, default_pipeline
    from hadath.scale.rows import COLUMNS, article_row

    pipeline = default_pipeline() if stages is None else Pipeline.default(stages)
    names = [name for name, _ in COLUMNS]
    empty = [None] * (len(names) + 4)
    for where, doc, n in _parsed(records):
        if isinstance(doc, str):
            yield (*empty, where, doc)
            continue
        if published and not doc.get("published"):
            doc = {**doc, "published": published}
        try:
            out = pipeline(doc).to_dict()
        except InputError as e:
            yield (*empty, where, str(e))
            continue
        except Exception as e:  # one bad document must not fail the job
            yield (*empty, where, f"extraction failed: {type(e).__name__}: {e}")
            continue
        row = article_row(out)
        yield (*(row[name] for name in names), n, *(_story_keys(out) if signatures else
                                               (None, None, None)), where, None)


def _story_keys(doc: dict) -> tuple:
    import orjson

    from hadath.scale.dedup import content_hash, minhash_signature
    text = doc.get("text") or ""
    return (content_hash(text), minhash_signature(text),
            orjson.dumps(doc.get("events") or []).decode("utf-8"))


def _parsed(records):
    """``(where, doc | reason, n)``: docs stay docs, JSON lines (tagged ``("line",
    text)``) are parsed here; ``n`` is None when the records carry no place."""
    for where, value, *rest in records:
        n = rest[0] if rest else None
        if isinstance(value, tuple) and value and value[0] == "line":
            for w, doc in _from_json_lines([(where, value[1])]):
                yield w, doc, n
        else:
            yield where, value, n


def _read_inputs(spark, paths: list[str], kind: str):
    """An RDD of ``(where, doc | ("line", text))`` over all inputs, in input order."""
    sc = spark.sparkContext
    rdds = []
    for path in paths:
        this = input_kind(path) if kind == "auto" else kind
        if this == "parquet":
            df = spark.read.parquet(path)
            cols = [c for c in _DOC_FIELDS if c in df.columns]
            rdds.append(df.select(*cols).rdd.map(
                lambda row, p=path: (f"{p}:{row['id']}", row.asDict())))
        elif this == "text":
            rdds.append(sc.wholeTextFiles(path).map(_text_doc))
        else:
            lines = sc.textFile(path).zipWithIndex()
            rdds.append(lines.map(lambda li, p=path: (f"{p}:{li[1] + 1}", ("line", li[0]))))
    return rdds[0] if len(rdds) == 1 else sc.union(rdds)


def _text_doc(pair: tuple[str, str]) -> tuple[str, dict]:
    path, text = pair
    name = path.rsplit("/", 1)[-1]
    return path, {"id": name[:-4] if name.lower().endswith(".txt") else name, "text": text}


def build_session(master: str | None = None, app: str = "hadath"):
    """A SparkSession; in local mode the Python workers are this interpreter."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        # pyspark starts its Python workers with $PYSPARK_PYTHON (default: python3 on
        # the PATH, which may lack hadath's dependencies); the conf below only reaches
        # spark-submit. Locally the workers must be this very interpreter.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = (builder.config("spark.pyspark.python", sys.executable)
                   .config("spark.pyspark.driver.python", sys.executable)
                   .config("spark.ui.enabled", "false")
                   .config("spark.sql.shuffle.partitions", "4"))
    return builder.getOrCreate()


def run_spark(spark, inputs: list[str], output: str, *, kind: str = "auto",
              published: str | None = None, partitions: int | None = None,
              stages: tuple[str, ...] | None = None, overwrite: bool = False,
              dedup: bool = False) -> SparkSummary:
    """Extract ``inputs`` into Parquet at ``output`` (partitioned by month); with
    ``dedup``, skip exact repeats and write the stories and their merged events."""
    from pyspark import StorageLevel
    from pyspark.sql.types import (ArrayType, LongType, StringType, StructField,
                                   StructType)

    from hadath.scale import spark_dedup
    from hadath.scale.rows import spark_schema

    extra = [StructField("n", LongType(), True), StructField("digest", StringType(), True),
             StructField("signature", ArrayType(LongType()), True),
             StructField("events", StringType(), True),
             StructField("where", StringType(), True), StructField("error", StringType(), True)]
    schema = StructType(spark_schema().fields + extra)
    records = _read_inputs(spark, inputs, kind)
    duplicates = None
    if dedup:
        # places first (before any shuffle), then repeats out: as the batch runner reads
        records, duplicates = spark_dedup.split_repeats(
            records.mapPartitions(_parsed).zipWithIndex().map(lambda r: (*r[0][:2], r[1])))
    if partitions:
        records = records.repartition(partitions)
    rdd = records.mapPartitions(lambda part: extract_partition(part, published, stages, dedup))
    df = spark.createDataFrame(rdd, schema).persist(StorageLevel.MEMORY_AND_DISK)
    mode = "overwrite" if overwrite else "errorifexists"
    good = df.filter(df.error.isNull())
    good.drop(*(f.name for f in extra)).write.mode(mode).partitionBy("month").parquet(output)
    bad = df.filter(df.error.isNotNull()).select("where", "error")
    n_bad = bad.count()
    if n_bad:
        bad.coalesce(1).write.mode("overwrite").json(output.rstrip("/") + "/_errors")
    n_good = good.count()
    stories = n_dup = None
    if dedup:
        n_dup, stories = spark_dedup.write_stories(spark, good, duplicates, output)
    df.unpersist()
    return SparkSummary(n_good, n_bad, output, n_dup or 0, stories)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="hadath spark", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Run the hadath pipeline on Apache Spark (mapPartitions, one pipeline "
                    "per executor) and write Parquet partitioned by publication month.",
        epilog="examples:\n"
               "  hadath spark archive.jsonl out/parquet --master 'local[2]'\n"
               "  hadath spark archive.jsonl out/parquet --dedup      # stories, merged events\n"
               "  spark-submit --master yarn hadath/scale/spark_job.py "
               "hdfs:///news/2017/ hdfs:///events/2017/\n")
    add_arguments(p)
    return p


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="INPUT… then OUTPUT: .jsonl[.gz], .txt or Parquet inputs (files or "
                        "directories), and the output directory")
    p.add_argument("--master", default=None,
                   help="Spark master, e.g. local[2] (default: the one spark-submit gives; "
                        "'hadath spark' uses local[*])")
    p.add_argument("--input-format", choices=INPUT_KINDS, default="auto",
                   help="kind of the inputs (default: from the file names)")
    p.add_argument("--published", metavar="DATE",
                   help="publication date for documents that have none, e.g. 2017-05-13")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="repartition the input into N partitions (default: as read)")
    p.add_argument("--overwrite", action="store_true", help="replace an existing OUTPUT")
    p.add_argument("--dedup", action="store_true",
                   help="as hadath batch --dedup: skip exact repeats, group reprints into "
                        "stories, write OUTPUT/_stories and OUTPUT/_events (merged events "
                        "with NumMentions, NumSources, NumArticles)")


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return run_args(args)


def run_args(args) -> int:
    if len(args.paths) < 2:
        print("hadath spark: give at least one INPUT and the OUTPUT directory", file=sys.stderr)
        return 2
    *inputs, output = args.paths
    spark = build_session(args.master)
    try:
        summary = run_spark(spark, inputs, output, kind=args.input_format,
                            published=args.published, partitions=args.partitions,
                            overwrite=args.overwrite, dedup=args.dedup)
    finally:
        spark.stop()
    stories = (f", {summary.duplicates} exact repeats, {summary.stories} stories"
               if summary.stories is not None else "")
    print(f"hadath spark: {summary.articles} articles, {summary.errors} errors{stories} "
          f"-> {output}", file=sys.stderr)
    return 1 if summary.errors else 0


if __name__ == "__main__":
    sys.exit(main())
