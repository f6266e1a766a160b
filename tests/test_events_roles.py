"""Sources and targets the sentence leaves to a preposition, a place or the story:
donors after ``من``, protesters of the place they march in, demands from abroad, and
new trigger forms (suspensions, aid shipments, drones launched ``باتجاه``)."""
from __future__ import annotations

import pytest

from tests.test_events import code, rows, story


EGYPT = ("مصر", "LOC", "EGY", None)
ALGERIA = ("الجزائر", "LOC", "DZA", None)
LIBYA = ("ليبيا", "LOC", "LBY", None)
IRAN = ("إيران", "LOC", "IRN", None)
ISRAEL = ("إسرائيل", "LOC", "ISR", None)
USA = ("الولايات المتحدة", "LOC", "USA", None)
SUDAN = ("السودان", "LOC", "SDN", None)


def test_aid_arrives_from_its_donors(stage):
    art = code(stage, "ضربت السيول ليبيا. ووصلت فرق إغاثة من مصر والجزائر إلى ليبيا.",
               [LIBYA, EGYPT, ALGERIA])
    assert {("EGY", "AID", "LBY"), ("DZA", "AID", "LBY")} <= rows(art)


def test_protesters_belong_to_the_place_they_march_in(stage):
    art = code(stage, "وقعت إسرائيل الاتفاق. وخرج متظاهرون في غزة احتجاجا على الاتفاق.",
               [ISRAEL, ("غزة", "LOC", "PSE", None)])
    assert any(r[0] == "PSE" and r[1] == "PROTEST" for r in rows(art))
    assert not any(r[0] == "ISR" and r[1] == "PROTEST" for r in rows(art))


@pytest.mark.parametrize("text, expected", [
    ("تواصلت الاحتجاجات في السودان. وطالب وزير الخارجية الأمريكي بالإفراج عن المعتقلين.",
     ("USA", "REQUEST", "SDN")),
    ("تواصلت الاحتجاجات في السودان. وأعلنت الولايات المتحدة تعليق مساعدات بقيمة 700 مليون دولار.",
     ("USA", "SANCTION", "SDN")),
])
def test_acts_from_abroad_aim_at_the_story_country(stage, text, expected):
    ents = [SUDAN] + ([USA] if USA[0] in text else [])
    assert expected in rows(code(stage, text, ents))


def test_drones_launched_towards_a_country(stage):
    art = code(stage, "أطلقت إيران مئات الطائرات المسيرة والصواريخ باتجاه إسرائيل.", [IRAN, ISRAEL])
    assert ("IRN", "ASSAULT", "ISR") in rows(art)


def test_summoning_ambassadors_is_an_accusation(stage):
    art = code(stage, "استدعت إيران سفراء بريطانيا وفرنسا احتجاجا على مواقفهم.",
               [IRAN, ("بريطانيا", "LOC", "GBR", None), ("فرنسا", "LOC", "FRA", None)])
    assert ("IRN", "ACCUSE", "GBR") in rows(art)


def test_backers_after_bidaam_min_are_no_targets(stage):
    art = code(stage, "شنت الولايات المتحدة غارات على اليمن بدعم من أستراليا وكندا.",
               [USA, ("اليمن", "LOC", "YEM", None), ("أستراليا", "LOC", "AUS", None),
                ("كندا", "LOC", "CAN", None)])
    assert ("USA", "ASSAULT", "YEM") in rows(art)
    assert not any(r[2] in ("AUS", "CAN") for r in rows(art))


def test_a_foreign_actor_does_not_act_on_itself(stage):
    art = code(stage, "تتواصل الأزمة في السودان. ودعت ألمانيا ووزير الخارجية الألماني إلى الحوار.",
               [SUDAN, ("ألمانيا", "LOC", "DEU", None)])
    assert not any(r[0] == "DEU" and r[2] == "DEU" for r in rows(art))


def test_a_time_after_mundhu_dates_no_act(stage):
    art = code(stage, "زار الوزير السعودي صنعاء اليوم الاثنين في أول زيارة منذ سيطرة الحوثيين "
               "عليها في سبتمبر 2014.", [("صنعاء", "LOC", "YEM", None)],
               published="2023-04-10", times=True)
    dates = {e.date for e in art.events if e.type == "CONSULT"}
    assert dates and "2014-09" not in dates


@pytest.mark.parametrize("text, expected", [
    ("رفضت القوى السياسية في العراق أمس نتائج الانتخابات.", ("IRQ", "REJECT")),
    ("نددت الأحزاب السياسية في العراق بالقرار.", ("IRQ", "ACCUSE")),
])
def test_generic_political_forces_are_actors_of_the_story(stage, text, expected):
    art = code(stage, "تتواصل الأزمة في العراق. " + text, [("العراق", "LOC", "IRQ", None)])
    assert any(r[:2] == expected for r in rows(art))


def test_a_foreign_speaker_and_his_minister_address_the_story_country(stage):
    art = code(stage, "تتواصل الأزمة في السودان. ودعت ألمانيا ووزير الخارجية الألماني إلى الحوار.",
               [SUDAN, ("ألمانيا", "LOC", "DEU", None)])
    assert ("DEU", "REQUEST", "SDN") in rows(art)


def test_a_minister_after_a_long_title_signs_with_the_other_party(stage):
    art = code(stage, "وقّع وزير الخارجية والتعاون الدولي الإماراتي الشيخ عبدالله بن زايد اليوم "
               "في واشنطن معاهدة السلام والعلاقات الدبلوماسية والتطبيع الكامل بين الإمارات "
               "العربية وإسرائيل.", [("عبدالله بن زايد", "PER", "ARE", None),
                                     ("واشنطن", "LOC", "USA", None),
                                     ("الإمارات العربية", "LOC", "ARE", None),
                            ISRAEL])
    assert ("ARE", "AGREE", "ISR") in rows(art)


def test_a_verb_ending_in_na_is_no_first_person(stage):
    art = code(stage, "تحررت المدينة. من جانبه، هنّأ وزير الخارجية الأمريكي الحكومة العراقية بهذا "
               "الإنجاز، فيما قال قائد التحالف إن \"القوات حققت نصرا\".",
               [("العراقية", "LOC", "IRQ", None)])
    assert ("USA", "SUPPORT", "IRQ") in rows(art)


def test_a_secretary_general_of_a_body_is_the_subject(stage):
    art = code(stage, "طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش السعودية بتحقيق شفاف.",
               [("للأمم المتحدة", "ORG", None, "UN"), ("أنطونيو غوتيريش", "PER", None, "UN"),
                ("السعودية", "LOC", "SAU", None)])
    assert ("UN", "REQUEST", "SAU") in rows(art)


def test_a_threat_governs_no_act_of_the_next_clause(stage):
    art = code(stage, "قال رئيس الأركان الإيراني إن العملية انتهت، محذرا من رد أكبر، فيما استدعت "
               "إيران سفراء بريطانيا وفرنسا احتجاجا على مواقفهم.",
               [IRAN, ("بريطانيا", "LOC", "GBR", None), ("فرنسا", "LOC", "FRA", None)])
    assert ("IRN", "ACCUSE", "GBR") in rows(art)


def test_a_welcome_of_efforts_targets_who_makes_them(stage):
    art = code(stage, "رحب رئيس المجلس اليمني بالجهود التي تبذلها السعودية وسلطنة عمان.",
               [("اليمني", "LOC", "YEM", None), ("السعودية", "LOC", "SAU", None),
                ("سلطنة عمان", "LOC", "OMN", None)])
    assert ("YEM", "SUPPORT", "SAU") in rows(art)


def test_a_delegation_taking_part_in_talks_is_a_source(stage):
    art = code(stage, "واصل السفير السعودي مشاوراته في صنعاء مع قيادات الحوثيين بمشاركة وفد عماني.",
               [("صنعاء", "LOC", "YEM", None), ("الحوثيين", "ORG", "YEM", None)])
    assert {("SAU", "CONSULT", "YEM"), ("OMN", "CONSULT", "YEM")} <= rows(art)


@pytest.mark.parametrize("text", [
    "ضربت السيول ليبيا. وأوضح رئيس الحكومة الليبية أن السيول جرفت أحياء كاملة، داعيا "
     "المجتمع الدولي إلى إرسال فرق إنقاذ.",
    "ضربت السيول ليبيا. ودعت الحكومة الليبية المانحين إلى زيادة التمويل.",
])
def test_a_call_on_the_world_has_no_target(stage, text):
    art = code(stage, text, [LIBYA])
    assert ("LBY", "REQUEST", None) in rows(art)
    assert ("LBY", "REQUEST", "LBY") not in rows(art)


def test_an_undated_act_right_after_a_dated_one_takes_its_day(stage):
    art = code(stage, "استقال رئيس الحكومة اللبنانية حسان دياب مساء الاثنين. وطلب منه الرئيس "
               "ميشال عون الاستمرار في تصريف الأعمال.",
               [("حسان دياب", "PER", "LBN", None), ("ميشال عون", "PER", "LBN", None)],
               published="2020-08-11", times=True)
    dates = {e.type: e.date for e in art.events}
    assert dates.get("REQUEST") == dates.get("RETREAT") == "2020-08-10"


def test_a_time_inside_a_relative_clause_does_not_date_the_next_verb(stage):
    art = code(stage, "رفضت القوى السياسية في العراق أمس النتائج الأولية للانتخابات التي جرت "
               "الأحد الماضي، واتهمت المفوضية بالتلاعب بالأصوات.",
               [("العراق", "LOC", "IRQ", None), ("المفوضية", "ORG", "IRQ", None)],
               published="2021-10-13", times=True)
    dates = {e.type: e.date for e in art.events}
    assert dates.get("ACCUSE") == "2021-10-12"


@pytest.mark.parametrize("text, expected", [
    ("وقّع وزير خارجية البحرين عبداللطيف الزياني إعلان تأييد السلام مع إسرائيل.",
     ("BHR", "AGREE", "ISR")),
    ("وقال وزير الخارجية البحريني إن الاتفاق تاريخي، موجها الشكر إلى الرئيس الأمريكي.",
     ("BHR", "SUPPORT", "USA")),
])
def test_declarations_and_thanks(stage, text, expected):
    art = code(stage, text, [("البحرين", "LOC", "BHR", None), ISRAEL]
               if "إسرائيل" in text else [])
    assert expected in rows(art)


def test_a_rejection_of_the_agreement_targets_its_parties(stage):
    art = code(stage, "وقعت الإمارات اتفاق سلام مع إسرائيل. في المقابل، أعلنت الرئاسة الفلسطينية "
               "رفضها للاتفاق.", [("الإمارات", "LOC", "ARE", None), ISRAEL])
    assert {("PSE", "REJECT", "ARE"), ("PSE", "REJECT", "ISR")} <= rows(art)


@pytest.mark.parametrize("text, wanted", [
    ("طرابلس - اندلعت المواجهات إثر احتجاز قوة الردع آمر اللواء 444 العقيد محمود حمزة "
     "في مطار معيتيقة.", ("LBY", "COERCE", "LBY")),
    ("أدانت فرنسا اعتقال السلطات الإيرانية الصحفي الفرنسي.", ("IRN", "COERCE", "FRA")),
])
def test_a_detention_masdar_with_two_nouns_has_its_agent_first(pipeline, text, wanted):
    """``احتجاز قوة الردع آمر اللواء``: a masdar followed by two nouns takes the first as
    its doer and the second as its object (``اعتقال الغنوشي`` alone: the detainee)."""
    assert wanted in rows(story(pipeline, text, "2023-08-16"))
