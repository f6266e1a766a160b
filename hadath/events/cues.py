"""Clause-shape cues for role assignment: where Arabic word order alone misleads.

A joined plural verb (``وحثوا واشنطن``) carries its subject, so the actor after it is the
object, and a joined masculine verb after a feminine one (``رحبت الجامعة …، ودعا أمينها
العام``) has a subject of its own; a lone actor between an accusing verb and its ب charge is the accused; a place in
commas after من (``، من نيويورك،``) is where something was said. Kept apart from
:mod:`hadath.events.assign` so that module stays about the order of the rules.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.model import Token
from hadath.text.particles import RELATIVES

if TYPE_CHECKING:
    from hadath.events.phrases import Phrase
    from hadath.events.triggers import TriggerHit

# clause boundaries a subject or an object is not looked for across
# (a relative clause, and a clause of time, contrast, consequence or negation)
BOUNDARIES = RELATIVES | frozenset({
    "ردا", "تبعتها", "تبعها", "تبعته", "تلتها", "تلاها", "وذلك", "حيث", "فيما", "بينما",
    "بعدما", "عندما", "لكن", "ولكن", "لكنه", "لكنها", "كما", "وكانت", "وكان", "اذ", "حين",
    "بعد", "قبل", "عقب", "ضمن", "ولم", "ولن", "ولا"})

# accusing verbs whose ب complement is the charge (اتهم الرباط بدعم …)
CHARGE_VERBS = frozenset({"اتهم", "يتهم"})


def object_then_charge(tokens: list[Token], hit: TriggerHit, phrase: Phrase | None,
                        speaker: Phrase | None) -> bool:
    """``واتهم الرباط بدعم …``: a lone actor right after an accusing verb and right before
    its ب charge is the accused; the subject is the one speaking (dropped pronoun). Only
    اتهم takes its charge with ب: after ``دانت الصين بشدة`` the ب word is a manner."""
    if hit.entry.type != "ACCUSE" or phrase is None or speaker is None \
            or hit.entry.words[0] not in CHARGE_VERBS:
        return False
    if phrase.first != hit.last + 1 or phrase.last + 1 >= len(tokens):
        return False
    if {m.key for m in speaker.members} & {m.key for m in phrase.members}:
        return False
    nxt = tokens[phrase.last + 1].norm
    return nxt.startswith("ب") and len(nxt) > 3


def new_subject(tokens: list[Token], hit: TriggerHit, prev) -> bool:
    """``رحبت وزارة الخارجية الكويتية وجامعة الدول العربية …، ودعا أمينها العام أحمد أبو
    الغيط``: a bare masculine verb joined after a feminine one, with a person right after
    it, has that person as a subject of its own, not the earlier verb's."""
    if prev is None or hit.entry.form != "v" or not tokens[hit.first].norm.startswith("و"):
        return False
    word, before = tokens[hit.first].norm[1:], tokens[prev[0].first].norm.lstrip("وف")
    if word != hit.entry.words[0] or word.endswith("ت") or not before.endswith("ت"):
        return False
    return any(tokens[i].norm.endswith(("ها", "هم")) for i in range(hit.first + 1,
                                                                  min(hit.last, hit.first + 3)))


# words after a subject that are no object of the verb (دعت مصر أيضا إلى, الأطراف كافة)
_NO_OBJECT = frozenset({"ايضا", "مجددا", "كافه", "جميعا", "كلها", "اليوم", "امس"})


def subject_then_object(tokens: list[Token], hit: TriggerHit, after: list[Phrase]) -> Phrase | None:
    """``…، ودعت وزارة الخارجية الأردنية المجتمع الدولي إلى``: in a gapped demand, an actor
    right after the joined verb with a definite noun of its own after it before ``إلى`` is
    the verb's subject (verb, subject, object), not the addressee of the earlier subject."""
    if len(hit.matched) < 2 or hit.matched[1] - hit.matched[0] < 3 or not after:
        return None
    p = after[0]
    if p.first != hit.matched[0] + 1 or p.prep is not None or p.kind == "adjective" \
            or p.last >= hit.matched[1] - 1:
        return None
    rest = [tokens[i].norm for i in range(p.last + 1, hit.matched[1])]
    if any(q.first < hit.matched[1] for q in after[1:]):
        return None
    return p if any(w.startswith("ال") and w not in _NO_OBJECT for w in rest) else None


def plural_subject(tokens: list[Token], hit: TriggerHit) -> bool:
    """A joined perfect verb ending in وا carries its plural subject (وحثوا, واقتحموا)."""
    word = tokens[hit.first].norm
    # only a joined clause (وحثوا, فاعتقلوا): a bare قتلوا after a noun is mostly passive
    return word[:1] in ("و", "ف") and word.endswith("وا") and len(word) >= 5 \
        and not hit.entry.words[0].endswith("وا")


# what one says something in: a place after من right after one is where it was said
SPEAKING_SETTINGS = frozenset({"القاها", "القاه", "كلمه", "خطاب", "خطابه", "تصريح", "تصريحات",
                               "تصريحه", "بيان", "حديث", "حديثه", "مؤتمر", "صحفي", "صحافي",
                               "متلفزه", "متلفز"})


def place_of_speaking(tokens: list[Token], p: Phrase) -> bool:
    """A place after من set off by commas (``، من نيويورك،``) or after the speech it was
    said in (``في كلمة ألقاها من البيت الأبيض``) is where the act was said."""
    m = p.members[0]
    if p.prep != "من" or p.first < 2:
        return False
    if tokens[p.first - 2].norm in SPEAKING_SETTINGS:
        return True
    if m.entity_type != "LOC" or p.last + 1 >= len(tokens):
        return False
    # tokens hold no punctuation: a comma shows as a wider gap between two tokens
    return tokens[p.first - 1].start - tokens[p.first - 2].end >= 2 \
        and tokens[p.last + 1].start - tokens[p.last].end >= 2


def visitor_after(hit: TriggerHit, target: Phrase | None) -> bool:
    """``أول زيارة رسمية لوزير خارجية إسرائيلي إلى المملكة``: a visit masdar with ل + a
    person (not a place: ``زيارة الأخير للقاهرة`` is where he went) names the visitor."""
    return hit.entry.mode == "visit" and hit.entry.form == "n" and target is not None \
        and target.prep == "ل" and target.members[0].entity_type != "LOC" \
        and target.kind != "adjective" and target.first - hit.last <= 3


def destination(groups: list[Phrase], visitor: Phrase) -> Phrase | None:
    """Where the visitor went: the actor after إلى right after him."""
    return next((p for p in groups if p.first > visitor.last and p.prep == "الي"
                 and p.first - visitor.last <= 3), None)


# participles that renew or affirm the subject's own stance (مجددا دعمه, مؤكدا رفضه): the
# masdar after them is the subject's second act, not the object of the act before
AFFIRMING = frozenset({"مجددا", "مجدده", "مءكدا", "مءكده", "مكررا", "مكرره", "معلنا",
                       "معلنه"})

