"""``hadath evaluate``: score hadath against gold (SPEC.md "Scores")."""
from __future__ import annotations

import argparse
import json
import sys

HELP = """\
Score hadath against gold, with the figures of SPEC.md (the same as eval/score.py).

  hadath evaluate GOLD.jsonl              run the pipeline on the gold documents, score
  hadath evaluate GOLD.jsonl PRED.jsonl   score existing output
  hadath evaluate --conll GOLD            tag GOLD's tokens with the NER model, score
  hadath evaluate --conll GOLD PRED       score a tagged token-per-line file

examples:
  hadath evaluate ../shared/eval/dev/gold.jsonl
  hadath evaluate ../shared/eval/dev/gold.jsonl --stages segment,entities
  hadath evaluate --conll ../shared/data/anercorp/test.txt
"""


def add_parser(sub):
    p = sub.add_parser("evaluate", help="score output against gold (entities, times, ...)",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("gold", metavar="GOLD", help="gold .jsonl (or token-per-line with --conll)")
    p.add_argument("pred", nargs="?", metavar="PRED", help="predictions to score")
    p.add_argument("--conll", action="store_true", help="GOLD (and PRED) are token-per-line")
    p.add_argument("--stages", metavar="NAMES",
                   help="comma-separated pipeline stages to run (default: all)")
    p.add_argument("--model", metavar="MODEL", help="NER model for --conll without PRED")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    return p


def _load_jsonl(path: str) -> dict[str, dict]:
    docs = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not JSON: {e}") from None
                docs[str(doc.get("id"))] = doc
    return docs


def _conll(args) -> dict:
    from hadath.evaluate import score_conll
    from hadath.ner.conll import ConllSentence, read_conll_file
    from hadath.ner.tagger import tagger_for

    gold = read_conll_file(args.gold)
    if args.pred:
        pred = read_conll_file(args.pred)
    else:
        tags = tagger_for(args.model).tag_many([s.tokens for s in gold])
        pred = [ConllSentence(s.tokens, tuple(t), s.line) for s, t in zip(gold, tags)]
    return score_conll(gold, pred)


def _documents(args) -> dict:
    from hadath.evaluate import score_documents
    from hadath.pipeline import Pipeline

    gold = _load_jsonl(args.gold)
    if args.pred:
        pred = _load_jsonl(args.pred)
    else:
        stages = args.stages.split(",") if args.stages else None
        pipeline = Pipeline.default(stages)
        pred = {doc_id: pipeline(doc).to_dict() for doc_id, doc in gold.items()}
    return score_documents(gold, pred)


def run(args) -> int:
    from hadath.evaluate import ConllMismatch, GoldError, format_scores
    from hadath.ner.tagger import ModelMissing

    try:
        result = _conll(args) if args.conll else _documents(args)
    except (OSError, ValueError, ConllMismatch, GoldError, ModelMissing) as e:
        print(f"hadath evaluate: {e}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for line in format_scores(result):
            print(line)
    return 0
