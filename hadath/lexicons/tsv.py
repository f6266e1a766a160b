"""Reading the lexicon TSV files: a header row, then one entry per line.

Errors name the file and line, because a bad row in a data file is a data bug that a
curator has to find and fix by hand.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class LexiconError(ValueError):
    """A malformed row in a lexicon file (the message says file:line and what to fix)."""


def read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row dict) for each data row; blank lines and ``#`` comments skipped.

    The header must start with ``columns``; extra trailing columns are ignored.
    """
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if tuple(header[:len(columns)]) != columns:
            raise LexiconError(f"{path}:1: header must start with {'/'.join(columns)}, "
                               f"got {'/'.join(header)}")
        for lineno, line in enumerate(fh, 2):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) < len(columns):
                cells += [""] * (len(columns) - len(cells))
            yield lineno, {c: cells[i].strip() for i, c in enumerate(columns)}


def split_aliases(cell: str) -> tuple[str, ...]:
    """``a|b|c`` → ``("a", "b", "c")``, empty parts dropped, order kept, no duplicates."""
    seen: dict[str, None] = {}
    for part in cell.split("|"):
        part = " ".join(part.split())
        if part:
            seen.setdefault(part, None)
    return tuple(seen)


# ``=`` before an alias: a generic short name (``المجلس العسكري``, any country's junta)
# that names the entry only in an article that has named it in full before
AFTER_FULL = "="


def after_full(alias: str) -> bool:
    """Whether the alias names its entry only after the full name (``=`` prefix)."""
    return alias.lstrip("^").startswith(AFTER_FULL)


def alias_parts(alias: str) -> tuple[str, str, bool]:
    """(context, name, dateline_only) of an alias written in the lexicon syntax.

    ``[حركة ]فتح``: the bracketed words must precede the name for it to match but are
    not part of the mention (``حركة فتح`` gives the mention ``فتح``; ``فتح`` alone is
    the common verb). ``^معا``: used only to name a dateline's outlet, never matched in
    running text (``معا`` is also "together"). ``=المجلس العسكري``: a short name that
    counts only after the entry's full name in the same article (:func:`after_full`).
    """
    dateline_only = alias.startswith("^")
    alias = alias.lstrip("^").lstrip(AFTER_FULL)
    context = ""
    if alias.startswith("[") and "]" in alias:
        context, alias = alias[1:].split("]", 1)
    return context, alias, dateline_only
