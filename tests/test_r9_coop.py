"""Round 9: how wire copy reports CONCEDE, COOPERATE, AID, AGREE, CONSULT and SUPPORT.

Each sentence is composed in the style of the agencies (dateline, real actors) for one
form of hadath/data/triggers.tsv's round-9 section; the negatives are denials, plans and
look-alike words that must stay uncoded."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story

DAY = "2021-03-10"


@pytest.mark.parametrize("text, expected", [
    # CONCEDE: easing restrictions, concessions, cancelling a curfew, backing down
    ("عمان (بترا) - قررت الحكومة الأردنية رفع القيود المفروضة على التنقل بين المحافظات.",
     ("JOR", "CONCEDE", "JOR")),
    ("الخرطوم (سونا) - ألغى المجلس العسكري الانتقالي حظر التجول في العاصمة.",
     ("SDN", "CONCEDE", "SDN")),
    ("الجزائر (واج) - تراجعت الحكومة الجزائرية عن قرار زيادة أسعار الخبز.",
     ("DZA", "CONCEDE", "DZA")),
    # CONCEDE in response to a party's conditions (a masdar of purpose: the main verb's date)
    ("رام الله (وفا) - وكانت حركة حماس قد حلت اللجنة الإدارية في غزة تلبية لشروط الرئيس محمود عباس.",
     ("PSE", "CONCEDE", "PSE")),
    # COOPERATE: joint drills, joint operations rooms, acting together with another force
    ("القاهرة (أ ش أ) - نفذت القوات المصرية والقوات السودانية تمرينا جويا مشتركا.",
     ("EGY", "COOPERATE", "SDN")),
    ("عمان (بترا) - نفذت القوات الأردنية عملية إنزال بالتعاون مع القوات الفرنسية.",
     ("JOR", "COOPERATE", "FRA")),
    # AID: loans, deposits, arms handed over or received, medical teams, convoys sent
    ("الرياض (واس) - قدمت السعودية قرضا لمصر بقيمة 500 مليون دولار.",
     ("SAU", "AID", "EGY")),
    ("القاهرة (أ ش أ) - أودعت الإمارات ملياري دولار في البنك المركزي المصري.",
     ("ARE", "AID", "EGY")),
    ("بيروت (الوكالة الوطنية) - سلمت الولايات المتحدة الجيش اللبناني شحنة أسلحة خفيفة.",
     ("USA", "AID", "LBN")),
    ("بيروت (الوكالة الوطنية) - تسلم الجيش اللبناني شحنة أسلحة من فرنسا.",
     ("FRA", "AID", "LBN")),
    ("دمشق (سانا) - أرسلت روسيا فريقا طبيا إلى سوريا لمكافحة الوباء.",
     ("RUS", "AID", "SYR")),
    ("الرياض (واس) - سير مركز الملك سلمان للإغاثة قافلة مساعدات إلى اليمن.",
     ("SAU", "AID", "YEM")),
    # the donor after مقدمة من, however far the cargo's description runs
    ("صنعاء (سبأ) - وصلت إلى مطار صنعاء طائرة تحمل 30 طنا من الأدوية والمستلزمات الطبية "
     "مقدمة من دولة الكويت.", ("KWT", "AID", "YEM")),
    # a financial envelope (غلاف مالي, Maghreb wire usage)
    ("تونس (وات) - أعلن الاتحاد الأوروبي تخصيص غلاف مالي بقيمة 60 مليون يورو لتونس.",
     ("EU", "AID", "TUN")),
    # AGREE: a cabinet passes an agreement; a party accepts a ceasefire or a proposal
    ("الرباط (و م ع) - أقر مجلس الحكومة المغربي اتفاقية للتعاون القضائي مع إسبانيا.",
     ("MAR", "AGREE", "ESP")),
    ("القاهرة (أ ش أ) - أعلنت إثيوبيا قبولها وقف إطلاق النار مع إريتريا.",
     ("ETH", "AGREE", "ERI")),
    # an invitation received: the inviter is the source
    ("الدوحة (قنا) - تلقى أمير قطر دعوة من الرئيس الأمريكي لزيارة واشنطن.",
     ("USA", "AGREE", "QAT")),
    # a rescue team sent abroad
    ("أنقرة (الأناضول) - أرسلت تركيا فريقا من خبراء الإنقاذ إلى ليبيا بعد الفيضانات.",
     ("TUR", "AID", "LBY")),
    # CONSULT: letters received, telling a counterpart, talks (the writer is the source)
    ("مسقط (العمانية) - تسلم سلطان عمان رسالة خطية من الرئيس الإيراني.",
     ("IRN", "CONSULT", "OMN")),
    ("طهران (إرنا) - أبلغ وزير الخارجية الإيراني نظيره العماني بموقف بلاده من المفاوضات.",
     ("IRN", "CONSULT", "OMN")),
    ("الدوحة (قنا) - هاتف أمير قطر الرئيس التركي رجب طيب أردوغان.",
     ("QAT", "CONSULT", "TUR")),
    # SUPPORT: appreciation, apologies, congratulation cables
    ("الرياض (واس) - أعربت المملكة العربية السعودية عن تقديرها لجهود الكويت.",
     ("SAU", "SUPPORT", "KWT")),
    ("أنقرة (الأناضول) - قدم وزير الخارجية التركي اعتذارا رسميا لروسيا عن الحادث.",
     ("TUR", "SUPPORT", "RUS")),
    # a rejection and a solidarity of one subject: the solidarity is no object of the rejection
    ("القاهرة (أ ش أ) - أعلن الاتحاد الأفريقي رفضه للاتفاق وتضامنه مع السودان.",
     ("AU", "SUPPORT", "SDN")),
    # thanks to one party and (وإلى) to another: both are targets
    ("باريس (أ ف ب) - قال الرئيس الفرنسي إن الرهائن عادوا، موجها الشكر إلى قطر وإلى "
     "سلطنة عمان.", ("FRA", "SUPPORT", "OMN")),
    ("القاهرة (أ ش أ) - بعث الرئيس عبد الفتاح السيسي برقية تهنئة إلى الرئيس التونسي قيس سعيد.",
     ("EGY", "SUPPORT", "TUN")),
])
def test_round9_form_is_coded(pipeline, text, expected):
    assert expected in rows(story(pipeline, text, DAY))


@pytest.mark.parametrize("text, absent", [
    # a denial and a plan are no act
    ("عمان (بترا) - نفت الحكومة الأردنية أن تكون قد قررت رفع القيود عن التنقل.",
     ("JOR", "CONCEDE", "JOR")),
    ("دمشق (سانا) - لم ترسل روسيا أي فريق طبي إلى سوريا حتى الآن.",
     ("RUS", "AID", "SYR")),
    # cooperation named, not done: a mechanism, a new page, a need
    ("القاهرة (أ ش أ) - وقع الرئيس المصري ونظيره التركي إعلانا لإعادة تفعيل آلية التعاون "
     "الاستراتيجي بين البلدين.", ("EGY", "COOPERATE", "TUR")),
    ("الخرطوم (سونا) - قال البشير إن الاتفاق مع جنوب السودان يفتح صفحة جديدة من السلام "
     "والتعاون بين البلدين.", ("SDN", "COOPERATE", "SSD")),
    ("الكويت (كونا) - قال النائب إن المرحلة المقبلة تتطلب تعاونا حقيقيا بين الحكومة الكويتية "
     "ومجلس الأمة.", ("KWT", "COOPERATE", "KWT")),
    # the ambassador summoned and told (أبلغته) is no consultation
    ("عمان (بترا) - استدعت وزارة الخارجية الأردنية السفير السوري وأبلغته احتجاج المملكة.",
     ("JOR", "CONSULT", "SYR")),
    # قبل is also "before": a date before a ceasefire is no acceptance of it
    ("القاهرة (أ ش أ) - قصفت إسرائيل غزة قبل يومين من وقف إطلاق النار.",
     ("ISR", "AGREE", "PSE")),
])
def test_round9_negatives_stay_uncoded(pipeline, text, absent):
    assert absent not in rows(story(pipeline, text, DAY))


@pytest.mark.parametrize("text, published, row, date", [
    # a masdar of purpose takes the date of the act it explains, not a later clause's
    ("رام الله (وفا) - أعلنت حركة حماس، في السابع عشر من أيلول، حل اللجنة الإدارية تلبية "
     "لشروط الرئيس محمود عباس، قبل أن تتسلم الحكومة الوزارات مطلع الشهر الجاري.",
     "2017-10-12", ("PSE", "CONCEDE", "PSE"), "2017-09-17"),
    # a sentence saying what the summit came after tells of the day before: the speech
    # told next is not dated by it
    ("العلا (واس) - انطلقت القمة الخليجية اليوم في العلا. وجاءت القمة بعد إعلان الكويت "
     "مساء أمس اتفاق السعودية وقطر على فتح الحدود. وقال ولي العهد السعودي في كلمته إن القمة "
     "تاريخية، معربا عن تقديره لجهود الكويت.",
     "2021-01-05", ("SAU", "SUPPORT", "KWT"), "2021-01-05"),
])
def test_round9_dates(pipeline, text, published, row, date):
    art = story(pipeline, text, published)
    dates = {e.date for e in art.events for t in e.target
             if (e.source.key if e.source else None, e.type, t.key) == row}
    assert dates == {date}
