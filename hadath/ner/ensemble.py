"""Two taggers voting: the CRF's and the neural model's label marginals, mixed.

The CRF (sparse word, affix, lexicon and window features) and the BiLSTM (characters
and the whole sentence) miss different names, so their per-token label
probabilities are averaged — ``weight`` for the neural model, the rest for the CRF —
and decoded as the CRF's boosted decoding does (``hadath.ner.decode``: entity labels
× ``boost``, best valid BIO path), then repeats are filled in
(``hadath.ner.consistency``). A small JSON file names the two models and the
mixing settings, all chosen on the validation tail of ANERcorp train:

    {"neural": "ner-neural.npz", "crf": "ner-crf.crfsuite", "weight": 0.5,
     "boost": 1.5, "window": 20}

Paths in it are relative to the JSON file. The tagger holds paths only (pickles small).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from hadath.ner.features import sentence_features
from hadath.ner.neural import load_neural, token_categories
from hadath.ner.resources import DATA, Resources, load_resources


@lru_cache(maxsize=4)
def read_mix(path: str) -> dict:
    """The mixing record, with model paths made absolute."""
    p = Path(path)
    if not p.exists():
        from hadath.ner.tagger import ModelMissing
        raise ModelMissing(f"NER model record not found at {path}")
    rec = json.loads(p.read_text(encoding="utf-8"))
    for key in ("neural", "crf"):
        rec[key] = str((p.parent / rec[key]).resolve())
    return rec


class MixedTagger:
    """CRF + neural tagger; same methods as ``CrfTagger`` and ``NeuralTagger``."""

    batch = 128

    def __init__(self, model_path: str | Path, data_dir: str | Path = DATA):
        self.model_path = str(model_path)
        self.data_dir = str(data_dir)

    @property
    def resources(self) -> Resources:
        return load_resources(self.data_dir)

    def _marginals(self, sentences: Sequence[Sequence[str]]) -> list:
        """Mixed T x K label probabilities per sentence (labels: the neural model's)."""
        import numpy as np
        from hadath.ner.tagger import load_crf
        rec = read_mix(self.model_path)
        model, crf, res = load_neural(rec["neural"]), load_crf(rec["crf"]), self.resources
        labels, w = model.labels, float(rec["weight"])
        crf_labels = [lab for lab in crf.labels() if lab in labels]
        # column of each CRF label among the neural model's labels (a label the CRF
        # never saw keeps probability 0 on its side)
        cols = [labels.index(lab) for lab in crf_labels]
        out: list = [None] * len(sentences)
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for k in range(0, len(order), self.batch):
            chunk = order[k:k + self.batch]
            cats = [token_categories(sentences[i], res) for i in chunk]
            for i, nm in zip(chunk, model.marginals_batch(model.emissions(cats))):
                n = len(sentences[i])
                crf.set(sentence_features(sentences[i], res))
                cm = np.zeros((n, len(labels)))
                cm[:, cols] = np.array([crf.marginal(lab, t) for t in range(n)
                                        for lab in crf_labels]).reshape(n, len(cols))
                out[i] = w * nm + (1.0 - w) * cm
        return out

    def _decode(self, marg) -> list[str]:
        from hadath.ner.decode import boosted_path
        rec = read_mix(self.model_path)
        return boosted_path(marg, load_neural(rec["neural"]).labels, float(rec.get("boost", 1.0)))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_many([tokens])[0]

    def tag_scored(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        """Tags and, for each token, the mixed probability of its tag."""
        return self.tag_scored_many([tokens])[0]

    def tag_scored_many(self, sentences: Sequence[Sequence[str]]
                        ) -> list[tuple[list[str], list[float]]]:
        """``tag_scored`` of several sentences, run as batches (no consistency pass)."""
        labels = load_neural(read_mix(self.model_path)["neural"]).labels
        out = []
        for marg in self._marginals(sentences):
            if marg is None:
                out.append(([], []))
                continue
            tags = self._decode(marg)
            out.append((tags, [float(marg[i, labels.index(t)]) for i, t in enumerate(tags)]))
        return out

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        from hadath.ner.consistency import propagate
        tags = [self._decode(m) if m is not None else [] for m in self._marginals(sentences)]
        window = int(read_mix(self.model_path).get("window", 0))
        return propagate(sentences, tags, window=window) if window else tags
