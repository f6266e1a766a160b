"""A union's, a party's or a crowd's demand that names no one (``مطالبا بتسليم السلطة``,
``داعية إلى انتخابات مبكرة``), in a story of its own country, is made of its rulers: it
is aimed at that country; an official's open call, or a call on people (``داعية أنصارها
إلى``), is not (hadath.events.discourse.default_targets)."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story

KHARTOUM = ("الخرطوم - واصل آلاف المحتجين السودانيين اعتصامهم أمام مقر القيادة العامة للجيش "
            "في الخرطوم أمس الأحد.\nوأعلن تجمع المهنيين السودانيين رفضه لبيان المجلس "
            "العسكري، {call}.")
CAIRO = ("القاهرة - تظاهر آلاف المصريين في ميدان التحرير بالقاهرة أمس الجمعة.\n"
         "{who}، {call}.")


@pytest.mark.parametrize("call", ["مطالبا بتسليم السلطة إلى حكومة مدنية",
                                  "داعيا إلى تسليم السلطة إلى حكومة مدنية"])
def test_a_unions_open_demand_is_made_of_its_rulers(pipeline, call):
    got = rows(story(pipeline, KHARTOUM.format(call=call), "2019-06-09"))
    assert ("SDN", "REQUEST", "SDN") in got


def test_an_oppositions_open_call_is_made_of_its_rulers(pipeline):
    text = CAIRO.format(who="وانتقدت جبهة الإنقاذ الوطني أداء الحكومة المصرية",
                        call="داعية إلى إجراء انتخابات رئاسية مبكرة")
    assert ("EGY", "REQUEST", "EGY") in rows(story(pipeline, text, "2012-12-08"))


@pytest.mark.parametrize("who,call", [
    # a call on its own followers: made of them, not of the state
    ("وانتقدت جبهة الإنقاذ الوطني أداء الحكومة المصرية",
     "داعية أنصارها إلى الحفاظ على سلمية المظاهرات"),
    # an official's open call: to all, not a demand on his own government
    ("وأكد وزير الداخلية المصري أن الشرطة تحمي المتظاهرين",
     "داعيا إلى الحفاظ على سلمية المظاهرات"),
])
def test_a_call_on_people_or_an_officials_call_is_not_aimed_home(pipeline, who, call):
    got = rows(story(pipeline, CAIRO.format(who=who, call=call), "2012-12-08"))
    assert ("EGY", "REQUEST", "EGY") not in got
