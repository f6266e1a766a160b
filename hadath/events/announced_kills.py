"""A force that announces the death of its enemies killed them.

``أعلن الجيش المصري مقتل 15 إرهابيا في عمليات مداهمة``, ``أعلنت القوات المسلحة
الأردنية مقتل 27 مهربا خلال عملية على الحدود``: an army's statement of enemy dead is
its own report of what it did; the toll names no other doer. Its own dead (``مقتل
جنديين``, ``مقتل أربعة من عناصر`` the force) are not, and neither are the dead a
ministry or a civil body counts.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Token

if TYPE_CHECKING:
    from hadath.events.actors import ActorMention

# the CAMEO code of a death toll (مقتل)
TOLL = "1823"
# the words a force's statement uses for enemies (normalized, after a count)
ENEMIES = frozenset({"ارهابيا", "ارهابيين", "ارهابيون", "مسلحا", "مسلحين", "مهربا",
                     "مهربين", "متشددا", "متشددين", "تكفيريا", "تكفيريين", "مخربا",
                     "مخربين", "انفصاليا", "انفصاليين"})
# verbs a force announces with (normalized, و stripped)
ANNOUNCING = frozenset({"اعلن", "اعلنت", "اكد", "اكدت", "افاد", "افادت"})
# how many words after the toll its victims may stand (مقتل 27 مهربا; مقتل أكثر من 20 إرهابيا)
VICTIM_REACH = 4


def announced_killer(toks: list[Token], hit: TriggerHit, mentions: list[ActorMention]
                     ) -> Actor | None:
    """The armed force whose statement the toll of enemies is; None otherwise."""
    if hit.entry.cameo != TOLL or hit.entry.form != "p":
        return None
    after = toks[hit.last + 1:hit.last + 1 + VICTIM_REACH]
    if not any(t.norm in ENEMIES for t in after):
        return None
    force = next((m for m in mentions if m.last < hit.first and m.actor.sector == "MIL"
                  and m.key and m.first > 0
                  and toks[m.first - 1].norm.removeprefix("و") in ANNOUNCING), None)
    return force.actor if force is not None else None
