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

Paths in it are relative to the JSON file. "neural" may
also be a list of models (seeds), whose marginals are averaged first. A stacked
neural model (``hadath.ner.stack``) gets the CRF's marginals as an input, so the CRF
runs once for both. The tagger holds paths only (pickles small).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from hadath.ner.neural import OneAtATime, load_neural, token_categories
from hadath.ner.resources import DATA, Resources


@lru_cache(maxsize=4)
def read_mix(path: str) -> dict:
    """The mixing record, with model paths made absolute."""
    p = Path(path)
    if not p.exists():
        from hadath.ner.tagger import ModelMissing
        raise ModelMissing(f"NER model record not found at {path}")
    rec = json.loads(p.read_text(encoding="utf-8"))
    rec["crf"] = str((p.parent / rec["crf"]).resolve())
    names = [rec["neural"]] if isinstance(rec["neural"], str) else rec["neural"]
    rec["neural"] = tuple(str((p.parent / n).resolve()) for n in names)
    return rec


class MixedTagger(OneAtATime):
    """CRF + neural tagger; same methods as ``CrfTagger`` and ``NeuralTagger``."""

    batch = 128

    def __init__(self, model_path: str | Path, data_dir: str | Path = DATA):
        self.model_path = str(model_path)
        self.data_dir = str(data_dir)

    @property
    def resources(self) -> Resources:
        """The CRF's lookups (its record says which)."""
        from hadath.ner.tagger import _resources
        return _resources(read_mix(self.model_path)["crf"], self.data_dir)

    def _neural_resources(self) -> Resources:
        """The same lookups without the word frequencies unless a neural model reads
        them (``token_categories`` computes its frequency class only when they are there)."""
        from hadath.ner.neural import FREQ_CATEGORY
        from hadath.ner.resources import FEATURE_OPTIONS, OFF_UNLESS_RECORDED, load_resources
        from hadath.ner.tagger import model_options
        rec = read_mix(self.model_path)
        opts = model_options(rec["crf"])
        flags = {k: bool(opts.get(k, k not in OFF_UNLESS_RECORDED)) for k in FEATURE_OPTIONS}
        flags["freq"] = any(FREQ_CATEGORY in load_neural(p).categories for p in rec["neural"])
        return load_resources(self.data_dir, **flags)

    def _marginals(self, sentences: Sequence[Sequence[str]]) -> list:
        """Mixed T x K label probabilities per sentence (labels: the neural model's)."""
        from hadath.ner.stack import crf_marginals
        from hadath.ner.tagger import load_crf
        rec = read_mix(self.model_path)
        models = [load_neural(p) for p in rec["neural"]]
        crf, res, nres = load_crf(rec["crf"]), self.resources, self._neural_resources()
        labels, w = models[0].labels, float(rec["weight"]) / len(models)
        out: list = [None] * len(sentences)
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for k in range(0, len(order), self.batch):
            chunk = order[k:k + self.batch]
            cats = [token_categories(sentences[i], nres) for i in chunk]
            # a label the CRF never saw keeps probability 0 on its side
            cms = [crf_marginals(crf, sentences[i], res, labels) for i in chunk]
            mixed = [(1.0 - float(rec["weight"])) * cm for cm in cms]
            for model in models:
                for r, nm in enumerate(model.marginals_batch(model.emissions(cats, cms))):
                    mixed[r] = mixed[r] + w * nm
            for i, m in zip(chunk, mixed):
                out[i] = m
        return out

    def _decode(self, marg) -> list[str]:
        from hadath.ner.decode import boosted_path
        rec = read_mix(self.model_path)
        return boosted_path(marg, load_neural(rec["neural"][0]).labels, float(rec.get("boost", 1.0)))

    def tag_scored_many(self, sentences: Sequence[Sequence[str]]
                        ) -> list[tuple[list[str], list[float]]]:
        """``tag_scored`` of several sentences, run as batches (no consistency pass)."""
        labels = load_neural(read_mix(self.model_path)["neural"][0]).labels
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
