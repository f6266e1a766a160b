"""Story de-duplication: one wire story printed by many outlets counts as one story.

Two steps, as in news-archive practice:

1. **Exact repeats** (the same text, up to letter variants, diacritics, digits and
   spacing) share a content hash (:func:`content_hash`); they are not extracted again.
2. **Near duplicates** (a reprint with a changed headline line, a byline, a few
   words cut) are found with MinHash LSH (datasketch) over word shingles of the
   normalized text; candidate pairs are confirmed by their estimated Jaccard
   similarity, and pairs join into story groups (union-find).

Within a story group the events are merged: events with the same type, source actor
and target actors are one event, with counts in the manner of GDELT's
``NumMentions`` (event records in all the group's articles), ``NumSources``
(distinct outlets) and ``NumArticles`` (distinct articles). Every copy counts, exact
repeats included: a story printed by four outlets is one event with four articles.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

import orjson

from hadath.text.normalize import normalize_ar

_WORD = re.compile(r"\w+")


def words_of(text: str) -> list[str]:
    """Normalized words: the text a reprint keeps even when it changes its spelling."""
    return _WORD.findall(normalize_ar(text))


def content_hash(text: str) -> str:
    return hashlib.sha1(" ".join(words_of(text)).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = 3) -> set[str]:
    """Word k-shingles of the normalized text (the whole text when it is shorter)."""
    words = words_of(text)
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def minhash_signature(text: str, num_perm: int = 128, shingle_words: int = 3) -> list[int]:
    """The MinHash values of the text's shingles: what the story grouping compares.
    Computed where the text is (a Spark executor), so that only these numbers travel."""
    from datasketch import MinHash

    mh = MinHash(num_perm=num_perm)
    mh.update_batch([s.encode("utf-8") for s in shingles(text, shingle_words)])
    return [int(v) for v in mh.hashvalues]


@dataclass(frozen=True, slots=True)
class StoryGroup:
    story: str                       # id of the group's first article
    articles: tuple[str, ...]        # every article of the story, in input order
    exact_duplicates: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"story": self.story, "articles": list(self.articles),
                "num_articles": len(self.articles),
                "exact_duplicates": list(self.exact_duplicates)}


@dataclass(frozen=True, slots=True)
class MergedEvent:
    story: str
    type: str
    cameo: str | None
    mode: str | None
    source: dict | None
    target: tuple[dict, ...]
    date: str | None
    num_mentions: int
    num_sources: int
    num_articles: int
    articles: tuple[str, ...]
    sources: tuple[str, ...]

    @property
    def event_id(self) -> str:
        key = orjson.dumps([self.story, self.type, _actor_key(self.source),
                            [_actor_key(t) for t in self.target]])
        return hashlib.sha1(key).hexdigest()[:16]

    def to_dict(self) -> dict:
        return {"event_id": self.event_id, "story": self.story, "type": self.type,
                "cameo": self.cameo, "mode": self.mode, "source": self.source,
                "target": list(self.target), "date": self.date,
                "NumMentions": self.num_mentions, "NumSources": self.num_sources,
                "NumArticles": self.num_articles, "articles": list(self.articles),
                "sources": list(self.sources)}


def _actor_key(actor: dict | None) -> str | None:
    if not actor:
        return None
    return actor.get("country") or actor.get("org") or actor.get("name_en") or actor.get("text")


@dataclass
class _Doc:
    n: int          # position in the input: ids need not be unique across an archive
    id: str
    source: str
    events: list[dict]


@dataclass
class StoryDeduper:
    """Feed SPEC output objects one by one (:meth:`add`), then read :meth:`groups` and
    :meth:`merged_events`. Keeps one MinHash per article, never the texts."""
    threshold: float = 0.5
    num_perm: int = 128
    shingle_words: int = 3
    _docs: list[_Doc] = field(default_factory=list)
    _index: dict[str, int] = field(default_factory=dict)
    _parent: list[int] = field(default_factory=list)
    _by_hash: dict[str, int] = field(default_factory=dict)
    _exact: set[int] = field(default_factory=set)
    _lsh: object = None
    _hashes: dict[int, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH
        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)

    def _new(self, doc_id: str, source: str | None, events: list[dict]) -> int:
        n = len(self._docs)
        self._docs.append(_Doc(n, doc_id, source or doc_id, events))
        self._index.setdefault(doc_id, n)
        self._parent.append(n)
        return n

    def add(self, doc: dict) -> None:
        """Add one extracted article (a SPEC output object with ``text``)."""
        text = doc.get("text") or ""
        key = content_hash(text)
        signature = None if key in self._by_hash else \
            minhash_signature(text, self.num_perm, self.shingle_words)
        self.add_hashed(str(doc["id"]), doc.get("source"), list(doc.get("events") or ()),
                        key, signature)

    def add_hashed(self, doc_id: str, source: str | None, events: list[dict], key: str,
                   signature: list[int] | None) -> None:
        """Add an article known by its :func:`content_hash` and
        :func:`minhash_signature` (computed elsewhere, e.g. on a Spark executor)."""
        import numpy as np
        from datasketch import MinHash

        n = self._new(doc_id, source, events)
        if key in self._by_hash:
            self._exact.add(n)
            self._union(self._by_hash[key], n)
            return
        self._by_hash[key] = n
        mh = MinHash(num_perm=self.num_perm)
        # set, not passed: datasketch 2 wants the hashing scheme named when passed
        mh.hashvalues = np.asarray(signature, dtype=mh.hashvalues.dtype)
        for other in self._lsh.query(mh):
            if mh.jaccard(self._hashes[other]) >= self.threshold:
                self._union(other, n)
        self._lsh.insert(n, mh)
        self._hashes[n] = mh

    def add_duplicate(self, doc_id: str, of_id: str, source: str | None) -> None:
        """An exact repeat of an article already added, known without its text."""
        first = self._index.get(of_id)
        if first is None:   # the first copy could not be extracted: a story of its own
            self._new(doc_id, source, [])
            return
        # the same text has the same byline: without a source of its own, a copy
        # counts under the outlet the first copy names
        n = self._new(doc_id, source or self._docs[first].source, self._docs[first].events)
        self._exact.add(n)
        self._union(first, n)

    def _find(self, n: int) -> int:
        while self._parent[n] != n:
            self._parent[n] = self._parent[self._parent[n]]
            n = self._parent[n]
        return n

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)   # the earliest article names the story

    def _members(self) -> dict[int, list[int]]:
        groups: dict[int, list[int]] = {}
        for n in range(len(self._docs)):
            groups.setdefault(self._find(n), []).append(n)
        return groups

    def groups(self) -> list[StoryGroup]:
        return [StoryGroup(self._docs[root].id, tuple(self._docs[m].id for m in members),
                           tuple(self._docs[m].id for m in members if m in self._exact))
                for root, members in sorted(self._members().items())]

    def merged_events(self) -> list[MergedEvent]:
        out: list[MergedEvent] = []
        for root, members in sorted(self._members().items()):
            out.extend(_merge_group(self._docs[root].id, [self._docs[m] for m in members]))
        return out


def _merge_group(story: str, docs: list[_Doc]) -> list[MergedEvent]:
    by_key: dict[tuple, list[tuple[_Doc, dict]]] = {}
    for doc in docs:
        for ev in doc.events:
            key = (ev.get("type"), _actor_key(ev.get("source")),
                   tuple(sorted(str(_actor_key(t)) for t in ev.get("target") or ())))
            by_key.setdefault(key, []).append((doc, ev))
    merged = []
    for (etype, _, _), mentions in by_key.items():
        first = mentions[0][1]
        dates = Counter(ev.get("date") for _, ev in mentions if ev.get("date"))
        # the date most copies agree on; ties go to the earliest
        date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
        copies = {d.n: d.id for d, _ in mentions}
        sources = tuple(dict.fromkeys(d.source for d, _ in mentions))
        merged.append(MergedEvent(story, etype, first.get("cameo"), first.get("mode"),
                                  first.get("source"), tuple(first.get("target") or ()),
                                  date, len(mentions), len(sources), len(copies),
                                  tuple(copies.values()), sources))
    return merged


@dataclass(frozen=True)
class DedupResult:
    groups: tuple[StoryGroup, ...]
    events: tuple[MergedEvent, ...]

    @property
    def exact_duplicates(self) -> int:
        return sum(len(g.exact_duplicates) for g in self.groups)


def dedup_stories(docs: Iterable[dict], *, threshold: float = 0.5,
                  num_perm: int = 128) -> DedupResult:
    """Group extracted articles into stories and merge each story's events."""
    deduper = StoryDeduper(threshold=threshold, num_perm=num_perm)
    for doc in docs:
        deduper.add(doc)
    return DedupResult(tuple(deduper.groups()), tuple(deduper.merged_events()))


def dedup_batch_output(out_dir: str, records, fmt: str) -> int:
    """Write ``stories.jsonl`` and ``events.jsonl`` for a finished batch run; return
    the number of stories."""
    from hadath.scale.batch import read_batch_output
    from hadath.scale.manifest import write_atomic

    deduper = StoryDeduper()
    for doc in read_batch_output(out_dir):
        deduper.add(doc)
    for record in records:
        for dup_id, of_id, source in record.duplicates:
            deduper.add_duplicate(dup_id, of_id, source)
    groups = deduper.groups()
    write_atomic(os.path.join(out_dir, "stories.jsonl"),
                 b"".join(orjson.dumps(g.to_dict()) + b"\n" for g in groups))
    write_atomic(os.path.join(out_dir, "events.jsonl"),
                 b"".join(orjson.dumps(e.to_dict()) + b"\n" for e in deduper.merged_events()))
    return len(groups)
