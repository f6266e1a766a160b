#!/usr/bin/env python3
"""Compare NER settings on a validation split of the training file (never test.txt).

    python scripts/ner_experiment.py ../shared/data/anercorp/train.txt \
        --set c1=0.05 --set c2=0.01 --no clusters

Prints validation P/R/F1 and training time; the model goes to a temp directory.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile

from hadath.ner.conll import read_conll_file
from hadath.ner.consistency import propagate
from hadath.ner.decode import tag_boosted
from hadath.ner.tagger import CrfTagger, load_crf
from hadath.ner.train import span_f1, split_validation, train_crf


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--set", action="append", default=[], help="crfsuite param=value")
    ap.add_argument("--no", action="append", default=[], help="feature option to turn off")
    ap.add_argument("--with", dest="on", action="append", default=[],
                    help="feature option to turn on (e.g. freq)")
    ap.add_argument("--hide", default="1,0", help="rare-word hiding: max_count,p")
    ap.add_argument("--data", default=None, help="lexicon directory (actors.tsv, places.tsv)")
    ap.add_argument("--boost", default="1,2,3,4", help="decoding boosts to report")
    args = ap.parse_args(argv)
    params = {}
    for kv in args.set:
        k, v = kv.split("=", 1)
        try:
            params[k] = json.loads(v)
        except ValueError:
            params[k] = v
    train, valid = split_validation(read_conll_file(args.train))
    with tempfile.TemporaryDirectory() as d:
        mc, p = args.hide.split(",")
        rec = train_crf(train, f"{d}/m.crfsuite", dev=valid, params=params,
                        features={**{k: True for k in args.on}, **{k: False for k in args.no}},
                        hide={"max_count": int(mc), "p": float(p)},
                        **({"data_dir": args.data} if args.data else {}))
        tagger = CrfTagger(f"{d}/m.crfsuite", **({"data_dir": args.data} if args.data else {}))
        crf = load_crf(tagger.model_path)
        feats = [tagger.features(s.tokens) for s in valid]
        boosts = {}
        gold = [s.tags for s in valid]
        for b in map(float, args.boost.split(",")):
            pred = [tag_boosted(crf, f, b) for f in feats]
            boosts[b] = span_f1(gold, pred)["f1"]
            for w in (5, 20):
                boosts[f"{b}+w{w}"] = span_f1(gold, propagate([s.tokens for s in valid], pred,
                                                              window=w))["f1"]
    print(json.dumps({"set": params, "with": args.on, "no": args.no, "hide": args.hide, "dev": rec["dev"],
                      "boost": boosts, "s": rec["seconds"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
