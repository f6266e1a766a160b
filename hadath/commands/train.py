"""``hadath train ner``: train the NER model from token-per-line files."""
from __future__ import annotations

import argparse
import json
import sys

HELP = """\
Train a model. Today there is one kind: `ner`, the named-entity tagger: the CRF, or
with --neural the BiLSTM-CRF (needs torch, for training only; it writes a .npz that
runs with numpy).

--train is a token-per-line file with tags (`token TAG`, blank line between
sentences; ANERcorp's PERS is read as PER). --dev, when given, is only scored after
training (never trained on). The same files give the same model: this command with
the shipped parameters reproduces hadath/models/ner-crf.crfsuite.

examples:
  hadath train ner --train ../shared/data/anercorp/train.txt --out hadath/models/ner-crf.crfsuite
  hadath train ner --train train.conll --dev dev.conll --out /tmp/ner.crfsuite --set c1=0.1
  hadath train ner --neural --train ../shared/data/anercorp/train.txt --out hadath/models/ner-neural.npz

With --neural the epoch is chosen on --dev, or when no --dev is given on the last 10%
of --train (held out from training); a fixed seed makes the run repeatable.
"""


def add_parser(sub):
    p = sub.add_parser("train", help="train the NER model (hadath train ner ...)",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("kind", choices=["ner"], help="what to train")
    p.add_argument("--train", required=True, metavar="FILE", help="tagged token-per-line file")
    p.add_argument("--dev", metavar="FILE", help="tagged file to score the model on afterwards")
    p.add_argument("--out", required=True, metavar="MODEL", help="where to write the model")
    p.add_argument("--set", action="append", default=[], metavar="PARAM=VALUE",
                   help="crfsuite training parameter, e.g. --set c1=0.1 --set max_iterations=100")
    p.add_argument("--verbose", action="store_true", help="print crfsuite's training log")
    p.add_argument("--neural", action="store_true",
                   help="train the neural tagger (torch) instead of the CRF; --set then "
                        "sets its parameters, e.g. --set hidden=150 --set seed=7")
    return p


def run(args) -> int:
    from hadath.ner.conll import read_conll_file
    from hadath.ner.train import train_crf

    params = {}
    for kv in args.set:
        if "=" not in kv:
            print(f"hadath train: --set {kv!r}: write it as PARAM=VALUE", file=sys.stderr)
            return 2
        key, value = kv.split("=", 1)
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    try:
        train = read_conll_file(args.train)
        dev = read_conll_file(args.dev) if args.dev else []
    except OSError as e:
        print(f"hadath train: cannot read {e.filename}: {e.strerror}", file=sys.stderr)
        return 1
    if not train:
        print(f"hadath train: {args.train}: no sentences", file=sys.stderr)
        return 1
    if args.neural:
        return _run_neural(args, train, dev, params)
    record = train_crf(train, args.out, dev=dev, params=params, source=args.train,
                       verbose=args.verbose)
    print(f"wrote {args.out} ({record['train_sentences']} sentences, "
          f"{record['train_tokens']} tokens, {record['seconds']} s)")
    if "dev" in record:
        d = record["dev"]
        print(f"dev: p={d['p']} r={d['r']} f1={d['f1']}")
    return 0


def _run_neural(args, train, dev, params) -> int:
    from hadath.ner.train import split_validation
    try:
        from hadath.ner.neural_train import train_neural
        import torch  # noqa: F401
    except ImportError:
        print("hadath train: --neural needs torch: pip install torch", file=sys.stderr)
        return 1
    if not dev:
        train, dev = split_validation(train)
    meta = train_neural(train, args.out, dev=dev, params=params, source=args.train)
    print(f"wrote {args.out} ({meta['train_sentences']} sentences, {meta['train_tokens']} "
          f"tokens, best epoch {meta['best_epoch']}, {meta['minutes']} min)")
    print(f"dev: f1={meta['dev']['f1']}")
    return 0
