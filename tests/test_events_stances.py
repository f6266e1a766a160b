"""Stances: a rejection of ``أي تدخل`` (any act of a kind, not yet done) is aimed at no
one, so no story actor is filled in as its target; a rejection of another's act named by
a masdar and a nationality adjective (``الاتهامات المغربية``) targets that nation."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text", [
    "نيامي - وكالات: أعلنت إيكواس تفعيل قوتها في النيجر. ومن جهتها، جددت الجزائر رفضها "
    "لأي تدخل عسكري في المنطقة.",
    'القاهرة - وكالات: التقى الرئيس المصري نظيره العراقي في بغداد، وشدد على رفض بلاده '
    '"أي تدخل خارجي" في الشؤون العربية.',
])
def test_rejecting_any_intervention_targets_no_one(pipeline, text):
    assert not any(t == "REJECT" for _, t, _ in rows(story(pipeline, text, "2023-08-11")))


def test_rejecting_a_reconciliation_under_way_is_still_coded(pipeline):
    got = rows(story(pipeline, "أعلن مكتب رئيس الوزراء الإسرائيلي أن إسرائيل ترفض أي مصالحة "
                               "بين حماس وفتح.", "2017-10-05"))
    assert ("ISR", "REJECT", "PSE") in got


@pytest.mark.parametrize("text, wanted", [
    ("رفضت الجزائر أمس الاتهامات المغربية.", ("DZA", "REJECT", "MAR")),
    ("رفضت مصر أمس الاتهامات الإثيوبية.", ("EGY", "REJECT", "ETH")),
])
def test_rejected_accusations_target_their_makers(pipeline, text, wanted):
    got = rows(story(pipeline, text, "2021-08-25"))
    assert wanted in got
    assert (wanted[0], "REJECT", wanted[0]) not in got


def test_a_leader_attacking_the_government_criticizes_it(pipeline):
    """``هاجم زعيم المعارضة … الحكم``: words, not arms."""
    got = rows(story(pipeline, "أنقرة - وفي الداخل، هاجم زعيم حزب الشعب الجمهوري كمال كليجدار "
                               "أوغلو الحكم، متهما الحكومة بتحويل القضاء إلى أداة لتصفية "
                               "المعارضين.", "2022-04-26"))
    assert ("TUR", "ACCUSE", "TUR") in got
    assert not any(t == "ASSAULT" for _, t, _ in got)


def test_praise_of_what_one_called_the_decision_targets_its_maker(pipeline):
    got = rows(story(pipeline, "طهران - أعلن الرئيس الأمريكي أمس انسحاب الولايات المتحدة من "
                               "الاتفاق النووي مع إيران، وإعادة فرض العقوبات على طهران. "
                               "وقالت إيران إنها سترد. وفي المقابل، أشاد رئيس الوزراء "
                               'الإسرائيلي بنيامين نتنياهو بما وصفه بـ"القرار الشجاع".',
                     "2018-05-09"))
    assert ("ISR", "SUPPORT", "USA") in got
    assert ("ISR", "SUPPORT", "IRN") not in got


def test_a_firm_rejection_of_any_interference_targets_no_one(pipeline):
    got = rows(story(pipeline, 'الجزائر - أوضح بيان للرئاسة أن الجزائر "ترفض رفضا قاطعا أي تدخل '
                               'في شؤونها الداخلية".', "2021-10-03"))
    assert not any(t == "REJECT" for _, t, _ in got)


def test_rejecting_any_international_inquiry_targets_no_one(pipeline):
    got = rows(story(pipeline, "بيروت - أوقفت الأجهزة القضائية 19 شخصا، فيما رفض الرئيس اللبناني "
                               "الجمعة الماضي أي تحقيق دولي.", "2020-08-11"))
    assert not any(t == "REJECT" for _, t, _ in got)
