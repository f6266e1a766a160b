"""A verb right after a relative pronoun, with no object pronoun of its own, has the
relative for its subject: the actor named right before ``الذي``/``التي`` does the act, and
the actor after the verb is its object (not its subject, as after a bare verb)."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text,row", [
    ("واستقبل الرئيس الروسي أمس رئيس الوزراء الأرميني، الذي دعا، بحسب بيان لمكتبه، "
     "الحكومة الأذربيجانية إلى وقف القتال.", ("ARM", "REQUEST", "AZE")),
    ("وجاءت الخطوة استجابة لطلب الرئيس الصومالي حسن شيخ محمود، الذي دعا في رسالة إلى "
     "قادة دول الاتحاد الأفريقي إلى التدخل لحماية الصومال.", ("SOM", "REQUEST", "AU")),
])
def test_the_antecedent_of_a_relative_verb_is_its_doer(pipeline, text, row):
    got = rows(story(pipeline, text, "2024-05-02"))
    assert row in got
    assert (row[2], row[1], row[0]) not in got


def test_a_relative_with_an_object_pronoun_keeps_its_subject_after_the_verb(pipeline):
    got = rows(story(pipeline, "وصل إلى القاهرة رئيس المجلس الرئاسي الليبي، الذي استقبله "
                               "الرئيس المصري في قصر الاتحادية.", "2024-05-02"))
    assert not any(s == "LBY" and t == "EGY" and ty != "CONSULT" for s, ty, t in got)
    assert any(s == "LBY" and t == "EGY" or s == "EGY" and t == "LBY" for s, _, t in got)
