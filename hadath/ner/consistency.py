"""One name, one tag within a document: spread the model's confident spans.

A news story names a person in full once and then repeats the name; the model may
find it in one sentence and miss it in another with a weaker context. Within a
document (or, for sentence files without document marks, a window of neighbouring
sentences) a phrase that the model tagged as an entity more often than it left it
untagged is tagged the same way where it was missed. Only untagged tokens change;
a tagged span is never cut or retyped.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from hadath.ner.conll import bio_spans
from hadath.ner.features import analyse


def _key(tokens: Sequence[str]) -> tuple[str, ...]:
    return (analyse(tokens[0])[2], *(analyse(t)[0] for t in tokens[1:]))


def _untagged(toks: Sequence[str], tg: Sequence[str], keys: set, max_len: int):
    """(start, length, key) of every all-``O`` run of ``toks`` whose key is in ``keys``.

    Each token is normalized once (this runs over every sentence of a document).
    """
    n = len(toks)
    firsts = {k[0] for k in keys}
    info = [analyse(t) for t in toks]
    norms = [a[0] for a in info]
    stems = [a[2] for a in info]
    for length in range(max_len, 0, -1):
        for a in range(0, n - length + 1):
            if stems[a] in firsts and all(t == "O" for t in tg[a:a + length]):
                key = (stems[a], *norms[a + 1:a + length])
                if key in keys:
                    yield a, length, key


def propagate(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
              window: int = 10, max_len: int = 4) -> list[list[str]]:
    """Tags with each sentence's missed repeats filled in from ``±window`` sentences."""
    found: list[list[tuple[tuple[str, ...], str]]] = []
    for toks, tg in zip(sentences, tags):
        spans = []
        for a, b, kind in bio_spans(tg):
            if b - a <= max_len:
                key = _key(toks[a:b])
                if len(key[0]) >= 3:
                    spans.append((key, kind))
        found.append(spans)
    keys = {k for spans in found for k, _ in spans}
    if not keys:
        return [list(t) for t in tags]
    missed = [list(_untagged(toks, tg, keys, max_len)) for toks, tg in zip(sentences, tags)]
    out = [list(t) for t in tags]
    for i, cands in enumerate(missed):
        if not cands:
            continue
        lo, hi = max(0, i - window), min(len(sentences), i + window + 1)
        votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        left = Counter()
        for j in range(lo, hi):
            for key, kind in found[j]:
                votes[key][kind] += 1
            for _, _, key in missed[j]:
                left[key] += 1
        tg = out[i]
        for a, length, key in cands:
            if key not in votes or any(t != "O" for t in tg[a:a + length]):
                continue
            kind, hits = votes[key].most_common(1)[0]
            if hits > left[key]:
                tg[a] = "B-" + kind
                for k in range(a + 1, a + length):
                    tg[k] = "I-" + kind
    return out
