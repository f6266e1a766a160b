"""Connections: an SQLite file (the default) or a PostgreSQL server, behind one API.

The rest of the store writes SQL once with ``?`` placeholders; :class:`Database`
turns them into ``%s`` for psycopg. One connection per store, guarded by a lock, is
enough for the CLI and for the API's worker threads (SQLite runs in WAL mode so a
reader in another process never blocks a writer).
"""
from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from hadath.store import schema


class StoreError(RuntimeError):
    """The database cannot be opened or used: says which and what to do."""


def default_url() -> str:
    """``$HADATH_DB`` when set, else ``hadath.db`` in the current directory."""
    return os.environ.get("HADATH_DB") or "hadath.db"


def dialect_of(url: str) -> str:
    return "postgresql" if url.startswith(("postgresql://", "postgres://")) else "sqlite"


class Database:
    """A DB-API connection with its dialect, a lock and the schema brought up to date."""

    def __init__(self, url: str | None = None):
        self.url = url or default_url()
        self.dialect = dialect_of(self.url)
        self.lock = threading.RLock()
        self.conn = self._connect()
        self.migrate()

    def _connect(self):
        if self.dialect == "postgresql":
            try:
                import psycopg
            except ImportError:
                raise StoreError("PostgreSQL needs psycopg: pip install 'hadath[postgres]'") from None
            try:
                return psycopg.connect(self.url, autocommit=False)
            except psycopg.OperationalError as e:
                raise StoreError(f"cannot connect to {redact(self.url)}: {e}".strip()) from None
        path = self.url[len("sqlite:///"):] if self.url.startswith("sqlite:///") else self.url
        parent = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(parent):
            raise StoreError(f"cannot create database {path!r}: folder {parent!r} does not exist")
        try:
            conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{path!r} is not a hadath SQLite database ({e})") from None
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def sql(self, query: str) -> str:
        return query.replace("?", "%s") if self.dialect == "postgresql" else query

    def all(self, query: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self.lock:
            try:
                return self._read(query, params)
            except Exception as e:
                # a server that restarted under a long-running `hadath serve`: reconnect once
                if self.dialect != "postgresql" or not self._connection_lost(e):
                    raise
                self.conn = self._connect()
                return self._read(query, params)

    def _read(self, query: str, params: Sequence[Any]) -> list[tuple]:
        cur = self.conn.execute(self.sql(query), tuple(params))
        rows = cur.fetchall()
        if self.dialect == "postgresql":
            self.conn.rollback()  # end the read transaction; nothing to keep
        return rows

    def _connection_lost(self, error: Exception) -> bool:
        import psycopg
        return isinstance(error, psycopg.OperationalError) and self.conn.closed

    def one(self, query: str, params: Sequence[Any] = ()) -> tuple | None:
        rows = self.all(query, params)
        return rows[0] if rows else None

    @contextmanager
    def transaction(self) -> Iterator["Tx"]:
        """Run writes together: all of them or none."""
        with self.lock:
            if self.dialect == "sqlite":
                self.conn.execute("BEGIN")
            try:
                yield Tx(self)
            except BaseException:
                self.conn.rollback()
                raise
            else:
                self.conn.commit()

    def migrate(self) -> None:
        with self.transaction() as tx:
            tx.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = tx.one("SELECT max(version) FROM schema_version")
            have = row[0] or 0 if row else 0
            if have > schema.SCHEMA_VERSION:
                raise StoreError(f"database {redact(self.url)} has schema version {have}, newer "
                                 f"than this hadath ({schema.SCHEMA_VERSION}); upgrade hadath")
            for version in range(have + 1, schema.SCHEMA_VERSION + 1):
                for statement in schema.render(version, self.dialect):
                    tx.execute(statement)
                tx.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    def optimize(self) -> None:
        """Refresh the planner's statistics after a bulk load (ANALYZE / PRAGMA optimize)."""
        with self.lock:
            if self.dialect == "postgresql":
                self.conn.commit()
                self.conn.autocommit = True
                try:
                    self.conn.execute("ANALYZE")
                finally:
                    self.conn.autocommit = False
            else:
                self.conn.execute("PRAGMA optimize")

    def schema_version(self) -> int:
        return self.one("SELECT max(version) FROM schema_version")[0]

    def close(self) -> None:
        with self.lock:
            self.conn.close()


class Tx:
    """Statements inside one transaction (see :meth:`Database.transaction`)."""

    def __init__(self, db: Database):
        self.db = db

    def execute(self, query: str, params: Sequence[Any] = ()):
        return self.db.conn.execute(self.db.sql(query), tuple(params))

    def many(self, query: str, rows: list[Sequence[Any]]) -> None:
        if rows:
            cur = self.db.conn.cursor()
            cur.executemany(self.db.sql(query), rows)

    def one(self, query: str, params: Sequence[Any] = ()) -> tuple | None:
        return self.execute(query, params).fetchone()

    def insert(self, query: str, params: Sequence[Any]) -> int:
        """Insert one row and return its new primary key."""
        if self.db.dialect == "postgresql":
            return self.execute(query + " RETURNING pk", params).fetchone()[0]
        return self.execute(query, params).lastrowid


    def insert_many(self, query: str, rows: list[Sequence[Any]]) -> list[int]:
        """Insert rows and return their new primary keys, in order.

        PostgreSQL sends them in one batch (psycopg's ``executemany(returning=True)``),
        which matters over a network; SQLite is in-process and inserts row by row."""
        if not rows:
            return []
        if self.db.dialect == "postgresql":
            cur = self.db.conn.cursor()
            cur.executemany(self.db.sql(query + " RETURNING pk"), rows, returning=True)
            pks = []
            while True:
                pks.append(cur.fetchone()[0])
                if not cur.nextset():
                    return pks
        return [self.execute(query, row).lastrowid for row in rows]


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"
    return url
