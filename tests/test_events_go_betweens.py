"""A go-between named with the parties of an act is not one of them (hadath.events.sponsors):
every role rule of the coder chooses among the same parties."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text", [
    "الخرطوم - قدم السودان شكوى إلى مجلس الأمن ضد إثيوبيا بحضور مندوب مصر لدى الأمم المتحدة.",
    "الخرطوم - وتقدم السودان بشكوى إلى مجلس الأمن، بحضور مندوب مصر، ضد إثيوبيا.",
])
def test_a_complaint_is_against_the_accused_not_the_one_present(pipeline, text):
    got = rows(story(pipeline, text, "2024-03-10"))
    assert ("SDN", "ACCUSE", "ETH") in got
    assert not any(r[1] == "ACCUSE" and "EGY" in r for r in got), got


@pytest.mark.parametrize("text, sponsor", [
    ("عقد وزراء خارجية السعودية وقطر ومصر اجتماعا في الرياض أمس بحضور وزير الخارجية "
     "الأمريكي.", "USA"),
    ("عقد وزراء خارجية السعودية وقطر ومصر اجتماعا في الرياض أمس برعاية الولايات المتحدة.",
     "USA"),
])
def test_the_sponsor_of_a_meeting_of_many_is_not_one_of_its_guests(pipeline, text, sponsor):
    got = rows(story(pipeline, text, "2024-03-10"))
    assert {("QAT", "CONSULT", "SAU"), ("EGY", "CONSULT", "SAU")} <= got
    assert not any(sponsor in r for r in got), got


def test_a_guest_received_before_one_present_consults_the_host(pipeline):
    """``ديبي، الذي استقبله بحضور أمير قطر الرئيس السوداني``: the one present is no host."""
    got = rows(story(pipeline, "الدوحة - وكان الرئيس التشادي إدريس ديبي، الذي استقبله بحضور "
                               "أمير قطر الرئيس السوداني عمر البشير، قد وصل أمس.", "2024-03-10"))
    assert ("TCD", "CONSULT", "SDN") in got
    assert not any("QAT" in r for r in got), got


def test_the_party_named_after_the_go_between_is_a_party(pipeline):
    """``بوساطة قطرية، وأطلقت إسرائيل``: the phrase after the go-between's own is not
    named after the word of mediation; Israel released the prisoners."""
    got = rows(story(pipeline, "أفرجت حركة حماس عن رهينتين في صفقة أنجزت بوساطة قطرية، "
                               "وأطلقت إسرائيل في المقابل سراح ثلاثين أسيرا فلسطينيا.",
                     "2024-03-10"))
    assert ("ISR", "RETREAT", "PSE") in got
    assert not any(r[1] == "RETREAT" and "QAT" in r for r in got), got
