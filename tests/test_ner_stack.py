"""Stacking (CRF marginals into the neural tagger) and the word-frequency features."""
from __future__ import annotations

import json
import pickle

import pytest

np = pytest.importorskip("numpy")

from hadath.ner.conll import ConllSentence
from hadath.ner.features import freq_features, sentence_features
from hadath.ner.resources import MODELS, load_resources
from hadath.ner.stack import crf_marginals, folds
from hadath.ner.neural_train import LABELS

_FRAMES = ["وقال {p} إن الاجتماع كان مثمرا .", "وصل {p} إلى بيروت مساء الثلاثاء .",
           "أعلن الرئيس {p} أمس استقالته ."]
_PEOPLE = ["خالد منصور", "سامي الشمري", "ماريو فيرتوليني", "نادية حداد", "كريم بوزيد"]


def _corpus() -> list[ConllSentence]:
    out = []
    for person in _PEOPLE:
        for frame in _FRAMES:
            tokens, tags = [], []
            for word in frame.split():
                if word == "{p}":
                    parts = person.split()
                    tokens += parts
                    tags += ["B-PER"] + ["I-PER"] * (len(parts) - 1)
                else:
                    tokens.append(word)
                    tags.append("B-LOC" if word == "بيروت" else "O")
            out.append(ConllSentence(tuple(tokens), tuple(tags), 0))
    return out


@pytest.mark.parametrize("n, k", [(10, 5), (11, 3), (3, 3)])
def test_folds_cover_every_sentence_once_in_contiguous_blocks(n, k):
    blocks = folds(n, k)
    assert len(blocks) == k
    assert [i for b in blocks for i in b] == list(range(n))


needs_freq = pytest.mark.skipif(not (MODELS / "word_freq.tsv.gz").exists(),
                                reason="word_freq.tsv.gz not built")


@needs_freq
@pytest.mark.parametrize("noun", ["كتاب", "جيش", "حكومه"])
@pytest.mark.parametrize("name", ["بوش", "شيراك", "ميلوسيفيتش"])
def test_everyday_nouns_take_the_article_and_names_do_not(noun, name):
    """A noun's article form is about as common as the bare form; a name's is rare."""
    freq = load_resources(freq=True).freq

    def article_gap(word: str):
        value = dict(f.split("=") for f in freq_features(word, word, freq))["fa"]
        return -99 if value == "-" else int(value)
    assert article_gap(noun) >= -1 > article_gap(name)


@needs_freq
def test_frequency_features_only_for_a_model_trained_with_them():
    tokens = "وقال بوش إن".split()
    with_freq = sentence_features(tokens, load_resources(freq=True))
    without = sentence_features(tokens, load_resources())
    assert any(f.startswith("fa=") for f in with_freq[1])
    assert not any(f.startswith("f") and f[2:3] == "=" for f in without[1])


@pytest.fixture(scope="module")
def stacked(tmp_path_factory):
    """A tiny CRF and a tiny neural model stacked on it, trained with k=2 folds."""
    pytest.importorskip("torch")
    from hadath.ner.neural_train import train_neural
    from hadath.ner.train import train_crf
    d = tmp_path_factory.mktemp("stack")
    corpus = _corpus()
    train_crf(corpus, d / "crf.crfsuite", params={"max_iterations": 30})
    meta = train_neural(corpus, d / "nn.npz", dev=corpus[:3], log=lambda s: None,
                        params={"hidden": 8, "word_dim": 8, "char_filters": 8, "char_dim": 8,
                                "cat_dim": 4, "epochs": 2, "batch": 4, "stack": 2,
                                "stack_crf": "crf.crfsuite"})
    assert meta["params"]["stack"] == 2
    return d


def test_stacked_model_reads_the_crf_marginals_and_matches_torch(stacked):
    import pycrfsuite
    from hadath.ner.neural import NeuralModel, token_categories
    from hadath.ner.neural_train import load_torch, torch_emissions
    tokens = "وصل الرئيس ماريو فيرتوليني إلى بيروت .".split()
    res = load_resources(freq=True)
    crf = pycrfsuite.Tagger()
    crf.open(str(stacked / "crf.crfsuite"))
    marg = crf_marginals(crf, tokens, res, LABELS)
    assert marg.shape == (len(tokens), len(LABELS))
    assert np.allclose(marg.sum(axis=1), 1.0, atol=1e-4)
    model = NeuralModel(stacked / "nn.npz")
    assert model.stacked
    cats = [token_categories(tokens, res)]
    with pytest.raises(ValueError):
        model.emissions(cats)
    net, vocab = load_torch(stacked / "nn.npz")
    ours = model.emissions(cats, [marg])[0]
    assert np.allclose(ours, torch_emissions(net, vocab, cats, [marg])[0], atol=1e-4)
    # the input matters: other marginals give other scores
    assert not np.allclose(ours, model.emissions(cats, [np.roll(marg, 1, axis=1)])[0])


def test_stacked_model_tags_alone_and_in_a_mix_after_pickling(stacked):
    from hadath.ner.tagger import tagger_for
    mix = stacked / "mix.json"
    mix.write_text(json.dumps({"neural": "nn.npz", "crf": "crf.crfsuite", "weight": 0.5,
                               "boost": 1.5, "window": 20}), encoding="utf-8")
    tokens = "وقال نادية حداد إن الاجتماع كان مثمرا .".split()
    for path in (stacked / "nn.npz", mix):
        tagger = tagger_for(path)
        tags = tagger.tag(tokens)
        assert len(tags) == len(tokens)
        assert pickle.loads(pickle.dumps(tagger)).tag(tokens) == tags


@needs_freq
def test_neural_model_with_the_frequency_input_matches_torch(tmp_path):
    pytest.importorskip("torch")
    from hadath.ner.neural import FREQ_CATEGORY, NeuralModel, NeuralTagger, token_categories
    from hadath.ner.neural_train import load_torch, torch_emissions, train_neural
    path = tmp_path / "fq.npz"
    corpus = _corpus()
    train_neural(corpus, path, dev=corpus[:3], log=lambda s: None,
                 params={"hidden": 8, "word_dim": 8, "char_filters": 8, "char_dim": 8,
                         "cat_dim": 4, "epochs": 2, "batch": 4, "freq": True})
    model = NeuralModel(path)
    assert FREQ_CATEGORY in model.categories and len(model.vocab[FREQ_CATEGORY]) > 3
    tokens = "وقال بوش إن الكتاب كان مثمرا .".split()
    cats = [token_categories(tokens, load_resources(freq=True))]
    net, vocab = load_torch(path)
    assert np.allclose(model.emissions(cats)[0], torch_emissions(net, vocab, cats)[0], atol=1e-4)
    assert len(NeuralTagger(path).tag(tokens)) == len(tokens)


def test_cached_token_features_are_the_same_and_hidden_words_stay_hidden():
    from hadath.ner.resources import Resources
    res = Resources(name_parts={"منصور": "s"})
    tokens = "وقال خالد منصور إن منصور".split()
    first = sentence_features(tokens, res)
    assert "منصور" in res.token_cache
    assert sentence_features(tokens, res) == first
    hidden = sentence_features(tokens, res, frozenset({2}))
    assert not any(f.startswith("w=") for f in hidden[2])
    assert any(f == "w=منصور" for f in hidden[4])
