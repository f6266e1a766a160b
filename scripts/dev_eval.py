"""Development harness: run the pipeline over the dev gold and score times and quotes.

    python3 scripts/dev_eval.py                  # segment → gold entities → times → quotes
    python3 scripts/dev_eval.py --real-entities  # use the pipeline's own entity stages
    python3 scripts/dev_eval.py --show times     # list time mismatches per document
    python3 scripts/dev_eval.py --show quotes    # list quote speakers per document

Writes the predictions to /tmp/hadath_dev_pred.jsonl and prints the scorer's report.
Gold entities come from scripts/gold_entities.py (a development aid, not hadath).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from gold_entities import with_gold_entities  # noqa: E402

from hadath.model import Article  # noqa: E402
from hadath.pipeline import STAGE_FACTORIES  # noqa: E402

GOLD = ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--real-entities", action="store_true")
    ap.add_argument("--show", choices=("times", "quotes"), default=None)
    ap.add_argument("--out", default="/tmp/hadath_dev_pred.jsonl")
    args = ap.parse_args()
    golds = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    names = ["segment"]
    if args.real_entities:
        names += [n for n in ("entities", "ner") if n in STAGE_FACTORIES]
    late = [n for n in ("times", "quotes") if n in STAGE_FACTORIES]
    early = [STAGE_FACTORIES[n]() for n in names]
    later = [STAGE_FACTORIES[n]() for n in late]
    with open(args.out, "w", encoding="utf-8") as out:
        for g in golds:
            art = Article.from_input(g)
            for st in early:
                art = st(art)
            if not args.real_entities:
                art = with_gold_entities(art, g)
            for st in later:
                art = st(art)
            out.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
            if args.show == "times":
                show_times(g, art)
            elif args.show == "quotes":
                show_quotes(g, art)
    return subprocess.call([sys.executable, str(SCORE), args.gold, args.out])


def show_times(g: dict, art: Article) -> None:
    pred = {t.text: t.value for t in reversed(art.times)}
    lines = []
    for t in g.get("times", []):
        hit = next((p for p in pred if p == t["text"]), None) or \
            next((p for p in pred if p in t["text"] or t["text"] in p), None)
        opt = " (opt)" if t.get("optional") else ""
        if hit is None:
            if not opt:
                lines.append(f"  MISS {t['text']!r} {t['value']}")
        else:
            if str(pred[hit]) != str(t["value"]) and not opt:
                lines.append(f"  VALUE {t['text']!r} gold={t['value']} pred={pred[hit]} ({hit!r})")
            pred.pop(hit)
    for p, v in pred.items():
        lines.append(f"  EXTRA {p!r} {v}")
    if lines:
        print(f"== {g['id']} {g.get('published')}")
        print("\n".join(lines))


def show_quotes(g: dict, art: Article) -> None:
    ents = {e.id: e for e in art.entities}
    got = []
    for q in art.quotes:
        e = ents.get(q.speaker)
        got.append(f"{q.cue.text}→{e.name_en or e.name if e else None}")
    gold = [q["speaker_en"] + ("?" if q.get("optional") else "") for q in g.get("quotes", [])]
    print(f"== {g['id']}\n  gold: {gold}\n  pred: {got}")


if __name__ == "__main__":
    raise SystemExit(main())
