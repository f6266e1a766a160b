"""A person's name in the father's slot of another man's nasab is not that person."""
import pytest

from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def entities():
    return Pipeline.default(["segment", "entities"])


def names(stage, text):
    return [(e.name, e.name_en) for e in stage({"id": "t", "text": text,
                                                "published": "2016-05-01"}).entities]


def test_a_princes_nasab_is_not_the_qatari_minister(entities):
    found = names(entities, "وحضر الحفل الأمير محمد بن فهد بن محمد بن عبد الرحمن، "
                            "والأمير عبد الله بن فهد بن محمد بن عبد الرحمن.")
    assert all(en != "Mohammed bin Abdulrahman Al Thani" for _, en in found)


def test_the_minister_alone_is_still_found(entities):
    found = names(entities, "وقال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني إن بلاده ترحب.")
    assert any(en == "Mohammed bin Abdulrahman Al Thani" for _, en in found)
