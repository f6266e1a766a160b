"""Acts that news names as the aim or content of a meeting, a deal or a plan
(``لبحث … ودعم``, ``يقضي بتنسيق``, ``تهدف إلى دعم``, ``تشمل … ودعم``) are not acts done;
the meeting or the signing itself still is."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


def types(article):
    return {t for _, t, _ in rows(article)}


@pytest.mark.parametrize("text, aim, done", [
    ("استقبل العاهل الأردني في عمان أمس وفدا من تركيا لبحث التجارة ودعم مشاريع المياه في الأردن.",
     "SUPPORT", ("TUR", "CONSULT", "JOR")),
    ("وقع الأردن وتركيا أمس اتفاقا يقضي بتنسيق حماية الحدود بين البلدين.",
     "COOPERATE", ("JOR", "AGREE", "TUR")),
    ("وقعت إيطاليا وتونس أمس مذكرة تشمل مكافحة الهجرة ودعم الاقتصاد التونسي.",
     "SUPPORT", ("ITA", "AGREE", "TUN")),
])
def test_the_aim_of_a_meeting_or_deal_is_not_done(pipeline, text, aim, done):
    got = story(pipeline, text, "2023-03-20")
    assert aim not in types(got)
    assert done in rows(got)


@pytest.mark.parametrize("text", [
    "أعلنت مصر أمس مبادرة من أجل دعم السودان.",
    "أعلنت مصر أمس مبادرة بهدف دعم السودان.",
])
def test_support_named_as_a_plan_is_no_support(pipeline, text):
    assert "SUPPORT" not in types(story(pipeline, text, "2023-03-20"))


def test_support_declared_is_still_support(pipeline):
    got = story(pipeline, "أعلنت مصر أمس دعمها الكامل للسودان.", "2023-03-20")
    assert ("EGY", "SUPPORT", "SDN") in rows(got)


@pytest.mark.parametrize("text", [
    'وشكرت رئيسة الوزراء الإيطالية مصر، مؤكدة أن حكومتها عملت "منذ اليوم الأول" على '
    'الإفراج عن الطالب.',
    "وقال الوزير الفرنسي إن بلاده تعمل على الإفراج عن الرهائن في مالي.",
])
def test_a_release_worked_for_is_not_a_release(pipeline, text):
    assert "RETREAT" not in types(story(pipeline, text, "2023-08-11"))


def test_a_release_done_is_still_coded(pipeline):
    got = rows(story(pipeline, "أفرجت إيران أمس عن خمسة مواطنين أمريكيين.", "2023-09-19"))
    assert ("IRN", "RETREAT", "USA") in got


@pytest.mark.parametrize("text", [
    "وأعلنت المفوضية أن الاتحاد الأوروبي سيقدم للأردن 100 مليون يورو لدعم اللاجئين، إضافة "
    "إلى 50 مليون يورو دعما مباشرا للميزانية.",
    "وقال الوزير إن الاتحاد الأوروبي سيقدم 100 مليون يورو لمكافحة التهريب في الأردن، إلى جانب "
    "دعم مباشر للميزانية بقيمة 50 مليون يورو.",
])
def test_support_added_to_a_promise_is_promised_too(pipeline, text):
    assert "SUPPORT" not in types(story(pipeline, text, "2023-07-17"))
