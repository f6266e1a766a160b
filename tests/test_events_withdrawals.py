"""A withdrawal in a fight is a retreat before the enemy (hadath.events.withdrawals)."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text,row", [
    ("شنت القوات الكينية هجوما على مدينة كيسمايو الصومالية يوم الجمعة. وأعلنت حركة الشباب "
     "أمس انسحاب مقاتليها من المدينة.", ("SOM", "RETREAT", "KEN")),
    ("سيطر تنظيم داعش أمس على بلدة سنجار العراقية بعد انسحاب البيشمركة منها.",
     ("IRQ", "RETREAT", "ISIS")),
])
def test_a_withdrawal_in_a_fight_is_before_the_enemy(pipeline, text, row):
    got = rows(story(pipeline, text, "2014-08-08"))
    assert row in got
    assert (row[0], "RETREAT", row[0]) not in got


def test_a_withdrawal_with_no_fight_keeps_its_target(pipeline):
    got = rows(story(pipeline, "أعلنت الحكومة السودانية أمس انسحابها من الاتفاق مع المعارضة "
                               "السودانية.", "2014-08-08"))
    assert not [r for r in got if r[1] == "RETREAT" and r[2] not in ("SDN", None)]
