"""Stage ``ner`` on an outlet quoted after a word for an outlet (``وكالة "X"``, ``إذاعة "X"``):
an ORG, whatever the model took the word for (a man's name, a region)."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities", "ner"])
    return lambda text: pipe(Article(id="t", text=text, published="2016-06-21"))


@pytest.mark.parametrize("text,mention", [
    ('وكان القائد قد هدد، في بيان نشرته وكالة "فارس" أمس، بالرد.', "فارس"),
    ('وقال المتحدث في تسجيل بثته إذاعة "الأندلس" التابعة للحركة إن الهجوم نجح.', "الأندلس"),
])
def test_a_quoted_outlet_is_an_organization(run, text, mention):
    found = {m.text: e.type for e in run(text).entities for m in e.mentions}
    assert found[mention] == "ORG"
