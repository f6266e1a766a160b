"""Attacks and protests that did not happen now: disasters, plots, trials, anniversaries.

PLOVER codes ASSAULT for an actual use of force and PROTEST for an actual demonstration;
these hand-written sentences name such acts without reporting one."""
from __future__ import annotations

import pytest

from tests.test_events import code, rows, story


def types(article):
    return {e.type for e in article.events}


@pytest.mark.parametrize("text", [
    "ارتفع عدد قتلى الزلزال الذي ضرب المغرب إلى ألف قتيل.",
    "لقي عشرة أشخاص مصرعهم في حادث سير على الطريق السريع قرب القاهرة.",
    "قتل خمسون شخصا في الفيضانات التي اجتاحت شرق ليبيا.",
])
def test_disasters_and_accidents_are_no_attacks(stage, text):
    assert "ASSAULT" not in types(code(stage, text))


@pytest.mark.parametrize("text", [
    "أحبطت الشرطة المصرية محاولة تفجير سيارة مفخخة في القاهرة أمس.",
    "قالت إسرائيل إنها أحبطت خطة لخطف جنود إسرائيليين.",
    "أدين خمسة رجال بالتخطيط لتفجيرات في لندن وحكم عليهم بالسجن المؤبد.",
    "حذر الجيش الإسرائيلي الفصائل من الاستمرار في إطلاق الصواريخ على المدن.",
    "نظمت الجمعية وقفة في ذكرى المجزرة التي ارتكبت قبل عشرين عاما.",
])
def test_plots_trials_warnings_and_anniversaries_are_no_attacks(stage, text):
    assert "ASSAULT" not in types(code(stage, text, [("إسرائيل", "LOC", "ISR", None)]
                                      if "إسرائيل" in text else ()))


@pytest.mark.parametrize("text", [
    "قتل عشرة أشخاص في انفجار سيارة مفخخة استهدف سوقا في بغداد أمس.",
    "أطلقت قوات الأمن الرصاص الحي على المتظاهرين في الخرطوم أمس.",
])
def test_real_attacks_are_still_coded(stage, text):
    assert "ASSAULT" in types(code(stage, text, [("بغداد", "LOC", "IRQ", None)]
                                   if "بغداد" in text else [("الخرطوم", "LOC", "SDN", None)]))


@pytest.mark.parametrize("text", [
    "تعطلت المفاوضات منذ اغتيال الحريري في بيروت.",
    "واصلت الشرطة التحقيق في اغتيال الصحافي في إسطنبول.",
    "أدانت الحكومة اللبنانية بشدة الهجوم على القوات الدولية.",
])
def test_an_attack_named_as_reference_or_topic_is_no_event(stage, text):
    assert "ASSAULT" not in types(code(stage, text))


def test_an_attack_without_when_where_or_target_is_commentary(stage):
    assert "ASSAULT" not in types(code(stage, "وهذا ما يفسر ما يجري من قتل وخطف."))


@pytest.mark.parametrize("text", [
    "قتل سبعة أشخاص وأصيب 25 آخرون بجروح في هجوم انتحاري بسيارة مفخخة.",
    "اختطف مسلحون 15 شخصا عند نقطة تفتيش وهمية.",
])
def test_counted_casualties_report_an_attack(stage, text):
    assert "ASSAULT" in types(code(stage, text))


def test_a_protest_at_a_court_is_a_protest(stage):
    art = code(stage, "تظاهر أمس مئات الناشطين أمام مقر المحكمة في القاهرة احتجاجا على الحكم.",
               [("القاهرة", "LOC", "EGY", None)], published="2008-04-02", times=True)
    assert "PROTEST" in types(art)


@pytest.mark.parametrize("text", [
    "تدخلت قوات مكافحة الشغب في إزمير أمس واعتقلت خمسة أشخاص.",
    "تشارك لبنان في خمسة عروض ضمن تظاهرة المسرح في المهرجان.",
])
def test_riot_police_and_cultural_events_are_no_protests(stage, text):
    assert "PROTEST" not in types(code(stage, text))


@pytest.mark.parametrize("text", [
    "أعلنت منظمة العفو الدولية عن المظاهرات التي ستنظم أمام السفارة في لندن.",
    "منعت قوات الأمن مساء أمس تظاهرة احتجاجية أمام مقر التلفزيون في الرباط.",
    "دعت النقابات إلى المشاركة في مسيرة احتجاجية الجمعة المقبلة في تونس.",
])
def test_prevented_and_coming_protests_are_no_events(stage, text):
    assert "PROTEST" not in types(code(stage, text))


@pytest.mark.parametrize("text", [
    "شهدت أفغانستان حوالي 140 هجوما انتحاريا في العام 2006 بحسب الجيش الأمريكي.",
    "قتل 13 جنديا أمريكيا في العراق حتى الآن هذا الشهر.",
])
def test_tallies_over_a_period_are_no_attack(stage, text):
    assert "ASSAULT" not in types(code(stage, text))


def test_a_sharp_verbal_attack_is_an_accusation(stage):
    art = code(stage, "شن رئيس الحزب هجوما حادا على حزب الله أمس في بيروت.",
               [("حزب الله", "ORG", "LBN", None), ("بيروت", "LOC", "LBN", None)],
               published="2008-01-02", times=True)
    assert "ASSAULT" not in types(art)


@pytest.mark.parametrize("text", [
    "فهاجم الرئيس الأمريكي دونالد ترامب رغبة رئيس الوزراء الكندي في التفاوض مع الصين.",
    "هاجم زعيم المعارضة خطاب الرئيس أمام البرلمان.",
    "وهاجم النائب مقترح الحكومة رفع أسعار الوقود.",
])
def test_attacking_a_wish_a_speech_or_a_proposal_is_words(stage, text):
    """هاجم with a thing said or wanted as its object is criticism, not violence."""
    assert "ASSAULT" not in types(code(stage, text))


@pytest.mark.parametrize("text", [
    "وصف رئيس الوزراء الميليشيات التي خطفت عشرات الأشخاص بأنها أسوأ من الإرهابيين.",
    "قال إن زعيم المجموعة التي خطفت الرهائن ضابط سابق في الجيش.",
    "اتهم المسؤول المصري بالتآمر لخطف طائرات.",
    "ظهرت تقارير عن ضربة جوية أمريكية محتملة لإيران.",
    "كشف الشريط عن عزم عناصر التنظيم خطف أي أجنبي.",
])
def test_described_plotted_and_possible_attacks_are_no_events(stage, text):
    assert "ASSAULT" not in types(code(stage, text))


@pytest.mark.parametrize("text", [
    "توقع المتحدث أن تلجأ إسرائيل إلى شن عمليات اغتيال ضد قادة المقاومة.",
    "قال المدعي إن الرئيس يتحمل مسؤولية أعمال قتل واغتصاب في الإقليم.",
])
def test_speculated_and_generic_acts_are_no_events(stage, text):
    assert "ASSAULT" not in types(code(stage, text, [("إسرائيل", "LOC", "ISR", None)]
                                      if "إسرائيل" in text else ()))


@pytest.mark.parametrize("text", [
    "أثار اعتقاله أمس غضب مئات السكان في مقديشو الذين خرجوا إلى الشوارع للاحتجاج على اعتقاله.",
    "خرج مساء أمس مئات المتظاهرين في أثينا احتجاجا على تعامل الحكومة مع الحرائق.",
])
def test_protesters_in_a_relative_clause_or_about_a_disaster_still_protest(stage, text):
    assert "PROTEST" in types(code(stage, text, [("أثينا", "LOC", "GRC", None)]
                                   if "أثينا" in text else [("مقديشو", "LOC", "SOM", None)]))


AMMAN = [("عمان", "LOC", "JOR", None)]


@pytest.mark.parametrize("text", [
    "أصيب شرطيان خلال مظاهرة مماثلة في عمان.",
    "أصيب شرطيان في عمان أمس خلال هذه المظاهرة.",
    "ناقش البرلمان في عمان أمس مشروع قانون الإضراب.",
    "انتشرت في عمان أمس قوات مكافحة أعمال الشغب.",
    "اعتقلت الشرطة في عمان أمس عددا من مثيري الشغب.",
])
def test_similar_repeated_legal_and_named_protests_are_no_new_protest(stage, text):
    art = code(stage, text, AMMAN, published="2008-04-02", times=True)
    assert "PROTEST" not in types(art)


@pytest.mark.parametrize("text", [
    "تظاهر آلاف الطلاب أمام البرلمان في عمان أمس احتجاجا على رفع الأسعار.",
    "نظم الطلاب مظاهرة أمام البرلمان في عمان أمس.",
])
def test_actual_protests_are_still_coded(stage, text):
    art = code(stage, text, AMMAN, published="2008-04-02", times=True)
    assert "PROTEST" in types(art)


@pytest.mark.parametrize("text", [
    "فككت قوات الأمن أمس سيارة مفخخة قرب السفارة في عمان.",
    "اتهم المدعي الجماعة في عمان أمس بأعمال قتل واسعة.",
])
def test_defused_bombs_and_named_killings_are_no_attack(stage, text):
    art = code(stage, text, AMMAN, published="2008-04-02", times=True)
    assert "ASSAULT" not in types(art)


def test_a_killing_told_as_news_is_still_an_attack(stage):
    art = code(stage, "قتل أمس ثلاثة من رجال الشرطة في هجوم مسلح في عمان.", AMMAN,
               published="2008-04-02", times=True)
    assert "ASSAULT" in types(art)


@pytest.mark.parametrize("text, coded", [
    ("وردد المتظاهرون في عمان أمس شعارات ضد الحكومة.", False),
    ("ورشق المتظاهرون الشرطة بالحجارة في عمان أمس.", False),
    ("تجمع مئات الطلاب أمام البرلمان في عمان أمس ورددوا شعارات ضد الحكومة.", True),
])
def test_chants_of_protesters_already_met_add_no_new_protest(stage, text, coded):
    art = code(stage, text, AMMAN, published="2008-04-02", times=True)
    assert ("PROTEST" in types(art)) is coded


@pytest.mark.parametrize("text, kind, coded", [
    ("لم تسجل في عمان أمس أعمال عنف أثناء المظاهرات.", "PROTEST", False),
    ("انتشرت الشرطة في عمان أمس لمواجهة أي أعمال شغب قد تحصل.", "PROTEST", False),
    ("اعتقلت الشرطة في عمان أمس طالبا للمشاركة في مظاهرة.", "PROTEST", False),
    ("قتل جنديان في عمان أمس خلال هجوم على دورية.", "ASSAULT", True),
])
def test_acts_that_frame_another_or_may_come_are_no_events(stage, text, kind, coded):
    art = code(stage, text, AMMAN, published="2008-04-02", times=True)
    assert (kind in types(art)) is coded


ACTORS = [("حماس", "ORG", "PSE", None), ("إسرائيل", "LOC", "ISR", None)]


@pytest.mark.parametrize("text, coded", [
    ("تبنت حماس أمس الهجومين الفاشلين على إسرائيل.", False),
    ("نفذت حماس أمس هجوما فاشلا على إسرائيل.", False),
    ("قالت إسرائيل أمس إنها مستعدة لصد أي هجوم من حماس.", False),
    ("نفذت حماس أمس هجوما على إسرائيل.", True),
])
def test_failed_and_any_attacks_are_no_attack(stage, text, coded):
    art = code(stage, text, ACTORS, published="2008-04-02", times=True)
    assert ("ASSAULT" in types(art)) is coded


def test_those_accused_of_a_killing_are_arrested_not_attacked(stage):
    art = code(stage, "اعتقلت إسرائيل أمس عشرة من حماس المتهمين بالتورط في اغتيال جندي.",
               ACTORS, published="2008-04-02", times=True)
    assert types(art) == {"COERCE"}


def test_clashes_after_which_calm_returned_are_news(pipeline):
    """``عاد الهدوء … بعد اشتباكات عنيفة اندلعت مساء الاثنين``: the clashes are told with
    their own time; ``بعد`` does not make them a mere reference point."""
    got = rows(story(pipeline, "طرابلس - عاد الهدوء إلى طرابلس اليوم، بعد اشتباكات عنيفة "
                               "اندلعت مساء الاثنين بين اللواء 444 قتال وقوة الردع الخاصة، "
                               "أسفرت عن مقتل 55 شخصا.", "2023-08-16"))
    assert ("LBY", "ASSAULT", "LBY") in got
