"""Protests told by their own verbs (hadath/data/triggers.tsv): a sit-in in the imperfect,
protesters gathering, marching, heading somewhere or blocking a street as the subject
(nominative المتظاهرون, not only the oblique المتظاهرين), supporters gathering, stones
thrown over a long object. Hand-written sentences."""
from __future__ import annotations

import pytest

from tests.test_events import story


def protests(pipeline, text, published="2008-03-07"):
    art = story(pipeline, text, published)
    return [e for e in art.events if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "ويعتصم مئات العمال أمام مقر الشركة في القاهرة منذ أمس.",
    "وتجمع المتظاهرون أمام السفارة الأمريكية في عمان أمس.",
    "وتجمع مئات المتظاهرين أمام السفارة الأمريكية في عمان أمس.",
    "وسار المتظاهرون من الجامعة إلى مقر البرلمان في الرباط أمس.",
    "وتوجه المتظاهرون الى مقر رئيس الوزراء في لندن أمس.",
    "وخرج آلاف السودانيين في مسيرة حاشدة وسط الخرطوم أمس.",
    "وتجمع أنصار الحزب في ساحة الشهداء في بيروت أمس.",
    # protesters blocking a street; stones thrown over a long object
    "وأغلق المتظاهرون الشارع الرئيسي في قلب مدينة تل أبيب أمس.",
    "وسد المحتجون الطريق المؤدي إلى الميناء في صفاقس أمس.",
    "ورشق مئات الشبان الجنود الإسرائيليين المتمركزين عند مدخل القرية بالحجارة أمس.",
])
def test_a_sit_in_a_gathering_or_a_march_is_a_protest(pipeline, text):
    assert protests(pipeline, text)


@pytest.mark.parametrize("text", [
    # things gathered; a state's complaint
    "وتجمعت مئات السيارات عند المعبر الحدودي في عمان أمس.",
    # a sit-in still to come
    "وقال النقابي إن العمال سيعتصمون أمام مقر الشركة في القاهرة الأسبوع المقبل.",
    # the authorities closing a street; a protesters' march as a noun of talk
    "وأغلقت السلطات الشارع الرئيسي في قلب مدينة تل أبيب أمس.",
    "وخرج الوزير في زيارة إلى القاهرة أمس.",
    "وقال إن توجه المتظاهرين الى القصر سيكون خطأ.",
    # the place of a gathering: a masdar before its genitive
    "واعتقلت الشرطة المعارض قبل وصوله الى موقع تجمع المتظاهرين في موسكو أمس.",
])
def test_things_gathered_or_a_sit_in_to_come_is_no_protest(pipeline, text):
    assert not protests(pipeline, text)


@pytest.mark.parametrize("text, protest", [
    ("وقطع الجيش الطريق بين المدينتين في شمال لبنان أمس.", False),
    ("واتخذت القوى الأمنية تدابير مشددة، كما قطعت الطريق المؤدية الى منطقة الصيفي في بيروت.",
     False),
    ("وقطع مئات المحتجين الطريق بين المدينتين في شمال لبنان أمس.", True),
    # the army named before, but supporters are the subject
    ("وبعد انسحاب الجيش من المنطقة، قطع أنصار الحزب الطريق بين المدينتين في شمال لبنان أمس.",
     True),
])
def test_a_road_closed_by_security_forces_is_no_protest(pipeline, text, protest):
    assert bool(protests(pipeline, text)) is protest


@pytest.mark.parametrize("text, mode", [
    ("وأضرب مئات المعتقلين الفلسطينيين عن الطعام في سجن النقب أمس.", "hunger"),
    ("ويضرب المعتقل عن الطعام منذ عشرة أيام في سجن عوفر.", "hunger"),
    ("ويضرب عمال الموانئ عن العمل في الإسكندرية منذ أمس.", "boycott"),
])
def test_a_strike_is_a_protest_of_its_mode(pipeline, text, mode):
    assert [e.mode for e in protests(pipeline, text)] == [mode]


def test_a_beating_is_no_strike(pipeline):
    assert not protests(pipeline, "وقال إن الشرطي يضرب المعتقلين في سجن عوفر.")


@pytest.mark.parametrize("text, protest", [
    # تظاهرة as a fair or a congress, gathering companies
    ("وافتتح الوزير أمس في الرباط تظاهرة اقتصادية تجمع مئات الشركات المغربية.", False),
    ("وانطلقت أمس في تونس تظاهرة علمية بمشاركة باحثين من عشرين دولة.", False),
    ("وشارك آلاف الطلاب في تظاهرة حاشدة في الرباط أمس.", True),
])
def test_an_economic_or_scientific_tazahura_is_no_protest(pipeline, text, protest):
    assert bool(protests(pipeline, text)) is protest


@pytest.mark.parametrize("text, protest", [
    ("وفي طرابلس، تجمع عدد من أنصار الحزب بعد الظهر في ساحة المدينة معلنين رفضهم للقرار.", True),
    # no place, no date, no count: nothing says where or when people gathered
    ("تجمع عدد من أنصار الحزب بعد الظهر في ساحة المدينة معلنين رفضهم للقرار.", False),
])
def test_a_place_fronted_at_the_head_of_the_sentence_places_the_protest(pipeline, text, protest):
    assert bool(protests(pipeline, text)) is protest



# Senses of protest words met in unlabeled Saudi newswire (a precision audit): each
# sentence that is no protest has a twin that still reports one.
@pytest.mark.parametrize("other_sense, protest", [
    # قطع الطريق على: an enemy headed off, not a road blocked
    ("وقال قائد اللواء إن وحداته قطعت الطرق على المتمردين في محيط مأرب أمس.",
     "وقال الشهود إن المحتجين قطعوا الطرق في محيط مأرب أمس."),
    # supply routes cut by fighters
    ("وقطع مقاتلو البيشمركة معظم طرق إمداد المسلحين حول الموصل أمس.",
     "وقطع المحتجون معظم طرق الموصل بالإطارات المشتعلة أمس."),
    # a naval parade opening a festival
    ("وافتتح المهرجان في بورسعيد أمس بمظاهرة بحرية شارك فيها قائد البحرية على متن فرقاطة.",
     "ونظم أنصار المعارضة مظاهرة حاشدة في بورسعيد أمس."),
    # a statement sent in protest, a complaint received: an objection, no crowd
    ("ووجهت الجمعية المغربية بيانا إلى إدارة مهرجان كان احتجاجا على عرض الفيلم أمس.",
     "وتظاهر مئات الطلاب المغاربة أمام مقر مهرجان كان احتجاجا على عرض الفيلم أمس."),
    ("وتلقت إدارة بطولة الدوحة احتجاجا من نادي الريان على موعد المباراة أمس.",
     "ونظم العمال احتجاجا أمام مقر إدارة بطولة الدوحة على تأخر الرواتب أمس."),
])
def test_other_senses_of_protest_words_are_no_protest(pipeline, other_sense, protest):
    assert not protests(pipeline, other_sense)
    assert protests(pipeline, protest)
