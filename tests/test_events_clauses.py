"""Clause shapes that unseen news articles use: envoys sent إلى a place, calls received,
a subject given by أنه after a speech verb, a contrasting clause with its own subject, an
indefinite noun that a verb describes, titles joined to names across an honorific, type
words that refer back to a name, judgements on acts told before, and times inside
relative clauses."""
from __future__ import annotations

import pytest

from tests.test_events import code, rows


EGYPT = ("مصر", "LOC", "EGY", None)
ISRAEL = ("إسرائيل", "LOC", "ISR", None)
QATAR = ("قطر", "LOC", "QAT", None)
USA = ("الولايات المتحدة", "LOC", "USA", None)
SISI = ("عبد الفتاح السيسي", "PER", "EGY", None)
ABBAS = ("محمود عباس", "PER", "PSE", None)
BEIRUT = ("بيروت", "LOC", "LBN", None)
BIDEN = ("جو بايدن", "PER", "USA", None)
TAMIM = ("تميم بن حمد آل ثاني", "PER", "QAT", None)


@pytest.mark.parametrize("text, ents, expected", [
    # an envoy sent إلى a place: a consultation with its country
    ("وأوفد الرئيس عبد الفتاح السيسي وفدا أمنيا إلى تل أبيب لمتابعة الاتفاق.",
     [SISI, ("تل أبيب", "LOC", "ISR", None)], ("EGY", "CONSULT", "ISR")),
    # … and one's own envoy named inside the gap is not the target
    ("وأوفد محمود عباس عضو اللجنة المركزية عزام الأحمد إلى بيروت.",
     [ABBAS, ("عزام الأحمد", "PER", "PSE", None), BEIRUT], ("PSE", "CONSULT", "LBN")),
    # a call received: the caller is the source
    ("وتلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من أمير قطر الشيخ تميم بن حمد آل ثاني.",
     [SISI, QATAR, TAMIM], ("QAT", "CONSULT", "EGY")),
    # أنه after a speech verb: the one who spoke made the call
    ("وأعلن الرئيس الأمريكي جو بايدن أنه أجرى اتصالا هاتفيا بأمير قطر.",
     [BIDEN, QATAR], ("USA", "CONSULT", "QAT")),
])
def test_consultations(stage, text, ents, expected):
    assert expected in rows(code(stage, text, ents))


def test_a_contrasting_clause_keeps_its_own_subject(stage):
    text = ("رحبت الإمارات بالخطوة المغربية، في حين اعتبرت حركة حماس أنها خطيئة سياسية، "
            "وطالبت المغرب بالتراجع عنها.")
    art = code(stage, text, [("الإمارات", "LOC", "ARE", None), ("حماس", "ORG", "PSE", None),
                             ("المغرب", "LOC", "MAR", None)])
    assert not any(r[0] == "ARE" and r[1] == "REQUEST" for r in rows(art))


def test_an_indefinite_noun_before_a_verb_is_its_object(stage):
    text = "وصل إلى الدوحة خمسة مواطنين أمريكيين أفرجت عنهم السلطات الإيرانية أمس."
    found = rows(code(stage, text, [("الدوحة", "LOC", "QAT", None)]))
    assert ("IRN", "RETREAT", "USA") in found
    assert ("USA", "RETREAT", "IRN") not in found


@pytest.mark.parametrize("text, ents, expected", [
    # a title, an honorific and a name are one actor: both congratulate Tebboune
    ("هنأ الرئيس التونسي قيس سعيد والعاهل المغربي الملك محمد السادس عبد المجيد تبون بفوزه.",
     [("قيس سعيد", "PER", "TUN", None), ("محمد السادس", "PER", "MAR", None),
      ("عبد المجيد تبون", "PER", "DZA", None)], ("MAR", "SUPPORT", "DZA")),
    # أمير قطر الشيخ تميم and the states after him are one coordinated object
    ("شكر الرئيس الأمريكي جو بايدن أمير قطر الشيخ تميم بن حمد آل ثاني وسلطنة عمان على جهودهما.",
     [BIDEN, QATAR, TAMIM, ("سلطنة عمان", "LOC", "OMN", None)], ("USA", "SUPPORT", "OMN")),
])
def test_titles_joined_to_names(stage, text, ents, expected):
    assert expected in rows(code(stage, text, ents))


def test_a_type_word_refers_back_to_the_name(stage):
    text = ("سيطر مسلحو تنظيم داعش على مدينة الموصل. واقتحم مسلحو التنظيم مقر القنصلية "
            "التركية واحتجزوا القنصل.")
    art = code(stage, text, [("داعش", "ORG", None, "ISIS"), ("الموصل", "LOC", "IRQ", None)])
    assert any(r[0] == "ISIS" and r[1] == "COERCE" for r in rows(art))


def test_a_place_one_spoke_from_is_no_target(stage):
    text = "وأشاد الرئيس جو بايدن في كلمة ألقاها من البيت الأبيض بدور الرئيس عبد الفتاح السيسي."
    art = code(stage, text, [BIDEN, ("البيت الأبيض", "ORG", "USA", None), SISI])
    assert ("USA", "SUPPORT", "EGY") in rows(art)


def test_a_judgement_on_an_act_told_before_is_no_new_act(stage):
    text = ("فرضت الولايات المتحدة عقوبات على سوريا. وقالت المتحدثة الروسية ماريا زاخاروفا "
            "إن العقوبات الأحادية غير شرعية.")
    art = code(stage, text, [USA, ("سوريا", "LOC", "SYR", None),
                             ("ماريا زاخاروفا", "PER", "RUS", None)])
    assert ("USA", "SANCTION", "SYR") in rows(art)
    assert not any(r[0] == "RUS" and r[1] == "SANCTION" for r in rows(art))


def test_a_time_inside_a_relative_clause_does_not_date_the_act(stage):
    text = ("وقعت الإمارات معاهدة السلام مع إسرائيل اليوم الثلاثاء. كما وقعت البحرين إعلان "
            "السلام مع إسرائيل، الذي كشف عنه في الحادي عشر من الشهر الجاري.")
    art = code(stage, text, [("الإمارات", "LOC", "ARE", None), ISRAEL,
                             ("البحرين", "LOC", "BHR", None)], published="2020-09-15", times=True)
    dates = {(e.source.key, e.type): e.date for e in art.events if e.source}
    assert dates.get(("BHR", "AGREE")) == "2020-09-15"


@pytest.mark.parametrize("text, ents, expected", [
    # two verbs joined by و share a subject across a participle clause
    ("وأدانت الرئاسة الفلسطينية العدوان على جنين، محملة حكومة الاحتلال المسؤولية الكاملة "
     "عنه، وطالبت مجلس الأمن الدولي بالتحرك العاجل لتوفير الحماية.",
     [("جنين", "LOC", "PSE", None), ("مجلس الأمن الدولي", "ORG", None, "UNSC")],
     ("PSE", "REQUEST", "UNSC")),
    # لكنها: the one who judged is the one who calls
    ("واعتبرت منظمة العفو الدولية أن العفو خطوة إيجابية، لكنها دعت السلطات المصرية إلى "
     "الإفراج عن المعتقلين.", [("منظمة العفو الدولية", "ORG", None, "AMNESTY")],
     ("AMNESTY", "REQUEST", "EGY")),
    # agreeing, across a date, to a proposal named by its maker's adjective
    ("وكان المجلس الوزاري الإسرائيلي قد وافق مساء أمس الخميس بالإجماع على المبادرة المصرية.",
     [], ("ISR", "AGREE", "EGY")),
])
def test_subjects_and_objects(stage, text, ents, expected):
    assert expected in rows(code(stage, text, ents, published="2021-05-21", times=True))


def test_a_root_waw_is_no_conjunction(stage):
    # وصل starts with its own و: the envoy arrives, he does not share the signer's subject
    text = ("وقع رئيس الجمهورية ميشال عون الرسالة الموجهة إلى الإدارة الأمريكية، وذلك في حضور "
            "الوسيط الأمريكي آموس هوكشتاين الذي وصل إلى بيروت مساء أمس.")
    art = code(stage, text, [("ميشال عون", "PER", "LBN", None),
                             ("آموس هوكشتاين", "PER", "USA", None), BEIRUT])
    assert ("USA", "CONSULT", "LBN") in rows(art)


def test_a_participle_after_a_rejection_is_a_second_act(stage):
    text = ("أعلن نتنياهو أن إسرائيل ترفض أي مصالحة تتجاهل شروط المجتمع الدولي، مطالبا حماس "
            "بنزع سلاحها.")
    art = code(stage, text, [("نتنياهو", "PER", "ISR", None), ISRAEL,
                             ("حماس", "ORG", "PSE", None)])
    assert ("ISR", "REQUEST", "PSE") in rows(art)


def test_protesters_coming_out(stage):
    text = "وخرج آلاف المحتجين في الجزائر العاصمة رافضين نتائج الانتخابات."
    art = code(stage, text, [("الجزائر", "LOC", "DZA", None)])
    assert any(r[0] == "DZA" and r[1] == "PROTEST" for r in rows(art))


def test_a_court_alone_is_the_story_countrys(stage):
    text = ("أصدرت المحكمة الجنائية المركزية في بغداد أمس أحكاما بالإعدام بحق ثلاثة مواطنين "
            "فرنسيين أدينوا بالانتماء إلى داعش.")
    art = code(stage, text, [("بغداد", "LOC", "IRQ", None), ("داعش", "ORG", None, "ISIS")])
    assert ("IRQ", "COERCE", "FRA") in rows(art)


def test_welcoming_the_step_targets_the_lead_actor(stage):
    text = ("أعلن الرئيس الأمريكي دونالد ترامب انسحاب الولايات المتحدة من الاتفاق النووي وإعادة "
            "فرض العقوبات على إيران. في المقابل، رحبت المملكة العربية السعودية بالخطوة.")
    art = code(stage, text, [("دونالد ترامب", "PER", "USA", None), USA,
                             ("إيران", "LOC", "IRN", None),
                             ("المملكة العربية السعودية", "LOC", "SAU", None)])
    found = rows(art)
    assert ("SAU", "SUPPORT", "USA") in found
    assert ("SAU", "SUPPORT", "IRN") not in found


def test_a_name_read_as_unknown_is_the_group_named_alike(stage):
    text = ("أدانت الإمارات الهجوم الذي شنته ميليشيا الحوثي أمس على منشآت مدنية في أبوظبي. "
            "وشن التحالف غارات على مواقع الحوثيين في صنعاء.")
    art = code(stage, text, [("الإمارات", "LOC", "ARE", None),
                             ("ميليشيا الحوثي", "PER", None, None),
                             ("أبوظبي", "LOC", "ARE", None), ("الحوثيين", "ORG", "YEM", None),
                             ("صنعاء", "LOC", "YEM", None)])
    assert ("YEM", "ASSAULT", "ARE") in rows(art)


def test_a_bare_title_is_the_person_named_with_it_before(stage):
    text = ("أجرى الملك محمد السادس اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب. وأوضح البلاغ "
            "أن الملك أكد، في اتصال آخر مع الرئيس الفلسطيني محمود عباس، التزامه بحل الدولتين.")
    art = code(stage, text, [("محمد السادس", "PER", "MAR", None),
                             ("دونالد ترامب", "PER", "USA", None), ABBAS])
    assert ("MAR", "CONSULT", "PSE") in rows(art)


def test_his_country_is_the_country_of_the_one_speaking_before_it(stage):
    text = ("وأكد الملك عبدالله الثاني أن الأردن سيبقى سندا للعراق، فيما شدد الرئيس عبد الفتاح "
            "السيسي على رفض بلاده التدخل التركي.")
    art = code(stage, text, [("عبدالله الثاني", "PER", "JOR", None), ("الأردن", "LOC", "JOR", None),
                             ("لعراق", "LOC", "IRQ", None), SISI])
    assert ("EGY", "REJECT", "TUR") in rows(art)
    assert not any(r[0] == "JOR" and r[1] == "REJECT" for r in rows(art))


@pytest.mark.parametrize("text, expected, absent", [
    # praising the stand a relative clause gives to its maker (عبرت عنه إسبانيا)
    ("ثمّن المغرب عاليا الموقف الذي عبرت عنه إسبانيا بشأن قضية الصحراء.",
     ("MAR", "SUPPORT", "ESP"), None),
    # … but a high price to pay is no praise
    ("وحذر وزير الدفاع الإسرائيلي من أن إيران ستدفع ثمنا باهظا إذا وسعت الحرب.",
     None, ("ISR", "SUPPORT", "IRN")),
])
def test_praise_and_price(stage, text, expected, absent):
    found = rows(code(stage, text, [("المغرب", "LOC", "MAR", None), ("إسبانيا", "LOC", "ESP", None)]
                      if "المغرب" in text else [("إيران", "LOC", "IRN", None)]))
    if expected:
        assert expected in found
    if absent:
        assert absent not in found
