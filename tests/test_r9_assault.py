"""Round 9, ASSAULT: the forms Arabic wire copy reports attacks with, and the negatives
that must stay uncoded. Each row is what a reader of the sentence would code (GUIDELINES:
attacks, shelling, air strikes, killings are ASSAULT; denials and words are no events).
Sentences composed for these tests."""
from __future__ import annotations

import pytest

from tests.test_events import coded


@pytest.mark.parametrize("text, wanted", [
    # أطلق … الرصاص على: live fire, like أطلق … النار
    ("الخرطوم (سونا) - أطلقت قوات الأمن السودانية، مساء أمس السبت، الرصاص على "
     "المحتجين في مدينة أم درمان.", ("SDN", "ASSAULT", "SDN")),
    # ارتكب … مجزرة بحق: بحق is "against", not a right the massacre usurps
    ("غزة (وفا) - ارتكبت قوات الاحتلال الإسرائيلي، فجر اليوم الأحد، مجزرة بحق عائلة "
     "في مخيم النصيرات، ما أسفر عن استشهاد تسعة مواطنين.", ("ISR", "ASSAULT", "PSE")),
    # أغار … على: an air raid told by its verb
    ("غزة (وفا) - أغارت طائرات حربية إسرائيلية، فجر اليوم الأحد، على منزل في حي "
     "الشجاعية شرق مدينة غزة.", ("ISR", "ASSAULT", "PSE")),
    # دك, قنص, أمطر … بالصواريخ, نسف … المنازل: the verbs of shelling, sniping, barrages
    # and demolition by explosives
    ("غزة (وفا) - دكت المدفعية الإسرائيلية، مساء أمس السبت، الأطراف الشرقية لمدينة "
     "دير البلح.", ("ISR", "ASSAULT", "PSE")),
    ("جنين (وفا) - قنص جنود الاحتلال الإسرائيلي، صباح اليوم الأحد، شابا فلسطينيا في "
     "مخيم جنين.", ("ISR", "ASSAULT", "PSE")),
    ("كييف (رويترز) - أمطرت القوات الروسية، ليل السبت، مدينة أوديسا الأوكرانية "
     "بالصواريخ.", ("RUS", "ASSAULT", "UKR")),
    ("غزة (وفا) - نسفت قوات الاحتلال الإسرائيلي، صباح اليوم الأحد، عددا من المنازل في "
     "حي الزيتون بمدينة غزة.", ("ISR", "ASSAULT", "PSE")),
    # a shelling whose ل-genitive is followed by its object after على: the genitive did it
    ("الخرطوم (سونا) - قتل 12 مدنيا، أمس السبت، في قصف مدفعي لقوات الدعم السريع على "
     "أحياء في مدينة الفاشر.", ("SDN", "ASSAULT", "SDN")),
])
def test_attack_forms(pipeline, text, wanted):
    got = coded(pipeline, text)
    assert wanted in got, got


@pytest.mark.parametrize("text, wanted", [
    ("بغداد (واع) - شن مسلحون، مساء أمس السبت، هجوما على نقطة تفتيش للشرطة في محافظة "
     "ديالى، ما أسفر عن مقتل شرطيين.", ("IRQ", "ASSAULT", "IRQ")),
    ("عمان (بترا) - قتل رجل أمن، ليل الجمعة، خلال هجوم مسلحين على مركز للشرطة في "
     "مدينة معان.", ("JOR", "ASSAULT", "JOR")),
    ("طرابلس (رويترز) - اختطف مسلحون، أمس السبت، أربعة مهندسين أتراك في جنوب ليبيا.",
     ("LBY", "ASSAULT", "TUR")),
])
def test_gunmen_act_for_the_country_they_strike(pipeline, text, wanted):
    got = coded(pipeline, text)
    assert wanted in got, got


def test_gunmen_called_unknown_stay_unknown(pipeline):
    text = "كابل (رويترز) - اغتال مسلحون مجهولون، صباح اليوم الأحد، قاضيا في العاصمة كابل."
    got = coded(pipeline, text)
    assert (None, "ASSAULT", "AFG") in got, got
    assert not any(r[0] == "AFG" and r[1] == "ASSAULT" for r in got), got


def test_bare_soldiers_are_the_army_named_before(pipeline):
    text = ("رام الله (وفا) - اقتحمت قوات الاحتلال الإسرائيلي، فجر اليوم الأحد، بلدة "
            "بيت أمر شمال الخليل، فيما أصيب شاب برصاص الجنود خلال مواجهات في البلدة.")
    got = coded(pipeline, text)
    assert ("ISR", "ASSAULT", "PSE") in got, got


@pytest.mark.parametrize("text, wanted", [
    ("القاهرة (أ ش أ) - أعلن الجيش المصري، اليوم الأحد، مقتل 12 إرهابيا في عمليات "
     "مداهمة بوسط سيناء.", ("EGY", "ASSAULT", "EGY")),
])
def test_force_announcing_enemy_dead_killed_them(pipeline, text, wanted):
    got = coded(pipeline, text)
    assert wanted in got, got


def test_force_announcing_its_own_dead_did_not_kill_them(pipeline):
    text = ("القدس (رويترز) - أعلن الجيش الإسرائيلي، اليوم الأحد، مقتل ثلاثة جنود في "
            "انفجار عبوة ناسفة قرب طولكرم.")
    got = coded(pipeline, text)
    assert not any(r[0] == "ISR" and r[1] == "ASSAULT" for r in got), got


def test_announced_assassination_by_a_strike_is_the_announcers(pipeline):
    # اغتال is active (its passive is اغتيل): بغارة after it is the means, not a doer
    text = ("بيروت (رويترز) - أعلن الجيش الإسرائيلي، مساء اليوم الأحد، أنه اغتال قياديا في "
            "حزب الله بغارة على بلدة في جنوب لبنان.")
    got = coded(pipeline, text)
    assert ("ISR", "ASSAULT", "LBN") in got, got
    assert ("LBN", "ASSAULT", "LBN") not in got, got


@pytest.mark.parametrize("text, wanted", [
    # the owner of the bullets stands after a word for its members (عناصر, أفراد)
    ("الرباط (ومع) - لقي شاب مصرعه، مساء أمس السبت، برصاص عناصر الدرك الملكي قرب "
     "مدينة الناظور.", ("MAR", "ASSAULT", "MAR")),
    # قوات نظامية: the state's own regular forces
    ("الخرطوم (سونا) - اقتحمت قوات نظامية، فجر اليوم الأحد، ساحة اعتصام في مدينة "
     "الأبيض وأطلقت الرصاص على المعتصمين.", ("SDN", "ASSAULT", "SDN")),
])
def test_forces_named_by_their_members_or_as_regular(pipeline, text, wanted):
    got = coded(pipeline, text)
    assert wanted in got, got


def test_backer_of_the_struck_group_is_not_the_target(pipeline):
    text = ("واشنطن (أ ف ب) - شنت طائرات أمريكية، ليل السبت، غارات على مخازن تستخدمها "
            "فصائل مسلحة مدعومة من إيران قرب مدينة البوكمال السورية.")
    got = coded(pipeline, text)
    assert ("USA", "ASSAULT", "SYR") in got, got
    assert ("USA", "ASSAULT", "IRN") not in got, got


@pytest.mark.parametrize("text", [
    # a denial whose denier and date stand between the verb and the act
    "القدس (رويترز) - نفى الجيش الإسرائيلي، مساء أمس السبت، قصف مدرسة في مدينة غزة.",
    "موسكو (تاس) - نفت وزارة الدفاع الروسية، اليوم الأحد، استهداف أحياء سكنية في خاركيف.",
    # an attack of words, whoever launches it
    "واشنطن (أ ف ب) - شن الرئيس الأمريكي، اليوم الأحد، هجوما لاذعا على المكسيك بسبب "
    "سياساتها في الهجرة.",
    # قنص and نسف used of a prize and of an effort
    "الدوحة (قنا) - قنص المنتخب القطري، مساء أمس السبت، فوزا ثمينا على نظيره العراقي.",
    "القدس (رويترز) - نسفت الحكومة الإسرائيلية، اليوم الأحد، جهود التهدئة في غزة.",
    # a goal in football
    "روما (أ ف ب) - تأهل الفريق إلى النهائي بعد أن دك شباك منافسه بخمسة أهداف.",
    # a threat and a plan
    "القدس (رويترز) - هدد وزير الدفاع الإسرائيلي، اليوم الأحد، بقصف بيروت إذا استمرت "
    "الهجمات.",
    "دمشق (سانا) - أكدت وزارة الدفاع السورية، اليوم الأحد، أنها سترد على أي اعتداء "
    "يستهدف أراضيها.",
])
def test_no_attack_coded(pipeline, text):
    got = coded(pipeline, text)
    assert not any(r[1] == "ASSAULT" for r in got), got
