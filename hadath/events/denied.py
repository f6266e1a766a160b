"""An act named as the object of a denial that stands behind its subject and a date.

:func:`hadath.events.negation.status` reads a denial verb in the three words before a
trigger (``نفى قصف``, ``نفت إسرائيل قصف``). Wire copy often puts the denier and a time
between them: ``نفى الجيش الإسرائيلي، اليوم، قصف المستشفى``, ``نفت وزارة الدفاع
الروسية، الخميس، استهداف مناطق سكنية``. When every word between the denial verb and the
act belongs to an actor the sentence names or to a time expression, the act is what was
denied, and GUIDELINES.md codes no event for a denial.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.negation import denial
from hadath.events.triggers import TriggerHit
from hadath.model import Token

if TYPE_CHECKING:
    from hadath.events.actors import ActorMention

# how many words may stand between the denial verb and the act (a named denier and a date)
DENIAL_REACH = 9


def denied_act(toks: list[Token], hit: TriggerHit, mentions: list[ActorMention],
               timed: frozenset[int]) -> bool:
    """Is the act the object of a denial verb whose subject and date fill the words
    between them (``نفى الجيش الإسرائيلي، اليوم، قصف``)?"""
    covered = set(timed)
    for m in mentions:
        covered.update(range(m.first, m.last + 1))
    for i in range(hit.first - 1, max(-1, hit.first - 1 - DENIAL_REACH), -1):
        if denial(toks[i].norm):
            return True
        if i not in covered:
            return False
    return False
