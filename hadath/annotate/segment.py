"""Stage ``segment``: byline, dateline, sentences and tokens."""
from __future__ import annotations

from hadath.model import Article
from hadath.text.layout import find_byline, find_dateline
from hadath.text.segment import split_sentences, tokenize


class Segmenter:
    name = "segment"
    requires: tuple[str, ...] = ()
    assigns = ("sentences", "tokens", "body_end", "dateline", "source")

    def __call__(self, article: Article) -> Article:
        text = article.text
        body_end = len(text)
        source = article.source
        byline = find_byline(text)
        if byline is not None:
            body_end = byline[0]
            source = source or byline[1]
        dl = find_dateline(text)
        sentences = split_sentences(text, 0, body_end)
        tokens = tokenize(text[:body_end], sentences)
        return article.with_(sentences=sentences, tokens=tokens, body_end=body_end,
                             dateline=dl["all"] if dl else None, source=source)
