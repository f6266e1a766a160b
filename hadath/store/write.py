"""Store SPEC documents, many at a time, idempotently.

A story is identified by the hash of its text: the same text ingested twice is stored
once (the second time is reported as ``duplicate``). A document whose id is already
stored with a different text replaces the old version (``replaced``). Events keep the
index they had in the document and the sentence they came from, so every stored event
leads back to its article and sentence.

Documents are written in batches, one transaction each: one query finds which of the
batch's texts and ids are stored already, primary keys are reserved for the whole
batch, and each table gets its rows in one bulk statement (``COPY`` on PostgreSQL,
``executemany`` on SQLite). Per document, that is what costs: a commit (a disk flush)
and a dozen round trips to the server. The outcome is the one of adding the documents
one by one, in order: a document that is not valid SPEC JSON raises (or goes to
``on_error``) after the documents before it are stored, and when the database refuses
a batch, its documents are written again one at a time so the refusal names one.
Two ingests at once (API worker threads, several ``hadath ingest`` processes on one
PostgreSQL) may both find a text new and both insert it; the later one then fails on
the unique key and is simply run again, when it finds the text stored.
"""
from __future__ import annotations

from itertools import count
from typing import Callable, Iterable, Iterator

from hadath.store.backend import Database, Tx
from hadath.store.rows import (ACTOR_COLS, ARTICLE_COLS, ENTITY_COLS, EVENT_COLS,
                               MENTION_COLS, QUOTE_COLS, TIME_COLS, DocRows, actor_key,
                               content_hash, day_of, document_rows)

__all__ = ["BATCH_SIZE", "actor_key", "add_document", "add_documents", "content_hash",
           "day_of", "write_batch"]

BATCH_SIZE = 100
CONFLICT_RETRIES = 5   # each retry follows a commit of a rival writer, so few are needed
OnError = Callable[[dict, Exception], None]


def add_document(db: Database, doc: dict) -> str:
    """Store one SPEC document; returns ``added``, ``replaced`` or ``duplicate``."""
    return next(iter(add_documents(db, [doc])))


def add_documents(db: Database, docs: Iterable[dict], *, batch_size: int = BATCH_SIZE,
                  on_error: OnError | None = None) -> Iterator[str | None]:
    """Store documents in order; yields each one's status once its batch is committed
    (``None`` for a document given to ``on_error``)."""
    batch: list[dict] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from _commit_batch(db, batch, on_error)
            batch = []
    if batch:
        yield from _commit_batch(db, batch, on_error)


def _commit_batch(db: Database, docs: list[dict], on_error: OnError | None) -> list:
    try:
        statuses, invalid = _write_retrying(db, docs, skip_invalid=on_error is not None)
    except Exception as e:
        if len(docs) == 1:
            if on_error is None:
                raise
            on_error(docs[0], e)
            return [None]
        # the database refused the batch (a value of the wrong type, a constraint):
        # one document at a time, the error names its document and the others go in
        return [s for doc in docs for s in _commit_batch(db, [doc], on_error)]
    for doc, error in invalid:   # reported once the documents around them are stored
        if on_error is None:
            raise error
        on_error(doc, error)
    return statuses


def _write_retrying(db: Database, docs: list[dict], *, skip_invalid: bool):
    """One transaction for ``docs``, run again when a concurrent writer committed one
    of their texts or ids between our look-up and our insert: the next look-up sees
    that row, so the document becomes ``duplicate`` or ``replaced`` as it would have
    had the two ingests come one after the other."""
    for attempt in range(CONFLICT_RETRIES + 1):
        try:
            with db.transaction() as tx:
                return write_batch(tx, docs, skip_invalid=skip_invalid)
        except Exception as e:
            if attempt == CONFLICT_RETRIES or not db.is_write_conflict(e):
                raise
    raise AssertionError("unreachable")


def write_batch(tx: Tx, docs: list[dict], *, skip_invalid: bool = False
                ) -> tuple[list, list[tuple[dict, Exception]]]:
    """Write ``docs`` inside ``tx``: their statuses (``None`` for an invalid one) and
    the invalid documents with their errors. Without ``skip_invalid`` the first
    invalid document ends the batch (the documents after it are not written)."""
    plan = _Plan(tx, docs)
    statuses: list = []
    invalid: list[tuple[dict, Exception]] = []
    for doc in docs:
        try:
            rows = document_rows(doc)
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            invalid.append((doc, e))
            if not skip_invalid:
                break
            statuses.append(None)
            continue
        statuses.append(plan.add(rows))
    _delete(tx, plan.deleted)
    _insert(tx, list(plan.pending.values()))
    return statuses, invalid


class _Plan:
    """Which documents to insert and which stored articles to delete, decided in order
    as if each document were added alone."""

    def __init__(self, tx: Tx, docs: list[dict]):
        texts = [content_hash(d["text"]) for d in docs if isinstance(d.get("text"), str)]
        ids = [str(d["id"]) for d in docs if "id" in d]
        self.by_hash: dict[str, object] = {}
        self.by_id: dict[str, object] = {}
        self.hash_of: dict[object, str] = {}
        if texts or ids:
            marks = lambda xs: ", ".join("?" * len(xs))  # noqa: E731
            for pk, doc_id, digest in tx.all(
                    f"SELECT pk, id, content_hash FROM articles WHERE content_hash IN "
                    f"({marks(texts) or 'NULL'}) OR id IN ({marks(ids) or 'NULL'})",
                    [*texts, *ids]):
                self._know(("db", pk), doc_id, digest)
        self.pending: dict[object, DocRows] = {}   # in input order
        self.deleted: list[int] = []
        self._new = count()

    def _know(self, key, doc_id: str, digest: str) -> None:
        self.by_hash[digest] = key
        self.by_id[doc_id] = key
        self.hash_of[key] = digest

    def add(self, rows: DocRows) -> str:
        if rows.digest in self.by_hash:
            return "duplicate"
        old = self.by_id.get(rows.id)
        if old is not None:
            del self.by_hash[self.hash_of.pop(old)]
            if old[0] == "db":
                self.deleted.append(old[1])
            else:
                del self.pending[old]
        key = ("new", next(self._new))
        self._know(key, rows.id, rows.digest)
        self.pending[key] = rows
        return "replaced" if old is not None else "added"


def _delete(tx: Tx, pks: list[int]) -> None:
    if tx.db.dialect == "sqlite":
        tx.many("DELETE FROM article_fts WHERE rowid = ?", [(pk,) for pk in pks])
    tx.many("DELETE FROM articles WHERE pk = ?", [(pk,) for pk in pks])


def _insert(tx: Tx, docs: list[DocRows]) -> None:
    if not docs:
        return
    a_pks = tx.reserve("articles", len(docs))
    e_pks = iter(tx.reserve("entities", sum(len(d.entities) for d in docs)))
    v_pks = iter(tx.reserve("events", sum(len(d.events) for d in docs)))
    articles, fts, entities, mentions, times, quotes, events, actors = ([] for _ in range(8))
    for apk, d in zip(a_pks, docs):
        articles.append((apk, *d.article))
        fts.append((apk, d.terms))
        epks = [next(e_pks) for _ in d.entities]
        entities += [(epk, apk, *row) for epk, row in zip(epks, d.entities)]
        mentions += [(epks[i], apk, *row) for i, *row in d.mentions]
        times += [(apk, *row) for row in d.times]
        quotes += [(apk, *row) for row in d.quotes]
        vpks = [next(v_pks) for _ in d.events]
        events += [(vpk, apk, *row) for vpk, row in zip(vpks, d.events)]
        actors += [(vpks[i], *row) for i, *row in d.actors]
    tx.bulk("articles", ARTICLE_COLS, articles)
    if tx.db.dialect == "sqlite":
        tx.many("INSERT INTO article_fts (rowid, terms) VALUES (?, ?)", fts)
    else:  # one statement: the server turns each article's terms into a tsvector
        tx.execute("INSERT INTO article_fts (article_pk, terms) SELECT pk, to_tsvector("
                   "'simple', terms) FROM unnest(?::integer[], ?::text[]) AS t (pk, terms)",
                   ([pk for pk, _ in fts], [terms for _, terms in fts]))
    tx.bulk("entities", ENTITY_COLS, entities)
    tx.bulk("mentions", MENTION_COLS, mentions)
    tx.bulk("times", TIME_COLS, times)
    tx.bulk("quotes", QUOTE_COLS, quotes)
    tx.bulk("events", EVENT_COLS, events)
    tx.bulk("event_actors", ACTOR_COLS, actors)
