"""The NER tagger: unseen names, train-then-tag, pickling, and CoNLL scoring."""
from __future__ import annotations

import pickle

import pytest

pytest.importorskip("pycrfsuite")

from hadath.ner.conll import ConllSentence, bio_spans, read_conll
from hadath.ner.tagger import DEFAULT_MODEL, CrfTagger
from hadath.ner.train import train_crf


def spans_of(tokens: list[str], tags: list[str]) -> set[tuple[str, str]]:
    return {(" ".join(tokens[a:b]), kind) for a, b, kind in bio_spans(tags)}


@pytest.fixture(scope="module")
def tagger() -> CrfTagger:
    if not DEFAULT_MODEL.exists():
        pytest.skip("shipped NER model missing")
    return CrfTagger()


# names made up for these tests: no lexicon of hadath lists them
@pytest.mark.parametrize("sentence, expected", [
    ("وقال خالد منصور إن الاجتماع كان مثمرا .", ("خالد منصور", "PER")),
    ("أعلن الوزير سامي عبد الرحيم الشمري أمس استقالته .",
     ("سامي عبد الرحيم الشمري", "PER")),
    ("وصل الرئيس ماريو فيرتوليني إلى بيروت مساء الثلاثاء .", ("بيروت", "LOC")),
])
def test_tagger_finds_names_no_lexicon_has(tagger, sentence, expected):
    tokens = sentence.split()
    assert expected in spans_of(tokens, tagger.tag(tokens))


def test_tagger_leaves_a_sentence_without_names_alone(tagger):
    tokens = "وأكد أن الوضع صعب جدا في هذه المرحلة .".split()
    assert spans_of(tokens, tagger.tag(tokens)) == set()


TINY = """\
قال B-PER
زيد I-PER
إن O
عمرو B-PER
سافر O
إلى O
طنجة B-LOC
. O

زار O
عمرو B-PER
طنجة B-LOC
مع O
زيد B-PER
. O

وصل O
زيد B-PER
إلى O
طنجة B-LOC
. O
"""


def test_train_then_tag_round_trip(tmp_path):
    sentences = list(read_conll(TINY.splitlines()))
    model = tmp_path / "tiny.crfsuite"
    record = train_crf(sentences, model, dev=sentences, params={"max_iterations": 50})
    assert model.exists() and (tmp_path / "tiny.crfsuite.json").exists()
    assert record["dev"]["f1"] > 0.9
    tokens = "وصل عمرو إلى طنجة .".split()
    assert spans_of(tokens, CrfTagger(model).tag(tokens)) == {("عمرو", "PER"), ("طنجة", "LOC")}


def test_tagger_pickles_as_paths_and_tags_after(tagger):
    tokens = "وقال خالد منصور إن الاجتماع كان مثمرا .".split()
    before = tagger.tag(tokens)
    data = pickle.dumps(tagger)
    assert len(data) < 1000  # the path, not the model
    assert pickle.loads(data).tag(tokens) == before


def test_conll_reader_ignores_second_column_and_maps_pers():
    sents = list(read_conll(["سافر O", "زيد B-PERS", "", "", "طنجة"]))
    assert sents == [ConllSentence(("سافر", "زيد"), ("O", "B-PER"), 1),
                     ConllSentence(("طنجة",), ("O",), 5)]
