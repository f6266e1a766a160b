"""Protesters who storm a building protest at its owner, they do not seize it.

``اقتحم محتجون إيرانيون مبنى السفارة السعودية``, ``المتظاهرين الذين اقتحموا القنصلية
الإيرانية``, ``اقتحم آلاف من أنصار الصدر مبنى البرلمان``: the verb of a raid (``اقتحم``,
a COERCE trigger when troops or police do it) told of a crowd reports a demonstration
that broke in (PLOVER PROTEST), aimed at the embassy's or the building's country.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from hadath.events.clause import stems
from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Token

if TYPE_CHECKING:
    from hadath.events.specificity import SpecificityCues

# the raid verbs whose doer may be a crowd
STORM_WORDS = frozenset({"اقتحم", "اقتحام"})
# followers named as a crowd (أنصار الصدر)
_SUPPORTERS = frozenset({"انصار", "مناصري", "مناصرو"})
CROWD_REACH = 3     # words between the verb and the crowd on either side


def stormed_by_crowd(cues: SpecificityCues, toks: list[Token], hit: TriggerHit) -> bool:
    """Is a raid verb's doer a crowd of protesters or supporters named next to it, and
    its object a building (an embassy, a parliament)? A crowd that breaks through a
    border gate or into a town is no demonstration at a building's owner."""
    if hit.entry.type != "COERCE" or hit.entry.words[0] not in STORM_WORDS:
        return False
    around = toks[max(0, hit.first - CROWD_REACH):hit.first] \
        + toks[hit.last + 1:hit.last + 1 + CROWD_REACH]
    crowd_words = cues.protester | _SUPPORTERS
    return any(stems(t) & crowd_words for t in around) \
        and _building_at(toks, hit) is not None


def as_protest(hit: TriggerHit) -> TriggerHit:
    """The raid retold as the demonstration that broke in (CAMEO 145, a violent protest)."""
    return replace(hit, entry=replace(hit.entry, type="PROTEST", cameo="145", mode="demo"))


# the buildings a crowd breaks into, whose owner the protest is aimed at
_BUILDINGS = frozenset({"مبني", "سفاره", "قنصليه", "مقر", "مقار", "سفارتها", "قنصليتها",
                        "قصر"})
OWNER_REACH = 3     # words between the building and the actor it belongs to


BUILDING_REACH = 14   # words between the raid verb and the building (the crowd, a time between)


def _building_at(toks: list[Token], hit: TriggerHit) -> int | None:
    """The index of the building the raid verb's object names, if any."""
    return next((i for i in range(hit.last + 1, min(len(toks), hit.last + 1 + BUILDING_REACH))
                 if stems(toks[i]) & _BUILDINGS), None)


def building_owner(toks: list[Token], hit: TriggerHit, groups: list[Phrase]) -> Phrase | None:
    """The actor the stormed building belongs to (``مبنى السفارة السويدية``, ``مبنى مجلس
    النواب العراقي``), not the crowd's own leader (``آلاف من أنصار الصدر``)."""
    i = _building_at(toks, hit)
    if i is None:
        return None
    return next((p for p in groups if i < p.first <= i + OWNER_REACH and p.prep is None
                 and p.members[0].key), None)


def stormed_roles(toks: list[Token], hit: TriggerHit, groups: list[Phrase], roles: Roles) -> Roles:
    """A storming protest is aimed at the building's owner when the sentence names it."""
    owner = building_owner(toks, hit, groups)
    if owner is None or (roles.source is not None and owner is roles.source):
        return roles
    return Roles(roles.source, owner, roles.how)
