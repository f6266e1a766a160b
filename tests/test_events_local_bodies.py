"""A generic body named bare (``المجلس العسكري``) is the story's own: Niger's junta in a
Niger story, not the Sudanese council the lexicon links the words to; a story that names
Sudan keeps the lexicon's council. Its leader after ``بقيادة`` is no target."""
from __future__ import annotations

from tests.test_events import rows, story

NIGER = ("أبوجا - وكالات: هددت دول غرب أفريقيا بالتدخل في النيجر بعد انقضاء المهلة التي "
         "منحتها للمجلس العسكري. وفي المقابل، اتهم المجلس العسكري بقيادة الجنرال عبد الرحمن "
         "تياني فرنسا بالسعي إلى التدخل عسكريا.")
SUDAN = ("الخرطوم - وكالات: اتهم المجلس العسكري أمس النرويج بالتدخل في الشؤون الداخلية، "
         "وقال إن السودان لن يقبل بذلك.")


def test_a_bare_military_council_is_the_story_countrys(pipeline):
    art = story(pipeline, NIGER, "2023-08-11")
    got = rows(art)
    assert ("NER", "ACCUSE", "FRA") in got
    assert not any("SDN" in (s, t) for s, _, t in got)
    accuse = next(e for e in art.events if e.type == "ACCUSE")
    assert accuse.source.name_en is None     # not the Sudanese council's name


def test_the_lexicons_council_stays_when_its_country_is_named(pipeline):
    assert ("SDN", "ACCUSE", "NOR") in rows(story(pipeline, SUDAN, "2019-05-01"))


def test_the_leadership_an_act_reaches_is_its_target(pipeline):
    got = rows(story(pipeline, "وأكد مسؤول أن المخابرات المصرية اتصلت يوم الجمعة الماضي بقيادة "
                               "حركة حماس ونقلت لها عرضا جديدا.", "2008-11-24"))
    assert ("EGY", "CONSULT", "PSE") in got
