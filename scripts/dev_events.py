"""Development harness for the events stage on the dev set.

    python3 scripts/dev_events.py [--gold-times] [--real] [-o PRED.jsonl] [--show ID]

Runs segment → gold entities (scripts/gold_entities.py) → times (when that stage is
installed, or the gold times with --gold-times) → quotes (if installed) → events on
../shared/eval/dev/gold.jsonl and scores with ../shared/eval/score.py. --real runs the
default pipeline instead (real entities). --show ID prints the events of one document
next to its gold rows. Gold organizations have no `org` id in the gold file, so this
harness fills it from name_en for the bodies SPEC lists (a dev aid only).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from gold_entities import with_gold_entities  # noqa: E402

from hadath.model import Article, TimeExpr  # noqa: E402
from hadath.pipeline import STAGE_FACTORIES, Pipeline  # noqa: E402

GOLD = ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
ORGS = [(r"security council|unsc", "UNSC"), (r"unrwa|unifil|unami|world health|wfp|unicef|"
         r"united nations|\bun\b|unhcr|ocha", "UN"), (r"arab league|league of arab", "ARAB_LEAGUE"),
        (r"european union|\beu\b", "EU"), (r"nato", "NATO"), (r"african union", "AU"),
        (r"gulf cooperation|gcc", "GCC"), (r"islamic state|isis|daesh", "ISIS"),
        (r"red cross|icrc", "ICRC"), (r"organisation of islamic|organization of islamic", "OIC")]
IGO_PEOPLE = {"antonio guterres": "UN", "hans grundberg": "UN", "stephanie williams": "UN",
              "philippe lazzarini": "UN", "moussa faki": "AU", "jeanine hennis-plasschaert": "UN",
              "martin griffiths": "UN", "geir pedersen": "UN", "ahmed aboul gheit": "ARAB_LEAGUE"}


def org_of(name_en: str | None) -> str | None:
    if not name_en:
        return None
    low = name_en.lower()
    for k, v in IGO_PEOPLE.items():
        if k.split()[-1] in low:
            return v
    for pat, org in ORGS:
        if re.search(pat, low):
            return org
    return None


def gold_article(article: Article, gold: dict, gold_times: bool) -> Article:
    art = with_gold_entities(article, gold)
    ents = tuple(replace(e, org=e.org or (None if e.country else org_of(e.name_en)))
                 for e in art.entities)
    art = art.with_(entities=ents)
    if gold_times:
        times = []
        for t in gold.get("times", []):
            for m in re.finditer(re.escape(t["text"]), art.text):
                times.append(TimeExpr(m.start(), m.end(), m.group(), t.get("value"), "DATE"))
        art = art.with_(times=tuple(sorted(times, key=lambda t: t.start)))
    return art


def run(args) -> list[dict]:
    golds = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]
    out = []
    if args.real:
        pipe = Pipeline.default()
        return [pipe(g).to_dict() for g in golds]
    seg = STAGE_FACTORIES["segment"]()
    times = STAGE_FACTORIES["times"]() if "times" in STAGE_FACTORIES and not args.gold_times else None
    quotes = STAGE_FACTORIES["quotes"]() if "quotes" in STAGE_FACTORIES else None
    events = STAGE_FACTORIES["events"]()
    for g in golds:
        art = seg(Article.from_input(g))
        art = gold_article(art, g, args.gold_times)
        if times is not None:
            art = times(art)
        if quotes is not None:
            art = quotes(art)
        out.append(events(art).to_dict())
    return out


def diff(preds: list[dict], golds: dict) -> None:
    key = lambda a: a and (a.get("country") or a.get("org"))  # noqa: E731
    for p in preds:
        g = golds[p["id"]]
        gold = {(e["source"], e["type"], e["target"]) for e in g["events"] if not e.get("optional")}
        opt = {(e["source"], e["type"], e["target"]) for e in g["events"] if e.get("optional")}
        pred = {}
        for e in p["events"]:
            for t in (e["target"] or [None]):
                pred.setdefault((key(e["source"]), e["type"], key(t)), e["trigger"]["text"])
        print(f"== {p['id']}  FN:", sorted(gold - set(pred), key=str))
        for k, trig in pred.items():
            if k not in gold and k not in opt:
                print("   FP:", k, trig)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold-times", action="store_true")
    ap.add_argument("--real", action="store_true")
    ap.add_argument("-o", "--output", default="/tmp/dev_events_pred.jsonl")
    ap.add_argument("--show", action="append", default=[])
    ap.add_argument("--diff", action="store_true", help="print missed and spurious rows")
    args = ap.parse_args()
    preds = run(args)
    with open(args.output, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    golds = {json.loads(l)["id"]: json.loads(l) for l in GOLD.open(encoding="utf-8")}
    for p in preds:
        if p["id"] in args.show or "all" in args.show:
            g = golds[p["id"]]
            key = lambda a: a and (a.get("country") or a.get("org"))  # noqa: E731
            print(f"== {p['id']}")
            for e in p["events"]:
                print("  P", key(e["source"]), e["type"], [key(t) for t in e["target"]],
                      e["date"], e["trigger"]["text"], e["sentence"], round(e["confidence"], 2))
            for e in g["events"]:
                print("  G", e["source"], e["type"], e["target"], e.get("date"),
                      "opt" if e.get("optional") else "")
    if args.diff:
        diff(preds, golds)
    subprocess.run([sys.executable, str(SCORER), str(GOLD), args.output])
    return 0


if __name__ == "__main__":
    sys.exit(main())
