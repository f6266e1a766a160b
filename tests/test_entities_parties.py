"""Stage ``entities`` on the Arab parties and movements of the uprisings and after, the
head noun kept where it is part of the formal name (``حزب الحرية والعدالة``) and left out
where it only describes it (``حزب طلائع الحريات`` → ``طلائع الحريات``), per GUIDELINES."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])
    return lambda text: pipe(Article(id="t", text=text, published="2013-02-07"))


@pytest.mark.parametrize("text,mention,name_en,iso3", [
    ("تظاهر أنصار حزب الحرية والعدالة أمام القصر.", "حزب الحرية والعدالة",
     "Freedom and Justice Party", "EGY"),
    ("ودعت جبهة الإنقاذ الوطني إلى الاعتصام في الميدان.", "جبهة الإنقاذ الوطني",
     "National Salvation Front (Egypt)", "EGY"),
    ("واتهمت جماعة الإخوان المسلمين المعارضة بالتحريض.", "جماعة الإخوان المسلمين",
     "Muslim Brotherhood", None),
    ("ندد حزب الوطنيين الديمقراطيين الموحد بالاغتيال.", "حزب الوطنيين الديمقراطيين الموحد",
     "Democratic Patriots' Unified Party", "TUN"),
    ("وقال رئيس حزب طلائع الحريات إن المسيرات سلمية.", "طلائع الحريات",
     "Talaie El Houriyet", "DZA"),
    ("خرج شباب حركة 20 فبراير إلى الشوارع.", "حركة 20 فبراير", "February 20 Movement", "MAR"),
])
def test_parties_and_movements(run, text, mention, name_en, iso3):
    found = {m.text: (e.type, e.name_en, e.country) for e in run(text).entities for m in e.mentions}
    assert found[mention] == ("ORG", name_en, iso3)


def test_the_pmf_short_form_after_its_full_name(run):
    art = run("شاركت قوات الحشد الشعبي في المعركة، وأكد المتحدث أن الحشد لن يدخل المدينة.")
    found = {m.text: e.name_en for e in art.entities for m in e.mentions}
    assert found["الحشد"] == "Popular Mobilization Forces"
    # alone, the word is a crowd, not the force
    alone = run("تجمع الحشد أمام البرلمان منذ الصباح.")
    assert not any(m.text == "الحشد" for e in alone.entities for m in e.mentions)
