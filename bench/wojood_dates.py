"""Time mention detection against the Wojood sample's DATE spans (no values there).

    python3 bench/wojood_dates.py [--show]        # reads ../shared/data/wojood_sample

Sentences are rebuilt by joining tokens with spaces; a Wojood DATE span counts as
found when a predicted time overlaps it, and a prediction is right when it overlaps
a DATE span. Wojood marks some things hadath does not (ages, seasons, "حرب 1948"
is EVENT) and hadath marks durations Wojood may not, so read the figures as a
regression check on unseen text, not as a score. Prints recall, precision, speed.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hadath.annotate.segment import Segmenter  # noqa: E402
from hadath.annotate.times import TimeTagger  # noqa: E402
from hadath.model import Article  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "wojood_sample"


def sentences(path: Path):
    toks: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if toks:
                yield toks
            toks = []
            continue
        parts = line.split(" ")
        toks.append((parts[0], parts[1:]))
    if toks:
        yield toks


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--split", default="all")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"no Wojood sample at {DATA}")
        return 0
    seg, tagger = Segmenter(), TimeTagger()
    gold_n = found = pred_n = right = 0
    elapsed = 0.0
    splits = ["train", "val", "test"] if args.split == "all" else [args.split]
    for split in splits:
        for toks in sentences(DATA / f"{split}.txt"):
            text, spans, pos = "", [], []
            for w, _ in toks:
                pos.append(len(text))
                text += w + " "
            cur = None
            for k, (w, tags) in enumerate(toks):
                b = any(t == "B-DATE" for t in tags)
                i = any(t == "I-DATE" for t in tags)
                if b or (not i and cur):
                    if cur:
                        spans.append(tuple(cur))
                    cur = [pos[k], pos[k] + len(w)] if b else None
                elif i and cur:
                    cur[1] = pos[k] + len(w)
            if cur:
                spans.append(tuple(cur))
            t0 = time.perf_counter()
            art = tagger(seg(Article(id="w", text=text.strip(), published=None)))
            elapsed += time.perf_counter() - t0
            preds = [(t.start, t.end, t.text, t.type) for t in art.times]
            gold_n += len(spans)
            pred_n += len(preds)
            hit_g = [any(ps < ge and gs < pe for ps, pe, _, _ in preds) for gs, ge in spans]
            hit_p = [any(ps < ge and gs < pe for gs, ge in spans) for ps, pe, _, _ in preds]
            found += sum(hit_g)
            right += sum(hit_p)
            if args.show:
                for (gs, ge), h in zip(spans, hit_g):
                    if not h:
                        print(f"MISS  {text[gs:ge]!r}   | {text[max(0, gs-30):ge+30]!r}")
                for (ps, pe, ptext, ptype), h in zip(preds, hit_p):
                    if not h:
                        print(f"EXTRA {ptext!r} {ptype}  | {text[max(0, ps-30):pe+30]!r}")
    print(f"Wojood DATE spans {gold_n}: recall {found / max(gold_n, 1):.3f}; "
          f"predictions {pred_n}: precision {right / max(pred_n, 1):.3f}; "
          f"times stage {elapsed * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
