"""A speaker whose title runs long before the name: a genitive with a place in it after
a cue joined by و, a body named after its leader, and a second office set off by commas.
Sentences composed for these tests."""
from __future__ import annotations

import pytest

from hadath.annotate.quotes import QuoteFinder
from tests.test_quotes import article, speakers


@pytest.fixture(scope="module")
def finder() -> QuoteFinder:
    return QuoteFinder()


@pytest.mark.parametrize("text,names,expected", [
    # a cue joined by و whose subject is a title with a place in its genitive
    ('رحبت الحكومة بالقرار، ودعا الأمين العام المساعد لشؤون اللاجئين في الشرق الأوسط '
     'السفير كريم منصور الدول المانحة إلى "الوفاء بتعهداتها".',
     {"الشرق الأوسط": "LOC", "كريم منصور": "PER"}, [("دعا", "كريم منصور")]),
    ('أدان البرلمان الهجوم، وطالب المفوض السامي لحقوق الإنسان في لبنان وسوريا '
     'القاضي سامي خليل بـ"تحقيق مستقل".',
     {"لبنان": "LOC", "سوريا": "LOC", "سامي خليل": "PER"}, [("طالب", "سامي خليل")]),
])
def test_a_long_title_after_a_joined_cue_reaches_its_name(finder, text, names, expected):
    assert speakers(finder, article(text, names)) == expected


@pytest.mark.parametrize("text,names,expected", [
    # the leader owns the body in the title; the one named after him speaks
    ('ونفى المتحدث باسم قوات نادر سليم العقيد رائد حسن قصف القرى، مؤكدا أن الغارات '
     '"استهدفت مخازن أسلحة".',
     {"نادر سليم": "PER", "رائد حسن": "PER"},
     [("نفى", "رائد حسن"), ("مؤكدا", "رائد حسن")]),
    ('وقالت مديرة حملة عمر ناصر ليلى حداد إن "النتائج مشجعة".',
     {"عمر ناصر": "PER", "ليلى حداد": "PER"}, [("قالت", "ليلى حداد")]),
    # past another office, the one named is spoken to: the spokesman is unnamed
    ('وانتقد المتحدث باسم حكومة نادر سليم الرئيس رائد حسن، مؤكدا أن "الحوار توقف".',
     {"نادر سليم": "PER", "رائد حسن": "PER"}, []),
    # with no one named after him, his body speaks, not he
    ('وقال المتحدث باسم قوات نادر سليم إن "الهجوم صُد".',
     {"نادر سليم": "PER"}, []),
])
def test_a_leader_named_in_the_title_does_not_speak(finder, text, names, expected):
    assert speakers(finder, article(text, names)) == expected


@pytest.mark.parametrize("text,names,expected", [
    # a first office, then between commas a second one with the name
    ('وقال رئيس اللجنة، الوزير الغاني كوفي مينسا، في ختام الاجتماع: "لن نتراجع".',
     {"كوفي مينسا": "PER"}, [("قال", "كوفي مينسا")]),
    ('وأكد رئيس الاتحاد، السفير السابق جمال عيسى، أن "الحوار هو السبيل".',
     {"جمال عيسى": "PER"}, [("أكد", "جمال عيسى")]),
    # between the commas a phrase, not a second office: no one named speaks
    ('وقال رئيس اللجنة، خلال لقائه الوزير كوفي مينسا، إن "الاتفاق قريب".',
     {"كوفي مينسا": "PER"}, []),
])
def test_a_second_office_between_commas_names_the_speaker(finder, text, names, expected):
    assert speakers(finder, article(text, names)) == expected
