"""One schema, two dialects, versioned migrations.

Each migration is a version number with the statements that bring a database from the
previous version to it, written once and rendered for SQLite or PostgreSQL by
:func:`render` (the only differences are the auto-increment key type and how
full-text search is indexed). ``schema_version`` records what a database has, so
opening an older file upgrades it in place and opening a current one does nothing.
"""
from __future__ import annotations

# {pk}: auto-increment primary key; {json}: a JSON document stored as text.
# event_actors repeats its event's type and day so that an actor filter combined with a
# type or a date range is answered from one index. The PostgreSQL GIN index does without
# its pending list (fastupdate off): ingest pays a little, searches stay fast right away.
_V1_TABLES = """
CREATE TABLE articles (
    pk {pk},
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    published TEXT,
    source TEXT,
    url TEXT,
    title TEXT,
    text TEXT NOT NULL,
    sentences {json} NOT NULL,
    n_events INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE TABLE entities (
    pk {pk},
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    name_en TEXT,
    country TEXT,
    sector TEXT,
    org TEXT,
    actor_key TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    geonameid BIGINT,
    geo_kind TEXT,
    origin TEXT,
    UNIQUE (article_pk, eid)
);
CREATE INDEX entities_key ON entities (actor_key);
CREATE TABLE mentions (
    pk {pk},
    entity_pk INTEGER NOT NULL REFERENCES entities (pk) ON DELETE CASCADE,
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    start_off INTEGER NOT NULL,
    end_off INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_pk);
CREATE INDEX mentions_entity ON mentions (entity_pk);
CREATE TABLE times (
    pk {pk},
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    start_off INTEGER NOT NULL,
    end_off INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    type TEXT
);
CREATE INDEX times_article ON times (article_pk);
CREATE TABLE quotes (
    pk {pk},
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    speaker_eid TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text TEXT,
    start_off INTEGER NOT NULL,
    end_off INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_pk);
CREATE TABLE events (
    pk {pk},
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    date TEXT,
    day TEXT,
    sentence INTEGER,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text TEXT,
    confidence DOUBLE PRECISION,
    source_key TEXT,
    source_name TEXT,
    location_eid TEXT,
    place TEXT,
    place_en TEXT,
    country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION
);
CREATE INDEX events_article ON events (article_pk);
CREATE INDEX events_type_day ON events (type, day);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_source_day ON events (source_key, day);
CREATE INDEX events_country_day ON events (country, day);
CREATE INDEX events_place ON events (place_en);
CREATE TABLE event_actors (
    pk {pk},
    event_pk INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    role TEXT NOT NULL,
    type TEXT NOT NULL,
    day TEXT,
    entity_eid TEXT,
    name_en TEXT,
    text TEXT,
    country TEXT,
    sector TEXT,
    org TEXT,
    actor_key TEXT
);
CREATE INDEX event_actors_event ON event_actors (event_pk);
CREATE INDEX event_actors_key_day ON event_actors (actor_key, day, event_pk);
CREATE INDEX event_actors_key_type_day ON event_actors (actor_key, type, day, event_pk);
"""

_V1_FTS = {
    "sqlite": "CREATE VIRTUAL TABLE article_fts USING fts5(terms, "
              "tokenize='unicode61 remove_diacritics 0');",
    "postgresql": "CREATE TABLE article_fts (article_pk INTEGER PRIMARY KEY REFERENCES "
                  "articles (pk) ON DELETE CASCADE, terms TSVECTOR NOT NULL);\n"
                  "CREATE INDEX article_fts_terms ON article_fts USING GIN (terms) "
                  "WITH (fastupdate = off);",
}

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "json": "TEXT"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "json": "TEXT"},
}


def _v1(dialect: str) -> list[str]:
    sql = _V1_TABLES.format(**_TYPES[dialect]) + _V1_FTS[dialect]
    return [s.strip() for s in sql.split(";") if s.strip()]


# version -> statements for a dialect; append new versions, never edit old ones
MIGRATIONS = {1: _v1}
SCHEMA_VERSION = max(MIGRATIONS)


def render(version: int, dialect: str) -> list[str]:
    """The statements of migration ``version`` for ``dialect`` (sqlite, postgresql)."""
    return MIGRATIONS[version](dialect)
