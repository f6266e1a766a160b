"""Throughput of the ``entities`` stage (and of segment + entities) on real news.

    python3 bench/bench_entities.py [N]

Reads up to N (default 2000) SaudiNewsNet articles from ../shared/data (research data,
never shipped) and prints articles per second on one core. Not a test: numbers vary.
"""
from __future__ import annotations

import glob
import json
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hadath.annotate.entities import EntityStage  # noqa: E402
from hadath.model import Article  # noqa: E402
from hadath.pipeline import Pipeline  # noqa: E402


def texts(limit: int) -> list[str]:
    out: list[str] = []
    for z in sorted(glob.glob(str(ROOT.parent / "shared/data/saudinewsnet_sample/*.zip"))):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if name.endswith(".json"):
                    out += [a.get("content") or "" for a in json.loads(zf.read(name))]
    return out[:limit]


def main() -> None:
    docs = texts(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
    if not docs:
        sys.exit("no SaudiNewsNet sample under ../shared/data; nothing to measure")
    t0 = time.perf_counter()
    stage = EntityStage()
    print(f"lexicons + automaton built in {time.perf_counter() - t0:.2f}s")
    seg = Pipeline.default(["segment"])
    arts = [seg(Article(id=str(i), text=t, published="2015-08-06")) for i, t in enumerate(docs)]
    t0 = time.perf_counter()
    n = sum(len(stage(a).entities) for a in arts)
    dt = time.perf_counter() - t0
    print(f"entities stage: {len(arts) / dt:.0f} articles/s ({n} entities in {len(arts)} articles)")
    pipe = Pipeline.default(["segment", "entities"])
    t0 = time.perf_counter()
    for i, t in enumerate(docs):
        pipe(Article(id=str(i), text=t, published="2015-08-06"))
    print(f"segment + entities: {len(docs) / (time.perf_counter() - t0):.0f} articles/s")


if __name__ == "__main__":
    main()
