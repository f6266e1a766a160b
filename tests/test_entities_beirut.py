"""Stage ``entities`` on Beirut's squares, quarters and residences, which protest and
port-blast copy names without a type word (``في الجميزة ومار مخايل``, ``من بيت الوسط``)."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])
    return lambda text: pipe(Article(id="t", text=text, published="2020-08-07"))


@pytest.mark.parametrize("text,mention,name_en", [
    ("اعتصم المحتجون في ساحة رياض الصلح وسط العاصمة.", "رياض الصلح", "Riad Al Solh Square"),
    ("تضررت المنازل في الجميزة ومار مخايل جراء الانفجار.", "مار مخايل", "Mar Mikhael"),
    ("تضررت المنازل في الجميزة ومار مخايل جراء الانفجار.", "الجميزة", "Gemmayzeh"),
    ('وقال رئيس الحكومة في كلمة من "بيت الوسط" إنه سيستقيل.', "بيت الوسط", "Bayt al-Wasat"),
    ("استقبل الرئيس الفرنسي ضيوفه في قصر الصنوبر.", "قصر الصنوبر", "Résidence des Pins"),
    ("اجتمع قائد الجيش بالضباط في اليرزة.", "اليرزة", "Yarzeh"),
])
def test_beirut_places(run, text, mention, name_en):
    found = {m.text: (e.type, e.name_en, e.country) for e in run(text).entities for m in e.mentions}
    assert found[mention] == ("LOC", name_en, "LBN")
