"""Acts the newest unseen sets missed at first sight although their words were plain:
talks suspended (تعليق المحادثات), which is a sanction, not a meeting."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text,row", [
    ("أعلن الرئيس التركي أمس تعليق المحادثات الاستكشافية مع اليونان.", ("TUR", "SANCTION", "GRC")),
    ("علقت الحكومة الإثيوبية أمس المحادثات مع مصر بشأن سد النهضة.", ("ETH", "SANCTION", "EGY")),
])
def test_suspended_talks_are_a_sanction_not_a_meeting(pipeline, text, row):
    got = rows(story(pipeline, text, "2021-03-14"))
    assert row in got
    assert (row[0], "CONSULT", row[2]) not in got
