"""The states listed at a meeting of many consult its host, not one another.

``وشارك في الاجتماع وزراء خارجية ليبيا وتونس ومصر والسودان وتشاد والنيجر``,
``اجتماع تشاوري بعمان ضم وزراء خارجية الأردن والسعودية والعراق ومصر``: a list of three
or more states at one meeting names its participants. Splitting the list into the first
named (source) and the rest (targets), as for two parties that met (``التقى العراق
وإيران``), makes rows between guests that the text never pairs. Each participant consults
the host, the state of the place the sentence names the meeting at; with no such place,
the list makes no CONSULT row.
"""
from __future__ import annotations

from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit

# fewest states in one list that make a meeting of many
MANY = 3


def participants(hit: TriggerHit, groups: list[Phrase], roles: Roles) -> Roles | None:
    """Roles for a meeting of many: each listed state (but the host) → the host, or
    ``Roles(None, None, …)`` when no place names the host. ``None`` when the act is no
    meeting whose source and targets were split from one list of three or more."""
    if hit.entry.type != "CONSULT" or roles.source is None or roles.targets is None:
        return None
    parties = roles.source.members + roles.targets.members
    listed = next((p for p in groups if len(p.members) >= MANY
                   and all(m in p.members for m in parties)), None)
    if listed is None or len(parties) < MANY:
        return None
    place = next((p for p in groups if p is not listed and p.kind == "entity"
                  and p.members[0].entity_type == "LOC" and p.members[0].key
                  and p.prep in ("في", "ب")), None)
    if place is None:
        return Roles(None, None, "participants")
    guests = tuple(m for m in listed.members if m.key != place.members[0].key)
    return Roles(Phrase(guests), place, "participants") if guests else Roles(None, None,
                                                                               "participants")


# gatherings whose close is the occasion of what was said or decided there
_GATHERINGS = ("اجتماع", "قمه", "قمت")


def closing_session(toks, hit: TriggerHit) -> bool:
    """``أعلنا، في ختام اجتماع وزاري دولي حول ليبيا احتضنته روما، تأييد …``, ``أعلن قادة
    إيكواس، في ختام قمتهم الطارئة بأبوجا، …``: the close of a meeting or a summit is the
    occasion of the statement or decision the sentence reports, not a meeting between its
    speakers and the place that hosted it. (A visit closed, ``في ختام زيارته``, did happen.)"""
    return hit.entry.type == "CONSULT" and hit.entry.form == "n" and hit.first > 0 \
        and toks[hit.first].norm.startswith(_GATHERINGS) \
        and toks[hit.first - 1].norm.lstrip("وف") in ("ختام", "بختام")
