"""The one small interface the CLI and the API use (see :mod:`hadath.store`)."""
from __future__ import annotations

from typing import Iterable

from hadath.store import read, stats
from hadath.store.backend import POOL_SIZE, Database, redact
from hadath.store.filters import EventFilter
from hadath.store.write import BATCH_SIZE, OnError, add_document, add_documents


class Store:
    """Safe to share between threads: each call runs on a connection of its own thread
    (SQLite) or one borrowed from a pool of at most ``pool_size`` (PostgreSQL)."""

    def __init__(self, url: str | None = None, *, pool_size: int = POOL_SIZE):
        self.db = Database(url, pool_size=pool_size)

    @property
    def url(self) -> str:
        return self.db.url

    @property
    def display_url(self) -> str:
        """The URL without its password, for messages and logs."""
        return redact(self.db.url)

    @property
    def dialect(self) -> str:
        return self.db.dialect

    # writing
    def add(self, doc: dict) -> str:
        """Store one SPEC document: ``added``, ``replaced`` or ``duplicate``."""
        return add_document(self.db, doc)

    def add_many(self, docs: Iterable[dict], *, batch_size: int = BATCH_SIZE,
                 on_error: OnError | None = None) -> dict[str, int]:
        """Store documents in batches (one transaction each, see
        :mod:`hadath.store.write`); the tally of statuses. A document that is not
        valid SPEC JSON goes to ``on_error(doc, exc)`` or, without it, raises after
        the documents before it are stored."""
        tally = {"added": 0, "replaced": 0, "duplicate": 0}
        for status in self.add_iter(docs, batch_size=batch_size, on_error=on_error):
            if status is not None:
                tally[status] += 1
        return tally

    def add_iter(self, docs: Iterable[dict], *, batch_size: int = BATCH_SIZE,
                 on_error: OnError | None = None):
        """Like :meth:`add_many`, yielding each document's status (``None`` for one
        given to ``on_error``) as soon as its batch is committed."""
        return add_documents(self.db, docs, batch_size=batch_size, on_error=on_error)

    def optimize(self) -> None:
        """Update query statistics; worth it after ingesting many articles."""
        self.db.optimize()

    # reading
    def events(self, f: EventFilter = EventFilter(), limit: int = 50, offset: int = 0,
               count: bool = True) -> dict:
        return read.events(self.db, f, limit, offset, count)

    def articles(self, f: EventFilter = EventFilter(), limit: int = 20, offset: int = 0) -> dict:
        return read.articles(self.db, f, limit, offset)

    def article(self, doc_id: str) -> dict | None:
        return read.article(self.db, doc_id)

    def counts(self) -> dict:
        return read.counts(self.db)

    def actors(self, f: EventFilter = EventFilter(), limit: int = 100) -> list[dict]:
        return stats.actors(self.db, f, limit)

    def actor(self, key: str, f: EventFilter = EventFilter(), interval: str = "month"):
        return stats.actor(self.db, key, f, interval)

    def places(self, f: EventFilter = EventFilter(), limit: int = 500) -> list[dict]:
        return stats.places(self.db, f, limit)

    def timeseries(self, f: EventFilter = EventFilter(), by: str = "type",
                   interval: str = "month") -> dict:
        return stats.timeseries(self.db, f, by, interval)

    def network(self, f: EventFilter = EventFilter(), limit: int = 60) -> dict:
        return stats.network(self.db, f, limit)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(url: str | None = None, *, pool_size: int = POOL_SIZE) -> Store:
    return Store(url, pool_size=pool_size)
