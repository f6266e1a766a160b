"""Troops sent to a border: a deployment aimed at no one the sentence names.

``ونشر الجيش وحدات إضافية على الحدود``, ``رفعت الجزائر درجة التأهب على حدودها الشرقية``:
a state that moves forces to its own border does not act on its own country, and the
annotators code such a deployment with no target (or, optionally, with the neighbour
across the border). So the story's country is not filled in as its implicit target
(:func:`hadath.events.discourse.default_targets`); a neighbour named in the sentence
(``على الحدود مع سوريا``) is still found as the target by the usual rules.
"""
from __future__ import annotations

from hadath.events.triggers import TriggerHit
from hadath.model import Token

# how far after the trigger the border may be named (نشر … وحدات من الجيش على طول حدودها)
BORDER_REACH = 8
# the stem of الحدود, حدودها, الحدودية, بالحدود
_BORDER = "حدود"


def at_border(tokens: list[Token], hit: TriggerHit) -> bool:
    """Is the deployment told by ``hit`` sent to a border (a word of ``حدود`` soon after it)?"""
    return any(_BORDER in t.norm for t in tokens[hit.last + 1:hit.last + 1 + BORDER_REACH])
