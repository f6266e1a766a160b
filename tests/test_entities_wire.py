"""Stage ``entities`` on names that Arab wire copy uses and the lexicons once lacked:
the agencies' own spellings of countries (``الدانمارك``, ``الفيليبين``), the major city
for a name two cities share, and the towns of the region's neighbours."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])

    def _run(text: str, published: str = "2022-02-01"):
        return pipe(Article(id="t", text=text, published=published))
    return _run


def linked(article) -> dict[str, tuple[str, str | None, str | None]]:
    return {m.text: (e.type, e.name_en, e.country) for e in article.entities for m in e.mentions}


@pytest.mark.parametrize("mention,name_en,iso3", [
    ("الدنمارك", "Denmark", "DNK"),
    ("الدانمارك", "Denmark", "DNK"),
    ("الفيليبين", "Philippines", "PHL"),
    ("كامبوديا", "Cambodia", "KHM"),
    ("النروج", "Norway", "NOR"),
    ("هولاندا", "Netherlands", "NLD"),
    ("بنجلاديش", "Bangladesh", "BGD"),
    ("المجر", "Hungary", "HUN"),
    ("كوت ديفوار", "Ivory Coast", "CIV"),
    ("سوازيلاند", "Eswatini", "SWZ"),
])
def test_countries_in_the_spellings_arab_agencies_use(run, mention, name_en, iso3):
    got = linked(run(f"أعلنت {mention} سحب قواتها الخاصة من المنطقة خلال أسبوعين."))
    assert got.get(mention) == ("LOC", name_en, iso3)


def test_the_major_city_wins_a_shared_name_even_in_the_small_ones_country(run):
    # الدار البيضاء is also a suburb of Algiers; an Algerian story still means Casablanca
    text = ("استدعت الجزائر القائم بأعمال سفارة المغرب بعد اقتحام قنصليتها في الدار البيضاء، "
            "وقالت الخارجية الجزائرية إن الجزائر تنتظر اعتذارا.")
    assert linked(run(text))["الدار البيضاء"] == ("LOC", "Casablanca", "MAR")


@pytest.mark.parametrize("text,mention,name_en,iso3", [
    ("اتهمت موسكو كييف بقصف مدينة بيلغورود الروسية.", "بيلغورود", "Belgorod", "RUS"),
    ("وصلت قافلة إنسانية إلى أبشي شرقي تشاد.", "أبشي", "Abéché", "TCD"),
    ("هاجم مسلحون معسكرا للجيش قرب تمبكتو شمالي البلاد.", "تمبكتو", "Timbuktu", "MLI"),
])
def test_towns_of_the_neighbours_the_news_names(run, text, mention, name_en, iso3):
    assert linked(run(text))[mention] == ("LOC", name_en, iso3)
