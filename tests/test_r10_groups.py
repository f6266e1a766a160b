"""Actors named as a summit or its communiqué (round 10): ``وأدانت القمتان``, ``اتهم البيان
الخليجي طهران``, ``وطالب البيان الختامي للقمة …``. A user expects the act under the bodies
that held the summit (the Arab League, the GCC, the AU …), with the one blamed or called on as
its target, and a rejection of the communiqué aimed at those bodies; a ministry's own
statement, a summit merely attended, and a joint statement of named states stay as they were."""
from __future__ import annotations

import pytest

from tests.test_events import coded, story


@pytest.mark.parametrize("text, expected", [
    # two summits told together, then acting together (القمتان)
    ("الكويت - اختتم قادة دول الخليج والدول العربية أمس قمتيهما في الكويت. "
     "وأدانت القمتان الهجوم الذي شنته إيران على ناقلة نفط.",
     {("GCC", "ACCUSE", "IRN"), ("ARAB_LEAGUE", "ACCUSE", "IRN")}),
    # the closing statement of a summit whose body the story named before
    ("القاهرة - عقد قادة الاتحاد الأفريقي قمة طارئة في أديس أبابا أمس. "
     "وطالب البيان الختامي للقمة الحكومة السودانية بوقف القتال.",
     {("AU", "REQUEST", "SDN")}),
    # the summit's adjective names its body, with no summit told before
    ("عمان - اتهم البيان الختامي للقمة العربية إسرائيل بتقويض جهود السلام.",
     {("ARAB_LEAGUE", "ACCUSE", "ISR")}),
    ("الرياض - عقد قادة مجلس التعاون لدول الخليج العربية قمتهم السنوية في الرياض. "
     "واتهم البيان الخليجي إيران بزعزعة استقرار المنطقة.",
     {("GCC", "ACCUSE", "IRN")}),
])
def test_summit_acts_are_its_bodies(pipeline, text, expected):
    got = coded(pipeline, text)
    assert expected <= got
    # the one blamed or called on is never made the doer
    assert not {r for r in got if r[0] in {t for _, _, t in expected}
                and r[1] in {ty for _, ty, _ in expected}}


@pytest.mark.parametrize("text, row", [
    ("الرياض - عقد قادة مجلس التعاون لدول الخليج العربية قمتهم السنوية في الرياض. "
     "ورفضت طهران ما ورد في البيان الختامي للقمة.", ("IRN", "REJECT", "GCC")),
    ("الكويت - اختتم قادة دول الخليج والدول العربية أمس قمتيهما في الكويت. "
     "ورفضت إيران الاتهامات الواردة في بياني القمتين.", ("IRN", "REJECT", "ARAB_LEAGUE")),
])
def test_rejecting_the_communique_aims_at_its_bodies(pipeline, text, row):
    assert row in coded(pipeline, text)


@pytest.mark.parametrize("text, absent", [
    # a ministry's statement is the ministry's country's, not a summit's
    ("الرياض - عقد قادة مجلس التعاون لدول الخليج العربية قمتهم في الرياض. "
     "وفي القاهرة، أدانت وزارة الخارجية المصرية في بيان الهجوم على السفينة.", "GCC"),
    # a summit attended is no act of its body
    ("الدوحة - عقد قادة مجلس التعاون لدول الخليج العربية قمتهم في الدوحة. "
     "وحضر القمة وزير الخارجية الأمريكي.", "GCC"),
    # the statement as the object of a verb whose subject is dropped (a feminine verb)
    ("الرياض - عقد قادة مجلس التعاون لدول الخليج العربية قمتهم في الرياض. "
     "ورفضت البيان الختامي للقمة.", "GCC"),
    # the summit as the object of a masculine verb: the one calling on it is the doer
    ("القاهرة - عقد القادة العرب القمة العربية في القاهرة. "
     "وطالب القمة بقطع العلاقات مع إسرائيل.", "ARAB_LEAGUE"),
    # a joint statement of states named in the sentence keeps those states
    ("باريس - دعت فرنسا وألمانيا وبريطانيا، في بيان مشترك، إيران إلى وقف التخصيب.",
     "ARAB_LEAGUE"),
])
def test_other_statements_are_not_a_summit(pipeline, text, absent):
    assert not {r for r in coded(pipeline, text) if r[0] == absent}


def test_an_act_the_summit_decided_is_its_bodys(pipeline):
    got = coded(pipeline, "أبوجا - عقد قادة المجموعة الاقتصادية لدول غرب إفريقيا إيكواس قمة "
                          "طارئة في أبوجا أمس. وقررت القمة، التي ترأسها الرئيس النيجيري، فرض "
                          "عقوبات على النيجر.")
    assert ("ECOWAS", "SANCTION", "NER") in got
    assert ("NGA", "SANCTION", "NER") not in got     # the chair is named in an aside


def test_a_participle_after_the_communique_is_the_communiques(pipeline):
    got = coded(pipeline, "الرياض - انعقدت القمة العربية في الرياض أمس. وطالب البيان الختامي "
                          "للقمة مجلس الأمن الدولي باتخاذ قرار ملزم، رافضا وصف الحرب على غزة "
                          "بأنها دفاع عن النفس.")
    assert ("ARAB_LEAGUE", "REQUEST", "UNSC") in got
    assert any(r[:2] == ("ARAB_LEAGUE", "REJECT") for r in got)
    assert not any(r[0] == "UNSC" for r in got)     # the one called on says nothing


def test_the_communique_is_dated_by_the_summit(pipeline):
    art = story(pipeline, "أبوجا - عقد قادة المجموعة الاقتصادية لدول غرب إفريقيا إيكواس قمة "
                          "طارئة في أبوجا يوم الخميس. وطالب البيان الختامي المجلس العسكري في "
                          "النيجر بالإفراج عن الرئيس المحتجز منذ 26 يوليو الماضي.", "2023-08-11")
    dates = {e.date for e in art.events if e.type == "REQUEST" and e.source.key == "ECOWAS"}
    assert dates == {"2023-08-10"}      # the summit's Thursday, not the day of the arrest


@pytest.mark.parametrize("text, expected, absent", [
    # two states joined as one subject of a mutual act are the pair البلدين stands for
    # (in a story of Iran and Turkey, which the pair words would otherwise stand for)
    ("أنقرة - أجرى الرئيس الإيراني محادثات مع نظيره التركي في أنقرة أمس، واتفق البلدان على "
     "رفع حجم التجارة. وتأتي الزيارة بعد أيام من تبادل إيران وباكستان ضربات صاروخية على "
     "أراضي البلدين يومي 16 و18 فبراير.",
     {("IRN", "ASSAULT", "PAK"), ("PAK", "ASSAULT", "IRN")}, "TUR"),
    # a person called (اتصالا هاتفيا ب…) is one of the two sides الطرفان names
    # (in a story of Tunisia and Libya)
    ("تونس - هاجم مسلحون قدموا من ليبيا مدينة بن قردان، وأعلن رئيس الحكومة التونسية أحمد "
     "الحشاني إغلاق الحدود مع ليبيا. وأجرى رئيس الوزراء الجزائري أيمن بن عبد الرحمن اتصالا "
     "هاتفيا بالحشاني، واتفق الطرفان على تكثيف التنسيق الأمني.", {("DZA", "AGREE", "TUN")},
     "LBY"),
])
def test_the_pair_is_the_two_the_sentence_named(pipeline, text, expected, absent):
    got = coded(pipeline, text)
    assert expected <= got
    assert not {r for r in got if absent in (r[0], r[2]) and r[1] in {t for _, t, _ in expected}}


def test_hosts_of_the_pairs_talks_are_not_the_pair(pipeline):
    got = coded(pipeline, "الرياض - رحب كل من العراق وسلطنة عمان اللذين استضافا جولات من الحوار "
                          "بين البلدين بالاتفاق السعودي الإيراني.")
    assert ("IRQ", "CONSULT", "OMN") not in got and ("OMN", "CONSULT", "IRQ") not in got


def test_parties_counted_then_listed_are_each_a_doer(pipeline):
    got = coded(pipeline, "دمشق - تصدت الدفاعات الجوية السورية فجر اليوم لعدوان ثلاثي أمريكي "
                          "بريطاني فرنسي استهدف مواقع قرب دمشق. وفي موسكو، اتهم الرئيس الروسي "
                          "الدول الثلاث بارتكاب عمل عدواني.")
    assert {("USA", "ASSAULT", "SYR"), ("GBR", "ASSAULT", "SYR"), ("FRA", "ASSAULT", "SYR")} <= got
    # الدول الثلاث: the three listed, not the country attacked
    assert {("RUS", "ACCUSE", "USA"), ("RUS", "ACCUSE", "GBR"), ("RUS", "ACCUSE", "FRA")} <= got
    assert ("RUS", "ACCUSE", "SYR") not in got and ("SYR", "ASSAULT", "SYR") not in got


def test_guests_of_a_counted_summit_meet_its_host(pipeline):
    got = coded(pipeline, "بغداد - أكد العاهل الأردني، خلال القمة الثلاثية الأردنية المصرية "
                          "العراقية التي عقدت في بغداد أمس، أهمية التعاون.")
    assert {("JOR", "CONSULT", "IRQ"), ("EGY", "CONSULT", "IRQ")} <= got


@pytest.mark.parametrize("text", [
    "دمشق - استهدف القصف الثلاثي مواقع قرب دمشق.",       # a count with no parties listed
    "بغداد - شهدت الحدود السورية العراقية اشتباكات عنيفة.",   # two adjectives, no count
])
def test_no_count_no_listed_parties(pipeline, text):
    assert not {r for r in coded(pipeline, text) if r[0] in ("USA", "GBR", "FRA")}


def test_a_group_signing_a_declaration_with_another_agrees_with_it(pipeline):
    got = coded(pipeline, "العلا - وقعت السعودية والإمارات والبحرين ومصر مع قطر اليوم على بيان "
                          "المصالحة في ختام القمة الخليجية.")
    assert {("SAU", "AGREE", "QAT"), ("ARE", "AGREE", "QAT"), ("BHR", "AGREE", "QAT"),
            ("EGY", "AGREE", "QAT")} <= got


def test_an_event_reported_by_a_statement_is_no_signing(pipeline):
    got = coded(pipeline, "بغداد - وقع الانفجار قرب مقر الحكومة، بحسب بيان للشرطة العراقية.")
    assert not {r for r in got if r[1] == "AGREE"}
