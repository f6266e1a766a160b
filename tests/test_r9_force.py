"""Round 9: how wire copy reports troops sent (MOBILIZE), forces pulled back (RETREAT),
arrests, bans and dispersals (COERCE) and sanctions (SANCTION): the verb, masdar and
fixed forms of hadath/data/triggers.tsv, a police force's doer inside the trigger's gap
(فرقت الشرطة … المتظاهرين, hadath/events/subjects.py) and a force and the crowd it acts on
kept apart (hadath/events/mention_merge.py). Hand-written sentences; the negatives are
denials, plans, conditionals and things that only look like the act."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story

DAY = "2021-03-10"


def typed(pipeline, text, ptype):
    return {r for r in rows(story(pipeline, text, DAY)) if r[1] == ptype}


@pytest.mark.parametrize("text,source", [
    ("عمان (بترا) - استنفرت القوات المسلحة الأردنية اليوم وحداتها على الحدود مع سوريا.", "JOR"),
    ("واشنطن (رويترز) - قررت وزارة الدفاع الأمريكية أمس نشر 2000 جندي إضافي في بولندا.", "USA"),
    ("الجزائر (واج) - عزز الجيش الجزائري أمس انتشاره على الحدود مع ليبيا.", "DZA"),
    ("بكين (شينخوا) - أجرى الجيش الصيني أمس مناورات عسكرية واسعة في بحر الصين الجنوبي.", "CHN"),
    ("طهران (إرنا) - أجرت القوات الإيرانية أمس تدريبات بالذخيرة الحية قرب الحدود مع العراق.", "IRN"),
    ("الرباط (ومع) - نشرت السلطات المغربية أمس قوات الأمن بكثافة في مدينة طنجة.", "MAR"),
    ("أبوجا (الأناضول) - أمرت إيكواس اليوم بتفعيل قوتها الاحتياطية ونشرها في مالي.", "ECOWAS"),
])
def test_troops_sent_alerted_or_exercised(pipeline, text, source):
    assert source in {r[0] for r in typed(pipeline, text, "MOBILIZE")}


@pytest.mark.parametrize("text", [
    # support rallied, a crowd addressed, a plan and a denial are no troops
    "عمان (بترا) - أكد وزير الخارجية الأردني أمس أن المملكة ستواصل حشد الدعم للوكالة.",
    "القاهرة (أ ش أ) - خاطب الرئيس المصري أمس حشدا من أنصاره أمام القصر.",
    # a hospital's state of alert is no force's
    "أبها (واس) - أعلنت مستشفيات عسير أمس حالة الاستنفار لاستقبال المتبرعين بالدم.",
    "أنقرة (الأناضول) - ونفت الوزارة التركية نشر جنود إضافيين على الحدود.",
    "واشنطن (رويترز) - قال البنتاغون أمس إنه سينشر وحدات إضافية في أوروبا الشهر المقبل.",
    # a deployment authorized by a council is not the council's
    "نيويورك (أ ف ب) - أجاز مجلس الأمن الدولي اليوم نشر قوة دولية في مالي.",
])
def test_not_a_mobilization(pipeline, text):
    assert typed(pipeline, text, "MOBILIZE") == set()


@pytest.mark.parametrize("text,row", [
    ("صنعاء (سبأ) - أفرج التحالف عن جنديين يمنيين مقابل إطلاق الميليشيا أسيرا سعوديا.",
     ("YEM", "RETREAT", "SAU")),
    ("موسكو (تاس) - أعلنت وزارة الدفاع الروسية أمس إعادة انتشار قواتها بعيدا عن خاركيف.",
     ("RUS", "RETREAT", "UKR")),
    ("دمشق (سانا) - أخلى المسلحون أمس مواقعهم في ريف حمص الشمالي.", ("SYR", "RETREAT", "SYR")),
    ("واشنطن (رويترز) - خففت الولايات المتحدة أمس العقوبات المفروضة على فنزويلا.",
     ("USA", "RETREAT", "VEN")),
])
def test_forces_pulled_back_or_sanctions_eased(pipeline, text, row):
    assert row in typed(pipeline, text, "RETREAT")


def test_eased_sanctions_are_no_sanction(pipeline):
    text = "واشنطن (رويترز) - خففت الولايات المتحدة أمس العقوبات المفروضة على فنزويلا."
    assert typed(pipeline, text, "SANCTION") == set()


@pytest.mark.parametrize("text,row", [
    ("الخرطوم (سونا) - فرقت الشرطة السودانية أمس المتظاهرين بالغاز المسيل للدموع.",
     ("SDN", "COERCE", "SDN")),
    ("القاهرة (أ ش أ) - فرقت الشرطة المصرية أمس المحتجين في ميدان التحرير.",
     ("EGY", "COERCE", "EGY")),
    ("أنقرة (الأناضول) - رحلت السلطات التركية أمس 80 مهاجرا إلى سوريا.", ("TUR", "COERCE", "SYR")),
    ("عمان (بترا) - حظرت الحكومة الأردنية أمس نشاطات نقابة المعلمين.", ("JOR", "COERCE", "JOR")),
    ("القاهرة (أ ش أ) - قضت محكمة مصرية أمس بسجن مدون ثلاث سنوات.", ("EGY", "COERCE", "EGY")),
    ("تونس (وات) - وضعت السلطات التونسية أمس وزيرا سابقا قيد الإقامة الجبرية.",
     ("TUN", "COERCE", "TUN")),
    ("نواكشوط (وما) - اعتقل خفر السواحل الموريتاني أمس أربعة مهربين قبالة نواذيبو.",
     ("MRT", "COERCE", "MRT")),
    ("عمان (بترا) - أعلنت مديرية الأمن العام، اليوم الأحد، توقيف 30 شخصا في الزرقاء.",
     ("JOR", "COERCE", "JOR")),
    ("الجزائر (واج) - أصدرت محكمة جزائرية أمس حكما بحبس ناشط سنة نافذة.", ("DZA", "COERCE", "DZA")),
    ("القاهرة (أ ش أ) - حجبت السلطات المصرية أمس عشرات المواقع الإخبارية.", ("EGY", "COERCE", "EGY")),
])
def test_arrests_bans_and_dispersals(pipeline, text, row):
    assert row in typed(pipeline, text, "COERCE")


@pytest.mark.parametrize("text", [
    "الخرطوم (سونا) - ونفت الشرطة السودانية تفريق المتظاهرين بالقوة.",
    "القاهرة (أ ش أ) - حذر الحقوقيون من أن المحكمة قد تقضي بسجن المدون إذا أدين.",
])
def test_denied_or_possible_coercion_is_not_coded(pipeline, text):
    assert typed(pipeline, text, "COERCE") == set()


@pytest.mark.parametrize("text,row", [
    ("القاهرة (أ ش أ) - جمدت السلطات المصرية أمس أموال جماعة الإخوان المسلمين.",
     ("EGY", "SANCTION", "MUSLIM_BROTHERHOOD")),
    ("أبوجا (الأناضول) - قطعت نيجيريا أمس إمدادات الكهرباء عن النيجر.", ("NGA", "SANCTION", "NER")),
    ("بروكسل (أ ف ب) - فرض الاتحاد الأوروبي أمس حظرا على واردات الفحم الروسي.",
     ("EU", "SANCTION", "RUS")),
    ("واشنطن (رويترز) - قررت الإدارة الأمريكية أمس خفض المساعدات المقدمة إلى السلطة الفلسطينية.",
     ("USA", "SANCTION", "PSE")),
])
def test_funds_frozen_embargoes_and_aid_cut(pipeline, text, row):
    assert row in typed(pipeline, text, "SANCTION")


def test_an_embargo_is_no_coercion_nor_aid_cut_aid(pipeline):
    text = "واشنطن (رويترز) - قررت الإدارة الأمريكية أمس خفض المساعدات المقدمة إلى السلطة الفلسطينية."
    assert typed(pipeline, text, "AID") == set()


@pytest.mark.parametrize("text,row", [
    # troops sent to the own border act on no one; a neighbour named there is the target
    ("الجزائر (واج) - أعلنت الجزائر اليوم رفع درجة التأهب على حدودها الشرقية.",
     ("DZA", "MOBILIZE", None)),
    ("بيروت (الوكالة الوطنية) - نشر الجيش اللبناني اليوم وحدات إضافية على الحدود.",
     ("LBN", "MOBILIZE", None)),
    ("الجزائر (واج) - قررت الجزائر اليوم تعزيز انتشار وحدات الجيش على طول حدودها الجنوبية.",
     ("DZA", "MOBILIZE", None)),
    ("بيروت (الوكالة الوطنية) - نشر الجيش اللبناني اليوم وحدات إضافية على الحدود مع سوريا.",
     ("LBN", "MOBILIZE", "SYR")),
])
def test_troops_sent_to_a_border(pipeline, text, row):
    assert typed(pipeline, text, "MOBILIZE") == {row}


def test_a_negating_ma_is_no_agency_dateline(pipeline):
    text = "نواكشوط (وما) - قال المتحدث إن الشرطة ما اعتقلت أحدا من المحتجين أمس."
    assert typed(pipeline, text, "COERCE") == set()


@pytest.mark.parametrize("text,row", [
    ("باماكو (أ ف ب) - أنهت فرنسا اليوم وجودها العسكري في مالي.", ("FRA", "RETREAT", "MLI")),
    ("موسكو (تاس) - حركت روسيا اليوم قوات إضافية نحو الحدود مع أوكرانيا.", ("RUS", "MOBILIZE", "UKR")),
    ("موسكو (تاس) - أوقفت روسيا اليوم صادرات الغاز إلى بولندا.", ("RUS", "SANCTION", "POL")),
    ("عمان (بترا) - منعت السلطات الأردنية الصحفيين اليوم من تغطية الاحتجاجات.",
     ("JOR", "COERCE", "JOR")),
])
def test_presence_ended_forces_moved_exports_halted_coverage_barred(pipeline, text, row):
    assert row in typed(pipeline, text, row[1])


def test_a_channel_suspended_is_coerced_not_sanctioned(pipeline):
    text = "الرباط (ومع) - قررت السلطات المغربية اليوم تعليق عمل قناة الجزيرة."
    assert {r[1] for r in rows(story(pipeline, text, DAY))} >= {"COERCE"}
    assert typed(pipeline, text, "SANCTION") == set()


def test_listed_on_a_laiha_as_on_a_qaima(pipeline):
    text = "بروكسل (أ ف ب) - قرر الاتحاد الأوروبي اليوم إدراج حركة حماس على لائحة المنظمات الإرهابية."
    assert ("EU", "SANCTION", "PSE") in typed(pipeline, text, "SANCTION")


def test_closing_told_after_cutting_ties_keeps_the_subject(pipeline):
    # the first act is a verb (قطعت … العلاقات الدبلوماسية), so وأغلقت goes on with its subject
    text = ("الدوحة (قنا) - قطعت السعودية والإمارات علاقاتها الدبلوماسية مع قطر في الخامس من "
            "يونيو 2017، وأغلقت حدودها ومجالها الجوي أمام الطائرات القطرية.")
    assert {("SAU", "COERCE", "QAT"), ("ARE", "COERCE", "QAT")} <= typed(pipeline, text, "COERCE")


def test_a_businessman_has_the_nationality_written_after_him(pipeline):
    text = "دبي (وام) - أعلنت شرطة دبي اليوم توقيف رجل أعمال سوداني مطلوب للإنتربول."
    assert ("ARE", "COERCE", "SDN") in typed(pipeline, text, "COERCE")


@pytest.mark.parametrize("text,row", [
    # present-tense reports of a build-up and of a ship held
    ("واشنطن (رويترز) - قال مسؤول أمريكي اليوم إن روسيا تحشد قوات قرب الحدود مع أوكرانيا.",
     ("RUS", "MOBILIZE", "UKR")),
    ("طهران (إرنا) - تحتجز إيران منذ أمس ناقلة نفط بريطانية في مضيق هرمز.", ("IRN", "COERCE", "GBR")),
])
def test_present_tense_build_up_and_seizure(pipeline, text, row):
    assert row in typed(pipeline, text, row[1])


def test_a_planned_deployment_is_not_coded(pipeline):
    text = "موسكو (تاس) - ستنشر روسيا قوات إضافية في بيلاروسيا الشهر المقبل."
    assert typed(pipeline, text, "MOBILIZE") == set()
