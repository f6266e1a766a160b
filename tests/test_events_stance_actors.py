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


@pytest.mark.parametrize("text, sources, kind, target", [
    # عن تأييدها: the pronoun is the agent (the states before), the adjective the object
    ("الكويت - وأعربت كل من الكويت والبحرين وسلطنة عمان، مساء أمس، عن تأييدها للخطوة "
     "الأردنية، مشددة على حق مصر في الدفاع عن أمنها.", ("KWT", "BHR", "OMN"), "SUPPORT", "JOR"),
    ("القاهرة - وعبرت كل من مصر والسعودية والإمارات، اليوم الأحد، عن رفضها للتصريحات "
     "الإيرانية، مشددة على حق البحرين في حماية أمنها.", ("EGY", "SAU", "ARE"), "REJECT", "IRN"),
])
def test_a_joint_subject_takes_the_stance_of_its_masdar_pronoun(pipeline, text, sources, kind,
                                                               target):
    got = rows(story(pipeline, text, "2020-05-05"))
    assert {r for r in got if r[1] == kind} == {(s, kind, target) for s in sources}


def test_a_stance_does_not_reach_into_the_clause_of_its_affirming_participle(pipeline):
    """``…، مؤكدة … دعمها``: the welcome names no one; the ministry after the participle
    is the speaker's own, not the object of the welcome."""
    got = rows(story(pipeline, "صنعاء - ورحبت الحكومة اليمنية بالهدنة، مؤكدة في بيان لوزارة "
                               "الخارجية دعمها لجهود السلام.", "2020-05-05"))
    assert ("YEM", "SUPPORT", "YEM") not in got


def test_rejecting_the_liquidation_of_a_cause_does_not_target_its_people(pipeline):
    """``تصفية القضية الفلسطينية`` is a harm: the Palestinians are its victim, not the one
    the rejection is aimed at."""
    got = rows(story(pipeline, 'القاهرة - وأكد الرئيس المصري في كلمته رفض مصر "تصفية القضية '
                               'الفلسطينية"، مشددا على أن التهجير لن يحدث.', "2023-10-21"))
    assert ("EGY", "REJECT", "PSE") not in got


@pytest.mark.parametrize("text, wanted", [
    # the subject's long title ends far from the verb: the one charged stands before بـ
    ("صنعاء - اتهم رئيس ما يسمى المجلس السياسي الأعلى التابع للحوثيين مهدي المشاط التحالف "
     "بقيادة السعودية بقصف الأحياء السكنية.", ("YEM", "ACCUSE", "SAU")),
    # an aside between the subject and the one called on, with its own relative clause
    ('دمشق - ودعت ما تسمى "الإدارة الذاتية"، التي تشكل الوحدات الكردية عمودها الفقري، '
     "الولايات المتحدة إلى التدخل لوقف الهجوم التركي.", ("SYR", "REQUEST", "USA")),
    # an actor inside the title is not the one asked; the name's last word علي is no على
    ("القاهرة - أدانت جامعة الدول العربية الغارات، وطالب الأمين العام المساعد للشؤون العربية "
     "السفير محمد أبو علي مجلس الأمن الدولي بوقف العدوان على لبنان.",
     ("ARAB_LEAGUE", "REQUEST", "UNSC")),
])
def test_the_one_called_on_or_charged_stands_right_before_the_complement(pipeline, text, wanted):
    got = rows(story(pipeline, text, "2020-05-05"))
    assert wanted in got
    assert not any(r[:2] == wanted[:2] and r[2] != wanted[2] for r in got)


@pytest.mark.parametrize("text, wanted, wrong", [
    ("الرياض - أجرى وزير الخارجية السعودي فيصل بن فرحان اتصالا هاتفيا بنظيره الإيراني حسين "
     "أمير عبد اللهيان، حثه خلاله على وقف التصعيد في المنطقة.", ("SAU", "REQUEST", "IRN"),
     ("IRN", "REQUEST", "IRN")),
    ("الدوحة - وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد أجرى مساء أمس اتصالا هاتفيا بالرئيس "
     "الأمريكي جو بايدن، دعاه فيه إلى الضغط من أجل وقف إطلاق النار.", ("QAT", "REQUEST", "USA"),
     ("USA", "REQUEST", "QAT")),
])
def test_a_call_then_dahu_fihi_is_the_callers_request_of_the_one_called(pipeline, text, wanted,
                                                                         wrong):
    """``أجرى … اتصالا ب…، دعاه فيه إلى``: the pronoun object is the one called."""
    got = rows(story(pipeline, text, "2020-05-05"))
    assert wanted in got
    assert wrong not in got


def test_a_foreign_states_open_call_is_aimed_at_the_story_country(pipeline):
    """``داعية إلى "العودة …"`` with no one named: a foreign state's call is about the
    country the story is about; an international body's call stays a call to all."""
    got = rows(story(pipeline, 'تونس - أعلن الرئيس التونسي تجميد عمل البرلمان وإعفاء الحكومة. '
                               'وأعربت وزارة الخارجية الفرنسية عن قلقها، داعية إلى "العودة '
                               'السريعة إلى عمل المؤسسات". وأعرب الأمين العام للأمم المتحدة '
                               'أنطونيو غوتيريش عن قلقه، داعيا إلى ضبط النفس.', "2021-07-27"))
    assert ("FRA", "REQUEST", "TUN") in got
    assert ("UN", "REQUEST", None) in got
    assert ("UN", "REQUEST", "TUN") not in got


@pytest.mark.parametrize("text, wanted, forum", [
    ("بيروت - وقدمت وزارة الخارجية اللبنانية أمس شكوى إلى مجلس الأمن الدولي ضد إسرائيل بسبب "
     "خرق طائراتها الأجواء اللبنانية.", ("LBN", "ACCUSE", "ISR"), ("LBN", "ACCUSE", "UNSC")),
    ("الخرطوم - وتقدم السودان بشكوى رسمية إلى مجلس الأمن الدولي ضد إثيوبيا بشأن الحشود "
     "العسكرية على الحدود.", ("SDN", "ACCUSE", "ETH"), ("SDN", "ACCUSE", "UNSC")),
])
def test_a_complaint_targets_the_one_it_is_against_not_the_forum(pipeline, text, wanted, forum):
    got = rows(story(pipeline, text, "2020-05-05"))
    assert wanted in got
    assert forum not in got
