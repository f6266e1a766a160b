"""An agreement named by a relative clause (المذكرة التي وقعتها إثيوبيا مع …) was signed:
وقّع with an object pronoun is always "signed it" (the intransitive وقع, "took place",
takes no object), so its subject signed with the party after مع. Such a deal, named in
passing, does not replace the parties of the agreement the story reported before it.
Hand-written sentences."""
from __future__ import annotations

import pytest

from tests.test_events import story


def rows(pipeline, text, published="2024-02-10"):
    art = story(pipeline, text, published)
    return {(e.source.key if e.source else None, e.type, t.key)
            for e in art.events for t in e.target}


@pytest.mark.parametrize("text,row", [
    ("وجدد الرئيس الصومالي أمس رفض بلاده لمذكرة التفاهم التي وقعتها إثيوبيا مع إقليم "
     "أرض الصومال في الأول من يناير الماضي.", ("ETH", "AGREE", "SOM")),
    ("وأشاد الوزير أمس بالاتفاق الذي وقعه الأردن مع العراق الأسبوع الماضي.",
     ("JOR", "AGREE", "IRQ")),
])
def test_a_deal_named_by_a_relative_clause_was_signed(pipeline, text, row):
    assert row in rows(pipeline, text)


@pytest.mark.parametrize("text", [
    "وقع انفجار أمس في وسط بغداد.",
    "ووقعت الحادثة أمس عند مدخل المدينة.",
])
def test_a_thing_that_took_place_is_no_signing(pipeline, text):
    assert not any(r[1] == "AGREE" for r in rows(pipeline, text))


def test_a_deal_named_in_passing_keeps_the_story_deal_parties(pipeline):
    text = ("وقعت مصر واليونان أمس اتفاقا لترسيم الحدود البحرية بينهما. وقال الوزير اليوناني "
            "إن الاتفاق نقيض المذكرة التي وقعتها تركيا مع ليبيا في نوفمبر 2019. "
            "ورحبت قبرص أمس بتوقيع الاتفاق.")
    found = rows(pipeline, text, "2020-08-07")
    assert ("CYP", "SUPPORT", "EGY") in found
    assert ("CYP", "SUPPORT", "TUR") not in found and ("CYP", "SUPPORT", "LBY") not in found


def test_a_deal_month_dates_no_later_act(pipeline):
    # the first sentence's only time is the month of an older deal: news goes on with a
    # day, so the next sentence's undated act does not take the month
    text = ("واستقبل ولي العهد السعودي الرئيس الإيراني، في زيارة تأتي بعد الاتفاق الذي "
            "وقعته السعودية وإيران في بكين في مارس الماضي. وطالب الرئيس الإيراني "
            "الولايات المتحدة بوقف الحرب.")
    art = story(pipeline, text, "2023-11-12")
    deal = [e for e in art.events if e.type == "AGREE"]
    call = [e for e in art.events if e.type == "REQUEST"]
    assert deal and deal[0].date == "2023-03"
    assert call and call[0].date != "2023-03"
