"""CRF features of a sentence: one list of feature strings per token.

What tells an Arabic name from other words, with no capital letters to help:
- the word itself, normalized (alef/hamza/ya/ta marbuta variants collapse), and its
  stem without proclitics (``ولافروف`` → ``لافروف``) and without the article;
- affixes: ``ال`` and clitic prefixes, nisba ``ي``/``ية``, feminine ``ة``, foreign
  endings (``وف``, ``سكي``) and the shape (digits, Latin letters, punctuation, length);
- lookups: given names and surnames, hadath's own actor and place lexicons (multi-word
  names marked B/I), and unsupervised word clusters (Brown clusters of the stem);
- how common the word is in general Arabic text and whether its stem takes the article
  and possessive suffixes there (``word_freq.tsv.gz``): everyday nouns do, names seldom;
- the same for the words around it (a window of two on each side) and word pairs, so
  ``الرئيس`` or ``قال`` before an unknown word make it a person.

Everything is computed from the token strings and :class:`Resources` (which keeps a
bounded cache of each token's own features).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from hadath.ner.resources import MAX_CACHED, Resources
from hadath.text.normalize import normalize_ar

_CLITICS = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل",
            "وب", "ول", "وك", "فب", "فل", "فك", "ال", "و", "ف", "ب", "ل", "ك")
_HIDDEN = "\x00"


def split_clitics(norm: str) -> tuple[str, str]:
    """(proclitics, stem) of a normalized word: ``والامم`` → (``وال``, ``امم``).

    ``لل`` counts as ``ل`` + ``ال``. The stem keeps at least two letters; a word that
    could only be split into a shorter stem is left whole.
    """
    for p in _CLITICS:
        if norm.startswith(p) and len(norm) - len(p) >= 3:
            return p, norm[len(p):]
    return "", norm


def _shape(tok: str) -> str:
    if tok.isdigit():
        return "D" + str(min(len(tok), 4))
    if any(c.isdigit() for c in tok):
        return "Dx"
    if tok.isascii() and tok.isalpha():
        return "L"
    if not any(c.isalnum() for c in tok):
        return "P"
    return "A" + str(min(len(tok), 9))


@lru_cache(maxsize=1 << 16)
def analyse(tok: str) -> tuple[str, str, str, str]:
    """(normalized form, proclitics, stem, shape) of a token.

    Both taggers of the mix and the consistency pass need these for every token;
    news repeats its words, so a bounded cache saves most of the work.
    """
    norm = normalize_ar(tok)
    pre, stem = split_clitics(norm)
    return norm, pre, stem, _shape(tok)


def _token_base(tok: str, res: Resources, hide: bool = False) -> tuple[list[str], str, str, str]:
    """Features of one token alone, plus its (norm, stem, cluster) for context use.

    ``hide`` leaves out the word's identity (training only: see ``sentence_features``).
    """
    norm, pre, stem, shape = analyse(tok)
    f = ["p=" + pre, "sh=" + shape] if hide else \
        ["w=" + norm, "s=" + stem, "p=" + pre, "sh=" + shape]
    if len(norm) > 1:
        f += ["p1=" + norm[:1], "p2=" + norm[:2], "p3=" + norm[:3],
              "x1=" + norm[-1:], "x2=" + norm[-2:], "x3=" + norm[-3:], "x4=" + norm[-4:],
              "sx2=" + stem[-2:], "sx3=" + stem[-3:], "sx4=" + stem[-4:],
              "sp2=" + stem[:2], "sp3=" + stem[:3], "sp4=" + stem[:4]]
    if tok != norm and not hide:
        f.append("raw=" + tok)
    kind = res.name_parts.get(stem) or res.name_parts.get(norm)
    if kind:
        f.append("np=" + kind)
    cl = res.clusters.get(stem) or res.clusters.get(norm) or ""
    if cl:
        f.append("c=" + cl)
    if res.freq and shape[0] == "A":
        f += freq_features(norm, stem, res.freq)
    return f, norm, stem, cl


def _cached_base(tok: str, res: Resources) -> tuple[list[str], str, str, str]:
    """``_token_base`` of a token, kept in ``res.token_cache`` (callers never change it)."""
    cache = res.token_cache
    hit = cache.get(tok)
    if hit is None:
        if len(cache) >= MAX_CACHED:
            cache.clear()
        hit = cache[tok] = _token_base(tok, res)
    return hit


def freq_features(norm: str, stem: str, freq: dict[str, int]) -> list[str]:
    """How common the word is in general text, and whether its stem takes the article
    and possessive suffixes there (everyday nouns do, names seldom).

    ``freq`` maps normalized forms to Zipf × 10 (``word_freq.tsv.gz``); 0 = rare.
    """
    bare = stem[2:] if stem.startswith("ال") and len(stem) >= 5 else stem
    z = freq.get(bare, 0)
    art = freq.get("ال" + bare, 0)
    base = bare[:-1] + "ت" if bare.endswith("ه") else bare
    poss = max(freq.get(base + "ه", 0), freq.get(base + "ها", 0), freq.get(base + "هم", 0))
    out = ["fz=%d" % (freq.get(norm, 0) // 10), "fb=%d" % (z // 10)]
    out.append("fa=%s" % (max(-3, min(2, (art - z) // 10)) if art else "-"))
    out.append("fp=%s" % (max(-4, min(1, (poss - z) // 10)) if poss else "-"))
    return out


def _gazetteer_marks(stems: Sequence[str], norms: Sequence[str],
                     res: Resources) -> list[str | None]:
    """B-/I- mark of the longest lexicon name starting at each token (greedy)."""
    marks: list[str | None] = [None] * len(norms)
    if not res.gazetteer:
        return marks
    i = 0
    n = len(norms)
    first = res.gaz_first
    while i < n:
        found = 0
        if first and stems[i] not in first and norms[i] not in first:
            i += 1
            continue
        for length in range(min(res.max_phrase, n - i), 0, -1):
            key = (stems[i],) + tuple(norms[i + 1:i + length])
            kind = res.gazetteer.get(key) or res.gazetteer.get(tuple(norms[i:i + length]))
            if kind:
                marks[i] = "B-" + kind
                for j in range(i + 1, i + length):
                    marks[j] = "I-" + kind
                found = length
                break
        i += found or 1
    return marks


# the neighbours a token's features look at, each with the prefixes of its features
# (``-1:w=``, ``-1:s=``, ``-1:c=``, ``-1:gz=``, ``-1:BOUND``): spelled once, not formatted
# again for every feature of every token
_NEIGHBOURS = tuple((d, f"{d}:w=", f"{d}:s=", f"{d}:c=", f"{d}:gz=", f"{d}:BOUND")
                    for d in (-2, -1, 1, 2))


def sentence_features(tokens: Sequence[str], res: Resources,
                      hide: frozenset[int] = frozenset()) -> list[list[str]]:
    """One list of feature strings per token of ``tokens``.

    ``hide``: positions whose word identity is withheld everywhere (its own ``w=``,
    ``s=``, and as a neighbour). Training can hide some rare words so the model learns
    to spot a name from its shape and context, as it must for unseen names.
    """
    base = [_token_base(t, res, True) if i in hide else _cached_base(t, res)
            for i, t in enumerate(tokens)]
    norms = [b[1] for b in base]
    stems = [b[2] for b in base]
    clusters = [b[3] for b in base]
    gaz = _gazetteer_marks(stems, norms, res)
    name_part = [s in res.name_parts or w in res.name_parts for s, w in zip(stems, norms)]
    if hide:
        norms = [(_HIDDEN if i in hide else w) for i, w in enumerate(norms)]
        stems = [(_HIDDEN if i in hide else w) for i, w in enumerate(stems)]
    n = len(tokens)
    out: list[list[str]] = []
    for i in range(n):
        f = ["b"] + base[i][0]
        if gaz[i]:
            f.append("gz=" + gaz[i])
        for d, w_, s_, c_, gz_, bound in _NEIGHBOURS:
            j = i + d
            if 0 <= j < n:
                f.append(w_ + norms[j])
                f.append(s_ + stems[j])
                if clusters[j]:
                    f.append(c_ + clusters[j])
                if gaz[j]:
                    f.append(gz_ + gaz[j])
            else:
                f.append(bound)
        if i > 0:
            f.append("-1|0=" + norms[i - 1] + "|" + norms[i])
            if name_part[i - 1]:
                f.append("-1:np")
        if i + 1 < n:
            f.append("0|1=" + norms[i] + "|" + norms[i + 1])
            if name_part[i + 1]:
                f.append("1:np")
        out.append([x for x in f if _HIDDEN not in x] if hide else f)
    return out
