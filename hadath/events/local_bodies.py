"""Generic bodies named bare belong to the story's own country, not to the lexicon's.

The actor lexicon links ``المجلس العسكري`` to Sudan's Transitional Military Council, but
news of any coup writes the same two words for its own junta (Niger, Mali, Burkina Faso).
When such a bare generic name (one the agents table lists as a bare agent, with no
country of its own) is all an entity is ever called, and the lexicon's country is named
nowhere in the story by a place or a nationality adjective, the body is the local one:
its country is the one named last before it in its sentence (``تدخل عسكري محتمل في
النيجر، بعد انقضاء المهلة التي منحوها للمجلس العسكري``), else the story's most
mentioned country. A Sudan story that names Sudan keeps the lexicon's council, whatever
other country a sentence names (the nearest-country rule alone picked Norway there).

The events see the body under its local country, and so the people the name tagger
found and gave the body's country (its general, the president it deposed); the events'
actors then carry no link to the lexicon entity, whose English name names the other
country's body.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.story import country_counts
from hadath.model import Article, Entity, Event
from hadath.text.normalize import normalize_ar
from hadath.text.segment import strip_proclitics


def bare_forms(agents) -> frozenset[str]:
    """The bare generic agents with no country of their own, as normalized phrases."""
    return frozenset(" ".join(a.words) for a in agents if a.bare and not a.country)


def local_bodies(article: Article, forms: frozenset[str], nationalities: dict[str, str]
                 ) -> tuple[Article, frozenset[str]]:
    """The article as the coder sees it, and the ids of the entities given a local country."""
    mentioned = {e.country for e in article.entities if e.type == "LOC" and e.country}
    for tok in article.tokens:
        for _, stem in strip_proclitics(tok.norm):
            if stem in nationalities:
                mentioned.add(nationalities[stem])
                break
    changed: dict[str, Entity] = {}
    for ent in article.entities:
        if ent.type != "ORG" or not ent.country or not ent.lexicon_id \
                or ent.country in mentioned or not ent.mentions \
                or not all(_bare(m.text) in forms for m in ent.mentions):
            continue
        country = _named_before(article, ent, nationalities) or _most_mentioned(article, ent)
        if country and country != ent.country:
            changed[ent.id] = replace(ent, country=country, name_en=None, lexicon_id=None)
    if not changed:
        return article, frozenset()
    moved = {e.country: c.country for e in article.entities if (c := changed.get(e.id))}
    for ent in article.entities:
        if ent.type == "PER" and ent.origin == "model" and ent.country in moved \
                and ent.id not in changed:
            # a name the tagger found took its country from the body (the junta's general)
            changed[ent.id] = replace(ent, country=moved[ent.country])
    entities = tuple(changed.get(e.id, e) for e in article.entities)
    return article.with_(entities=entities), frozenset(k for k, e in changed.items()
                                                       if e.type == "ORG")


def unlinked(events: tuple[Event, ...] | list[Event], ids: frozenset[str]) -> tuple[Event, ...]:
    """The events with actors of the given entities no longer linked to them."""
    if not ids:
        return tuple(events)

    def actor(a):
        if a is None or a.entity not in ids:
            return a
        return replace(a, entity=None, name_en=None)
    return tuple(replace(e, source=actor(e.source), target=tuple(actor(t) for t in e.target))
                 for e in events)


def _bare(text: str) -> str:
    """A mention without its proclitics: للمجلس العسكري, والمجلس العسكري → المجلس العسكري."""
    words = normalize_ar(text).split()
    if not words:
        return ""
    head = words[0]
    if head.startswith("لل"):
        head = "ال" + head[2:]
    elif head[:1] in ("و", "ف", "ب", "ل") and head[1:3] == "ال":
        head = head[1:]
    elif head.startswith(("وال", "فال", "بال")):
        head = head[1:]
    elif not head.startswith("ال") and head.startswith("ل"):
        head = "ال" + head[1:]        # the lexicon's mention may keep ل of لل: لمجلس
    return " ".join([head, *words[1:]])


def _named_before(article: Article, ent: Entity, nationalities: dict[str, str]) -> str | None:
    """The country named last before the body's first mention in its sentence."""
    first = min(m.start for m in ent.mentions)
    sent = article.sentences[article.sentence_of(first)] if article.sentences else None
    lo = sent.start if sent else 0
    dateline_end = article.dateline.end if article.dateline is not None else -1
    best, best_at = None, -1
    for other in article.entities:
        if other.type != "LOC" or not other.country:
            continue
        for m in other.mentions:
            if lo <= m.start < first and m.start >= dateline_end and m.start > best_at:
                best, best_at = other.country, m.start
    for tok in article.tokens:
        if lo <= tok.start < first and tok.start > best_at:
            for _, stem in strip_proclitics(tok.norm):
                if stem in nationalities:
                    best, best_at = nationalities[stem], tok.start
                    break
    return best


def _most_mentioned(article: Article, ent: Entity) -> str | None:
    counts = country_counts(article.with_(entities=tuple(
        e for e in article.entities if e.id != ent.id)), None)
    ranked = counts.ranked()
    return ranked[0] if ranked else None
