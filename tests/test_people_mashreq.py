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
