"""Who asks whom: a demand after ``لكنه``/``لكنها`` is the speaker's, even when the
clause before it ends with another actor (``… سيادة العراق"، لكنه طالب بغداد``)."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text, wanted, reversed_", [
    ('من جهته، أكد وزير الخارجية الإيراني أن طهران "تحترم سيادة العراق"، لكنه طالب بغداد '
     'بنزع سلاح الجماعات المسلحة.', ("IRN", "REQUEST", "IRQ"), ("IRQ", "REQUEST", "IRQ")),
    ('وقال وزير الخارجية المصري إن القاهرة "تقدر موقف السودان"، لكنه دعا الخرطوم إلى '
     'وقف القتال.', ("EGY", "REQUEST", "SDN"), ("SDN", "REQUEST", "SDN")),
])
def test_a_demand_after_lakinnahu_is_the_speakers(pipeline, text, wanted, reversed_):
    got = rows(story(pipeline, text, "2023-03-20"))
    assert wanted in got
    assert reversed_ not in got
