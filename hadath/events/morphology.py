"""What a word's own shape says about its role: person, gender and construct state.

A verb in the first person (``ندعو``, ``توافقنا``) is the speaker's act; a bare masculine
verb (``وطالب``) does not take a feminine place (``أنقرة``, ``تركيا``) as its subject; an
adjective after a masdar in construct (``رفض القرار الأمريكي``) describes the genitive,
not the masdar. Kept apart from :mod:`hadath.events.assign` so that module stays about
the order of the rules.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.model import Token

if TYPE_CHECKING:
    from hadath.events.phrases import Phrase
    from hadath.events.triggers import TriggerHit


def first_person(tokens: list[Token], hit: TriggerHit) -> bool:
    """Is the trigger in the first person (``ندعو``, ``توافقنا``, ``نحن ندين``)?"""
    t0 = hit.first
    norm = tokens[t0].norm.lstrip("وف")
    if t0 > 0 and tokens[t0 - 1].norm in ("نحن", "اننا", "انا", "فنحن", "ونحن"):
        return True
    if hit.entry.form == "v":
        return norm.endswith("نا") and not hit.entry.words[0].endswith("نا")   # not هنّأ
    if hit.entry.form == "i" and hit.entry.words[0].startswith("ي"):
        return norm.startswith(("ن", "ا" + hit.entry.words[0][1:2]))
    return False


def construct_state(tokens: list[Token], t1: int) -> bool:
    """Is the masdar ending at ``t1`` in construct with a definite genitive (``رفض القرار``),
    so that an adjective after that genitive describes it, not the masdar?"""
    if t1 + 1 >= len(tokens):
        return False
    head = tokens[t1].norm.lstrip("وفبل")
    return not head.startswith("ال") and tokens[t1 + 1].norm.lstrip("وفبل").startswith("ال")


def masculine_verb(tokens: list[Token], hit: TriggerHit) -> bool:
    """Is the verb a bare masculine perfect (``وطالب``, not ``وطالبت``)?"""
    word = hit.entry.words[0]
    norm = tokens[hit.first].norm
    return hit.entry.form == "v" and not word.endswith("ت") \
        and (norm == word or (norm[:1] in ("و", "ف") and norm[1:] == word))


# possessive pronouns a masdar takes for its agent (تأييدها, رفضهما, دعمهم, تضامنه)
_POSSESSIVES = ("ه", "ها", "هما", "هم", "هن")


def possessed(tokens: list[Token], hit: TriggerHit) -> bool:
    """Does the one-word masdar carry a possessive pronoun (``عن تأييدها للخطوة``)? Then
    the pronoun is its agent, and a genitive or adjective after it is no agent."""
    words = hit.entry.words
    pair = len(words) == 3 and words[1] == "…" and tokens[hit.last].norm.endswith(_POSSESSIVES)
    if hit.entry.form != "n" or len(words) != 1 and not pair:
        return False      # (عن إدانتها واستنكارها: a pair of masdars, each with it)
    word = hit.entry.words[0]
    norm = tokens[hit.first].norm
    bases = [(word, _POSSESSIVES)]
    if word.endswith("ه"):
        # a ta marbuta becomes ت before a pronoun (ادانه → ادانتها); a dictionary form
        # may hold a pronoun already (رفضه → رفضها), but bare ادانه is no رفضه
        bases += [(word[:-1] + "ت", _POSSESSIVES), (word[:-1], _POSSESSIVES[1:])]
    for base, pronouns in bases:
        at = norm.rfind(base)
        if 0 <= at <= 3 and norm[at + len(base):] in pronouns:
            return True           # (only proclitics, و ب ل, before it)
    return False


# feminine heads of a state's name (سلطنة عمان, دولة قطر, مملكة البحرين, جمهورية مصر)
_FEMININE_HEADS = frozenset({"سلطنه", "دوله", "مملكه", "المملكه", "جمهوريه", "اماره"})


def feminine_place(tokens: list[Token], p: Phrase) -> bool:
    """Is the phrase a place Arabic treats as feminine: a city, or a country whose name
    ends in ا or ة (``أنقرة``, ``تركيا``; not ``العراق``, ``الأردن``)?"""
    m = p.members[0]
    if m.entity_type != "LOC" or m.prep is not None:
        return False
    return m.place_kind not in (None, "country") or tokens[m.last].norm.endswith(("ا", "ه")) \
        or tokens[m.first].norm.lstrip("و") in _FEMININE_HEADS     # سلطنة عمان, مملكة البحرين
