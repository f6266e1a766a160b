"""Stacking: the CRF's label probabilities as an input of the neural tagger.

The CRF knows things the BiLSTM learns badly from 113,000 tokens: thousands of sparse
word-pair and affix weights. Giving the BiLSTM the CRF's per-token marginals lets it
learn when to trust them. Trained on the CRF's marginals over its *own* training
sentences, though, the network would learn that they are always right; so training
uses out-of-fold marginals: the training sentences are cut into ``k`` contiguous
blocks (an article stays in one block) and each block gets the marginals of a CRF
trained on the other blocks, as unseen text gets those of the shipped CRF.

At tagging time the input is the shipped CRF's marginals (the model's meta names the
CRF file), which the CRF + neural mix computes anyway.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Sequence

from hadath.ner.conll import ConllSentence
from hadath.ner.features import sentence_features
from hadath.ner.resources import DATA, Resources


def crf_marginals(crf, tokens: Sequence[str], res: Resources, labels: Sequence[str]):
    """T x K marginals of ``labels`` under an open pycrfsuite.Tagger (0 for labels it lacks)."""
    import numpy as np
    n = len(tokens)
    out = np.zeros((n, len(labels)), dtype=np.float32)
    if not n:
        return out
    crf.set(sentence_features(tokens, res))
    have = set(crf.labels())
    cols = [j for j, lab in enumerate(labels) if lab in have]
    out[:, cols] = np.array([crf.marginal(labels[j], t) for t in range(n) for j in cols],
                            dtype=np.float32).reshape(n, len(cols))
    return out


def folds(n: int, k: int) -> list[range]:
    """``k`` contiguous blocks covering ``range(n)``."""
    cuts = [round(i * n / k) for i in range(k + 1)]
    return [range(cuts[i], cuts[i + 1]) for i in range(k)]


def out_of_fold(train: Sequence[ConllSentence], labels: Sequence[str], k: int = 5,
                data_dir: str | Path = DATA, log=print) -> list:
    """Per training sentence, the marginals of a CRF that did not see its block.

    Each CRF is trained as the shipped one is (``hadath.ner.train.train_crf`` with its
    defaults: same features, rare-word hiding and seed), so the whole is deterministic.
    """
    import pycrfsuite

    from hadath.ner.tagger import _resources
    from hadath.ner.train import train_crf
    out: list = [None] * len(train)
    with tempfile.TemporaryDirectory() as tmp:
        for f, block in enumerate(folds(len(train), k)):
            rest = [s for i, s in enumerate(train) if i not in block]
            path = str(Path(tmp) / f"fold{f}.crfsuite")
            rec = train_crf(rest, path, data_dir=data_dir)
            res = _resources(path, str(data_dir))
            crf = pycrfsuite.Tagger()
            crf.open(path)
            for i in block:
                out[i] = crf_marginals(crf, train[i].tokens, res, labels)
            crf.close()
            log(f"stacking: CRF fold {f + 1}/{k} ({rec['seconds']} s)")
    return out


def stack_inputs(train: Sequence[ConllSentence], dev: Sequence[ConllSentence],
                 labels: Sequence[str], k: int, data_dir: str | Path = DATA,
                 log=print) -> tuple[list, list]:
    """(out-of-fold marginals of ``train``, marginals of ``dev`` under a CRF of all ``train``)."""
    import pycrfsuite

    from hadath.ner.tagger import _resources
    from hadath.ner.train import train_crf
    oof = out_of_fold(train, labels, k, data_dir, log)
    if not dev:
        return oof, []
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "all.crfsuite")
        train_crf(train, path, data_dir=data_dir)
        res = _resources(path, str(data_dir))
        crf = pycrfsuite.Tagger()
        crf.open(path)
        dev_marg = [crf_marginals(crf, s.tokens, res, labels) for s in dev]
        crf.close()
    log("stacking: CRF of all training sentences for the validation set")
    return oof, dev_marg
