"""Actors a sentence does not name but carries from the story before it (round 9).

An act aimed at an attack told before (help given to it, a demand that it stop) is aimed
at the attack's doer, also when the attack is named by its doer's construct
(``لعمليات التحالف``) or by a pronoun (``مطالبة بوقفها``); not at the country attacked.
"""
from __future__ import annotations

import pytest

from tests.test_events import rows, story

# a war story told from the attacked country: its own side threatens back, so the
# story's country is a party, and a stance naming no one falls to the story's country
_STRIKES = ("عدن - سبأ: شنت طائرات التحالف بقيادة السعودية غارات على مواقع الحوثيين في "
            "صنعاء فجر اليوم، ما أسفر عن مقتل عشرة من عناصر الجماعة في اليمن. ")
_ANSWER = " وهدد قيادي في جماعة الحوثيين بالرد على العدوان."


@pytest.mark.parametrize("text,row,wrong", [
    ("وأعلنت الولايات المتحدة تقديم دعم استخباراتي لعمليات التحالف.",
     ("USA", "AID", "SAU"), ("USA", "AID", "YEM")),
    ("وقدمت بريطانيا دعما لوجستيا لغارات التحالف.",
     ("GBR", "AID", "SAU"), ("GBR", "AID", "YEM")),
])
def test_help_to_an_operation_named_by_its_doer_goes_to_the_doer(pipeline, text, row, wrong):
    got = rows(story(pipeline, _STRIKES + text + _ANSWER, "2015-03-26"))
    assert row in got
    assert wrong not in got


def test_help_to_a_peace_process_is_not_help_to_the_attacker(pipeline):
    got = rows(story(pipeline, _STRIKES + "وأعلنت الولايات المتحدة دعمها لعملية السلام في "
                               "اليمن." + _ANSWER, "2015-03-26"))
    assert not any(r[0] == "USA" and r[2] == "SAU" for r in got)


@pytest.mark.parametrize("text,row,wrong", [
    ("في المقابل، دانت تركيا العملية، ووصفتها المتحدثة باسم وزارة الخارجية التركية ليلى "
     "أوزدمير بأنها \"تصعيد خطير\"، مطالبة بوقفها فورا.",
     ("TUR", "REQUEST", "SAU"), ("TUR", "REQUEST", "YEM")),
    ("وأدانت الجزائر الغارات، وطالبت بإيقافها.",
     ("DZA", "REQUEST", "SAU"), ("DZA", "REQUEST", "YEM")),
])
def test_a_demand_to_halt_it_is_made_of_the_attacker(pipeline, text, row, wrong):
    got = rows(story(pipeline, _STRIKES + text + _ANSWER, "2015-03-26"))
    assert row in got
    assert wrong not in got
