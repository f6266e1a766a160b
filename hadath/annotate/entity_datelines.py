"""The entity stage's names from the wire-copy furniture: the dateline and bracketed outlets.

A dateline's place and outlet (``دمشق - سانا:``) become mentions even when no lexicon has
them; an outlet in brackets (``(وات)``, ``(بترا)``) credits the wire copy even when its
name alone is a common word that running text never matches. Both work on the entities
the lexicon pass found and on the stage's lookups (``stage.outlet``, ``stage.places``).
"""
from __future__ import annotations

import re

from hadath.lexicons.actors import load_actors
from hadath.model import Article, Entity, Span
from hadath.ner.romanize import spelling_country
from hadath.text.layout import find_dateline
from hadath.text.normalize import normalize_ar

# words in a dateline's outlet slot that name no outlet (normalized): "agencies",
# "follow-ups", "exclusive", "our correspondent"
_NO_OUTLET = frozenset({"وكالات", "متابعات", "خاص", "مراسلنا", "مراسلون", "وكالات الانباء",
                        "الوكالات"})
# an outlet in brackets or, in the Gulf agencies' style, between slashes: (وات), /بنا/,
# also right after the place (``بغداد/ واع/``) and with its vowel signs (``/العُمانية/``)
_BRACKETED = re.compile(r"(?:\(|(?<=\s)/|(?<=[\u0621-\u064A])/(?=\s))"
                        r"([\u0621-\u0652 ]{2,25})(?:\)|/(?=\s))")


def outlets_in_brackets(stage, article: Article, found: list[Entity], end: int) -> list[Entity]:
    """A news outlet in brackets (``(وات)``, ``(بترا)``, ``/بنا/``) credits the wire copy, even
    when its name alone is a common word that running text never matches."""
    text = article.text
    if "(" not in text[:end] and "/" not in text[:end]:
        return found
    out = list(found)
    for m in _BRACKETED.finditer(text, 0, end):
        name = m.group(1).strip()
        s = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
        e = s + len(name)
        entry = stage.outlet(name)
        if entry is None or entry.sector != "MED" or \
                any(sp.overlaps(Span(s, e, name)) for x in out for sp in x.mentions):
            continue
        span = Span(s, e, name)
        twin = next((x for x in out if x.lexicon_id == entry.id), None)
        if twin is not None:
            out[out.index(twin)] = twin.__class__(**{**_fields(twin),
                                                    "mentions": (*twin.mentions, span)})
            continue
        out.append(Entity(id=entry.id, type="ORG", name=name, mentions=(span,),
                          name_en=entry.name_en,
                          **entry.identity_on(article.published_date, entry.country),
                          origin="lexicon", lexicon_id=entry.id))
    return out

def dateline_entities(stage, article: Article, found: list[Entity]) -> list[Entity]:
    """The dateline's place (LOC) and outlet (ORG), with or without a lexicon entry.

    ``هلسنكي: «الشرق الأوسط»``: an outlet that the matcher took for a region becomes
    the outlet. When neither part is known to a lexicon the line is probably not a
    dateline at all (``عاجل - مصادر:``) and adds nothing.
    """
    if article.dateline is None:
        return found
    dl = find_dateline(article.text)
    if not dl:
        return found
    text = article.text
    place, outlet = dl.get("place"), dl.get("outlet")
    if (place is not None and outlet is not None and not stage.places.lookup(place.text)
            and stage.places.lookup(outlet.text) and stage.outlet(place.text)):
        place, outlet = outlet, place  # written outlet first: ``سبق - الرياض:``
    parts = []
    where = frozenset(p.country for p in stage.places.lookup(place.text) if p.country) \
        if place is not None else frozenset()
    for part, etype, span in (("place", "LOC", place), ("outlet", "ORG", outlet)):
        if span is None or not any(ch.isalnum() for ch in span.text):  # 964 is an outlet
            continue
        if etype == "ORG" and normalize_ar(span.text) in _NO_OUTLET:
            continue  # باكو - وكالات: "agencies", no outlet
        known = (stage.outlet(span.text, where) if etype == "ORG"
                 else next(iter(stage.places.lookup(span.text)), None))
        parts.append((part, etype, span, known))
    covered = {(m.start, m.end): e for e in found for m in e.mentions}
    if not any(entry or (s.start, s.end) in covered for _, _, s, entry in parts):
        return found
    out = list(found)
    for part, etype, span, entry in parts:
        twin = covered.get((span.start, span.end))
        if twin is not None and (twin.type == etype or entry is None):
            continue
        if twin is not None:  # the outlet was matched as a place: it is the outlet
            out.remove(twin)
            rest = tuple(m for m in twin.mentions if (m.start, m.end) != (span.start, span.end))
            if rest:
                out.append(twin.__class__(**{**_fields(twin), "mentions": rest}))
        elif any(m.overlaps(span) for e in out for m in e.mentions):
            continue
        mention = (Span(span.start, span.end, text[span.start:span.end]),)
        if entry is None:
            # an outlet no lexicon knows is at home where its dateline is (الكويت - الجريدة)
            home = next(iter(where)) if etype == "ORG" and len(where) == 1 else None
            out.append(Entity(id=f"dateline-{part}", type=etype, name=span.text,
                              mentions=mention, country=home, origin="dateline"))
            continue
        out.append(Entity(id=f"dateline-{part}", type=etype, name=span.text,
                          mentions=mention, name_en=entry.name_en, country=entry.country,
                          geo=getattr(entry, "geo", None),
                          sector=(entry.sector_on(article.published_date)
                                  if etype == "ORG" else None),
                          org=getattr(entry, "org", None), origin="dateline",
                          lexicon_id=entry.id))
    return out


def _fields(entity: Entity) -> dict:
    return {f: getattr(entity, f) for f in Entity.__dataclass_fields__}


def dateline_country(article: Article, entities) -> str | None:
    """The country the article is written from, for spelling its local names: the
    dateline place's, else the outlet's, where the romanizer knows that country's style
    (``hadath.ner.romanize``). Without a dateline the layout recognizes, a place that
    opens the text (``مقديشو (صونا) -``) or the outlet the input names (``source``)."""
    line = article.dateline
    if line is None:
        opening = [e.country for e in entities if e.type == "LOC" and any(
            m.start == 0 for m in e.mentions) and spelling_country(e.country)]
        if opening:
            return opening[0]
        outlets = [a.country for a in load_actors().lookup(article.source or "")
                   if a.sector == "MED" and spelling_country(a.country)]
        return outlets[0] if len(set(outlets)) == 1 else None
    for etype in ("LOC", "ORG"):
        for ent in entities:
            if ent.type == etype and spelling_country(ent.country) and any(
                    line.start <= m.start < line.end for m in ent.mentions):
                return ent.country
    return None
