"""A verb-looking trigger that is the masdar object of a verb of affirming or announcing.

Unvowelled Arabic writes the verb رَفَضَ and its masdar رَفْض alike. After a verb of
affirming or announcing of the same clause (``أكدت وزارة الخارجية اليوم رفض مملكة
البحرين …``, ``مؤكدا رفض القاهرة …``, ``وجدد البيان المشترك دعم البلدين للحكومة``)
the form is that verb's object, a masdar: a second finite verb would need ``أن`` first
(``أكد أن البحرين رفضت``), also past an aside between two commas (``أكدت الوزارة، اليوم
الثلاثاء، رفض …``, :func:`hadath.events.asides.aside_before`). Read as a masdar, its genitive is its agent
(:func:`hadath.events.doers.noun_agent`) and not its object.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.asides import aside_before
from hadath.events.cues import BOUNDARIES
from hadath.events.triggers import TriggerHit
from hadath.model import Token
from hadath.text.particles import ANY_THAT

# the stances whose masdar a verb of affirming takes (أكد رفض, جدد دعم); an announced
# act (أعلن تنحيه) keeps the verb reading, whose relative-clause subject it needs
STANCES = frozenset({"SUPPORT", "REJECT", "ACCUSE", "REQUEST"})
# verbs and participles of affirming, renewing, announcing and voicing, normalized
# (ؤ is written ء); each takes a masdar as its object
AFFIRMING_VERBS = frozenset({
    "اكد", "اكدت", "يءكد", "تءكد", "مءكدا", "مءكده",
    "جدد", "جددت", "يجدد", "تجدد", "مجددا", "مجدده",
    "اعلن", "اعلنت", "يعلن", "تعلن", "معلنا", "معلنه",
    "ابدي", "ابدت", "يبدي", "تبدي", "مبديا", "مبديه",
})
# words between the verb and its object: its subject (a title and a name) and a time word
OBJECT_REACH = 8
# the possessive pronouns that make a joined word a masdar of the same subject (ورفضهما)
_POSSESSIVE = ("ه", "ها", "هما", "هم")
_THAT = ANY_THAT


def masdar_readings(text: str, tokens: list[Token], hits: list[TriggerHit]) -> list[TriggerHit]:
    """``hits`` with each verb-read one-word trigger that is the object of an affirming
    verb read as a noun instead, and so each one joined by و to such an object (``دعم
    البلدين …، وإدانتهما …، ورفضهما``); ``text`` is the article's, which the tokens index."""
    out: list[TriggerHit] = []
    prev_object: TriggerHit | None = None
    for h in hits:
        joined = prev_object is not None and _joined_to(tokens, h, prev_object)
        if h.entry.form == "v" and len(h.matched) == 1 and h.entry.type in STANCES and (
                joined or _object_of_affirming(text, tokens, h)):
            h = replace(h, entry=replace(h.entry, form="n"))
            prev_object = h     # read as the object: the scan need not run again
        elif h.entry.form == "n" and (joined or _object_of_affirming(text, tokens, h, True)):
            prev_object = h
        else:
            prev_object = None
        out.append(h)
    return out


def _joined_to(tokens: list[Token], hit: TriggerHit, prev: TriggerHit) -> bool:
    """Is ``hit`` a word with a possessive pronoun joined by و to the masdar ``prev``
    within a few words, with no new clause between?"""
    t0 = hit.first
    word = tokens[t0].norm
    if not word.startswith("و") or not word.endswith(_POSSESSIVE) or t0 - prev.last > OBJECT_REACH:
        return False      # ودعم الصادرات: a bare word may be a verb or another's object
    return not any(tokens[i].norm in _THAT or tokens[i].norm in BOUNDARIES
                   for i in range(prev.last + 1, t0))


def _object_of_affirming(text: str, tokens: list[Token], hit: TriggerHit,
                         any_form: bool = False) -> bool:
    if hit.entry.type not in STANCES or not any_form and (
            hit.entry.form != "v" or len(hit.matched) != 1):
        return False
    t0 = hit.first
    if tokens[t0].norm[:1] in ("و", "ف"):
        return False      # أكد … ورفض: a second verb joined to the first
    opened = aside_before(text, tokens, t0)    # أكدت الوزارة، اليوم الثلاثاء، رفض
    last = t0 - 1 if opened is None else opened - 1
    for i in range(last, max(-1, last - OBJECT_REACH), -1):
        tok = tokens[i]
        if i + 1 != opened and any(c in text[tok.end:tokens[i + 1].start]
                                   for c in "،,.:؛\"«»()"):
            return False  # … أكدت، رفض: punctuation ends the verb's clause
        norm = tok.norm.lstrip("و")
        if norm in AFFIRMING_VERBS:
            return True
        if tok.norm in _THAT or tok.norm in BOUNDARIES:
            return False
    return False
