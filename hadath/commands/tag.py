"""``hadath tag --conll IN``: tag a token-per-line file with the NER model."""
from __future__ import annotations

import argparse
import sys

HELP = """\
Tag tokens with the named-entity model (PER, ORG, LOC, MISC in BIO).

The input has one token per line and a blank line between sentences; a second
column (a gold tag, say) is ignored. The output has `token<TAB>tag` lines in the same
order, ready for `hadath evaluate --conll GOLD OUT`.

examples:
  hadath tag --conll sentences.conll -o tagged.conll
  hadath tag --conll - < sentences.conll
  hadath tag --conll test.txt --model my-model.crfsuite -o pred.conll
  hadath tag --conll test.txt --crf -o pred.conll       # the CRF fallback
"""


def add_parser(sub):
    p = sub.add_parser("tag", help="tag a token-per-line file with the NER model",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--conll", required=True, metavar="IN",
                   help="token-per-line input file, or - for stdin")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.add_argument("--model", metavar="MODEL",
                   help="a model from 'hadath train ner' (.crfsuite, neural .npz, or a .json mix; "
                        "default: the shipped model)")
    p.add_argument("--crf", action="store_true",
                   help="use the shipped CRF model rather than the default model")
    return p


def run(args) -> int:
    from hadath.ner.conll import read_conll, write_conll
    from hadath.ner.tagger import CRF_MODEL, ModelMissing, tagger_for

    tagger = tagger_for(args.model or (CRF_MODEL if args.crf else None))
    try:
        if args.conll == "-":
            sentences = list(read_conll(sys.stdin))
        else:
            with open(args.conll, encoding="utf-8") as f:
                sentences = list(read_conll(f))
    except OSError as e:
        print(f"hadath tag: cannot read {args.conll}: {e.strerror}", file=sys.stderr)
        return 1
    try:
        tags = tagger.tag_many([s.tokens for s in sentences])
    except ModelMissing as e:
        print(f"hadath tag: {e}", file=sys.stderr)
        return 1
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        write_conll(out, ((s.tokens, t) for s, t in zip(sentences, tags)))
    finally:
        if out is not sys.stdout:
            out.close()
    return 0
