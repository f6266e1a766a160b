"""An agent's arm told by adjectives before its nationality (``القوات الجوية الملكية
السعودية``): the country is the nationality after them, not the story's country, and the
country word is not a second actor (the target) of the act."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story

# a Yemeni story, so the story's country is not the attacker's
_YEMEN = " وقال مسؤول يمني إن اليمن يرفض التدخل في شؤون اليمن."


@pytest.mark.parametrize("agent,country", [
    ("القوات الجوية السعودية", "SAU"),
    ("القوات الجوية الملكية السعودية", "SAU"),
    ("طائرات القوات الجوية الإماراتية", "ARE"),
])
def test_nationality_after_an_arms_adjectives_is_the_agents_country(pipeline, agent, country):
    got = rows(story(pipeline, f"قصفت {agent} مواقع عسكرية في مدينة صعدة." + _YEMEN,
                     "2024-02-10"))
    assert (country, "ASSAULT", "YEM") in got
    assert not any(t == country and s != country for s, ty, t in got if ty == "ASSAULT")
