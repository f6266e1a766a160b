"""Who asks whom: a demand after ``لكنه``/``لكنها`` is the speaker's, even when the
clause before it ends with another actor (``… سيادة العراق"، لكنه طالب بغداد``)."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text, wanted, reversed_", [
    ('من جهته، أكد وزير الخارجية الإيراني أن طهران "تحترم سيادة العراق"، لكنه طالب بغداد '
     'بنزع سلاح الجماعات المسلحة.', ("IRN", "REQUEST", "IRQ"), ("IRQ", "REQUEST", "IRQ")),
    ('وقال وزير الخارجية المصري إن القاهرة "تقدر موقف السودان"، لكنه دعا الخرطوم إلى '
     'وقف القتال.', ("EGY", "REQUEST", "SDN"), ("SDN", "REQUEST", "SDN")),
])
def test_a_demand_after_lakinnahu_is_the_speakers(pipeline, text, wanted, reversed_):
    got = rows(story(pipeline, text, "2023-03-20"))
    assert wanted in got
    assert reversed_ not in got


@pytest.mark.parametrize("text, wanted, wrong", [
    # the government a named person addresses is his own country's, not the story's
    ("الجزائر - وطالب رئيس حركة مجتمع السلم عبد الرزاق مقري الحكومة بتجميد التعاون "
     "الاقتصادي مع فرنسا.", ("DZA", "REQUEST", "DZA"), ("DZA", "REQUEST", "FRA")),
    ("تونس - ودعا رئيس الاتحاد العام التونسي للشغل نور الدين الطبوبي الحكومة إلى فتح "
     "الحوار مع ليبيا.", ("TUN", "REQUEST", "TUN"), ("TUN", "REQUEST", "LBY")),
])
def test_the_government_after_a_named_person_is_his_countrys(pipeline, text, wanted, wrong):
    got = rows(story(pipeline, text, "2022-10-14"))
    assert wanted in got
    assert wrong not in got


def test_a_nominal_with_its_own_nationality_keeps_it(pipeline):
    got = rows(story(pipeline, "بغداد - واتهم رئيس الوزراء العراقي مصطفى الكاظمي القوات التركية "
                               "بارتكاب انتهاك صريح لسيادة العراق.", "2022-07-21"))
    assert ("IRQ", "ACCUSE", "TUR") in got


def test_armed_men_in_a_country_are_of_that_country(pipeline):
    got = rows(story(pipeline, "موسكو - هددت روسيا أمس بشن غارات على مواقع المسلحين في سوريا.",
                     "2017-05-13"))
    assert ("RUS", "THREATEN", "SYR") in got


def test_its_secretary_general_after_a_feminine_verb_is_a_new_subject(pipeline):
    got = rows(story(pipeline, "الرباط - كما رحبت وزارة الخارجية الأردنية وجامعة الدول العربية "
                               "بالخطوة، ودعا أمينها العام أحمد أبو الغيط إلى البناء عليها.",
                     "2023-04-13"))
    assert any(s == "ARAB_LEAGUE" and t == "REQUEST" for s, t, _ in got)
    assert not any(s == "JOR" and t == "REQUEST" for s, t, _ in got)


def test_every_act_in_a_demands_list_is_demanded(pipeline):
    got = rows(story(pipeline, "القدس - أعلن مكتب رئيس الوزراء الإسرائيلي أن إسرائيل ترفض أي "
                               "مصالحة تتجاهل شروط المجتمع الدولي، مطالبا حماس بالاعتراف بإسرائيل "
                               "ونزع سلاحها وقطع علاقاتها مع إيران.", "2017-10-05"))
    assert not any(t == "SANCTION" for _, t, _ in got)


def test_a_verb_after_a_demand_and_a_comma_is_an_act(pipeline):
    got = rows(story(pipeline, "القاهرة - دعا وزير الخارجية المصري إسرائيل إلى وقف الاستيطان، "
                               "وقطع علاقات بلاده مع الاحتلال.", "2017-10-05"))
    assert any(t == "REQUEST" for _, t, _ in got)


def test_a_place_inside_a_call_is_whom_it_calls_on(pipeline):
    """``دعا بارزاني بغداد إلى``: Baghdad, inside the call, is its addressee, not the
    caller's own envoy."""
    art = story(pipeline, "بغداد - هددت أنقرة أمس بإغلاق المعابر مع إقليم كردستان العراق، وقال "
                          "مسؤول عراقي إن العراق يرفض التهديد. في المقابل، دعا رئيس الإقليم مسعود "
                          'بارزاني بغداد إلى "الحوار بدلا من لغة التهديد".', "2017-09-25")
    call = next(e for e in art.events if e.type == "REQUEST")
    assert [t.span.text for t in call.target if t.span] == ["بغداد"]


def test_every_speaker_of_one_call_makes_the_request(pipeline):
    # one cue, three leaders named after their plural subject: three requests, not one
    art = story(pipeline, "باريس - دعا قادة فرنسا وبريطانيا وألمانيا، إيمانويل ماكرون وتيريزا "
                "ماي وأنغيلا ميركل، إيران إلى \"الالتزام الكامل بالاتفاق النووي\".",
                "2019-07-14")
    assert {("FRA", "REQUEST", "IRN"), ("GBR", "REQUEST", "IRN"),
            ("DEU", "REQUEST", "IRN")} <= rows(art)
