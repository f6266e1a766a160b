"""Round 9b: actors given by a title without a name or a country.

Each sentence is composed for the test (wire style, real offices); each asserts the
(source, type, target) row a reader expects, or a row that must not be coded.
"""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text, wanted", [
    # a bare head of state in a dateline story is the dateline state's
    ("أنقرة - 9 يناير (الأناضول) - انتقد الرئيس التصريحات الفرنسية واتهم باريس بالتدخل.",
     ("TUR", "ACCUSE", "FRA")),
    ("عمان - 9 يناير (بترا) - انتقد الملك التصريحات الإسرائيلية حول القدس.",
     ("JOR", "ACCUSE", "ISR")),
    # a title written with its state once keeps it when written bare later
    ("القاهرة (أ ش أ) - التقى وزير الخارجية التركي نظيره المصري. وفي وقت لاحق انتقد وزير "
     "الخارجية الموقف اليوناني.", ("TUR", "ACCUSE", "GRC")),
    # a UN envoy whose mission the title does not name: the UN acts
    ("صنعاء (سبأ) - دعا المبعوث الأممي الأطراف اليمنية إلى وقف القتال.",
     ("UN", "REQUEST", "YEM")),
    ("بيروت (الوكالة الوطنية) - حذرت المنسقة الأممية الخاصة للبنان من انهيار الأوضاع "
     "في البلاد.", ("UN", "THREATEN", "LBN")),
    # a bare secretary-general after his body was named
    ("نيويورك - 9 يناير - قال الأمين العام للأمم المتحدة إن الوضع خطير. وحث الأمين العام "
     "إسرائيل على السماح بدخول المساعدات.", ("UN", "REQUEST", "ISR")),
    ("القاهرة (أ ش أ) - عقدت جامعة الدول العربية اجتماعا طارئا. وأدان الأمين العام الهجوم "
     "الإسرائيلي على غزة.", ("ARAB_LEAGUE", "ACCUSE", "ISR")),
    # the counterpart in the feminine: the other side of the meeting
    ("برلين (د ب أ) - التقت وزيرة الخارجية الألمانية نظيرتها الفرنسية في برلين.",
     ("DEU", "CONSULT", "FRA")),
    # a title after the king's title is another man, the king's own state's head
    ("الرباط (ومع) - هنأ العاهل الرئيس الجزائري بمناسبة العيد الوطني.",
     ("MAR", "SUPPORT", "DZA")),
    # أمير البلاد, السلطان: the ruler of the state the story is told in
    ("الكويت (كونا) - بعث سمو أمير البلاد برقية تهنئة إلى رئيس جمهورية مصر العربية.",
     ("KWT", "SUPPORT", "EGY")),
    ("مسقط (العمانية) - بحث السلطان مع وزير الخارجية الإيراني العلاقات الثنائية.",
     ("OMN", "CONSULT", "IRN")),
    # a bare general assembly in a story of the UN
    ("نيويورك (رويترز) - قال الأمين العام للأمم المتحدة إن الاحتلال غير شرعي. وطالبت "
     "الجمعية العامة إسرائيل بالانسحاب من الأراضي المحتلة.", ("UN", "REQUEST", "ISR")),
    # a place after a definite title or agent is its object, not its state
    ("دمشق (سانا) - اتهم الجيش إسرائيل بقصف مواقع قرب دمشق.", ("SYR", "ACCUSE", "ISR")),
    # while after an indefinite one it is (رئيس وزراء لبنان)
    ("بيروت - التقى رئيس وزراء لبنان نظيره الأردني في عمان.", ("LBN", "CONSULT", "JOR")),
    # the head of government and of state as the Maghreb, the Gulf and the UAE call them
    ("الجزائر (واج) - بحث الوزير الأول مع وزير الخارجية الفرنسي العلاقات الثنائية.",
     ("DZA", "CONSULT", "FRA")),
    ("الكويت (كونا) - بحث رئيس مجلس الوزراء مع السفير الأمريكي العلاقات الثنائية.",
     ("KWT", "CONSULT", "USA")),
    ("أبوظبي (وام) - بحث رئيس الدولة مع الرئيس الفرنسي العلاقات الثنائية.",
     ("ARE", "CONSULT", "FRA")),
    # an agent after a whole title is another actor: the ambassador named before
    ("بغداد (واع) - استقبل رئيس الوزراء العراقي السفير الإيراني. وطالب رئيس الوزراء "
     "السفير بوقف القصف.", ("IRQ", "REQUEST", "IRN")),
    # the spokesman of a body: the body speaks
    ("طهران (إرنا) - أدان المتحدث باسم الخارجية الإيرانية الهجوم الإسرائيلي على دمشق.",
     ("IRN", "ACCUSE", "ISR")),
])
def test_bare_title_actors(pipeline, text, wanted):
    assert wanted in rows(story(pipeline, text, "2021-03-15"))


@pytest.mark.parametrize("text, wrong", [
    # a title followed by its holder's name is his, not the dateline state's
    ("الخرطوم - أعلنت الولايات المتحدة تعليق المساعدات، وطالب وزير الخارجية أنتوني "
     "بلينكن بالإفراج عن المعتقلين.", ("SDN", "REQUEST", "USA")),
    # a title after a title is another man: the king receives the US minister
    ("عمان - 9 يناير (بترا) - استقبل الملك وزير الخارجية الأمريكي في قصر الحسينية.",
     ("USA", "CONSULT", "USA")),
    # a secretary-general of a body named after him is not the one named before
    ("نيويورك - قال الأمين العام للأمم المتحدة إن الوضع خطير. وانتقد الأمين العام لحزب "
     "الله الولايات المتحدة.", ("UN", "ACCUSE", "USA")),
])
def test_bare_title_not_coded(pipeline, text, wrong):
    assert wrong not in rows(story(pipeline, text, "2021-03-15"))
