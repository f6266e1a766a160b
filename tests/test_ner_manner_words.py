"""Adjectives of means and manner (بحري، جويا، فوري) are no person's name, whatever the
model makes of them after an indefinite noun. Sentences composed for these tests."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities", "ner"])

    def _run(text: str):
        return pipe(Article(id="t", text=text, published="2014-01-24"))
    return _run


def persons(article) -> set[str]:
    return {m.text for e in article.entities if e.type == "PER" for m in e.mentions}


@pytest.mark.parametrize("text,absent", [
    ("انسحب المقاتلون من المدينة بعد يومين من إنزال بحري وجوي نفذته القوات الكينية.", "بحري"),
    ("ونفذ سلاح الجو إنزالا جويا لمستشفى ميداني في خان يونس.", "إنزالا جويا"),
    ('رحب جون كيري بالاتفاق، ودعا الطرفين إلى تنفيذه "بشكل كامل وفوري"، فيما أعلنت الصين دعمها.',
     "كامل وفوري"),
])
def test_manner_adjectives_are_no_person(run, text, absent):
    got = persons(run(text))
    assert not any(absent in p or p in absent for p in got), got


def test_a_surname_that_is_a_word_still_counts(run):
    assert "نبيه بري" in persons(run("وقال رئيس مجلس النواب نبيه بري إن الجلسة أجلت."))
