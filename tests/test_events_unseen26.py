"""Acts and their actors that the twenty-sixth unseen set found wrong at first sight, each
a class seen in other sets too: a demand that attacks stop (``طالبت بالوقف الفوري
للغارات``) is made of the attacker, not of the country attacked; a threat whose words name
the threatener's own people answering (``هدد … بأن "اليمنيين لن يقفوا مكتوفي الأيدي"``)
is aimed at the other side; not recognizing (``إنها "لا تعترف" ب…``) is a rejection by
the speaker; providing support (``تقديم دعم لوجستي``) is aid; a signing told in a
relative clause (``الاتفاق الذي وقعه``) is an act, but background for dating. The first
stories have attacks by both sides, so no single wrongdoer settles the target."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story

_LEAD = ("عدن - سبأ: شنت قوات تحالف عربي بقيادة المملكة العربية السعودية فجر اليوم ضربات "
         "جوية ضد جماعة الحوثيين في اليمن، استجابة لطلب الرئيس اليمني عبد ربه منصور هادي.\n")
_RECALL = "\nوكان الحوثيون قد قصفوا أمس مواقع عسكرية سعودية في منطقة جازان الحدودية."


@pytest.mark.parametrize("demand", [
    'وطالبت إيران على لسان الناطق باسم وزارة خارجيتها بـ"الوقف الفوري" للغارات.',
    "وطالبت إيران بالوقف الفوري للعمليات العسكرية.",
    "ودعت إيران إلى وقف الهجمات فورا.",
])
def test_a_demand_that_attacks_stop_is_made_of_the_attacker(pipeline, demand):
    got = rows(story(pipeline, _LEAD + demand + _RECALL, "2015-03-26"))
    assert ("SAU", "ASSAULT", "YEM") in got
    assert ("IRN", "REQUEST", "SAU") in got
    assert ("IRN", "REQUEST", "YEM") not in got


def test_a_recalled_attack_is_the_one_a_demand_to_stop_means(pipeline):
    """The story's attacker is the one who struck today; a pluperfect sentence that
    recalls the other side's attack and a demand to stop it means that attack's doer."""
    got = rows(story(pipeline, "صنعاء - سبأ: شنت طائرات أمريكية اليوم غارات على مواقع "
                               "لجماعة الحوثي في الحديدة.\n"
                               "وكانت الجماعة قد أطلقت، الأحد الماضي، صواريخ على سفن حربية "
                               "أمريكية في البحر الأحمر، قبل أن يطالب مجلس الأمن الدولي، "
                               "الاثنين، بوقف الهجمات فورا.", "2024-01-12"))
    assert ("UNSC", "REQUEST", "YEM") in got
    assert ("UNSC", "REQUEST", "USA") not in got


def test_a_threat_naming_its_own_people_is_aimed_at_the_other_side(pipeline):
    got = rows(story(pipeline, _LEAD + 'وهدد القيادي في جماعة الحوثيين عبد الملك العجري بأن '
                                       '"اليمنيين لن يقفوا مكتوفي الأيدي".' + _RECALL,
                     "2015-03-26"))
    assert ("YEM", "THREATEN", "SAU") in got
    assert ("YEM", "THREATEN", "YEM") not in got


@pytest.mark.parametrize("text,row", [
    ('لندن - رويترز: قالت وزارة الخارجية البريطانية في بيان اليوم إنها "لا تعترف" '
     "بالاستفتاء الذي أجرته روسيا في شبه جزيرة القرم.", ("GBR", "REJECT", "RUS")),
    ("الخرطوم - سونا: أعلن مجلس السيادة السوداني أمس إغلاق الحدود مع تشاد. وقالت الحكومة "
     'التشادية في بيان إنها "لا تعترف" بقرار سلطة بورتسودان.', ("TCD", "REJECT", "SDN")),
])
def test_not_recognizing_is_a_rejection_by_the_speaker(pipeline, text, row):
    """``قالت الوزارة إنها "لا تعترف" ب…``: refusing to recognize is a rejection, and the
    pronoun of إنها is the one who said it, not the actor named after the verb."""
    got = rows(story(pipeline, text, "2014-03-17"))
    assert row in got
    assert not any(r[1] == "REJECT" and r[0] == row[2] for r in got)


def test_providing_logistic_support_is_aid(pipeline):
    """``أجاز تقديم دعم لوجستي واستخباراتي للعمليات``: support provided is material aid,
    given to the one whose operations it backs."""
    got = rows(story(pipeline, "باماكو - شنت المقاتلات الفرنسية اليوم غارات على مواقع المسلحين "
                               "في شمال مالي.\nوأعلن البيت الأبيض أن الرئيس الأمريكي أجاز تقديم "
                               "دعم لوجستي واستخباراتي للعمليات العسكرية.", "2013-01-14"))
    assert ("USA", "AID", "FRA") in got
    assert ("USA", "SUPPORT", "FRA") not in got


@pytest.mark.parametrize("text,row", [
    ("الجزائر - واج: انتقدت الجزائر اليوم الاتفاق الأمني الذي وقعه المغرب مع إسرائيل في "
     "الرباط أمس.", ("MAR", "AGREE", "ISR")),
    ("أنقرة - الأناضول: رحبت أنقرة اليوم بمذكرة التفاهم التي وقعتها أذربيجان وأرمينيا في "
     "واشنطن أمس.", ("AZE", "AGREE", "ARM")),
])
def test_an_agreement_signed_in_a_relative_clause_is_an_act(pipeline, text, row):
    """``الاتفاق الذي وقعه المغرب مع إسرائيل``: the pronoun of وقعه is the document named
    before it, so the verb is a signing, not وقع "happened"."""
    assert row in rows(story(pipeline, text, "2021-11-25"))


def test_what_happened_is_no_signing(pipeline):
    got = rows(story(pipeline, "طرابلس - وال: قتل ثلاثة أشخاص في الاشتباكات التي وقعت أمس بين "
                               "مجموعتين مسلحتين في العاصمة الليبية.", "2021-11-25"))
    assert not any(r[1] == "AGREE" for r in got)


def test_a_signing_recalled_in_a_relative_clause_dates_nothing_after_it(pipeline):
    """The signing told in passing took place months before; the accusation told in the
    next sentence took place on the story's day, not on the signing's."""
    doc = story(pipeline, "الرياض - واس: استقبل ولي العهد السعودي اليوم الرئيس الإيراني، في أول "
                          "زيارة من نوعها، بعد الاتفاق الذي وقعته السعودية وإيران في بكين في "
                          "مارس الماضي.\nواتهم الرئيس الإيراني في كلمته الولايات المتحدة "
                          "بإشعال الحرب.", "2023-11-11")
    dates = {(e.type, e.source.key if e.source else None): e.date for e in doc.events}
    assert dates.get(("AGREE", "SAU")) == "2023-03"
    assert dates.get(("ACCUSE", "IRN")) == "2023-11-11"


def test_a_clause_after_kama_is_not_the_speakers(pipeline):
    """``… مؤكدا أن إيطاليا "…"، كما دعت المفوضة … الحكومة التونسية``: the call is the
    second speaker's, not the first's, even when her body is not recognized."""
    base = ('تونس - وات: ندد رئيس الوزراء الإيطالي ماتيو رينزي بمقتل الناشط التونسي، مؤكدا '
            'أن إيطاليا "تقف مع الشعب التونسي"، كما دعت {} ميناتا ساماتي الحكومة التونسية '
            'إلى "إجراء تحقيق مستقل".')
    got = rows(story(pipeline, base.format("المفوضة السامية للاتحاد الأفريقي للشؤون السياسية"),
                     "2015-02-10"))
    assert ("ITA", "REQUEST", "TUN") not in got
    got = rows(story(pipeline, base.format("مفوضة الاتحاد الأفريقي للشؤون السياسية"),
                     "2015-02-10"))
    assert ("AU", "REQUEST", "TUN") in got
