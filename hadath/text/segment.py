"""Sentences, tokens and clitics, all as offsets into the original text.

Sentences end at ``.``, ``!``, ``?``, ``؟`` and line breaks, but not inside a quotation
that is still open on the same line, nor after a digit followed by another digit
(``3.5``). Tokens are maximal runs of letters, digits, diacritics and tatweel; a
hyphen between two words splits them (``دمشق-سانا``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from hadath.model import Sentence, Token
from hadath.text.normalize import normalize_ar

# a word: Arabic letters and marks, Latin letters, digits, underscore
_WORD = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+")
_END = set(".!?؟")
_QUOTE_CHARS = {'"': '"', "«": "»", "“": "”"}

# proclitics that attach to a noun or verb in newswire, longest first
PROCLITICS = ("وبال", "وكال", "وللـ", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل",
              "وب", "ول", "وك", "فب", "فل", "فك", "ال", "لل", "و", "ف", "ب", "ل", "ك")


def tokenize(text: str, sentences: tuple[Sentence, ...] = ()) -> tuple[Token, ...]:
    """Tokens of ``text`` with normalized forms and their sentence index."""
    out = []
    si = 0
    for m in _WORD.finditer(text):
        while si + 1 < len(sentences) and m.start() >= sentences[si].end:
            si += 1
        out.append(Token(m.start(), m.end(), m.group(), normalize_ar(m.group()), si))
    return tuple(out)


def space_joined(text: str, tokens, k: int) -> bool:
    """Does token ``k`` follow the token before it in the same sentence, one space apart?
    The name rules (a name after a title, a town's or a facility's head noun) grow a name
    only over such runs: a comma, a quote or a line break ends it."""
    return k < len(tokens) and tokens[k].sentence == tokens[k - 1].sentence \
        and text[tokens[k - 1].end:tokens[k].start] == " "


def punctuated(tokens, i: int) -> bool:
    """Does punctuation follow token ``i``? Tokens hold none: it shows as a wider gap."""
    return i + 1 < len(tokens) and tokens[i + 1].start - tokens[i].end >= 2


def split_sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Sentence, ...]:
    """Sentence spans over ``text[start:end]``, trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    spans: list[Sentence] = []
    s = start
    open_quote: str | None = None
    i = start
    while i < end:
        ch = text[i]
        if ch == "\n":
            _add(text, s, i, spans)
            s = i + 1
            open_quote = None
        elif open_quote is None and ch in _QUOTE_CHARS:
            open_quote = _QUOTE_CHARS[ch]
        elif open_quote is not None and ch == open_quote:
            open_quote = None
        elif ch in _END and open_quote is None:
            j = i + 1
            while j < end and text[j] in _END or (j < end and text[j] in '"»”)'):
                j += 1
            prev_digit = i > 0 and text[i - 1].isdigit()
            next_digit = j < end and text[j].isdigit()
            if not (ch == "." and prev_digit and next_digit):
                _add(text, s, j, spans)
                s = j
                i = j
                continue
        i += 1
    _add(text, s, end, spans)
    return tuple(spans)


def _add(text: str, s: int, e: int, spans: list[Sentence]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and _WORD.search(text, s, e):
        spans.append(Sentence(s, e))


@lru_cache(maxsize=1 << 16)
def strip_proclitics(norm: str, min_stem: int = 2) -> tuple[tuple[int, str], ...]:
    """Candidate (prefix length, stem) splits of a normalized word, longest prefix first.

    The unsplit word is always the last candidate. ``لل`` before a noun is ``ل`` +
    ``ال``: its stem keeps the article (``للامم`` → ``الامم``) with prefix length 1.
    Every stage asks this of the same words again and again, so answers are kept
    (bounded) and immutable.
    """
    out: list[tuple[int, str]] = []
    for p in PROCLITICS:
        if norm.startswith(p) and len(norm) - len(p) >= min_stem:
            if p.endswith("لل"):
                out.append((len(p) - 1, "ال" + norm[len(p):]))
            else:
                out.append((len(p), norm[len(p):]))
    out.append((0, norm))
    return tuple(out)
