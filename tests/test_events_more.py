"""Trigger families added for recall on new articles: standing by an ally, leaving a
treaty, taking a town by force."""
from __future__ import annotations

import pytest


from tests.test_events import code, rows


JORDAN = ("الأردن", "LOC", "JOR", None)
SAUDI = ("السعودية", "LOC", "SAU", None)
EGYPT = ("مصر", "LOC", "EGY", None)
QATAR = ("قطر", "LOC", "QAT", None)
USA = ("الولايات المتحدة", "LOC", "USA", None)
IRAN = ("إيران", "LOC", "IRN", None)
WASHINGTON = ("واشنطن", "LOC", "USA", None)
GAZA_ENT = ("غزة", "LOC", "PSE", None)
TURKEY_ENT = ("تركيا", "LOC", "TUR", None)


@pytest.mark.parametrize("text, ents, expected", [
    # a masdar of standing by someone, its source the coordinated subject of the speech verb
    ("أكدت السعودية ومصر وقطر في بيانات منفصلة وقوفها الكامل إلى جانب الأردن.",
     [SAUDI, EGYPT, QATAR, JORDAN], {("SAU", "SUPPORT", "JOR"), ("EGY", "SUPPORT", "JOR"),
                                     ("QAT", "SUPPORT", "JOR")}),
    ("تقف مصر إلى جانب الأردن في مواجهة التحديات.", [EGYPT, JORDAN],
     {("EGY", "SUPPORT", "JOR")}),
    # leaving a treaty is a sanction on the other party, not a military retreat
    ("أعلن الرئيس الأمريكي انسحاب الولايات المتحدة من الاتفاق النووي مع إيران.",
     [USA, IRAN], {("USA", "SANCTION", "IRN")}),
    ("انسحبت الولايات المتحدة رسميا من الاتفاقية الموقعة مع إيران.", [USA, IRAN],
     {("USA", "SANCTION", "IRN")}),
])
def test_new_trigger_families(stage, text, ents, expected):
    got = rows(code(stage, text, ents))
    assert expected <= got
    assert not any(t == "RETREAT" for _, t, _ in got)


def test_taking_a_city_is_an_assault(stage):
    art = code(stage, "سيطر مسلحو تنظيم داعش، فجر أمس، على مدينة الموصل العراقية.",
               [("داعش", "ORG", None, "ISIS"), ("الموصل", "LOC", "IRQ", None)])
    assert any(e.type == "ASSAULT" and [t.key for t in e.target] == ["IRQ"]
               for e in art.events)


def test_control_as_a_noun_is_no_assault(stage):
    art = code(stage, "يريد الحزب فرض سيطرة إيرانية كاملة على لبنان.",
               [("لبنان", "LOC", "LBN", None)])
    assert not any(e.type == "ASSAULT" for e in art.events)


@pytest.mark.parametrize("text, ents, expected", [
    ("هدد الرئيس الأمريكي دونالد ترامب بفرض عقوبات على العراق.",
     [("دونالد ترامب", "PER", "USA", None), ("العراق", "LOC", "IRQ", None)],
     ("USA", "THREATEN", "IRQ")),
    ("هددت روسيا بشن غارات على مواقع المسلحين في سوريا.",
     [("روسيا", "LOC", "RUS", None), ("سوريا", "LOC", "SYR", None)],
     ("RUS", "THREATEN", "SYR")),
])
def test_threat_aims_at_the_target_of_the_threatened_act(stage, text, ents, expected):
    got = rows(code(stage, text, ents))
    assert expected in got
    assert not any(t in ("SANCTION", "ASSAULT") for _, t, _ in got)   # only threatened


@pytest.mark.parametrize("plural, singular", [
    ("مذكرات", "مذكره"), ("اتفاقيات", "اتفاقيه"), ("وبالمذكرات", "مذكره")])
def test_feminine_plural_finds_its_singular(plural, singular):
    from hadath.events.words import forms_of
    from hadath.text.segment import tokenize
    assert singular in forms_of(tokenize(plural)[0]).keys


def test_memoranda_signed_are_an_agreement(stage):
    got = rows(code(stage, "وقع العراق والولايات المتحدة مذكرات تفاهم في قطاعات الطاقة.",
                    [("العراق", "LOC", "IRQ", None), USA]))
    assert ("IRQ", "AGREE", "USA") in got


@pytest.mark.parametrize("opening", ["أربيل (روداو) - ", "أربيل - ", "روداو - "])
def test_a_dateline_and_its_agency_are_no_actors(stage, opening):
    text = opening + "توغلت القوات التركية، اليوم الأحد، في منطقة عفرين شمال غربي سوريا."
    ents = [("أربيل", "LOC", "IRQ", None), ("روداو", "ORG", "IRQ", None),
            ("عفرين", "LOC", "SYR", None), ("سوريا", "LOC", "SYR", None)]
    ents = [e for e in ents if e[0] in text]
    got = rows(code(stage, text, ents))
    assert ("TUR", "ASSAULT", "SYR") in got
    assert not any("IRQ" in (s, t) for s, _, t in got)


ALGERIA = ("الجزائر", "LOC", "DZA", None)
MOROCCO = ("المغرب", "LOC", "MAR", None)


def test_accused_after_a_dropped_subject(stage):
    text = ("وأوضح وزير الخارجية الجزائري رمطان لعمامرة أن القرار لن يمس المواطنين. "
            "واتهم الرباط بدعم حركتين إرهابيتين.")
    got = rows(code(stage, text, [("رمطان لعمامرة", "PER", "DZA", None),
                                  ("الرباط", "LOC", "MAR", None)]))
    assert ("DZA", "ACCUSE", "MAR") in got
    assert ("MAR", "ACCUSE", "DZA") not in got


def test_explicit_accuser_is_kept(stage):
    got = rows(code(stage, "واتهمت إيران الولايات المتحدة بدعم الإرهاب.", [IRAN, USA]))
    assert ("IRN", "ACCUSE", "USA") in got


def test_a_cut_between_two_states_targets_the_other(stage):
    text = "أعلن الوزير رمطان لعمامرة، مساء أمس، قطع العلاقات الدبلوماسية بين الجزائر والمغرب."
    got = rows(code(stage, text, [("رمطان لعمامرة", "PER", "DZA", None), ALGERIA, MOROCCO],
                    published="2021-08-25", times=True))
    assert ("DZA", "SANCTION", "MAR") in got
    assert ("DZA", "SANCTION", "DZA") not in got


def test_joined_plural_verb_takes_the_object_after_it(stage):
    text = ("وأعرب ماكرون وميركل، في بيان مشترك، عن أسفهم إزاء القرار، "
            "وحثوا واشنطن على عدم عرقلة تنفيذ الاتفاق مع إيران.")
    got = rows(code(stage, text, [("ماكرون", "PER", "FRA", None),
                                  ("ميركل", "PER", "DEU", None), WASHINGTON, IRAN]))
    assert ("FRA", "REQUEST", "USA") in got
    assert ("DEU", "REQUEST", "USA") in got
    assert not any(s == "USA" for s, _, _ in got)



@pytest.mark.parametrize("text", [
    "ارتفعت حصيلة الشهداء برصاص قوات الاحتلال الإسرائيلي أمس على حدود قطاع غزة إلى 16 شهيدا.",
    "أصيب عشرة فلسطينيين بنيران قوات الاحتلال أمس شرق غزة.",
])
def test_the_genitive_of_a_weapon_is_the_shooter(stage, text):
    got = rows(code(stage, text, [GAZA_ENT], published="2018-03-31", times=True))
    assert ("ISR", "ASSAULT", "PSE") in got


@pytest.mark.parametrize("text, ents, expected", [
    ("قال الرئيس الفلسطيني إن المصالحة ستنجح، شاكرا مصر على جهودها الكبيرة.",
     [EGYPT], ("PSE", "SUPPORT", "EGY")),
    ("أعربت قطر عن أملها في التهدئة، مشيدة بالدور المصري في الوساطة.",
     [QATAR], ("QAT", "SUPPORT", "EGY")),
    ("أصدرت السعودية بيانا، مرحبة بالخطوة الأمريكية.", [SAUDI], ("SAU", "SUPPORT", "USA")),
])
def test_praising_participles(stage, text, ents, expected):
    assert expected in rows(code(stage, text, ents))


SUDANI = ("محمد شياع السوداني", "PER", "IRQ", None)


def test_a_surname_that_is_a_nationality_names_the_person(stage):
    text = ("التقى رئيس الوزراء محمد شياع السوداني الرئيس الأمريكي في واشنطن. "
            "ودعا السوداني، خلال لقائه ممثلي الشركات الأمريكية، إلى الاستثمار في العراق.")
    got = rows(code(stage, text, [SUDANI, WASHINGTON, ("العراق", "LOC", "IRQ", None)]))
    assert not any("SDN" in (s, t) for s, _, t in got)


def test_after_a_definite_noun_it_stays_an_adjective(stage):
    text = ("التقى محمد شياع السوداني نظيره الأردني في عمان. "
            "واستقبل الرئيس السوداني في الخرطوم وزير الخارجية المصري.")
    got = rows(code(stage, text, [SUDANI, ("عمان", "LOC", "JOR", None),
                                  ("الخرطوم", "LOC", "SDN", None)]))
    assert any(s == "EGY" and t == "SDN" for s, _, t in got)


SOMALIA = ("الصومال", "LOC", "SOM", None)
ETHIOPIA = ("إثيوبيا", "LOC", "ETH", None)


def test_signing_a_law_is_no_agreement(stage):
    text = ("وقع رئيس الصومال، مساء أمس، قانونا أقره البرلمان يقضي بإلغاء مذكرة التفاهم "
            "مع إثيوبيا.")
    got = rows(code(stage, text, [SOMALIA, ETHIOPIA]))
    assert not any(t == "AGREE" for _, t, _ in got)


def test_signing_a_memorandum_still_is(stage):
    got = rows(code(stage, "وقع رئيس الصومال مذكرة تفاهم مع إثيوبيا أمس.", [SOMALIA, ETHIOPIA]))
    assert ("SOM", "AGREE", "ETH") in got


def test_the_city_a_warning_came_from_is_no_target(stage):
    text = "وحذر وزير الخارجية التركي، من نيويورك، من أن أي أذى يلحق بالرهائن سيقابل بأشد رد."
    art = code(stage, text, [("نيويورك", "LOC", "USA", None)])
    assert not any(t.key == "USA" for e in art.events for t in e.target)


def test_a_verb_mistaken_for_a_lone_name_still_triggers(stage):
    text = "ودان نائب وزير الخارجية السوري الهجوم التركي على عفرين."
    got = rows(code(stage, text, [("دان", "PER", None, None), ("عفرين", "LOC", "SYR", None)]))
    assert ("SYR", "ACCUSE", "TUR") in got


@pytest.mark.parametrize("text, ents, expected", [
    ("وسحبت روسيا، أمس، عناصر شرطتها العسكرية من عفرين.",
     [("روسيا", "LOC", "RUS", None), ("عفرين", "LOC", "SYR", None)], ("RUS", "RETREAT", "SYR")),
    ("أعلنت واشنطن سحب القوات الأمريكية من العراق.",
     [WASHINGTON, ("العراق", "LOC", "IRQ", None)], ("USA", "RETREAT", "IRQ")),
])
def test_troop_withdrawals(stage, text, ents, expected):
    assert expected in rows(code(stage, text, ents))


def test_participle_subject_skips_a_relative_clause(stage):
    text = ("أوقفت الحكومة السورية أمس عمليات الإجلاء من حلب بموجب اتفاق رعته روسيا وتركيا، "
            "متهمة فصائل المعارضة السورية بخرق الاتفاق.")
    got = rows(code(stage, text, [("روسيا", "LOC", "RUS", None), TURKEY_ENT,
                                  ("حلب", "LOC", "SYR", None)]))
    accusers = {s for s, t, _ in got if t == "ACCUSE"}
    assert accusers == {"SYR"}


def test_reactions_to_a_decision_target_its_maker(stage):
    text = ("قرر مجلس الأمن الدولي أمس تمديد العقوبات على ليبيا. ورحبت مصر بالقرار. "
            "أما روسيا فقد انتقدت القرار.")
    got = rows(code(stage, text, [("مجلس الأمن الدولي", "ORG", None, "UNSC"), EGYPT,
                                  ("روسيا", "LOC", "RUS", None), ("ليبيا", "LOC", "LBY", None)]))
    assert ("EGY", "SUPPORT", "UNSC") in got
    assert ("RUS", "ACCUSE", "UNSC") in got


def test_a_verb_form_after_a_place_preposition_is_a_noun(stage):
    text = "وشدد رئيس وزراء الصومال، في خطاب أمام حشد في مقديشو أمس، على وحدة البلاد."
    got = rows(code(stage, text, [SOMALIA, ("مقديشو", "LOC", "SOM", None)]))
    assert not any(t == "MOBILIZE" for _, t, _ in got)
