"""Stages ``entities`` + ``ner`` on facilities named by head noun, name and the head's
adjective (``قاعدة … الجوية``, ``مطار … الدولي``) whose name no lexicon lists: the whole
phrase is one LOC mention, head and adjective kept, never a person."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities", "ner"])

    def _run(text: str):
        return pipe(Article(id="t", text=text, published="2021-03-01"))
    return _run


def mentions(article) -> dict[str, tuple[str, str | None]]:
    return {m.text: (e.type, e.name_en) for e in article.entities for m in e.mentions}


@pytest.mark.parametrize("text,mention,name_en", [
    # a base named after a person: the tagger alone takes the name for a man
    ("قصفت طائرات مسيرة قاعدة عمر المختار الجوية فجر اليوم.", "قاعدة عمر المختار الجوية",
     "Air Base"),
    # a base named after a hamlet nobody lists
    ("سيطر المسلحون على قاعدة الصوالح الجوية بعد معارك عنيفة.", "قاعدة الصوالح الجوية",
     "Air Base"),
    # with a proclitic on the head, which stays outside the mention
    ("وصلت التعزيزات إلى قاعدة الجفرة الجوية وبقاعدة الصوالح العسكرية.",
     "قاعدة الصوالح العسكرية", "Military Base"),
    # a lexicon base cut before its adjective grows to the whole name
    ("هبطت الطائرة الروسية في قاعدة حميميم الجوية قرب اللاذقية.",
     "قاعدة حميميم الجوية", "Khmeimim Air Base"),
])
def test_a_named_base_is_one_place_with_head_and_adjective(run, text, mention, name_en):
    found = mentions(run(text))
    assert found[mention][0] == "LOC"
    assert found[mention][1].endswith(name_en)
    assert not any(t == "PER" for t, _ in found.values())


@pytest.mark.parametrize("text,mention", [
    # a crossing's الحدودي describes it and stays outside (dev gold)
    ("أغلقت السلطات معبر كفرلوسين الحدودي أمام الشاحنات.", "معبر كفرلوسين"),
])
def test_a_descriptive_adjective_stays_outside(run, text, mention):
    found = mentions(run(text))
    assert mention in found and mention + " الحدودي" not in found


@pytest.mark.parametrize("text", [
    "أقلعت الطائرات من قاعدة جوية قرب المدينة.",      # no name: no mention
    "تملك البلاد قاعدة صناعية كبيرة.",              # no facility adjective
])
def test_no_name_no_facility(run, text):
    assert not any(m.startswith("قاعدة") for m in mentions(run(text)))


@pytest.mark.parametrize("text,mention", [
    # a hall or hospital named after a person: a place, head kept, never the person
    ("عقد الاجتماع في قاعة خالد الشمري بمقر المجلس.", "قاعة خالد الشمري"),
    ("نقل الجرحى إلى مستشفى سلمان الحربي في المدينة.", "مستشفى سلمان الحربي"),
    # a camp, cemetery or hall on a known place keeps its head (facilities.tsv)
    ("تقدمت القوات نحو معسكر بعشيقة شمال الموصل.", "معسكر بعشيقة"),
])
def test_a_facility_named_after_someone_is_a_place(run, text, mention):
    found = mentions(run(text))
    assert found[mention][0] == "LOC"
    assert not any(t == "PER" for t, _ in found.values())
