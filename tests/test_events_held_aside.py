"""A name right after a word carrying an object pronoun (``اجتماع استضافته باريس``,
``باسم خارجيتها``) belongs to that word's own clause; when a comma closes that aside, the
act after it is the main clause's: the joint subject of ``أعلنا`` supports, not the host.
Without the comma, or after التي/الذي, the clause may hold the act itself."""
from __future__ import annotations

from tests.test_events import rows, story


def test_both_ministers_support_not_the_host_city(pipeline):
    got = rows(story(pipeline, "وكان وزير الخارجية الألماني أنالينا بيربوك ونظيره الإسباني "
                               "خوسيه مانويل ألباريس قد أعلنا، في ختام اجتماع وزاري دولي حول "
                               "السودان احتضنته باريس يوم الخميس، تأييد المجتمع الدولي "
                               "للاتفاق السوداني.", "2024-04-20"))
    assert ("DEU", "SUPPORT", "SDN") in got and ("ESP", "SUPPORT", "SDN") in got
    assert ("FRA", "SUPPORT", "SDN") not in got


def test_without_a_comma_the_clause_holds_the_act(pipeline):
    got = rows(story(pipeline, "أسقطت المدمرات الأمريكية أمس 12 مسيرة أطلقتها جماعة الحوثيين "
                               "في أكبر هجوم على السفن.", "2024-01-10"))
    assert ("YEM", "ASSAULT", None) in got or any(
        s == "YEM" for s, k, _ in got if k == "ASSAULT")
    assert not any(s == "USA" for s, k, _ in got if k == "ASSAULT")
