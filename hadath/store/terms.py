"""Search terms: what full-text search indexes and how a query is matched.

Both backends index the same thing, a space-separated list of terms per article, so
that they agree on what matches. A term is a word in hadath's normalized form
(:func:`hadath.text.normalize.normalize_ar`: hamza forms, ta marbuta, alef maqsura,
diacritics and tatweel collapse), plus every stem left when a proclitic is stripped
(:func:`hadath.text.segment.strip_proclitics`): ``وترامب`` is indexed as ``وترامب``
and ``ترامب``, so a query ``ترامب`` finds it. A query word matches when any of its own
forms (itself, or itself without a proclitic when the rest is at least three letters)
is a term: ``لترامب`` in a query also finds ``ترامب`` in a text.
"""
from __future__ import annotations

import re

from hadath.text.normalize import normalize_ar
from hadath.text.segment import strip_proclitics

_WORD = re.compile(r"[^\W_]+")
_MIN_QUERY_STEM = 3
# a word of the original text: letters and digits with their diacritics and tatweel
_TEXT_WORD = re.compile(r"[^\W_][\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*")


def words(text: str) -> list[str]:
    """Normalized, lower-cased words of ``text`` (letters and digits only)."""
    return _WORD.findall(normalize_ar(text).lower())


def index_terms(text: str) -> str:
    """The terms to index for ``text``: each word and its clitic-stripped stems."""
    out: list[str] = []
    seen: set[str] = set()
    for word in words(text):
        for _, stem in strip_proclitics(word):
            if stem not in seen:
                seen.add(stem)
                out.append(stem)
    return " ".join(out)


def query_groups(query: str) -> list[list[str]]:
    """One group of alternative forms per query word; every group must match."""
    groups: list[list[str]] = []
    for word in words(query):
        forms = [stem for _, stem in strip_proclitics(word, _MIN_QUERY_STEM)]
        groups.append(list(dict.fromkeys(reversed(forms))))
    return groups


def fts5_query(groups: list[list[str]]) -> str:
    """An SQLite FTS5 MATCH expression: ``("a" OR "b") AND ("c")``."""
    return " AND ".join("(" + " OR ".join(f'"{f}"' for f in g) + ")" for g in groups)


def tsquery(groups: list[list[str]]) -> str:
    """A PostgreSQL ``to_tsquery('simple', …)`` expression with the same meaning."""
    return " & ".join("(" + " | ".join(f"'{f}'" for f in g) + ")" for g in groups)


def matches(groups: list[list[str]], text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` whose words match a query group (for snippets and highlights)."""
    wanted = {f for g in groups for f in g}
    spans = []
    for m in _TEXT_WORD.finditer(text):
        norm = normalize_ar(m.group()).lower()
        if any(stem in wanted for _, stem in strip_proclitics(norm)):
            spans.append((m.start(), m.end()))
    return spans
