"""A small neural NER tagger run with numpy alone: BiLSTM over word, character and lookup inputs.

Why a second tagger: most of the CRF's misses on unseen text are person names it
never saw. A character CNN over the normalized word and its clitic-free stem sees
name-like spellings the CRF's fixed affix features miss, and a BiLSTM reads the whole
sentence rather than a window of two. It is trained with torch
(``hadath.ner.neural_train``) but shipped as a ``.npz`` of weights, and this module
runs it with numpy: no torch at run time.

Inputs per token (the same code builds them for training and for tagging):
- the normalized word's id (rare training words are dropped to UNK while training,
  so the model learns what an unknown word looks like);
- characters of the normalized word and of its stem (``split_clitics``);
- the CRF's lookups as small categorical inputs: shape, proclitic, lexicon (gazetteer)
  B/I mark, given-name/surname kind, word cluster (full path and a 6-bit prefix).

Decoding is Viterbi over the emission scores plus learned transitions, restricted to
valid BIO. Everything is computed from the token strings, the model file and
:class:`Resources`; a loaded model is cached per process and path (``load_neural``).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from hadath.ner.decode import bio_start, bio_transitions
from hadath.ner.features import _gazetteer_marks, analyse, freq_features
from hadath.ner.resources import DATA, MODELS, Resources, load_resources

DEFAULT_NEURAL = MODELS / "ner-neural.npz"
MAX_CHARS = 20
# the categorical inputs, in the order of the model's embedding tables
CATEGORIES = ("shape", "prefix", "gaz", "np", "cl", "cl6")
# a model trained with ``params["freq"]`` also reads the word-frequency class
FREQ_CATEGORY = "fq"
# score of a BIO-forbidden transition or start: finite, as in the torch training
_MASKED = -1e4


def categories(params: dict) -> tuple[str, ...]:
    """The categorical inputs of a model with these parameters, in embedding order."""
    return CATEGORIES + ((FREQ_CATEGORY,) if params.get("freq") else ())
PAD, UNK = 0, 1


def token_categories(tokens: Sequence[str], res: Resources) -> list[dict[str, str]]:
    """The categorical inputs of each token (strings; the model maps them to ids)."""
    info = [analyse(t) for t in tokens]
    norms = [a[0] for a in info]
    stems = [a[2] for a in info]
    gaz = _gazetteer_marks(stems, norms, res)
    out = []
    for (norm, pre, stem, shape), g in zip(info, gaz):
        cl = res.clusters.get(stem) or res.clusters.get(norm) or ""
        fq = "|".join(freq_features(norm, stem, res.freq)[1:]) \
            if res.freq and shape[0] == "A" else ""
        out.append({"word": norm, "stem": stem, "shape": shape, "prefix": pre,
                    "gaz": g or "",
                    "np": res.name_parts.get(stem) or res.name_parts.get(norm) or "",
                    "cl": cl, "cl6": cl[:6], FREQ_CATEGORY: fq})
    return out


def _sigmoid(x):
    import numpy as np
    return 1.0 / (1.0 + np.exp(-x))


class NeuralModel:
    """Weights and vocabularies of one exported model, with numpy inference."""

    def __init__(self, path: str | Path):
        import numpy as np
        with np.load(str(path), allow_pickle=False) as z:
            self.w = {k: z[k] for k in z.files if not k.startswith("vocab.") and k != "meta"}
            self.meta = json.loads(str(z["meta"]))
            self.vocab = {k[6:]: {s: i for i, s in enumerate(z[k].tolist())}
                          for k in z.files if k.startswith("vocab.")}
        self.labels = self.meta["labels"]
        self.categories = categories(self.meta["params"])
        self.trans_mask = bio_transitions(self.labels, _MASKED)

    # ---- inputs -------------------------------------------------------------
    def encode(self, cats: list[dict[str, str]]):
        """(word ids, categorical ids per CATEGORY) of one sentence."""
        import numpy as np
        wv = self.vocab["word"]
        words = np.array([wv.get(c["word"], UNK) for c in cats], dtype=np.int64)
        ids = np.array([[self.vocab[k].get(c[k], UNK) for k in self.categories] for c in cats],
                       dtype=np.int64).reshape(len(cats), len(self.categories))
        return words, ids

    def _char_ids(self, word: str):
        cv = self.vocab["char"]
        return [cv.get(ch, UNK) for ch in word[:MAX_CHARS]] or [UNK]

    def char_features(self, words: Sequence[str]):
        """Max-pooled character CNN output of each word (rows in order of ``words``)."""
        import numpy as np
        emb, conv_w, conv_b = self.w["char_emb"], self.w["char_conv.w"], self.w["char_conv.b"]
        f, e, k = conv_w.shape
        ids = [self._char_ids(w) for w in words]
        length = max(map(len, ids))
        mat = np.zeros((len(ids), length + k - 1), dtype=np.int64)
        mask = np.zeros((len(ids), length), dtype=bool)
        for r, row in enumerate(ids):
            mat[r, k // 2:k // 2 + len(row)] = row
            mask[r, :len(row)] = True
        x = emb[mat]                                           # U x (L+k-1) x E
        win = np.concatenate([x[:, j:j + length] for j in range(k)], axis=2)  # U x L x kE
        kern = conv_w.transpose(2, 1, 0).reshape(k * e, f)     # (k, E) rows match win
        h = np.maximum(win @ kern + conv_b, 0.0)
        h[~mask] = 0.0                                         # ReLU ≥ 0: zero pads never win
        return h.max(axis=1)

    @property
    def stacked(self) -> bool:
        """Whether the CRF's marginals are an input (``hadath.ner.stack``)."""
        return bool(self.meta["params"].get("stack"))

    def inputs(self, sentences: Sequence[list[dict[str, str]]], extra: Sequence | None = None):
        """Per sentence, the T x D input matrix of the BiLSTM (``extra``: the CRF's
        T x K marginals per sentence, for a stacked model)."""
        import numpy as np
        types = sorted({c[key] for s in sentences for c in s for key in ("word", "stem")})
        index = {t: i for i, t in enumerate(types)}
        chars = self.char_features(types) if types else None
        out = []
        for cats in sentences:
            words, ids = self.encode(cats)
            parts = [self.w["word_emb"][words],
                     chars[[index[c["word"]] for c in cats]],
                     chars[[index[c["stem"]] for c in cats]]]
            parts += [self.w["cat_emb.%s" % k][ids[:, j]] for j, k in enumerate(self.categories)]
            if extra is not None:
                parts.append(np.asarray(extra[len(out)], dtype=np.float32))
            out.append(np.concatenate(parts, axis=1))
        return out

    # ---- network ------------------------------------------------------------
    def _lstm(self, x, lengths, prefix: str):
        """One LSTM direction over a padded batch B x T x D (torch's gate order i, f, g, o)."""
        import numpy as np
        w_ih, w_hh = self.w[prefix + ".w_ih"], self.w[prefix + ".w_hh"]
        b = self.w[prefix + ".b_ih"] + self.w[prefix + ".b_hh"]
        bsz, steps, _ = x.shape
        hid = w_hh.shape[1]
        pre = x @ w_ih.T + b
        w_hh = np.ascontiguousarray(w_hh.T)
        h = np.zeros((bsz, hid), dtype=np.float32)
        c = np.zeros((bsz, hid), dtype=np.float32)
        out = np.zeros((bsz, steps, hid), dtype=np.float32)
        for t in range(steps):
            g = pre[:, t] + h @ w_hh
            i, f = _sigmoid(g[:, :hid]), _sigmoid(g[:, hid:2 * hid])
            cand, o = np.tanh(g[:, 2 * hid:3 * hid]), _sigmoid(g[:, 3 * hid:])
            c = f * c + i * cand
            h = o * np.tanh(c)
            out[:, t] = h
        return out

    def emissions(self, sentences: Sequence[list[dict[str, str]]], extra: Sequence | None = None):
        """Per sentence, the T x K label scores before transitions."""
        import numpy as np
        if self.stacked and extra is None:
            raise ValueError("a stacked model needs the CRF's marginals (extra=)")
        xs = self.inputs(sentences, extra if self.stacked else None)
        if not xs:
            return []
        lengths = [len(x) for x in xs]
        steps = max(lengths)
        dim = xs[0].shape[1]
        fwd = np.zeros((len(xs), steps, dim), dtype=np.float32)
        bwd = np.zeros((len(xs), steps, dim), dtype=np.float32)
        for r, x in enumerate(xs):
            fwd[r, :len(x)] = x
            bwd[r, :len(x)] = x[::-1]
        hf = self._lstm(fwd, lengths, "lstm.fwd")
        hb = self._lstm(bwd, lengths, "lstm.bwd")
        out = []
        for r, n in enumerate(lengths):
            h = np.concatenate([hf[r, :n], hb[r, :n][::-1]], axis=1)
            out.append(h @ self.w["out.w"].T + self.w["out.b"])
        return out

    def decode(self, scores) -> list[str]:
        """Best valid BIO path (Viterbi) over emissions plus learned transitions."""
        import numpy as np
        trans = self.w["crf.trans"] + self.trans_mask
        start = self.w["crf.start"] + bio_start(self.labels, _MASKED)
        best = start + scores[0]
        back = np.zeros(scores.shape, dtype=np.int64)
        for t in range(1, len(scores)):
            cand = best[:, None] + trans
            back[t] = cand.argmax(axis=0)
            best = cand.max(axis=0) + scores[t]
        best = best + self.w["crf.end"]
        path = [int(best.argmax())]
        for t in range(len(scores) - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        return [self.labels[i] for i in reversed(path)]

    def marginals(self, scores):
        """T x K posterior label probabilities (forward-backward, valid BIO only)."""
        return self.marginals_batch([scores])[0]

    def marginals_batch(self, emissions: Sequence) -> list:
        """``marginals`` of several sentences at once (padded, one step for all)."""
        import numpy as np
        trans = (self.w["crf.trans"] + self.trans_mask)[None]          # 1 x K x K
        lengths = np.array([len(e) for e in emissions])
        steps, k = int(lengths.max()), len(self.labels)
        em = np.zeros((len(emissions), steps, k), dtype=np.float32)
        for r, e in enumerate(emissions):
            em[r, :len(e)] = e
        alpha = np.zeros(em.shape, dtype=np.float32)
        beta = np.zeros(em.shape, dtype=np.float32)
        alpha[:, 0] = self.w["crf.start"] + bio_start(self.labels, _MASKED) + em[:, 0]
        for t in range(1, steps):
            alpha[:, t] = _logsumexp(alpha[:, t - 1][:, :, None] + trans, axis=1) + em[:, t]
        end = self.w["crf.end"]
        beta[np.arange(len(emissions)), lengths - 1] = end
        for t in range(steps - 2, -1, -1):
            nxt = _logsumexp(trans + (em[:, t + 1] + beta[:, t + 1])[:, None, :], axis=2)
            beta[:, t] = np.where((t < lengths - 1)[:, None], nxt, beta[:, t])
        out = []
        for r, n in enumerate(lengths):
            post = alpha[r, :n] + beta[r, :n]
            post -= _logsumexp(alpha[r, n - 1] + end, axis=0)
            out.append(np.exp(post))
        return out

    def tag_batch(self, sentences: Sequence[list[dict[str, str]]],
                  extra: Sequence | None = None) -> list[list[str]]:
        return [self.decode(e) for e in self.emissions(sentences, extra)]

    def stack_crf(self, model_path: str | Path) -> str:
        """Path of the CRF whose marginals a stacked model reads (beside the model)."""
        return str(Path(model_path).resolve().parent / self.meta["params"]["stack_crf"])


def _logsumexp(x, axis: int):
    import numpy as np
    top = x.max(axis=axis, keepdims=True)
    return (top + np.log(np.exp(x - top).sum(axis=axis, keepdims=True))).squeeze(axis)


@lru_cache(maxsize=4)
def load_neural(path: str) -> NeuralModel:
    if not Path(path).exists():
        from hadath.ner.tagger import ModelMissing
        raise ModelMissing(f"neural NER model not found at {path}; train one with "
                           f"'hadath train ner --neural --out {path}'")
    return NeuralModel(path)


class OneAtATime:
    """``tag`` and ``tag_scored`` of one sentence for a tagger that works in batches
    (``tag_many``, ``tag_scored_many``): the neural tagger and the mix."""

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_many([tokens])[0]

    def tag_scored(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        """Tags and, for each token, the probability of its tag."""
        return self.tag_scored_many([tokens])[0]


class NeuralTagger(OneAtATime):
    """BIO tagger with the neural model; holds paths only, so it pickles small."""

    batch = 128  # sentences per padded batch, sorted by length (128 was fastest on ANERcorp test)

    def __init__(self, model_path: str | Path = DEFAULT_NEURAL, data_dir: str | Path = DATA):
        self.model_path = str(model_path)
        self.data_dir = str(data_dir)

    @property
    def model(self) -> NeuralModel:
        return load_neural(self.model_path)

    @property
    def resources(self) -> Resources:
        return load_resources(self.data_dir, freq=FREQ_CATEGORY in self.model.categories)

    def _extra(self, model: NeuralModel, sentences: Sequence[Sequence[str]]):
        """The CRF's marginals of ``sentences`` when the model is stacked, else None."""
        if not model.stacked:
            return None
        from hadath.ner.stack import crf_marginals
        from hadath.ner.tagger import _resources, load_crf
        path = model.stack_crf(self.model_path)
        crf, res = load_crf(path), _resources(path, self.data_dir)
        return [crf_marginals(crf, s, res, model.labels) for s in sentences]

    def tag_scored_many(self, sentences: Sequence[Sequence[str]]
                        ) -> list[tuple[list[str], list[float]]]:
        """``tag_scored`` of several sentences, run as batches (no consistency pass)."""
        model, res = self.model, self.resources
        out: list = [([], []) for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for k in range(0, len(order), self.batch):
            chunk = order[k:k + self.batch]
            ems = model.emissions([token_categories(sentences[i], res) for i in chunk],
                                  self._extra(model, [sentences[i] for i in chunk]))
            for i, em, post in zip(chunk, ems, model.marginals_batch(ems)):
                tags = model.decode(em)
                out[i] = (tags, [float(post[t, model.labels.index(g)]) for t, g in enumerate(tags)])
        return out

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags of consecutive sentences, then the model's consistency window."""
        from hadath.ner.consistency import propagate
        model, res = self.model, self.resources
        tags: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for k in range(0, len(order), self.batch):
            chunk = order[k:k + self.batch]
            for i, t in zip(chunk, model.tag_batch([token_categories(sentences[i], res)
                                                    for i in chunk],
                                                   self._extra(model, [sentences[i] for i in chunk]))):
                tags[i] = t
        window = int(model.meta.get("decode", {}).get("window", 0))
        return propagate(sentences, tags, window=window) if window else tags
