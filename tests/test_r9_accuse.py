"""How Arabic wire copy reports condemnation, blame, protest and refusal (ACCUSE, REJECT):
each form a user reads in the news is coded with its source and target, and the
look-alikes (bearing responsibility, declining to comment, a plan, a denial) are not."""
from __future__ import annotations

import pytest

from tests.test_events import coded, story


@pytest.mark.parametrize("text, row", [
    # imperfect condemnation in present-tense statements (تدين وتستنكر)
    ("الدوحة (قنا) - تستنكر دولة قطر اقتحام إسرائيل لمخيم جنين.", ("QAT", "ACCUSE", "ISR")),
    ("عمان (بترا) - استهجنت الأردن تصريحات وزير المالية الإسرائيلي.", ("JOR", "ACCUSE", "ISR")),
    # holding responsible, in the imperfect and with the masdar
    ("موسكو - تحمل روسيا الولايات المتحدة المسؤولية عن تدهور الوضع في المنطقة.",
     ("RUS", "ACCUSE", "USA")),
    ("طهران - ألقت إيران باللوم على الولايات المتحدة في انهيار المحادثات.",
     ("IRN", "ACCUSE", "USA")),
    ("طهران - ألقت إيران باللائمة على الولايات المتحدة في فشل المحادثات.",
     ("IRN", "ACCUSE", "USA")),
    # naming an act a crime, an aggression, a violation
    ("دمشق (سانا) - وصفت سوريا الغارات الإسرائيلية بأنها عدوان سافر على سيادتها.",
     ("SYR", "ACCUSE", "ISR")),
    ("بغداد - اعتبرت الحكومة العراقية القصف التركي انتهاكا صارخا للسيادة العراقية.",
     ("IRQ", "ACCUSE", "TUR")),
    ("عمان - اعتبرت الأردن أن القرار الإسرائيلي يشكل انتهاكا للقانون الدولي.",
     ("JOR", "ACCUSE", "ISR")),
    ("رام الله - وصفت الرئاسة الفلسطينية القرار الأمريكي بأنه جريمة حرب.",
     ("PSE", "ACCUSE", "USA")),
    # a formal diplomatic protest
    ("القاهرة - احتجت مصر رسميا لدى إثيوبيا على الملء الثاني لسد النهضة.",
     ("EGY", "ACCUSE", "ETH")),
    ("الرباط - قدمت المغرب احتجاجا رسميا لدى الجزائر على تصريحات مسؤوليها.",
     ("MAR", "ACCUSE", "DZA")),
    # objecting, not backing down, not yielding: aimed at the one who pushes
    ("موسكو - اعترضت روسيا على مشروع القرار البريطاني في مجلس الأمن.", ("RUS", "REJECT", "GBR")),
    ("طهران - قالت إيران إنها لن تتراجع عن برنامجها النووي رغم الضغوط الأمريكية.",
     ("IRN", "REJECT", "USA")),
    ("أنقرة - قال وزير الخارجية التركي إن بلاده لن ترضخ للضغوط الأمريكية.",
     ("TUR", "REJECT", "USA")),
])
def test_a_reported_condemnation_or_refusal_is_coded(pipeline, text, row):
    assert row in coded(pipeline, text)


@pytest.mark.parametrize("text, ptype", [
    # bearing responsibility is no blame of another (تتحمل, not تحمّل)
    ("القاهرة - قال وزير الخارجية المصري إن إسرائيل تتحمل المسؤولية عن التصعيد.", "ACCUSE"),
    # declining to comment refuses nothing anyone asked for
    ("القدس - رفض الجيش الإسرائيلي التعليق على التقارير عن غارة على دمشق.", "REJECT"),
    ("القدس - رفضت إسرائيل الإدلاء بأي تعليق على ما نشرته الصحيفة.", "REJECT"),
    # a denial and a question are no condemnation
    ("الدوحة - لم تستنكر قطر الهجوم على السفارة حتى الآن.", "ACCUSE"),
    ("الرياض - هل تستنكر الدول العربية الهجوم الإسرائيلي على غزة؟", "ACCUSE"),
    # a conditional, a possibility and a plan under study are not done
    ("بغداد - إذا اعتبرت الحكومة العراقية القصف التركي انتهاكا فإنها ستتخذ إجراءات.", "ACCUSE"),
    ("موسكو - قد تعترض روسيا على مشروع القرار البريطاني.", "REJECT"),
    ("طرابلس - تدرس حكومة الوفاق مقاطعة المحادثات التي دعت إليها مصر.", "REJECT"),
])
def test_a_look_alike_is_not_coded(pipeline, text, ptype):
    assert ptype not in {t for _, t, _ in coded(pipeline, text)}


@pytest.mark.parametrize("text, row, not_row", [
    # the pronoun of ووصفتها is the raids: aimed at the raider the condemnation blamed
    ("دمشق - أدانت سوريا الغارات الإسرائيلية على دمشق، ووصفتها بأنها عدوان سافر.",
     ("SYR", "ACCUSE", "ISR"), ("SYR", "ACCUSE", "SYR")),
    ("طهران - دانت إيران الضربات الأمريكية على اليمن، واعتبرتها انتهاكا صارخا لسيادة اليمن.",
     ("IRN", "ACCUSE", "USA"), ("IRN", "ACCUSE", "YEM")),
])
def test_a_judgement_of_a_condemned_act_aims_at_its_doer(pipeline, text, row, not_row):
    got = coded(pipeline, text)
    assert row in got and not_row not in got


@pytest.mark.parametrize("opener, day", [
    ("من جانبه، وصف", "2023-09-17"),    # the other side's answer: news of the story's day
    ("ووصف", "2023-09-14"),             # the story goes on with the day of the act before
])
def test_an_answer_is_not_dated_by_the_act_it_answers(pipeline, opener, day):
    text = ("طهران - رفض المتحدث باسم الخارجية الإيرانية اليوم الأحد الانتقادات الأوروبية. "
            "وأعلنت فرنسا، في بيان صدر الخميس الماضي، فرض عقوبات جديدة على إيران. "
            f"{opener} وزير الخارجية الإيراني القرار الفرنسي بأنه غير قانوني.")
    doc = story(pipeline, text, "2023-09-17")
    assert [e.date for e in doc.events if e.type == "ACCUSE" and e.source.country == "IRN"] == [day]


@pytest.mark.parametrize("text, row", [
    # a refusal of another's call, demand or accusation aims at its author
    ("القدس - رفضت إسرائيل دعوة الأمين العام للأمم المتحدة إلى وقف إطلاق النار.",
     ("ISR", "REJECT", "UN")),
    ("الرياض - رفضت السعودية اتهامات الولايات المتحدة.", ("SAU", "REJECT", "USA")),
    # the Gulf agencies' pair of masdars with the clause's subject as their agent
    ("الرياض (واس) - أعربت المملكة العربية السعودية عن إدانتها واستنكارها الشديدين "
     "للهجوم الإسرائيلي على قطاع غزة.", ("SAU", "ACCUSE", "ISR")),
    ("الرياض - تدين المملكة العربية السعودية وتستنكر الهجوم الإسرائيلي على منشآت في غزة.",
     ("SAU", "ACCUSE", "ISR")),
    # the doer named in a relative clause on the condemned act
    ("الدوحة - أعربت دولة قطر عن إدانتها الشديدة للاعتداء الذي نفذته إسرائيل على مخيم جنين.",
     ("QAT", "ACCUSE", "ISR")),
    ("عمان - أعرب الأردن عن إدانته الشديدة للعدوان الإسرائيلي على لبنان.",
     ("JOR", "ACCUSE", "ISR")),
])
def test_a_condemned_or_refused_act_aims_at_its_author(pipeline, text, row):
    assert row in coded(pipeline, text)


@pytest.mark.parametrize("text, not_row", [
    # the pair's genitive is the attacked place, never the condemner's source
    ("الرياض - أعربت السعودية عن إدانتها واستنكارها للهجوم الإسرائيلي على قطاع غزة.",
     ("ISR", "ACCUSE", "PSE")),
    # a refusal of harm to a people is not aimed at the harmed
    ("القاهرة - جددت مصر رفضها لأي محاولات لتهجير الفلسطينيين من قطاع غزة.",
     ("EGY", "REJECT", "PSE")),
    # the next clause's subject is not the condemned act's author
    ("عدن - ودانت الحكومة اليمنية الهجوم، ودفعت السلطات بتعزيزات عسكرية إلى المكلا.",
     ("YEM", "ACCUSE", None)),
    # the country named in a phrase after what was said (في موقف مدريد) did not say it
    ("الجزائر - استدعت الجزائر سفيرها لدى مدريد للتشاور، معربة عن استغرابها الشديد لما "
     "وصفته بـ\"الانقلاب المفاجئ\" في موقف مدريد.", ("ESP", "ACCUSE", "ESP")),
])
def test_a_condemnation_keeps_its_source_and_victim_apart(pipeline, text, not_row):
    assert not_row not in coded(pipeline, text)


@pytest.mark.parametrize("text, row", [
    # على لسان names who spoke for the condemner, not whom it condemned
    ("طهران - دانت إيران، على لسان المتحدث باسم خارجيتها ناصر كنعاني، الهجوم الإسرائيلي "
     "على دمشق.", ("IRN", "ACCUSE", "ISR")),
])
def test_the_voice_of_a_condemner_is_not_its_target(pipeline, text, row):
    got = coded(pipeline, text)
    assert row in got and ("IRN", "ACCUSE", "IRN") not in got


@pytest.mark.parametrize("text", [
    # a court dismissing a suit or an appeal is procedure, not a refusal of a party
    "لاهاي - رفضت محكمة العدل الدولية الدعوى التي رفعها السودان ضد الإمارات.",
    "القاهرة - رفضت محكمة النقض الطعن المقدم من المتهمين في القضية.",
    # a refusal of any harm to a country is a stance aimed at no one
    "بيروت - أكد الرئيس اللبناني ميشال عون رفضه أي مساس بأمن لبنان.",
])
def test_a_procedural_or_general_refusal_is_not_coded(pipeline, text):
    assert "REJECT" not in {t for _, t, _ in coded(pipeline, text)}


@pytest.mark.parametrize("text, row", [
    # calling a statement interference, told directly or of the statement just refused
    ("الرياض - اعتبرت المملكة العربية السعودية التصريحات الإيرانية تدخلا سافرا في شؤونها "
     "الداخلية.", ("SAU", "ACCUSE", "IRN")),
    ("المنامة - رفضت البحرين التصريحات الإيرانية، واعتبرتها تدخلا سافرا في شؤونها الداخلية.",
     ("BHR", "ACCUSE", "IRN")),
    # a boycott of talks refuses the side that called them
    ("طرابلس - قاطعت حكومة الوفاق الليبية المحادثات التي دعت إليها مصر.", ("LBY", "REJECT", "EGY")),
])
def test_interference_and_boycotts_are_coded(pipeline, text, row):
    assert row in coded(pipeline, text)


def test_a_refusal_after_baad_an_is_no_object_of_the_failed_agreement(pipeline):
    # بعد أن opens a clause of its own: the refusal told there happened, it is not what
    # the talks failed to agree on
    text = ("القاهرة - انتهت جولة المفاوضات في كينشاسا دون التوصل إلى اتفاق، بعد أن رفضت "
            "إثيوبيا مقترح مصر والسودان بتشكيل لجنة رباعية للوساطة.")
    got = coded(pipeline, text)
    assert {("ETH", "REJECT", "EGY"), ("ETH", "REJECT", "SDN")} <= got
