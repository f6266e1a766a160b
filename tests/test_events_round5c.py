"""False rows of the fifth round's sets at first sight: a bare agent (الشرطة, قوات
النظام) named earlier with a foreign country keeps that country instead of taking the
story's own, so the attack of a foreign force is no self-attack of the story's state."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text,row,wrong", [
    ("أنقرة - أعلنت وزارة الدفاع التركية أن النظام السوري صعد هجماته على منطقة خفض التصعيد.\n"
     "وقالت الوزارة إن قوات النظام قصفت ليل أمس نقطة مراقبة تركية بالمدفعية، ما أدى إلى "
     "إصابة جندي تركي.", ("SYR", "ASSAULT", "TUR"), ("TUR", "ASSAULT", "TUR")),
    ("استنكرت الحكومة الأردنية اليوم اقتحام الشرطة الإسرائيلية باحات المسجد الأقصى.\n"
     "وذكرت الأوقاف أن عناصر الشرطة أطلقت قنابل الغاز المسيل للدموع على المصلين في ساحات المسجد.",
     ("ISR", "COERCE", "PSE"), ("PSE", "COERCE", "PSE")),   # tear gas: COERCE (unseen27)
])
def test_a_bare_agent_keeps_the_country_it_was_named_with(pipeline, text, row, wrong):
    got = rows(story(pipeline, text, "2021-03-14"))
    assert row in got
    assert wrong not in got


def test_a_bare_agent_in_a_town_of_the_story_is_the_story_state(pipeline):
    got = rows(story(pipeline, "يريفان - انتقدت الحكومة الأذربيجانية أمس تصريحات رئيس الوزراء "
                               "الأرميني نيكول باشينيان.\nوتظاهر مئات الأرمن اليوم في يريفان أمام "
                               "مقر الحكومة، واعتقلت الشرطة عشرين شخصا.", "2021-03-14"))
    assert ("AZE", "COERCE", "ARM") not in got
    assert not any(r[1] == "PROTEST" and r[2] == "AZE" for r in got)


@pytest.mark.parametrize("text", [
    "أعلن الرئيس التركي رجب طيب أردوغان اليوم تعليق المحادثات الاستكشافية مع اليونان.",
    "علقت تركيا أمس المباحثات الثنائية مع اليونان احتجاجا على الاتفاق البحري.",
])
def test_suspended_talks_are_a_sanction_not_a_meeting(pipeline, text):
    got = rows(story(pipeline, text, "2021-03-14"))
    assert ("TUR", "SANCTION", "GRC") in got
    assert ("TUR", "CONSULT", "GRC") not in got


@pytest.mark.parametrize("text", [
    "وأعلنت منظمة الصحة العالمية أن الحرب حول العاصمة الليبية أسفرت منذ العاشر من آذار "
    "عن مقتل 200 شخص.",
    "ومنذ الأول من شباط الماضي، أسفرت المواجهات على الحدود الجنوبية عن مقتل أكثر من 60 "
    "شخصا في لبنان.",
])
def test_a_toll_counted_since_a_past_day_is_no_attack(pipeline, text):
    got = rows(story(pipeline, text, "2021-03-28"))
    assert not any(r[1] == "ASSAULT" for r in got)


def test_a_toll_since_yesterday_is_the_news(pipeline):
    got = rows(story(pipeline, "قصفت الطائرات الحربية الإسرائيلية منذ فجر أمس بلدات في جنوب "
                               "لبنان، ما أسفر عن مقتل خمسة مدنيين.", "2021-03-28"))
    assert ("ISR", "ASSAULT", "LBN") in got
    got = rows(story(pipeline, "وأعلنت منظمة الصحة العالمية أن الحرب حول العاصمة الليبية أسفرت "
                               "منذ العاشر من آذار عن مقتل 200 شخص.", "2021-03-11"))
    assert any(r[1] == "ASSAULT" for r in got)


@pytest.mark.parametrize("text,wrong", [
    ("أفرجت جماعة الحوثي أمس عن أسير سعودي في عملية سهلها الصليب الأحمر.",
     ("YEM", "RETREAT", "ICRC")),
    ("وأعلنت الحكومة اليمنية أمس التزامها باتفاق وقف إطلاق النار الموقع في ستوكهولم برعاية "
     "الأمم المتحدة.", ("YEM", "AGREE", "UN")),
    ("أعلن الجيش اللبناني اليوم إتمام صفقة تبادل بوساطة قطرية.", ("LBN", "RETREAT", "QAT")),
    ("أعلن الجيش اللبناني اليوم إتمام صفقة تبادل بوساطة قطرية.", ("LBN", "RETREAT", "LBN")),
])
def test_the_go_between_is_no_party_of_the_act(pipeline, text, wrong):
    assert wrong not in rows(story(pipeline, text, "2021-03-28"))


@pytest.mark.parametrize("text,row", [
    ("أفرجت جماعة الحوثي أمس عن أسير سعودي في عملية سهلها الصليب الأحمر.",
     ("YEM", "RETREAT", "SAU")),
    ("رحب الرئيس الفلسطيني محمود عباس أمس بوساطة مصر لوقف العدوان.", ("PSE", "SUPPORT", "EGY")),
])
def test_the_parties_and_a_stance_on_the_go_between_stay(pipeline, text, row):
    assert row in rows(story(pipeline, text, "2021-03-28"))


@pytest.mark.parametrize("text,row,wrong", [
    ("اقتحم مئات المتظاهرين العراقيين مبنى القنصلية الإيرانية في البصرة مساء أمس.",
     ("IRQ", "PROTEST", "IRN"), ("IRQ", "COERCE", "IRN")),
    ("بغداد - وكان المحتجون قد اقتحموا مبنى البرلمان أمس السبت بعد تجاوزهم الحواجز.",
     ("IRQ", "PROTEST", "IRQ"), ("IRQ", "COERCE", "IRQ")),
    ("اقتحمت قوات الأمن العراقية مساء أمس مقر حزب معارض في بغداد.",
     ("IRQ", "COERCE", "IRQ"), ("IRQ", "PROTEST", "IRQ")),
])
def test_a_crowd_storming_a_building_riots_a_force_coerces(pipeline, text, row, wrong):
    got = rows(story(pipeline, text, "2021-03-28"))
    assert row in got
    assert wrong not in got


def test_guests_of_a_meeting_of_many_do_not_consult_one_another(pipeline):
    got = rows(story(pipeline, "الجزائر - وشارك في الاجتماع أمس وزراء خارجية ليبيا وتونس ومصر "
                               "والسودان.", "2021-05-02"))
    assert not any(r[1] == "CONSULT" for r in got)


@pytest.mark.parametrize("text,host,guests", [
    ("أكد العاهل الأردني الملك عبدالله الثاني والرئيس المصري عبد الفتاح السيسي والرئيس "
     "الفلسطيني محمود عباس، خلال قمة ثلاثية عقدت في العقبة اليوم، رفضهم أي إجراءات أحادية.",
     "JOR", ("EGY", "PSE")),
    ("عقد وزراء خارجية السعودية وقطر ومصر اجتماعا في الرياض أمس.", "SAU", ("QAT", "EGY")),
])
def test_guests_of_a_meeting_of_many_consult_the_host(pipeline, text, host, guests):
    got = rows(story(pipeline, text, "2021-05-02"))
    for guest in guests:
        assert (guest, "CONSULT", host) in got
        assert (host, "CONSULT", guest) not in got


@pytest.mark.parametrize("text", [
    "وكان وزير الخارجية الأمريكي ونظيره الإيطالي قد أعلنا، في ختام اجتماع وزاري دولي حول "
    "ليبيا احتضنته روما أمس، تأييدهما للاتفاق.",
    "وأكد قادة دول المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، في ختام قمتهم الطارئة "
    "بالعاصمة الغانية أكرا الخميس، تمسكهم بالعقوبات.",
])
def test_the_close_of_a_meeting_is_the_occasion_not_a_meeting(pipeline, text):
    got = rows(story(pipeline, text, "2021-05-02"))
    assert not any(r[1] == "CONSULT" for r in got)


def test_a_ministerial_delegation_is_no_visit(pipeline):
    from hadath.events.words import forms_of
    from hadath.model import Token
    tok = Token(0, 5, "وزاري", "وزاري", 0)
    assert "زار" not in forms_of(tok).verb_keys
    tok = Token(0, 4, "وزار", "وزار", 0)
    assert "زار" in forms_of(tok).verb_keys


@pytest.mark.parametrize("text,wrong", [
    ("وأكد الرئيس التركي أمس أن مطلب إغلاق القاعدة العسكرية التركية في قطر غير مقبول، مجددا "
     "دعم بلاده للدوحة.", ("TUR", "COERCE", "QAT")),
    ("من جهتها، دعت الفصائل الكردية، التي تسيطر على مدن الشمال منذ سنوات، الولايات المتحدة "
     "إلى فرض منطقة حظر طيران فوق شمال سوريا.", ("USA", "COERCE", "SYR")),
])
def test_an_act_a_demand_names_is_not_done(pipeline, text, wrong):
    assert wrong not in rows(story(pipeline, text, "2021-05-02"))


@pytest.mark.parametrize("text,row,wrong", [
    ("الرياض (واس) - رحب مجلس الوزراء السعودي في جلسته بالرياض أمس بالتقدم في العلاقات مع "
     "طهران.\nووقعت المملكة وإيران في بكين يوم الجمعة اتفاقا لاستئناف العلاقات الدبلوماسية.",
     ("SAU", "AGREE", "IRN"), None),
    ("عمان (بترا) - التقى العاهل الأردني الملك عبدالله الثاني في عمان أمس المستشار الألماني.\n"
     "ويزور المستشار الألماني المملكة في مستهل جولة إقليمية تشمل مصر.",
     ("DEU", "CONSULT", "JOR"), ("DEU", "CONSULT", "EGY")),
])
def test_a_bare_kingdom_is_the_kingdom_of_the_story(pipeline, text, row, wrong):
    got = rows(story(pipeline, text, "2023-03-12"))
    assert row in got
    assert wrong not in got
