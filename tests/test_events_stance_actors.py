"""Who takes a stance and at whom: the source and target of ACCUSE, REJECT, REQUEST and
SUPPORT rows when word order alone misleads (hadath.events.masdar, hadath.events.assign)."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text, wanted, wrong", [
    # رفض after أكدت … اليوم is the masdar object: its genitive is the one who rejects
    ("المنامة - أكدت وزارة الخارجية اليوم رفض مملكة البحرين القاطع للتصريحات الصادرة عن "
     "وزير الخارجية الإيراني محمد جواد ظريف.", ("BHR", "REJECT", "IRN"), ("BHR", "REJECT", "BHR")),
])
def test_a_masdar_after_an_affirming_verb_takes_its_genitive_as_agent(pipeline, text, wanted,
                                                                     wrong):
    got = rows(story(pipeline, text, "2020-05-05"))
    assert wanted in got
    assert wrong not in got


def test_a_verb_after_that_keeps_the_verb_reading(pipeline):
    """``أكد الوزير أن البحرين رفضت``: with أن, a finite verb and its own subject."""
    got = rows(story(pipeline, "المنامة - أكد وزير الخارجية أن البحرين رفضت التصريحات "
                               "الإيرانية.", "2020-05-05"))
    assert ("BHR", "REJECT", "IRN") in got


@pytest.mark.parametrize("text, wanted, wrong", [
    # the verb act before (استهدف, inside a relative clause) is not whose the stance is
    ("عمان - قال مصدر رسمي إن الحكومة تستنكر الهجوم الذي استهدف سفارة قطر في بيروت، مؤكدا "
     "وقوف الأردن إلى جانب قطر.", ("JOR", "SUPPORT", "QAT"), ("QAT", "SUPPORT", "JOR")),
    ("الجزائر - ندد بيان للخارجية بالتفجير الذي ضرب مطار كابول، مؤكدا وقوف الجزائر إلى جانب "
     "أفغانستان.", ("DZA", "SUPPORT", "AFG"), ("AFG", "SUPPORT", "DZA")),
])
def test_a_state_named_after_an_affirmed_masdar_is_its_agent(pipeline, text, wanted, wrong):
    got = rows(story(pipeline, text, "2020-05-05"))
    assert wanted in got
    assert wrong not in got
