"""The holder of an office at a place is named right after that place: ``السفير
الفرنسي لدى الجزائر X``, ``والي هطاي X``. Foreign envoys' first names are mostly not in
the model's name list, so the slot itself says a name follows. Sentences composed for
these tests."""
from __future__ import annotations

import pytest

from hadath.model import Article


def people(pipeline, text: str) -> list[str]:
    art = pipeline(Article.from_input({"id": "t", "published": "2020-01-01", "text": text}))
    return sorted(m.text for e in art.entities if e.type == "PER" for m in e.mentions)


@pytest.mark.parametrize("text,expected", [
    # an ambassador at a capital or a country, then his or her name
    ("واستدعت الخارجية السفير البلجيكي لدى القاهرة ماتياس فاندربيك وأبلغته احتجاجها.",
     ["ماتياس فاندربيك"]),
    ("قررت الحكومة طرد السفيرة النرويجية لدى بغداد إنغريد سولهايم من البلاد.",
     ["إنغريد سولهايم"]),
    # a representative at a body
    ("وقدم ممثلها لدى الأمم المتحدة يوهانس بيرغمان مذكرة جديدة.", ["يوهانس بيرغمان"]),
    # a governor, named after his province
    ("وأصيب عشرة أشخاص، بحسب والي إسطنبول تورغاي أوزدمير.", ["تورغاي أوزدمير"]),
])
def test_the_holder_of_a_post_is_named_after_its_place(pipeline, text, expected):
    assert people(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    # after the place a phrase, not a name
    "واستدعى الوزير السفير الروسي في أنقرة خلال الأسبوع الماضي.",
    "وعاد السفير الفرنسي لدى الجزائر إلى باريس للتشاور.",
    "وعين الملك السفير السابق في لندن مديرا للمخابرات العامة.",
    "وعين الملك السفير في لندن مستشارا لشؤون الأمن.",
    "وكلف الوزير السفير لدى القاهرة سابقا بمهام جديدة.",
    # وإلى "and to" is no governor, though it normalizes as والي
    "سافر الوفد من الرباط وإلى طنجة صباح الأحد.",
])
def test_no_name_where_the_post_names_no_one(pipeline, text):
    assert people(pipeline, text) == []
