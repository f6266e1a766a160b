"""The time vocabulary (``hadath/data/time_words.tsv``) as a phrase index over tokens.

Phrases are stored in normalized form (``hadath.text.normalize``) and split into
tokens exactly as the article text is, so a phrase matches a run of article tokens
(``كانون الثاني`` is two tokens, ``هـ.ش`` is ``ه`` + ``ش``). The index maps a first
token to the phrases that start with it, longest first, so the longest phrase wins.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from hadath.text.segment import tokenize

# proclitics that may stick to the first word of a time expression (وأمس، بالأمس، لليوم)
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=1 << 14)
def _with_clitics(first: str) -> tuple[tuple[int, str], ...]:
    """(clitic length, word) readings of a token: itself, and without each proclitic
    that leaves at least two letters (cached: the scan asks for every token, often)."""
    out = [(0, first)]
    for p in _CLITICS:
        if first.startswith(p) and len(first) - len(p) >= 2:
            stem = first[len(p):]
            out.append((len(p), stem))
            if p.endswith("ل") and stem.startswith("ل"):
                # لليوم: ل + (ا)ليوم; the mention starts at the article's ل
                out.append((len(p), "ا" + stem))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str
    words: tuple[str, ...]
    value: str
    strict: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    end: int        # token index after the phrase
    clitic: int     # normalized characters of the first token that precede the phrase


@dataclass(frozen=True)
class TimeLexicon:
    index: dict[str, tuple[Entry, ...]]
    words: dict[str, frozenset[str]]  # kind -> set of one-token forms

    @classmethod
    def load(cls, text: str | None = None) -> "TimeLexicon":
        """Read the TSV (the packaged one unless ``text`` is given)."""
        if text is None:
            text = resources.files("hadath").joinpath("data", "time_words.tsv").read_text("utf-8")
        index: dict[str, list[Entry]] = {}
        words: dict[str, set[str]] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                raise ValueError(f"time_words.tsv:{n}: expected kind<TAB>form[<TAB>value]")
            kind, form = cols[0].strip(), cols[1].strip()
            value = cols[2].strip() if len(cols) > 2 else ""
            strict = len(cols) > 3 and "strict" in cols[3]
            toks = tuple(t.norm for t in tokenize(form))
            if not toks:
                continue
            entry = Entry(kind, toks, value, strict)
            index.setdefault(toks[0], []).append(entry)
            if len(toks) == 1:
                words.setdefault(kind, set()).add(toks[0])
        frozen = {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()}
        return cls(frozen, {k: frozenset(v) for k, v in words.items()})

    def has(self, kind: str, word: str) -> bool:
        return word in self.words.get(kind, ())

    def match(self, norms: list[str], gaps: list[str], i: int, kinds: frozenset[str] | set[str],
              clitics: bool = False) -> Match | None:
        """Longest phrase of one of ``kinds`` starting at token ``i``.

        Inside a phrase, tokens may be separated only by spaces (or a dot, for
        ``هـ.ش``). With ``clitics``, a proclitic on the first token is allowed.
        """
        if i >= len(norms):
            return None
        first = norms[i]
        best: Match | None = None
        for clitic, word in (_with_clitics(first) if clitics else ((0, first),)):
            for entry in self.index.get(word, ()):
                if entry.kind not in kinds:
                    continue
                end = i + len(entry.words)
                if end > len(norms):
                    continue
                ok = all(norms[i + k] == entry.words[k] and gaps[i + k].strip(" .") == ""
                         and "\n" not in gaps[i + k]
                         for k in range(1, len(entry.words)))
                if ok and (best is None or end > best.end):
                    best = Match(entry, end, clitic)
                    break
        return best
