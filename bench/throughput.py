"""Throughput of the hadath pipeline: articles/s, sentences/s, peak memory (issue 2).

Default: the dev set (../shared/eval/dev/gold.jsonl) repeated to at least 2,000
articles, run on one core in this process.

--saudinewsnet: at least 2,000 real articles from ../shared/data/saudinewsnet_sample/
(research-only text: it is read from shared/ at run time and written only to a
temporary directory, never into the repository), run through ``hadath batch`` with 1
and 2 workers and through the Spark job in local[1] and local[2], printing the
scaling ratio from 1 to 2. Timings are wall clock of the whole run (worker start-up
included), on whatever else the machine is doing: the load average is printed too.

    python bench/throughput.py
    python bench/throughput.py --saudinewsnet [--articles 4000] [--no-spark]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("HADATH_SHARED", ROOT.parent / "shared"))
DEV_GOLD = SHARED / "eval" / "dev" / "gold.jsonl"
SNN_DIR = SHARED / "data" / "saudinewsnet_sample"


def peak_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024   # Linux reports KiB


def _children_cpu() -> float:
    """CPU seconds used by finished worker processes: how many cores a run really got."""
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def one_core(min_articles: int) -> None:
    from hadath.pipeline import Pipeline

    gold = [json.loads(x) for x in DEV_GOLD.open(encoding="utf-8") if x.strip()]
    inputs = [{k: d.get(k) for k in ("id", "text", "published", "source")} for d in gold]
    docs = (inputs * (min_articles // len(inputs) + 1))[:max(min_articles, len(inputs))]
    before = peak_mb()
    t0 = time.perf_counter()
    pipeline = Pipeline.default()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    sentences = 0
    for doc in docs:
        sentences += len(pipeline(doc).sentences)
    secs = time.perf_counter() - t0
    print(f"pipeline stages: {', '.join(pipeline.names)} (built in {load:.2f}s)")
    print(f"dev set x{len(docs) // len(inputs)}: {len(docs)} articles, {sentences} sentences "
          f"in {secs:.2f}s on one core")
    print(f"  {len(docs) / secs:,.1f} articles/s   {sentences / secs:,.1f} sentences/s")
    print(f"  peak memory {peak_mb():.0f} MB (before building the pipeline {before:.0f} MB)")


def saudinewsnet_docs(limit: int) -> list[dict]:
    docs = []
    for zpath in sorted(SNN_DIR.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                if not name.endswith(".json"):
                    continue
                for n, rec in enumerate(json.loads(z.read(name).decode("utf-8"))):
                    if not (rec.get("content") or "").strip():
                        continue
                    docs.append({"id": f"snn-{Path(name).stem}-{n:05d}",
                                 "text": rec["content"],
                                 "published": (rec.get("date_extracted") or "")[:10] or None,
                                 "source": rec.get("source") or None,
                                 "url": rec.get("url") or None,
                                 "title": rec.get("title") or None})
    if len(docs) < limit:   # repeat to reach the size asked for
        docs = [{**d, "id": f"{d['id']}-r{i}"} for i in range(limit // len(docs) + 1)
                for d in docs]
    return docs[:limit]


def scaling(limit: int, spark: bool, chunk_size: int) -> None:
    from hadath.scale.batch import BatchConfig, run_batch

    docs = saudinewsnet_docs(limit)
    tmp = Path(tempfile.mkdtemp(prefix="hadath-bench-"))
    try:
        src = tmp / "snn.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        chars = sum(len(d["text"]) for d in docs)
        print(f"SaudiNewsNet: {len(docs)} articles, {chars / len(docs):,.0f} characters each "
              f"on average; load average {os.getloadavg()[0]:.2f}; {os.cpu_count()} cores")
        rates = {}
        for workers in (1, 2):
            out = tmp / f"batch-{workers}"
            cpu0 = _children_cpu()
            t0 = time.perf_counter()
            summary = run_batch(BatchConfig(inputs=(str(src),), out_dir=str(out),
                                            workers=workers, chunk_size=chunk_size))
            secs = time.perf_counter() - t0
            cpu = _children_cpu() - cpu0
            rates[f"batch {workers}"] = len(docs) / secs
            print(f"batch --workers {workers}: {summary.articles} articles in {secs:.2f}s = "
                  f"{len(docs) / secs:,.1f} articles/s, "
                  f"{summary.sentences_now / secs:,.1f} sentences/s; workers got "
                  f"{cpu / secs:.2f} cores, {len(docs) / cpu:,.1f} articles per CPU second "
                  f"(load average {os.getloadavg()[0]:.2f})")
        print(f"  peak memory: parent {peak_mb():.0f} MB, largest worker "
              f"{peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")
        print(f"  scaling 1 -> 2 workers: {rates['batch 2'] / rates['batch 1']:.2f}x "
              "(wall clock; on a busy machine compare the cores the workers got)")
        if spark:
            from hadath.scale.spark_job import build_session, run_spark
            for cores in (1, 2):
                session = build_session(f"local[{cores}]", app="hadath-bench")
                session.sparkContext.setLogLevel("ERROR")
                try:
                    out = tmp / f"spark-{cores}"
                    t0 = time.perf_counter()
                    summary = run_spark(session, [str(src)], str(out), partitions=4 * cores)
                    secs = time.perf_counter() - t0
                finally:
                    session.stop()
                rates[f"spark {cores}"] = len(docs) / secs
                print(f"spark local[{cores}]: {summary.articles} articles in {secs:.2f}s = "
                      f"{len(docs) / secs:,.1f} articles/s "
                      f"(load average {os.getloadavg()[0]:.2f})")
            print(f"  scaling local[1] -> local[2]: "
                  f"{rates['spark 2'] / rates['spark 1']:.2f}x")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=2000, metavar="N",
                   help="at least this many articles (default 2000)")
    p.add_argument("--saudinewsnet", action="store_true",
                   help="real articles through batch (1, 2 workers) and Spark local[1]/[2]")
    p.add_argument("--no-spark", action="store_true", help="with --saudinewsnet: skip Spark")
    p.add_argument("--chunk-size", type=int, default=100, metavar="N",
                   help="batch chunk size (default 100)")
    args = p.parse_args(argv)
    if args.saudinewsnet:
        if not SNN_DIR.exists():
            print(f"SaudiNewsNet sample not found at {SNN_DIR}", file=sys.stderr)
            return 2
        scaling(args.articles, not args.no_spark, args.chunk_size)
    else:
        if not DEV_GOLD.exists():
            print(f"dev set not found at {DEV_GOLD}", file=sys.stderr)
            return 2
        one_core(args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
