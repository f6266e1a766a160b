"""Attacks reported by their own wording (hadath.events.reporting.self_evident and the
``تعرض …… للخطف`` triggers): a bomber blowing himself up, told with a perfect verb, is
one incident even with no date, place, named attacker or dead, and so is an act of
unknown gunmen (``مجهولين اغتالوا``); a long subject between
تعرض and its act still reports the act. Hand-written sentences, with twins that are no
report (a habit, a possibility, a demolition)."""
from __future__ import annotations

import pytest

from tests.test_events import story


def assaults(pipeline, text, published="2008-03-07"):
    art = story(pipeline, text, published)
    return [e for e in art.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "وفجر انتحاري سيارة مفخخة أمام مطعم شمال المدينة.",
    "وقال شهود إن رجلا يرتدي حزاما ناسفا فجر نفسه قرب حاجز للجيش.",
    "وأضاف أن الانتحاريين فجرا نفسيهما قرب القوة المداهمة.",
    "وتعرض قيادي في الحركة هو وكيل وزارة النقل أمس للخطف على أيدي مسلحين في رام الله.",
    # unknown armed men as the doer
    "وقالت الصحيفة إن مجهولين اغتالوا رجل الدين في منزله.",
    "واغتال مسلحون عميد الكلية مع زوجته.",
    "وقال إن ضابطا وجنديا اختطفا من منزليهما على يد مسلحين خلال إجازتهما.",
])
def test_a_bomber_blowing_himself_up_or_a_long_subject_kidnapped_is_reported(pipeline, text):
    assert assaults(pipeline, text)


@pytest.mark.parametrize("text", [
    # a habit in the imperfect
    "وقال الشيخ إن من يفجر نفسه في سوق لا يعرف الدين.",
    # suicide attacks as a kind of act
    "وأدان الوزير العمليات الانتحارية التي تستهدف المدنيين.",
    # a possible kidnapping
    "وقال المسؤول إن القيادي قد يتعرض للخطف إذا عاد إلى رام الله.",
    # gunmen's habit in the imperfect
    "وقال إن المسلحين يقتلون كل من يتعاون مع الحكومة.",
])
def test_a_habit_or_a_possibility_is_no_attack(pipeline, text):
    assert not assaults(pipeline, text)


@pytest.mark.parametrize("text", [
    "وقال الناطق إن الهجوم على القاعدة أدى الى مقتل 12 جنديا على الأقل.",
    "وكان القصف قد تسبب بمقتل خمسة مدنيين في القرية.",
])
def test_a_result_verb_reports_the_dead_of_an_attack(pipeline, text):
    assert assaults(pipeline, text)


@pytest.mark.parametrize("text", [
    "وشنت إسرائيل غارة على القنصلية الإيرانية في دمشق أمس وأدت إلى مقتل قادة في الحرس الثوري.",
    "وجاء ذلك ردا على الغارة الإسرائيلية التي استهدفت القنصلية الإيرانية في دمشق وأدت إلى "
    "مقتل قادة في الحرس الثوري.",
])
def test_the_dead_of_an_attack_told_before_are_no_second_attack(pipeline, text):
    """وأدت إلى مقتل joined to the attack before it counts that attack's dead."""
    found = assaults(pipeline, text)
    assert len(found) == 1 and found[0].source is not None


def test_launching_the_attack_with_the_article_is_an_attack(pipeline):
    """شنوا الهجوم as شنوا هجوما."""
    text = "وقال البيان إن مقاتلي طالبان شنوا الهجوم على الموقع العسكري في ولاية هلمند بسيارة مفخخة."
    assert assaults(pipeline, text)
