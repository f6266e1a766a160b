"""Names an analyst reads in Arab news, linked to their Wikipedia titles: Sudan's states,
border villages of south Lebanon, airports and squares, ministries with a proper name,
and the bare place title where Wikipedia's comma qualifier is not the common name."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])

    def _run(text: str, published: str = "2023-10-20"):
        return pipe(Article(id="t", text=text, published=published))
    return _run


def found(article) -> dict[str, tuple[str, str | None, str | None]]:
    return {m.text: (e.type, e.name_en, e.country) for e in article.entities for m in e.mentions}


@pytest.mark.parametrize("text,mention,name_en,country", [
    ("وعقد مجلس الأمن الدولي جلسة طارئة مساء أمس.", "مجلس الأمن الدولي", "UN Security Council", None),
    ("وقالت وزارة الدفاع التركية إن الطائرات عادت.", "وزارة الدفاع التركية",
     "Ministry of National Defense (Turkey)", "TUR"),
    ("وأصدرت وزارة الخارجية الفرنسية بيانا مقتضبا.", "وزارة الخارجية الفرنسية",
     "Ministry for Europe and Foreign Affairs", "FRA"),
    ("ووصلت القافلة إلى ولاية جنوب دارفور أمس.", "جنوب دارفور", "South Darfur", "SDN"),
    ("وتوجهت الشاحنات إلى ولايتي الجزيرة والنيل الأبيض.", "النيل الأبيض", "White Nile (state)", "SDN"),
    ("وقصفت المدفعية أطراف بلدة عيتا الشعب الحدودية.", "عيتا الشعب", "Ayta ash-Shab", "LBN"),
    ("واستهدف الحزب موقعا قرب مستعمرة المطلة.", "المطلة", "Metula", "ISR"),
    ("وسقطت قذيفة في محيط شتولا.", "شتولا", "Shtula", "ISR"),
    ("وهبطت الطائرة في مطار بورتسودان محملة بالأدوية.", "مطار بورتسودان",
     "Port Sudan New International Airport", "SDN"),
    ("ونقلت المساعدات جوا إلى مطار العريش.", "مطار العريش", "El Arish International Airport", "EGY"),
    ("وتجمع المحتجون في ساحة الإرادة مساء.", "ساحة الإرادة", "Irada Square", "KWT"),
    ("ودعت الهيئة الحكومية للتنمية (إيقاد) إلى الهدنة.", "إيقاد",
     "Intergovernmental Authority on Development", None),
    ("وقال الوزير في كلمة بثها تلفزيون الكويت إن الحوار مستمر.", "تلفزيون الكويت",
     "Kuwait Television", "KWT"),
    ("ونقلت وكالة الأنباء السورية عن الوزير قوله.", "وكالة الأنباء السورية",
     "Syrian Arab News Agency", "SYR"),
    ("واندلعت اشتباكات في مدينة الزاوية غرب طرابلس.", "الزاوية", "Zawiya", "LBY"),
    ("وأعلنت خلية الإعلام الأمني سقوط صاروخين.", "خلية الإعلام الأمني", "Security Media Cell", "IRQ"),
])
def test_wikipedia_title(run, text, mention, name_en, country):
    assert found(run(text)).get(mention, (None, None, None))[1:] == (name_en, country)


def test_jordan_lower_house_by_context(run):
    text = "وقال رئيس الوزراء الأردني إن مجلس النواب سيناقش القانون في عمان."
    got = found(run(text))
    assert got.get("مجلس النواب", (None, None, None))[1:] == ("House of Representatives (Jordan)", "JOR")


@pytest.mark.parametrize("text,nominal", [
    # an army written as noun + nationality adjective is a nominal (dev README), not a name
    ("وأعلنت القوات المسلحة السودانية استعادة المقر.", "القوات المسلحة السودانية"),
    ("وقالت القوات المسلحة الأردنية إنها أحبطت محاولة تهريب.", "القوات المسلحة الأردنية"),
])
def test_armed_forces_with_nationality_adjective_are_nominals(run, text, nominal):
    assert nominal not in found(run(text))


def test_libyan_unity_government_short_name_after_the_full_one(run):
    text = ("وأعلن رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة قبوله الدعوة، "
            "فيما اعتقلت وزارة الداخلية بحكومة الوحدة خمسة مسلحين.")
    assert found(run(text)).get("حكومة الوحدة", (None, None, None))[1:] == \
        ("Government of National Unity (Libya)", "LBY")
    assert "حكومة الوحدة" not in found(run("وقالت حكومة الوحدة إن الاجتماع انتهى."))
