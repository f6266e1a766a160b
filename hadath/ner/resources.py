"""Word lists and word clusters that the NER features read, loaded once per process.

- ``name_parts.tsv`` (beside the model): given names and surnames in Arabic script,
  so a first name the training data never showed still looks like one.
- ``clusters.tsv`` (beside the model): a cluster path per word, learned without labels
  from openly licensed Arabic text (see hadath/models/README.md), so rare words share
  evidence with frequent words that occur in the same contexts.
- ``word_freq.tsv.gz`` (beside the model): how common each word form is in general
  Arabic text (wordfreq), so an unseen word that is an everyday noun, or a name
  that never takes the article, can be told apart.
- hadath's own lexicons ``hadath/data/actors.tsv`` and ``places.tsv``, when present:
  every Arabic name in them, split into tokens, marks the tokens of a known
  actor or place (multi-word names in BIO fashion).

A model records the feature set it was trained with; these files are read by path so
a pickled tagger can rebuild them on a Spark executor.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from hadath.text.normalize import normalize_ar

PACKAGE = Path(__file__).resolve().parent.parent
MODELS = PACKAGE / "models"
DATA = PACKAGE / "data"
_ARABIC = re.compile(r"[\u0621-\u064A]")
_SPLIT = re.compile(r"[|;؛]")
# lookups a model can be trained with or without (recorded in MODEL.json)
FEATURE_OPTIONS = ("gazetteer", "clusters", "name_parts", "freq")
# options a model record that does not mention them was trained without
OFF_UNLESS_RECORDED = ("freq",)


@dataclass(frozen=True)
class Resources:
    """Token-level lookups for feature extraction (normalized forms as keys)."""
    name_parts: dict[str, str] = field(default_factory=dict)   # norm -> "g" / "s" / "gs"
    clusters: dict[str, str] = field(default_factory=dict)     # norm -> bit path
    gazetteer: dict[tuple[str, ...], str] = field(default_factory=dict)  # tokens -> type
    max_phrase: int = 0
    freq: dict[str, int] = field(default_factory=dict)   # norm -> Zipf frequency x 10
    gaz_first: frozenset[str] = frozenset()   # first tokens of the gazetteer's names
    # features of a token alone, by token (``hadath.ner.features``): news repeats its
    # words, and these lookups are the same each time. Bounded by MAX_CACHED.
    token_cache: dict = field(default_factory=dict, compare=False, repr=False)


MAX_CACHED = 200_000


def _name_parts(path: Path, min_count: int = 3) -> dict[str, str]:
    out: dict[str, str] = {}
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as f:
        next(f, None)
        for line in f:
            norm, given, surname = line.rstrip("\n").split("\t")
            kind = ("g" if int(given) >= min_count else "") + ("s" if int(surname) >= min_count else "")
            if kind:
                out[norm] = kind
    return out


def _clusters(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                out[parts[0]] = parts[1]
    return out


def _word_freq(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    if not path.exists():
        return out
    import gzip
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            word, zipf = line.rstrip("\n").split("\t")
            out[word] = int(zipf)
    return out


def _lexicon_names(path: Path, default_type: str) -> list[tuple[str, str]]:
    """(Arabic name, type) pairs from a lexicon TSV whatever its exact columns.

    The type is taken from a ``type`` column when it says PER, ORG or LOC, else
    ``default_type``; every cell with Arabic letters is a name or an alias list.
    """
    out: list[tuple[str, str]] = []
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            kind = (row.get("type") or "").strip().upper()
            kind = kind if kind in ("PER", "ORG", "LOC") else default_type
            for key, cell in row.items():
                if not cell or not isinstance(cell, str) or not _ARABIC.search(cell):
                    continue
                if key and key.lower() in ("note", "notes", "comment", "description"):
                    continue
                for name in _SPLIT.split(cell):
                    if name.strip():
                        out.append((name.strip(), kind))
    return out


def _gazetteer(data_dir: Path) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for fname, default in (("places.tsv", "LOC"), ("actors.tsv", "ORG")):
        for name, kind in _lexicon_names(data_dir / fname, default):
            key = tuple(normalize_ar(name).split())
            if key and len(key) <= 6:
                out.setdefault(key, kind)
    return out


@lru_cache(maxsize=8)
def load_resources(data_dir: str = str(DATA), gazetteer: bool = True, clusters: bool = True,
                   name_parts: bool = True, freq: bool = False) -> Resources:
    """The lookups a feature set uses, built once per process.

    ``name_parts.tsv`` and ``clusters.tsv`` ship in hadath/models; the lexicons are
    read from ``data_dir``. The flags are the model's feature options, so a model
    trained without a lookup is never fed it.
    """
    gaz = _gazetteer(Path(data_dir)) if gazetteer else {}
    return Resources(
        name_parts=_name_parts(MODELS / "name_parts.tsv") if name_parts else {},
        clusters=_clusters(MODELS / "clusters.tsv") if clusters else {},
        gazetteer=gaz,
        max_phrase=max((len(k) for k in gaz), default=0),
        freq=_word_freq(MODELS / "word_freq.tsv.gz") if freq else {},
        gaz_first=frozenset(k[0] for k in gaz),
    )


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, int]:
    """Normalized word → its Zipf frequency x 10 in general Arabic text, read once."""
    return _word_freq(MODELS / "word_freq.tsv.gz")
