"""Names inside a title are no mentions: a minister's title or an adjective phrase (no
mention of a body), a quoted title of an operation, exercise or ship (no mention of
the place it is named after).

``وزيرة الخارجية الألمانية`` is a title and ``السياسة الخارجية الأمريكية`` a policy,
though both hold ``الخارجية الألمانية``/``الخارجية الأمريكية``, the ministries' short
names that the lexicon lists (``+الخارجية`` in ``hadath/data/src/actors.tsv``). The
entity stage drops such hits before it resolves them.
"""
from __future__ import annotations

import re

from hadath.lexicons.matcher import Hit
from hadath.text.normalize import normalize_ar

# words that a quoted name of an operation, exercise, ship or plan follows
_TITLE_HEADS = frozenset((  # normalized forms (hadath.text.normalize)
    "عمليه", "عمليات", "العمليه", "مناورات", "مناوره", "المناورات", "تمرين", "تمارين",
    "حمله", "معركه", "اسم", "الحامله", "حامله", "الطاءرات", "السفينه", "سفينه", "الفرقاطه",
    "المدمره", "البارجه", "خطه", "مبادره", "برنامج", "مشروع", "شعار", "عنوان", "تحالف",
    "قوه", "درع", "بعنوان", "مسمي", "باسم", "ناقله", "الناقله", "باخره", "الباخره"))
# a short quoted title: operations, exercises, ships (``"نبع السلام"``, ``"حماة النيل"``)
_QUOTED_TITLE = re.compile(r'["\'«“]([^"\'«»“”\n]{2,40})["\'»”]')

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


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of the short quoted titles of ``text`` (raw or normalized): a quote of up to
    three words right after a word for an operation, exercise, ship or plan (``عملية``,
    ``مناورات``, ``اسم``, ``سفينة الشحن``), within three words."""
    if not any(q in text for q in "\"'«“"):
        return []
    return [m.span(1) for m in _QUOTED_TITLE.finditer(text) if len(m.group(1).split()) <= 3
            and _TITLE_HEADS.intersection(
                normalize_ar(text[max(0, m.start() - 30):m.start()]).split()[-3:])]


def outside_quoted_titles(hits: list[Hit], norm: str) -> list[Hit]:
    """Drop names that are only part of a short quoted title (``"حماة النيل"``).

    Operations, exercises and ships are named after places and are not mentions
    (dev/README.md); a quote that holds nothing but the name is still a mention. Only a
    quote after a word for such a thing (``عملية``, ``مناورات``, ``اسم``, ``الحاملة``) is
    a title: a short quoted phrase of speech (``يدعم "وحدة السودان"``) keeps its names.
    """
    titles = quoted_titles(norm)
    if not titles:
        return hits
    return [h for h in hits
            if not any(s <= h.start and h.end <= e and (h.start, h.end) != (s, e)
                       for s, e in titles)]
