"""The lexicon of speech cues (``قال``, ``أكد``, ``بحسب``, ``نقلت … عن``) and where one starts.

Read once from ``hadath/data/speech_cues.tsv`` by the ``quotes`` stage, and also by the
entity stages that need to know a cue word when they see one (a name does not run into
``قال``). Kept apart from :mod:`hadath.annotate.quotes` (the speaker search) so that the
data and its lookup live in one small module every user imports.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from hadath.model import Token
from hadath.text.segment import tokenize

# the kinds of one-word cue :meth:`CueLexicon.cue_at` reports (not "that", "prep", …)
_CUE_KINDS = ("verb", "continue", "participle", "according", "relay", "noun", "threat", "admit",
              "as_put")


@dataclass(frozen=True)
class CueLexicon:
    """The speech cues of ``hadath/data/speech_cues.tsv``, normalized: one-word forms by
    kind, and the phrases (``وفق ما صرح به``) by their first word."""
    kinds: dict[str, str]          # normalized one-word form -> kind
    phrases: dict[tuple[str, ...], str]
    # the phrases by their first word, in file order: a token is checked against the
    # few phrases that can start there, not against all of them
    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(
        init=False, repr=False, compare=False)
    # every word a cue can start with (a phrase's first word, a one-word cue of a kind
    # :meth:`cue_at` reports): ``cue_at`` runs on every token of an article and most
    # are no cue, which one set test (with and without a و/ف) tells at once
    starts: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        by_first: dict[str, list] = {}
        for phrase, kind in self.phrases.items():
            by_first.setdefault(phrase[0], []).append((phrase, kind))
        object.__setattr__(self, "by_first", {w: tuple(v) for w, v in by_first.items()})
        object.__setattr__(self, "starts", frozenset(by_first).union(
            w for w, kind in self.kinds.items() if kind in _CUE_KINDS))

    @classmethod
    def load(cls, text: str | None = None) -> "CueLexicon":
        if text is None:
            text = resources.files("hadath").joinpath("data", "speech_cues.tsv").read_text("utf-8")
        kinds: dict[str, str] = {}
        phrases: dict[tuple[str, ...], str] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 2:
                raise ValueError(f"speech_cues.tsv:{n}: expected form<TAB>kind")
            toks = tuple(t.norm for t in tokenize(cols[0].strip()))
            if len(toks) == 1:
                kinds.setdefault(toks[0], cols[1].strip())
            elif toks:
                phrases[toks] = cols[1].strip()
        return cls(kinds, phrases)

    def cue_at(self, tokens: list[Token], i: int) -> tuple[str, int, int] | None:
        """(kind, clitic length, token after the cue) of a cue starting at token ``i``."""
        w = tokens[i].norm
        if w not in self.starts and w[1:] not in self.starts:
            return None
        for k in (0, 1):
            for phrase, kind in self.by_first.get(w[k:], ()):
                n = len(phrase)
                words = [t.norm for t in tokens[i + 1:i + n]]
                if words == list(phrase[1:]):
                    return kind, k, i + n
        for k in (0, 1):
            if k and w[:1] not in "وف":
                break
            kind = self.kinds.get(w[k:])
            if kind in _CUE_KINDS:
                return kind, k, i + 1
        return None

    def kind(self, word: str) -> str | None:
        return self.kinds.get(word)


@lru_cache(maxsize=1)
def default_cues() -> CueLexicon:
    """The shipped cue table, read once per process: the quotes, seats and name stages
    all read it, and it never changes while a pipeline runs."""
    return CueLexicon.load()
