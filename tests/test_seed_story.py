"""End to end: the seed SyriaNews story through the full default pipeline.

The story is the first line of ../shared/eval/dev/gold.jsonl, read at run time (it is a
publisher's text and is not part of the repository).
"""
from __future__ import annotations

import pytest


def _rows(article):
    out = {}
    for e in article.events:
        for t in e.target or (None,):
            out.setdefault((e.source.key if e.source else None, e.type, t.key if t else None), e)
    return out


@pytest.fixture(scope="module")
def seed_events(seed_doc, pipeline):
    return _rows(pipeline(seed_doc)), pipeline(seed_doc)


@pytest.mark.parametrize("row, date", [
    (("RUS", "AGREE", "TUR"), "2017-05-04"),
    (("RUS", "AGREE", "IRN"), "2017-05-04"),
    (("RUS", "AGREE", "SYR"), "2017-05-04"),
    (("RUS", "CONSULT", "USA"), "2017-05-10"),
    (("USA", "REQUEST", "RUS"), None),
    (("USA", "AID", "SYR"), None),
    (("RUS", "AID", "SYR"), None),
])
def test_seed_story_events(seed_events, row, date):
    rows, _ = seed_events
    assert row in rows, sorted(rows)
    if date is not None:
        assert rows[row].date == date


def test_seed_story_visit_is_located_in_washington(seed_events):
    rows, article = seed_events
    visit = rows[("RUS", "CONSULT", "USA")]
    assert visit.location is not None
    assert article.entity(visit.location).name_en == "Washington"
