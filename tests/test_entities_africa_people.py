"""People of Africa, the Maghreb, the Horn and the African and Arab bodies
(``hadath/data/src/people/africa.tsv``): wire copy names them in full, and an analyst
expects their English name and state, not a transliteration; a family name that is also
a common word (``جمعة`` Friday, ``مدني`` civil) must not become that person elsewhere."""
import pytest

from hadath.events.lexicons import EventLexicons
from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])

    def _run(text: str, published: str = "2016-05-03"):
        return pipe(Article(id="t", text=text, published=published))
    return _run


def found(article) -> dict[str, tuple[str, str, str | None, str | None]]:
    """mention text → (type, English name, country, org)."""
    return {m.text: (e.type, e.name_en, e.country, e.org)
            for e in article.entities for m in e.mentions}


@pytest.mark.parametrize("text,mention,name_en,country,org", [
    ("وقال رئيس الوزراء المصري إبراهيم محلب إن الحكومة ستدعم المستثمرين.",
     "إبراهيم محلب", "Ibrahim Mahlab", "EGY", None),
    ("وأكد رئيس الحكومة التونسية مهدي جمعة أن الانتخابات ستجري في موعدها.",
     "مهدي جمعة", "Mehdi Jomaa", "TUN", None),
    ("واستقبل رئيس المجلس الشعبي الوطني الجزائري إبراهيم بوغالي الوفد.",
     "إبراهيم بوغالي", "Brahim Boughali", "DZA", None),
    ("وقال رئيس مجلس النواب المغربي رشيد الطالبي العلمي إن البرلمان يدعم القرار.",
     "رشيد الطالبي العلمي", "Rachid Talbi Alami", "MAR", None),
    ("وأعلن عبد الرحيم الكيب تشكيل حكومته في طرابلس.",
     "عبد الرحيم الكيب", "Abdurrahim El-Keib", "LBY", None),
    ("وقال نائب الرئيس السوداني علي عثمان محمد طه إن الحوار مفتوح.",
     "علي عثمان محمد طه", "Ali Osman Taha", "SDN", None),
    ("وتبنى إياد أغ غالي زعيم جماعة أنصار الدين الهجوم.",
     "إياد أغ غالي", "Iyad Ag Ghaly", "MLI", None),
    ("وقال الرئيس الكيني أوهورو كينياتا إن القوات الكينية باقية في الصومال.",
     "أوهورو كينياتا", "Uhuru Kenyatta", "KEN", None),
    ("والتقى الرئيس الرواندي بول كاغامي نظيره الكونغولي فيليكس تشيسكيدي.",
     "فيليكس تشيسكيدي", "Félix Tshisekedi", "COD", None),
    ("وقالت رئيسة تنزانيا سامية صولوحو حسن إن بلادها ستشارك في القمة.",
     "سامية صولوحو حسن", "Samia Suluhu Hassan", "TZA", None),
    ("ودعا مفوض السلم والأمن في الاتحاد الأفريقي إسماعيل شرقي إلى وقف القتال.",
     "إسماعيل شرقي", "Smaïl Chergui", None, "AU"),
    ("وقال نائب الأمين العام للجامعة العربية أحمد بن حلي إن الاجتماع تأجل.",
     "أحمد بن حلي", "Ahmed Ben Helli", None, "ARAB_LEAGUE"),
    ("وبحث الأمين العام لمنظمة التعاون الإسلامي إياد مدني مع الوزير الأوضاع.",
     "إياد مدني", "Iyad Madani", None, "OIC"),
    ("ووقع الاتفاق الرئيس الراحل محمد أنور السادات عام 1979.",
     "محمد أنور السادات", "Anwar Sadat", "EGY", None),
])
def test_african_people_are_named(run, text, mention, name_en, country, org):
    got = found(run(text))
    assert mention in got, got
    assert got[mention] == ("PER", name_en, country, org)


@pytest.mark.parametrize("text,word", [
    ("وكان مهدي جمعة في زيارة للقيروان، وأدى المصلون صلاة جمعة هادئة.", "جمعة"),
    ("والتقى الأمين العام لمنظمة التعاون الإسلامي إياد مدني ممثلي المجتمع مدني الطابع.", "مدني"),
    ("وزار وزير النقل المصري كامل الوزير الموقع، وقال الوزير إن العمل مستمر.", "الوزير"),
])
def test_common_word_family_names_stay_words(run, text, word):
    got = found(run(text))
    assert word not in got, got


@pytest.mark.parametrize("office,country,day,holder", [
    ("prime_minister", "TUN", "2014-05-01", "Mehdi Jomaa"),
    ("prime_minister", "EGY", "2015-08-06", "Ibrahim Mahlab"),
    ("foreign_minister", "DZA", "2018-01-10", "Abdelkader Messahel"),
    ("president", "NGA", "2016-03-01", "Muhammadu Buhari"),
    ("prime_minister", "ETH", "2019-10-11", "Abiy Ahmed"),
    ("president", "SOM", "2020-01-01", "Mohamed Abdullahi Mohamed"),
])
def test_office_titles_name_their_african_holders(office, country, day, holder):
    lex = EventLexicons.load()
    got = lex.holder(office, country, day)
    assert got is not None and got.name_en == holder
