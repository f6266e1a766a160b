"""Names inside a minister's title or an adjective phrase are no mentions of a body.

``وزيرة الخارجية الألمانية`` is a title and ``السياسة الخارجية الأمريكية`` a policy,
though both hold ``الخارجية الألمانية``/``الخارجية الأمريكية``, the ministries' short
names that the lexicon lists (``+الخارجية`` in ``hadath/data/src/actors.tsv``). The
entity stage drops such hits before it resolves them.
"""
from __future__ import annotations

from hadath.lexicons.matcher import Hit

# a minister's title (normalized): what follows it names his office, not a body
_MINISTER = frozenset(("وزير", "وزيره", "وزيري", "وزيرا", "وزراء"))
# a ministry's short name (``+الخارجية`` in the lexicon), normalized
_SHORT_MINISTRY = ("الخارجيه ", "الداخليه ")
# indefinite words after which such a name is an adjective phrase (``سياسة خارجية``)
_QUALIFIED = frozenset(("سياسه", "سياسات", "شءون", "علاقات", "قوات", "حرب", "جبهه"))
# words in ال that are no noun it could qualify: ``أعلنت اليوم الخارجية التركية``,
# ``رسالة إلى الخارجية الأمريكية``
_NOT_NOUNS = frozenset(("اليوم", "الليله", "الان", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
                        "الخميس", "الجمعه", "السبت", "الي", "الا", "الذي", "التي", "الذين",
                        "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"))


def outside_minister_titles(hits: list[Hit], norm: str) -> list[Hit]:
    """Drop a ministry's short name right after ``وزير``/``وزيرة``: ``وزيرة الخارجية
    الألمانية`` is a title, while ``الخارجية الألمانية`` alone is the ministry.

    The short name is also no name after a noun it qualifies: a definite one
    (``السياسة الخارجية الأمريكية``, ``الشؤون الداخلية العراقية``, ``الحرب الداخلية
    اللبنانية``) or a few indefinite ones (``سياسة``, ``شؤون``). After a verb, a
    preposition or a construct head (``قالت``, ``في``, ``باسم``, ``بيان``) it is one.
    """
    def words_before(start: int) -> tuple[str, ...]:
        """The word before, with and without a leading و/ف/ب/ل (``وزيرة``, ``والسياسة``)."""
        before = norm[max(0, start - 24):start]
        if not before.endswith(" ") or not before.split():
            return ()
        word = before.split()[-1]
        if word.startswith("لل"):  # ل + ال
            return word, "ا" + word[1:]
        return (word, word[1:]) if word[:1] in "وفلب" else (word,)

    def dropped(h: Hit) -> bool:
        if not norm.startswith(_SHORT_MINISTRY, h.start):
            return False  # ``وزراء الاتحاد الأوروبي`` still names the EU
        words = words_before(h.start)
        return bool((_MINISTER | _QUALIFIED).intersection(words)) or any(
            w.startswith("ال") and w not in _NOT_NOUNS for w in words)
    return [h for h in hits if not dropped(h)]
