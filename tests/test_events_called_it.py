"""A rejection or condemnation followed by a participle that names the rejected thing
with a pronoun (معتبرة إياها "تدخلا سافرا", معتبرا إياه "اعتداء") is also an accusation,
aimed where the act just told was aimed (hadath/data/triggers.tsv, flag back); with no
such act before it, it is aimed at no one we know. Hand-written sentences."""
from __future__ import annotations

from tests.test_events import story


def rows(pipeline, text, published="2018-11-06"):
    art = story(pipeline, text, published)
    return {(e.source.key if e.source else None, e.type, t.key)
            for e in art.events for t in e.target}


def test_calling_rejected_statements_interference_accuses_their_maker(pipeline):
    got = rows(pipeline, "أكدت وزارة الخارجية الكويتية اليوم رفض دولة الكويت القاطع للتصريحات "
                         "الصادرة عن المتحدث باسم وزارة الخارجية العراقية أحمد الصحاف، معتبرة إياها "
                         "\"تدخلا سافرا في الشؤون الداخلية للبلاد\".")
    assert ("KWT", "REJECT", "IRQ") in got
    assert ("KWT", "ACCUSE", "IRQ") in got


def test_with_no_aimed_act_just_before_it_the_participle_blames_no_one_at_home(pipeline):
    # the act just before the participle is the parliament's vote, aimed at no one
    got = rows(pipeline, "أدان مجلس النواب المغربي أمس بشدة القرار الذي صادق عليه البرلمان "
                         "الأوروبي الأسبوع الماضي بشأن حرية الصحافة في المغرب، معتبرا إياه "
                         "\"تدخلا سافرا في الشؤون الداخلية للمملكة\".")
    assert ("MAR", "ACCUSE", "EU") in got
    assert ("MAR", "ACCUSE", "MAR") not in got
