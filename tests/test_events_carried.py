"""Actors a sentence does not name but carries from the story before it (round 9).

An act aimed at an attack told before (help given to it, a demand that it stop) is aimed
at the attack's doer, also when the attack is named by its doer's construct
(``لعمليات التحالف``) or by a pronoun (``مطالبة بوقفها``); not at the country attacked.
"""
from __future__ import annotations

import pytest

from hadath.events.mention_context import witnessed
from hadath.text.segment import tokenize
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


# ``البلدين``/``الطرفان`` stand for the two parties told before: an oblique dual is the
# object of a call (its subject is the clause's own), and a witness of a signing is not
# one of the two that signed.
_BORDER = "اتهمت جيبوتي، الجمعة، الجارة إريتريا بنشر قوات على الحدود المشتركة. "


@pytest.mark.parametrize("call", [
    "من جهته، أعرب رئيس مفوضية الاتحاد الإفريقي موسى فقي محمد عن قلقه البالغ، ودعا البلدين "
    "إلى ضبط النفس.",
    "ودعا الاتحاد الإفريقي البلدين إلى الحوار.",
])
def test_two_countries_called_on_are_the_targets_not_the_callers(pipeline, call):
    got = rows(story(pipeline, _BORDER + call, "2024-03-11"))
    assert ("AU", "REQUEST", "DJI") in got and ("AU", "REQUEST", "ERI") in got
    assert ("DJI", "REQUEST", "ERI") not in got and ("ERI", "REQUEST", "DJI") not in got


def test_a_nominative_dual_after_the_verb_is_still_its_subject(pipeline):
    got = rows(story(pipeline, "وقعت إثيوبيا وإريتريا اتفاقا للسلام في أسمرة. وتعهد البلدان "
                               "بإعادة فتح الحدود.", "2024-03-11"))
    assert ("ETH", "AGREE", "ERI") in got


@pytest.mark.parametrize("text,witness,party", [
    ("ووقع الاتفاق عن الحكومة وزير الإعلام بحضور رئيس الوزراء الإثيوبي كما وقع الطرفان اتفاقا",
     "الاثيوبي", "الحكومه"),
    ("وقعت الحكومة والمعارضة اتفاقا برعاية قطر", "قطر", "المعارضه"),
    ("وقع الطرفان الاتفاق بحضور الوسطاء، وأكدت مصر دعمها", None, "مصر"),
])
def test_a_witness_or_sponsor_of_a_signing_is_not_one_of_its_two_sides(text, witness, party):
    """``بحضور رئيس الوزراء الإثيوبي … كما وقع الطرفان``: the two sides are those who
    signed, never the one in whose presence (or under whose sponsorship) they did."""
    toks = tokenize(text)
    at = {t.norm.lstrip("و"): i for i, t in enumerate(toks)}
    if witness is not None:
        assert witnessed(toks, at[witness])
    assert not witnessed(toks, at[party])     # (past a comma the witness word reaches no one)
