"""Stage ``roles``: a model-found person's country from the title before the name."""
import pytest

from hadath.annotate.roles import RoleCountry
from hadath.annotate.segment import Segmenter
from hadath.model import Article, Entity, Span


def article(text: str, people: list[str], others: dict[str, tuple[str, str]] = {}):
    """People as model-found entities (no country); others: mention → (type, country)."""
    art = Segmenter()(Article(id="r", text=text, published="2020-01-01"))
    ents = []
    for n, name in enumerate(people):
        pos = text.index(name)
        ents.append(Entity(id=f"p{n}", type="PER", name=name,
                           mentions=(Span(pos, pos + len(name), name),), origin="model"))
    for n, (name, (etype, country)) in enumerate(others.items()):
        pos = text.index(name)
        ents.append(Entity(id=f"o{n}", type=etype, name=name, country=country,
                           mentions=(Span(pos, pos + len(name), name),), origin="lexicon"))
    return art.with_(entities=tuple(ents))


def countries(art) -> dict[str, str | None]:
    return {e.name: e.country for e in RoleCountry()(art).entities if e.type == "PER"}


@pytest.mark.parametrize("text,person,others,country", [
    # a nationality adjective in the title, masculine or feminine
    ("وقال وزير الداخلية السوري سامر الخطيب إن المعبر جاهز.", "سامر الخطيب", {}, "SYR"),
    ("وأكدت وزيرة الصحة اللبنانية هدى السالم أن المستشفيات ممتلئة.", "هدى السالم", {}, "LBN"),
    # a country or a body with a country inside the title
    ("ورحب رئيس غرفة صناعة الأردن كمال الزيدي بالقرار.", "كمال الزيدي",
     {"الأردن": ("LOC", "JOR")}, "JOR"),
    ("وأعفي المستشار في الديوان الملكي سالم العتيبي من منصبه.", "سالم العتيبي",
     {"الديوان الملكي": ("ORG", "SAU")}, "SAU"),
    # the object of a preposition is where the office is, not whose it is
    ("وواصل السفير السعودي لدى اليمن فهد الحربي مشاوراته.", "فهد الحربي",
     {"اليمن": ("LOC", "YEM")}, "SAU"),
    ("وقالت منسقة الأمم المتحدة في العراق هدى السالم إن الأزمة مستمرة.", "هدى السالم",
     {"العراق": ("LOC", "IRQ")}, None),
    # the counterpart's title names the other side
    ("التقى وزير الخارجية المصري بنظيره سامر الخطيب في القاهرة.", "سامر الخطيب", {}, None),
    # no title, no country
    ("وقال سامر الخطيب إن الوضع هادئ في سوريا.", "سامر الخطيب",
     {"سوريا": ("LOC", "SYR")}, None),
])
def test_country_from_the_title(text, person, others, country):
    assert countries(article(text, [person], others))[person] == country


def test_lexicon_people_and_people_with_a_country_are_left_alone():
    text = "وقال وزير الخارجية الروسي سامر الخطيب إن الحوار مستمر."
    art = article(text, ["سامر الخطيب"])
    art = art.with_(entities=tuple(
        Entity(**{**{f: getattr(e, f) for f in Entity.__dataclass_fields__}, "origin": "lexicon"})
        for e in art.entities))
    assert countries(art)["سامر الخطيب"] is None


@pytest.mark.parametrize("text,person,country", [
    # a body's adjective after a preposition is still the person's side
    ("أعلن وزير الداخلية في الحكومة اليمنية اللواء سامر الخطيب ضبط خلية.", "سامر الخطيب", "YEM"),
    # a place's adjective after a preposition is where, not whose
    ("قال مراسل الوكالة في العاصمة السورية سامر الخطيب إن الوضع هادئ.", "سامر الخطيب", None),
])
def test_adjectives_after_a_preposition(text, person, country):
    assert countries(article(text, [person]))[person] == country


def test_a_person_placed_by_the_title_is_spelled_as_in_that_country():
    pytest.importorskip("arabic_name_romanizer")
    text = "وقال المتحدث باسم وزارة الداخلية التونسية رمضان الزواري إن الوضع هادئ."
    art = article(text, ["رمضان الزواري"])
    person = next(e for e in RoleCountry()(art).entities if e.type == "PER")
    assert person.country == "TUN"
    assert person.name_en.startswith("Romdhane")  # not the Egyptian Ramadan


@pytest.mark.parametrize("text,country", [
    # المالي is Malian right after an agent or an office title ...
    ("وقال الرئيس المالي سامر الخطيب إن الحوار مستمر.", "MLI"),
    ("وأكد وزير الخارجية المالي سامر الخطيب دعم بلاده للاتفاق.", "MLI"),
    # ... and "financial" elsewhere
    ("وقال وزير المالية سامر الخطيب إن العجز تراجع.", None),
    ("وقال مدير الدعم المالي سامر الخطيب إن المنح وصلت.", None),
])
def test_malian_only_after_an_agent(text, country):
    assert countries(article(text, ["سامر الخطيب"]))["سامر الخطيب"] == country


@pytest.mark.parametrize("text,person,country", [
    # a local name in a story datelined in Tunis is Tunisian
    ("تونس - قال الناشط رمضان الزواري إن الوقفة سلمية.", "رمضان الزواري", "TUN"),
    # a foreign name is not made local
    ("تونس - قال الناشط جيريمي لورانس إن الوقفة سلمية.", "جيريمي لورانس", None),
    # nor a counterpart, whose side the story does not say
    ("تونس - استقبل وزير الخارجية نظيره رمضان الزواري.", "رمضان الزواري", None),
])
def test_a_local_name_takes_the_datelines_country(text, person, country):
    pytest.importorskip("arabic_name_romanizer")
    art = article(text, [person], {"تونس": ("LOC", "TUN")})
    art = art.with_(dateline=Span(0, 4, "تونس"))
    assert countries(art)[person] == country


def test_without_a_dateline_the_outlet_gives_the_home_country():
    pytest.importorskip("arabic_name_romanizer")
    text = "قال الناشط رمضان الزواري إن الوقفة سلمية."
    art = article(text, ["رمضان الزواري"]).with_(source="وات")
    assert countries(art)["رمضان الزواري"] == "TUN"
