"""Who attacks whom, and whom a threat is aimed at, where the grammar hides it: lists of
arms with nationality adjectives, the arms in the trigger's own words, a light verb far
from its masdar, victims of تعرض/نجا, clashes between unnamed armed groups, and threats
answering an attack (hadath/events/attacks.py). Sentences composed for these tests."""
from __future__ import annotations

import pytest

from hadath.model import Article


def rows(pipeline, text, published="2024-03-10"):
    art = pipeline(Article.from_input({"id": "t", "text": text, "published": published}))
    key = lambda a: a.key if a else None  # noqa: E731
    return {(key(e.source), e.type, key(t)) for e in art.events for t in e.target or (None,)}


@pytest.mark.parametrize("text, wanted, unwanted", [
    # arms listed with the nationality adjectives after them, the masdar far from شن
    ("شنت طائرات وسفن حربية فرنسية وإيطالية، فجر اليوم الأحد، سلسلة غارات على مواقع "
     "لتنظيم داعش في مدينة سرت الليبية.",
     {("FRA", "ASSAULT"), ("ITA", "ASSAULT")}, set()),
    # the arms are read inside the trigger (قصف مدفعي): they are its doer
    ("قصفت المدفعية التركية قرى في ريف حلب الشمالي صباح اليوم الأحد.",
     {("TUR", "ASSAULT")}, {(None, "ASSAULT")}),
    # an unlisted weapon described by an adjective inside شن … غارة
    ("وشنت مسيرة تركية غارة على سيارة قرب مدينة القامشلي السورية مساء اليوم الأحد.",
     {("TUR", "ASSAULT")}, set()),
])
def test_attacker_named_by_its_arms(pipeline, text, wanted, unwanted):
    got = {(s, t) for s, t, _ in rows(pipeline, text)}
    assert wanted <= got, got
    assert not unwanted & got, got


def test_victim_of_an_attack_it_underwent(pipeline):
    text = ("وقال متحدث باسم الأمم المتحدة إن قافلة للأمم المتحدة تعرضت اليوم الأحد لقصف "
            "\"من الجانب الروسي\" قرب مدينة خاركيف، من دون وقوع إصابات.")
    got = rows(pipeline, text)
    assert ("RUS", "ASSAULT", "UN") in got, got
    assert ("UN", "ASSAULT", "RUS") not in got, got


def test_clash_between_unnamed_armed_groups_is_local(pipeline):
    text = ("اندلعت ليل السبت اشتباكات عنيفة بين مجموعات مسلحة في مدينة بنغازي، أسفرت عن "
            "مقتل ثلاثة عناصر.")
    assert ("LBY", "ASSAULT", "LBY") in rows(pipeline, text)


@pytest.mark.parametrize("text, wanted", [
    # the threat answers an attack by two states named by adjectives side by side
    ("توعد المتحدث باسم حركة حماس، في كلمة متلفزة اليوم الأحد، بأن \"العدوان الإسرائيلي "
     "الأمريكي لن يمر دون عقاب\".",
     {("PSE", "THREATEN", "ISR"), ("PSE", "THREATEN", "USA")}),
    # a vow to answer "any aggression" by a side of the story's fighting
    ("أطلق حزب الله صواريخ على مواقع إسرائيلية في الجليل صباح اليوم الأحد. وقال المتحدث "
     "باسم الجيش الإسرائيلي إن الجيش سيرد بقوة على أي اعتداء.",
     {("ISR", "THREATEN", "LBN")}),
])
def test_threat_target(pipeline, text, wanted):
    got = rows(pipeline, text)
    assert wanted <= got, got


def test_the_group_named_before_launches(pipeline):
    text = ("أعلنت جماعة الحوثيين مسؤوليتها عن هجوم على سفينة تجارية. وكانت الجماعة قد "
            "أطلقت، مساء الجمعة 8 مارس، 12 طائرة مسيرة باتجاه سفن أمريكية في البحر الأحمر.")
    got = rows(pipeline, text)
    assert ("YEM", "ASSAULT", "USA") in got, got
    assert (None, "ASSAULT", "USA") not in got, got


def test_survivor_of_an_attack_is_its_target(pipeline):
    text = ("نجا وزير الداخلية العراقي، فجر اليوم الأحد، من محاولة اغتيال بعبوة ناسفة "
            "استهدفت موكبه في بغداد.")
    assert (None, "ASSAULT", "IRQ") in rows(pipeline, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the genitive of an attack masdar with its object after على is the attacker
    ("تواصلت أمس هجمات حزب الله على مواقع الجيش الإسرائيلي قرب الحدود اللبنانية.",
     {("LBN", "ASSAULT", "ISR")}, set()),
    # the dead of a result clause are the clash's, not a second attack by no one
    ("اندلعت أمس اشتباكات بين الجيش السوداني وقوات الدعم السريع في مدينة نيالا، أسفرت "
     "عن مقتل عشرة أشخاص.",
     {("SDN", "ASSAULT", "SDN")}, {(None, "ASSAULT", None), (None, "ASSAULT", "SDN")}),
    # a state striking an armed group of its own country: the guidelines key both alike
    ("قصفت المقاتلات التركية مساء أمس مواقع حزب العمال الكردستاني في جبال قنديل شمالي "
     "العراق.",
     {("TUR", "ASSAULT", "TUR")}, set()),
    # targets destroyed by a ministry's own aircraft
    ("أعلنت وزارة الدفاع الروسية أن طائراتها دمرت 20 هدفا تابعا للقوات الأوكرانية في "
     "دونيتسك أمس.",
     {("RUS", "ASSAULT", "UKR")}, set()),
])
def test_attack_rows(pipeline, text, wanted, unwanted):
    got = rows(pipeline, text)
    assert wanted <= got, got
    assert not unwanted & got, got


def test_origin_adjective_far_after_a_killing_is_no_attacker(pipeline):
    # the border is the kingdom's own, not Saudi Arabia's Northern Borders Province, and
    # the smugglers' Syrian origin does not make Syria the killer
    text = ("أعلن الجيش الأردني اليوم الأحد مقتل خمسة مهربين حاولوا اجتياز الحدود الشمالية "
            "للمملكة قادمين من الأراضي السورية.")
    got = rows(pipeline, text)
    assert not any("SAU" in row for row in got), got
    assert not any(row[0] == "SYR" for row in got), got


@pytest.mark.parametrize("text", [
    "أعلنت جماعة الحوثيين مسؤوليتها عن إطلاق صاروخ على إسرائيل. وتتواصل هجمات الجماعة "
    "المتكررة على السفن التجارية في البحر الأحمر منذ ثلاثة أسابيع.",
    "أعلنت جماعة الحوثيين في صنعاء، مساء السبت، أنها نفذت هجمات جديدة ضد السفن التجارية "
    "في خليج عدن.",
])
def test_attacks_on_shipping_have_no_state_target(pipeline, text):
    got = rows(pipeline, text)
    assert ("YEM", "ASSAULT", None) in got, got
    assert ("YEM", "ASSAULT", "YEM") not in got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the doer of "any" act the threat answers, not that act's victim
    ("حذر الرئيس الفرنسي إيمانويل ماكرون، اليوم الأحد، من أن أي تحرك عسكري روسي ضد "
     "مولدوفا سيقابل برد حازم.",
     ("FRA", "THREATEN", "RUS"), ("FRA", "THREATEN", "MDA")),
    # the place the threatened harm would fall on
    ("وحذر المتحدث باسم الجيش الإسرائيلي اليوم الأحد من أن قواته ستضرب أهدافا داخل قطاع "
     "غزة إذا استمرت المواجهات.",
     ("ISR", "THREATEN", "PSE"), None),
    ("وقال المتحدث باسم جماعة الحوثيين اليوم الأحد إن الجماعة نفذت عملية نوعية، محذرا "
     "الشركات الأجنبية في السعودية من البقاء فيها.",
     ("YEM", "THREATEN", "SAU"), None),
    # the subject of the condition, however far from the warning
    ("وقال قائد الجيش الباكستاني اليوم الأحد إن العملية انتهت، محذرا من رد أكبر بكثير "
     "إذا ردت الهند.",
     ("PAK", "THREATEN", "IND"), None),
])
def test_threat_aimed_at_what_it_answers(pipeline, text, wanted, unwanted):
    got = rows(pipeline, text)
    assert wanted in got, got
    assert unwanted not in got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a shell fired from a side is that side's; the reporter who tells it is no attacker
    ("وأفاد مراسل فرانس برس بأن قذيفة أطلقت من الجانب الأذربيجاني أصابت مواقع أرمنية قرب "
     "الحدود أمس.",
     ("AZE", "ASSAULT", "ARM"), ("FRA", "ASSAULT", "AZE")),
    # بغارة نفذتها طائرة …: the aircraft's country struck, not the victims' own
    ("وكان القيادي في حركة حماس قد قتل مع اثنين من مرافقيه، بغارة نفذتها طائرة مسيرة "
     "إسرائيلية قرب مدينة صور اللبنانية أمس السبت.",
     ("ISR", "ASSAULT", "LBN"), ("LBN", "ASSAULT", "ISR")),
])
def test_attacker_of_a_weapon(pipeline, text, wanted, unwanted):
    got = rows(pipeline, text)
    assert wanted in got, got
    assert unwanted not in got, got


def test_doer_after_min_qibal(pipeline):
    # the channel she spoke to is no attacker; the officers after من قبل are
    text = "وقالت الناشطة لقناة الجزيرة أمس إنه تم تعذيبها من قبل ضباط سوريين في سجن صيدنايا."
    got = rows(pipeline, text)
    assert ("SYR", "ASSAULT", "SYR") in got, got
    assert not any(row[0] == "QAT" for row in got), got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # rockets fired from a place are its side's; the army that tells it is not the doer
    ("أعلنت حركة حماس سيطرتها على قطاع غزة. وأفاد الجيش الإسرائيلي بأن صاروخين أطلقا من "
     "القطاع باتجاه مدينتي أسدود وعسقلان أمس، ما أسفر عن إصابة شخصين.",
     ("PSE", "ASSAULT", "ISR"), ("ISR", "ASSAULT", "ISR")),
    ("وفي المقابل سقطت صواريخ أطلقت من إدلب على بلدة كلس التركية، ما أدى إلى مقتل شخص.",
     ("SYR", "ASSAULT", "TUR"), None),
    # the ship's flag is hit, not the coast it sailed off
    ("وبعد ساعات، استهدفت جماعة الحوثيين بصاروخ باليستي سفينة الشحن الأمريكية \"ستار\" "
     "قبالة سواحل عدن، ما تسبب في أضرار طفيفة.",
     ("YEM", "ASSAULT", "USA"), ("YEM", "ASSAULT", "YEM")),
    # rocket salvos
    ("بينما أطلقت الفصائل الفلسطينية رشقات صاروخية باتجاه تل أبيب مساء أمس.",
     ("PSE", "ASSAULT", "ISR"), None),
    # a clash between units nobody lists, in a city named before it
    ("عاد الهدوء الحذر إلى أحياء العاصمة الليبية طرابلس صباح اليوم، بعد ليلة اندلعت فيها "
     "اشتباكات عنيفة بين اللواء 301 وقوة الدعم المركزي، أسفرت عن مقتل 12 شخصا.",
     ("LBY", "ASSAULT", "LBY"), (None, "ASSAULT", None)),
])
def test_attack_origin_and_aim(pipeline, text, wanted, unwanted):
    got = rows(pipeline, text)
    assert wanted in got, got
    assert unwanted not in got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the killing and the shelling it was in are one act, with the shelling's doer
    ("قتل جنديان سوريان في قصف تركي على ريف حلب أمس.",
     ("TUR", "ASSAULT", "SYR"), (None, "ASSAULT", "SYR")),
    # هجوم لـ…: the attack of (by) the group
    ("قتل جندي تركي في هجوم لحزب العمال الكردستاني في ولاية هكاري أمس.",
     ("TUR", "ASSAULT", "TUR"), (None, "ASSAULT", "TUR")),
    # the victim inside تعرض … لإطلاق نار, with its owner after ل
    ("تعرضت دورية للجيش اللبناني لإطلاق نار من قبل مسلحين مجهولين قرب الحدود أمس.",
     (None, "ASSAULT", "LBN"), (None, "ASSAULT", None)),
])
def test_one_act_one_doer(pipeline, text, wanted, unwanted):
    got = rows(pipeline, text)
    assert wanted in got, got
    assert unwanted not in got, got


def test_attack_on_a_base_hits_the_troops_stationed_there(pipeline):
    text = ("أعلن الحرس الثوري الإيراني، فجر اليوم الأحد، استهداف قاعدة حرير الجوية التي "
            "تتمركز فيها قوات أمريكية في محافظة أربيل شمالي العراق بعشرات الصواريخ.")
    got = rows(pipeline, text)
    assert ("IRN", "ASSAULT", "USA") in got, got


def test_condemned_attack_named_later_in_the_sentence(pipeline):
    # the last attacker told (Syria's rockets) is the condemner himself; the attack he
    # condemns is named by its adjective a few words on
    text = ("سقطت صواريخ أطلقت من إدلب على بلدة الريحانية التركية صباح اليوم. ودان نائب وزير "
            "الخارجية السوري فيصل المقداد الهجوم، ووصفه بالعدوان التركي الغاشم على السيادة "
            "السورية.")
    assert ("SYR", "ACCUSE", "TUR") in rows(pipeline, text)


def test_relative_clause_tells_whom_the_strike_hit(pipeline):
    text = ("أعلنت الحكومة العراقية أمس فتح تحقيق في الحادث. وجاء القصف ردا على الغارة "
            "الأمريكية التي استهدفت السفارة الإيرانية في بغداد مطلع الشهر الجاري.")
    got = rows(pipeline, text)
    assert ("USA", "ASSAULT", "IRN") in got, got
    assert ("USA", "ASSAULT", "IRQ") not in got, got
