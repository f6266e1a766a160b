"""Rules found on the seventeenth unseen set: the dead counted after an attack whose doer
the sentence names leave it claimed, so a later condemnation of ``المجزرة`` targets that
doer; an actor after a comma opens the next clause and names no attacker; a joined demand
whose verb is followed by an actor and then an object of its own has that actor as its
subject; ``قوات خاصة إسرائيلية`` is an Israeli force; ``الدول الأوروبية الثلاث`` are the
three states named together before; a threat that one's own country "will respond" is aimed
at the party named before it; and the object of a rejection may follow a long titled
subject."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story

RAID = ("أعلنت وزارة الصحة أن عدد الشهداء جراء الهجوم الذي شنته قوات الاحتلال الإسرائيلي "
        "على مدينة جنين، مساء أمس الثلاثاء، ارتفع إلى 7 شهداء. ")


@pytest.mark.parametrize("act", ["المجزرة", "\"الجريمة\"", "العدوان"])
def test_condemning_the_raid_after_its_dead_targets_the_raider(pipeline, act):
    got = rows(story(pipeline, RAID + f"وأدانت الرئاسة الفلسطينية {act} في جنين.",
                     "2023-03-08"))
    assert ("PSE", "ACCUSE", "ISR") in got
    assert ("PSE", "ACCUSE", "PSE") not in got


def test_an_actor_after_a_comma_is_no_doer_of_the_condemned_attack(pipeline):
    got = rows(story(pipeline, RAID + "وأدانت السعودية وقطر العدوان، ودعت وزارة الخارجية "
                                      "المصرية المجتمع الدولي إلى التحرك.", "2023-03-08"))
    assert ("SAU", "ACCUSE", "ISR") in got and ("QAT", "ACCUSE", "ISR") in got
    assert not any(r[1] == "ACCUSE" and r[2] == "EGY" for r in got)


def test_a_joined_demand_with_subject_and_object_has_its_own_subject(pipeline):
    got = rows(story(pipeline, RAID + "وأدانت السعودية وقطر العدوان، ودعت وزارة الخارجية "
                                      "المصرية المجتمع الدولي إلى التحرك.", "2023-03-08"))
    assert any(r[0] == "EGY" and r[1] == "REQUEST" for r in got)
    assert not any(r[0] in ("SAU", "QAT") and r[1] == "REQUEST" for r in got)


def test_a_joined_demand_on_a_named_addressee_keeps_the_earlier_subject(pipeline):
    got = rows(story(pipeline, "أدانت السعودية الهجوم على السفينة، ودعت إيران إلى وقف "
                               "التصعيد.", "2023-03-08"))
    assert ("SAU", "REQUEST", "IRN") in got


@pytest.mark.parametrize("force", ["قوات خاصة إسرائيلية", "وحدة خاصة إسرائيلية"])
def test_a_special_force_with_its_nationality_is_that_state(pipeline, force):
    got = rows(story(pipeline, f"وحاصرت {force} منزلا في مدينة جنين صباح اليوم، واعتقلت "
                               "شابين من سكانه.", "2023-03-08"))
    assert ("ISR", "COERCE", "PSE") in got


THREE = ("أعلنت فرنسا وألمانيا وبريطانيا، أمس، أنها ستبقي على العقوبات المفروضة على "
         "إيران. ")


def test_a_threat_that_ones_country_will_respond_targets_the_named_party(pipeline):
    got = rows(story(pipeline, THREE + "ووصف وزير الخارجية الإيراني حسين أمير عبد اللهيان قرار "
                                       "الدول الأوروبية الثلاث بأنه \"غير قانوني\"، محذرا من أن "
                                       "إيران \"سترد بحزم\".", "2023-09-17"))
    assert {("IRN", "THREATEN", k) for k in ("FRA", "DEU", "GBR")} <= got
    assert ("IRN", "THREATEN", "IRN") not in got


def test_the_rejected_criticism_targets_its_author_after_a_long_title(pipeline):
    got = rows(story(pipeline, "رفض المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني، اليوم "
                               "الأحد، الانتقادات التي وجهتها الوكالة الدولية للطاقة الذرية "
                               "لقرار طهران.", "2023-09-17"))
    assert ("IRN", "REJECT", "UN") in got or ("IRN", "REJECT", "IAEA") in got
    assert ("IRN", "REJECT", "IRN") not in got


def test_a_warning_about_consequences_names_no_earlier_party(pipeline):
    got = rows(story(pipeline, "وقال المفوض العام للأونروا إن القرار صادم، محذرا من أن عمليات "
                               "الوكالة في لبنان قد تتوقف.", "2024-01-30"))
    assert not any(r[1] == "THREATEN" and r[2] is not None for r in got)


@pytest.mark.parametrize("clause", ["على هامش المسيرات التي شهدتها العاصمة تونس أمس",
                                    "بعد أن شهدت العاصمة تونس أمس مسيرات حاشدة"])
def test_marches_a_city_witnessed_are_a_protest(pipeline, clause):
    got = rows(story(pipeline, f"أعلنت وزارة الداخلية التونسية، اليوم، توقيف 40 شخصا {clause} "
                               "رفضا لقانون المالية.", "2024-01-30"))
    assert any(r[1] == "PROTEST" for r in got)
    assert not any(r[1] == "REJECT" for r in got)


def test_a_domestic_deployment_is_aimed_at_the_own_country(pipeline):
    got = rows(story(pipeline, "خرج آلاف المتظاهرين في مدينة وهران الجزائرية، أمس الجمعة، "
                               "ونشرت السلطات الجزائرية تعزيزات أمنية كبيرة في وسط المدينة.",
                     "2024-01-30"))
    assert ("DZA", "MOBILIZE", "DZA") in got


@pytest.mark.parametrize("duty", ["إن على السلطات \"الإفراج فورا عن المعتقلين\"",
                                  "إنه يجب على السلطات الإفراج عن المعتقلين"])
def test_an_act_owed_by_an_actor_is_a_demand_not_done(pipeline, duty):
    got = rows(story(pipeline, "اعتقلت الشرطة التونسية عشرات الشبان في العاصمة تونس. وقالت "
                               f"الرابطة التونسية للدفاع عن حقوق الإنسان في بيان {duty}.",
                     "2024-01-30"))
    assert ("TUN", "REQUEST", "TUN") in got
    assert not any(r[1] == "RETREAT" for r in got)
