"""Acts the twenty-second and twenty-third unseen sets found wrong at first sight: strikes
on the positions of a Sahel armed group (the group's country is hit, not the dateline's),
and a condemnation of strikes after the raids they answered were told (it blames the
strikers, all of them)."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


def test_strikes_on_a_sahel_group_hit_its_country_not_the_datelines(pipeline):
    got = rows(story(pipeline, "الجزائر - (واج) - قالت الخارجية الجزائرية إن الجزائر تتابع الوضع.\n"
                               "وكان الطيران الحربي الفرنسي قد شن أمس غارات على مواقع لجماعة "
                               "أنصار الدين قرب مدينة غاو.", "2013-01-14"))
    assert ("FRA", "ASSAULT", "MLI") in got
    assert ("FRA", "ASSAULT", "DZA") not in got


STRIKES = ("الرياض - واس: دعت السعودية إلى ضبط النفس.\n"
           "وكانت القوات الأمريكية والبريطانية قد شنت فجر الجمعة عشرات الغارات على مواقع "
           "لجماعة الحوثيين في صنعاء والحديدة.\n"
           "وقال الرئيس الأمريكي إن الضربات جاءت ردا على هجمات شنتها الجماعة على السفن "
           "التجارية منذ أسابيع.\n"
           "وأعلن الجيش الأمريكي أن الجماعة أطلقت لاحقا صاروخا باتجاه خليج عدن.\n"
           "{condemner}")


@pytest.mark.parametrize("condemner", [
    "بينما نفت إيران أي دور لها في العمليات الحوثية، وأدانت الضربات.",
    "وأدانت إيران الضربات واعتبرتها انتهاكا لسيادة اليمن.",
])
def test_a_condemnation_of_the_strikes_blames_all_the_strikers(pipeline, condemner):
    """The raids the strikes answered, told after them, do not take their place."""
    got = rows(story(pipeline, STRIKES.format(condemner=condemner), "2024-01-13"))
    assert ("IRN", "ACCUSE", "USA") in got
    assert ("IRN", "ACCUSE", "GBR") in got
    assert ("IRN", "ACCUSE", "YEM") not in got


@pytest.mark.parametrize("text,source", [
    ("بغداد - رحب رئيس الوزراء العراقي بالاتفاق، وطالب المجتمع الدولي بتزويد الجيش العراقي "
     "بأسلحة حديثة.", "IRQ"),
    ("طرابلس - طالب رئيس المجلس الرئاسي فايز السراج المجتمع الدولي باتخاذ موقف واضح من "
     "الهجوم على طرابلس.", "LBY"),
    ("عمان - دعت وزارة الخارجية الأردنية المجتمع الدولي إلى الضغط على إسرائيل لوقف "
     "الاستيطان.", "JOR"),
])
def test_a_demand_of_the_international_community_has_no_target(pipeline, text, source):
    """The actor named in what is demanded is not the one the demand is made of."""
    got = rows(story(pipeline, text, "2020-01-05"))
    assert (source, "REQUEST", None) in got
    assert not any(r[0] == source and r[1] == "REQUEST" and r[2] is not None for r in got)


def test_a_demand_of_named_states_keeps_them_as_targets(pipeline):
    got = rows(story(pipeline, "دعا وزير الخارجية الفرنسي دول الاتحاد الأوروبي إلى فرض عقوبات "
                               "على روسيا.", "2020-01-05"))
    assert ("FRA", "REQUEST", "EU") in got


def test_a_caller_named_after_his_title_is_of_the_titles_country(pipeline):
    """A name hadath does not know, after a title with a nationality (الرئيس الفرنسي
    فرانسوا أولاند), is a person of that country: the call is France's."""
    got = rows(story(pipeline, "تونس - وتلقى الرئيس قيس سعيد أمس اتصالا هاتفيا من الرئيس "
                               "الفرنسي فرانسوا أولاند.", "2020-05-04"))
    assert ("FRA", "CONSULT", "TUN") in got


def test_an_act_deep_in_a_denied_clause_is_no_event(pipeline):
    got = rows(story(pipeline, "تونس - ونفى المتحدث باسم الحكومة التونسية أن يتضمن الاتفاق "
                               "الموقع أي بند يسمح بترحيل المهاجرين.", "2023-07-20"))
    assert not any(r[1] == "COERCE" for r in got)


@pytest.mark.parametrize("text,agreed", [
    ("الجزائر - قرر المجلس الأعلى للأمن أمس إعادة النظر في العلاقات مع المغرب.", False),
    ("الجزائر - قررت الجزائر والمغرب أمس إعادة العلاقات الدبلوماسية بين البلدين.", True),
])
def test_a_review_of_relations_is_no_restoration(pipeline, text, agreed):
    got = rows(story(pipeline, text, "2021-08-25"))
    assert (("DZA", "AGREE", "MAR") in got) == agreed


@pytest.mark.parametrize("text,row", [
    ("بغداد - واقتحم متظاهرون عراقيون غاضبون مبنى السفارة الكويتية في بغداد مساء أمس.",
     ("IRQ", "PROTEST", "KWT")),
    ("بغداد - وجاء القرار بعد ساعات من اقتحام مئات المحتجين من أنصار رجل الدين مقتدى الصدر "
     "مبنى السفارة الدنماركية في بغداد فجر الخميس.", ("IRQ", "PROTEST", "DNK")),
    ("بغداد - اقتحم آلاف من أنصار التيار الصدري، مساء أمس، مبنى مجلس النواب العراقي.",
     ("IRQ", "PROTEST", "IRQ")),
])
def test_protesters_storming_a_building_protest_at_its_owner(pipeline, text, row):
    got = rows(story(pipeline, text, "2023-07-21"))
    assert row in got
    assert not any(r[1] == "COERCE" for r in got)


def test_troops_storming_a_camp_still_coerce(pipeline):
    got = rows(story(pipeline, "جنين - اقتحمت قوات الاحتلال الإسرائيلي مخيم جنين فجر اليوم "
                               "واعتقلت ثلاثة شبان.", "2023-07-21"))
    assert ("ISR", "COERCE", "PSE") in got
    assert not any(r[1] == "PROTEST" for r in got)


def test_a_crowd_breaking_through_a_border_gate_is_no_storming_protest(pipeline):
    got = rows(story(pipeline, "سبتة - ووجدت قوات الأمن المغربية صعوبة في صد المئات من الشباب "
                               "المتظاهرين الذين اقتحموا بوابة الحدود في معبر سبتة.", "2023-07-21"))
    assert not any(r[1] == "PROTEST" for r in got)


@pytest.mark.parametrize("text,guests,host", [
    ("الخرطوم - تتواصل الاشتباكات في الخرطوم بين الجيش وقوات الدعم السريع بقيادة محمد "
     "حمدان دقلو، الذي استقبله الرئيس الكيني وليام روتو أمس في نيروبي.", ("SDN",), "KEN"),
    ("الرباط - وقع المغرب وفرنسا أمس اتفاقا، خلال زيارة قام بها رئيس الوزراء الفرنسي ووزير "
     "الخارجية الإيطالي، واستقبلهما العاهل المغربي الملك محمد السادس في الرباط.",
     ("FRA", "ITA"), "MAR"),
])
def test_a_guest_received_as_a_pronoun_consults_the_host(pipeline, text, guests, host):
    """استقبله: the guest is the actor named just before the verb, the host its subject."""
    got = rows(story(pipeline, text, "2019-04-15"))
    for g in guests:
        assert (g, "CONSULT", host) in got
