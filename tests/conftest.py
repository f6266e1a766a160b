"""Shared fixtures: small hand-built articles and the paths of the shared data."""
from __future__ import annotations

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
