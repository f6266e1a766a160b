"""A state that says it does not (or will not) recognise a decision, a vote or a result
rejects it (hadath/data/triggers.tsv: لا/لن + يعترف/تعترف/نعترف + ب, REJECT), even inside
quotes (إنها "لا تعترف" بقرار …). Hand-written sentences."""
from __future__ import annotations

import pytest

from tests.test_events import story


def rejections(pipeline, text, published="2019-03-12"):
    art = story(pipeline, text, published)
    return [(e.source.key if e.source else None, tuple(t.key for t in e.target))
            for e in art.events if e.type == "REJECT"]


@pytest.mark.parametrize("text,source,target", [
    ('وقالت وزارة الخارجية القطرية في بيان أمس إنها "لا تعترف" بقرار الحكومة البحرينية.',
     "QAT", "BHR"),
    ("وأعلن وزير الخارجية الفرنسي أمس أن فرنسا لا تعترف بالانتخابات التي نظمتها الحكومة "
     "الفنزويلية.", "FRA", "VEN"),
])
def test_not_recognising_a_decision_is_a_rejection(pipeline, text, source, target):
    assert any(s == source and target in t for s, t in rejections(pipeline, text))


@pytest.mark.parametrize("text", [
    # recognising something is no rejection
    "وأعلن وزير الخارجية الفرنسي أمس أن فرنسا تعترف بالحكومة الليبية الجديدة.",
])
def test_recognition_is_not_a_rejection(pipeline, text):
    assert rejections(pipeline, text) == []
