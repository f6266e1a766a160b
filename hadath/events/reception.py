"""A host who receives a guest named before him: ``حفتر، الذي استقبله السيسي``.

``استقبل`` puts the host first and the guest after it (``استقبل السيسي حفتر``); with the
guest as an attached pronoun (``استقبله``, ``واستقبلهما``) the guest is the actor named
just before the verb and the host the subject after it. Meetings are coded with the
visitor as the source (GUIDELINES), so the guest CONSULTs the host.
"""
from __future__ import annotations

from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Token

_RECEIVE = "استقبل"
# the attached pronouns of the guest: one, two, many
_PRONOUNS = ("هما", "هم", "ها", "ه")
GUEST_REACH = 3     # words between the guest named before and the verb (، الذي)
HOST_REACH = 4      # words between the verb and its subject, the host


def received(toks: list[Token], hit: TriggerHit, groups: list[Phrase]) -> Roles | None:
    """The guest (the actor right before ``استقبله``) and the host (its subject after),
    as the source and the target of the meeting."""
    if hit.entry.type != "CONSULT" or "swap" not in hit.entry.flags or hit.entry.form != "v":
        return None
    word = toks[hit.first].norm.lstrip("و")
    pronoun = next((p for p in _PRONOUNS if word == _RECEIVE + p), None)
    if pronoun is None:
        return None
    host = next((p for p in groups if hit.first < p.first <= hit.first + HOST_REACH
                 and p.prep is None and p.members[0].key), None)
    if host is None:
        return None
    before = [p for p in groups if p.last < hit.first and p.prep is None and p.members[0].key
              and p.members[0].key != host.members[0].key]
    if not before or hit.first - before[-1].last > GUEST_REACH + 1:
        return None
    guests = before[-1]
    if pronoun == "هما" and len(guests.members) == 1 and len(before) > 1 \
            and guests.first - before[-2].last <= GUEST_REACH:
        guests = Phrase(before[-2].members + guests.members)   # زيارة قامت بها X وY، واستقبلهما
    return Roles(guests, host, "vso")
