"""Token-per-line (CoNLL) files: ``token[<space|TAB>tag]``, blank line between sentences.

ANERcorp writes ``token TAG`` with a space and says ``PERS``; hadath writes
``token<TAB>tag`` with ``PER``. Reading accepts both, so a model is trained and
scored on one tag set.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Iterable, Iterator


@dataclass(frozen=True, slots=True)
class ConllSentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]  # "O" where the file had no tag column
    line: int              # 1-based line of the first token, for error messages


def canonical_tag(tag: str) -> str:
    """ANERcorp's ``B-PERS`` → ``B-PER``; anything else unchanged."""
    return tag.replace("PERS", "PER")


def read_conll(lines: Iterable[str]) -> Iterator[ConllSentence]:
    tokens: list[str] = []
    tags: list[str] = []
    first = 0
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r\n").lstrip("\ufeff")
        if not line.strip():
            if tokens:
                yield ConllSentence(tuple(tokens), tuple(tags), first)
                tokens, tags = [], []
            continue
        parts = line.split()
        if not tokens:
            first = n
        tokens.append(parts[0])
        tags.append(canonical_tag(parts[-1]) if len(parts) > 1 else "O")
    if tokens:
        yield ConllSentence(tuple(tokens), tuple(tags), first)


def read_conll_file(path: str) -> list[ConllSentence]:
    with open(path, encoding="utf-8") as f:
        return list(read_conll(f))


def write_conll(out: IO[str], sentences: Iterable[tuple[Iterable[str], Iterable[str]]]) -> None:
    """Write ``token<TAB>tag`` lines, a blank line after each sentence."""
    for tokens, tags in sentences:
        for tok, tag in zip(tokens, tags):
            out.write(f"{tok}\t{tag}\n")
        out.write("\n")


def bio_spans(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token spans of a BIO sequence, read as SPEC's scorer does.

    An ``I-`` tag that does not continue a span of its type starts a new one.
    """
    out: list[tuple[int, int, str]] = []
    start, kind = None, None
    tags = list(tags) + ["O"]
    for i, tag in enumerate(tags):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind):
            if kind is not None:
                out.append((start, i, kind))
            start, kind = (i, tag[2:]) if tag != "O" else (None, None)
    return out
