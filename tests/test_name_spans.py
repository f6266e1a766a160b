"""Person names the NER model cut short are made whole (``hadath.annotate.name_spans``)."""
from __future__ import annotations

import pytest

from hadath.annotate.name_spans import repair_person_spans


def _spans(text: str, *parts: str) -> list[tuple[int, int, str]]:
    return [(text.index(p), text.index(p) + len(p), "PER") for p in parts]


@pytest.mark.parametrize("text,found,whole", [
    # two person spans with a space between are one name; "his saying" is no name
    ("نقلت وسائل إعلام عن وزير الإعلام علي حسن محمد قوله إن الاتفاق تاريخي.",
     ("علي حسن", "محمد قوله"), "علي حسن محمد"),
    # the name before ولد belongs to the name
    ("وقال رئيس اللجنة الداه ولد عبد الجليل في مؤتمر صحفي إن العملية شفافة.",
     ("عبد الجليل",), "الداه ولد عبد الجليل"),
    # a given name right before the span
    ("وقالت الدكتورة نهى عبد الرازق إن الصفقة تخفف الضغط.", ("عبد الرازق",), "نهى عبد الرازق"),
    # a family name right after it
    ('وقال رئيس المجلس محمد إبراهيم الحافظ لـ"شفق نيوز" إن الجلسة قانونية.',
     ("محمد إبراهيم",), "محمد إبراهيم الحافظ"),
    # "for it" after a spokesman is no given name (باسمة)
    ("وقال المتحدث باسمه سالم بن علي إن الإضراب قائم.", ("باسمه سالم بن علي",), "سالم بن علي"),
    # a given name that is also a family name, after a title or adjective: علي with ي
    # (never the preposition على), أحمد, محمد
    ("والتقى الوزير السفير التركي علي رضا غوناي أمس.", ("رضا غوناي",), "علي رضا غوناي"),
    ("وقال الدبلوماسي الأردني أحمد سليم الخطيب إن الحوار مستمر.", ("سليم الخطيب",),
     "أحمد سليم الخطيب"),
])
def test_a_cut_name_is_made_whole(text, found, whole):
    out = repair_person_spans(text, _spans(text, *found), [])
    assert [text[s:e] for s, e, _ in out] == [whole]


@pytest.mark.parametrize("text,found", [
    # a nationality adjective, a weekday, a title are no family names
    ("وهنأ الرئيس محمد حسن المصري بالفوز.", "محمد حسن"),
    ("وصل محمد حسن الخميس إلى القاهرة.", "محمد حسن"),
    ("وقال مساعد محمد حسن الوزير إن الاجتماع انتهى.", "محمد حسن"),
    # the preposition على, and a surname of the name before (حسن علي + رضا …)
    ("وشدد الوزير على رضا غوناي.", "رضا غوناي"),
    ("وقال سمير حسن علي رضا إن الجلسة انتهت.", "رضا"),
])
def test_words_that_are_no_names_stay_out(text, found):
    out = repair_person_spans(text, _spans(text, found), [])
    assert [text[s:e] for s, e, _ in out] == [found]


@pytest.mark.parametrize("text,found,name", [
    # the words that describe a man are no part of his name
    ("وقال الخبير النفطي الكويتي فهد المطيري إن الأسعار سترتفع.",
     "الخبير النفطي الكويتي فهد المطيري", "فهد المطيري"),
    # names that do open with ال keep it
    ("وقال الباجي قائد السبسي إن الانتخابات ستجري في موعدها.",
     "الباجي قائد السبسي", "الباجي قائد السبسي"),
    ("وقال الصادق المهدي إن الحوار هو الحل.", "الصادق المهدي", "الصادق المهدي"),
    ("وقال الحبيب بورقيبة إن الاستقلال قريب.", "الحبيب بورقيبة", "الحبيب بورقيبة"),
])
def test_a_name_starts_after_the_words_that_describe_the_man(text, found, name):
    out = repair_person_spans(text, _spans(text, found), [])
    assert [text[s:e] for s, e, _ in out] == [name]


def test_a_repair_stops_at_a_dictionary_mention():
    text = "واستقبل الرئيس عبد الفتاح السيسي نهى عبد الرازق في القاهرة."
    taken = [(text.index("عبد الفتاح السيسي"), text.index("عبد الفتاح السيسي") + 17)]
    out = repair_person_spans(text, _spans(text, "عبد الرازق"), taken)
    assert [text[s:e] for s, e, _ in out] == ["نهى عبد الرازق"]
    out = repair_person_spans(text, _spans(text, "نهى عبد الرازق"), taken)
    assert [text[s:e] for s, e, _ in out] == ["نهى عبد الرازق"]


def test_a_family_name_alone_names_the_person_in_full_before(pipeline):
    from hadath.model import Article
    text = ("أعلنت الهيئة فوز الرئيس قيس سعيد بولاية ثانية. وكان سعيد قد خاطب أنصاره ليلة "
            "الأحد قائلا إن المسار سيتواصل.")
    done = pipeline(Article.from_input({"id": "t", "text": text, "published": "2024-10-08"}))
    saied = [e for e in done.entities if any(m.text == "قيس سعيد" for m in e.mentions)]
    assert saied and {m.text for m in saied[0].mentions} == {"قيس سعيد", "سعيد"}


@pytest.mark.parametrize("text,found,whole", [
    ('وقال عضو مجلس الشعب عبد الرحمن الخلف لـ"الوطن" إن الأهالي استقبلوا الجيش.',
     "عبد الرحمن", "عبد الرحمن الخلف"),
    ('وقال الباحث خالد بن سعيد الهنائي لـ"الشبيبة": "الصفقة تمت".',
     "خالد بن سعيد", "خالد بن سعيد الهنائي"),
    # not where the name need not end: the word may be the next phrase's
    ("وقال عبد الرحمن الخلف في الصفوف كان كبيرا.", "عبد الرحمن", "عبد الرحمن"),
    ('وقال الأمين العام عبد الرحمن العام لـ"الوطن" إن الاجتماع انتهى.', "عبد الرحمن", "عبد الرحمن"),
])
def test_a_rarer_family_name_joins_where_the_name_ends(text, found, whole):
    out = repair_person_spans(text, _spans(text, found), [])
    assert [text[s:e] for s, e, _ in out] == [whole]


@pytest.fixture(scope="module")
def seg():
    from hadath.annotate.segment import Segmenter
    return Segmenter()


def _slot(seg, text, known=()):
    from hadath.annotate.name_spans import speaker_slot_names
    from hadath.model import Article
    art = seg(Article(id="t", text=text, published="2024-01-01"))
    taken = [(text.index(k), text.index(k) + len(k)) for k in known]
    return [text[s:e] for s, e, _ in speaker_slot_names(text, art.tokens, taken)]


@pytest.mark.parametrize("text,known,names", [
    ('وقالت المتحدثة باسم الهلال الأحمر المصري رشا عبد الحميد لـ"مصراوي": "الشاحنات جاهزة".',
     ("الهلال الأحمر المصري",), ["رشا عبد الحميد"]),
    ('من جهته، اعتبر أستاذ القانون في جامعة الكويت فهد العنزي، في تصريح لـ"الجريدة"، أن الأمر '
     'دستوري.', ("جامعة الكويت",), ["فهد العنزي"]),
    ("ويرى الباحث السياسي نادر الحلبي أن التحدي كبير.", (), ["نادر الحلبي"]),
    # a Mauritanian name opens with a definite word before ولد
    ("وأكد الناطق باسم الحكومة الداني ولد اعبيدي أن الرئيس سيؤدي اليمين.", (),
     ["الداني ولد اعبيدي"]),
    # unnamed sources, long titles, definite nouns: nothing
    ("وقال مصدر أمني في المحافظة إن القوات عززت انتشارها.", (), []),
    ("وقال شاهد عيان لـ\"الغد\" إن الأمن استخدم الغاز.", (), []),
    ("وقال مدير مستشفى كمال عدوان حسام أبو صفية إن الوضع كارثي.", (), []),
    ("وأكد البيان أن السلام العادل والشامل هو الهدف.", (), []),
])
def test_a_name_in_the_speaker_slot(seg, text, known, names):
    assert _slot(seg, text, known) == names


@pytest.mark.parametrize("text", [
    "في المقابل، اتهم القيادي الفاروق أبو بكر، المفاوض عن الفصائل، القوات بخرق الاتفاق.",
    "وأعلن الرئيس، في بيان لرئاسة الجمهورية، أن الحكومة ستستقيل.",
    "وقال رئيس اللجنة ولد عبد الجليل إن العملية شفافة.",
])
def test_no_slot_name_without_its_beginning(seg, text):
    assert _slot(seg, text) == []
