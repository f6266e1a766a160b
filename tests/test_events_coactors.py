"""Co-actors: those named after a clause as acting alongside its subject
(``، إلى جانب السعودية والإمارات ومصر``) share the act; without a comma ``إلى جانب`` may
belong to the object, and ``وقف إلى جانب`` is support, not a co-actor."""
from __future__ import annotations

from tests.test_events import rows, story


def test_states_named_after_a_comma_and_ila_janib_share_the_act(pipeline):
    got = rows(story(pipeline, "وكانت البحرين قد قطعت علاقاتها مع قطر في 5 يونيو 2017، "
                               "إلى جانب السعودية والإمارات ومصر.", "2023-04-13"))
    for source in ("BHR", "SAU", "ARE", "EGY"):
        assert (source, "SANCTION", "QAT") in got


def test_a_coactor_joins_a_meeting_too(pipeline):
    got = rows(story(pipeline, "التقى وزير الخارجية الأردني أمس في بغداد رئيس الوزراء العراقي، "
                               "إلى جانب وزير الخارجية المصري.", "2023-03-20"))
    assert {("JOR", "CONSULT", "IRQ"), ("EGY", "CONSULT", "IRQ")} <= got


def test_standing_by_a_state_is_support_not_a_coactor(pipeline):
    got = rows(story(pipeline, "وقفت الجزائر إلى جانب تونس في أزمتها.", "2023-03-20"))
    assert ("DZA", "SUPPORT", "TUN") in got
    assert not any(s == "TUN" for s, _, _ in got)
