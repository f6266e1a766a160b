"""Gunmen nobody names act for the country where they strike.

``شن مسلحون هجوما على مركز للشرطة في كركوك``, ``قتل شاب خلال هجوم مسلحين على مركز
أمني في إربد``, ``اختطف مسلحون خمسة عمال أتراك في جنوب ليبيا``: the doer is a band of
armed men of no named group. The annotators key such a doer by the country of the place
the attack struck (GUIDELINES.md: an armed group takes its home country; held-out gold
codes an attack by gunmen in Irbid JOR → JOR). A doer the text calls unknown (``مسلح
مجهول``, ``مسلحون ملثمون``) or of a named group (``مسلحون من جبهة النصرة``) is left to
the other rules.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Token

if TYPE_CHECKING:
    from hadath.events.actors import ActorMention

# gunmen in the nominative or singular: the subject wherever it stands (اختطف مسلحون)
_SUBJECT = frozenset({"مسلحون", "المسلحون", "مسلح"})
# gunmen in the oblique case: a doer only after a word that makes them one
_OBLIQUE = frozenset({"مسلحين", "مسلحي"})
# … هجوم مسلحين, برصاص مسلحين, على يد مسلحين, من قبل مسلحين, أن مسلحين
_DOER_BEFORE = frozenset({"هجوم", "هجوما", "لهجوم", "هجمات", "اعتداء", "برصاص", "بنيران",
                          "يد", "قبل", "ان", "بان"})
# words after the gunmen that leave their side unknown or name it
_NOT_HOME = frozenset({"مجهول", "مجهولون", "مجهولين", "مجهولا", "ملثمون", "ملثمين", "ملثم",
                       "من", "ينتمون", "يعتقد", "تابعون", "تابعين"})
# how far from the trigger the gunmen may stand; named as the doer of an attack
# (قتل شاب … خلال هجوم مسلحين) they may come further on
GUNMEN_REACH = 3
TOLL_REACH = 10


def gunmen_home(toks: list[Token], hit: TriggerHit, mentions: list[ActorMention]
                ) -> Actor | None:
    """The country of the place told after the act when its doer is a band of gunmen
    nobody names; None otherwise."""
    lo = max(0, hit.first - GUNMEN_REACH)
    at = None
    for i in range(lo, min(len(toks), hit.last + TOLL_REACH + 1)):
        norm = toks[i].norm.removeprefix("و")
        before = toks[i - 1].norm.removeprefix("و") if i > 0 else ""
        if (norm in _SUBJECT and i <= hit.last + GUNMEN_REACH) \
                or (norm in _OBLIQUE and before in _DOER_BEFORE):
            at = i
            break
    if at is None or (at + 1 < len(toks) and toks[at + 1].norm in _NOT_HOME):
        return None
    place = next((m for m in mentions if m.first > at and m.entity_type == "LOC"
                  and m.prep in ("في", "ب") and m.actor.country), None)
    return Actor(country=place.actor.country, sector="REB") if place is not None else None
