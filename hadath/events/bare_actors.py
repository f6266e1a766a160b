"""Which state a bare actor word stands for, from what the article named before.

A wire story names an agent once with its country (``الشرطة الإسرائيلية``, ``النظام
السوري``) and later bare (``عناصر الشرطة``, ``قوات النظام``); and the region's press
calls a kingdom ``المملكة`` alone. Falling back to the story's country for these gives
self-targets (``PSE ASSAULT PSE``) and lost visits; the article itself says whose they are.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.words import WordForms
from hadath.model import Article

if TYPE_CHECKING:
    from hadath.events.actors import ActorMention


def named_before(chain: list, country: str | None, memory: dict, sentence: int
                  ) -> tuple[str | None, bool]:
    """``اقتحام الشرطة الإسرائيلية`` … ``أطلقت عناصر الشرطة``, ``هجمات النظام السوري`` …
    ``قصفت قوات النظام``: a bare agent once named with its country keeps that country
    in the rest of the article; it falls back to the story's country only when it was
    never named with one, or with two (the story's own and another's police). Records
    the country of an agent named with one; for one named alone returns the remembered
    country and whether it was named with it in this same sentence (``sentence``: the
    offset of its first token)."""
    keys = [("seen", a.words) for a in chain if a.bare]
    if country is not None:
        for key in keys:
            memory.setdefault(key, set()).add(country)
            memory[("seen in", key[1])] = sentence
        return None, False
    seen = set().union(*(memory.get(key, set()) for key in keys))
    if len(seen) != 1:
        return None, False
    return next(iter(seen)), any(memory.get(("seen in", key[1])) == sentence for key in keys)


# envoy words after which ``المملكة`` is one's own state, read by hadath.events.actors
ENVOY_WORDS = ("سفير", "سفراء", "سفاره", "قنصل")
# states the press of the region calls ``المملكة`` alone
KINGDOMS = frozenset({"SAU", "JOR", "MAR", "BHR"})


def the_kingdom(article: Article, f: WordForms, memory: dict) -> str | None:
    """``في أول زيارة لرئيس إيراني إلى المملكة``, ``ميركل، التي تزور المملكة``: a bare
    ``المملكة`` whose full name the article never wrote before is the kingdom the
    article names most (Saudi Arabia in a Saudi story, Jordan in a Jordanian one), one
    of the states that the region's press calls so; ``None`` for other words, or when
    the article names no such state."""
    if "المملكه" not in f.stem_set:
        return None
    if "kingdom" not in memory:
        counts: dict[str, int] = {}
        for ent in article.entities:
            if ent.country in KINGDOMS:
                counts[ent.country] = counts.get(ent.country, 0) + len(ent.mentions)
        memory["kingdom"] = max(sorted(counts), key=counts.get) if counts else None
    return memory["kingdom"]


def at_home(entities: list[ActorMention], story_country: str | None) -> bool:
    """Is the sentence set in a town, region or the state of the story's country
    (``وشهدت يريفان … احتجاجات أمام مقر الحكومة``)? Then a bare agent is that state's,
    whichever state's agent of that name was named before."""
    return any(m.entity_type == "LOC" and m.key == story_country and m.place_kind in _TOWNS
               for m in entities)


# kinds of named places that set a sentence in a state (not a site such as a mosque)
_TOWNS = frozenset({"country", "capital", "city", "region"})


def lone_army(agent, country: str | None, memory: dict) -> str | None:
    """``اقتحمت قوات الاحتلال البلدة`` … ``أصيب شاب برصاص الجنود``: soldiers named
    without a country are of the one army the article named before; None when it named
    none or several. (Weapons and units are not: ``بمشاركة طائرات من مصر`` names its
    own.) Records the country of each armed force named with one (``agent``: the
    lexicon agent, None for a title)."""
    if agent is None or agent.sector != "MIL":
        return None
    armies = memory.setdefault("armies", set())
    if country is not None:
        armies.add(country)
        return None
    return next(iter(armies)) if len(armies) == 1 and agent.words in SOLDIERS else None


# the bare words for soldiers that lone_army reads
SOLDIERS = frozenset({("الجنود",), ("جنود",)})
