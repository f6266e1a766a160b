"""Stage ``entities`` on real office holders, bodies and places first missed on unseen
wire copy, each added with its peers (a parliament's blocs, a region's governorates, a
cabinet's members): Lebanese blocs named after كتلة/تكتل or in a list, Kuwaiti MPs,
Canadian ministers, Riyadh-region governorates, Moroccan towns, Arab development funds
and Iraqi operations commands; and a body named with the body it belongs to
(``مجلس السلم والأمن التابع للاتحاد الإفريقي``) as two mentions. Sentences composed for these tests."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])

    def _run(text: str, published: str = "2020-02-01"):
        return pipe(Article(id="t", text=text, published=published))
    return _run


def linked(article) -> dict[str, tuple[str, str | None, str | None]]:
    return {m.text: (e.type, e.name_en, e.country) for e in article.entities for m in e.mentions}


@pytest.mark.parametrize("text,mention,etype,name_en,iso3", [
    ('وامتنعت كتلة "المستقبل" عن التصويت.', "المستقبل", "ORG", "Future bloc", "LBN"),
    ('وصوت تكتل "الجمهورية القوية" ضد المشروع.', "الجمهورية القوية", "ORG",
     "Strong Republic bloc", "LBN"),
    ('وسمت كتل "لبنان القوي" و"التنمية والتحرير" مرشحها.', "التنمية والتحرير", "ORG",
     "Development and Liberation bloc", "LBN"),
    ('وسمت كتل "لبنان القوي" و"التنمية والتحرير" مرشحها.', "لبنان القوي", "ORG",
     "Strong Lebanon bloc", "LBN"),
    ("واجتمعت مجموعة الدعم الدولية للبنان في باريس.", "مجموعة الدعم الدولية للبنان", "ORG",
     "International Support Group for Lebanon", None),
    ("ورفض رئيس المؤتمر الوطني العام الاتفاق.", "المؤتمر الوطني العام", "ORG",
     "General National Congress", "LBY"),
    ("وقال النائب مهلهل المضف إن الحكومة مطالبة بالإصلاح.", "مهلهل المضف", "PER",
     "Muhalhal Al-Mudhaf", "KWT"),
    ("وافتتحت الجلسة في قاعة عبد الله السالم.", "قاعة عبد الله السالم", "LOC",
     "Abdullah Al-Salem Hall", "KWT"),
    ("وقالت وزيرة الخارجية كريستيا فريلاند إن بلادها ستواصل دعم أوكرانيا.", "كريستيا فريلاند",
     "PER", "Chrystia Freeland", "CAN"),
    ("واستقبل رئيس الوزراء جاستن ترودو الوفد.", "جاستن ترودو", "PER", "Justin Trudeau", "CAN"),
    ("ووقعت الأطراف الاتفاق في الصخيرات قرب الرباط.", "الصخيرات", "LOC", "Skhirat", "MAR"),
    ("واستهدف الهجوم محطتين في محافظتي الدوادمي وعفيف.", "الدوادمي", "LOC", "Dawadmi", "SAU"),
    ("وأعلن الصندوق السعودي للتنمية تمويل المشروع.", "الصندوق السعودي للتنمية", "ORG",
     "Saudi Fund for Development", "SAU"),
    ("وقدم الصندوق الكويتي للتنمية الاقتصادية العربية قرضا.",
     "الصندوق الكويتي للتنمية الاقتصادية العربية", "ORG",
     "Kuwait Fund for Arab Economic Development", "KWT"),
    ("وأعلنت قيادة عمليات البصرة حظر التجوال.", "قيادة عمليات البصرة", "ORG",
     "Basra Operations Command", "IRQ"),
    ("وشاركت مشاة البحرية الملكية البريطانية في العملية.", "مشاة البحرية الملكية البريطانية",
     "ORG", "Royal Marines", "GBR"),
])
def test_office_holders_bodies_and_places_with_their_peers(run, text, mention, etype, name_en, iso3):
    assert linked(run(text)).get(mention) == (etype, name_en, iso3)


@pytest.mark.parametrize("text,absent", [
    ("ونتطلع إلى المستقبل بثقة.", "المستقبل"),          # the future, not the bloc
    ("وقال إن عفيف رجل صادق.", "عفيف"),                # a given name, not the town
])
def test_the_same_words_elsewhere_are_no_names(run, text, absent):
    assert absent not in linked(run(text))


@pytest.mark.parametrize("text,expected", [
    # X التابع لـY: the body and the one it belongs to are two mentions
    ("وكان مجلس السلم والأمن التابع للاتحاد الإفريقي قد علق عضوية السودان.",
     {"مجلس السلم والأمن": "Peace and Security Council", "لاتحاد الإفريقي": "African Union"}),
    ("ودعا مجلس الأمن التابع للأمم المتحدة إلى وقف إطلاق النار.",
     {"مجلس الأمن": "UN Security Council", "لأمم المتحدة": "United Nations"}),
    ("وحذرت منظمة الصحة العالمية التابعة للأمم المتحدة من تفشي الوباء.",
     {"منظمة الصحة العالمية": "World Health Organization", "لأمم المتحدة": "United Nations"}),
])
def test_a_body_and_the_body_it_belongs_to_are_two_mentions(run, text, expected):
    found = {m: v[1] for m, v in linked(run(text)).items()}
    assert {m: found.get(m) for m in expected} == expected
    assert not any("التابع" in m for m in found)


def test_the_lebanese_agency_in_its_own_dateline(run):
    art = run("وطنية - بعبدا - كلف رئيس الجمهورية العماد ميشال عون الدكتور حسان دياب تشكيل الحكومة.")
    assert linked(art).get("وطنية") == ("ORG", "National News Agency (Lebanon)", "LBN")


@pytest.mark.parametrize("text,mention,name_en", [
    # the king's name after بن is the father's name in the crown prince's nasab
    ("وطالب صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود بالوقف الفوري للعمليات.",
     "محمد بن سلمان بن عبدالعزيز آل سعود", "Mohammed bin Salman"),
    # not after بن: the king himself
    ("واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود الوفد.",
     "سلمان بن عبدالعزيز آل سعود", "Salman of Saudi Arabia"),
])
def test_a_name_after_bin_inside_another_name_is_the_fathers(run, text, mention, name_en):
    found = linked(run(text))
    assert found.get(mention, (None, None))[1] == name_en
    assert len([m for m in found if found[m][0] == "PER"]) == 1
