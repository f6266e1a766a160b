"""The particle أنّ/إنّ in every written form the rules read (hadath.text.particles)."""
from __future__ import annotations

import pytest

from hadath.annotate import quote_clauses, quote_goes_on
from hadath.events import crowds, dates, lead, masdar, triggers
from hadath.text.normalize import normalize_ar
from hadath.text.particles import ANY_THAT, BEFORE_NOUN, BI_THAT, THAT, WA_THAT
from tests.test_events import rows, story


@pytest.mark.parametrize("written, forms", [
    ("أنّ", THAT), ("إنه", THAT), ("أنها", THAT), ("أنهم", THAT), ("أنهما", THAT),
    ("بأن", BI_THAT), ("بأنه", BI_THAT), ("بأنها", BI_THAT), ("بأنهم", BI_THAT),
    ("بأنهما", BI_THAT), ("وأن", WA_THAT), ("وأنهم", WA_THAT), ("لأن", BEFORE_NOUN),
])
def test_each_written_form_is_known_once_normalized(written, forms):
    assert normalize_ar(written) in forms


@pytest.mark.parametrize("written", ["أن", "أنه", "أنهم", "أنهما", "بأن", "بأنهم", "بأنهما"])
@pytest.mark.parametrize("rule_words", [
    masdar._THAT, dates._THAT, crowds._THAT, quote_clauses._THAT, lead._THAT,
], ids=["masdar", "dates", "crowds", "quote_clauses", "lead"])
def test_every_rule_that_stops_at_a_reported_clause_knows_every_form(written, rule_words):
    """``وصفهم بأنهم``, ``أكدتا أنهما``: a form one rule knows, every such rule knows."""
    assert normalize_ar(written) in rule_words


@pytest.mark.parametrize("written, crossed", [
    ("أنهما", False),     # أكد … أنهما: another clause's words
    ("بأنها", True),      # وصف الهجوم بأنه «عمل إرهابي»: says what the act was
])
def test_a_trigger_gap_stops_at_a_bare_particle_only(written, crossed):
    assert (normalize_ar(written) not in triggers._THAT) is crossed


def test_a_described_clause_after_an_object_is_not_a_bare_that():
    """``ووصف الشاحنات بأنها``, ``واعتبرهم أنهم``: the speaker goes on; after ``ويرى
    متابعون أن`` the observers are the subject, not an earlier speaker."""
    assert {"بانها", "انهم"} <= quote_goes_on.THAT_IT_IS and "ان" not in quote_goes_on.THAT_IT_IS
    assert ANY_THAT == THAT | BI_THAT


@pytest.mark.parametrize("text, asked", [
    # a clause of time between the call and its إلى: the one met there is not asked
    ("نيويورك - دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش، عقب لقائه الرئيس الفرنسي "
     "إيمانويل ماكرون، إلى وقف إطلاق النار في غزة.", "FRA"),
    ("القاهرة - دعت مصر، حيث استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني "
     "بلينكن، إلى وقف الحرب.", "USA"),
])
def test_a_call_is_not_addressed_to_one_named_in_a_clause_before_its_preposition(
        pipeline, text, asked):
    """The complement of دعا is looked for up to the next clause boundary (hadath.events.cues
    BOUNDARIES), as a subject or an object is; only a relative clause is crossed."""
    got = rows(story(pipeline, text, "2024-03-10"))
    assert any(r[1] == "REQUEST" for r in got)
    assert not any(r[1] == "REQUEST" and r[2] == asked for r in got), got


def test_a_demand_crosses_a_relative_clause_to_its_addressee(pipeline):
    """``طالب X، الذي التقى Y، مجلس الأمن بـ``: the aside about the speaker is crossed."""
    got = rows(story(pipeline, "القاهرة - طالب وزير الخارجية المصري سامح شكري، الذي التقى "
                               "نظيره الأمريكي أنتوني بلينكن، مجلس الأمن بوقف الحرب.",
                     "2024-03-10"))
    assert ("EGY", "REQUEST", "UNSC") in got, got
