"""Agreement in the ``quotes`` stage: which subject a cue can have, by gender and form.

Arabic verbs and participles agree with their subject, so a feminine cue (``قالت``،
``مؤكدة``) does not go on with a man, and a masculine one (``وأضاف``، ``متعهدا``) not with
a body named with a feminine noun (``بعثة``، ``وزارة``) or a country. Titles tell a
person's gender (``رئيسة الوزراء``, ``العقيد``). A verbal noun of speech (``إعلان X أن``)
is a cue whose only subject is the person right after it.

Kept apart from ``hadath.annotate.quotes`` (the speaker search) so each stays small.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.annotate.quote_clauses import breaks, feminine, may_speak, mention_end_token
from hadath.annotate.quote_relatives import describes_noun
from hadath.model import Entity
from hadath.text.normalize import normalize_ar

if TYPE_CHECKING:
    from hadath.annotate.speech_cues import CueLexicon


def she_body(ent: Entity) -> bool:
    """A place, or a body named with a feminine noun (``بعثة الأمم المتحدة``, ``وزارة
    الخارجية``): a masculine cue (``وأضاف``, ``متعهدا``) does not go on with it."""
    if ent.type == "LOC":
        return True
    if ent.type != "ORG" or not ent.mentions:
        return False
    first = normalize_ar(ent.mentions[0].text).split()
    return bool(first) and first[0].endswith("ه") and len(first) > 1


# titles of a woman (normalized, without ال): the subject a feminine participle agrees with
_WOMEN_TITLES = frozenset({
    "رءيسه", "وزيره", "دكتوره", "متحدثه", "ناطقه", "سفيره", "مبعوثه", "مستشاره", "ناءبه",
    "سيده", "ناشطه", "مديره", "منسقه", "ملكه", "اميره", "شيخه", "كاتبه", "صحفيه", "استاذه",
    "باحثه", "محاميه", "ممثله", "مفوضه", "امينه", "مرشحه", "زعيمه", "قاضيه", "عضوه"})


def titled_woman(tokens, owner, k: int) -> bool:
    """The person at token ``k`` is introduced with a woman's title a few words before
    (``رئيسة الوزراء الإيطالية جورجيا ميلوني``, ``الدكتورة نهى``)."""
    start = k
    while start > 0 and owner[start - 1] is owner[k]:
        start -= 1
    for m in range(start - 1, max(-1, start - 9), -1):
        if tokens[m].sentence != tokens[k].sentence or (
                owner[m] is not None and owner[m].type == "PER"):
            break
        w = tokens[m].norm.lstrip("وفل")
        w = w[2:] if w.startswith("ال") else w
        if w in _WOMEN_TITLES:
            return True
    return False


def her_subject(tokens, owner, i: int, sent_start: int) -> str | None:
    """The woman that the sentence's opening feminine verb names as its subject, for a
    feminine participle (``ورحبت رئيسة الوزراء جورجيا ميلوني …، وشكرت السيسي …، مؤكدة``):
    she, not the man thanked. The verb may follow an opener (``في المقابل، رحبت``); names
    inside her title (``الممثلة الخاصة للأمين العام للأمم المتحدة``) are passed."""
    for k in range(sent_start, min(i, sent_start + 4)):
        w = tokens[k].norm
        if feminine(w[1:] if w[:1] in "وف" and len(w) > 4 else w) and owner[k] is None:
            break
    else:
        return None
    for m in range(k + 1, min(i, k + 12)):
        if m > k + 1 and tokens[m].sentence != tokens[k].sentence:
            return None
        ent = owner[m]
        if ent is None:
            continue
        if ent.type == "PER":
            # right after the feminine verb, the name is its subject by agreement
            # (وقالت ليلى حداد إن …، مشيرة): no title needed to know she is a woman
            return ent.id if titled_woman(tokens, owner, m) or m == k + 1 else None
        if m == k + 1:
            return None  # دانت وزارة الخارجية: a body is the subject
    return None


# ranks and honorifics of a man (normalized, with the article), for agreement only
_MEN_RANKS = frozenset({"العقيد", "اللواء", "العميد", "المقدم", "النقيب", "الراءد", "الفريق",
                        "المشير", "الشيخ", "الامير", "الملك", "السيد", "الدكتور", "النايب"})


def titled_man(tokens, owner, k: int, masculine: frozenset[str]) -> bool:
    """The person at token ``k`` comes after a man's title (``الرئيس قيس سعيد``, ``رئيس
    بعثة الأمم المتحدة … فولكر بيرتس``)."""
    start = k
    while start > 0 and owner[start - 1] is owner[k]:
        start -= 1
    for m in range(start - 1, max(-1, start - 13), -1):  # رئيس بعثة الأمم المتحدة … X
        if tokens[m].sentence != tokens[k].sentence or (
                owner[m] is not None and owner[m].type == "PER"):
            return False
        if tokens[m].norm.lstrip("وفل") in masculine or tokens[m].norm in _MEN_RANKS:
            return True
    return False


def noun_speaker(cues: CueLexicon, tokens, owner, after: int, text: str) -> tuple[str, int] | None:
    """(person, token after the name) for a verbal noun of speech (``إعلان``،
    ``تأكيد``، ``تصريح``) whose genitive is a person past titles and whose reported
    clause follows a few words after the name; a body or anything else: None."""
    n, sent = len(tokens), tokens[after - 1].sentence
    for k in range(after, min(n, after + 8)):
        t = tokens[k]
        if t.sentence != sent or breaks(text, tokens[k - 1], t) \
                or any(c in text[tokens[k - 1].end:t.start] for c in "،,") \
                or cues.kind(t.norm) in ("that", "prep", "unnamed") \
                or cues.cue_at(tokens, k):
            return None
        ent = owner[k]
        if ent is None:
            continue
        if ent.type != "PER":
            return None
        end = mention_end_token(tokens, owner, k)
        # an adverbial between commas, however long (، مساء الخميس 7 آب الجاري، أنه)
        reach = end + 5
        if end < n and "،" in text[tokens[end - 1].end:tokens[end].start]:
            close = next((m for m in range(end + 1, min(n, end + 9))
                          if "،" in text[tokens[m - 1].end:tokens[m].start]), None)
            if close is not None and not any(cues.cue_at(tokens, m)
                                             or cues.kind(tokens[m].norm) == "that"
                                             for m in range(end, close)):
                reach = max(reach, close + 2)  # not a clause of its own (، معتبرة إياها …،)
        for m in range(end, min(n, reach)):
            if tokens[m].sentence != sent or owner[m] is not None:
                return None
            if cues.kind(tokens[m].norm) == "that":
                return ent.id, end
        return None
    return None


def clause_body(cues: CueLexicon, tokens, owner, i: int, sent_start: int,
                text: str = "") -> str | None:
    """The body a feminine participle agrees with: the subject of the nearest
    feminine verb before it that has one (``دانت وزارة الخارجية …، معتبرة``); ""
    when that subject is a noun that names no one (``رحبت بها الحكومة السورية``).
    A man right after a verb is its object (``وشكرت السيسي``); look further back.
    A verb describing a noun (``أكدت الوزارة في بيان تلقت سانا نسخة منه``) is passed
    when an earlier feminine speech verb is the one the participle goes on from."""
    for k in range(i - 2, sent_start - 1, -1):
        w = tokens[k].norm
        w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
        if owner[k] is not None or w.startswith("ال") or not feminine(w):
            continue
        if text and cues.kind(w) is None and describes_noun(text, tokens, owner, k) \
                and any(_said_she(cues, tokens[m].norm) for m in range(sent_start, k)):
            continue
        m = k + 1
        while m < i and tokens[m].norm in ("بها", "به", "عليها", "فيها"):
            m += 1
        ent = owner[m] if m < i else None
        if ent is not None and ent.type != "PER":
            return ent.id if may_speak(ent) and ent.type != "LOC" else None
        if ent is None and m < i and tokens[m].norm.startswith("ال") \
                and cues.kind(tokens[m].norm) is None:
            return ""
    return None


# prepositions that make a place before the cue an adjunct, not its subject (في طهران)
_PLACE_PREPOSITIONS = frozenset({"في", "من", "الي", "عن", "علي", "مع", "نحو", "قرب", "داخل",
                                 "خارج", "بين", "لدي", "عند", "حول"})


def _bare(word: str) -> bool:
    """A word without a clitic preposition (not ``بالرباط``, ``للدوحة``)."""
    return not (word[:1] in "بلك" and word[1:3] == "ال") and not word.startswith(("وب", "ول"))


def _said_she(cues: CueLexicon, word: str) -> bool:
    """A feminine speech verb (أكدت، وقالت): the clause a participle can go on from."""
    word = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return feminine(word) and cues.kind(word) == "verb"


def feminine_subject(tokens, owner, i: int, sent_start: int) -> str | None:
    """A body or country right before the cue (``المنظمة قد حذرت``), else right after
    an earlier feminine verb of the sentence; "" when a city stands there as the
    subject (``فيما كانت الدوحة أكدت``, ``رفضته الرباط واعتبرته``): the capital speaks
    for its state, which no one named after it does (the person named last in the
    sentence least of all)."""
    k = i - 1
    while k > sent_start and tokens[k].norm in ("قد", "كانت", "وكانت"):
        k -= 1
    if k >= sent_start and owner[k] is not None and owner[k].type != "PER" \
            and may_speak(owner[k]):
        return owner[k].id
    if k > sent_start and owner[k] is not None and owner[k].type == "LOC" \
            and owner[k - 1] is not owner[k] and _bare(tokens[k].norm) \
            and tokens[k - 1].norm not in _PLACE_PREPOSITIONS:
        return ""
    for k in range(sent_start, i - 1):
        w = tokens[k].norm
        if feminine(w[1:] if w[:1] in "وف" and len(w) > 4 else w) and \
                owner[k + 1] is not None and may_speak(owner[k + 1]) and \
                owner[k + 1].type != "PER":
            return owner[k + 1].id
    return None


def relative_subject(tokens, owner, i: int, sent: int) -> str | None:
    """The speaker of a cue in a relative clause that takes its antecedent as object
    (``وقع لابيد على الاتفاق، الذي وصفه بأنه "إنجاز"``): the person the sentence opens
    with, its subject; None for a cue without the object pronoun (``التي تدعو``)."""
    if not tokens[i].norm.endswith(("ه", "ها")) or tokens[i - 1].norm not in ("الذي", "التي"):
        return None
    for k in range(i - 2, -1, -1):
        if tokens[k].sentence != sent:
            break
    else:
        k = -1
    for m in range(k + 1, i - 1):
        if owner[m] is not None and owner[m].type == "PER":
            return owner[m].id
        if owner[m] is not None:
            return None  # a body or place opens the sentence: its deed, not a person's
    return None
