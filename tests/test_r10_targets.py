"""Targets named by a word pointing back (round 10): a condemnation joined by ``كما`` or
``فيما`` to one told before, whose object is ``الهجوم``, ``القرار`` or ``ما وصفته بـ``,
blames whom the earlier condemnation blamed; not a raid told in between, nor a party
named in the next clause. An object whose own words name the doer keeps it, and an
accusation (``اتهم``) is no condemnation to echo."""
from __future__ import annotations

import pytest

from tests.test_events import coded, story


@pytest.mark.parametrize("sentences, row, wrong", [
    # a raid by a third party told between the two condemnations is not the one meant
    (("أبوظبي - أدانت الإمارات استهداف ميليشيا الحوثي منشآت مدنية على أراضيها.",
      "وشن التحالف بقيادة السعودية غارات جوية على مواقع للحوثيين في صنعاء.",
      "كما أدانت جامعة الدول العربية الهجوم، وأكدت تضامنها مع الإمارات."),
     ("ARAB_LEAGUE", "ACCUSE", "YEM"), ("ARAB_LEAGUE", "ACCUSE", "SAU")),
    # the decision condemned before: its maker, not the party of the next clause
    (("رام الله - أدانت الرئاسة الفلسطينية قرار الإدارة الأمريكية وقف تمويل وكالة الأونروا.",
      "كما دان الأمين العام لجامعة الدول العربية القرار، واعتبره انحيازا كاملا لإسرائيل."),
     ("ARAB_LEAGUE", "ACCUSE", "USA"), ("ARAB_LEAGUE", "ACCUSE", "ISR")),
    # فيما أدانت … ما وصفته بـ: the raids condemned just before
    (("عمان - دان الأمين العام لجامعة الدول العربية الغارات الإسرائيلية على دمشق، فيما أدانت "
      "تونس ما وصفته بـ\"الاعتداء على سيادة دولة عربية\".",),
     ("TUN", "ACCUSE", "ISR"), ("TUN", "ACCUSE", "ARAB_LEAGUE")),
    # unjoined, the attack condemned before is still the one meant
    (("أبوظبي - دانت الإمارات هجوم ميليشيا الحوثي على منشآت نفطية في أبوظبي.",
      "وشن التحالف بقيادة السعودية غارات جوية على صنعاء.",
      "ودان الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم، ودعا إلى ضبط النفس."),
     ("UN", "ACCUSE", "YEM"), ("UN", "ACCUSE", "SAU")),
])
def test_a_joined_condemnation_blames_the_doer_told_before(pipeline, sentences, row, wrong):
    got = coded(pipeline, *sentences)
    assert row in got
    assert wrong not in got


@pytest.mark.parametrize("sentences, row, wrong", [
    # the object's own words name its doer (الهجوم الإيراني): kept
    (("الدوحة - أدانت قطر الهجوم على ناقلة النفط في خليج عمان.",
      "كما أدانت تركيا الهجوم الإيراني، ودعت إلى التهدئة."),
     ("TUR", "ACCUSE", "IRN"), None),
    # strikes told since, condemned without كما: their own doer
    (("أبوظبي - دانت الإمارات هجوم ميليشيا الحوثي على منشآت نفطية في أبوظبي.",
      "وشن التحالف بقيادة السعودية غارات جوية على صنعاء.",
      "ودانت إيران الغارات، واعتبرتها انتهاكا لسيادة اليمن."),
     ("IRN", "ACCUSE", "SAU"), ("IRN", "ACCUSE", "YEM")),
    # an accusation told before is no condemnation of the same act
    (("بغداد - اتهمت إيران السعودية بدعم الإرهاب في المنطقة.",
      "كما أدانت مصر الهجوم، مؤكدة تضامنها مع العراق."),
     ("IRN", "ACCUSE", "SAU"), ("EGY", "ACCUSE", "SAU")),
])
def test_a_condemnation_not_pointing_back_keeps_its_reading(pipeline, sentences, row, wrong):
    got = coded(pipeline, *sentences)
    assert row in got
    assert wrong not in got


def _targets(pipeline, ptype, source, *sentences):
    art = story(pipeline, "\n".join(sentences), "2024-03-10")
    return [tuple(t.key for t in e.target) for e in art.events
            if e.type == ptype and e.source is not None and e.source.key == source]


@pytest.mark.parametrize("sentences, source, targets", [
    # جميع الأطراف: the sides of the story's conflict, though the caller's own name
    # holds a word of open calls (جامعة الدول العربية)
    (("الخرطوم - اعتقلت قوات الجيش السوداني رئيس الوزراء في الخرطوم.",
      "كما دعا الأمين العام لجامعة الدول العربية أحمد أبو الغيط جميع الأطراف إلى الالتزام "
      "بالوثيقة الدستورية."),
     "ARAB_LEAGUE", ("SDN",)),
    # the envoy to Yemen: the title's إلى is not the call's; the envoy still makes it
    (("صنعاء - قصفت طائرات التحالف مواقع في مدينة الحديدة اليمنية.",
      "فيما دعا المبعوث الأممي إلى اليمن مارتن غريفيث جميع الأطراف إلى ضبط النفس."),
     "UN", ("YEM",)),
    (("دمشق - قصف الجيش السوري مواقع في ريف إدلب.",
      "ودعا المبعوث الأممي إلى سوريا غير بيدرسون الحكومة السورية إلى وقف القصف."),
     "UN", ("SYR",)),
    # a call on the world at large stays open: no one in particular is its target
    (("الخرطوم - اعتقلت قوات الجيش السوداني رئيس الوزراء في الخرطوم.",
      "ودعا الأمين العام لجامعة الدول العربية المجتمع الدولي إلى دعم الشعب السوداني."),
     "ARAB_LEAGUE", ()),
])
def test_a_call_on_the_sides_is_aimed_at_the_story_conflict(pipeline, sentences, source, targets):
    assert _targets(pipeline, "REQUEST", source, *sentences) == [targets]


@pytest.mark.parametrize("sentences, row, wrong", [
    # the statement of a summit the story told: the body that held it speaks
    (("أبوجا - عقد قادة المجموعة الاقتصادية لدول غرب إفريقيا (إيكواس) قمة طارئة في أبوجا "
      "بشأن الأزمة في النيجر.",
      "وطالب البيان الختامي المجلس العسكري في نيامي بالإفراج الفوري عن الرئيس محمد بازوم."),
     ("ECOWAS", "REQUEST", "NER"), ("NER", "REQUEST", "NGA")),
    # the statement's adjective names the body (البيان الخليجي)
    (("الرياض - اختتمت القمة الخليجية أعمالها في الرياض بحضور قادة دول مجلس التعاون لدول "
      "الخليج العربية.",
      "واتهم البيان الخليجي طهران بتهديد أمن الملاحة في الخليج."),
     ("GCC", "ACCUSE", "IRN"), None),
    # a joint summit: the summit's adjective names its body (العربية); the Council
    # addressed is no speaker
    (("الرياض - استضافت السعودية قمة عربية إسلامية مشتركة بمشاركة جامعة الدول العربية "
      "ومنظمة التعاون الإسلامي.",
      "وطالب البيان الختامي للقمة مجلس الأمن الدولي باتخاذ قرار ملزم بوقف الحرب، رافضا وصف "
      "الحرب بأنها دفاع عن النفس."),
     ("ARAB_LEAGUE", "REQUEST", "UNSC"), ("UNSC", "REQUEST", "SAU")),
])
def test_a_summit_statement_speaks_for_its_body(pipeline, sentences, row, wrong):
    got = coded(pipeline, *sentences)
    assert row in got
    assert wrong not in got


def test_a_statement_of_a_summit_of_states_names_no_body(pipeline):
    got = coded(pipeline, "القاهرة - عقد الرئيس المصري قمة ثلاثية مع العاهل الأردني والرئيس "
                          "الفلسطيني في العلمين.",
                "وطالب البيان الختامي المجتمع الدولي بوقف الاستيطان الإسرائيلي.")
    assert not {r for r in got if r[0] in ("ARAB_LEAGUE", "GCC", "AU", "EU", "OIC", "ECOWAS")}
    assert ("EGY", "CONSULT", "JOR") in got


def test_a_time_after_a_held_participle_does_not_date_the_demand(pipeline):
    """المحتجز منذ 26 يوليو: when the detention began, not the day of the demand."""
    art = story(pipeline, "نيامي - أغلق المجلس العسكري في النيجر المجال الجوي للبلاد أمس الخميس.\n"
                "وطالبت فرنسا المجلس العسكري بالإفراج الفوري عن الرئيس محمد بازوم، المحتجز منذ "
                "26 يوليو الماضي.", "2023-08-11")
    dates = [e.date for e in art.events if e.type == "REQUEST"]
    assert dates and "2023-07-26" not in dates


@pytest.mark.parametrize("second", [
    "وطالب البيان الصادر عن وزارة الخارجية المصرية إسرائيل بوقف الحرب فورا.",
    "وطالب البيان المشترك إسرائيل بوقف الحرب فورا.",
])
def test_a_statement_a_state_issued_is_not_the_body_of_the_story(pipeline, second):
    got = coded(pipeline, "القاهرة - عقد مجلس جامعة الدول العربية اجتماعا طارئا بشأن الحرب في غزة.",
                second)
    assert not {r for r in got if r[0] == "ARAB_LEAGUE" and r[1] == "REQUEST"}


@pytest.mark.parametrize("second, row", [
    # a side approving the deal told before: the deal's other party is the target
    ("وكان المجلس الوزاري الأمني الإسرائيلي قد صادق على الاتفاق مساء أمس.", ("ISR", "AGREE", "LBN")),
    # a ceremony named by a noun is no new act of agreeing
    ("وخلال مراسم التوقيع قال الرئيس اللبناني إن الاتفاق خطوة مهمة.", None),
])
def test_approving_the_deal_told_before_binds_its_parties(pipeline, second, row):
    got = coded(pipeline, "بيروت - دخل اتفاق وقف إطلاق النار بين لبنان وإسرائيل حيز التنفيذ فجر "
                          "اليوم.", second)
    if row is not None:
        assert row in got
    else:
        assert {r for r in got if r[1] == "AGREE"} == {("LBN", "AGREE", "ISR")}


def test_approving_an_agreement_no_story_told_names_no_party(pipeline):
    got = coded(pipeline, "عمان - ناقش مجلس النواب الأردني قانون الموازنة العامة.",
                "ووافق المجلس على الاتفاقية بالأغلبية.")
    assert not {r for r in got if r[1] == "AGREE"}
