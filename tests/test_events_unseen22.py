"""Acts the twenty-second and twenty-third unseen sets found wrong at first sight: strikes
on the positions of a Sahel armed group (the group's country is hit, not the dateline's)."""
from __future__ import annotations

from tests.test_events import rows, story


def test_strikes_on_a_sahel_group_hit_its_country_not_the_datelines(pipeline):
    got = rows(story(pipeline, "الجزائر - (واج) - قالت الخارجية الجزائرية إن الجزائر تتابع الوضع.\n"
                               "وكان الطيران الحربي الفرنسي قد شن أمس غارات على مواقع لجماعة "
                               "أنصار الدين قرب مدينة غاو.", "2013-01-14"))
    assert ("FRA", "ASSAULT", "MLI") in got
    assert ("FRA", "ASSAULT", "DZA") not in got

