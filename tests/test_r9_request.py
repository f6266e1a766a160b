"""Round 9: the forms Arabic wire copy reports calls, demands and threats in.

Each sentence is composed for the test (wire style, real actors); each asserts the
(source, type, target) row a reader expects, or that nothing of the type is coded.
"""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text, wanted", [
    # a body meets at X's request: X asked the body
    ("نيويورك (كونا) - عقد مجلس الأمن الدولي مساء أمس جلسة طارئة بطلب من الأردن لبحث "
     "الاعتداءات على المسجد الأقصى.", ("JOR", "REQUEST", "UNSC")),
    ("نيويورك (وام) - عقد مجلس الأمن الدولي اليوم جلسة مغلقة بناء على طلب روسيا لمناقشة "
     "الوضع في أوكرانيا.", ("RUS", "REQUEST", "UNSC")),
    ("بغداد (واع) - أوقفت تركيا رحلاتها الجوية إلى مطار السليمانية بطلب من الحكومة العراقية.",
     ("IRQ", "REQUEST", "TUR")),
    ("القاهرة (أ ش أ) - قررت جامعة الدول العربية الاستجابة لطلب الصومال عقد اجتماع طارئ.",
     ("SOM", "REQUEST", "ARAB_LEAGUE")),
    # أهاب بـ: appealed to
    ("القاهرة (أ ش أ) - أهابت مصر بالأمم المتحدة التدخل العاجل لوقف التصعيد في ليبيا.",
     ("EGY", "REQUEST", "UN")),
    # a call with the caller's pronoun on the masdar: the one named after it is asked
    ("الدوحة (قنا) - جددت دولة قطر دعوتها إيران إلى الحوار مع دول الجوار.",
     ("QAT", "REQUEST", "IRN")),
    # a demand made in a letter: the letter's addressee is asked
    ("الرباط (ومع) - بعث وزير الخارجية المغربي ناصر بوريطة برسالة إلى الأمين العام للأمم "
     "المتحدة طالب فيها بالتصدي لانتهاكات جبهة البوليساريو.", ("MAR", "REQUEST", "UN")),
    # a feminine participle spelt like its masdar, after a comma
    ("جنيف (أ ف ب) - أعربت المفوضية الأوروبية عن قلقها من تدهور الأوضاع، مطالبة تركيا "
     "بالإفراج عن الصحفيين المعتقلين.", ("EU", "REQUEST", "TUR")),
    # a granted request past an exception: those named before عدا are asked
    ("الرياض (واس) - أعلنت دول مجلس التعاون لدول الخليج العربية، عدا سلطنة عمان، الاستجابة "
     "لطلب الحكومة البحرينية إرسال قوات درع الجزيرة.", ("BHR", "REQUEST", "GCC")),
    # a call joined by و to a clause with its own subject: the actor after it is asked
    ("أنقرة (الأناضول) - نفت وزارة الخارجية التركية أي صلة لها بالتفجير، ودعت الحكومة "
     "اليونانية إلى وقف حملات التحريض.", ("TUR", "REQUEST", "GRC")),
    ("الجزائر (واج) - أعربت وزارة الخارجية الجزائرية عن قلقها من التصعيد، ودعت المغرب إلى "
     "احترام وقف إطلاق النار.", ("DZA", "REQUEST", "MAR")),
    # a demand made at the meeting just told is aimed at the one met
    ("القاهرة (أ ش أ) - التقى وزير الخارجية المصري سامح شكري نظيره الإثيوبي في نيويورك، حيث "
     "طالب بـ\"اتفاق ملزم\" حول ملء السد.", ("EGY", "REQUEST", "ETH")),
    ("الرياض (واس) - استقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الخارجية الإيراني "
     "في جدة، حيث دعا إلى احترام سيادة دول المنطقة.", ("SAU", "REQUEST", "IRN")),
    # filed a request with
    ("رام الله (وفا) - تقدمت فلسطين بطلب إلى الأمم المتحدة للحصول على العضوية الكاملة.",
     ("PSE", "REQUEST", "UN")),
])
def test_request_forms(pipeline, text, wanted):
    assert wanted in rows(story(pipeline, text, "2021-03-15"))


@pytest.mark.parametrize("text, wanted", [
    ("طهران (إرنا) - تتوعد إيران إسرائيل برد حاسم على اغتيال قادتها.",
     ("IRN", "THREATEN", "ISR")),
    ("بغداد (واع) - أعلنت فصائل عراقية مقتل اثنين من عناصرها في قصف أمريكي، متوعدة الولايات "
     "المتحدة بالثأر.", ("IRQ", "THREATEN", "USA")),
    ("أنقرة (الأناضول) - قال وزير الدفاع التركي إن تركيا سترد على أي هجوم سوري بكل حزم.",
     ("TUR", "THREATEN", "SYR")),
    ("الخرطوم (سونا) - قال المتحدث باسم الجيش السوداني إن السودان سيرد على العدوان الإثيوبي "
     "بكل الوسائل.", ("SDN", "THREATEN", "ETH")),
    ("بيروت (الوكالة الوطنية) - أكد حزب الله أن الاعتداء الإسرائيلي على الجنوب لن يمر دون "
     "رد.", ("LBN", "THREATEN", "ISR")),
    # a vow of revenge with no object: at the other side of the story's fight
    ("غزة - شنت طائرات إسرائيلية فجر اليوم غارات على مواقع في قطاع غزة. وأعلنت حركة حماس "
     "مقتل ثلاثة من عناصرها في القصف، متوعدة بالثأر.", ("PSE", "THREATEN", "ISR")),
    ("طهران (إرنا) - قالت وزارة الخارجية الإيرانية إن إيران تحتفظ بحق الرد على العدوان "
     "الإسرائيلي.", ("IRN", "THREATEN", "ISR")),
    ("واشنطن (أ ف ب) - أكد الرئيس الأمريكي أن كل الخيارات مطروحة على الطاولة في التعامل "
     "مع كوريا الشمالية.", ("USA", "THREATEN", "PRK")),
])
def test_threat_forms(pipeline, text, wanted):
    assert wanted in rows(story(pipeline, text, "2021-03-15"))


@pytest.mark.parametrize("text, kind", [
    # a hope is no request
    ("القاهرة (أ ش أ) - أعرب وزير الخارجية المصري عن أمله في أن تتوصل إثيوبيا والسودان إلى "
     "اتفاق.", "REQUEST"),
    # a planned request
    ("نيويورك (كونا) - تعتزم الكويت تقديم طلب إلى مجلس الأمن الدولي لعقد جلسة.", "REQUEST"),
    # a reply to a letter is no threat
    ("عمان (بترا) - قال الناطق باسم الحكومة الأردنية إن الأردن سيرد على رسالة الأمين العام "
     "خلال أيام.", "THREATEN"),
    # a warning of danger is no threat
    ("جنيف (أ ف ب) - حذرت منظمة الصحة العالمية من أن الوباء سيتفاقم في أفريقيا.", "THREATEN"),
])
def test_not_coded(pipeline, text, kind):
    assert not any(r[1] == kind for r in rows(story(pipeline, text, "2021-03-15")))


@pytest.mark.parametrize("text, wrong", [
    ("الكويت (كونا) - دعت وزارة الخارجية الكويتية مواطنيها في إيران إلى المغادرة فورا.",
     ("KWT", "REQUEST", "IRN")),
    ("واشنطن (رويترز) - دعت الولايات المتحدة رعاياها إلى مغادرة لبنان في أقرب وقت.",
     ("USA", "REQUEST", "LBN")),
])
def test_a_call_on_ones_own_citizens_is_not_aimed_where_they_are(pipeline, text, wrong):
    assert wrong not in rows(story(pipeline, text, "2021-03-15"))


@pytest.mark.parametrize("text, wrong", [
    ("صنعاء (سبأ) - قال المتحدث باسم الجماعة إن العدوان الأمريكي البريطاني على الحديدة لن "
     "يمر دون عقاب.", ("GBR", "THREATEN", "USA")),
    ("الرياض (واس) - أعلنت دول مجلس التعاون لدول الخليج العربية، عدا سلطنة عمان، الاستجابة "
     "لطلب الحكومة البحرينية إرسال قوات درع الجزيرة.", ("BHR", "REQUEST", "OMN")),
])
def test_wrong_rows_stay_out(pipeline, text, wrong):
    assert wrong not in rows(story(pipeline, text, "2021-03-15"))
