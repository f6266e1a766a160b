"""The sides of a country's own dispute as one subject: ``وقع أطراف الحوار الليبي``.

News of a settlement at home often names its signatories only as "the parties" of the
country's conflict or dialogue (``ممثلو طرفي النزاع في ليبيا``, ``أطراف الحوار السياسي
الليبي``): no actor is the subject, yet the act is an agreement of that country's sides
with one another, coded X → X like a clash between sides nobody names
(:func:`hadath.events.clashes.local_clash`).
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Token

# the parties (construct forms, before what they are parties of)
_PARTIES = frozenset({"طرفي", "طرفا", "اطراف", "ممثلي", "ممثلو"})
# what they are the parties of: a dispute, a war, a dialogue, talks
_DISPUTES = frozenset({"النزاع", "الصراع", "الحرب", "الازمه", "الحوار", "المفاوضات",
                       "الخلاف", "القتال"})
# how far around the act its subject may stand (وقع ممثلو طرفي النزاع في ليبيا)
PARTY_REACH = 4
# how far after the dispute word its country may be told (الحوار السياسي الليبي)
COUNTRY_REACH = 3


def home_parties(tokens: list[Token], hit: TriggerHit, groups: list[Phrase]) -> Roles | None:
    """The country's sides as source and target of an agreement whose subject is
    ``أطراف``/``طرفي`` + a dispute word + the country (``في ليبيا`` or ``الليبي``);
    ``None`` when the sentence has no such subject."""
    if hit.entry.type != "AGREE":
        return None
    lo, hi = max(0, hit.first - PARTY_REACH), min(len(tokens), hit.first + PARTY_REACH + 1)
    for k in range(lo, hi):
        if tokens[k].norm.lstrip("و") not in _PARTIES:
            continue
        dispute = next((j for j in range(k + 1, min(len(tokens), k + 3))
                        if tokens[j].norm in _DISPUTES), None)
        if dispute is None:
            continue
        place = next((p for p in groups if dispute < p.first <= dispute + COUNTRY_REACH
                      and p.members[0].key and len(p.members[0].key) == 3
                      and (p.kind == "adjective" or p.prep == "في")), None)
        if place is None:
            return None
        m = place.members[0]
        side = replace(m, actor=Actor(country=m.key), kind="nominal", entity_type=None)
        other = replace(side, actor=Actor(country=m.key))
        return Roles(Phrase((side,)), Phrase((other,)), "between")
    return None
