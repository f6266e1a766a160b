"""Stage ``ner``: model names merged into the article's entities, as SPEC wants them."""
from __future__ import annotations

import pickle

import pytest

pytest.importorskip("pycrfsuite")

from hadath.annotate.ner import NerStage
from hadath.annotate.segment import Segmenter
from hadath.model import Article, Entity, Span, check_offsets
from hadath.ner.spans import clitic_length, model_tokens
from hadath.ner.tagger import DEFAULT_MODEL
from hadath.text.segment import tokenize

if not DEFAULT_MODEL.exists():
    pytest.skip("shipped NER model missing", allow_module_level=True)

TEXT = ("وقال خالد منصور رئيس حزب التجديد الوطني إن وفدا برئاسته وصل إلى بيروت. "
        "وأضاف منصور أن الاجتماع كان مثمرا.")


@pytest.fixture(scope="module")
def stage() -> NerStage:
    return NerStage()


def segmented(text: str, entities=()) -> Article:
    return Segmenter()(Article(id="t", text=text, entities=tuple(entities)))


def by_text(article: Article) -> dict[str, Entity]:
    return {m.text: e for e in article.entities for m in e.mentions}


def test_unknown_person_found_with_english_name_and_short_form(stage):
    art = stage(segmented(TEXT))
    assert check_offsets(art) == []
    ents = by_text(art)
    person = ents["خالد منصور"]
    assert person.type == "PER" and person.origin == "model"
    assert ents["منصور"] is person  # the later surname joins the full name
    if person.name_en is not None:  # arabic-name-romanizer installed (the ner extra)
        assert person.name_en.lower().replace("i", "e") in ("khaled mansour", "khaled mansoor")
    assert ents["بيروت"].type == "LOC"


def test_dictionary_mention_wins_over_an_overlapping_model_span(stage):
    start = TEXT.index("خالد")
    lex = Entity(id="e1", type="PER", name="خالد", mentions=(Span(start, start + 4, "خالد"),),
                 name_en="Khalid", origin="lexicon")
    art = stage(segmented(TEXT, [lex]))
    ents = by_text(art)
    assert "خالد منصور" not in ents  # the model's longer span crossed the dictionary's
    assert ents["خالد"].origin == "lexicon"
    spans = sorted((m.start, m.end) for e in art.entities for m in e.mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # nothing crosses


def test_model_span_with_the_text_of_a_dictionary_mention_joins_that_entity(stage):
    text = "وصل الوفد إلى بيروت صباحا. وغادر بيروت مساء الخميس."
    first = text.index("بيروت")
    lex = Entity(id="e1", type="LOC", name="بيروت", mentions=(Span(first, first + 5, "بيروت"),),
                 name_en="Beirut", country="LBN", origin="lexicon")
    art = stage(segmented(text, [lex]))
    beirut = [e for e in art.entities if e.name == "بيروت"]
    assert len(beirut) == 1 and beirut[0].origin == "lexicon"
    assert [m.start for m in beirut[0].mentions] == [first, text.index("بيروت", first + 1)]


@pytest.mark.parametrize("word, known, drop", [
    ("ولافروف", set(), 1),          # conjunction off
    ("والامم", set(), 1),           # keep the article
    ("للامم", set(), 1),            # لل: only the preposition goes (لأمم)
    ("وللامم", set(), 2),
    ("وليد", {"وليد"}, 0),          # a known name that starts with و stays whole
    ("لبنان", set(), 0),            # ب ل ك stay unless the rest is a known name
    ("بلبنان", {"لبنان"}, 1),
    ("وبلبنان", {"لبنان"}, 2),
])
def test_clitics_stripped_from_a_name(word, known, drop):
    assert clitic_length(word, known.__contains__) == drop


def test_model_tokens_split_punctuation_like_anercorp():
    text = "زار (سانا) بيروت، أمس."
    toks = model_tokens(text, tokenize(text), 0, len(text))
    assert [t.text for t in toks] == ["زار", "(", "سانا", ")", "بيروت", "،", "أمس", "."]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_misc_is_not_output_and_types_are_spec_types(stage):
    art = stage(segmented("ارتفع سعر الدولار الأمريكي في بورصة نيويورك أمس."))
    assert {e.type for e in art.entities} <= {"PER", "ORG", "LOC"}


def test_stage_pickles_as_its_model_path(stage):
    data = pickle.dumps(stage)
    assert len(data) < 1000
    again = pickle.loads(data)
    art = segmented(TEXT)
    assert again(art) == stage(art)


def test_pipeline_runs_ner_after_segment(pipeline):
    assert "ner" in pipeline.names
    assert pipeline.names.index("ner") > pipeline.names.index("segment")


@pytest.mark.parametrize("mention, kind, dropped", [
    ("بِاللَّهِ", "PER", True),     # vocalized quotation
    ("ديناً", "PER", True),         # tanween: not a name
    ("رضي الله", "PER", True),      # a blessing, not a person
    ("25 شوال", "PER", True),       # a Hijri date
    ("عبد الله", "PER", False),
    ("حسن نصر الله", "PER", False),
    ("حزب الله", "ORG", False),
    ("رام الله", "LOC", False),
    ("المنظمة القارية", "ORG", True),         # a generic body and adjectives: a description
    ("اللجنة الأمنية المشتركة", "ORG", True),
    ("اللجنة الأولمبية الدولية", "LOC", False),  # only an ORG is checked so
    ("لجنة الإنقاذ الدولية", "ORG", False),    # an indefinite head: a name
    ("الجبهة الشعبية", "ORG", False),           # a party's name
])
def test_spans_that_only_look_like_names_are_dropped(mention, kind, dropped):
    from hadath.annotate.ner import _not_a_name
    assert _not_a_name(mention, kind) is dropped


@pytest.mark.parametrize("text, word, is_date", [
    ("تتزامن الزيارة مع ٤ شعبان ١٤٤٥هـ بعد أن أعلن البلدان", "شعبان", True),
    ("وصل الوفد في 12 رجب إلى العاصمة", "رجب", True),
    ("وقال شعبان عبد الرحمن إن الاجتماع كان مثمرا", "شعبان", False),
    ("وصل 12 خالد", "خالد", False),   # not a month name
])
def test_a_month_name_next_to_a_number_is_a_date_not_a_person(stage, text, word, is_date):
    toks = model_tokens(text, tokenize(text), 0, len(text))
    a = [t.text for t in toks].index(word)
    assert stage._date_month(toks, a, a + 1) is is_date


def test_a_town_after_a_word_for_town_is_kept_though_the_model_doubts_it(stage):
    text = ("شن الطيران الحربي غارات على مواقع لقوات الدعم السريع في مدينة بحري، "
            "وفق شهود عيان.")
    ents = by_text(stage(segmented(text)))
    assert "بحري" in ents and ents["بحري"].type == "LOC"


@pytest.mark.parametrize("text, word", [
    ("دانت الخارجية السورية العقوبات التي فرضتها الإدارة الأمريكية أمس على الرئيس "
     "بشار الأسد وعقيلته وعدد من المسؤولين والشركات، بموجب ما يسمى \"قانون قيصر\"، "
     "معتبرة أنها إرهاب اقتصادي.", "قيصر"),
])
def test_a_name_after_a_word_for_a_law_or_operation_is_no_entity(stage, text, word):
    ents = by_text(stage(segmented(text)))
    assert not any(word in mention for mention in ents)


@pytest.mark.parametrize("text", [
    "وقال الخبير إن الوقت ليس في صالح أحد، وإن الأزمة تتعمق.",
    "وصدر قرار التحكيم لصالح بغداد في الدعوى ضد أنقرة.",
])
def test_in_favour_of_is_no_person(stage, text):
    assert not any(m.text == "صالح" for e in stage(segmented(text)).entities for m in e.mentions)


@pytest.mark.parametrize("text,word", [
    ("ومنذ جوان الماضي، تتواصل الاحتجاجات في صفاقس.", "جوان"),
    ("وقال مسؤول بحريني إن الاجتماع سيعقد في المنامة.", "بحريني"),
])
def test_months_and_nationalities_are_no_persons(stage, text, word):
    art = stage(segmented(text))
    assert not any(word in m.text for e in art.entities if e.type == "PER" for m in e.mentions)


@pytest.mark.parametrize("text,word", [
    # a month after a day's number is a date, whatever the model's type
    ("عمّان 14 نيسان (بترا) – أكد وزير الإعلام أن الحكومة ماضية في خطتها.", "نيسان"),
    # a title alone is nobody
    ("التقى ولي العهد رئيس مجلس الوزراء الأمير سالم بن فهد وفدا من رجال الأعمال.", "ولي العهد"),
])
def test_dates_and_titles_are_no_names(stage, text, word):
    assert not any(m.text == word for e in stage(segmented(text)).entities for m in e.mentions)


@pytest.mark.parametrize("text,street", [
    ("وأغلقت الشرطة شارع الحبيب بورقيبة أمام حركة السير.", "شارع الحبيب بورقيبة"),
    ("وتجمع المتظاهرون في شارع محمد الخامس وسط الرباط.", "شارع محمد الخامس"),
])
def test_a_street_named_after_a_person_is_the_street(stage, text, street):
    ents = by_text(stage(segmented(text)))
    assert street[5:] not in ents
    assert ents[street].type == "LOC"


@pytest.mark.parametrize("text,name", [
    # ships are named, not entities (dev/README.md), whoever they are named after
    ('واستهدفت الجماعة بصاروخ سفينة الشحن اليونانية "ماريا كوستا" قبالة سواحل عدن.',
     "ماريا كوستا"),
    ('وأصاب صاروخ ناقلة النفط "سالم جيمس" في البحر الأحمر.', "سالم جيمس"),
])
def test_a_ships_name_is_no_person(stage, text, name):
    assert name not in by_text(stage(segmented(text)))
