"""Acts the eighteenth and nineteenth unseen sets found missing at first sight: a
resignation aimed at no one, an air strike told after a long attribution (the speaker's
full title before أن), the launcher of a weapon named in a relative clause (صواريخ
أطلقتها …), and a bare type word (الميليشيا) that refers back to the group named with it."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text", [
    "قدمت الحكومة الأردنية استقالتها إلى الملك أمس الأحد بعد أسابيع من الاحتجاجات.",
    "أعلن رئيس الوزراء الأردني مساء أمس الأحد استقالة حكومته.",
])
def test_a_resignation_has_no_target(pipeline, text):
    got = rows(story(pipeline, text, "2021-03-15"))
    assert ("JOR", "RETREAT", None) in got
    assert ("JOR", "RETREAT", "JOR") not in got


def test_a_strike_told_after_a_long_title_of_the_speaker_is_reported(pipeline):
    got = rows(story(pipeline, "أعلن المتحدث الرسمي باسم القوات المسلحة العراقية اللواء يحيى "
                               "رسول في بيان صادر عن القيادة العامة، أن سلاح الجو العراقي نفذ فجر "
                               "اليوم الأحد سلسلة ضربات جوية استهدفت مواقع لتنظيم داعش في سوريا.",
                     "2021-03-14"))
    assert any(r[0] == "IRQ" and r[1] == "ASSAULT" for r in got)


def test_the_launcher_of_the_missiles_is_the_attacker(pipeline):
    got = rows(story(pipeline, "تصدت الدفاعات الجوية السورية فجر اليوم لصواريخ أطلقتها طائرات "
                               "حربية إسرائيلية من فوق الجولان المحتل باتجاه ريف دمشق.",
                     "2021-03-14"))
    assert ("ISR", "ASSAULT", "SYR") in got
    assert ("SYR", "ASSAULT", "ISR") not in got


def test_a_bare_militia_is_the_militia_named_before(pipeline):
    got = rows(story(pipeline, "نفذت قوات التحالف بقيادة السعودية غارات جوية على مواقع لميليشيا "
                               "الحوثي في صنعاء اليوم.\nوكانت طائرات مسيرة أطلقتها الميليشيا قد "
                               "هاجمت أمس منشأة نفطية في جازان.", "2021-03-14"))
    assert ("YEM", "ASSAULT", "SAU") in got
    assert ("SAU", "ASSAULT", "SAU") not in got


@pytest.mark.parametrize("text,row", [
    ("قرر مجلس السلم والأمن التابع للاتحاد الإفريقي أمس تعليق مشاركة غينيا في أنشطة الاتحاد، "
     "ملوحا بفرض عقوبات على قادة الانقلاب.", ("AU", "THREATEN", "GIN")),
    ("وقال وزير الخارجية الفرنسي إن بلاده لن تتردد في اتخاذ إجراءات إضافية ضد إيران.",
     ("FRA", "THREATEN", "IRN")),
    ("حذر الرئيس التركي أمس الحكومة العراقية من عواقب القرار، ملوحا بإغلاق المعبر الحدودي "
     "عبر الأراضي التركية.", ("TUR", "THREATEN", "IRQ")),
])
def test_a_threat_of_measures_is_coded_at_the_one_punished_or_warned(pipeline, text, row):
    got = rows(story(pipeline, text, "2021-03-14"))
    assert row in got
    assert ("TUR", "THREATEN", "TUR") not in got


def test_a_visitor_with_a_long_title_arrives(pipeline):
    got = rows(story(pipeline, "وصل رئيس الوزراء ووزير الخارجية القطري الشيخ محمد بن عبد الرحمن "
                               "آل ثاني إلى طهران أمس في زيارة رسمية.", "2021-03-14"))
    assert ("QAT", "CONSULT", "IRN") in got


@pytest.mark.parametrize("text,row", [
    ("احتجزت البحرية الإيرانية أمس ناقلة نفط ترفع العلم البريطاني في مضيق هرمز.",
     ("IRN", "COERCE", "GBR")),
    ("أعلنت البحرية الإيرانية احتجاز ناقلة النفط التي ترفع العلم اليوناني في الخليج.",
     ("IRN", "COERCE", "GRC")),
    ("احتجزت البحرية البريطانية أمس الناقلة الإيرانية قبالة جبل طارق.", ("GBR", "COERCE", "IRN")),
])
def test_a_seized_ship_is_its_flag_states(pipeline, text, row):
    got = rows(story(pipeline, text, "2019-07-21"))
    assert row in got
    assert not any(r[1] == "COERCE" and r[0] == r[2] for r in got)
    assert ("GBR", "COERCE", "GIB") not in got


def test_a_call_after_fi_hin_is_no_object_of_the_demand_before_it(pipeline):
    got = rows(story(pipeline, "وطالب زعيم التيار الصدري مقتدى الصدر الحكومة العراقية بالاستقالة "
                               "فورا، في حين دعت بعثة الأمم المتحدة لمساعدة العراق جميع الأطراف "
                               "إلى ضبط النفس.", "2018-09-08"))
    assert ("UN", "REQUEST", "IRQ") in got


def test_an_attack_described_as_terrorism_by_a_long_titled_minister_is_a_charge(pipeline):
    got = rows(story(pipeline, "أطلقت جماعة الحوثي أمس طائرات مسيرة على مطار أبها الدولي في "
                               "السعودية.\nووصف وزير الطاقة السعودي الأمير عبد العزيز بن سلمان "
                               "الهجوم بأنه \"عمل إرهابي جبان\".", "2021-03-14"))
    assert ("SAU", "ACCUSE", "YEM") in got
    assert ("SAU", "ACCUSE", "SAU") not in got


@pytest.mark.parametrize("text", [
    "تواصل القوات المسلحة التركية عملية \"درع الفرات\" التي أطلقتها أمس الأربعاء ضد تنظيم داعش "
    "شمالي سوريا.",
    "أطلقت القوات المسلحة التركية أمس الأربعاء عملية \"درع الفرات\" ضد تنظيم داعش شمالي سوريا.",
])
def test_an_operation_the_army_launched_is_its_attack(pipeline, text):
    got = rows(story(pipeline, text, "2016-08-25"))
    assert any(r[0] == "TUR" and r[1] == "ASSAULT" for r in got)
