"""Word families that unseen news used and the trigger table lacked (round 10): a unit
deployed or withdrawn under any of its names, a state's envoys recalled in the plural, a
threat of response, a ceasefire reached, standing by a party, relief supplies sent. Each
composed sentence must give the row a reader sees in it; the look-alikes stay uncoded."""
from __future__ import annotations

import pytest

from hadath.events.lexicons import EventLexicons, LexiconError, _expand
from hadath.text.normalize import normalize_ar
from tests.test_events import coded


@pytest.mark.parametrize("text, row", [
    # a unit of any name, deployed, sent, massed or withdrawn (trigger_classes.tsv)
    ("وارسو - نشرت الولايات المتحدة كتيبة مدرعة في بولندا قرب الحدود مع روسيا.",
     ("USA", "MOBILIZE", "RUS")),
    ("طرابلس - سحبت القيادة العسكرية الأمريكية في أفريقيا أمس الأحد وحدة من قواتها من ليبيا.",
     ("USA", "RETREAT", "LBY")),
    ("دمشق - سحبت روسيا بطاريات صواريخ من قاعدة حميميم في سوريا.", ("RUS", "RETREAT", "SYR")),
    ("أنقرة - أرسلت تركيا سفنا حربية إلى السواحل الليبية.", ("TUR", "MOBILIZE", "LBY")),
    # envoys recalled, by several states at once
    ("الرياض - أعلنت السعودية والإمارات والبحرين سحب سفرائها من قطر.", ("SAU", "SANCTION", "QAT")),
    ("الرياض - أعلنت السعودية والإمارات والبحرين سحب سفرائها من قطر.", ("BHR", "SANCTION", "QAT")),
    # threats of response
    ("القدس - قال نتنياهو إن إسرائيل ستضرب بقوة إذا خرق حزب الله الاتفاق في لبنان.",
     ("ISR", "THREATEN", "LBN")),
    ("دمشق - قال وزير الإعلام السوري إن سوريا تملك حق الرد على العدوان الإسرائيلي.",
     ("SYR", "THREATEN", "ISR")),
    ("جيبوتي - قال وزير الخارجية الجيبوتي إن بلاده لن تقف مكتوفة الأيدي إذا اعتدت إريتريا "
     "على أراضيها.",
     ("DJI", "THREATEN", "ERI")),
    # standing by a party, said of the future
    ("طهران - أكد الرئيس الإيراني أن إيران ستبقى إلى جانب الشعب السوري.",
     ("IRN", "SUPPORT", "SYR")),
    # relief supplies sent
    ("جنيف - أرسلت منظمة الصحة العالمية إمدادات طبية عاجلة إلى مستشفيات طرابلس في ليبيا.",
     ("UN", "AID", "LBY")),
    # a statement blocked in the Security Council
    ("نيويورك - عرقلت روسيا صدور بيان عن مجلس الأمن الدولي يدعو إسرائيل إلى وقف الغارات.",
     ("RUS", "REJECT", "UNSC")),
    # congratulation in the imperfect, as in headlines
    ("الرياض - خادم الحرمين الشريفين يهنئ رئيس جمهورية تشاد بذكرى اليوم الوطني.",
     ("SAU", "SUPPORT", "TCD")),
    # a named statement signed with another party
    ("العلا - وقعت السعودية والإمارات مع قطر اليوم على بيان العلا.", ("SAU", "AGREE", "QAT")),
    # volunteers called to arms against a named enemy
    ("بغداد - أعلن رئيس الوزراء العراقي فتح باب التطوع لمواجهة تنظيم داعش.",
     ("IRQ", "MOBILIZE", "ISIS")),
])
def test_a_missing_word_family_is_coded(pipeline, text, row):
    assert row in coded(pipeline, text)


@pytest.mark.parametrize("text, ptype", [
    # a disease that spreads is no deployment
    ("القاهرة - بدأ انتشار فيروس كورونا في مصر في مارس الماضي.", "MOBILIZE"),
    # news and pictures published, a unity spread, are no troops
    ("الرياض - نشرت السعودية صورا للقاء ولي العهد مع الرئيس الفرنسي.", "MOBILIZE"),
    ("بغداد - نشرت الحكومة العراقية قيم الوحدة الوطنية في المدارس.", "MOBILIZE"),
    # a confidence vote withdrawn is no retreat of forces
    ("بيروت - سحب البرلمان اللبناني الثقة من الحكومة.", "RETREAT"),
    # a cold wave met in winter is no threat
    ("عمان - ستواجه الأردن موجة برد قارس الأسبوع المقبل.", "THREATEN"),
    # the defendants of a trial are no accusers
    ("أنقرة - حكمت محكمة تركية على سبعة متهمين بالسجن.", "ACCUSE"),
    # a ceasefire demanded of a militia is no arrest (إيقاف), as وقف إطلاق النار
    ("الرياض - أكد مجلس التعاون تمسكه بإيقاف إطلاق النار من قبل الميليشيات في اليمن.", "COERCE"),
    # supplies of oil are no aid
    ("موسكو - خفضت روسيا إمدادات الغاز إلى ألمانيا.", "AID"),
])
def test_look_alikes_stay_uncoded(pipeline, text, ptype):
    assert ptype not in {r[1] for r in coded(pipeline, text)}


def test_a_class_row_stands_for_one_row_per_member():
    triggers = EventLexicons.load().triggers
    patterns = {(" ".join(t.words), t.type, t.form) for t in triggers}
    for unit in ("كتيبه", "جنود", "سفن حربيه", "قوه"):
        assert (f"نشر … {unit}", "MOBILIZE", "v") in patterns
    assert ("سحب … سفراءها", "SANCTION", "n") in patterns
    assert not any("{" in w for t in triggers for w in t.words)


def test_an_unknown_class_names_the_line():
    row = {"trigger": "نشر … {nothing}", "type": "MOBILIZE", "cameo": "154", "mode": "",
           "form": "v", "flags": "", "src": "hadath"}
    with pytest.raises(LexiconError, match="triggers.tsv:7: unknown word class 'nothing'"):
        list(_expand(7, row, {"troops": ["قوات"]}))


def test_class_members_keep_their_own_spelling():
    row = {"trigger": "سحب … {part} قوات", "type": "RETREAT", "cameo": "0874", "mode": "",
           "form": "v", "flags": "", "src": "hadath"}
    got = [r["trigger"] for r in _expand(1, row, {"part": ["وحدة من", "بعض"]})]
    assert got == ["سحب … وحدة من قوات", "سحب … بعض قوات"]
    assert normalize_ar(got[0]).split()[2] == "وحده"
