"""A seat of power that speaks is its body; named as a place it stays a place."""
import pytest

from hadath.model import Article


def _seat(pipeline, text):
    doc = pipeline(Article.from_input({"id": "t", "text": text, "published": "2021-03-02"})).to_dict()
    return [(e["type"], e["country"], e["sector"]) for e in doc["entities"]
            if e["name_en"] in ("White House", "Baabda Palace", "Carthage Palace")]


@pytest.mark.parametrize("text,seen", [
    ("واشنطن - أ ف ب: وقال البيت الأبيض في بيان أمس إن الرئيس أجاز الضربات.",
     ("ORG", "USA", "GOV")),
    ("وأعلن البيت الأبيض أمس الاثنين أن المحادثات ستستأنف الأسبوع المقبل.",
     ("ORG", "USA", "GOV")),
    ("وأكد قصر بعبدا في بيان أن الرئيس سيدعو إلى استشارات نيابية.", ("ORG", "LBN", "GOV")),
    # the building: after a preposition, with a clitic, or in construct
    ("ووقع الوزيران الاتفاق أمس في البيت الأبيض.", ("LOC", "USA", None)),
    ("واستقبل الرئيس نظيره التونسي بقصر قرطاج.", ("LOC", "TUN", None)),
    ("وقال مستشار البيت الأبيض إن المفاوضات مستمرة.", ("LOC", "USA", None)),
])
def test_a_seat_that_speaks_is_its_body(pipeline, text, seen):
    assert _seat(pipeline, text) == [seen]
