"""Rules found on articles the event rules were not tuned on: a visit whose visitor
follows a light verb (``زيارة يجريها أردوغان``), the last time a first act happened
(``أول زيارة … منذ عام 2011``) that does not date it, and a demand addressed to states
in general."""
from __future__ import annotations

import pytest

from tests.test_events import code, rows


@pytest.fixture(scope="module")
def stage():
    from hadath.annotate.events import EventStage
    return EventStage()


ERDOGAN = ("رجب طيب أردوغان", "PER", "TUR", None)
IRAQ = ("العراق", "LOC", "IRQ", None)
MELONI = ("ميلوني", "PER", "ITA", None)
TUNISIA = ("تونس", "LOC", "TUN", None)
EGYPT = ("مصر", "LOC", "EGY", None)
SISI = ("عبد الفتاح السيسي", "PER", "EGY", None)


@pytest.mark.parametrize("text, ents, wanted", [
    ("جاء ذلك خلال زيارة يجريها الرئيس التركي رجب طيب أردوغان إلى العراق.", [ERDOGAN, IRAQ],
     ("TUR", "CONSULT", "IRQ")),
    ("ويأتي ذلك بعد زيارتين أدتهما ميلوني إلى تونس الشهر الماضي.", [MELONI, TUNISIA],
     ("ITA", "CONSULT", "TUN")),
])
def test_the_visitor_follows_a_light_verb_after_the_visit(stage, text, ents, wanted):
    assert wanted in rows(code(stage, text, ents, published="2024-04-23"))


def test_the_light_verb_of_a_later_act_gives_no_doer_to_an_earlier_one(stage):
    got = rows(code(stage, "ويأتي التوقيع بعد زيارتين أدتهما ميلوني إلى تونس.",
                    [MELONI, TUNISIA], published="2023-07-17"))
    assert ("ITA", "CONSULT", "TUN") in got
    assert ("ITA", "AGREE", "TUN") not in got


def test_the_time_after_a_first_since_does_not_date_the_act(stage):
    art = code(stage, "وصل أردوغان إلى بغداد أمس الإثنين، في أول زيارة رسمية يجريها الرئيس "
                      "التركي رجب طيب أردوغان إلى العراق منذ عام 2011.",
               [ERDOGAN, IRAQ, ("بغداد", "LOC", "IRQ", None)], published="2024-04-23",
               times=True)
    dates = {e.date for e in art.events if e.type == "CONSULT"}
    assert dates == {"2024-04-22"}


def test_an_act_going_on_since_a_day_began_then(stage):
    art = code(stage, "ارتفع عدد القتلى جراء العدوان الإسرائيلي المتواصل على مدينة جنين منذ "
                      "فجر أمس الاثنين إلى 11 قتيلا.",
               [("جنين", "LOC", "PSE", None)], published="2023-07-04", times=True)
    assert {e.date for e in art.events if e.type == "ASSAULT"} == {"2023-07-03"}


def test_a_demand_to_states_in_general_is_not_aimed_at_the_speakers_country(stage):
    got = rows(code(stage, "أكد الرئيس عبد الفتاح السيسي أن مصر ستواصل جهودها، داعيا الدول "
                           "الصناعية إلى الوفاء بتعهداتها.", [SISI, EGYPT], published="2022-11-08"))
    assert ("EGY", "REQUEST", None) in got
    assert ("EGY", "REQUEST", "EGY") not in got
