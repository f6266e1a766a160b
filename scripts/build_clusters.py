#!/usr/bin/env python3
"""Build hadath/models/clusters.tsv: Brown clusters of Arabic words, learned without labels.

Text (both may be shipped in derived form):
- ../shared/data/newsfane_gold (CC BY-SA 3.0; the ANERcorp articles): every sentence
  that shares a 4-gram with ANERcorp test.txt is left out, so the clusters never saw
  the text the model is evaluated on;
- ../shared/data/wojood_sample (MIT).
Words are clustered by their normalized, clitic-free stem. The output is derived from
CC BY-SA 3.0 text and keeps that license (see hadath/models/README.md).

    pip install brown-clustering   # build time only
    python scripts/build_clusters.py --clusters 300 > hadath/models/clusters.tsv

Output: ``stem<TAB>cluster id<TAB>count``, most frequent first. (The package's bit
paths come from a chain of final merges and carry little beyond the cluster, so
the cluster itself is the feature.)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hadath.ner.features import split_clitics
from hadath.text.normalize import normalize_ar

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def _stem(tok: str) -> str:
    return split_clitics(normalize_ar(tok.replace("\u200e", "").replace("\ufeff", "")))[1]


def _sentences(path: Path, sep_tab: bool) -> list[list[str]]:
    out, cur = [], []
    with path.open(encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if cur:
                    out.append(cur)
                    cur = []
                continue
            tok = line.split("\t" if sep_tab else " ")[0].strip()
            if tok:
                cur.append(_stem(tok))
    if cur:
        out.append(cur)
    return out


def _grams(sent: list[str], n: int = 4) -> set[tuple[str, ...]]:
    return {tuple(sent[i:i + n]) for i in range(len(sent) - n + 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clusters", type=int, default=300)
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    from brown_clustering import BigramCorpus, BrownClustering

    test = _sentences(SHARED / "anercorp" / "test.txt", sep_tab=False)
    held_out = set().union(*(_grams(s) for s in test))
    fane = _sentences(SHARED / "newsfane_gold" / "NewsFANE_Gold_2014_170K.txt", sep_tab=True)
    kept = [s for s in fane if not (_grams(s) & held_out)]
    wojood = []
    for name in ("train.txt", "val.txt", "test.txt"):
        wojood += _sentences(SHARED / "wojood_sample" / name, sep_tab=False)
    corpus = kept + [s for s in wojood if s != ["$#$"]]
    print(f"newsfane: kept {len(kept)} of {len(fane)} sentences; wojood {len(wojood)}; "
          f"{sum(map(len, corpus))} tokens", file=sys.stderr)
    bigrams = BigramCorpus(corpus, alpha=0.5, min_count=args.min_count)
    clustering = BrownClustering(bigrams, args.clusters)
    ids = {w: i for i, words in enumerate(clustering.train()) for w in words}
    vocab = bigrams.vocabulary
    out = sys.stdout
    for word in sorted(ids, key=lambda w: (-vocab.get(w, 0), w)):
        out.write(f"{word}\t{ids[word]}\t{vocab.get(word, 0)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
