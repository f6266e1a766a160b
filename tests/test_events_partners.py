"""Partners named with ``بمشاركة`` share an act: each state of a coordination after it
(``بمشاركة طائرات من قطر والكويت``), also when the partners stand in an aside between the
subject and an airdrop or an attack."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text, kind, doers, target", [
    ("نفذت القوات الجوية المغربية أمس، بمشاركة طائرات من قطر والكويت، إنزالات جوية "
     "لمساعدات غذائية على قطاع غزة.", "AID", ("MAR", "QAT", "KWT"), "PSE"),
    ("أرسلت السعودية أمس قافلة مساعدات طبية إلى اليمن بمشاركة الكويت والبحرين.",
     "AID", ("SAU", "KWT", "BHR"), "YEM"),
])
def test_every_partner_shares_the_act(pipeline, text, kind, doers, target):
    got = rows(story(pipeline, text, "2024-03-05"))
    for source in doers:
        assert (source, kind, target) in got


def test_a_partner_in_a_consultation_is_still_one(pipeline):
    got = rows(story(pipeline, "عقد وزير الخارجية السعودي مشاورات مع نظيره اليمني في الرياض "
                               "أمس بمشاركة وفد عماني.", "2024-03-05"))
    assert ("OMN", "CONSULT", "YEM") in got
