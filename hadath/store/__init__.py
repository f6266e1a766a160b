"""The store: articles, entities, quotes and events in SQLite or PostgreSQL.

``open_store(url)`` gives a :class:`Store`; ``url`` is a file path (SQLite, the
default, nothing to start) or ``postgresql://user:pass@host/db`` (psycopg 3, the
``postgres`` extra). Ingest takes SPEC JSON documents and is idempotent; reads return
plain JSON-ready dicts for the CLI, the API and the dashboard alike.
"""
from __future__ import annotations

from hadath.store.backend import StoreError, default_url
from hadath.store.filters import EventFilter
from hadath.store.store import Store, open_store

__all__ = ["EventFilter", "Store", "StoreError", "default_url", "open_store"]
