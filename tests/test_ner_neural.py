"""The neural NER tagger: numpy inference matches torch, and the shipped model tags names."""
from __future__ import annotations

import pickle

import pytest

np = pytest.importorskip("numpy")

from hadath.ner.conll import ConllSentence, bio_spans
from hadath.ner.neural import DEFAULT_NEURAL, NeuralModel, NeuralTagger, token_categories
from hadath.ner.resources import load_resources

# made-up sentences: a few names in typical news frames, enough to fit a tiny model
_FRAMES = [("وقال {p} إن الاجتماع كان مثمرا .", "PER"),
           ("وصل {p} إلى {l} مساء الثلاثاء .", "PER"),
           ("أعلن الرئيس {p} أمس استقالته .", "PER")]
_PEOPLE = ["خالد منصور", "سامي الشمري", "ماريو فيرتوليني", "نادية حداد"]
_PLACES = ["بيروت", "عمان", "تونس"]


def _tagged(sentence: str, fills: dict[str, tuple[str, str]]) -> ConllSentence:
    tokens, tags = [], []
    for word in sentence.split():
        if word in ("{p}", "{l}"):
            name, kind = fills[word]
            parts = name.split()
            tokens += parts
            tags += ["B-" + kind] + ["I-" + kind] * (len(parts) - 1)
        else:
            tokens.append(word)
            tags.append("O")
    return ConllSentence(tuple(tokens), tuple(tags), 0)


def _toy_corpus() -> list[ConllSentence]:
    out = []
    for i, person in enumerate(_PEOPLE):
        for frame, _ in _FRAMES:
            out.append(_tagged(frame, {"{p}": (person, "PER"),
                                       "{l}": (_PLACES[i % len(_PLACES)], "LOC")}))
    return out


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    pytest.importorskip("torch")
    from hadath.ner.neural_train import train_neural
    path = tmp_path_factory.mktemp("neural") / "tiny.npz"
    corpus = _toy_corpus()
    train_neural(corpus, path, dev=corpus[:4], log=lambda s: None,
                 params={"hidden": 12, "word_dim": 8, "char_filters": 8, "char_dim": 8,
                         "cat_dim": 4, "epochs": 3, "batch": 4, "patience": 3})
    return path


@pytest.mark.parametrize("sentence", [
    "وقال خالد منصور إن الاجتماع كان مثمرا .",
    "وصل الرئيس ماريو فيرتوليني إلى بيروت مساء الثلاثاء في زيارة رسمية .",
    "والتقى الوزير بالسفير في عمان",
    "123 ABC ؟",
])
def test_numpy_inference_matches_torch(tiny_model, sentence):
    from hadath.ner.neural_train import load_torch, torch_emissions
    cats = [token_categories(sentence.split(), load_resources())]
    net, vocab = load_torch(tiny_model)
    model = NeuralModel(tiny_model)
    ours, theirs = model.emissions(cats)[0], torch_emissions(net, vocab, cats)[0]
    assert np.allclose(ours, theirs, atol=1e-4)
    assert model.decode(ours) == model.decode(theirs)


def test_batched_tagging_equals_one_sentence_at_a_time(tiny_model):
    """Padding a short sentence next to a long one must not change its tags."""
    tagger = NeuralTagger(tiny_model)
    sentences = [s.tokens for s in _toy_corpus()[:6]] + [("قال",)]
    one_by_one = [tagger.model.tag_batch([token_categories(s, tagger.resources)])[0]
                  for s in sentences]
    together = tagger.model.tag_batch([token_categories(s, tagger.resources) for s in sentences])
    assert together == one_by_one


def test_decoding_gives_valid_bio(tiny_model):
    model = NeuralModel(tiny_model)
    rng = np.random.default_rng(0)
    tags = model.decode(rng.normal(size=(12, len(model.labels))) * 5)
    for prev, tag in zip(["O"] + tags, tags):
        if tag.startswith("I-"):
            assert prev[2:] == tag[2:]


@pytest.fixture(scope="module")
def shipped() -> NeuralTagger:
    if not DEFAULT_NEURAL.exists():
        pytest.skip("shipped neural NER model missing")
    return NeuralTagger()


@pytest.mark.parametrize("sentence, expected", [
    ("وقال خالد منصور إن الاجتماع كان مثمرا .", ("خالد منصور", "PER")),
    ("وصل الرئيس ماريو فيرتوليني إلى بيروت مساء الثلاثاء .", ("بيروت", "LOC")),
])
def test_shipped_model_finds_names_with_numpy_only(shipped, sentence, expected):
    tokens = sentence.split()
    tags = shipped.tag(tokens)
    assert expected in {(" ".join(tokens[a:b]), k) for a, b, k in bio_spans(tags)}


def test_shipped_tagger_pickles_small(shipped):
    clone = pickle.loads(pickle.dumps(shipped))
    assert len(pickle.dumps(shipped)) < 1000
    tokens = "وقال خالد منصور إن الاجتماع كان مثمرا .".split()
    assert clone.tag(tokens) == shipped.tag(tokens)


def test_train_neural_then_tag_from_the_command_line(tmp_path, capsys):
    pytest.importorskip("torch")
    from hadath.cli import main
    from hadath.ner.conll import write_conll
    train = tmp_path / "train.conll"
    with train.open("w", encoding="utf-8") as f:
        write_conll(f, ((s.tokens, s.tags) for s in _toy_corpus()))
    model = tmp_path / "m.npz"
    assert main(["train", "ner", "--neural", "--train", str(train), "--dev", str(train),
                 "--out", str(model), "--set", "epochs=2", "--set", "hidden=8"]) == 0
    assert "dev: f1=" in capsys.readouterr().out
    out = tmp_path / "pred.conll"
    assert main(["tag", "--conll", str(train), "--model", str(model), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t")[0] == "وقال" and len(lines[0].split("\t")) == 2
