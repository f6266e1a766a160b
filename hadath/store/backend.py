"""The database behind the store: an SQLite file (the default) or a PostgreSQL server.

The rest of the store writes SQL once with ``?`` placeholders; :class:`Database`
turns them into ``%s`` for psycopg. Each read and each transaction runs on a
connection of its own thread (SQLite) or borrowed from a pool (PostgreSQL), see
:mod:`hadath.store.connections`: one store serves the API's worker threads at once,
and a reader never waits for an ingest in progress nor sees half of it.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from hadath.store import schema
from hadath.store.connections import ConnectError, PgPool, SqliteConnections

POOL_SIZE = 8   # PostgreSQL connections at most: requests beyond that wait for one
# unique_violation, serialization_failure, deadlock_detected (SQLite writers never race:
# BEGIN IMMEDIATE makes them take turns)
_CONFLICT_STATES = frozenset({"23505", "40001", "40P01"})


class StoreError(RuntimeError):
    """The database cannot be opened or used: says which and what to do."""


def default_url() -> str:
    """``$HADATH_DB`` when set, else ``hadath.db`` in the current directory."""
    return os.environ.get("HADATH_DB") or "hadath.db"


def dialect_of(url: str) -> str:
    return "postgresql" if url.startswith(("postgresql://", "postgres://")) else "sqlite"


class Database:
    """Connections with their dialect, and the schema brought up to date."""

    def __init__(self, url: str | None = None, *, pool_size: int = POOL_SIZE):
        self.url = url or default_url()
        self.dialect = dialect_of(self.url)
        try:
            self.connections = (PgPool(self.url, pool_size, redact(self.url))
                                if self.dialect == "postgresql"
                                else SqliteConnections(self.url))
        except ConnectError as e:
            raise StoreError(str(e)) from None
        try:
            self.migrate()
        except BaseException:
            self.connections.close()
            raise

    def sql(self, query: str) -> str:
        return query.replace("?", "%s") if self.dialect == "postgresql" else query

    def all(self, query: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self.connections.connection() as conn:
            return conn.execute(self.sql(query), tuple(params)).fetchall()

    def one(self, query: str, params: Sequence[Any] = ()) -> tuple | None:
        rows = self.all(query, params)
        return rows[0] if rows else None

    @contextmanager
    def transaction(self) -> Iterator["Tx"]:
        """Run writes together: all of them or none."""
        with self.connections.connection() as conn:
            if self.dialect == "postgresql":
                yield Tx(self, conn)   # the pool commits, or rolls back on an error
                return
            # IMMEDIATE takes the write lock now: a second writer waits for it here
            # rather than failing when its first write would upgrade a read lock
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield Tx(self, conn)
            except BaseException:
                conn.rollback()
                raise
            else:
                conn.commit()

    def is_write_conflict(self, error: Exception) -> bool:
        """``error`` means a concurrent transaction got there first (a unique key it
        just committed, a serialization failure, a deadlock): running again may work."""
        return getattr(error, "sqlstate", None) in _CONFLICT_STATES

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
        with self.connections.connection() as conn:
            if self.dialect == "postgresql":
                conn.autocommit = True
                try:
                    conn.execute("ANALYZE")
                finally:
                    conn.autocommit = False
            else:
                conn.execute("PRAGMA optimize")

    def schema_version(self) -> int:
        return self.one("SELECT max(version) FROM schema_version")[0]

    def close(self) -> None:
        self.connections.close()


class Tx:
    """Statements inside one transaction (see :meth:`Database.transaction`)."""

    def __init__(self, db: Database, conn):
        self.db = db
        self.conn = conn

    def execute(self, query: str, params: Sequence[Any] = ()):
        return self.conn.execute(self.db.sql(query), tuple(params))

    def many(self, query: str, rows: list[Sequence[Any]]) -> None:
        if rows:
            self.conn.cursor().executemany(self.db.sql(query), rows)

    def one(self, query: str, params: Sequence[Any] = ()) -> tuple | None:
        return self.execute(query, params).fetchone()

    def all(self, query: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.execute(query, params).fetchall()

    def reserve(self, table: str, n: int) -> list[int]:
        """``n`` new primary keys for ``table``, so that rows can name their parents
        before anything is inserted. PostgreSQL draws them from the table's sequence;
        SQLite continues its AUTOINCREMENT counter (safe: the write transaction holds
        the database's write lock, and inserting the keys moves the counter on)."""
        if n == 0:
            return []
        if self.db.dialect == "postgresql":
            return [pk for (pk,) in self.all(
                "SELECT nextval(pg_get_serial_sequence(?, 'pk')) FROM generate_series(1, ?)",
                (table, n))]
        row = self.one("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,))
        start = (row[0] if row else 0) + 1
        return list(range(start, start + n))

    def bulk(self, table: str, columns: Sequence[str], rows: list[Sequence[Any]]) -> None:
        """Insert many rows: ``COPY`` on PostgreSQL (one stream, no statement per row),
        ``executemany`` on SQLite (in-process, no round trips to save)."""
        if not rows:
            return
        names = ", ".join(columns)
        if self.db.dialect == "postgresql":
            with self.conn.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        marks = ", ".join("?" * len(columns))
        self.many(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"
    return url
