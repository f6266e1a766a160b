"""A named person right after a verb joined by و, past a comma, is the verb's subject:
the noun that closed the clause before the comma is no subject of it
(hadath.events.assign._person_after_comma_verb)."""
from __future__ import annotations

import pytest

from hadath.model import Article


def _rows(pipeline, text):
    art = pipeline(Article.from_input({"id": "t", "text": text, "published": "2022-01-20"}))
    key = lambda a: (a.country or a.org) if a is not None else None  # noqa: E731
    return {(key(e.source), e.type, key(t)) for e in art.events for t in e.target}


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("أكد المسؤول أن واشنطن ستعمل على محاسبة الحوثيين، وحذر المبعوث الأممي إلى اليمن "
     "هانس غروندبرغ الحوثيين من مواصلة الهجمات.",
     ("UN", "THREATEN", "YEM"), ("YEM", "THREATEN", "UN")),
    ("أكد المسؤول أن واشنطن ستعمل على محاسبة الحوثيين، وحذر وزير الخارجية الأمريكي "
     "أنتوني بلينكن من أن التصعيد يهدد فرص السلام.",
     None, ("YEM", "THREATEN", "USA")),
])
def test_the_person_after_the_verb_is_its_subject(pipeline, text, wanted, unwanted):
    rows = _rows(pipeline, text)
    if wanted:
        assert wanted in rows, rows
    assert unwanted not in rows, rows
