"""How well one human annotator scores on OEDA's ASSAULT/PROTEST gold standard (issue 2).

The GSR labels a sentence "yes" only when every annotator of its panel accepted it; a
sentence some of them accepted is a "difficult no". So a reader who sees the same event
the panel's majority saw is still wrong on every sentence one colleague rejected. This
script puts a number on that: the F1 that one annotator drawn at random from each
sentence's own panel would get against the unanimous label (they accept with the
panel's accept share; they never miss a "yes", since a "yes" means all of them
accepted). It is an upper bound for a single human reader outside the panel, who would
also miss some "yes" sentences.

Given hadath's output on the same sentences (``gsr.py docs`` then ``hadath extract``), it
also prints hadath's F1 and splits its false positives into "difficult no" (sentences
at least one annotator accepted) and "easy no" (all rejected): the first kind is a
disagreement among the annotators, the second an error of ours.

    python bench/gsr_ceiling.py                       # both tasks, dev and test splits
    python bench/gsr_ceiling.py --task protest --split dev --pred out/protest_dev.jsonl
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("HADATH_SHARED", ROOT.parent / "shared"))


def load_gsr():
    """The shared benchmark module (it owns the split and the label rules)."""
    path = SHARED / "eval" / "gsr.py"
    if not path.exists():
        sys.exit(f"gsr_ceiling: {path} not found (set HADATH_SHARED to the shared folder)")
    spec = importlib.util.spec_from_file_location("gsr", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def panel_annotator(rows) -> tuple[float, Counter]:
    """Expected F1 of one panel member against the unanimous label, and the label counts."""
    labels = Counter(row["label"] for row in rows)
    fp = sum(int(row["accept"]) / int(row["total"]) for row in rows if row["label"] != "yes")
    return f1(labels["yes"], fp, 0), labels


def hadath_split(gsr, rows, task: str, pred_path: str) -> dict:
    """hadath's F1 on these rows and its false positives by label."""
    preds = gsr.load_pred(pred_path)
    wanted = task.upper()
    hits = Counter()
    for row in rows:
        doc = preds.get(gsr.doc_id(task, row["id"]))
        if doc is None:
            sys.exit(f"gsr_ceiling: {pred_path} has no output for {row['id']}")
        found = any(e.get("type") == wanted for e in doc.get("events", []))
        hits[(row["label"], found)] += 1
    tp = hits[("yes", True)]
    fn = hits[("yes", False)]
    fp_hard, fp_easy = hits[("difficult no", True)], hits[("easy no", True)]
    return {"f1": f1(tp, fp_hard + fp_easy, fn), "tp": tp, "fn": fn,
            "fp_difficult": fp_hard, "fp_easy": fp_easy}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    parser.add_argument("--task", choices=("assault", "protest"), action="append",
                        help="one task (default: both)")
    parser.add_argument("--split", choices=("dev", "test", "all"), action="append",
                        help="one split (default: dev and test)")
    parser.add_argument("--pred", help="hadath's output on the docs of that task and split")
    args = parser.parse_args(argv)
    tasks = args.task or ["assault", "protest"]
    splits = args.split or ["dev", "test"]
    if args.pred and (len(tasks) != 1 or len(splits) != 1):
        parser.error("--pred needs exactly one --task and one --split")
    gsr = load_gsr()
    for task in tasks:
        for split in splits:
            rows = list(gsr.rows(task, split))
            ceiling, labels = panel_annotator(rows)
            print(f"{task:8s} {split:5s} yes={labels['yes']:4d} "
                  f"difficult_no={labels['difficult no']:4d} easy_no={labels['easy no']:5d}  "
                  f"one panel annotator F1={ceiling:.3f}")
            if args.pred:
                r = hadath_split(gsr, rows, task, args.pred)
                print(f"{'':14s} hadath F1={r['f1']:.3f} tp={r['tp']} fn={r['fn']} "
                      f"fp: difficult no={r['fp_difficult']} easy no={r['fp_easy']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
