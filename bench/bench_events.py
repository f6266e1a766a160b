"""Throughput of the events stage alone (articles/s), on the shared SaudiNewsNet sample.

    python3 bench/bench_events.py [N]

The earlier stages run first and are not timed. The sample is research data read from
../shared at run time; nothing of it is stored.
"""
from __future__ import annotations

import json
import sys
import time
import zipfile
from pathlib import Path

from hadath.annotate.events import EventStage
from hadath.pipeline import STAGE_FACTORIES, Pipeline

SAMPLE = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "saudinewsnet_sample"


def main(n: int = 200) -> int:
    zips = sorted(SAMPLE.glob("*.zip"))
    if not zips:
        print(f"no sample at {SAMPLE}", file=sys.stderr)
        return 1
    with zipfile.ZipFile(zips[0]) as z:
        data = json.loads(z.read(z.namelist()[0]))[:n]
    before = Pipeline.default([s for s in STAGE_FACTORIES if s != "events"])
    arts = [before({"id": str(i), "text": d.get("content", ""), "published": "2015-08-06"})
            for i, d in enumerate(data)]
    stage = EventStage()
    start = time.perf_counter()
    events = sum(len(stage(a).events) for a in arts)
    took = time.perf_counter() - start
    chars = sum(len(a.text) for a in arts)
    print(f"events stage: {len(arts)} articles, {events} events, {len(arts) / took:.1f} articles/s, "
          f"{chars / took / 1000:.0f}k chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
