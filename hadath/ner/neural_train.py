"""Train the neural NER tagger with torch and export it for numpy inference.

Training only: torch is imported inside functions and is never a hadath dependency
(``pip install torch`` to train). ``train_neural`` seeds every generator, trains
with Adam on the CRF log-likelihood, scores the validation set after each epoch
with the numpy decoder, keeps the best epoch (early stop after ``patience`` epochs
without gain or at ``max_minutes``) and writes it with ``export``: a ``.npz`` of
arrays plus a JSON ``meta`` entry, loaded with ``allow_pickle=False``.
"""
from __future__ import annotations

import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Sequence

from hadath.ner.conll import ConllSentence
from hadath.ner.neural import MAX_CHARS, PAD, UNK, NeuralModel, categories, token_categories
from hadath.ner.resources import DATA, load_resources
from hadath.ner.train import span_f1

DEFAULT_NEURAL_PARAMS = {"word_dim": 64, "char_dim": 24, "char_filters": 40, "char_width": 3,
                         "cat_dim": 8, "hidden": 100, "dropout": 0.4, "word_drop": 0.5,
                         "min_count": 2, "lr": 0.002, "batch": 16, "epochs": 30,
                         "patience": 4, "max_minutes": 25.0, "seed": 13, "threads": 1,
                         "stack": 0, "stack_crf": "ner-crf.crfsuite", "freq": False}
# stack = k > 0: the CRF's marginals are an input (out-of-fold over k blocks in
# training, hadath.ner.stack); stack_crf is the CRF that gives them at tagging time,
# relative to the .npz; freq: the word-frequency class (word_freq.tsv.gz) is an input
# (name in the .npz, name in torch's state dict) of the BiLSTM weights
_LSTM_NAMES = tuple(("lstm.%s.%s_%s" % (d, kind, part), "lstm.%s_%s_l0%s" % (
    "weight" if kind == "w" else "bias", part, suf))
    for d, suf in (("fwd", ""), ("bwd", "_reverse"))
    for kind, part in (("w", "ih"), ("w", "hh"), ("b", "ih"), ("b", "hh")))
# the other arrays: .npz name (what NeuralModel reads) → torch state-dict name
_LAYER_NAMES = (("word_emb", "word_emb.weight"), ("char_emb", "char_emb.weight"),
                ("char_conv.w", "char_conv.weight"), ("char_conv.b", "char_conv.bias"),
                ("out.w", "out.weight"), ("out.b", "out.bias"),
                ("crf.trans", "trans"), ("crf.start", "start"), ("crf.end", "end"))
LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


def build_vocab(train_cats: Sequence[list[dict[str, str]]], res, min_count: int,
                cats: Sequence[str]) -> dict:
    """Lists of strings per input (index 0 = padding, 1 = unknown)."""
    words = Counter(c["word"] for s in train_cats for c in s)
    chars = Counter(ch for w in words for ch in w[:MAX_CHARS])
    vocab = {"word": ["<pad>", "<unk>"] + sorted(w for w, n in words.items() if n >= min_count),
             "char": ["<pad>", "<unk>"] + sorted(chars)}
    for k in cats:
        seen = {c[k] for s in train_cats for c in s}
        if k in ("cl", "cl6"):   # every cluster the lookup knows, seen in training or not
            seen |= {v[:6] if k == "cl6" else v for v in res.clusters.values()}
        vocab[k] = ["<pad>", "<unk>"] + sorted(seen)
    return vocab


def _build_module(vocab: dict, p: dict, n_labels: int):
    cat_names = categories(p)
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.word_emb = nn.Embedding(len(vocab["word"]), p["word_dim"], padding_idx=PAD)
            self.char_emb = nn.Embedding(len(vocab["char"]), p["char_dim"], padding_idx=PAD)
            self.char_conv = nn.Conv1d(p["char_dim"], p["char_filters"], p["char_width"],
                                       padding=p["char_width"] // 2)
            self.cat_emb = nn.ModuleList(nn.Embedding(len(vocab[k]), p["cat_dim"])
                                         for k in cat_names)
            dim = p["word_dim"] + 2 * p["char_filters"] + p["cat_dim"] * len(cat_names)
            dim += n_labels if p.get("stack") else 0
            self.drop = nn.Dropout(p["dropout"])
            self.lstm = nn.LSTM(dim, p["hidden"], batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * p["hidden"], n_labels)
            self.trans = nn.Parameter(torch.zeros(n_labels, n_labels))
            self.start = nn.Parameter(torch.zeros(n_labels))
            self.end = nn.Parameter(torch.zeros(n_labels))

        def chars(self, ids):                          # U x L
            x = self.char_emb(ids).transpose(1, 2)     # U x E x L
            h = torch.relu(self.char_conv(x))          # U x F x L
            h = h.masked_fill((ids == PAD).unsqueeze(1), 0.0)
            return h.max(dim=2).values

        def forward(self, words, cats, char_ids, word_ix, stem_ix, lengths, extra=None):
            ch = self.chars(char_ids)
            parts = [self.word_emb(words), ch[word_ix], ch[stem_ix]]
            parts += [emb(cats[:, :, j]) for j, emb in enumerate(self.cat_emb)]
            x = self.drop(torch.cat(parts, dim=2))
            if extra is not None:       # the CRF's marginals (stacking), not dropped
                x = torch.cat([x, extra], dim=2)
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True,
                                                       enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
            return self.out(self.drop(h))

        def nll(self, em, tags, mask):
            """Mean negative CRF log-likelihood of the gold tags."""
            bsz, steps, _ = em.shape
            ar = torch.arange(bsz)
            gold = self.start[tags[:, 0]] + em[ar, 0, tags[:, 0]]
            alpha = self.start + em[:, 0]
            for t in range(1, steps):
                m = mask[:, t]
                gold = gold + m * (self.trans[tags[:, t - 1], tags[:, t]] + em[ar, t, tags[:, t]])
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans, dim=1) + em[:, t]
                alpha = torch.where(m.unsqueeze(1) > 0, nxt, alpha)
            last = tags[ar, mask.sum(1).long() - 1]
            gold = gold + self.end[last]
            return (torch.logsumexp(alpha + self.end, dim=1) - gold).mean()

    return Net()


def _batch_tensors(cats_batch, vocab, tags_batch=None, drop_words=None, rng=None, word_drop=0.0,
                   extra_batch=None, cat_names: Sequence[str] = categories({})):
    import numpy as np
    import torch
    steps = max(len(s) for s in cats_batch)
    bsz = len(cats_batch)
    extra = None
    if extra_batch is not None:
        pad = np.zeros((bsz, steps, extra_batch[0].shape[1]), dtype=np.float32)
        for b, e in enumerate(extra_batch):
            pad[b, :len(e)] = e
        extra = torch.from_numpy(pad)
    words = torch.zeros(bsz, steps, dtype=torch.long)
    cats = torch.zeros(bsz, steps, len(cat_names), dtype=torch.long)
    tags = torch.zeros(bsz, steps, dtype=torch.long)
    mask = torch.zeros(bsz, steps)
    types: dict[str, int] = {}
    word_ix = torch.zeros(bsz, steps, dtype=torch.long)
    stem_ix = torch.zeros(bsz, steps, dtype=torch.long)
    for b, s in enumerate(cats_batch):
        for t, c in enumerate(s):
            wid = vocab["word"].get(c["word"], UNK)
            if drop_words is not None and c["word"] in drop_words and rng.random() < word_drop:
                wid = UNK
            words[b, t] = wid
            for j, k in enumerate(cat_names):
                cats[b, t, j] = vocab[k].get(c[k], UNK)
            word_ix[b, t] = types.setdefault(c["word"], len(types))
            stem_ix[b, t] = types.setdefault(c["stem"], len(types))
            mask[b, t] = 1.0
            if tags_batch is not None:
                tags[b, t] = LABELS.index(tags_batch[b][t])
    length = max(min(len(w), MAX_CHARS) for w in types) or 1
    char_ids = torch.zeros(len(types), max(length, 1), dtype=torch.long)
    for w, i in types.items():
        ids = [vocab["char"].get(ch, UNK) for ch in w[:MAX_CHARS]] or [UNK]
        char_ids[i, :len(ids)] = torch.tensor(ids)
    lengths = torch.tensor([len(s) for s in cats_batch])
    return words, cats, char_ids, word_ix, stem_ix, lengths, tags, mask, extra


def _array_names(meta: dict) -> list[tuple[str, str]]:
    """(.npz name, torch state-dict name) of every weight array, for ``export`` and its
    inverse ``load_torch``."""
    names = list(_LAYER_NAMES)
    names += [("cat_emb.%s" % k, "cat_emb.%d.weight" % j)
              for j, k in enumerate(categories(meta["params"]))]
    return names + list(_LSTM_NAMES)


def export(net, vocab_lists: dict, meta: dict, out: str | Path) -> None:
    """Write the weights as a ``.npz`` that :class:`NeuralModel` reads."""
    import numpy as np
    sd = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in net.state_dict().items()}
    arrays = {ours: sd[theirs] for ours, theirs in _array_names(meta)}
    for k, lst in vocab_lists.items():
        arrays["vocab." + k] = np.array(lst)
    arrays["meta"] = np.array(json.dumps(meta, ensure_ascii=False))
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as f:
        np.savez_compressed(f, **arrays)


def train_neural(train: Sequence[ConllSentence], out: str | Path, *,
                 dev: Sequence[ConllSentence] = (), params: dict | None = None,
                 decode: dict | None = None, data_dir: str | Path = DATA,
                 source: str = "", log=print, stacked: tuple | None = None) -> dict:
    """Train on ``train``, pick the epoch by ``dev`` F1, write ``out``; return its meta.

    With ``params["stack"] = k`` the CRF's marginals are an input: out-of-fold over
    ``k`` blocks for ``train``, a CRF trained on all of ``train`` for ``dev``
    (``hadath.ner.stack``; k + 1 CRF trainings first). ``stacked`` = (train
    marginals, dev marginals) computed beforehand skips that (experiments).
    """
    try:
        import torch
    except ImportError:
        raise RuntimeError("training the neural tagger needs torch: pip install torch") from None
    import numpy as np
    p = {**DEFAULT_NEURAL_PARAMS, **(params or {})}
    random.seed(p["seed"])
    np.random.seed(p["seed"])
    torch.manual_seed(p["seed"])
    torch.set_num_threads(int(p["threads"]))
    rng = random.Random(p["seed"])
    res = load_resources(str(data_dir), freq=bool(p["freq"]))
    cat_names = categories(p)
    t0 = time.time()
    train_cats = [token_categories(s.tokens, res) for s in train]
    dev_cats = [token_categories(s.tokens, res) for s in dev]
    train_extra = dev_extra = None
    if p["stack"]:
        if stacked is None:
            from hadath.ner.stack import stack_inputs
            stacked = stack_inputs(train, dev, LABELS, int(p["stack"]), data_dir, log)
        train_extra, dev_extra = stacked
    lists = build_vocab(train_cats, res, int(p["min_count"]), cat_names)
    vocab = {k: {s: i for i, s in enumerate(v)} for k, v in lists.items()}
    counts = Counter(c["word"] for s in train_cats for c in s)
    rare = {w for w, n in counts.items() if n <= 1}
    net = _build_module(vocab, p, len(LABELS))
    opt = torch.optim.Adam(net.parameters(), lr=p["lr"])
    meta = {"labels": list(LABELS), "params": p, "decode": {"window": 20, **(decode or {})},
            "source": source, "train_sentences": len(train),
            "train_tokens": sum(len(s.tokens) for s in train)}
    best, best_epoch, since = -1.0, 0, 0
    order = list(range(len(train)))
    tmp = Path(str(out) + ".tmp.npz")
    for epoch in range(1, int(p["epochs"]) + 1):
        net.train()
        rng.shuffle(order)
        # batches of similar length: shuffle, then sort within windows of 50 batches
        chunks = [order[i:i + p["batch"] * 50] for i in range(0, len(order), p["batch"] * 50)]
        batches = []
        for ch in chunks:
            ch = sorted(ch, key=lambda i: len(train[i].tokens))
            batches += [ch[i:i + p["batch"]] for i in range(0, len(ch), p["batch"])]
        rng.shuffle(batches)
        total = 0.0
        for b in batches:
            words, cats, chars, wi, si, lengths, tags, mask, extra = _batch_tensors(
                [train_cats[i] for i in b], vocab, [train[i].tags for i in b], rare, rng,
                p["word_drop"], None if train_extra is None else [train_extra[i] for i in b],
                cat_names)
            loss = net.nll(net(words, cats, chars, wi, si, lengths, extra), tags, mask)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        net.eval()
        meta["epochs"] = epoch
        export(net, lists, meta, tmp)
        f1 = -1.0
        if dev:
            model = NeuralModel(tmp)
            pred = []
            for k in range(0, len(dev_cats), 64):
                pred += model.tag_batch(dev_cats[k:k + 64],
                                        None if dev_extra is None else dev_extra[k:k + 64])
            f1 = span_f1([s.tags for s in dev], pred)["f1"]
        log(f"epoch {epoch}: loss {total / len(batches):.3f} dev F1 {f1:.4f} "
            f"({(time.time() - t0) / 60:.1f} min)")
        if f1 > best or not dev:
            best, best_epoch, since = f1, epoch, 0
            meta_best = {**meta, "best_epoch": epoch, "dev": {"f1": f1}}
            export(net, lists, meta_best, out)
        else:
            since += 1
        if since >= p["patience"] or (time.time() - t0) / 60 > p["max_minutes"]:
            break
    tmp.unlink(missing_ok=True)
    meta_best["minutes"] = round((time.time() - t0) / 60, 1)
    # rewrite with the final timing in the record
    import numpy as np  # noqa: F811
    with np.load(str(out), allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["meta"] = np.array(json.dumps(meta_best, ensure_ascii=False))
    with open(out, "wb") as f:
        np.savez_compressed(f, **arrays)
    return meta_best


def load_torch(path: str | Path):
    """(torch module, vocab) rebuilt from an exported ``.npz`` (the inverse of ``export``)."""
    import numpy as np
    import torch
    with np.load(str(path), allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    meta = json.loads(str(arrays["meta"]))
    vocab = {k[6:]: {s: i for i, s in enumerate(v.tolist())}
             for k, v in arrays.items() if k.startswith("vocab.")}
    net = _build_module(vocab, meta["params"], len(meta["labels"]))
    state = {theirs: arrays[ours] for ours, theirs in _array_names(meta)}
    net.load_state_dict({k: torch.from_numpy(np.asarray(v)) for k, v in state.items()})
    net.eval()
    return net, vocab


def torch_emissions(net, vocab: dict, sentences: Sequence[list[dict[str, str]]],
                    extra: Sequence | None = None) -> list:
    """Per sentence, the module's T x K emission scores as numpy (for checking the export)."""
    import torch
    cat_names = tuple(k for k in categories({"freq": True}) if k in vocab)
    words, cats, chars, wi, si, lengths, _, _, ex = _batch_tensors(
        list(sentences), vocab, extra_batch=None if extra is None else list(extra),
        cat_names=cat_names)
    with torch.no_grad():
        em = net(words, cats, chars, wi, si, lengths, ex).numpy()
    return [em[b, :len(s)] for b, s in enumerate(sentences)]
