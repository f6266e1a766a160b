"""``اتفاق X وY على …``: the masdar of agreeing in construct with its parties is an
agreement between them; the same word with an article, a preposition or other words in
its gap (``بالاتفاق، وشكر …``, ``ما تم الاتفاق عليه``) is not."""
from __future__ import annotations

from tests.test_events import rows, story


def test_agreement_masdar_with_its_parties(pipeline):
    got = rows(story(pipeline, "وأعلن وزير الخارجية العماني، مساء أمس، اتفاق إيران والبحرين "
                               "على استئناف العلاقات الدبلوماسية.", "2024-06-03"))
    assert ("IRN", "AGREE", "BHR") in got


def test_agreement_word_without_parties_in_construct_is_no_agreement(pipeline):
    for text in ("ورحب المبعوث الأممي بالاتفاق، وشكر عمان والكويت على جهودهما.",
                 "وأعلن الرئيس إلغاء كل ما تم الاتفاق عليه مع قوى المعارضة في السودان."):
        got = rows(story(pipeline, text, "2024-06-03"))
        assert not any(ty == "AGREE" for _, ty, _ in got), text
