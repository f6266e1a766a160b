"""Attacks that are talked about, not reported (hadath.events.specificity), and old attacks
told as entries of a chronology. Hand-written sentences; each rule has a sentence it
drops and a near twin that still reports an attack."""
from __future__ import annotations

import pytest

from tests.test_events import story


def assaults(pipeline, text, published="2007-06-10"):
    art = story(pipeline, text, published)
    return [e for e in art.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # a denial governs the act
    "ونفت الشرطة أن يكون المعتقلون قد تعرضوا للتعذيب في السجن المركزي في بغداد أمس.",
    # a charge is the news
    "وردت وزارة الداخلية على اتهامات وجهتها المعارضة للشرطة بقتل ثلاثة متظاهرين في البصرة.",
    # a reaction and a topic of talk
    "وأعرب الأمين العام عن انزعاجه الشديد لهذا الهجوم وقدم العزاء لأسر الضحايا أمس.",
    "ونشرت القناة أمس مشاهد من عملية اغتيال القيادي في حي كفر سوسة بدمشق.",
    # a war of words
    "شن رئيس الحزب التقدمي الاشتراكي وليد جنبلاط هجوما عنيفا على حزب الله أمس.",
    # violence in general
    "هذا هو التفسير الوحيد لما يجري في العراق من قتل وذبح وخطف.",
    # weapons held, not fired; missiles fired in a test or into space
    "وتمتلك إيران صواريخ بالستية متوسطة المدى منذ سنوات.",
    "وأطلقت كوريا الشمالية أمس صاروخا بالستيا في تجربة جديدة قبالة سواحلها.",
    "وأطلقت الهند صاروخا يحمل أقمارا اصطناعية من قاعدة سريهاريكوتا أمس.",
    "وأجرت إيران أمس تجربة على إطلاق صواريخ بعيدة المدى.",
    "واعتقلت الشرطة ثلاثة رجال وهم يستقلون سيارة مفخخة متجهين الى كربلاء أمس.",
    # background: a meeting held over bombings, a release weeks after a kidnapping
    "وعقد وزير الداخلية أمس اجتماعا طارئا على خلفية التفجيرات الأخيرة في المدينة.",
    "وأفرج عن الصحافي أمس بعد ثلاثة أسابيع من خطفه في جنوب البلاد.",
    # an anniversary, a relative clause, a reaction to "this attack"
    "وأقيم أمس حفل لمناسبة الذكرى الثانية لاغتيال النائب بتفجير استهدف موكبه في بيروت.",
    "وقال الوزير إن الوكالتين اللتين تعرضتا لاعتداء ستبقيان في البلاد.",
    "وأعرب الوزير عن استياء حكومته لهذا الهجوم خلال اتصال مع نظيره أمس.",
    # commentary, a question, a habit
    "في رأيي ان ما يجري في البلاد من تفجيرات هو نتيجة الفشل السياسي.",
    "ولماذا يسكت العالم على قتل الأبرياء في غزة؟",
    "وتأخذ الحكومة في حساباتها أن يتم قصف المدينة بالصواريخ.",
    # a run of acts, no date, no victims
    "وتدرس السلطة خيارات لمواجهة الاعتداءات المستمرة على مدن الضفة الغربية.",
    "وتنفي موسكو أي دور لها في ما يحدث من تفجيرات في المنطقة.",
    # the dead of an attack named as a reference point, a rumour
    "وتأتي هذه العملية بعد هجوم انتحاري في كابل على حافلة للشرطة مما أسفر عن سقوط 35 قتيلا.",
    "وحسب شائعة فإن دبابة أميركية أطلقت نيرانها على القيادي ولم تصبه.",
    # figures of speech and acts to come
    "واتهم رئيس الغرفة التجارية إسرائيل باغتصاب حق تسويق الفلافل.",
    "إن سياسات الحكومات المتعاقبة قتلت كل بصيص أمل لدى الشباب.",
    "وتعرضت الحكومة المصرية أمس لقصف إعلامي عنيف من الصحف المعارضة.",
    "وقال القس إن أميركا ستتعرض لهجوم جديد في العام المقبل.",
    "ومن المعتقد أنه تم قتل القائد خلال الغارات الجوية هذا العام.",
    # suicide bombers as people, an attack of a past decade
    "وقال الوزير إن أكثر من 40 انتحاريا كلهم جاءوا من قرية صغيرة في ليبيا.",
    "وطالب الكونغرس بتعويض ضحايا ملهى ليلي في برلين جرى تفجيره في الثمانينات.",
    # a report described, a wish
    "ويصف التقرير هجوما ليليا على قرية في دارفور شنه أفراد يرتدون زي الجيش.",
    "هذا أمر معروف لجميع من يريدون قتلي في مقديشو.",
    # training for, repelling, using for, instead of, stopping; an explosion of violence
    "واعتقلت الشرطة أمس عشرة رجال تلقوا تدريبا في الخارج على تنفيذ هجمات في البلاد.",
    "وقال إن الوقت لا يكفي لصد هجوم القراصنة على السفن.",
    "ويدرس الوزير إخلاء أحياء تستخدم لإطلاق صواريخ على المدن.",
    "وقال إن انفجار العنف يأتي من أجل القضاء على الوفاق.",
    # the dead of an attack named after بعد, a letter to the editor
    "دعا الوزير أمس مواطنيه الى البقاء بعد الاعتداء الذي وقع شرق العاصمة وأسفر عن مقتل مهندس.",
    "أقول إن التسجيلات بلا قيمة ما دام المتهم قد أعدم.",
    # the kind of what happens
    "وأبلغ الجانب المصري حماس أن ما حدث على الحدود من تفجير الجدار لن يتكرر.",
    # history in a relative clause, a tally since years back
    "في إشارة الى رئيس الوزراء السابق الذي اغتيل في فبراير 2005 في بيروت في تفجير.",
    "وقتل 76 صحافيا عراقيا منذ الغزو وخطف 12 صحافيا منذ عام 2004.",
    # an accident
    "ولقي شخصان مصرعهما أمس جراء انفجار اسطوانة غاز في أحد الأنفاق.",
    # a charge reaching over a comma with its ب, and the act joined to the charged one
    "وردت الشرطة على اتهامات وجهها التيار للشرطة، بقتل طفلين وتعذيبهما قبل أسبوعين في كربلاء.",
    # a time word with و before a verb-looking noun (ومنذ مقتل: since the killing)
    "ومنذ مقتل الصحافي في بغداد لم تصدر الحكومة أي بيان.",
    # the ones accused or suspected of the act
    "ومثل أمام المحكمة في القاهرة أمس الرجال المتهمون بخطف 12 سائحا أوروبيا.",
    "وتطارد الشرطة المصرية منذ أمس المسلحين المشتبه بخطفهم 12 سائحا في الصحراء.",
    # allegations, as a charge
    "وردت الشرطة على مزاعم بخطف عشرات الشبان من الحي في بغداد أمس.",
])
def test_an_attack_talked_about_is_no_event(pipeline, text):
    assert not assaults(pipeline, text)


@pytest.mark.parametrize("text", [
    "قال محامون إن الشرطة عذبت المعتقلين في السجن المركزي في بغداد أمس.",
    "وقتلت الشرطة ثلاثة متظاهرين في البصرة أمس.",
    "وقتل عشرة أشخاص في هجوم انتحاري استهدف سوقا في بغداد أمس.",
    "شن مسلحون هجوما عنيفا على مركز للشرطة في الموصل أمس أسفر عن مقتل خمسة جنود.",
    "وأطلقت إيران صواريخ على قاعدة أمريكية في العراق أمس.",
    "وأطلقت حماس صواريخ على مدينة سديروت الإسرائيلية أمس.",
    "وقصف الجيش الإسرائيلي مواقع في جنوب لبنان أمس.",
    "وانفجرت سيارة مفخخة قرب مركز للشرطة في كربلاء أمس ما أدى الى مقتل أربعة أشخاص.",
    "وأسفرت هجمات شنها مسلحون على قرى في الإقليم عن مقتل 12 مدنيا.",
    "وشن مسلحون هجوما عنيفا على مركز للشرطة في الموصل أمس.",
    "وقتل خمسة أشخاص أمس عندما فجر انتحاري نفسه أمام مركز للشرطة في بغداد.",
    "وخطفت الميليشيات عشرات الشبان من الحي في بغداد أمس.",
    "وقتلت الشرطة طفلين وعذبتهما في كربلاء أمس.",
    "وقال الناطق إن الشرطة، بقتلها طفلين في كربلاء أمس، خرقت القانون.",
])
def test_a_reported_attack_is_still_an_event(pipeline, text):
    assert assaults(pipeline, text)


@pytest.mark.parametrize("text", [
    "* 12 ديسمبر 2005: اغتيال الصحافي جبران تويني بتفجير سيارة مفخخة في بيروت.",
    "29 أغسطس 2003 قتل نحو 80 شخصا في انفجار سيارة مفخخة في مدينة النجف.",
])
def test_a_chronology_entry_reports_an_old_attack(pipeline, text):
    assert assaults(pipeline, text, published="2007-06-10")


def test_an_old_attack_named_in_passing_is_history(pipeline):
    text = "وتعطلت المفاوضات بعد اغتيال رئيس الوزراء في بيروت عام 2005."
    assert not assaults(pipeline, text, published="2008-02-14")


@pytest.mark.parametrize("text", [
    "وتجمعت مئات السيارات والشاحنات عند المعبر الحدودي أمس.",
    "واحتجت مصر رسميا أمس لدى إيران على تصريحات وزير خارجيتها.",
    "وأعلنت المرجعية الدينية في القاهرة احتجاجها على طلب الفاتيكان أمس.",
    # a protest lodged or sent by a government; an uprising of the past by its name
    "وقدمت الخارجية المصرية احتجاجا لدى السفير الإيراني في القاهرة أمس.",
    "ووجهت الحكومة المصرية رسالة احتجاج الى الحكومة الإيرانية أمس.",
    "وقال إن الحركة ولدت في انتفاضة الأقصى في رام الله.",
    # an ambassador recalled in protest
    "واستدعت مصر سفيرها في إسرائيل أمس احتجاجا على قتل جنود مصريين على الحدود.",
    "وقال المتحدث أمس إن الحركة تريد انتفاضة سلمية في كل المدن المصرية.",
    "ومنعت قوات الأمن أمس تظاهرة احتجاجية أمام مقر الإذاعة في الرباط.",
    "وتحظر السلطات التظاهرات في العاصمة الرباط منذ أمس.",
    # the sentence opens with another act; the protest is its background
    "اعتقلت الشرطة الروسية زعيم المعارضة أثناء محاولة عشرات من أنصاره السير إلى الساحة "
    "للاحتجاج على الرئيس.",
])
def test_things_gathered_and_a_state_complaint_are_no_protest(pipeline, text):
    art = story(pipeline, text, "2008-03-07")
    assert not [e for e in art.events if e.type == "PROTEST"]


def test_protesters_gathered_to_protest_is_a_protest(pipeline):
    text = "وشكل مئات المتظاهرين سلسلة بشرية قرب مطار يريفان للاحتجاج على زيارة الرئيس التركي."
    art = story(pipeline, text, "2008-09-07")
    assert [e for e in art.events if e.type == "PROTEST"]


def test_a_plural_protest_with_a_crowd_is_reported(pipeline):
    text = "وخرج آلاف المتظاهرين في عشرين مدينة في احتجاجات ضخمة جابت شوارع واشنطن ونيويورك."
    art = story(pipeline, text, "2007-03-18")
    assert [e for e in art.events if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "وأكد المسؤول أن الشرطة خطفته من النافذة على ارتفاع 340 مترا.",
    "وأعلن الزعيم مسؤوليته عن مقتل المئات في هجمات انتحارية بعد سقوط النظام.",
    "ولم يعرف أحد لماذا قتل الرجل رغم مرور 30 عاما على الحادث.",
])
def test_no_when_where_or_party_and_no_count_by_the_trigger_is_no_event(pipeline, text):
    """A number elsewhere in the sentence (340 مترا, 30 عاما) is no count of victims."""
    assert not assaults(pipeline, text)


def test_a_protest_told_with_its_place_is_reported(pipeline):
    text = "ثم رافق قطع الطرق مسيرات سيارة نحو مقر الحزب في طرابلس حيث احتشد عدد من الشبان."
    art = story(pipeline, text, "2011-01-25")
    assert [e for e in art.events if e.type == "PROTEST"]


def test_the_cues_pickle():
    import pickle

    from hadath.events.specificity import SpecificityCues
    cues = SpecificityCues.load()
    assert pickle.loads(pickle.dumps(cues)) == cues


@pytest.mark.parametrize("text", [
    "وأضرب عمال المصنع عن العمل أمس احتجاجا رسميا على تأخر الأجور في القاهرة.",
    "وتظاهر آلاف المصريين في القاهرة أمس احتجاجا على قتل جنود مصريين على الحدود.",
])
def test_a_strike_or_a_march_in_protest_is_still_a_protest(pipeline, text):
    art = story(pipeline, text, "2008-03-07")
    assert [e for e in art.events if e.type == "PROTEST"]



# Senses of attack words met in unlabeled Saudi newswire (a precision audit): an aim of
# policy, a player won by a club, a leave to attack. Each has a twin that still reports
# an attack.
@pytest.mark.parametrize("other_sense, attack", [
    ("وأكد وزير المالية الأردني أمس أن الأردن تستهدف مضاعفة عائدات السياحة في العقبة.",
     "وقال المتحدث إن الطائرات الفرنسية تستهدف مواقع تنظيم داعش في الموصل منذ أمس."),
    ("ونجح نادي الوحدة في خطف موهبة نادي الشباب بالدمام سالم العتيبي (19 عاما) بعد منافسة "
     "مع أندية أخرى.",
     "وخطف مسلحون لاعب نادي الشباب بالدمام سالم العتيبي (19 عاما) من أمام منزله أمس."),
    # a leave to attack given: the permission is the news
    ("وقالت عمان أمس إنها سمحت للطائرات الحربية الفرنسية بشن غارات على تنظيم داعش انطلاقا "
     "من قاعدة الأزرق.",
     "وقالت عمان أمس إن الطائرات الحربية الفرنسية شنت غارات على تنظيم داعش انطلاقا من "
     "قاعدة الأزرق."),
])
def test_an_aim_a_prize_or_a_leave_is_no_attack(pipeline, other_sense, attack):
    assert not assaults(pipeline, other_sense)
    assert assaults(pipeline, attack)


# an attack made of words: the tweet or the address that follows tells what it was
@pytest.mark.parametrize("words, attack", [
    ("هاجم رئيس نادي الزمالك مرتضى منصور اتحاد الكرة المصري بعد تأجيل الدوري للمرة الـ3 "
     "هذا الموسم، وقال في تغريدة عبر تويتر إن الاتحاد فاشل.",
     "هاجم مسلحون مقر اتحاد الكرة المصري بعد تأجيل الدوري للمرة الـ3 هذا الموسم، وقال "
     "شهود إن النيران اشتعلت في المبنى."),
])
def test_an_attack_said_in_a_tweet_is_words(pipeline, words, attack):
    assert not assaults(pipeline, words)
    assert assaults(pipeline, attack)


@pytest.mark.parametrize("undated, dated", [
    ("وقال المعتقل السابق لمحاميه إن الشرطة عذبته خلال التحقيق معه في بغداد.",
     "وقال المعتقل السابق لمحاميه إن الشرطة عذبته أمس خلال التحقيق معه في بغداد."),
    ("وقالت المنظمة إن الجنود الإسرائيليين اعتدوا على الأطفال بالضرب في الخليل.",
     "وقالت المنظمة إن الجنود الإسرائيليين اعتدوا أمس على الأطفال بالضرب في الخليل."),
])
def test_a_beating_or_a_torture_with_no_date_is_an_account_not_an_incident(pipeline, undated, dated):
    assert not assaults(pipeline, undated)
    assert assaults(pipeline, dated)


@pytest.mark.parametrize("movement, protest", [
    ("وتقود المعارضة حركة احتجاجية واسعة في العاصمة كراكاس منذ أمس.",
     "وخرجت أمس احتجاجات واسعة في العاصمة كراكاس ضد الحكومة."),
])
def test_a_protest_movement_is_no_gathering(pipeline, movement, protest):
    protests = [e for e in story(pipeline, movement, "2007-09-27").events if e.type == "PROTEST"]
    assert not protests
    assert [e for e in story(pipeline, protest, "2007-09-27").events if e.type == "PROTEST"]


def protests(pipeline, text, published="2009-03-14"):
    return [e for e in story(pipeline, text, published).events if e.type == "PROTEST"]


# a protest noun that no verb tells took place is named, not reported; its twin holds it
@pytest.mark.parametrize("named, held", [
    # a crackdown is the news; a verb that tells it was organized keeps it
    ("وفرقت شرطة مكافحة الشغب بالقوة أمس مظاهرة طلابية قرب جامعة صنعاء.",
     "وفرقت الشرطة أمس مظاهرة نظمها الطلاب قرب جامعة صنعاء."),
    # a cause of something else
    ("وقالت الشركة إن خسائرها ارتفعت أمس بسبب الإضراب في ميناء صفاقس.",
     "وقالت الشركة إن عمال ميناء صفاقس بدأوا أمس الإضراب عن العمل."),
])
def test_a_protest_only_named_is_no_report(pipeline, named, held):
    assert not protests(pipeline, named)
    assert protests(pipeline, held)


@pytest.mark.parametrize("voiced, reported", [
    ("وأعلن الاتحاد العام للشغل أمس احتجاجه على قرار الحكومة رفع أسعار الوقود.",
     "وأعلن نادي الأسير أمس أن 148 أسيرا يخوضون إضرابا عن الطعام في سجن نفحة."),
])
def test_a_protest_voiced_is_a_complaint_but_one_announced_after_an_is_reported(
        pipeline, voiced, reported):
    assert not protests(pipeline, voiced)
    assert protests(pipeline, reported)


# an attack noun no verb carries out is a topic; one that a verb tells killed people is news
@pytest.mark.parametrize("named, carried", [
    ("وتحدث وزير الداخلية العراقي أمام البرلمان العراقي عن الهجوم على قافلة الشرطة في الأنبار.",
     "وقالت الحكومة العراقية إن الهجوم على قافلة الشرطة في الأنبار أسفر عن مقتل ثلاثة جنود."),
])
def test_an_attack_only_named_is_no_report(pipeline, named, carried):
    assert not assaults(pipeline, named, "2015-08-10")
    assert assaults(pipeline, carried, "2015-08-10")


def test_a_strike_that_spreads_is_held(pipeline):
    assert protests(pipeline, "وقال نادي الأسير أمس إن دائرة الإضراب المفتوح عن الطعام آخذة في "
                              "الاتساع في سجون الاحتلال.")


@pytest.mark.parametrize("year, reported", [("2004", False), ("2007", True)])
def test_an_attack_in_a_sentence_whose_dates_lie_years_back_is_history(pipeline, year, reported):
    text = ("ويتناول الفيلم الجديد تفجيرات قطارات الضواحي في مدريد التي استهدفت أربعة قطارات وأوقعت "
            f"191 قتيلا ونحو ألفي جريح، في 11 مارس (آذار) {year}.")
    assert bool(assaults(pipeline, text, "2007-05-20")) is reported


_LONG = ("وفي تطور يعكس تدهور الأوضاع الأمنية في المنطقة الحدودية، هاجم مسلحون قافلة للشرطة {when}"
         "قرب معبر الحدود الشمالي، فيما كان وزير الداخلية يعقد مؤتمرا صحافيا في العاصمة بحضور عدد من كبار "
         "الضباط والمسؤولين أعلن فيه أن الحكومة ماضية في خطتها الأمنية الجديدة التي أقرها مجلس الوزراء في "
         "جلسته الأخيرة، وأن قوات الأمن ستواصل انتشارها في المدن والقرى الحدودية حتى تعود الحياة إلى طبيعتها.")


@pytest.mark.parametrize("when, reported", [("", False), ("أمس ", True)])
def test_an_attack_buried_in_a_long_sentence_needs_its_own_date(pipeline, when, reported):
    assert bool(assaults(pipeline, _LONG.format(when=when), "2020-01-01")) is reported
