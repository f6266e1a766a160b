"""Stage ``entities``: names that are also common words (``مالي`` Mali / "financial",
``بري`` Berri / "by land") count only where the words around them make them names."""
import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])

    def _run(text: str):
        return pipe(Article(id="t", text=text, published="2025-04-08"))
    return _run


def named(article, name_en: str) -> list[str]:
    return [m.text for e in article.entities if e.name_en == name_en for m in e.mentions]


@pytest.mark.parametrize("text", [
    "قررت الجزائر استدعاء سفيريها لدى مالي والنيجر للتشاور.",
    "ترفض الجزائر ادعاءات الحكومة الانتقالية في مالي.",
    "شن الجيش هجوما على مسلحين في شمال مالي أمس.",
    "وقعت الجزائر ومالي اتفاقا للسلام.",
    "أعلنت حكومة مالي حالة الطوارئ.",
    "وصل الوزير إلى مالي في زيارة رسمية.",
    "تتعاون فرنسا مع مالي في مكافحة الإرهاب.",
    "وقع انفجار بمالي صباح اليوم.",
    "استقبل رئيس جمهورية مالي الوفد.",
    "مالي تتهم الجزائر برعاية الإرهاب",
    "قال الوزير إن الوضع صعب. مالي تتهم الجزائر بالتدخل.",
])
def test_mali_where_only_the_country_can_stand(run, text):
    assert named(run(text), "Mali") == ["مالي"]


@pytest.mark.parametrize("text", [
    "قدمت الحكومة دعم مالي كبير للمدارس.",
    "تعاني الشركة من وضع مالي صعب.",
    "وقع الطرفان اتفاق تعاون مالي و إداري.",
    "دفعت ثمن البيت من مالي الخاص.",
    "أعلنت وزارة المالية عجزا في الموازنة.",
    "تراجع النظام المالي في البلاد.",
    "طلب الموظف تعويض مالي عن الضرر.",
    "تحتاج المدارس إلى دعم فني، مالي، ولوجستي.",
])
def test_financial_stays_a_word(run, text):
    assert named(run(text), "Mali") == []


@pytest.mark.parametrize("text,expected", [
    ("قال رئيس مجلس النواب نبيه بري إن الوضع خطير. وخلال لقائه بري في عين التينة، "
     "بحث السفير الأوضاع.", ["نبيه بري", "بري"]),
    ("أكد رئيس مجلس النواب نبيه بري دعمه للحكومة. والتقى بري وفدا من البرلمان الأوروبي.",
     ["نبيه بري", "بري"]),
    ("زار رئيس مجلس النواب نبيه بري الجنوب. ونقلت المساعدات عبر طريق بري.",
     ["نبيه بري"]),
])
def test_berri_after_a_meeting_word(run, text, expected):
    assert named(run(text), "Nabih Berri") == expected


@pytest.mark.parametrize("text,found", [
    ("وصل الوزير إلى بنين في زيارة رسمية.", ["بنين"]),
    ("وقعت نيجيريا وبنين اتفاقا حدوديا.", ["بنين"]),
    ("أعلنت حكومة بنين الحداد.", ["بنين"]),
    ("افتتحت مدرسة بنين في القرية.", []),
    ("خصصت الوزارة فصول بنين وبنات.", []),
])
def test_benin_is_the_country_only_where_boys_cannot_be(run, text, found):
    assert named(run(text), "Benin") == found
