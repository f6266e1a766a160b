"""Train the CRF tagger from token-per-line files, reproducibly.

``train_crf`` writes ``MODEL`` (crfsuite) and ``MODEL.json`` (feature options,
training parameters, data, figures). L-BFGS training in crfsuite is deterministic,
so the same data and parameters give the same model; ``split_validation`` carves a
validation set out of the training file (its tail, the way the test split was cut).
Rare-word hiding draws from a seeded generator.
"""
from __future__ import annotations

import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Sequence

from hadath.ner.conll import ConllSentence, bio_spans
from hadath.ner.features import sentence_features
from hadath.ner.resources import DATA, FEATURE_OPTIONS, load_resources
from hadath.text.normalize import normalize_ar

# the shipped model's parameters (chosen on a validation split of ANERcorp train)
DEFAULT_PARAMS = {"algorithm": "lbfgs", "c1": 0.05, "c2": 0.01, "max_iterations": 300,
                  "feature.possible_transitions": True}
DEFAULT_FEATURES = {"gazetteer": True, "clusters": True, "name_parts": True, "freq": True}
# hide the identity of words seen at most ``max_count`` times, with probability ``p``
# (off: with the word-frequency features, hiding half the once-seen words cost 0.4
# points of validation F1)
DEFAULT_HIDE = {"max_count": 1, "p": 0.0}
# decoding of `hadath tag` (see hadath.ner.decode and hadath.ner.consistency)
DEFAULT_DECODE = {"boost": 2.0, "window": 20}
SEED = 13


def split_validation(sentences: Sequence[ConllSentence], share: float = 0.1) -> tuple[list, list]:
    """(train, validation): the last ``share`` of the sentences are the validation set.

    A tail, as the test split is: validation articles are not neighbours of training
    articles, so their names are as unseen as test names are. (Random blocks of
    sentences left other parts of the same articles in training and rewarded
    memorizing names, which did not carry over to test.)
    """
    cut = len(sentences) - max(1, round(len(sentences) * share))
    return list(sentences[:cut]), list(sentences[cut:])


def span_f1(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict:
    """Exact-span micro P/R/F1 over all types (as SPEC's CoNLL scoring)."""
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"p": round(prec, 4), "r": round(rec, 4), "f1": round(f1, 4)}


def train_crf(train: Sequence[ConllSentence], out: str | Path, *,
              dev: Sequence[ConllSentence] = (), params: dict | None = None,
              features: dict | None = None, hide: dict | None = None,
              decode: dict | None = None, data_dir: str | Path = DATA,
              source: str = "", verbose: bool = False) -> dict:
    """Train on ``train``, write the model to ``out``; return the MODEL.json record."""
    try:
        import pycrfsuite
    except ImportError:
        raise RuntimeError("training needs python-crfsuite: pip install 'hadath[ner]'") from None
    params = {**DEFAULT_PARAMS, **(params or {})}
    features = {**DEFAULT_FEATURES, **(features or {})}
    res = load_resources(str(data_dir), **{k: bool(features[k]) for k in FEATURE_OPTIONS})
    t0 = time.time()
    trainer = pycrfsuite.Trainer(algorithm=params["algorithm"], verbose=verbose)
    trainer.set_params({k: v for k, v in params.items() if k != "algorithm" and v is not None})
    hide = {**DEFAULT_HIDE, **(hide or {})}
    counts = Counter(normalize_ar(t) for s in train for t in s.tokens)
    rng = random.Random(SEED)
    for s in train:
        rare = frozenset(i for i, t in enumerate(s.tokens)
                         if counts[normalize_ar(t)] <= hide["max_count"] and rng.random() < hide["p"])
        trainer.append(sentence_features(s.tokens, res, rare), list(s.tags))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    record = {"params": params, "features": features, "hide": hide,
              "decode": {**DEFAULT_DECODE, **(decode or {})}, "source": source,
              "train_sentences": len(train), "train_tokens": sum(len(s.tokens) for s in train),
              "seconds": round(time.time() - t0, 1)}
    if dev:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(out))
        pred = [tagger.tag(sentence_features(s.tokens, res)) for s in dev]
        record["dev"] = span_f1([s.tags for s in dev], pred)
        tagger.close()
    Path(str(out) + ".json").write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    return record
