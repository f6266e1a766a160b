"""Actor assignment across asides: a comma-bounded time aside between a verb and its
subject or its masdar object leaves the subject the doer (``قررت الحكومة، أمس الجمعة،
طرد …``, ``أكدت الوزارة، اليوم الثلاثاء، رفض المملكة …``); the domain of a title
(``للشؤون الخارجية``) between the body and the person keeps the person the verb's
subject; an attribution aside closed by a comma does not hide the object after it."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("aside", ["، أمس الجمعة،", " أمس الجمعة", "، مساء الخميس،"])
def test_a_time_aside_leaves_the_deciding_government_the_expeller(pipeline, aside):
    got = rows(story(pipeline, f"قررت الحكومة الإيطالية{aside} طرد سفير إيران في روما "
                               "بعد اتهامه بالتجسس.", "2024-03-09"))
    assert ("ITA", "SANCTION", "IRN") in got
    assert ("IRN", "SANCTION", "ITA") not in got


@pytest.mark.parametrize("aside", ["، اليوم الثلاثاء،", "، مساء أمس،"])
def test_a_time_aside_keeps_the_affirmed_stance_a_masdar(pipeline, aside):
    got = rows(story(pipeline, f"أكدت وزارة الخارجية الكويتية{aside} رفض دولة الكويت "
                               "القاطع للتصريحات الصادرة عن الرئيس الإيراني.", "2024-03-12"))
    assert ("KWT", "REJECT", "IRN") in got
    assert ("KWT", "REJECT", "KWT") not in got


def test_a_title_with_its_domain_names_the_calling_person(pipeline):
    got = rows(story(pipeline, "وأدان الوزير الهجوم، كما دعت الممثلة العليا للاتحاد الأوروبي "
                               "للشؤون الخارجية كاثرين أشتون السلطات المصرية إلى ضبط النفس.",
                     "2013-08-15"))
    assert ("EU", "REQUEST", "EGY") in got


@pytest.mark.parametrize("contrast", ["فيما", "بينما"])
def test_a_participle_after_a_contrast_clause_is_that_clause_subjects(pipeline, contrast):
    got = rows(story(pipeline, f"وانتقدت وزارة الخارجية المصرية الخطوة الإثيوبية، {contrast} "
                               "وصفتها الخرطوم بالتصعيد، مجددة دعمها الكامل للحكومة الصومالية.",
                     "2024-01-05"))
    assert ("SDN", "SUPPORT", "SOM") in got
    assert ("EGY", "SUPPORT", "SOM") not in got


def test_a_participle_with_no_contrast_clause_stays_the_main_subjects(pipeline):
    got = rows(story(pipeline, "وانتقدت وزارة الخارجية المصرية الخطوة الإثيوبية، مجددة "
                               "دعمها الكامل للحكومة الصومالية.", "2024-01-05"))
    assert ("EGY", "SUPPORT", "SOM") in got
