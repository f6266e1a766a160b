"""Stage ``entities`` on courts named by المحكمة and their type words (``المحكمة العسكرية``,
``محكمة الاستئناف``, Bahrain's ``المحكمة الكبرى الإدارية``): an ORG of the article's country,
as the gold sets list them."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])
    return lambda text: pipe(Article(id="t", text=text, published="2020-08-07"))


@pytest.mark.parametrize("text,mention,name_en,iso3", [
    ("أحالت النيابة في بيروت الموقوفين إلى المحكمة العسكرية.", "المحكمة العسكرية",
     "Military Court (Lebanon)", "LBN"),
    ("وكانت المحكمة الكبرى الإدارية في المنامة قد قضت بحل الجمعية.", "المحكمة الكبرى الإدارية",
     "High Administrative Court (Bahrain)", "BHR"),
    ("أيدت محكمة الاستئناف في القاهرة الحكم.", "محكمة الاستئناف", "Court of Appeal (Egypt)", "EGY"),
])
def test_courts_are_bodies_of_their_country(run, text, mention, name_en, iso3):
    found = {m.text: (e.type, e.name_en, e.country) for e in run(text).entities for m in e.mentions}
    assert found[mention] == ("ORG", name_en, iso3)
