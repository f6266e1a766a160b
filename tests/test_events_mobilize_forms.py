"""Troops sent or put on alert, told by the forms wire copy uses after أعلن/قرر
(hadath/data/triggers.tsv): the masdar إرسال with وحدات عسكرية, the masdar نشر with a
singular قوة (قوتها), رفع درجة التأهب beside رفع حالة التأهب, and an indefinite حالة
تأهب. Hand-written sentences."""
from __future__ import annotations

import pytest

from tests.test_events import story


def mobilized(pipeline, text, published="2013-01-18"):
    art = story(pipeline, text, published)
    return [(e.source.key if e.source else None) for e in art.events if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text,source", [
    ("وأعلنت تشاد اليوم الخميس إرسال وحدات عسكرية إلى مالي.", "TCD"),
    ("وأرسلت السنغال أمس وحدات عسكرية إلى مالي.", "SEN"),
    ("وقررت إيكواس اليوم الخميس تسريع نشر قوتها العسكرية في مالي.", "ECOWAS"),
    ("وأعلنت الجزائر اليوم الخميس رفع درجة التأهب على حدودها الجنوبية.", "DZA"),
    ("وقال الجيش الموريتاني إن وحداته على الحدود في حالة تأهب قصوى منذ أمس.", "MRT"),
])
def test_troops_sent_or_alerted_are_a_mobilization(pipeline, text, source):
    assert source in mobilized(pipeline, text)


@pytest.mark.parametrize("text", [
    # a sent message and a published report are no troops
    "وأعلنت تشاد اليوم الخميس إرسال رسالة إلى مالي.",
    "ونشرت الصحيفة أمس تقريرا عن قوة الاقتصاد المالي.",
])
def test_other_things_sent_or_published_are_not(pipeline, text):
    assert mobilized(pipeline, text) == []
