"""The country a story is about, from its places, people and nationality adjectives.

Nominal actors without a nationality (``الجيش``, ``المعارضة المسلحة``, ``المتظاهرون``)
belong to it, and acts with an implicit target (a curfew lifted, an attack on ``مواقع``)
are aimed at it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from hadath.model import Article
from hadath.text.segment import strip_proclitics


@dataclass(frozen=True, slots=True)
class CountryCounts:
    """How much an article mentions each country, and where it first does."""
    weight: dict[str, float]
    first: dict[str, int]

    def ranked(self) -> list[str]:
        """Countries, most mentioned first; ties go to the one named first."""
        return sorted(self.weight, key=lambda c: (-self.weight[c], self.first[c]))


def story_share(article: Article, nationalities: dict[str, str] | None = None) -> float:
    """The story country's share of all country mentions (1.0: one country only)."""
    counts = country_counts(article, nationalities)
    total = sum(counts.weight.values())
    return max(counts.weight.values()) / total if total else 0.0


def top_countries(article: Article, nationalities: dict[str, str] | None = None,
                  n: int = 2) -> tuple[str, ...]:
    """The ``n`` most mentioned countries: ``البلدين``, ``الطرفين`` in a story of two."""
    return tuple(country_counts(article, nationalities).ranked()[:n])


def story_country(article: Article, nationalities: dict[str, str] | None = None) -> str | None:
    """The country the story is about: its most mentioned country.

    Places count 1 per mention, 3 in the first sentence or the dateline; people and
    organizations with a country 0.5; nationality adjectives (``السوري``) 1.
    """
    ranked = country_counts(article, nationalities).ranked()
    return ranked[0] if ranked else None


def country_counts(article: Article, nationalities: dict[str, str] | None) -> CountryCounts:
    weight: Counter[str] = Counter()
    first: dict[str, int] = {}
    lead_end = article.sentences[0].end if article.sentences else 0
    for ent in article.entities:
        if not ent.country:
            continue
        for m in ent.mentions:
            if ent.type == "LOC":
                weight[ent.country] += 3 if m.start < lead_end else 1
            else:
                weight[ent.country] += 0.5
            first[ent.country] = min(first.get(ent.country, m.start), m.start)
    if nationalities:
        for tok in article.tokens:
            for _, stem in strip_proclitics(tok.norm):
                country = nationalities.get(stem)
                if country:
                    weight[country] += 1
                    first[country] = min(first.get(country, tok.start), tok.start)
                    break
    return CountryCounts(dict(weight), first)
