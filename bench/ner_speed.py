#!/usr/bin/env python3
"""NER tagging speed on one core: tokens per second and peak memory.

    python bench/ner_speed.py [CONLL_FILE] [--repeat N] [--pipeline] [--model PATH]

Default input: ../shared/data/anercorp/test.txt (research-only text, read at run
time, never committed). ``--pipeline`` also times the ``ner`` stage on the dev
articles (segment + ner), which adds tokenization and span merging.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "anercorp" / "test.txt"
DEV = ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl"


# one core: numpy's BLAS would otherwise spin threads on the others (and bill their
# CPU time here); set before numpy is imported
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("conll", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pipeline", action="store_true")
    ap.add_argument("--model", help="any model hadath tag takes (.crfsuite, neural .npz, "
                                    ".json mix); default: the shipped default (the mix)")
    args = ap.parse_args(argv)
    from hadath.ner.conll import read_conll_file
    from hadath.ner.tagger import tagger_for

    sentences = [s.tokens for s in read_conll_file(args.conll)]
    n_tokens = sum(map(len, sentences))
    tagger = tagger_for(args.model)
    tagger.tag_many([["تحمية"]])  # load the model and lookups once, outside the timing
    best = best_cpu = float("inf")
    from hadath.ner.features import analyse
    for _ in range(args.repeat):
        analyse.cache_clear()  # each run starts cold: no token seen before
        tagger.resources.token_cache.clear()
        t0, c0 = time.perf_counter(), time.process_time()
        tagger.tag_many(sentences)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    # CPU time is the one-core figure; wall time also counts other processes' load
    print(f"tagger: {n_tokens} tokens: {n_tokens / best_cpu:,.0f} tokens/s of CPU time "
          f"({best_cpu:.3f} s), {n_tokens / best:,.0f} tokens/s wall (best of {args.repeat})")
    if args.pipeline and DEV.exists():
        from hadath.pipeline import Pipeline
        docs = [json.loads(line) for line in DEV.open(encoding="utf-8") if line.strip()]
        seg = Pipeline.default(["segment"])
        full = Pipeline.default(["segment", "ner"])
        arts = [seg(d) for d in docs]
        words = sum(len(a.tokens) for a in arts)
        stage = full.stages[-1]
        t0 = time.process_time()
        for a in arts:
            stage(a)
        dt = time.process_time() - t0
        print(f"ner stage: {len(docs)} articles, {words} words in {dt:.3f} s CPU = "
              f"{words / dt:,.0f} words/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
