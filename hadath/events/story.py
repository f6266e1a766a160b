"""The country a story is about, from its places, people and nationality adjectives.

Nominal actors without a nationality (``الجيش``, ``المعارضة المسلحة``, ``المتظاهرون``)
belong to it, and acts with an implicit target (a curfew lifted, an attack on ``مواقع``)
are aimed at it.
"""
from __future__ import annotations

from collections import Counter

from hadath.model import Article
from hadath.text.segment import strip_proclitics


def story_share(article: Article, nationalities: dict[str, str] | None = None) -> float:
    """The story country's share of all country mentions (1.0: one country only)."""
    counts = _country_counts(article, nationalities)
    total = sum(counts.values())
    return max(counts.values()) / total if total else 0.0


def top_countries(article: Article, nationalities: dict[str, str] | None = None,
                  n: int = 2) -> tuple[str, ...]:
    """The ``n`` most mentioned countries: ``البلدين``, ``الطرفين`` in a story of two."""
    counts = _country_counts(article, nationalities)
    ranked = sorted(counts, key=lambda c: (-counts[c], counts.first[c]))
    return tuple(ranked[:n])


def story_country(article: Article, nationalities: dict[str, str] | None = None) -> str | None:
    """The country the story is about: its most mentioned country.

    Places count 1 per mention, 3 in the first sentence or the dateline; people and
    organizations with a country 0.5; nationality adjectives (``السوري``) 1.
    """
    counts = _country_counts(article, nationalities)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -counts.first[c]))


class _Counts(Counter):
    first: dict[str, int]


def _country_counts(article: Article, nationalities: dict[str, str] | None) -> "_Counts":
    counts = _Counts()
    first: dict[str, int] = {}
    counts.first = first
    lead_end = article.sentences[0].end if article.sentences else 0
    for ent in article.entities:
        if not ent.country:
            continue
        for m in ent.mentions:
            if ent.type == "LOC":
                counts[ent.country] += 3 if m.start < lead_end else 1
            else:
                counts[ent.country] += 0.5
            first[ent.country] = min(first.get(ent.country, m.start), m.start)
    if nationalities:
        for tok in article.tokens:
            for _, stem in strip_proclitics(tok.norm):
                country = nationalities.get(stem)
                if country:
                    counts[country] += 1
                    first[country] = min(first.get(country, tok.start), tok.start)
                    break
    return counts
