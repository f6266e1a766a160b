"""A model-found person named again by the family name alone (``hadath.annotate.name_later``)."""
from __future__ import annotations

import pytest

from hadath.annotate.name_later import later_family_names
from hadath.annotate.name_spans import not_names
from hadath.annotate.segment import Segmenter
from hadath.model import Article, Entity, Span
from hadath.ner.resources import word_frequencies


def found(text: str, name: str, origin: str = "model") -> list[str]:
    art = Segmenter()(Article(id="t", text=text))
    pos = text.index(name)
    person = Entity(id="p", type="PER", name=name, mentions=(Span(pos, pos + len(name), name),),
                    origin=origin)
    out = later_family_names([person], art.tokens, not_names(), word_frequencies())
    return [m.text for m in out[0].mentions]


@pytest.mark.parametrize("text,name,mentions", [
    # the lone family name later on, with or without a proclitic
    ("واعتقلت السلطات الناشط عثمان كافالي أمس. وطالب محامو كافالي بالإفراج عنه، "
     "وقالوا إن لكافالي حقا في محاكمة عادلة.", "عثمان كافالي",
     ["عثمان كافالي", "كافالي", "كافالي"]),
    # an everyday word (منصور "victorious") is left alone
    ("وقال خالد منصور إن الفريق منصور بإذن الله.", "خالد منصور", ["خالد منصور"]),
    # nothing before the full name
    ("وكان كافالي معروفا. ثم قال عثمان كافالي إن القضية سياسية.", "عثمان كافالي",
     ["عثمان كافالي"]),
])
def test_a_later_lone_family_name_joins_the_model_person(text, name, mentions):
    assert found(text, name) == mentions


def test_dictionary_people_are_left_to_the_dictionary():
    text = "وقال عثمان كافالي إن القضية سياسية. وأضاف كافالي أن المحكمة منحازة."
    assert found(text, "عثمان كافالي", origin="lexicon") == ["عثمان كافالي"]
