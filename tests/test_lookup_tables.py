"""The lookup tables that spare per-token work give the answers of the loops they
replace: a word's stems as a set, the words a speech cue can start with, the article's
person surnames, and the taken spans a speaker slot's words are tested against."""
from __future__ import annotations

import pytest

from hadath.annotate.speech_cues import CueLexicon
from hadath.events.words import forms_of, stems_only
from hadath.text.segment import tokenize

# the kinds of one-word cue that cue_at reports (quotes, name spans and speakers use them)
REPORTED = ("verb", "continue", "participle", "according", "relay", "noun", "threat", "admit")


@pytest.mark.parametrize("word", ["وبالاتفاق", "البلدين", "والمملكة", "قال", "بأن", "حي"])
def test_stem_set_is_every_stem_of_the_word(word):
    forms = forms_of(tokenize(word)[0])
    assert forms.stem_set == {stem for _, stem in forms.stems}
    assert stems_only(forms) == forms.stem_set


@pytest.fixture(scope="module")
def cues() -> CueLexicon:
    return CueLexicon.load()


def test_every_one_word_cue_is_found_bare_and_after_wa_or_fa(cues):
    for word, kind in cues.kinds.items():
        if kind not in REPORTED:
            continue
        for written in (word, "و" + word, "ف" + word):
            assert cues.cue_at(list(tokenize(written)), 0) is not None, written


def test_every_cue_phrase_is_found(cues):
    for phrase in cues.phrases:
        for written in (" ".join(phrase), "و" + " ".join(phrase)):
            found = cues.cue_at(list(tokenize(written)), 0)
            assert found is not None, written


@pytest.mark.parametrize("text", ["وأضاف الوزير أن الوضع مستقر", "الحكومة تدرس الأمر"])
def test_a_word_that_starts_no_cue_is_none(cues, text):
    toks = list(tokenize(text))
    assert [cues.cue_at(toks, i) is not None for i in range(len(toks))] == \
        [i == 0 and text.startswith("وأضاف") for i in range(len(toks))]


def test_a_surname_after_the_full_name_is_that_person(seg_article):
    from hadath.events.anaphora import named_by_surname, surname_table
    art, tokens = seg_article
    i = next(k for k, t in enumerate(tokens) if t.norm == "السوداني" and t.start > 20)
    table = surname_table(art)
    assert named_by_surname(art, tokens, i, table) is named_by_surname(art, tokens, i)
    assert named_by_surname(art, tokens, i, table).name == "محمد شياع السوداني"


@pytest.fixture
def seg_article():
    from hadath.annotate.segment import Segmenter
    from hadath.model import Article, Entity, Span
    text = "التقى محمد شياع السوداني الوفد. ودعا السوداني إلى الحوار."
    name = "محمد شياع السوداني"
    start = text.index(name)
    art = Segmenter()(Article(id="t", text=text, published="2024-01-01"))
    ent = Entity(id="E1", type="PER", name=name,
                 mentions=(Span(start, start + len(name), name),), country="IRQ")
    return art.with_(entities=(ent,)), list(art.tokens)
