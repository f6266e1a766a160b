"""Shared fixtures: small hand-built articles and the paths of the shared data."""
from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("HADATH_SHARED", ROOT.parent / "shared"))
DEV_GOLD = SHARED / "eval" / "dev" / "gold.jsonl"


@pytest.fixture(scope="session")
def dev_gold() -> list[dict]:
    if not DEV_GOLD.exists():
        pytest.skip(f"shared dev set not found at {DEV_GOLD}")
    return [json.loads(line) for line in DEV_GOLD.open(encoding="utf-8") if line.strip()]


@pytest.fixture(scope="session")
def seed_doc(dev_gold) -> dict:
    return next(d for d in dev_gold if d["id"] == "seed-syrianews-lavrov")


@pytest.fixture(scope="session")
def pipeline():
    from hadath.pipeline import Pipeline
    return Pipeline.default()


@pytest.fixture(scope="session")
def stage():
    """The events stage alone: tests.test_events.code runs it on a text with the
    entities a test names, so a rule is tested apart from entity finding."""
    from hadath.annotate.events import EventStage
    return EventStage()


# --- store, API and dashboard fixtures -------------------------------------------------

@pytest.fixture(scope="session")
def spec_documents() -> list[dict]:
    """Hand-written SPEC output documents (see tests/spec_docs.py)."""
    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from spec_docs import spec_docs
    return spec_docs()


def _pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    # synchronous_commit off: the tests need no durability, and it saves an fsync a commit
    return f"{base}{sep}options=-csearch_path%3D{schema}%20-csynchronous_commit%3Doff"


@contextlib.contextmanager
def _fresh_db(kind: str, folder: Path):
    """A fresh, empty database URL: an SQLite file, or a new schema on the test
    PostgreSQL server named by $HADATH_TEST_PG (.ci/run starts one and sets it)."""
    if kind == "sqlite":
        yield str(folder / "hadath.db")
        return
    base = os.environ.get("HADATH_TEST_PG")
    if not base:
        pytest.skip("HADATH_TEST_PG is not set (.ci/run sets it to a real PostgreSQL server)")
    import uuid
    import psycopg
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _pg_schema_url(base, schema)
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """An empty database for one test, on each backend."""
    with _fresh_db(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def filled_store(request, tmp_path_factory, spec_documents):
    """A store holding the test documents, shared by a module's read-only tests."""
    from hadath.store import open_store
    with _fresh_db(request.param, tmp_path_factory.mktemp("store")) as url:
        store = open_store(url)
        for doc in spec_documents:
            store.add(doc)
        yield store
        store.close()
