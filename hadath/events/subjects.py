"""Clauses that give a verb a subject of their own, so the actor around it is not its doer.

:mod:`hadath.events.assign` reads the doer from word order; these cues tell it where that
order misleads:

- ``ودفع الجيش الإسرائيلي بفرقة``: an actor inside the gap of a trigger, right after its
  verb, is the verb's subject (not the actor closing the clause before, nor one inherited
  through و);
- ``أكدت القيادة أن الطائرة استهدفت``, ``إن أكثر من 800 شخص قتلوا``: a reported clause
  opening with a noun of its own: the reporter did not do the act;
- ``وهو ما رفضه البيت الأبيض``: after ما/الذي a stance word with an object pronoun is a
  verb whose subject follows it;
- ``إعلان الكويت الذي أدان``: a place naming a document is no actor.
"""
from __future__ import annotations

import re

from hadath.events.phrases import Phrase
from hadath.events.triggers import TriggerHit
from hadath.model import Token
from hadath.text.particles import BEFORE_NOUN

# acts whose verb takes its doer inside the trigger's gap (شن الجيش غارات, قدمت كندا دعما)
_DOER_IN_GAP = frozenset({"ASSAULT", "MOBILIZE", "AID", "AGREE", "RETREAT", "COERCE", "SANCTION"})
# particles that open a reported clause (أكدت القيادة أن الطائرة استهدفت)
_THAT = BEFORE_NOUN
# how many words a definite subject (a noun and an adjective) or a counted one may take
OWN_SUBJECT_WORDS = 2
COUNTED_SUBJECT_WORDS = 6
# words that open a counted subject (أكثر من 800 شخص, نحو ثمانية آلاف)
_COUNTED = frozenset({"اكثر", "اقل", "نحو", "حوالي", "قرابه", "زهاء", "ما", "عشرات", "مءات",
                      "الاف"})
# documents named after the place they were issued in (إعلان الرياض, بيان جدة)
DOCUMENTS = frozenset({"اعلان", "الاعلان", "بيان", "وثيقه", "ميثاق", "مبادره"})


def gap_subject(hit: TriggerHit, after: list[Phrase]) -> bool:
    """``ودفع الجيش الإسرائيلي بفرقة``: an actor right after a verb, inside the gap of its
    trigger, is the verb's own subject. In a demand, charge or threat the gap holds its
    object (``ودعت أنقرة إلى``), unless another word follows the actor there
    (``ودعت وزارة الخارجية الأردنية المجتمع الدولي إلى``)."""
    return hit.last > hit.first + 1 and any(
        p.first == hit.first + 1 and p.last < hit.last and p.prep is None
        and p.kind != "adjective"
        and (hit.entry.type in _DOER_IN_GAP or p.last + 1 < hit.last)
        for p in after)


def own_subject(tokens: list[Token], last: int, t0: int) -> bool:
    """Does a reported clause between an actor (ending at ``last``) and a verb (at ``t0``)
    open with a noun of its own (``أكدت قيادة العمليات أن الطائرة استهدفت``, ``إن أكثر من
    800 شخص قتلوا``)? That noun is the verb's subject; the actor before أن only reports
    the act."""
    for k in range(last + 1, t0 - 1):
        if tokens[k].norm in _THAT:     # the noun and an adjective, right before the verb
            if tokens[k + 1].norm.startswith("ال") and t0 - k - 1 <= OWN_SUBJECT_WORDS:
                return True
            return tokens[k + 1].norm in _COUNTED and t0 - k - 1 <= COUNTED_SUBJECT_WORDS
    return False


def what_one_answered(tokens: list[Token], hit: TriggerHit,
                      after: list[Phrase]) -> Phrase | None:
    """``وهو ما رفضه البيت الأبيض``, ``الذي رفضته مصر``: after ما/الذي a stance word with an
    object pronoun is a verb whose subject follows it; that subject, or None."""
    t0 = hit.first
    if hit.entry.type not in ("REJECT", "ACCUSE", "SUPPORT") or t0 == 0 \
            or tokens[t0 - 1].norm not in ("ما", "الذي", "التي") \
            or not tokens[hit.last].norm.endswith(("ه", "ها")):
        return None
    return next((p for p in after if p.first == hit.last + 1 and p.prep is None
                 and p.kind != "adjective"), None)


def answered(answer: Phrase, before: list[Phrase]) -> Phrase | None:
    """Whom ``وهو ما رفضه X`` answers: the sentence's subject, whose word or act it was,
    else the last other actor named before it (``خطابا من الجانب الإثيوبي …، وهو ما
    رفضته مصر``)."""
    key = answer.members[0].key
    others = [p for p in before if p.members[0].key and p.members[0].key != key]
    return next((p for p in others if p.prep is None and p.kind != "adjective"),
                others[-1] if others else None)


# words that open a clause with a subject of its own after a comma (… ، فيما وصفتها أنقرة)
_CONTRAST = frozenset({"فيما", "بينما", "حين"})
# words between the contrast word and its clause's subject: the verb, a title
CONTRAST_SUBJECT_REACH = 6


def contrast_subject(tokens: list[Token], groups: list[Phrase], t0: int,
                     prev_verb: tuple[TriggerHit, object] | None) -> Phrase | None:
    """The subject of the clause that ``فيما``/``بينما``/``في حين`` opened after the
    sentence's last coded verb act and before a participle or affirmed masdar at ``t0``:
    ``أدانت الوزارة الخطوة، فيما وصفتها أنقرة بالفضيحة، مجددة دعمها``: أنقرة renews its
    support, since the nearest clause's subject is the participle's."""
    after = prev_verb[0].last if prev_verb is not None else -1
    c = next((i for i in range(t0 - 1, after, -1) if tokens[i].norm in _CONTRAST), None)
    if c is None:
        return None
    return next((p for p in groups if c + 1 < p.first <= c + CONTRAST_SUBJECT_REACH
                 and p.last < t0 and p.prep is None), None)


def after_relative(tokens: list[Token], t0: int) -> bool:
    return t0 > 0 and tokens[t0 - 1].norm in ("الذي", "التي", "الذين")


def before_relative(before: list[Phrase], t0: int,
                    tokens: list[Token] = ()) -> Phrase | None:
    """The subject of a relative clause is the phrase it hangs on (الدول التي علقت …), or
    the subject of the main clause (انضمت ألمانيا … إلى قائمة الدول التي علقت …). A place
    that names a document (``إعلان الكويت الذي أدان``) is no actor: the body that issued
    the document is, the organization named before it in the sentence."""
    for k, p in enumerate(reversed(before)):
        if t0 - p.last > 8:
            return None
        if tokens and p.first > 0 and p.members[0].entity_type == "LOC" \
                and tokens[p.first - 1].norm.strip('"«»').lstrip("وب") in DOCUMENTS:
            return next((q for q in reversed(before[:len(before) - k - 1])
                         if q.members[0].entity_type == "ORG" and q.members[0].key), None)
        if p.kind != "adjective" and (p.prep is None or (
                p.last == t0 - 2 and p.prep not in _PLACE_PREPS)):
            # a phrase right before the pronoun is what it hangs on, whatever governs it
            # (تضامنا مع الدول التي قطعت علاقاتها): its preposition is the main clause's
            return p
    return None


# prepositions that make a phrase a place, not an antecedent (في العاصمة التي شهدت)
_PLACE_PREPS = frozenset({"في", "من"})


# a preposition with the relative's pronoun right after the verb (الذي دعا إليه الاتحاد):
# the relative is that preposition's object, and the verb's subject follows
_PREP_PRONOUN = re.compile(r"^(الي|علي|عن|في|من|ل|ب|مع)(ه|ها|هم|هما)$")


def relative_subject(tokens: list[Token], hit: TriggerHit, before: list[Phrase]) -> Phrase | None:
    """``خامنئي، الذي دعا الحكومة العراقية إلى …``, ``هادي، الذي دعا في رسالة إلى قادة
    دول المجلس``: a verb right after a relative pronoun that carries no object pronoun
    (not ``الذي استقبله السيسي``, ``التي ترفضها مصر``, ``الذي دعا إليه الاتحاد``) has
    the relative for its subject, so the actor it hangs on (named right before it) does
    the act and the actor after the verb is its object, never its subject."""
    t0 = hit.first
    if not after_relative(tokens, t0) or tokens[t0].norm.endswith(("ه", "ها", "هم", "هما")):
        return None
    if t0 + 1 < len(tokens) and _PREP_PRONOUN.match(tokens[t0 + 1].norm):
        return None
    p = before_relative(before, t0, tokens)
    return p if p is not None and p.last == t0 - 2 and p.kind != "adjective" else None


# verbs that drive someone to an act (ما دفع قيادة الجيش إلى اتهام …)
_CAUSATIVES = frozenset({"دفع", "دفعت", "يدفع", "تدفع", "حمل", "حملت", "اضطر", "اضطرت",
                         "اجبر", "اجبرت", "ارغم", "ارغمت", "دفعه", "دفعها", "دفعهم"})


def driven_doer(tokens: list[Token], t0: int, before: list[Phrase]) -> Phrase | None:
    """``ما دفع قيادة الجيش اللبناني إلى اتهام إسرائيل``, ``ما دفع قواتنا إلى استهداف
    تجمعات الميليشيا``: the one a causative verb drives ``إلى`` an act does that act; the
    noun after the act is its object, not its doer as in a bare genitive."""
    if t0 < 3 or tokens[t0 - 1].norm != "الي":
        return None
    p = next((q for q in reversed(before) if q.last == t0 - 2), None)
    if p is None or p.prep is not None or p.kind == "adjective" or p.first == 0:
        return None
    # a head noun may stand between (دفع قيادة الجيش: the army's command)
    return p if any(tokens[k].norm.lstrip("وف") in _CAUSATIVES
                    for k in (p.first - 1, p.first - 2) if k >= 0) else None
