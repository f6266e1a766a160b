"""Which date an act takes from the times of its sentence and of the story."""
from __future__ import annotations

import pytest

from hadath.events.date_spans import span_day
from hadath.model import TimeExpr
from tests.test_events import code

YEMEN_GOV = ("الحكومة اليمنية", "ORG", "YEM", None)
HOUTHIS = ("جماعة الحوثيين", "ORG", "YEM", None)
ISRAEL = ("إسرائيل", "LOC", "ISR", None)
LEBANON = ("لبنان", "LOC", "LBN", None)


def _dates(article, ptype):
    return [e.date for e in article.events if e.type == ptype]


@pytest.mark.parametrize("text, value, day", [
    ("بين 14 و16 أبريل", "2023-04-14/2023-04-16", "2023-04-14/2023-04-16"),
    ("يومي 23 و24 سبتمبر", "2023-09-23/2023-09-24", "2023-09-23/2023-09-24"),
    ("ليلة 30 إلى 31 مارس", "2019-03-30/2019-03-31", "2019-03-30/2019-03-31"),
    ("ليل الأحد - الإثنين", "2024-10-20/2024-10-21", "2024-10-20"),   # Sunday night
    ("وليلة السبت - الأحد", "2024-10-19/2024-10-20", "2024-10-19"),
    ("يومي 6 و11 جوان", "2023-06-06/2023-06-11", "2023-06-06"),       # two days, two acts
    ("بين عامي 2019 و2021", "2019/2021", "2019/2021"),
    ("أمس الأحد", "2023-04-16", "2023-04-16"),
])
def test_a_span_of_days_dates_an_act_that_went_on_through_it(text, value, day):
    assert span_day(TimeExpr(0, len(text), text, value)) == day


def test_an_exchange_over_three_days_keeps_the_span(stage):
    art = code(stage, "أفرجت الحكومة اليمنية عن مئات المحتجزين من جماعة الحوثيين بين 14 و16 "
                      "أبريل الجاري.", [YEMEN_GOV, HOUTHIS], published="2023-04-18", times=True)
    assert _dates(art, "RETREAT") == ["2023-04-14/2023-04-16"]


def test_a_raid_on_a_weekday_night_is_dated_by_its_first_day(stage):
    art = code(stage, "شنت إسرائيل غارات على جنوب لبنان ليل الأحد - الإثنين.",
               [ISRAEL, LEBANON], published="2024-10-22", times=True)
    assert _dates(art, "ASSAULT") == ["2024-10-20"]


def _told(text, published):
    from hadath.annotate.segment import Segmenter
    from hadath.annotate.times import TimeTagger
    from hadath.model import Article
    return TimeTagger()(Segmenter()(Article(id="t", text=text, published=published)))


def _act(sentence, date, source="EGY", target="SDN"):
    from hadath.model import Actor, Event, Span
    return Event(type="SUPPORT", mode=None, cameo="050", source=Actor(country=source),
                 target=(Actor(country=target),), date=date, location=None,
                 sentence=sentence, trigger=Span(0, 1, "x"), confidence=0.8)


def test_the_next_sentence_goes_on_with_the_day_of_the_main_clause():
    from hadath.events.dates import carry_dates
    art = _told("استقبل وزير الخارجية المصري، أمس الاثنين، نظيره السوداني لبحث الأزمة منذ "
                "اندلاع القتال في 15 أبريل الماضي. وأكد الوزير دعم مصر الكامل للسودان.",
                "2023-08-15")
    # the last act of the first sentence is the war of April; the news is Monday's
    events = [_act(0, "2023-08-14"), _act(0, "2023-04-15", "SDN", "SDN"), _act(1, None)]
    carried = carry_dates(events, {0}, article=art)
    assert carried[2].date == "2023-08-14"


@pytest.mark.parametrize("background", [
    "وكان الموفد السعودي قد زار بيروت الأسبوع الماضي.",
    # a long subject puts قد far from كان
    "وكان الموفد الخاص لوزير الخارجية السعودي الأمير يزيد بن فرحان قد زار بيروت الأسبوع الماضي.",
])
def test_background_in_the_past_perfect_lends_its_day_to_nothing_after_it(background):
    from hadath.events.dates import carry_dates
    art = _told(background + " وهنأ الرئيس الفرنسي نظيره اللبناني في اتصال هاتفي.", "2025-01-10")
    events = [_act(0, "2025-W01", "SAU", "LBN"), _act(1, None, "FRA", "LBN")]
    assert carry_dates(events, {0}, article=art)[1].date is None


@pytest.mark.parametrize("text, published, day", [
    ("عمان 28 حزيران (بترا) – أكد الملك، خلال القمة التي عقدت في بغداد أمس الأحد، أهمية "
     "التعاون بين الدول الثلاث.", "2021-06-28", "2021-06-27"),
    ("المنامة في 13 أبريل /بنا/ أعلنت البحرين وقطر استئناف العلاقات في ختام اجتماع عقده "
     "وفدا البلدين أمس الأربعاء.", "2023-04-13", "2023-04-12"),
    # a lead that dates its news by today keeps it, with a day number too
    ("في 26 مارس، أعلنت الوزارة أن تركيا أوقفت ضخ النفط أمس.", "2023-03-26", "2023-03-26"),
    # a lead that dates its news by today keeps it
    ("أعلنت وزارة النفط، اليوم الأحد، أن تركيا أوقفت منذ أمس السبت ضخ النفط.",
     "2023-03-26", "2023-03-26"),
    # a first line of its own with both calendars and the agency, no dash or bracket
    ("الرياض 5 ذو القعدة 1444 هـ الموافق 25 مايو 2023 م واس\nدانت المملكة الهجوم الذي "
     "استهدف مسجدا في مدينة بيشاور أمس الأربعاء.", "2023-05-25", "2023-05-24"),
    # a short lead on a line of its own is no dateline: its today is the story's day
    ("تواصلت الاحتجاجات اليوم الاثنين في رام الله.\nوكان الوزير قد زار المدينة أمس الأحد.",
     "2019-04-15", "2019-04-15"),
])
def test_the_story_is_about_the_leads_day_not_the_datelines(text, published, day):
    from hadath.events.story_dates import story_date
    assert story_date(_told(text, published)) == day


def _date_of(text, published, trigger):
    from hadath.events.dates import event_date
    art = _told(text, published)
    start = text.index(trigger)
    return event_date(art, list(art.tokens), start, start + len(trigger))


@pytest.mark.parametrize("text, trigger, day", [
    # the movement began on 22 February; the call and the march it calls for are not then
    ("تظاهر الآلاف في العاصمة مساء أمس، لكن ناشطين في الحراك المستمر منذ 22 فيفري طالبوا "
     "بتنظيم مسيرة جديدة الجمعة المقبل.", "طالبوا", "2019-04-02"),
    # the first such act since then: the time is the last one's
    ("أجرى وزير الخارجية اتصالا هاتفيا مع نظيره، هو الأول منذ 7 مارس الماضي، بحثا خلاله "
     "العلاقات.", "أجرى", None),
    # the relative clause tells when the accord welcomed was signed, not the welcome
    ("رحبت قطر بالاتفاق الذي وقعته السعودية وإيران في بكين يوم 10 مارس.", "رحبت قطر بالاتفاق",
     None),
    # an act told after منذ began then
    ("تشهد البلاد منذ 15 مارس الماضي معارك عنيفة.", "معارك", "2019-03-15"),
    # the ordinal after the act: منذ names the last such visit
    ("وتعد زيارة الوزير الأولى لمسؤول تركي إلى أرمينيا منذ عام 2009، فيما وصل نظيره "
     "إلى يريفان في اليوم ذاته.", "زيارة", None),
    # a long starting point told as a noun phrase (the death that began the protests)
    ("ويطالب السكان منذ غرق مركب للصيادين قبالة سواحل المدينة خلال عاصفة قوية في أكتوبر "
     "2017 بإنشاء ميناء جديد.", "ويطالب", None),
])
def test_a_time_that_starts_something_else_does_not_date_the_act(text, trigger, day):
    assert _date_of(text, "2019-04-03", trigger) == day


def test_a_future_time_after_an_act_not_called_for_keeps_it_to_come():
    # dated after the story, the coder drops it as planned
    text = "أعلنت الحكومة الأمريكية أمس الأحد أنها ستفرض عقوبات على روسيا يوم الخميس المقبل."
    assert _date_of(text, "2023-05-08", "عقوبات") == "2023-05-11"


@pytest.mark.parametrize("later, date", [
    (2, "2023-03-25"),     # توافقنا … وتم التوقيع أمس: the same act, told on
    (4, None),             # three sentences on, another doer calls the same
])
def test_an_undated_act_shares_the_date_of_a_near_later_mention_only(later, date):
    from hadath.events.dates import share_dates
    events = [_act(1, None, "IRQ", "IRQ"), _act(later, "2023-03-25", "IRQ", "IRQ")]
    assert share_dates(events)[0].date == date


@pytest.mark.parametrize("text", [
    "عمان 28 حزيران (بترا) – استقبل الملك الرئيس العراقي أمس الأحد. وبحث الجانبان التعاون.",
    "استقبل الملك منذ 20 حزيران الرئيس العراقي مرتين، آخرهما أمس الأحد. وبحث الجانبان التعاون.",
])
def test_the_day_carried_on_is_neither_the_datelines_nor_a_starting_point(text):
    from hadath.events.dates import carry_dates
    art = _told(text, "2021-06-28")
    events = [_act(0, "2021-06-27", "JOR", "IRQ"), _act(1, None, "JOR", "IRQ")]
    assert carry_dates(events, {0}, article=art)[1].date == "2021-06-27"


def test_a_time_in_a_relative_clause_is_not_carried_on():
    from hadath.events.dates import carry_dates
    art = _told("ولم تعلن أي جهة مسؤوليتها عن الهجوم، الذي وقع بعد أيام من الانتخابات التي "
                "جرت في 10 تشرين الأول الماضي. وأدان الرئيس الجريمة.", "2021-11-07")
    events = [_act(0, "2021-10-10", "IRQ", "IRQ"), _act(1, None, "IRQ", "IRQ")]
    assert carry_dates(events, {0}, article=art)[1].date is None


def test_a_starting_point_after_a_long_since_phrase_does_not_date_the_visit():
    text = ("استقبل الوزير، أمس الاثنين، نظيره الذي وصل في زيارة لبحث الأزمة منذ اندلاع "
            "القتال بين الجيش وقوات الدعم السريع في 15 أبريل الماضي.")
    assert _date_of(text, "2023-08-15", "زيارة") == "2023-08-14"


@pytest.mark.parametrize("text", [
    "أكد الملك، خلال القمة الثلاثية الأردنية المصرية العراقية التي عقدت في بغداد أمس الأحد، "
    "أهمية التعاون.",
    # the dateline's day is the day of writing
    "عمان 28 حزيران (بترا) – أكد الملك، خلال القمة الثلاثية الأردنية المصرية العراقية التي "
    "عقدت في بغداد أمس الأحد، أهمية التعاون.",
])
def test_a_relative_clause_after_the_acts_adjectives_dates_it(text):
    assert _date_of(text, "2021-06-28", "القمة") == "2021-06-27"


@pytest.mark.parametrize("text, trigger, day", [
    # the day before أن is the announcement's; the act's own clause dates it
    ("أعلنت الحكومة، اليوم الأحد، أنها استدعت السفير التركي في بغداد خلال الأسبوع الماضي.",
     "استدعت", "2023-W17"),
    ("قال المبعوث مساء الاثنين إن عملية تبادل الأسرى التي نفذها الطرفان بين 14 و16 أبريل "
     "الجاري نجحت.", "تبادل", "2023-04-14/2023-04-16"),
    # the day of the main clause is not that of the act after في أعقاب
    ("وصل وزير الخارجية التركي إلى بغداد اليوم الأحد في أعقاب زيارة قام بها رئيس الوزراء "
     "العراقي إلى أنقرة أمس السبت.", "زيارة", "2023-05-06"),
    # with no time of its own, the act is dated by the report
    ("أعلنت الحكومة، اليوم الأحد، أنها استدعت السفير التركي.", "استدعت", "2023-05-07"),
])
def test_a_reported_act_is_dated_by_its_own_clause(text, trigger, day):
    assert _date_of(text, "2023-05-07", trigger) == day


@pytest.mark.parametrize("text, day", [
    # where and when the gathering was held, told in a relative clause well after it
    ("أعلنت الوزارة انتهاء الاجتماع الثالث من جولة مفاوضات الحدود البحرية، الذي استضافته "
     "العاصمة القطرية الدوحة في الفترة من 3 إلى 5 مارس الجاري، دون التوصل إلى اتفاق.",
     "2024-03-03/2024-03-05"),
    # a relative clause that holds nothing tells of something else
    ("أعلنت الوزارة انتهاء الاجتماع الثالث من جولة مفاوضات الحدود البحرية، الذي ناقش "
     "اتفاقا وقعه البلدان في 3 مارس الجاري، دون التوصل إلى نتيجة.", None),
])
def test_a_relative_clause_that_holds_the_gathering_dates_it(text, day):
    assert _date_of(text, "2024-03-06", "الاجتماع") == day


@pytest.mark.parametrize("text", [
    "بيروت 12 آب (وطنية) - أعلن الجيش انسحاب قواته من البلدة الحدودية.",
    "الخرطوم في 12 أغسطس /سونا/ أعلنت الحكومة انسحاب قواتها من البلدة الحدودية.",
])
def test_the_datelines_day_alone_does_not_date_the_leads_act(text):
    # the day of writing: the act is dated by the story (the lead's day) instead
    assert _date_of(text, "2023-08-12", "انسحاب") is None


@pytest.mark.parametrize("later, date", [
    ("وتجمع المحتجون أمس أمام مقر البرلمان.", "2023-03-25"),
    # background in the past perfect: an earlier act of the same parties
    ("وكان المحتجون قد تجمعوا في 17 فبراير الماضي أمام مقر البرلمان.", None),
])
def test_a_mention_told_as_background_lends_its_date_to_none(later, date):
    from hadath.events.dates import share_dates
    art = _told("وقطع محتجون طرقا رئيسية في العاصمة. " + later, "2023-03-26")
    events = [_act(0, None, "IRQ", "IRQ"), _act(1, "2023-03-25", "IRQ", "IRQ")]
    assert share_dates(events, art)[0].date == date


def test_a_time_far_on_in_a_relative_clause_is_not_carried_on():
    from hadath.events.dates import carry_dates
    art = _told("وأغلقت قوات الجيش منذ فجر أمس الاثنين مداخل البرلمان، تنفيذا للقرارات التي "
                "أعلنها رئيس الجمهورية في خطاب متلفز مساء الأحد. واعتصم النواب أمام المقر.",
                "2021-07-27")
    events = [_act(0, "2021-07-26", "TUN", "TUN"), _act(1, None, "TUN", "TUN")]
    # Sunday is the decrees' day, not the day the story goes on with
    assert carry_dates(events, {0}, article=art)[1].date != "2021-07-25"


@pytest.mark.parametrize("text, ptype, day", [
    # a relative clause right after the act's noun holds its own day, not the day of the
    # clause before it
    ("أدانت الجامعة العربية التفجير الذي استهدف سفينة في 12 مايو الجاري، والهجوم الذي شنته "
     "جماعة الحوثي على محطة نفط في 14 من الشهر نفسه.", "ASSAULT", "2019-05-14"),
    # past a comma, or after منذ, the relative clause's time is another act's
    ("شارك الملك عبدالله الثاني، أمس الأحد، في القمة التي جمعته في بغداد بالرئيس العراقي، "
     "في أول زيارة منذ 2008.", "CONSULT", "2019-05-26"),
])
def test_the_relative_clause_of_the_act_dates_it(pipeline, text, ptype, day):
    from tests.test_events import story
    art = story(pipeline, text, "2019-05-27")
    assert day in [e.date for e in art.events if e.type == ptype]


def test_an_act_inside_a_relative_clause_takes_its_day(pipeline):
    # الذي أعلن الجمعة الماضي رفضه: the refusal told in the relative clause is of that Friday
    from tests.test_events import story
    art = story(pipeline, "أعلن رئيس الحكومة اللبنانية سعد الحريري اليوم الثلاثاء استقالة حكومته. "
                          "وقالت رئاسة الجمهورية إن الرئيس ميشال عون تسلم كتاب الاستقالة، فيما لم "
                          "يصدر أي تعليق عن الأمين العام لحزب الله حسن نصر الله، الذي أعلن "
                          "الجمعة الماضي رفضه استقالة الحكومة.", "2019-10-29")
    assert [e.date for e in art.events if e.type == "REJECT"] == ["2019-10-25"]


def test_what_was_said_that_day_is_the_act(pipeline):
    # أكد اليوم الخميس رفض الحركة: the refusal said today, not the earlier clause's evening
    from tests.test_events import story
    art = story(pipeline, "وأعلن رئيس الحكومة حمادي الجبالي، في كلمة مساء أمس، عزمه تشكيل حكومة "
                          "كفاءات، غير أن نائب رئيس حركة النهضة عبد الحميد الجلاصي أكد اليوم "
                          "الخميس رفض الحركة لهذا المقترح.", "2013-02-07")
    assert [e.date for e in art.events if e.type == "REJECT"] == ["2013-02-07"]
