"""The ``quotes`` stage: speech cues, speakers resolved to the article's entities."""
from __future__ import annotations

import pickle

import pytest

from hadath.annotate.quotes import QuoteFinder
from hadath.annotate.segment import Segmenter
from hadath.model import Article, Entity, Span, check_offsets


@pytest.fixture(scope="module")
def finder() -> QuoteFinder:
    return QuoteFinder()


def article(text: str, names: dict[str, str]) -> Article:
    """An article whose entities are every occurrence of ``names`` (mention → type)."""
    art = Segmenter()(Article(id="q", text=text, published="2017-05-13"))
    ents = []
    for n, (name, etype) in enumerate(names.items(), 1):
        spans, pos = [], text.find(name)
        while pos >= 0:
            spans.append(Span(pos, pos + len(name), name))
            pos = text.find(name, pos + len(name))
        assert spans, name
        ents.append(Entity(id=f"e{n}", type=etype, name=name, mentions=tuple(spans)))
    return art.with_(entities=tuple(ents))


def speakers(finder, art) -> list[tuple[str, str | None]]:
    done = finder(art)
    assert not check_offsets(done)
    names = {e.id: e.name for e in done.entities}
    return [(q.cue.text, names.get(q.speaker)) for q in done.quotes]


@pytest.mark.parametrize("text,names,expected", [
    # VSO: the name right after the cue
    ('وقال لافروف في مقابلة تلفزيونية، "نحن توافقنا مع تركيا".',
     {"لافروف": "PER", "تركيا": "LOC"}, [("قال", "لافروف")]),
    # a title before the name
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن الاتفاق صامد.",
     {"سيرغي لافروف": "PER"}, [("قال", "سيرغي لافروف")]),
    ("قال المتحدث باسم وزارة الخارجية الأمريكية فيدانت باتيل إن الإيقاف تصعيد مقلق.",
     {"وزارة الخارجية الأمريكية": "ORG", "فيدانت باتيل": "PER"}, [("قال", "فيدانت باتيل")]),
    # SVO: the name before the cue
    ("وكان مساعد الرئيس الروسي، يوري أوشاكوف، قال الجمعة إن المحادثات جيدة.",
     {"يوري أوشاكوف": "PER"}, [("قال", "يوري أوشاكوف")]),
    ("وكان رئيس الوزراء عادل عبد المهدي قد أعلن حزمة قرارات.",
     {"عادل عبد المهدي": "PER"}, [("أعلن", "عادل عبد المهدي")]),
    # feminine and present-tense cues
    ("وأكدت المبعوثة ستيفاني وليامز أن الاتفاق تاريخي.",
     {"ستيفاني وليامز": "PER"}, [("أكدت", "ستيفاني وليامز")]),
    # reported: وفق ما صرح به، على لسان، نقلت … عن
    ("وفق ما صرح به وزير الإعلام الشيخ محمد المبارك الصباح.",
     {"محمد المبارك الصباح": "PER"}, [("صرح", "محمد المبارك الصباح")]),
    ("واعتبر الاتحاد الإفريقي، على لسان رئيس مفوضيته موسى فقي محمد، أن الخطوة خاطئة.",
     {"الاتحاد الإفريقي": "ORG", "موسى فقي محمد": "PER"},
     [("اعتبر", "الاتحاد الإفريقي"), ("على لسان", "موسى فقي محمد")]),
    ('ونقلت وكالة "تاس" عن شويغو قوله إن روسيا لن تستغل الممرات.',
     {"تاس": "ORG", "شويغو": "PER"}, [("نقلت", "شويغو")]),
])
def test_speaker_of_a_cue(finder, text, names, expected):
    assert speakers(finder, article(text, names)) == expected


def test_added_goes_on_with_the_last_speaker(finder):
    text = ('وقال غروندبرغ في بيان إن الهدنة تشمل السماح بدخول السفن. '
            'وأضاف: "الهدف منح اليمنيين فرصة".')
    got = speakers(finder, article(text, {"غروندبرغ": "PER"}))
    assert got == [("قال", "غروندبرغ"), ("أضاف", "غروندبرغ")]


def test_participle_takes_the_subject_of_its_clause(finder):
    text = "ورحب الرئيس الفرنسي إيمانويل ماكرون بالاتفاق، معتبرا إياه خطوة تاريخية."
    got = speakers(finder, article(text, {"إيمانويل ماكرون": "PER"}))
    assert got == [("معتبرا", "إيمانويل ماكرون")]


def test_pronoun_subject_in_the_same_sentence(finder):
    text = ("بعث وزير الخارجية سامح شكري بخطاب إلى رئيس مجلس الأمن الدولي طالب فيه "
            "بعقد جلسة.")
    got = speakers(finder, article(text, {"سامح شكري": "PER", "مجلس الأمن الدولي": "ORG"}))
    assert got == [("طالب", "سامح شكري")]


@pytest.mark.parametrize("text,names", [
    ("وقال مصدر عسكري إن القصف استهدف مواقع المسلحين.", {"القصف": "ORG"}),
    ("وأفاد شهود عيان بأن السلطات قطعت الإنترنت.", {"السلطات": "ORG"}),
    ('وقال الجيش الإسرائيلي في بيان إنه "يراجع" ملابسات الحادث.', {"ملابسات": "ORG"}),
    ("في خطوة قالت واشنطن إنها تهدف إلى الردع.", {"واشنطن": "LOC"}),
    ("وأعلنت جامعة الدول العربية دعمها الكامل لموقف مصر.",
     {"جامعة الدول العربية": "ORG", "مصر": "LOC"}),
    ("ودعت الوثيقة إلى تطبيق قرارات مجلس الأمن التي تدعو إلى التفاوض.",
     {"مجلس الأمن": "ORG"}),
    ('وكتب الشيخ على تويتر: "رأى الحوثي خيلا في المنام".', {"الحوثي": "PER"}),
    ("ويذكر أن الصدع بين أوباما والمنظمة يتصاعد منذ شهور.", {"أوباما": "PER"}),
    ("وتابع الرئيس بشار الأسد سير العمليات في ريف حلب.", {"بشار الأسد": "PER"}),
])
def test_unnamed_nominal_and_place_subjects_give_no_quote(finder, text, names):
    assert speakers(finder, article(text, names)) == []


def test_quote_span_is_the_quoted_text(finder):
    text = 'من جانبه، قال الرئيس أردوغان: "نحن عازمون على الارتقاء بعلاقاتنا".'
    done = finder(article(text, {"أردوغان": "PER"}))
    (q,) = done.quotes
    assert q.text == "نحن عازمون على الارتقاء بعلاقاتنا"
    assert q.cue.text == "قال"


def test_quote_span_is_the_reported_clause(finder):
    text = "وقال شمخاني، في تصريح للصحفيين، إن المباحثات كانت صريحة وبناءة."
    (q,) = finder(article(text, {"شمخاني": "PER"})).quotes
    assert q.text == "المباحثات كانت صريحة وبناءة"


def test_no_entities_no_quotes(finder):
    art = Segmenter()(Article(id="q", text="وقال إن الاتفاق صامد.", published=None))
    assert finder(art).quotes == ()


def test_stage_pickles(finder):
    clone = pickle.loads(pickle.dumps(finder))
    art = article("وقال لافروف إن الاتفاق صامد.", {"لافروف": "PER"})
    assert speakers(clone, art) == [("قال", "لافروف")]


def test_dev_gold_speakers_with_gold_entities(dev_gold, finder):
    """On the dev set with perfect entities, most required speakers are found."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from gold_entities import with_gold_entities
    found = total = 0
    for doc in dev_gold:
        art = finder(with_gold_entities(Segmenter()(Article.from_input(doc)), doc))
        ents = {e.id: e.name_en for e in art.entities}
        got = {ents.get(q.speaker) for q in art.quotes}
        for g in doc["quotes"]:
            if not g.get("optional"):
                total += 1
                found += g["speaker_en"] in got
    assert found / total >= 0.9


def test_a_name_after_a_phrase_is_not_the_subject(finder):
    text = ("وقال الجبير إن العلاقات متينة. كما أشار إلى أنه أعرب خلال لقائه بأوباما "
            "عن ارتياحه.")
    got = speakers(finder, article(text, {"الجبير": "PER", "أوباما": "PER"}))
    assert [name for _, name in got] == ["الجبير", "الجبير", "الجبير"]


@pytest.mark.parametrize("text,names", [
    # the speaker is unknown to the entity stage; the names found are objects
    ("من جانبه، وصف وزير الإعلام الأردني الدكتور محمد المومني، زيارة الأمير محمد بن سلمان "
     "بأنها مهمة.", {"محمد بن سلمان": "PER"}),
    ("وأوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة أن الفريق وصل.", {"سلمان": "PER"}),
])
def test_names_that_are_not_the_subject(finder, text, names):
    assert speakers(finder, article(text, names)) == []


def test_participle_after_a_quote_keeps_its_speaker(finder):
    text = ("وحتى لو كان الهجوم من قوات موالية لبشار الأسد، حذر وزير الخارجية الروسي سيرغي لافروف "
            "من الغارات، قائلا إن الوضع مخالف للقانون الدولي.")
    got = speakers(finder, article(text, {"بشار الأسد": "PER", "سيرغي لافروف": "PER"}))
    assert got == [("حذر", "سيرغي لافروف"), ("قائلا", "سيرغي لافروف")]


@pytest.mark.parametrize("text,names,expected", [
    ("وارتفعت الأسعار بحسب وزارة الاقتصاد السورية في تقريرها.",
     {"وزارة الاقتصاد السورية": "ORG"}, [("بحسب", "وزارة الاقتصاد السورية")]),
    ("ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن المحادثات فشلت.", {"رويترز": "ORG"}, []),
    ("وقال مسؤول في وزارة الخارجية إن الوفد غادر.", {"وزارة الخارجية": "ORG"}, []),
])
def test_reported_and_relayed_speech(finder, text, names, expected):
    assert speakers(finder, article(text, names)) == expected


def test_according_to_a_titled_person(finder):
    text = "ووفقا للمتحدث باسم الجيش أفيخاي أدرعي، فإن القوات انسحبت."
    assert speakers(finder, article(text, {"أفيخاي أدرعي": "PER"})) == [("وفقا", "أفيخاي أدرعي")]
