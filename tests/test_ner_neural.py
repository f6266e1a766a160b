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


def _mix(tmp_path, neural, weight: float) -> "Path":
    import json
    from hadath.ner.tagger import CRF_MODEL
    if not CRF_MODEL.exists():
        pytest.skip("shipped CRF model missing")
    path = tmp_path / "mix.json"
    path.write_text(json.dumps({"neural": str(neural), "crf": str(CRF_MODEL),
                                "weight": weight, "boost": 1.0, "window": 0}), encoding="utf-8")
    return path


def test_mix_with_no_neural_weight_decodes_the_crf_marginals(tmp_path, tiny_model):
    from hadath.ner.decode import boosted_path
    from hadath.ner.features import sentence_features
    from hadath.ner.tagger import CRF_MODEL, load_crf, tagger_for
    tokens = "وصل الرئيس ماريو فيرتوليني إلى بيروت مساء الثلاثاء .".split()
    mix = tagger_for(_mix(tmp_path, tiny_model, 0.0))
    crf = load_crf(str(CRF_MODEL))
    crf.set(sentence_features(tokens, mix.resources))
    labels = crf.labels()
    marg = np.array([[crf.marginal(lab, t) for lab in labels] for t in range(len(tokens))])
    assert mix.tag(tokens) == boosted_path(marg, labels, 1.0)


def test_mix_scores_are_probabilities_of_the_chosen_tags(tmp_path, tiny_model):
    from hadath.ner.tagger import tagger_for
    mix = tagger_for(_mix(tmp_path, tiny_model, 0.5))
    tokens = "وقال خالد منصور إن الاجتماع كان مثمرا .".split()
    tags, conf = mix.tag_scored(tokens)
    assert len(tags) == len(conf) == len(tokens)
    assert all(0.0 <= c <= 1.0 + 1e-6 for c in conf)
    assert pickle.loads(pickle.dumps(mix)).tag(tokens) == tags


def test_default_tagger_is_the_mix_and_falls_back_to_the_crf_without_numpy(monkeypatch):
    import importlib.util
    from hadath.ner.ensemble import MixedTagger
    from hadath.ner.tagger import CrfTagger, tagger_for
    assert isinstance(tagger_for(), MixedTagger)
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "numpy" else real(name, *a))
    assert isinstance(tagger_for(), CrfTagger)
