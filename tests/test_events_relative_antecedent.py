"""A relative clause right after a phrase governed by a preposition (``تضامنا مع الكويت
والأردن اللتين قطعتا``) hangs on that phrase: its members are the clause's doers, not the
main clause's subject; told with a year long before the story, the clause describes them
by their history and is no news."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text, doers, target", [
    ("أعلنت موريتانيا أمس تضامنها مع السعودية والإمارات التي قطعت علاقاتها مع قطر "
     "الأسبوع الماضي.", ("SAU", "ARE"), "QAT"),
    ("خفضت جيبوتي تمثيلها الدبلوماسي لدى قطر، وقوفا مع البحرين ومصر التي قطعت "
     "علاقاتها مع الدوحة.", ("BHR", "EGY"), "QAT"),
])
def test_the_states_a_preposition_governs_do_the_relative_clause(pipeline, text, doers, target):
    got = rows(story(pipeline, text, "2017-06-12"))
    for source in doers:
        assert (source, "SANCTION", target) in got


def test_a_place_after_fi_is_no_antecedent(pipeline):
    got = rows(story(pipeline, "عقد الوزير مؤتمرا صحفيا في القاهرة التي قطعت علاقاتها مع "
                               "الدوحة.", "2017-06-12"))
    assert ("EGY", "SANCTION", "QAT") not in got


def test_a_relative_clause_dated_years_back_is_history(pipeline):
    got = rows(story(pipeline, "ولم يصدر تعليق رسمي عن البحرين التي قطعت علاقاتها مع إيران "
                               "عام 2016.", "2023-04-07"))
    assert ("BHR", "SANCTION", "IRN") not in got
