"""Development aid: give an article the gold entities of its dev-set document.

Stages that come after entity recognition (quotes, events) can be developed and
measured on perfect entities: ``with_gold_entities(article, gold_doc)`` finds every
occurrence of each gold mention (longest first, no overlaps) and returns the article
with those entities. Not used by hadath itself.
"""
from __future__ import annotations

import re

from hadath.model import Article, Entity, Span, renumber_entities


def with_gold_entities(article: Article, gold: dict) -> Article:
    text = article.text
    taken: list[Span] = []
    groups: dict[tuple, list[Span]] = {}
    meta: dict[tuple, dict] = {}
    for g in sorted(gold.get("entities", []), key=lambda e: -len(e["text"])):
        key = (g.get("name_en") or g["text"], g["type"])
        meta.setdefault(key, g)
        for m in re.finditer(re.escape(g["text"]), text):
            span = Span(m.start(), m.end(), m.group())
            if any(span.overlaps(t) for t in taken):
                continue
            taken.append(span)
            groups.setdefault(key, []).append(span)
    ents = []
    for i, (key, spans) in enumerate(groups.items()):
        g = meta[key]
        name = max((s.text for s in spans), key=len)
        ents.append(Entity(id=f"g{i}", type=g["type"], name=name, mentions=tuple(spans),
                           name_en=g.get("name_en"), country=g.get("country"),
                           origin="gold"))
    entities, _ = renumber_entities(ents)
    return article.with_(entities=entities)
