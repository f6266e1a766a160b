"""The article model: one article object, everything else a span over its text.

Every annotation carries character offsets into the original text exactly as it was
given (Python ``str`` indices), so ``article.text[span.start:span.end] == span.text``
always holds. Objects are frozen: a pipeline stage returns a new ``Article`` built
with :meth:`Article.with_` instead of changing the one it got.

``Article.to_dict()`` writes the JSON contract of ``shared/SPEC.md``;
``Article.from_input()`` reads a SPEC input document (and tolerates gold fields).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Iterable

SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "LEG", "JUD", "IGO", "NGO", "MED",
                     "BUS", "CVL", "REL"})
ENTITY_TYPES = frozenset({"PER", "ORG", "LOC"})
TIME_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                "MOBILIZE", "COERCE", "ASSAULT")


class InputError(ValueError):
    """A document that cannot be read: says what is wrong and what to do."""


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text: ``text == article.text[start:end]``."""
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text with its normalized form (see ``hadath.text.normalize``)."""
    start: int
    end: int
    text: str
    norm: str
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Geo:
    lat: float
    lon: float
    geonameid: int | None = None
    kind: str | None = None  # country, capital, city, region, site

    def to_dict(self) -> dict:
        return {"lat": self.lat, "lon": self.lon, "geonameid": self.geonameid, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Entity:
    """A named person, organization or place with all its mentions in the article.

    ``origin`` says which component found it (``lexicon``, ``model``, ``dateline``)
    and ``lexicon_id`` is the id of the dictionary entry it was linked to, if any.
    """
    id: str
    type: str
    name: str
    mentions: tuple[Span, ...]
    name_en: str | None = None
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    geo: Geo | None = None
    origin: str = "lexicon"
    lexicon_id: str | None = None

    @property
    def key(self) -> str | None:
        """The actor key of SPEC.md: country, else org, else None."""
        return self.country or self.org

    def to_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "name": self.name, "name_en": self.name_en,
                "country": self.country, "sector": self.sector, "org": self.org,
                "geo": self.geo.to_dict() if self.geo else None,
                "mentions": [m.to_dict() for m in self.mentions],
                "origin": self.origin}


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None
    type: str = "DATE"

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "value": self.value, "type": self.type}


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None  # entity id
    cue: Span
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "cue": self.cue.to_dict(),
                "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Actor:
    """An event's source or target: a named entity or a nominal (``الجيش السوري``).

    ``span`` is the words in the sentence that name the actor, when known.
    """
    entity: str | None = None
    name_en: str | None = None
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    span: Span | None = None

    @property
    def key(self) -> str | None:
        return self.country or self.org

    def to_dict(self) -> dict:
        out = {"entity": self.entity, "name_en": self.name_en, "country": self.country,
               "sector": self.sector, "org": self.org}
        if self.span is not None:
            out["text"] = self.span.text
        return out


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    mode: str | None
    cameo: str | None
    source: Actor | None
    target: tuple[Actor, ...]
    date: str | None
    location: str | None  # entity id of a LOC
    sentence: int
    trigger: Span
    confidence: float
    # how the date was found: "text" (a time expression of the act's clause or of the
    # same act told nearby) or "story" (the story's lead date, for an act the text does
    # not date); None when there is no date
    date_basis: str | None = None

    def to_dict(self) -> dict:
        return {"type": self.type, "mode": self.mode, "cameo": self.cameo,
                "source": self.source.to_dict() if self.source else None,
                "target": [t.to_dict() for t in self.target],
                "date": self.date, "date_basis": self.date_basis,
                "location": self.location, "sentence": self.sentence,
                "trigger": self.trigger.to_dict(), "confidence": round(self.confidence, 3)}


def _check_date(value: Any, doc_id: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"document {doc_id!r}: 'published' must be a string like 2017-05-13, "
                         f"got {value!r}")
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"document {doc_id!r}: 'published' {value!r} is not an ISO date "
                         f"(write it as YYYY-MM-DD)") from None
    return value[:10]


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = field(default=(), repr=False)
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    # where the body ends: a byline on the last line lies after it
    body_end: int | None = None
    # span of a dateline like "دمشق - سانا:" at the start, if any
    dateline: Span | None = None

    @property
    def published_date(self) -> date | None:
        return date.fromisoformat(self.published) if self.published else None

    def with_(self, **changes: Any) -> "Article":
        return replace(self, **changes)

    def entity(self, entity_id: str | None) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the last one before it otherwise)."""
        found = 0
        for i, s in enumerate(self.sentences):
            if s.start <= offset:
                found = i
            if offset < s.end:
                break
        return found

    def tokens_in(self, start: int, end: int) -> list[Token]:
        return [t for t in self.tokens if t.start >= start and t.end <= end]

    @classmethod
    def from_input(cls, doc: Any, *, default_id: str | None = None) -> "Article":
        """Build an article from a SPEC input object (gold files are valid input)."""
        if not isinstance(doc, dict):
            raise InputError(f"expected a JSON object with 'text', got {type(doc).__name__}")
        doc_id = doc.get("id", default_id)
        if doc_id is None:
            raise InputError("document has no 'id' (add \"id\": \"...\" to each object)")
        doc_id = str(doc_id)
        text = doc.get("text")
        if not isinstance(text, str):
            raise InputError(f"document {doc_id!r}: 'text' is missing or not a string")
        meta = {}
        for key in ("source", "url", "title"):
            val = doc.get(key)
            if val is not None and not isinstance(val, str):
                raise InputError(f"document {doc_id!r}: {key!r} must be a string or null")
            meta[key] = val
        return cls(id=doc_id, text=text, published=_check_date(doc.get("published"), doc_id),
                   **meta)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "published": self.published,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "times": [t.to_dict() for t in self.times],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }


def check_offsets(article: Article) -> list[str]:
    """Every span that does not match the text it claims: empty when all is well."""
    text = article.text
    bad: list[str] = []

    def check(kind: str, start: int, end: int, value: str) -> None:
        if text[start:end] != value:
            bad.append(f"{kind} [{start}:{end}] {value!r} != {text[start:end]!r}")

    for ent in article.entities:
        for m in ent.mentions:
            check(f"entity {ent.id}", m.start, m.end, m.text)
    for t in article.times:
        check("time", t.start, t.end, t.text)
    for q in article.quotes:
        check("quote cue", q.cue.start, q.cue.end, q.cue.text)
        check("quote", q.start, q.end, q.text)
    for ev in article.events:
        check(f"event {ev.type} trigger", ev.trigger.start, ev.trigger.end, ev.trigger.text)
    return bad


def renumber_entities(entities: Iterable[Entity]) -> tuple[tuple[Entity, ...], dict[str, str]]:
    """Give entities ids e1, e2 … in order of first mention; return the old→new id map."""
    ordered = sorted(entities, key=lambda e: (min(m.start for m in e.mentions), e.id))
    mapping: dict[str, str] = {}
    out = []
    for i, ent in enumerate(ordered, 1):
        mapping[ent.id] = f"e{i}"
        out.append(replace(ent, id=f"e{i}",
                           mentions=tuple(sorted(ent.mentions, key=lambda m: m.start))))
    return tuple(out), mapping
