"""The one a causative verb drives to an act does it: ``ما دفع X إلى اتهام Y`` is X
accusing Y, not Y (the genitive of the masdar) accusing X."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text,row", [
    ("واخترقت طائرة تركية الأجواء، ما دفع قيادة الجيش اليوناني إلى اتهام تركيا بانتهاك "
     "السيادة.", ("GRC", "ACCUSE", "TUR")),
    ("وقصفت المدفعية مواقع حدودية، ما دفع الحكومة الأرمينية إلى اتهام أذربيجان بخرق "
     "الهدنة.", ("ARM", "ACCUSE", "AZE")),
])
def test_the_one_driven_to_the_act_is_its_doer(pipeline, text, row):
    got = rows(story(pipeline, text, "2024-03-11"))
    assert row in got
    assert (row[2], row[1], row[0]) not in got
