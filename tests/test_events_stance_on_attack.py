"""A stance on an attack told before (``ودانت الخارجية السورية الغارات``, ``رحب العبادي
بالضربات``) is aimed at the attack's doer; one condemns another's attack and welcomes
strikes on its enemy, so an attack of the stance-taker's own, or one that hit it, told in
between is not the one meant (hadath.events.condemned, hadath.events.told_attacks)."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story

ISRAELI_RAIDS = ("دمشق - شنت طائرات إسرائيلية فجر اليوم غارات على مواقع قرب مطار دمشق الدولي.\n"
                 "وقصف الجيش السوري مواقع للمسلحين في ريف إدلب أمس.\n"
                 "ودانت وزارة الخارجية السورية {what}، ووصفتها بأنها عدوان سافر.")


@pytest.mark.parametrize("what", ["الغارات", "الضربات"])
def test_condemned_strikes_are_the_other_sides_not_the_condemners_own(pipeline, what):
    got = rows(story(pipeline, ISRAELI_RAIDS.format(what=what), "2021-06-28"))
    assert ("SYR", "ACCUSE", "ISR") in got
    assert ("SYR", "ACCUSE", "SYR") not in got


US_RAIDS = ("أربيل - شنت طائرات أمريكية، أمس الخميس، غارات على مواقع لتنظيم داعش قرب مدينة "
            "الموصل.\nوكان التنظيم قد قصف بلدات عراقية قرب أربيل الأسبوع الماضي.\n"
            "من جهته، رحب رئيس الوزراء العراقي حيدر العبادي {what}، مؤكدا أنها تساعد القوات "
            "العراقية.")


@pytest.mark.parametrize("what", ["بالضربات", "بالغارات", "بالعملية"])
def test_welcomed_strikes_are_those_on_the_welcomers_enemy(pipeline, what):
    got = rows(story(pipeline, US_RAIDS.format(what=what), "2014-08-09"))
    assert ("IRQ", "SUPPORT", "USA") in got
    assert ("IRQ", "SUPPORT", "ISIS") not in got


def test_a_condemnation_of_the_last_attack_by_another_is_unchanged(pipeline):
    got = rows(story(pipeline, "بغداد - شنت طائرات تركية غارات على قرى في محافظة دهوك أمس "
                               "الاثنين.\nودان رئيس الوزراء العراقي الهجوم.", "2021-06-29"))
    assert ("IRQ", "ACCUSE", "TUR") in got
