"""Arab wire copy names its main actors by epithet: Israel as "the Zionist enemy" or "the
Zionist entity", NATO as "the Atlantic alliance", Hezbollah as "the Islamic Resistance", the
GCC by its adjective in a story of its summit. Each keys the actor GUIDELINES gives it."""
import pytest

from tests.test_events import coded


@pytest.mark.parametrize("text,row", [
    # the Zionist adjective after a noun names Israel, the doer of the raids, not a victim
    ("غزة (وفا) - استشهد أربعة مواطنين في الغارات الصهيونية على مخيم النصيرات.",
     ("ISR", "ASSAULT", "PSE")),
    ("بيروت (الوكالة الوطنية) - شن العدو الصهيوني غارة على بلدة كفركلا.",
     ("ISR", "ASSAULT", "LBN")),
    ("رام الله (وفا) - قصف العدو الإسرائيلي منازل المواطنين في مدينة جنين.",
     ("ISR", "ASSAULT", "PSE")),
    ("دمشق (سانا) - أدانت سوريا اعتداءات الكيان الصهيوني على الأراضي اللبنانية.",
     ("SYR", "ACCUSE", "ISR")),
    # Iranian and Hezbollah copy: the usurping / temporary entity; the Zionists
    ("طهران (إرنا) - أدانت إيران جرائم الكيان الغاصب في غزة.", ("IRN", "ACCUSE", "ISR")),
    ("بيروت (المنار) - قصف جيش الكيان المؤقت بلدة عيتا الشعب.", ("ISR", "ASSAULT", "LBN")),
    ("عمان (بترا) - اقتحم الصهاينة باحات المسجد الأقصى.", ("ISR", "COERCE", "PSE")),
    # the Atlantic alliance with its article is NATO
    ("بروكسل (أ ف ب) - أعلن الحلف الأطلسي نشر قوات إضافية في رومانيا.",
     ("NATO", "MOBILIZE", None)),
    # Lebanese copy calls Hezbollah's fighters the Islamic Resistance
    ("بيروت (الوكالة الوطنية) - استهدفت المقاومة الإسلامية موقعا إسرائيليا بالصواريخ.",
     ("LBN", "ASSAULT", "ISR")),
    # the UN's own adjective names it in any story; the Daesh adjective names the IS
    ("بيروت (الوكالة الوطنية) - انتشرت القوات الأممية في جنوب لبنان.", ("UN", "MOBILIZE", None)),
    ("بغداد (واع) - قتلت القوات العراقية خمسة من العناصر الداعشية في الأنبار.",
     ("IRQ", "ASSAULT", "ISIS")),
    # the Atlantic adjective names NATO in a story that names NATO
    ("بروكسل (أ ف ب) - قال حلف شمال الأطلسي إن القوات الأطلسية انتشرت في رومانيا.",
     ("NATO", "MOBILIZE", None)),
    # a coalition named once is "the coalition" after: Yemen's is Saudi-led, Syria's global
    ("صنعاء (سبأ) - شن تحالف دعم الشرعية غارات على صعدة. وشن طيران التحالف غارات على حجة.",
     ("SAU", "ASSAULT", "YEM")),
    ("دمشق (سانا) - استهدف التحالف الدولي مواقع داعش في الرقة. وقصفت قوات التحالف مواقع في البوكمال.",
     ("GLOBAL_COALITION", "ASSAULT", "SYR")),
    # coup-makers and "terrorist organizations" (Syrian state copy) are of the story's country
    ("عدن (سبأ) - قصف الانقلابيون أحياء مدينة تعز.", ("YEM", "ASSAULT", "YEM")),
    ("دمشق (سانا) - قصفت التنظيمات الإرهابية أحياء مدينة حلب.", ("SYR", "ASSAULT", "SYR")),
    # WAFA's word for settlers; the occupation's guns and boats are its forces
    ("رام الله (وفا) - هاجم المستعمرون منازل المواطنين في قرية بورين.", ("ISR", "ASSAULT", "PSE")),
    ("غزة (وفا) - قصفت مدفعية الاحتلال منازل المواطنين شرق رفح.", ("ISR", "ASSAULT", "PSE")),
    ("غزة (وفا) - أطلقت زوارق الاحتلال النار على الصيادين قبالة شاطئ غزة.",
     ("ISR", "ASSAULT", "PSE")),
    # Houthi copy calls the Saudi-led coalition "the coalition of aggression"
    ("صنعاء (سبأ) - شن طيران تحالف العدوان غارات على مديرية باقم.", ("SAU", "ASSAULT", "YEM")),
    # ISIS members as الدواعش; the YPG as the Kurdish units
    ("بغداد (واع) - قتلت القوات العراقية عشرة من الدواعش في صحراء الأنبار.",
     ("IRQ", "ASSAULT", "ISIS")),
    ("القامشلي (هاوار) - هاجمت الوحدات الكردية مواقع الجيش التركي قرب تل أبيض.",
     ("SYR", "ASSAULT", "TUR")),
    ("طهران (إرنا) - اعتقل نظام الملالي عشرات المتظاهرين في أصفهان.", ("IRN", "COERCE", "IRN")),
    # "the organization" after the Islamic State or al-Qaeda was named is that group
    ("بغداد (واع) - بدأت القوات العراقية عملية لتحرير الموصل من داعش. "
     "وهاجم عناصر التنظيم القوات المتقدمة بسيارات مفخخة.", ("ISIS", "ASSAULT", "IRQ")),
    ("عدن (سبأ) - نشر تنظيم القاعدة تسجيلا مصورا لزعيمه. وهدد التنظيم بشن هجمات على القوات "
     "الحكومية.", ("AL_QAEDA", "THREATEN", "YEM")),
    # the UN as "the UN organization", the EU as "the European bloc"
    ("نيويورك (أ ف ب) - دعت المنظمة الأممية إلى وقف إطلاق النار في السودان.",
     ("UN", "REQUEST", None)),
    ("بروكسل (أ ف ب) - فرض التكتل الأوروبي عقوبات جديدة على روسيا.", ("EU", "SANCTION", "RUS")),
    # the Popular Mobilization Forces by their short name
    ("بغداد (واع) - قتلت قوات الحشد ثلاثة من عناصر داعش في صلاح الدين.",
     ("IRQ", "ASSAULT", "ISIS")),
])
def test_an_actor_named_by_epithet_is_keyed(pipeline, text, row):
    got = coded(pipeline, text)
    if row[2] is None:
        assert any(r[:2] == row[:2] for r in got), got
    else:
        assert row in got, got


def test_hamas_full_name_stays_hamas(pipeline):
    """حركة المقاومة الإسلامية is Hamas's own name: the longer name wins over the epithet."""
    got = coded(pipeline, "غزة (وفا) - أعلنت حركة المقاومة الإسلامية رفضها للمقترح الأمريكي.")
    assert any(r[0] == "PSE" and r[1] == "REJECT" for r in got), got


@pytest.mark.parametrize("text", [
    # an enemy with no nationality is nobody in particular
    "القاهرة (أ ش أ) - قال المدرب إن الفريق هزم العدو التقليدي في المباراة.",
    # the French colonists of Algerian memory are not Israeli settlers
    "الجزائر (واج) - أحيت الجزائر ذكرى المجازر التي ارتكبها المستعمرون الفرنسيون في سطيف.",
    # the Atlantic Ocean is not NATO in a story that does not name NATO
    "الرباط (و م ع) - أغرقت العاصفة سفينة صيد في المحيط الأطلسي.",
])
def test_a_bare_epithet_names_no_country(pipeline, text):
    assert not any(r[0] in ("ISR", "NATO") or r[2] == "NATO" for r in coded(pipeline, text))
