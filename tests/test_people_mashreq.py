"""People of the Gulf, Levant, Iraq, Yemen, Iran, Israel and Turkey (src/people/mashreq.tsv).

Wire copy names these office holders by their Arabic full names; without a lexicon row
the fallback transliterates them (``Jean Kahwagi``) and loses their country, which is the
actor key of their events.
"""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])

    def _run(text: str, published: str = "2016-05-13"):
        return pipe(Article(id="t", text=text, published=published))
    return _run


@pytest.mark.parametrize("text,name_en,country", [
    ("وقال قائد الجيش اللبناني العماد جان قهوجي إن الحدود آمنة.", "Jean Kahwaji", "LBN"),
    ("واستقبل رئيس الوزراء محمد سالم باسندوة الوفد في صنعاء.", "Mohammed Basindawa", "YEM"),
    ("وقال رئيس مجلس النواب الأردني أحمد الصفدي إن المجلس سيناقش القانون.",
     "Ahmad Safadi", "JOR"),
    ("وأعلن وزير الداخلية التركي أفكان آلا اعتقال المشتبه بهم.", "Efkan Ala", "TUR"),
    ("وقال المتحدث باسم الخارجية الإيرانية حسين جابري أنصاري إن طهران ترفض ذلك.",
     "Hossein Jaberi Ansari", "IRN"),
    ("وصرح عزت الرشق عضو المكتب السياسي لحماس بأن الحركة لن تتراجع.",
     "Izzat al-Rishq", "PSE"),
    ("واستقبل الشيخ هزاع بن زايد آل نهيان الوزير.", "Hazza bin Zayed Al Nahyan", "ARE"),
    # the minister's given name is also his country's: the full name wins
    ("وقال وزير الدفاع إسرائيل كاتس إن الجيش سيواصل العمليات.", "Israel Katz", "ISR"),
])
def test_office_holder_gets_name_and_country(run, text, name_en, country):
    art = run(text)
    found = {(e.name_en, e.country) for e in art.entities if e.type == "PER"}
    assert (name_en, country) in found


def test_speaker_is_not_the_foreign_minister_of_the_same_family(run):
    art = run("وقال أيمن الصفدي إن عمان ترفض. وقال رئيس المجلس أحمد الصفدي إن الشارع غاضب.",
              published="2023-03-01")
    names = {e.name_en for e in art.entities if e.type == "PER"}
    assert {"Ayman Safadi", "Ahmad Safadi"} <= names


def test_royal_title_is_required_for_a_name_shared_with_an_imam(run):
    art = run("وروى عن علي بن الحسين أنه قال. واستقبل الأمير علي بن الحسين الضيوف.")
    mentions = [m.text for e in art.entities if e.name_en == "Prince Ali bin Hussein"
                for m in e.mentions]
    assert mentions == ["علي بن الحسين"]


@pytest.mark.parametrize("text,name_en", [
    # both عبد names joined, as Saudi agencies write the Grand Mufti's nasab
    ("وأدان المفتي العام عبدالعزيز بن عبدالله آل الشيخ التفجير.",
     "Abdul-Aziz ibn Abdullah Al ash-Sheikh"),
    ("وقال الأمير عبد العزيز بن عبد الله بن عبد العزيز إن المملكة ترحب.",
     "Abdulaziz bin Abdullah Al Saud"),
])
def test_joined_abd_names_in_a_nasab(run, text, name_en):
    assert name_en in {e.name_en for e in run(text).entities}


@pytest.mark.parametrize("text", [
    # آل الشيخ is no ruling family: its nasab without it is anyone's name
    "وقال عبد العزيز بن عبد الله المدير العام للشركة إن الأرباح زادت.",
    # a Bahraini royal's name without آل خليفة is a commoner's (ناصر بن حمد بن عوشن)
    "وأوضح المتحدث ناصر بن حمد بن عوشن أن القضية انتهت.",
])
def test_a_royal_or_clerical_nasab_without_its_family_is_nobody_listed(run, text):
    mine = {"p.mufti_alsheikh", "p.nasser_hamad", "p.abdulaziz_abdullah_saud"}
    assert not {e.lexicon_id for e in run(text).entities} & mine
