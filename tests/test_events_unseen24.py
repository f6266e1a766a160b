"""Doers of acts told by a noun, which the twenty-fourth unseen set found wrong at first
sight: the doer named in a relative clause after the act noun (``المجزرة التي ارتكبتها
القوات``, ``الهجمات التي شنها مسلحو "داعش" و"النصرة"``), whom a condemnation of the act
blames, all of them; armed men of named groups as a verb's subject (``شن مسلحون من …``);
and ``طالما`` (a habit, or "as long as"), which tells no single act."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


def test_the_doer_of_a_massacre_in_a_relative_clause_is_blamed(pipeline):
    got = rows(story(pipeline, "عمان - بترا: دان وزير الخارجية المصري سامح شكري المجزرة "
                               "المروعة التي ارتكبتها القوات الإسرائيلية أمس بحق نازحين في "
                               "مخيم جباليا شمال قطاع غزة.", "2023-11-01"))
    assert ("ISR", "ASSAULT", "PSE") in got
    assert ("EGY", "ACCUSE", "ISR") in got
    assert not any(r[1] == "ASSAULT" and r[0] == "EGY" for r in got)


def test_a_condemnation_blames_every_group_of_the_relative_clause(pipeline):
    """A quote between و and the second name does not part the two doers."""
    got = rows(story(pipeline, 'بغداد - واع: وكان مجلس الأمن الدولي قد دان في بيان أمس '
                               'الهجمات التي شنها مسلحو "داعش" و"جبهة النصرة" على الجيش '
                               'العراقي قرب الحدود.', "2014-08-07"))
    assert ("UNSC", "ACCUSE", "ISIS") in got
    assert ("UNSC", "ACCUSE", "SYR") in got
    assert ("ISIS", "ASSAULT", "IRQ") in got


@pytest.mark.parametrize("fighters", ["مسلحون", "مقاتلون"])
def test_armed_men_of_named_groups_are_the_attackers(pipeline, fighters):
    got = rows(story(pipeline, f'بيروت: وتواصل القوات اللبنانية عملياتها في محيط البلدة، حيث '
                               f'شن {fighters} من "جبهة النصرة" وتنظيم "داعش" منذ الأحد هجمات '
                               f'على مراكز الجيش اللبناني.', "2014-08-07"))
    assert ("SYR", "ASSAULT", "LBN") in got
    assert ("ISIS", "ASSAULT", "LBN") in got
    assert not any(r[1] == "ASSAULT" and r[0] is None for r in got)


def test_what_has_long_drawn_criticism_is_no_event(pipeline):
    got = rows(story(pipeline, 'الرباط: وشمل العفو ثلاثة صحافيين، وهي أسماء طالما شكلت '
                               'قضاياها محور انتقادات منظمة العفو الدولية و"مراسلون بلا حدود".',
                     "2024-07-30"))
    assert not any(r[1] == "ACCUSE" for r in got)


def test_a_victims_warning_is_aimed_at_its_attacker(pipeline):
    """The story's country warns that it will answer any attack on its land: the
    threat is at the one who shelled it, not at itself."""
    got = rows(story(pipeline, "بيروت - الوطنية: استدعت وزارة الخارجية اللبنانية السفير "
                               "السوري، احتجاجا على قذائف أطلقتها القوات السورية مساء السبت "
                               "على بلدة حدودية، ما أدى إلى إصابة طفلين.\n"
                               "وأكد وزير الخارجية اللبناني في اتصال مع نظيره الفرنسي ضرورة "
                               "وقف العنف، محذرا من أن لبنان سيرد بحزم على أي اعتداء يطال "
                               "أراضيه.", "2012-07-31"))
    assert ("LBN", "THREATEN", "SYR") in got
    assert ("LBN", "THREATEN", "LBN") not in got


@pytest.mark.parametrize("text", [
    "القاهرة - أ ش أ: أدانت الرئاسة المصرية قرار الحكومة الإثيوبية بدء الملء الثاني "
    "للخزان (سد النهضة) ورفضته، معتبرة إياه تهديدا للأمن المائي.",
    "الجزائر - واج: أدانت الخارجية الجزائرية قرار الحكومة الفرنسية تقليص التأشيرات للجزائريين "
    "ورفضته، معتبرة إياه خطوة غير مبررة.",
])
def test_a_verb_joined_with_an_object_pronoun_goes_on_with_subject_and_object(pipeline, text):
    """``ورفضته`` is the verb رفض with the feminine ت and a pronoun (not the masdar
    رفضه): the one who condemned rejects, and the pronoun is the decision condemned."""
    got = rows(story(pipeline, text, "2021-07-06"))
    source, target = ("EGY", "ETH") if "الإثيوبية" in text else ("DZA", "FRA")
    assert (source, "REJECT", target) in got
    assert not any(r[1] == "REJECT" and r[0] != source for r in got)


def test_a_protest_against_the_decision_is_aimed_at_its_maker(pipeline):
    """``قرار الإدارة الأميركية`` names the decision's maker; a later protest
    ``احتجاجا على القرار`` is aimed at it, not at the protesters' own country."""
    got = rows(story(pipeline, "رام الله - وفا: أدانت الرئاسة الفلسطينية قرار الإدارة الأميركية "
                               "إغلاق مكتب منظمة التحرير في واشنطن.\n"
                               "واعتصم عشرات الطلاب أمس أمام مقر الرئاسة في مدينة رام الله "
                               "احتجاجا على القرار.", "2018-09-11"))
    assert ("PSE", "PROTEST", "USA") in got
