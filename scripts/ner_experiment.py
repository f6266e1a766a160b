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
from hadath.ner.train import split_validation, train_crf


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--set", action="append", default=[], help="crfsuite param=value")
    ap.add_argument("--no", action="append", default=[], help="feature option to turn off")
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
        rec = train_crf(train, f"{d}/m.crfsuite", dev=valid, params=params,
                        features={k: False for k in args.no})
    print(json.dumps({"set": params, "no": args.no, "dev": rec["dev"], "s": rec["seconds"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
