"""Stage ``events``: PLOVER events (source, type, target, date, location) per sentence.

Rules and lexicons, no model: see :mod:`hadath.events` for the parts. It uses the
entities, times and quotes of earlier stages when present, and runs on segmented text
alone too (then only nominal actors such as ``الجيش السوري`` can be sources).
"""
from __future__ import annotations

from hadath.events.coder import EventCoder
from hadath.events.lexicons import EventLexicons
from hadath.model import Article


class EventStage:
    name = "events"
    requires: tuple[str, ...] = ("sentences", "tokens")
    assigns = ("events",)

    def __init__(self, lexicons: EventLexicons | None = None):
        self.coder = EventCoder(lexicons or EventLexicons.load())

    def __call__(self, article: Article) -> Article:
        return article.with_(events=self.coder.code(article))
