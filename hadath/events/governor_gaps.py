"""Acts told in a parenthesis after a demand, refusal or accord: not its object.

:func:`hadath.events.governed.governed` drops an act told right after a demand, a
refusal, a threat or an accord, as what was demanded, refused or agreed on. A
parenthetical circumstance set off by a comma (``وطالب عبد المهدي، في اتصال هاتفي مع
بومبيو، بوقف …``, ``اتفق السيسي وهولاند، في اتصال هاتفي، على …``) is how the demand or
the accord was made, and it happened; the demand still governs what comes after the
parenthesis, and the parenthetical act is done by the demand's subject.
"""
from __future__ import annotations

from hadath.events.phrases import Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# prepositions that open a circumstance of the act (في اتصال, عبر اتصال)
_CIRCUMSTANTIAL = frozenset({"في", "عبر"})


def parenthetical(text: str, toks: list[Token], hit: TriggerHit) -> bool:
    """Is the act told inside a parenthesis that opens with a comma and a preposition
    of circumstance (``، في اتصال هاتفي مع …،``)?"""
    k = hit.first - 1
    if k < 1 or toks[k].norm not in _CIRCUMSTANTIAL:
        return False
    gap = text[toks[k - 1].end:toks[k].start]
    return "،" in gap or "," in gap


def parenthesis_roles(text: str, toks: list[Token], hit: TriggerHit,
                      prev: tuple[TriggerHit, Roles] | None, roles: Roles) -> Roles | None:
    """``اتفق السيسي ونظيره الفرنسي، في اتصال هاتفي، على …``: a parenthetical act with
    no subject of its own is done by the subject of the act it interrupts, with the
    same other party unless it names its own (``في اتصال هاتفي مع بومبيو``). A weak
    trigger (``، في اجتماع``) is left alone: it needs its own party close by. ``prev``
    is the (hit, roles) of that act; the result is None when the rule does not apply."""
    if prev is None or roles.source is not None or "weak" in hit.entry.flags \
            or not parenthetical(text, toks, hit) \
            or prev[1].source is None or not prev[0].last < hit.first:
        return None
    own = roles.targets is not None and roles.targets.first > hit.last \
        and roles.targets.prep == "مع"
    return Roles(prev[1].source, roles.targets if own else prev[1].targets, prev[1].how)
