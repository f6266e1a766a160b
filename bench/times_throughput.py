"""Throughput of the segment → times stages on real news (SaudiNewsNet sample).

    python3 bench/times_throughput.py [--n 1000] [--sample 30]

Reads ../shared/data/saudinewsnet_sample (research-only text, read at run time and
never copied into the repository), resolves against each article's extraction date,
prints articles per second and, with --sample, a few random times for eyeballing.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hadath.annotate.segment import Segmenter  # noqa: E402
from hadath.annotate.times import TimeTagger  # noqa: E402
from hadath.model import Article  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "saudinewsnet_sample" / "2015-08-10.zip"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--sample", type=int, default=0)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"no SaudiNewsNet sample at {DATA}")
        return 0
    with zipfile.ZipFile(DATA) as z:
        docs = json.loads(z.read(z.namelist()[0]).decode("utf-8"))[:args.n]
    seg, tagger = Segmenter(), TimeTagger()
    arts = [seg(Article(id=str(i), text=d["content"], published=d["date_extracted"][:10]))
            for i, d in enumerate(docs)]
    t0 = time.perf_counter()
    done = [tagger(a) for a in arts]
    dt = time.perf_counter() - t0
    times = [(a, t) for a in done for t in a.times]
    kinds = Counter(t.type for _, t in times)
    print(f"{len(done)} articles, {sum(len(a.text) for a in done) / 1e6:.1f} M chars: "
          f"times stage {len(done) / dt:.0f} articles/s; {len(times)} times {dict(kinds)}; "
          f"{sum(t.value is None for _, t in times)} without value")
    rng = random.Random(0)
    for a, t in rng.sample(times, min(args.sample, len(times))):
        ctx = a.text[max(0, t.start - 25):t.end + 25].replace("\n", " ")
        print(f"  {a.published} {t.text!r} -> {t.value} {t.type} | {ctx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
