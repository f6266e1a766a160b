"""Persons a sentence names as objects, not as the one who speaks or goes on speaking.

A name after a genitive head (``حملة تبون``), a clitic preposition (``اتصل X برائد
حسن``), or a preposition of meeting, writing or concern (``رسالة إلى الملك``,
``برفقة الوزير``, ``الإفراج عن الصحفي X``) belongs to someone spoken to or about. Kept
apart from :mod:`hadath.annotate.quote_clauses` (where clauses begin and end) so each
module stays small.
"""
from __future__ import annotations

from hadath.annotate.quote_clauses import mention_end_token
from hadath.annotate.quote_titles import TITLES
from hadath.annotate.quote_words import ADDRESSEES


# nouns whose person is only a genitive: حملة تبون، حكومة الدبيبة، قوات حفتر
_OWNER_HEADS = frozenset({"حمله", "حكومه", "نظام", "قوات", "انصار", "مءيدي", "ميليشيات",
                          "مكتب", "فريق", "اداره", "عهد", "عاءله", "اسره", "منزل", "مقر",
                          # what was done to him: اغتيال الحريري، اختطاف السفير X
                          "اغتيال", "اختطاف", "خطف", "مقتل", "قتل", "اعتقال", "احتجاز",
                          "اعدام", "وفاه", "تعذيب", "محاكمه", "اقاله", "ترحيل", "جنازه"})


def owned(tokens, owner, k: int, clitic_nouns: bool = True) -> bool:
    """The person at token ``k`` is the genitive of a noun (``مديرية حملة تبون``): the
    noun, not the person, is the subject that goes on. Without ``clitic_nouns`` only the
    listed heads count, not any noun with ب (``الناطق باسمها X`` names the speaker)."""
    start = k
    while start > 0 and owner[start - 1] is owner[k]:
        start -= 1
    if start == 0:
        return False
    w = tokens[start - 1].norm
    if clitic_nouns and w[:1] == "ب" and len(w) > 3 and w not in _NOT_A_NOUN \
            and owner[start - 1] is None:
        return True  # أشاد بدور السيسي، مؤكدا: the person is in what was praised
    if w in TITLES and start > 1 and owner[start - 2] is None:
        w = tokens[start - 2].norm  # اختطاف السفير X: past one title
    return w in _OWNER_HEADS or (w[:1] in "وبل" and w[1:] in _OWNER_HEADS)


# words in ب that are no preposition + noun before a name
_NOT_A_NOUN = frozenset({"بن", "بنت", "بين", "بعد", "بينما", "بان", "بانه", "بانها"})
_TO_WHOM = frozenset({"الي", "مع", "لدي", "برفقه", "بمرافقه", "رفقه", "بصحبه", "بحضور"})
# prepositions whose object is the one spoken about, right before his name or one title
# (الإفراج عن الصحفي X); not farther, where عن is "on behalf of" (وقع عن الجانب … X)
_ABOUT_WHOM = frozenset({"عن", "ضد", "بحق"})


def joined_to_preposition(text: str, tokens, owner, k: int) -> bool:
    """The person's name at token ``k`` carries a preposition as a clitic (``اتصل X
    برائد حسن``, ``قدم الشكر لX``): the one called or thanked, not the one who speaks."""
    tok = tokens[k]
    for m in owner[k].mentions:
        if m.start < tok.end and tok.start < m.end and m.start >= 1:
            return text[m.start - 1] in ("ب", "ل") and (
                m.start == 1 or not text[m.start - 2].isalpha())
    return False


def spoken_about(tokens, owner, k: int) -> bool:
    """The person at token ``k`` follows ``عن``/``ضد``/``بحق``, right before the name or
    one title (``الإفراج عن الصحفي X``): the one a demand is about, not its speaker."""
    start = k
    while start > 0 and owner[start - 1] is owner[k]:
        start -= 1
    return any(tokens[m].norm in _ABOUT_WHOM and tokens[m].sentence == tokens[k].sentence
               and all(owner[r] is None for r in range(m, start))
               for m in range(max(0, start - 2), start))


def addressee(tokens, owner, k: int) -> bool:
    """The person at token ``k`` is written to, met with, brought along or spoken about,
    past a title (``وجه رسالة إلى خادم الحرمين الشريفين الملك سلمان``, ``برفقة وزير
    الداخلية X``, ``الإفراج عن الصحفي X``): not the one who goes on speaking."""
    if spoken_about(tokens, owner, k):
        return True  # دعا إلى الإفراج عن الصحفي X، منتقدا: X is not the one who goes on
    start = k
    while start > 0 and owner[start - 1] is owner[k]:
        start -= 1
    for m in range(start - 1, max(-1, start - 7), -1):
        if owner[m] is not None or tokens[m].sentence != tokens[k].sentence:
            return False
        if tokens[m].norm in _TO_WHOM or tokens[m].norm == "علي" and any(
                tokens[r].norm in _REPLIED for r in range(max(0, m - 4), m)):
            return True  # ورد تبون على ماكرون قائلا: the one answered does not speak
    return False


# "replied": the one after على is answered (ورد X على Y)
_REPLIED = frozenset({"رد", "ورد", "ردت", "وردت", "يرد", "ويرد", "ترد", "وترد"})


def addressee_after(tokens, j: int) -> int:
    """How many tokens at ``j`` name the addressee of a demand (``المجتمع الدولي``), or 0."""
    for phrase in ADDRESSEES:
        if tuple(t.norm for t in tokens[j:j + len(phrase)]) == phrase:
            return len(phrase)
    return 0


# the calls whose object, joined by و to a clause with its own subject, is the one called on
_CALLS = frozenset({"دعا", "دعت", "طالب", "طالبت", "حث", "حثت", "ناشد", "ناشدت"})
_CALLED_TO = frozenset({"الي", "علي"})


def body_called_on(tokens, owner, i: int, clitic: int, after: int) -> int:
    """How many tokens at ``after`` name a body or state called on by a coordinated call
    (``دان X الغارات، ودعا مجلس الأمن إلى "…"``: X calls, the council is called on), or 0.
    The body's name must be followed right away by what it is called to (``إلى``,
    ``على``, ``بـ``); a person there is the call's subject (``ودعا بايدن إلى``)."""
    if tokens[i].norm[clitic:] not in _CALLS or after >= len(tokens):
        return 0
    ent = owner[after]
    if ent is None or ent.type == "PER":
        return 0
    end = mention_end_token(tokens, owner, after)
    if end >= len(tokens) or tokens[end].sentence != tokens[i].sentence:
        return 0
    w = tokens[end].norm
    return end - after if w in _CALLED_TO or w == "ب" or (w[:1] == "ب" and len(w) > 3) else 0


def clause_subject(owner, sent_start: int, i: int) -> str | None:
    """The person or body that opens the sentence as its first verb's subject (``رحب X
    بالضربات، وطالب المجتمع الدولي بـ``), within a few words of its start, before ``i``;
    a place there is passed (``رئيس إقليم كردستان X``: his title's genitive)."""
    for k in range(sent_start, min(i, sent_start + 8)):
        ent = owner[k]
        if ent is not None and ent.type in ("PER", "ORG"):
            end = k
            while end < i and owner[end] is ent:
                end += 1
            if ent.type == "ORG" and end < i and owner[end] is not None \
                    and owner[end].type == "PER":
                return owner[end].id  # الأمين العام لجامعة الدول العربية X: the body is
            return ent.id             # his title's genitive, he is the subject
    return None

