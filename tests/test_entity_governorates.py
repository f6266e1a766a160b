"""A city after the word for governorate names the governorate (Wikipedia's title)."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])
    return lambda text: pipe(Article(id="t", text=text, published="2023-11-17"))


def names(article) -> dict[str, str | None]:
    return {m.text: e.name_en for e in article.entities for m in e.mentions}


@pytest.mark.parametrize("text,expected", [
    ("وقتل ثلاثة مهربين في محافظتي درعا والسويداء أمس.",
     {"درعا": "Daraa Governorate", "السويداء": "As-Suwayda Governorate"}),
    ("وقصفت الطائرات مواقع في محافظات الحديدة وتعز.",
     {"الحديدة": "Al Hudaydah Governorate", "تعز": "Taiz Governorate"}),
    ("وسقط صاروخ بمحافظة دهوك فجرا.", {"دهوك": "Duhok Governorate"}),
    ("وتقدمت القوات في ريف محافظة إدلب الجنوبي.", {"إدلب": "Idlib Governorate"}),
])
def test_city_after_governorate_word_is_the_governorate(run, text, expected):
    got = names(run(text))
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text,mention,name_en", [
    # the city itself, and a city after a list that no governorate word opened
    ("ودخلت القوات مدينة إدلب صباحا.", "إدلب", "Idlib"),
    ("وزار الوزير حلب ودرعا أمس.", "درعا", "Daraa"),
])
def test_city_stays_a_city(run, text, mention, name_en):
    assert names(run(text)).get(mention) == name_en
