"""Two persons joined by و are two names, and short forms count after the full name.

The model runs ``حسن X وعلي Y`` into one person ("… Ouali …"); ``split_conjoined_names``
cuts before و + a given name. The lexicon's ``=`` short forms (``=النصرة``) name an
organization only once its full name came earlier in the article.
"""
from __future__ import annotations

import pytest

from hadath.model import Article
from hadath.ner.spans import split_conjoined_names


def people(pipeline, text: str) -> list[str]:
    art = pipeline(Article.from_input({"id": "t", "published": "2020-01-01", "text": text}))
    return sorted(m.text for e in art.entities if e.type == "PER" for m in e.mentions)


def names(pipeline, text: str) -> dict[str, str]:
    art = pipeline(Article.from_input({"id": "t", "published": "2020-01-01", "text": text}))
    return {m.text: e.name_en for e in art.entities for m in e.mentions}


PARTS = {"علي": "gs", "وعلي": "s", "محمد": "gs", "عبد": "gs", "وليد": "gs", "حسن": "gs"}


@pytest.mark.parametrize("words,pieces", [
    # و + a given name starts a second person; the piece knows its first word has و
    ("حسن سلطان وعلي الأسود", [(0, 2, False), (2, 4, True)]),
    ("سامي الحربي ومحمد الدوسري وعبد الله", [(0, 2, False), (2, 4, True), (4, 6, True)]),
    # a given name that begins with و is no conjunction
    ("خالد وليد الحمد", [(0, 3, False)]),
    # a span the model already began at وعلي still loses its و
    ("وعلي الأسود", [(0, 2, True)]),
])
def test_a_person_span_is_cut_before_a_conjoined_given_name(words, pieces):
    toks = words.split()
    assert split_conjoined_names(toks, 0, len(toks), PARTS) == pieces


@pytest.mark.parametrize("text,expected", [
    ("قضت المحكمة بسجن القياديين في الجمعية حسن المرزوقي وعلي الشهابي بتهمة التخابر.",
     ["حسن المرزوقي", "علي الشهابي"]),
    ("حكم على القياديين جاسم المطيري وعبد الله الهاشمي بالسجن.",
     ["جاسم المطيري", "عبد الله الهاشمي"]),
])
def test_two_coordinated_people_stay_two(pipeline, text, expected):
    found = people(pipeline, text)
    assert found == expected
    assert not any("Ou" in n or " Wa" in n for n in names(pipeline, text).values())


@pytest.mark.parametrize("text,short,name_en", [
    ('أفرجت "جبهة النصرة" عن العسكريين. وكان مسلحو "النصرة" قد خطفوهم.',
     "النصرة", "al-Nusra Front"),
    ("اندلعت اشتباكات بين قوات حكومة الوفاق الوطني وقوات حفتر، وأعلنت قوات الوفاق "
     "أنها استعادت مواقع.", "الوفاق", "Government of National Accord"),
])
def test_a_short_form_names_the_body_named_in_full_before(pipeline, text, short, name_en):
    assert names(pipeline, text).get(short) == name_en


def test_a_bare_short_form_alone_is_no_name(pipeline):
    assert "الوفاق" not in names(pipeline, "دعا الرئيس إلى الوفاق بين الأطراف.")


@pytest.mark.parametrize("text,mention,name_en", [
    ("قرر النائب العام كف يد أعضاء مجلس نقابة المعلمين.", "نقابة المعلمين",
     "Jordanian Teachers Syndicate"),
    ("وقعت هيئة المنافذ الحدودية مذكرة تفاهم.", "هيئة المنافذ الحدودية",
     "Border Ports Commission (Iraq)"),
    ("قالت دائرة أوقاف القدس إن المستوطنين اقتحموا المسجد.", "دائرة أوقاف القدس",
     "Jerusalem Islamic Waqf"),
    ("أيدت محكمة الاستئناف العليا الجنائية الحكم.", "محكمة الاستئناف العليا الجنائية",
     "High Criminal Court of Appeal (Bahrain)"),
    ("عقدت الآلية الأفريقية برئاسة ثابو مبيكي اجتماعا.", "ثابو مبيكي", "Thabo Mbeki"),
    ("واتهم كبير مفاوضي الجنوب باقان أموم الخرطوم بالمماطلة.", "باقان أموم", "Pagan Amum"),
    ("صدر الحكم على الأمين العام لجمعية الوفاق علي سلمان.", "علي سلمان", "Ali Salman"),
])
def test_bodies_and_people_often_in_the_news_are_in_the_lexicon(pipeline, text, mention,
                                                                 name_en):
    assert names(pipeline, text).get(mention) == name_en


def test_a_lone_surname_the_lexicon_knows_goes_to_the_person_named_in_full(pipeline):
    text = ("قضت المحكمة بسجن القيادي في الجمعية حسن المرزوقي بتهمة التخابر. "
            "وقال المحامي إن المرزوقي حوكم غيابيا.")
    art = pipeline(Article.from_input({"id": "t", "published": "2020-01-01", "text": text}))
    person = next(e for e in art.entities if e.type == "PER")
    assert [m.text for m in person.mentions] == ["حسن المرزوقي", "المرزوقي"]
    assert len([e for e in art.entities if e.type == "PER"]) == 1


@pytest.mark.parametrize("text,expected", [
    ("وتسلم المدير العام للأمن العام اللواء كمال حداد العسكريين المحررين.", ["كمال حداد"]),
    ("هاجم المسلحون مراكز الجيش إثر توقيف القيادي سامر جمعة، واستمرت المعارك.",
     ["سامر جمعة"]),
    # a role noun before no given name, or before a lone given name and a common word
    ("وأكد النائب العام أن التحقيق مستمر.", []),
    ("التقى السفير علي أمس الوزير.", []),
])
def test_a_name_after_a_rank_or_role_noun_is_a_person(pipeline, text, expected):
    assert people(pipeline, text) == expected


def test_a_dictionary_person_by_family_name_stays_when_the_given_names_agree(pipeline):
    text = ("وصل الرئيس عمر حسن أحمد البشير إلى جوبا. وقال البشير إن الاتفاق صامد.")
    found = names(pipeline, text)
    assert found["البشير"] == "Omar al-Bashir"


@pytest.mark.parametrize("text,short,name_en", [
    ("برعاية الأمم المتحدة واللجنة الدولية للصليب الأحمر. وأوضح رئيس بعثة اللجنة الدولية "
     "في اليمن أن العملية بدأت.", "اللجنة الدولية", "International Committee of the Red Cross"),
    ("بحسب الدفاع المدني السوري. وأوضح مدير الدفاع المدني في إدلب أن القصف استمر.",
     "الدفاع المدني", "Syria Civil Defence"),
])
def test_a_generic_short_name_counts_after_the_full_one(pipeline, text, short, name_en):
    assert names(pipeline, text).get(short) == name_en


def test_bilam_shaml_is_no_brazilian_city(pipeline):
    assert "بلم" not in names(pipeline, 'داعيا إلى الإسراع بما يسمح بلم شمل العائلات.')
