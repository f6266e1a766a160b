"""Protests and crackdowns, which the twenty-seventh unseen set found wrong at first
sight: tear gas fired to disperse a crowd is coercion, not an assault, whoever the
security unit is (``وحدات الأمن``, ``قوى الأمن``, ``قوات مكافحة الشغب``); a march told
as the frame of other acts (``خلال المسيرات التي شهدتها العاصمة أمس``) is itself
reported, and its day dates the arrests made during it, not the day they were announced."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text", [
    "تونس - تجمع مئات المعطلين أمس أمام مقر الولاية، فيما استعملت وحدات الأمن الغاز المسيل "
    "للدموع لتفريقهم.",
    "تونس - وأطلقت قوى الأمن القنابل المسيلة للدموع لتفريق المحتجين قرب البرلمان أمس.",
    "تونس - واستعملت قوات مكافحة الشغب الغاز المسيل للدموع لمنع المتظاهرين من التقدم نحو "
    "القصبة أمس.",
])
def test_tear_gas_on_a_crowd_is_coercion(pipeline, text):
    got = rows(story(pipeline, text, "2021-01-19"))
    assert ("TUN", "COERCE", "TUN") in got
    assert ("TUN", "ASSAULT", "TUN") not in got


def _dated(article, ptype):
    return {e.date for e in article.events if e.type == ptype}


@pytest.mark.parametrize("frame", ["خلال المسيرات التي شهدتها", "على هامش المسيرات التي شهدتها"])
def test_arrests_during_a_march_take_the_marchs_day(pipeline, frame):
    art = story(pipeline, "الجزائر - أعلنت الشرطة، اليوم السبت، توقيف 40 شخصا وإصابة 12 "
                          f"شرطيا، {frame} مدينة وهران أمس الجمعة رفضا لقانون المالية.",
                "2020-01-04")
    assert ("DZA", "COERCE", "DZA") in rows(art)
    assert _dated(art, "COERCE") == {"2020-01-03"}


def test_a_march_told_as_a_frame_is_a_protest(pipeline):
    art = story(pipeline, "الجزائر - أعلنت الشرطة، اليوم السبت، توقيف 40 شخصا خلال المسيرات "
                          "التي شهدتها مدينة وهران أمس الجمعة.", "2020-01-04")
    assert ("DZA", "PROTEST", "DZA") in rows(art)
    assert _dated(art, "PROTEST") == {"2020-01-03"}


def test_hurt_during_protests_named_before_is_no_new_protest(pipeline):
    """Without a verb telling it took place, a protest after خلال is a reference."""
    got = rows(story(pipeline, "الخرطوم - وقالت الشرطة إن 30 من أفرادها أصيبوا خلال "
                               "الاحتجاجات.", "2022-07-01"))
    assert not any(r[1] == "PROTEST" for r in got)


def test_a_time_after_a_protests_cause_dates_the_cause(pipeline):
    """The day after ``احتجاجا على رسالة …`` is the letter's, not the march's."""
    art = story(pipeline, "الرباط - نظم ناشطون مغاربة أمس الجمعة مظاهرة أمام مقر السفارة "
                          "الجزائرية.\nوجاءت المظاهرة التي نظمها ناشطون احتجاجا على رسالة "
                          "الرئيس الجزائري إلى ندوة أبوجا حول الصحراء يوم الاثنين 28 أكتوبر.",
                "2013-11-02")
    assert "2013-10-28" not in _dated(art, "PROTEST")


def test_a_time_right_after_the_cause_still_dates_the_protest(pipeline):
    art = story(pipeline, "القاهرة - تظاهر آلاف المصريين احتجاجا على القرار يوم الجمعة.",
                "2013-11-02")
    assert _dated(art, "PROTEST") == {"2013-11-01"}


def test_protesters_who_storm_a_palace_protest(pipeline):
    art = story(pipeline, "بغداد - واع: وكان المحتجون قد اقتحموا القصر الجمهوري في المنطقة "
                          "الخضراء أمس احتجاجا على نتائج الانتخابات العراقية.", "2022-08-30")
    got = rows(art)
    assert ("IRQ", "PROTEST", "IRQ") in got
    assert not any(r[1] == "COERCE" for r in got)


@pytest.mark.parametrize("text, country", [
    ("بغداد - واع: عقد رئيس الوزراء العراقي اجتماعا أمس في القصر الجمهوري ببغداد.", "IRQ"),
    ("صنعاء - سبأ: استقبل رئيس المجلس السياسي اليمني الوفد العماني أمس في القصر الجمهوري.",
     "YEM"),
    ("الخرطوم - تجددت الاشتباكات أمس بين الجيش السوداني والدعم السريع في محيط القصر "
     "الجمهوري وسط الخرطوم.", "SDN"),
])
def test_the_republican_palace_is_the_storys_own(pipeline, text, country):
    art = story(pipeline, text, "2023-04-10")
    palace = [e for e in art.entities if e.name == "القصر الجمهوري"]
    assert palace and palace[0].country == country


@pytest.mark.parametrize("text", [
    "المنامة - وتجمع مئات المحتجين أمس أمام منزل الشيخ في بلدة الدراز، فيما فرضت قوات الأمن "
    "البحرينية طوقا حول البلدة.",
    "المنامة - وطوقت قوات الأمن البحرينية أمس بلدة الدراز غربي العاصمة.",
])
def test_a_cordon_around_a_place_is_coercion(pipeline, text):
    assert ("BHR", "COERCE", "BHR") in rows(story(pipeline, text, "2016-06-21"))


def test_a_lifeline_is_no_cordon(pipeline):
    got = rows(story(pipeline, "بيروت - واعتبر الوزير اللبناني أن المبادرة الفرنسية تمثل طوق "
                               "النجاة الأخير للحكومة اللبنانية.", "2020-09-01"))
    assert not any(r[1] == "COERCE" for r in got)


def test_a_home_body_rejecting_the_presidents_decree_targets_its_maker(pipeline):
    """In a story of one country's own affairs, a body of that country reacting to a
    decree its president issued (``الذي أصدره``) reacts to another actor of the same
    country."""
    art = story(pipeline, "القاهرة - تظاهر مئات المحامين أمس أمام دار القضاء العالي احتجاجا "
                          "على الإعلان الدستوري الذي أصدره الرئيس المصري عبد الفتاح السيسي "
                          "مساء الثلاثاء.\nوأعلن مجلس الدولة المصري، في بيان اليوم الخميس، "
                          "رفضه الكامل للإعلان الدستوري.", "2016-04-25")
    assert ("EGY", "REJECT", "EGY") in rows(art)


def test_a_curfew_lifted_was_imposed_on_the_day_its_clause_tells(pipeline):
    art = story(pipeline, "دمشق - رفعت السلطات السورية، صباح اليوم الأحد، حظر التجوال الذي "
                          "فرضته على مدينة درعا منذ مساء الخميس، بعد عودة الهدوء.", "2011-04-24")
    assert ("SYR", "COERCE", "SYR") in rows(art)
    assert ("SYR", "CONCEDE", "SYR") in rows(art)
    assert _dated(art, "COERCE") == {"2011-04-21"}
    assert [e.type for e in art.events][:2] == ["COERCE", "CONCEDE"]


def test_the_lifting_day_does_not_date_the_curfew(pipeline):
    art = story(pipeline, "الخرطوم - أعلن رئيس المجلس العسكري في السودان، مساء السبت، رفع حظر "
                          "التجوال الليلي الذي فرضه سلفه.", "2019-04-14")
    assert "2019-04-13" not in {e.date for e in art.events if e.type == "COERCE"
                                and e.date_basis == "text"}


@pytest.mark.parametrize("whom", ["الجميع", "جميع الأطراف"])
def test_a_foreign_call_on_everyone_is_aimed_at_the_storys_country(pipeline, whom):
    """Everyone (``الجميع``), like all the parties, are the sides of the story's crisis,
    not an open addressee like the international community."""
    got = rows(story(pipeline, "بيروت - تظاهر آلاف اللبنانيين أمس في ساحة الشهداء وسط بيروت.\n"
                               f"دوليا، وصفت الأمم المتحدة الوضع بأنه خطير، داعية {whom} إلى "
                               "الامتناع عن أي أعمال عنف.", "2019-10-20"))
    assert ("UN", "REQUEST", "LBN") in got


def test_a_call_on_the_international_community_stays_open(pipeline):
    got = rows(story(pipeline, "بيروت - تظاهر آلاف اللبنانيين أمس في ساحة الشهداء وسط بيروت.\n"
                               "دوليا، دعت الأمم المتحدة المجتمع الدولي إلى تقديم مساعدات "
                               "عاجلة.", "2019-10-20"))
    assert ("UN", "REQUEST", "LBN") not in got


@pytest.mark.parametrize("aside", ["اليوم الأحد", "في بيان صدر اليوم"])
def test_a_stance_masdar_after_an_aside_between_commas_is_the_verbs_object(pipeline, aside):
    """``أكدت الوزارة، اليوم الأحد، رفض …``: the masdar's genitive is the one rejecting,
    and the statements rejected are aimed at the one who made them."""
    got = rows(story(pipeline, f"الكويت - أكدت وزارة الخارجية، {aside}، رفض دولة الكويت "
                               "القاطع للتصريحات الصادرة عن وزير الخارجية الإيراني.",
                     "2016-01-10"))
    assert ("KWT", "REJECT", "IRN") in got
    assert ("KWT", "REJECT", "KWT") not in got


def test_a_condemning_participle_accuses_the_one_whose_words_it_names(pipeline):
    got = rows(story(pipeline, "الكويت - وكان وزير الخارجية الإيراني قد هاجم أمس الكويت في "
                               "تصريحات صحفية.\nوأعرب الأمين العام لجامعة الدول العربية عن تضامن "
                               "الجامعة مع الكويت، مدينا تصريحات الوزير الإيراني.", "2016-01-10"))
    assert ("ARAB_LEAGUE", "ACCUSE", "IRN") in got
