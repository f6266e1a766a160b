"""Rules found on the fourteenth unseen set: the Maghrebi arrest masdar إيقاف is an arrest
when people are counted after it (it also means 'halting' for things), units sent out after
أعلن are a mobilization told as a masdar, and billions a state announces it gives or sets
aside are aid even when the receiver is only named in the conference's title."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("people", ["45 شخصا", "ثلاثة مشتبه بهم"])
def test_halting_counted_people_is_an_arrest(pipeline, people):
    got = rows(story(pipeline, f"أعلنت وزارة الداخلية المغربية، اليوم الثلاثاء، إيقاف {people} "
                               "إثر أعمال شغب في مدينة فاس.", "2024-03-12"))
    assert ("MAR", "COERCE", "MAR") in got


def test_halting_work_at_a_crossing_is_no_arrest(pipeline):
    got = rows(story(pipeline, "أعلنت الحكومة المغربية، اليوم، إيقاف العمل بالمعبر الحدودي "
                               "مع الجزائر بسبب الأشغال.", "2024-03-12"))
    assert not any(r[1] == "COERCE" for r in got)


def test_units_deployed_after_an_announcement_are_a_mobilization(pipeline):
    got = rows(story(pipeline, "وأعلنت وزارة الدفاع الجزائرية، أمس الأحد، نشر وحدات عسكرية "
                               "على الحدود الجنوبية للبلاد.", "2024-03-12"))
    assert any(r[0] == "DZA" and r[1] == "MOBILIZE" for r in got)


@pytest.mark.parametrize("verb", ["تقديم", "تخصيص"])
def test_billions_a_state_announces_it_gives_are_aid(pipeline, verb):
    got = rows(story(pipeline, "وأعلن رئيس الوزراء الياباني، في كلمته أمام مؤتمر المانحين "
                               f"لإعادة إعمار سوريا، {verb} بلاده ملياري دولار لمشروعات "
                               "الإعمار.", "2024-03-12"))
    assert ("JPN", "AID", "SYR") in got


def test_a_state_recalling_its_own_ambassador_is_the_source(pipeline):
    got = rows(story(pipeline, "وكانت وزارة الخارجية الأردنية قد أعلنت، مساء أمس، اعتبار السفير "
                               "الإسرائيلي ديفيد كوهين \"شخصا غير مرغوب فيه\"، واستدعاء سفيرها "
                               "لدى إسرائيل للتشاور.", "2024-03-12"))
    assert ("JOR", "SANCTION", "ISR") in got
    assert ("ISR", "SANCTION", "JOR") not in got


def test_a_rejection_given_as_the_reason_of_backed_steps_is_no_rejection(pipeline):
    got = rows(story(pipeline, "أكدت دولة قطر وقوفها إلى جانب المملكة الأردنية الهاشمية وتأييدها "
                               "لكل الخطوات التي تتخذها \"حفاظا على أمنها ورفضا لأي تدخل في "
                               "شؤونها الداخلية\".", "2024-03-12"))
    assert ("QAT", "SUPPORT", "JOR") in got
    assert not any(r[1] == "REJECT" for r in got)


def test_a_court_convicting_someone_to_years_in_jail_is_coercion_not_a_condemnation(pipeline):
    got = rows(story(pipeline, "ويقبع الناشط المغربي عمر الراضي في السجن منذ يوليو الماضي، وكانت "
                               "محكمة الاستئناف بالدار البيضاء قد أدانته في 3 مارس الماضي بست "
                               "سنوات سجنا نافذا.", "2024-03-12"))
    assert ("MAR", "COERCE", "MAR") in got
    assert not any(r[1] == "ACCUSE" for r in got)


@pytest.mark.parametrize("text", [
    "وكان البرلمان الأوروبي قد دعا، في قراره، السلطات المغربية إلى الإفراج عن الصحفيين "
    "المعتقلين، منتقدا ما وصفه بـ\"تراجع حرية الصحافة\" في البلاد.",
    "وطالبت الجمعية المغربية لحقوق الإنسان بالإفراج عن المعتقلين، منددة بـ\"الاعتقالات "
    "التعسفية\" التي طالت طلابا.",
])
def test_a_criticism_after_a_call_blames_the_one_called(pipeline, text):
    got = rows(story(pipeline, text, "2024-03-12"))
    assert any(r[1] == "ACCUSE" and r[2] == "MAR" for r in got)


def test_a_declared_resolve_to_launch_an_operation_is_a_threat(pipeline):
    got = rows(story(pipeline, "ويأتي ذلك بعد أن أعلن الرئيس الروسي فلاديمير بوتين في مارس الماضي "
                               "عزم بلاده شن عملية عسكرية جديدة ضد القوات الأوكرانية في منطقة "
                               "خاركيف.", "2024-03-12"))
    assert ("RUS", "THREATEN", "UKR") in got


def test_suspending_its_military_operations_is_a_concession_not_an_attack(pipeline):
    got = rows(story(pipeline, "وكانت حركة الجهاد الإسلامي قد أعلنت، في 3 مارس، تعليق عملياتها "
                               "العسكرية ضد القوات الإسرائيلية.", "2024-03-12"))
    assert ("PSE", "CONCEDE", "ISR") in got
    assert not any(r[1] == "ASSAULT" for r in got)


def test_calling_a_stance_interference_blames_its_holder(pipeline):
    got = rows(story(pipeline, "وكانت وزارة الخارجية المغربية قد أعلنت، مساء أمس، استدعاء سفيرها "
                               "لدى ألمانيا للتشاور، معتبرة أن موقف برلين \"تدخل صريح في الشؤون "
                               "الداخلية للمملكة\".", "2024-03-12"))
    assert ("MAR", "ACCUSE", "DEU") in got
