"""Run a trained CRF model: tokens in, BIO tags out.

The model file is opened lazily, once per process and path (``load_crf``), never at
import time. A :class:`CrfTagger` holds only paths, so it pickles as a few strings
and reopens the model on the other side (Spark executors, worker processes).
Running needs python-crfsuite only.
"""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from hadath.ner.consistency import propagate
from hadath.ner.decode import tag_boosted
from hadath.ner.features import sentence_features
from hadath.ner.resources import DATA, FEATURE_OPTIONS, MODELS, OFF_UNLESS_RECORDED, load_resources

CRF_MODEL = MODELS / "ner-crf.crfsuite"
# the model `hadath tag` and the `ner` stage use unless told otherwise
DEFAULT_MODEL = MODELS / "ner-mix.json"


class ModelMissing(RuntimeError):
    """The model file or python-crfsuite is not there; the message says what to do."""


@lru_cache(maxsize=4)
def load_crf(path: str):
    """A pycrfsuite.Tagger with ``path`` open, built once per process."""
    try:
        import pycrfsuite
    except ImportError:
        raise ModelMissing("the NER model needs python-crfsuite: "
                           "pip install 'hadath[ner]' (or pip install python-crfsuite)") from None
    if not Path(path).exists():
        raise ModelMissing(f"NER model not found at {path}; train one with "
                           f"'hadath train ner --train FILE --out {path}'")
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


@lru_cache(maxsize=8)
def model_record(path: str) -> dict:
    """What ``MODEL.json`` beside a model says (features, decoding, figures)."""
    meta = Path(str(path) + ".json")
    if meta.exists():
        return json.loads(meta.read_text(encoding="utf-8"))
    return {}


def model_options(path: str) -> dict:
    """Feature options a model was trained with."""
    return model_record(path).get("features", {})


@lru_cache(maxsize=8)
def _resources(model_path: str, data_dir: str):
    opts = model_options(model_path)
    return load_resources(data_dir, **{k: bool(opts.get(k, k not in OFF_UNLESS_RECORDED))
                                       for k in FEATURE_OPTIONS})


class CrfTagger:
    """BIO tagger over token strings; cheap to build, loads the model on first use."""

    def __init__(self, model_path: str | Path = CRF_MODEL, data_dir: str | Path = DATA):
        self.model_path = str(model_path)
        self.data_dir = str(data_dir)

    def __getstate__(self) -> dict:
        return {"model_path": self.model_path, "data_dir": self.data_dir}

    def __setstate__(self, state: dict) -> None:
        self.model_path = state["model_path"]
        self.data_dir = state["data_dir"]

    @property
    def resources(self):
        return _resources(self.model_path, self.data_dir)

    def features(self, tokens: Sequence[str]) -> list[list[str]]:
        return sentence_features(tokens, self.resources)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags (``B-PER``, ``I-LOC``, ``O`` …) for one sentence of tokens."""
        if not tokens:
            return []
        return load_crf(self.model_path).tag(self.features(tokens))

    def tag_scored(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        """Tags and, for each token, the model's marginal probability of its tag."""
        if not tokens:
            return [], []
        crf = load_crf(self.model_path)
        tags = crf.tag(self.features(tokens))
        return tags, [crf.marginal(tag, i) for i, tag in enumerate(tags)]

    def tag_scored_many(self, sentences: Sequence[Sequence[str]]
                        ) -> list[tuple[list[str], list[float]]]:
        return [self.tag_scored(s) for s in sentences]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags of consecutive sentences (one document, or a file without document marks).

        Decoding follows the model's record: entity labels boosted by ``boost``
        (``hadath.ner.decode``), then repeats of a found name filled in across
        ``window`` neighbouring sentences (``hadath.ner.consistency``).
        """
        crf = load_crf(self.model_path)
        res = self.resources
        decode = model_record(self.model_path).get("decode", {})
        boost = float(decode.get("boost", 1.0))
        tags = [tag_boosted(crf, sentence_features(s, res), boost) if s else []
                for s in sentences]
        window = int(decode.get("window", 0))
        return propagate(sentences, tags, window=window) if window else tags


def tagger_for(model_path: str | Path | None = None, data_dir: str | Path = DATA):
    """The tagger that runs ``model_path``: a ``.npz`` is the neural model, a ``.json``
    a CRF + neural mix (``hadath.ner.ensemble``), anything else a CRF.

    All kinds offer ``tag``, ``tag_scored``, ``tag_many`` and ``resources``. The
    default (the mix) needs numpy, which the core install lacks: there the default
    falls back to the CRF alone, which runs with python-crfsuite only.
    """
    path = Path(model_path) if model_path else DEFAULT_MODEL
    if path == DEFAULT_MODEL and importlib.util.find_spec("numpy") is None:
        path = CRF_MODEL
    if path.suffix == ".json":
        from hadath.ner.ensemble import MixedTagger
        return MixedTagger(path, data_dir)
    if path.suffix == ".npz":
        from hadath.ner.neural import NeuralTagger
        return NeuralTagger(path, data_dir)
    return CrfTagger(path, data_dir)
