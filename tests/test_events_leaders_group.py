"""The leaders named together in one sentence (three heads of state joined by و) are
``القادة``/``الزعماء`` in the next ones: a plural verb or a counted ``القادة الثلاثة`` spreads
the act to every member; a joint act of several states is aimed outside the group."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story

_SUMMIT = ("بحث الرئيس التونسي قيس سعيد والرئيس الجزائري عبد المجيد تبون ورئيس المجلس "
           "الرئاسي الليبي محمد المنفي في الجزائر أمس الأوضاع في المنطقة. ")


@pytest.mark.parametrize("second", [
    "وأدان الزعماء الثلاثة بشدة الغارات الإسرائيلية، ورفضوا المخطط الإسرائيلي.",
    "وندد القادة بالحرب، ورفضوا المخطط الإسرائيلي.",
])
def test_the_leaders_named_before_all_reject(pipeline, second):
    got = rows(story(pipeline, _SUMMIT + second, "2024-04-23"))
    for source in ("TUN", "DZA", "LBY"):
        assert (source, "REJECT", "ISR") in got


def test_military_commanders_are_not_the_leaders_named_before(pipeline):
    got = rows(story(pipeline, _SUMMIT + "ورفض القادة العسكريون المخطط الإسرائيلي.",
                     "2024-04-23"))
    assert ("TUN", "REJECT", "ISR") not in got


def test_a_joint_call_is_not_aimed_at_one_of_its_members(pipeline):
    got = rows(story(pipeline, _SUMMIT + "ودعا القادة الثلاثة، في بيان مشترك، إلى وقف "
                                         "فوري لإطلاق النار في طرابلس.", "2024-04-23"))
    assert not [r for r in got if r[1] == "REQUEST" and r[0] == r[2]]
