"""Stances aimed at a thing, not at an actor: whose thing it is. A government, parliament
or army named with the country it sits in (``للحكومة الشرعية في ليبيا``) is that
country's; a masdar joined by و with an object of its own (``وإدانته للتفجيرات``) is not
aimed at the target of the act before it."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("body", ["للحكومة الشرعية في الصومال", "للحكومة المركزية في الصومال",
                                  "للحكومة الانتقالية في الصومال"])
def test_a_government_named_by_the_country_it_sits_in_is_that_country(pipeline, body):
    got = rows(story(pipeline, f"وجدد وزير الخارجية التركي، أمس الأحد، دعم بلاده {body}.",
                     "2024-03-11"))
    assert ("TUR", "SUPPORT", "SOM") in got


def test_a_joined_masdar_with_its_own_object_keeps_no_earlier_target(pipeline):
    got = rows(story(pipeline, "وأكد البيان الختامي للقمة بين تركيا وقطر دعم البلدين للحكومة "
                               "الشرعية في الصومال، وإدانتهما للتفجيرات الإرهابية في أوروبا.",
                     "2024-03-11"))
    assert ("TUR", "SUPPORT", "SOM") in got and ("QAT", "SUPPORT", "SOM") in got
    assert ("TUR", "ACCUSE", "SOM") not in got and ("QAT", "ACCUSE", "SOM") not in got


@pytest.mark.parametrize("aside", ["، اليوم الأربعاء،", "، في بيان صدر مساء أمس،",
                                   "، الذي ترأس وفد بلاده إلى الاجتماع،"])
def test_a_stance_masdar_after_an_aside_is_the_affirming_verbs_object(pipeline, aside):
    # رفض مملكة الأردن: the masdar's genitive is the one who rejects, not whom it rejects
    got = rows(story(pipeline, f"أكد وزير الخارجية الأردني{aside} رفض المملكة الأردنية "
                               "القاطع للتصريحات الصادرة عن وزير الخارجية الإسرائيلي.",
                     "2024-03-13"))
    assert ("JOR", "REJECT", "ISR") in got and ("JOR", "REJECT", "JOR") not in got


def test_a_refusal_of_a_declaration_at_home_is_aimed_at_home(pipeline):
    text = ("أصدر الرئيس التونسي قيس سعيد أمس إعلانا دستوريا يوسع صلاحياته.\n"
            "وتظاهر آلاف التونسيين في العاصمة احتجاجا على القرار.\n"
            "وأعلن رئيس الحكومة التونسية، في مؤتمر صحفي عقده اليوم، رفضه القاطع "
            "للإعلان الدستوري.")
    got = rows(story(pipeline, text, "2024-03-13"))
    assert ("TUN", "REJECT", "TUN") in got


@pytest.mark.parametrize("text, row", [
    ("وعقدت جامعة الدول العربية قمتها السنوية أمس في الرياض. وطلب الرئيس الأوكراني من القادة "
     "العرب دعم خطة السلام، في كلمة أمام القمة.", ("UKR", "REQUEST", "ARAB_LEAGUE")),
    ("وقاد الاتحاد الأفريقي المفاوضات بين البلدين. ورفض الوفد الإثيوبي مقترح الوساطة "
     "الأفريقية بشأن الحدود.", ("ETH", "REJECT", "AU")),
])
def test_a_regional_adjective_names_the_body_the_story_names(pipeline, text, row):
    assert row in rows(story(pipeline, text, "2024-03-13"))


def test_a_regional_adjective_names_no_body_the_story_does_not_name(pipeline):
    got = rows(story(pipeline, "ورفض الوفد الإثيوبي مقترح الوساطة الأفريقية بشأن الحدود.",
                     "2024-03-13"))
    assert all("AU" not in r for r in got)


def test_an_addressee_named_by_a_regional_adjective_before_ila(pipeline):
    text = ("ووقع الاتحاد الأوروبي أمس اتفاقا مع السنغال حول الهجرة.\n"
            "ودعا الرئيس السنغالي، الذي يتولى رئاسة المجموعة الإقليمية، الشركاء الأوروبيين "
            "إلى زيادة دعمهم لدول المنطقة.")
    assert ("SEN", "REQUEST", "EU") in rows(story(pipeline, text, "2024-03-13"))


@pytest.mark.parametrize("threat", ["لن تتردد في اتخاذ إجراءات إضافية",
                                    "لن تتردد في فرض عقوبات أخرى"])
def test_a_threat_of_further_measures_is_aimed_at_the_one_punished_before(pipeline, threat):
    text = ("وفرضت بريطانيا أمس عقوبات جديدة على إيران بسبب برنامجها الصاروخي.\n"
            f"وقال وزير الخارجية البريطاني إن بلاده \"{threat}\".")
    assert ("GBR", "THREATEN", "IRN") in rows(story(pipeline, text, "2024-03-13"))
