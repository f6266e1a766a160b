"""A person who moved from a national office to a body's is keyed by the date of the story:
Aboul Gheit speaks for Egypt in 2010 and for the Arab League in 2018."""
import pytest

from hadath.model import Article


def _actor(pipeline, text, published):
    doc = pipeline(Article.from_input({"id": "t", "text": text, "published": published})).to_dict()
    (person,) = [e for e in doc["entities"] if e["name_en"] == "Ahmed Aboul Gheit"]
    return person, doc["events"]


@pytest.mark.parametrize("published,country,org", [
    ("2010-05-12", "EGY", None), ("2018-05-12", None, "ARAB_LEAGUE"),
])
def test_aboul_gheit_is_keyed_by_the_office_he_held_that_day(pipeline, published, country, org):
    person, events = _actor(pipeline, "القاهرة - أ ش أ: دعا أحمد أبو الغيط، أمس الثلاثاء، "
                            "إسرائيل إلى وقف الاستيطان في القدس.", published)
    assert (person["country"], person["org"]) == (country, org)
    (call,) = [e for e in events if e["type"] == "REQUEST"]
    assert (call["source"]["country"], call["source"]["org"]) == (country, org)
    assert call["target"][0]["country"] == "ISR"
