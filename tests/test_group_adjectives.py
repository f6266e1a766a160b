"""The Houthi movement's adjective names it, keyed to Yemen as GUIDELINES keys armed groups
by home country: a condemnation of 'Houthi attacks' aims at YEM."""
import pytest

from hadath.model import Article


def _rows(pipeline, text):
    doc = pipeline(Article.from_input({"id": "t", "text": text, "published": "2023-12-20"})).to_dict()
    key = lambda a: (a or {}).get("country") or (a or {}).get("org")
    return {(key(e["source"]), e["type"], key(t)) for e in doc["events"] for t in e["target"] or [None]}


@pytest.mark.parametrize("text,row", [
    ("الرياض - واس: أدانت السعودية الهجمات الحوثية على السفن في البحر الأحمر.",
     ("SAU", "ACCUSE", "YEM")),
    ("أبوظبي - وام: استنكرت الإمارات أمس الاعتداء الحوثي على ناقلة نفط.", ("ARE", "ACCUSE", "YEM")),
])
def test_a_houthi_attack_condemned_aims_at_yemen(pipeline, text, row):
    assert row in _rows(pipeline, text)
