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


def test_repeat_of_a_found_name_is_tagged_in_a_neighbouring_sentence():
    from hadath.ner.consistency import propagate
    sents = [["قال", "كافو", "إن"], ["وأضاف", "كافو", "أمس"], ["في", "البيت", "."]]
    tags = [["O", "B-PER", "O"], ["O", "B-PER", "O"], ["O", "O", "O"]]
    sents.append(["ثم", "سافر", "كافو"])
    tags.append(["O", "O", "O"])
    out = propagate(sents, tags, window=5)
    assert out[3] == ["O", "O", "B-PER"]
    assert out[2] == ["O", "O", "O"]


def test_boosted_decoding_keeps_bio_valid_and_finds_more():
    import numpy as np
    from hadath.ner.decode import boosted_path
    labels = ["O", "B-PER", "I-PER"]
    marg = np.array([[0.5, 0.45, 0.05], [0.6, 0.1, 0.3], [0.99, 0.005, 0.005]])
    assert boosted_path(marg, labels, 1.0) == ["O", "O", "O"]
    path = boosted_path(marg, labels, 3.0)
    assert path[0] != "I-PER" and all(not (b == "I-PER" and a == "O")
                                      for a, b in zip(path, path[1:]))
    assert path[:2] == ["B-PER", "I-PER"]
