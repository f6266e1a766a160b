"""Stage ``entities``: names from the actor and place lexicons, grouped per entity.

One pass of the Aho-Corasick matcher (``hadath.lexicons.matcher``) over the normalized
body; overlaps resolve longest-first; a family name alone (``لافروف``) joins the
person whose full name came earlier. Mentions of one lexicon entry form one
``Entity``; the sector is the one valid on the publication date. The dateline's place
and outlet become mentions even when no lexicon has them.

Some ministries are written without their country (``وزارة الخارجية``): their lexicon
row has country ``~``, resolved to the nearest country named before them in the same
sentence, else to the article's home country (dateline, outlet, most named country).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from hadath.lexicons.actors import ActorEntry, load_actors
from hadath.lexicons.facilities import facility_around, load_facility_heads
from hadath.lexicons.matcher import SHORT, Hit, default_matcher
from hadath.lexicons.places import PlaceEntry, load_places
from hadath.model import Article, Entity, Span, renumber_entities
from hadath.text.layout import find_dateline
from hadath.text.normalize import normalize_ar_with_offsets

CONTEXT_COUNTRY = "~"
# a short quoted title: operations, exercises, ships (``"نبع السلام"``, ``"حماة النيل"``)
_QUOTED_TITLE = re.compile(r'["\'«“]([^"\'«»“”\n]{2,40})["\'»”]')


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # original offsets
    end: int
    entry_id: str


class EntityStage:
    name = "entities"
    requires: tuple[str, ...] = ("sentences",)
    assigns = ("entities",)

    def __init__(self) -> None:
        self._actors = load_actors()
        self._places = load_places()
        self._matcher = default_matcher()
        self._facilities = load_facility_heads()

    def __reduce__(self):
        # the lexicons are rebuilt (once) in the receiving process, not pickled
        return (EntityStage, ())

    def entry(self, entry_id: str) -> ActorEntry | PlaceEntry | None:
        return self._actors.get(entry_id) or self._places.get(entry_id)

    def __call__(self, article: Article) -> Article:
        text = article.text
        end = article.body_end if article.body_end is not None else len(text)
        nt = normalize_ar_with_offsets(text[:end])
        hits = _outside_titles(self._matcher.hits(nt.text), nt.text)
        mentions = self._with_facilities(self._resolve(hits), nt.text)
        spans = [(*nt.to_original(m.start, m.end), m.entry_id) for m in mentions]
        entities = self._group(article, spans)
        entities += self._dateline_entities(article, entities)
        kept = [e for e in entities if e.mentions]
        out, _ = renumber_entities(kept)
        return article.with_(entities=article.entities + out if article.entities else out)

    # -- choosing among overlapping and ambiguous matches ------------------------------

    def _resolve(self, hits: list[Hit]) -> list[_Mention]:
        """Non-overlapping mentions, longest first, each with one lexicon entry.

        Full names are chosen first. A family name (a SHORT candidate) counts only when
        its person was named in full before it; then it also wins over a full name of
        someone else spelled the same (``الجعفري`` after ``إبراهيم الجعفري``).
        Between several full names, the one whose country the article names elsewhere
        wins, then the first listed.
        """
        chosen = _longest_first([h for h in hits if any(k != SHORT for _, k in h.candidates)])
        unambiguous = Counter(self._country(h.candidates[0][0]) for h in chosen
                              if len({c for c, k in h.candidates if k != SHORT}) == 1)
        picked: dict[tuple[int, int], str] = {}
        first_seen: dict[str, int] = {}
        for h in chosen:
            ids = [c for c, k in h.candidates if k != SHORT]
            entry_id = ids[0]
            if len(ids) > 1:
                entry_id = max(ids, key=lambda c: (unambiguous.get(self._country(c), 0),
                                                   -ids.index(c)))
            picked[(h.start, h.end)] = entry_id
            first_seen.setdefault(entry_id, h.start)
        taken = sorted(picked)
        for h in sorted((h for h in hits if any(k == SHORT for _, k in h.candidates)),
                        key=lambda h: (h.start, h.start - h.end)):
            ids = [c for c, k in h.candidates if k == SHORT
                   and first_seen.get(c, h.start) < h.start]
            if not ids:
                continue
            span = (h.start, h.end)
            if span in picked:
                picked[span] = ids[0]
            elif not any(s < h.end and h.start < e for s, e in taken):
                picked[span] = ids[0]
                taken.append(span)
        return [_Mention(s, e, eid) for (s, e), eid in sorted(picked.items())]

    def _with_facilities(self, mentions: list[_Mention], norm: str) -> list[_Mention]:
        """A place after a facility head noun becomes the facility (``مطار صنعاء``)."""
        out = []
        for m in mentions:
            entry = self._places.get(m.entry_id)
            fac = facility_around(norm, m.start, m.end, self._facilities) if entry else None
            if fac is None or (entry.kind == "country" and fac.head.type != "ORG"):
                out.append(m)
                continue
            name_en = fac.name_en_template.format(name=entry.name_en)
            out.append(_Mention(fac.start, fac.end,
                                "\t".join(("fac", fac.head.type, name_en, m.entry_id))))
        return out

    def _country(self, entry_id: str) -> str | None:
        e = self.entry(entry_id)
        return e.country if e else None

    # -- building entities ----------------------------------------------------------------

    def _group(self, article: Article, spans: list[tuple[int, int, str]]) -> list[Entity]:
        text = article.text
        by_entry: dict[str, list[Span]] = {}
        for s, e, entry_id in spans:
            by_entry.setdefault(entry_id, []).append(Span(s, e, text[s:e]))
        day = article.published_date
        home = None
        out = []
        for entry_id, ms in by_entry.items():
            if entry_id.startswith("fac\t"):
                _, ftype, name_en, place_id = entry_id.split("\t")
                out.append(Entity(id=entry_id, type=ftype, name=_longest(ms), mentions=tuple(ms),
                                  name_en=name_en, country=self._country(place_id),
                                  origin="lexicon"))
                continue
            entry = self.entry(entry_id)
            country, name_en = entry.country, entry.name_en
            if country == CONTEXT_COUNTRY:
                if home is None:
                    home = self._home_country(article, spans)
                country = self._nearby_country(article, spans, ms[0].start) or home or None
                place = self._places.country(country) if country else None
                name_en = name_en.replace("{country}", place.name_en if place else "").strip()
                name_en = name_en.replace(" ()", "")
            if isinstance(entry, PlaceEntry):
                ent = Entity(id=entry_id, type="LOC", name=_longest(ms), mentions=tuple(ms),
                             name_en=name_en, country=country, geo=entry.geo,
                             origin="lexicon", lexicon_id=entry_id)
            else:
                ent = Entity(id=entry_id, type=entry.type, name=_longest(ms),
                             mentions=tuple(ms), name_en=name_en, country=country,
                             sector=entry.sector_on(day), org=entry.org, origin="lexicon",
                             lexicon_id=entry_id)
            out.append(ent)
        return out

    def _nearby_country(self, article: Article, spans, pos: int) -> str | None:
        sent = article.sentences[article.sentence_of(pos)] if article.sentences else None
        lo = sent.start if sent else 0
        best = None
        for s, _, entry_id in spans:
            if lo <= s < pos:
                c = self._country(entry_id)
                if c and c != CONTEXT_COUNTRY:
                    best = c
        return best

    def _home_country(self, article: Article, spans) -> str:
        dl = find_dateline(article.text) if article.dateline else None
        if dl and "place" in dl:
            for place in self._places.lookup(dl["place"].text):
                if place.country:
                    return place.country
        if article.source:
            for actor in self._actors.lookup(article.source):
                if actor.country:
                    return actor.country
        counts = Counter(self._country(eid) for _, _, eid in spans
                         if isinstance(self.entry(eid), PlaceEntry))
        counts.pop(None, None)
        return counts.most_common(1)[0][0] if counts else ""

    def _dateline_entities(self, article: Article, found: list[Entity]) -> list[Entity]:
        if article.dateline is None:
            return []
        dl = find_dateline(article.text)
        if not dl:
            return []
        text = article.text
        covered = [m for e in found for m in e.mentions]
        out = []
        for part, etype in (("place", "LOC"), ("outlet", "ORG")):
            span = dl.get(part)
            if span is None or not span.text.strip():
                continue
            if any(m.overlaps(span) for m in covered):
                continue
            if etype == "ORG" and not any(ch.isalpha() for ch in span.text):
                continue
            mention = (Span(span.start, span.end, text[span.start:span.end]),)
            known = (self._actors.lookup(span.text) if etype == "ORG"
                     else self._places.lookup(span.text))
            if known:
                entry = known[0]
                out.append(Entity(id=f"dateline-{part}", type=etype, name=span.text,
                                  mentions=mention, name_en=entry.name_en,
                                  country=entry.country, geo=getattr(entry, "geo", None),
                                  sector=(entry.sector_on(article.published_date)
                                          if etype == "ORG" else None),
                                  org=getattr(entry, "org", None), origin="dateline",
                                  lexicon_id=entry.id))
                continue
            out.append(Entity(id=f"dateline-{part}", type=etype, name=span.text,
                              mentions=mention, origin="dateline"))
        return out


def _outside_titles(hits: list[Hit], norm: str) -> list[Hit]:
    """Drop names that are only part of a short quoted title (``"حماة النيل"``).

    Operations, exercises and ships are named after places and are not mentions
    (dev/README.md); a quote that holds nothing but the name is still a mention.
    """
    if '"' not in norm and "'" not in norm:
        return hits
    titles = [m.span(1) for m in _QUOTED_TITLE.finditer(norm) if len(m.group(1).split()) <= 3]
    if not titles:
        return hits
    return [h for h in hits
            if not any(s <= h.start and h.end <= e and (h.start, h.end) != (s, e)
                       for s, e in titles)]


def _longest_first(hits: list[Hit]) -> list[Hit]:
    chosen: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not any(c.start < h.end and h.start < c.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


def _longest(spans: list[Span]) -> str:
    return max(spans, key=lambda s: (len(s.text), -s.start)).text
