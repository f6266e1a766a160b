"""Stage ``times``: time expressions with ISO 8601 values resolved against ``published``.

The grammar (:mod:`hadath.times.grammar`) reads the article's tokens left to right;
each expression is then resolved in text order, so a back-reference (``اليوم نفسه``,
``غداة الإعلان``) sees the dates before it. Offsets are into the original text; a
proclitic on the first word stays outside (``وأمس`` → ``أمس``; ``لليوم`` → ``ليوم``).
Frequencies (``يوميا``) place nothing in time and are left out, as is a time word
inside an organization's name (``المصري اليوم``).
"""
from __future__ import annotations

import re

from hadath.model import Article, TimeExpr
from hadath.text.particles import DONE_PARTICIPLES, RELATIVES
from hadath.text.segment import tokenize, split_sentences
from hadath.times.grammar import TimeGrammar
from hadath.times.lexicon import TimeLexicon
from hadath.times.resolve import Context, resolve

_QUOTED = re.compile(r"«[^»\n]*»|\"[^\"\n]*\"|“[^”\n]*”")
# a dateline date lies within the first characters of the first line
_DATELINE_CHARS = 60


class TimeTagger:
    name = "times"
    requires = ("tokens",)
    assigns = ("times",)

    def __init__(self, lexicon: TimeLexicon | None = None):
        self.grammar = TimeGrammar(lexicon or TimeLexicon.load())

    def __call__(self, article: Article) -> Article:
        return article.with_(times=tuple(self.find(article)))

    def find(self, article: Article) -> list[TimeExpr]:
        text = article.text
        tokens = article.tokens
        if not tokens and text:
            end = article.body_end if article.body_end is not None else len(text)
            tokens = tokenize(text[:end], split_sentences(text, 0, end))
        if not tokens:
            return []
        norms = [t.norm for t in tokens]
        gaps = [text[tokens[k - 1].end:t.start] if k else text[:t.start]
                for k, t in enumerate(tokens)]
        gaps.append(text[tokens[-1].end:tokens[-1].end + 8])  # what follows the last token
        sent = [t.sentence for t in tokens]
        first_nl = text.find("\n")
        limit = min(_DATELINE_CHARS, first_nl if first_nl >= 0 else len(text))
        dateline_end = sum(1 for t in tokens if t.end <= limit)
        quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        ctx = Context(article.published_date)
        names = [(m.start, m.end) for e in article.entities if e.type == "ORG"
                 for m in e.mentions]
        out: list[TimeExpr] = []
        for p in self.grammar.parse(norms, gaps, sent, dateline_end):
            if p.kind == "set":
                continue  # يوميا، سنويا: how often, not when (GUIDELINES: times place events)
            first = tokens[p.start]
            if _not_yesterday(tokens, p.start, p.end, p.clitic):
                continue
            start = first.start + _orig_offset(first.text, p.clitic)
            end = tokens[p.end - 1].end
            if any(a <= start and end <= b for a, b in names):
                continue  # اليوم of the outlet المصري اليوم
            if text.count("(", start, end) > text.count(")", start, end):
                close = text.find(")", end, end + 3)  # اكتوبر (تشرين الاول): keep the bracket
                end = close + 1 if close >= 0 else end
            quoted = any(a < start < b for a, b in quotes)
            ctx.sentence = first.sentence
            value, kind = resolve(p, ctx, quoted)
            ctx.note(value, _aside(norms, p.start))
            if p.year is not None and p.calendar == "g" and p.kind == "expr":
                ctx.year_said = (first.sentence, p.year)
            out.append(TimeExpr(start, end, text[start:end], value, kind))
        return out


def _aside(norms: list[str], i: int) -> bool:
    """Is the expression at token ``i`` said after منذ or inside a relative clause or
    participle phrase (``التي جرت يوم الثلاثاء``, ``الموقعة في الرياض في 23 نوفمبر``)?"""
    if i > 0 and norms[i - 1].lstrip("و") == "منذ":
        return True
    return any(norms[k] in _ASIDE_OPENERS for k in range(max(0, i - _ASIDE_REACH + 1), i))


# relative pronouns and participles that open a clause telling of another act
_ASIDE_OPENERS = RELATIVES | DONE_PARTICIPLES
# how many words back from a time its relative pronoun may stand
_ASIDE_REACH = 6


def _not_yesterday(tokens, i: int, end: int, clitic: int) -> bool:
    """``أمسّ`` (with shadda) and ``أمس الحاجة`` are "most in need", not yesterday."""
    if end - i != 1 or tokens[i].norm[clitic:] != "امس":
        return False
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return "\u0651" in tokens[i].text or after in ("الحاجه", "الحاجة")


def _orig_offset(word: str, norm_chars: int) -> int:
    """Index in ``word`` after its first ``norm_chars`` normalized characters."""
    if norm_chars == 0:
        return 0
    from hadath.text.normalize import normalize_ar
    for k in range(1, len(word) + 1):
        if len(normalize_ar(word[:k])) >= norm_chars:
            # skip marks that belong to the clitic letter
            while k < len(word) and normalize_ar(word[k]) == "":
                k += 1
            return k
    return len(word)
