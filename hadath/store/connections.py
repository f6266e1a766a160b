"""Where the store's connections come from: one per thread (SQLite) or a pool (PostgreSQL).

The API serves requests on many threads at once. One shared connection would make
every request wait for the one before it (a long ingest would stall every read), and
a DB-API connection is not safe to use from two threads at a time. So each thread
gets its own SQLite connection (WAL mode: readers never block the writer nor each
other; a writer waits for another writer instead of failing), and PostgreSQL
connections are borrowed from a small psycopg_pool pool for one read or one
transaction and handed back. The pool checks a connection before lending it, so a
server that restarted under a long-running ``hadath serve`` costs no failed request.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from typing import Iterator

BUSY_TIMEOUT_S = 30.0   # how long a writer waits for another writer's transaction


class ConnectError(RuntimeError):
    """The database cannot be reached or opened (the message says why)."""


def sqlite_path(url: str) -> str:
    return url[len("sqlite:///"):] if url.startswith("sqlite:///") else url


class SqliteConnections:
    """One SQLite connection per thread, opened on the thread's first use."""

    def __init__(self, url: str):
        self.path = sqlite_path(url)
        parent = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(parent):
            raise ConnectError(f"cannot create database {self.path!r}: folder {parent!r} "
                               "does not exist")
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        self._closed = False
        self._own()   # open one now: a file that is no database fails here, not later

    def _open(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_S)
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as e:
            raise ConnectError(f"{self.path!r} is not a hadath SQLite database ({e})") from None
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        with self._guard:
            self._opened.append(conn)
        return conn

    def _own(self) -> sqlite3.Connection:
        if self._closed:   # as the pool does: no silent reopening after close()
            raise sqlite3.ProgrammingError(f"the store {self.path!r} is closed")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._open()
        return conn

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        yield self._own()

    @property
    def size(self) -> int:
        """Connections opened so far (one per thread that used the store)."""
        return len(self._opened)

    def close(self) -> None:
        self._closed = True
        with self._guard:
            for conn in self._opened:
                conn.close()
            self._opened.clear()
        self._local = threading.local()


class PgPool:
    """A psycopg_pool pool: at least one connection, at most ``max_size``."""

    def __init__(self, url: str, max_size: int, display_url: str):
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ImportError as e:
            raise ConnectError(f"PostgreSQL needs {e.name}: pip install 'hadath[postgres]'") \
                from None
        # one plain connection first: its error says what is wrong (a pool would only
        # time out), and the pool opens only when the server answers
        try:
            psycopg.connect(url, connect_timeout=10).close()
        except psycopg.OperationalError as e:
            raise ConnectError(f"cannot connect to {display_url}: {e}".strip()) from None
        self.pool = ConnectionPool(url, min_size=1, max_size=max(1, max_size),
                                   kwargs={"autocommit": False},
                                   check=ConnectionPool.check_connection,
                                   name="hadath", open=True)

    @contextmanager
    def connection(self) -> Iterator:
        """A connection for one read or transaction: committed when the block ends,
        rolled back when it raises, then handed back to the pool."""
        with self.pool.connection() as conn:
            yield conn

    @property
    def size(self) -> int:
        return self.pool.get_stats().get("pool_size", 0)

    def close(self) -> None:
        self.pool.close()
