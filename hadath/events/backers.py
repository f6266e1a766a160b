"""The backer of an armed group is not the one an attack on that group hits.

``شنت طائرات أمريكية غارات على منشآت تستخدمها فصائل مسلحة مدعومة من إيران قرب
القائم``, ``استأنفت قوات النظام والميليشيات المدعومة من إيران قصف الأحياء``: the state
named after ``مدعومة من`` says who arms the group, not where the strike fell nor who
fired. For an attack that phrase is taken out of the phrases its source and target are
chosen from, like a go-between (:mod:`hadath.events.sponsors`).
"""
from __future__ import annotations

from hadath.events.phrases import Phrase
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# "backed by": the participle right before من and the backer (normalized, و stripped)
BACKED = frozenset({"مدعومه", "المدعومه", "مدعوم", "المدعوم", "مدعومين", "المدعومين",
                    "مدعومون", "المدعومون"})


def unbacked(toks: list[Token], groups: list[Phrase], hit: TriggerHit) -> list[Phrase]:
    """The phrases an attack's source and target may come from: all but its groups'
    backers (``مدعومة من إيران``)."""
    if hit.entry.type != "ASSAULT":
        return groups
    return [p for p in groups if not (p.first >= 2 and toks[p.first - 1].norm == "من"
                                      and toks[p.first - 2].norm.removeprefix("و") in BACKED)]
