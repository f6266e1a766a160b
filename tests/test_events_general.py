"""Actor rules of the generalization round, each a fact of Arabic news language found in
the first-sight errors of several unseen sets: a stance from abroad that names no one, in
a story of a war on the story's country, is aimed at the party the article blames."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story

WAR_STORY = ("دعا وزير الخارجية القطري إلى الوقف الفوري للعدوان على قطاع غزة، محملا "
             "الحكومة الإسرائيلية مسؤولية مقتل المدنيين الفلسطينيين.\n"
             "وقال الرئيس الفلسطيني إن الشعب الفلسطيني يواجه حرب إبادة في غزة والضفة الغربية.")


def test_a_demand_naming_no_one_targets_the_blamed_party_not_the_victim(pipeline):
    got = rows(story(pipeline, WAR_STORY, "2023-11-11"))
    assert ("QAT", "ACCUSE", "ISR") in got
    assert ("QAT", "REQUEST", "ISR") in got
    assert ("QAT", "REQUEST", "PSE") not in got


def test_a_demand_stays_on_the_story_country_when_it_is_the_one_blamed(pipeline):
    got = rows(story(pipeline, "اتهمت منظمة العفو الدولية السلطات المصرية باعتقال مئات "
                               "المعارضين.\nوطالب وزير الخارجية الأمريكي بالإفراج عن المعتقلين "
                               "في مصر.", "2020-03-02"))
    assert ("USA", "REQUEST", "EGY") in got


def test_a_bare_militia_word_is_the_militia_named_before(pipeline):
    got = rows(story(pipeline, "شنت مقاتلات التحالف غارات على مواقع تابعة لميليشيا الحوثي في "
                               "صنعاء، وقالت الرياض إنها دمرت مخازن للصواريخ.\n"
                               "وكانت الميليشيا قد هاجمت بطائرات مسيرة محطة لضخ النفط في منطقة "
                               "الرياض أمس.", "2019-05-16"))
    assert ("YEM", "ASSAULT", "SAU") in got
    assert ("SAU", "ASSAULT", "SAU") not in got


def test_whoever_launched_the_intercepted_missiles_is_the_attacker(pipeline):
    got = rows(story(pipeline, "اعترضت الدفاعات الجوية السعودية صواريخ باليستية أطلقتها "
                               "ميليشيا الحوثي باتجاه مدينة جازان.", "2019-05-16"))
    assert ("YEM", "ASSAULT", "SAU") in got
    assert ("SAU", "ASSAULT", "YEM") not in got


def test_the_victim_of_a_rejected_act_is_not_the_rejection_target(pipeline):
    got = rows(story(pipeline, "أكد وزير الخارجية التركي رفض بلاده القاطع لأي محاولات لتهجير "
                               "الفلسطينيين من قطاع غزة.", "2024-01-10"))
    assert ("TUR", "REJECT", "PSE") not in got


def test_an_exchange_is_between_its_two_sides_not_its_announcer(pipeline):
    got = rows(story(pipeline, "أعلنت الخارجية العمانية إتمام صفقة تبادل بين طهران وبروكسل "
                               "أمس.", "2023-05-28"))
    assert ("IRN", "RETREAT", "BEL") in got
    assert ("BEL", "RETREAT", "IRN") in got
    assert not any(r[0] == "OMN" and r[1] == "RETREAT" for r in got)


@pytest.mark.parametrize("sentence", [
    "وطالبت الوزارة مجلس الأمن الدولي باتخاذ إجراءات حازمة لمنع تكرار الاعتداءات.",
])
def test_the_actor_after_a_speaking_noun_is_addressed_not_speaking(pipeline, sentence):
    got = rows(story(pipeline, "أدانت وزارة الخارجية السورية الغارات الإسرائيلية على محيط "
                               "دمشق.\n" + sentence, "2018-12-26"))
    assert not any(r[0] == "UNSC" and r[1] == "REQUEST" for r in got)
