"""An act told "during the meeting" took place on the day of the meeting told before."""
from __future__ import annotations

import pytest

from tests.test_events import code

JORDAN = ("الأردن", "LOC", "JOR", None)
KING = ("الملك عبد الله الثاني", "PER", "JOR", None)
ABBAS = ("محمود عباس", "PER", "PSE", None)
PALESTINE = ("فلسطين", "LOC", "PSE", None)


@pytest.mark.parametrize("during, day", [
    ("خلال الاجتماع", "2019-04-14"),        # the meeting of the sentence before: Sunday
    ("في ختام الاجتماع", "2019-04-14"),
    ("على هامش القمة", "2019-04-14"),
    ("في كلمة ألقاها", "2019-04-15"),        # no meeting named back: the story's day
])
def test_what_was_said_at_the_meeting_takes_its_day(stage, during, day):
    text = ("تواصلت الاحتجاجات اليوم الاثنين في رام الله، فيما استقبل الملك عبد الله الثاني "
            "أمس الأحد في عمان الرئيس محمود عباس.\n"
            f"وأكد الملك عبد الله الثاني {during} دعم الأردن الكامل لفلسطين.")
    art = code(stage, text, [KING, ABBAS, JORDAN, PALESTINE], published="2019-04-15",
               times=True)
    support = [e.date for e in art.events if e.type == "SUPPORT"]
    assert support == [day]


def test_a_call_told_as_background_is_not_the_meeting(stage):
    text = ("تواصلت الاحتجاجات اليوم الاثنين في رام الله، فيما وصل الرئيس محمود عباس إلى عمان.\n"
            "وكان الملك عبد الله الثاني قد أجرى أمس الأحد اتصالا هاتفيا مع الرئيس محمود عباس.\n"
            "وأكد الملك عبد الله الثاني في ختام الاجتماع دعم الأردن الكامل لفلسطين.")
    art = code(stage, text, [KING, ABBAS, JORDAN, PALESTINE], published="2019-04-15",
               times=True)
    assert [e.date for e in art.events if e.type == "SUPPORT"] != ["2019-04-14"]
