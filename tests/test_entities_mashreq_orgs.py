"""Stage ``entities`` on organizations of the Gulf, Iraq, the Levant, Iran, Turkey and
Israel (``src/orgs/mashreq.tsv``): blocs, factions, security bodies and companies are
found by their formal names, while the nominal forms the gold does not mark as names
(``قيادة الجيش اللبناني``, ``الجيش التركي``) and a sub-body around a name the gold keeps
(``اللجنة التنفيذية لمنظمة التحرير``) stay out of the lexicon."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])
    return lambda text: pipe(Article(id="t", text=text, published="2019-03-10"))


def _found(article):
    return {m.text: (e.type, e.name_en, e.country) for e in article.entities for m in e.mentions}


@pytest.mark.parametrize("text,mention,name_en,iso3", [
    ("وقال النائب عن تحالف سائرون إن الحكومة ستتشكل قريبا.", "تحالف سائرون", "Sairoon", "IRQ"),
    ("أعلن تيار الحكمة الوطني انتقاله إلى المعارضة.", "تيار الحكمة الوطني",
     "National Wisdom Movement", "IRQ"),
    ("ونفت عصبة الثائرين مسؤوليتها عن الهجوم.", "عصبة الثائرين", "Usbat al-Thaireen", "IRQ"),
    ("وقصفت قوات الدعم والإسناد مواقع الحوثيين.", "قوات الدعم والإسناد",
     "Support and Backup Forces", "YEM"),
    ("وأصدرت هيئة التحقيق والادعاء العام قرارا بإيقافه.", "هيئة التحقيق والادعاء العام",
     "Bureau of Investigation and Public Prosecution", "SAU"),
    ("وأعلن جهاز الأمن الوقائي اعتقال ثلاثة شبان.", "جهاز الأمن الوقائي", "Preventive Security", "PSE"),
    ("وهاجم مستوطنون من شبيبة التلال قرية فلسطينية.", "شبيبة التلال", "Hilltop Youth", "ISR"),
    ("وقال قائد بحرية الحرس الثوري إن السفينة احتجزت.", "بحرية الحرس الثوري",
     "Islamic Revolutionary Guard Corps Navy", "IRN"),
    ("وأعلنت اللجنة العليا للانتخابات التركية النتائج الرسمية.",
     "اللجنة العليا للانتخابات التركية", "Supreme Election Council of Turkey", "TUR"),
    ("واستهدف مقاتلون من قوة الرضوان موقعا إسرائيليا.", "قوة الرضوان", "Radwan Force", "LBN"),
])
def test_mashreq_organizations(run, text, mention, name_en, iso3):
    assert _found(run(text))[mention] == ("ORG", name_en, iso3)


@pytest.mark.parametrize("text,word", [
    # a party name that is a common word needs its type word before it
    ("وحقق الفريق النصر في المباراة الأخيرة.", "النصر"),
    ("ولا يمكن الحديث عن الحكمة في هذه القرارات.", "الحكمة"),
    # a nominal army form is an agent of the events stage, not a name
    ("وقال بيان صادر عن قيادة الجيش اللبناني إن الطائرات خرقت الأجواء.", "قيادة الجيش اللبناني"),
])
def test_common_words_and_nominals_are_no_mashreq_names(run, text, word):
    assert word not in _found(run(text))


def test_plo_keeps_its_own_mention_inside_its_executive_committee(run):
    found = _found(run("وقال عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية إن القرار نهائي."))
    assert found["منظمة التحرير الفلسطينية"][1] == "Palestine Liberation Organization"
