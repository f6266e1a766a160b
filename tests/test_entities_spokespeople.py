"""Stage ``entities`` on the State Department's spokespeople, whom Arab wire copy quotes
in every crisis (``المتحدثة باسم وزارة الخارجية الأمريكية …``), in the agencies' several
spellings: a lexicon row gives the right English name where the model only guesses one."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])
    return lambda text: pipe(Article(id="t", text=text, published="2015-02-01"))


@pytest.mark.parametrize("text,mention,name_en", [
    ("ودعت المتحدثة باسم الخارجية الأمريكية فيكتوريا نولاند الأطراف إلى الحوار.",
     "فيكتوريا نولاند", "Victoria Nuland"),
    ("وقالت المتحدثة باسم الخارجية الأميركية هيذر ناورت إن المساعدات ستتوقف.",
     "هيذر ناورت", "Heather Nauert"),
    ("وقال المتحدث باسم الخارجية الأمريكية مارك تونر إن بلاده قلقة.", "مارك تونر", "Mark Toner"),
    ("وأكدت المتحدثة ماري هارف أن واشنطن تتابع الوضع.", "ماري هارف", "Marie Harf"),
    ("وقالت المتحدثة جين بساكي إن الإدارة تدرس الخيارات.", "جين بساكي", "Jen Psaki"),
])
def test_state_department_spokespeople(run, text, mention, name_en):
    found = {m.text: (e.type, e.name_en, e.country) for e in run(text).entities for m in e.mentions}
    assert found[mention] == ("PER", name_en, "USA")
