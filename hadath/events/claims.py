"""A claim of responsibility names the doer of an attack told without one.

Wire copy tells a bombing first by its dead (``قتل 12 جنديا في هجوم انتحاري``) and only
then who claimed it (``وأعلن تنظيم القاعدة مسؤوليته عن الهجوم``, ``وتبنى تنظيم داعش
التفجير``). The claim is no new attack, it names the doer of the one just told: that
attack gets the claimant as its source, and the claimant becomes the attacker a later
``ودانت الحكومة الهجوم`` condemns. A denied or absent claim (``لم تعلن أي جهة
مسؤوليتها``) names no one.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.phrases import Phrase
from hadath.model import Actor, Event, Token

# verbs that announce a claim: أعلن X مسؤوليته عن …
_ANNOUNCE = frozenset({"اعلن", "اعلنت", "يعلن", "تعلن", "اعلنوا"})
# the claim's own noun with its possessive (مسؤوليته, مسؤوليتها, مسؤوليتهم)
_RESPONSIBILITY = frozenset({"مسءوليته", "مسءوليتها", "مسءوليتهم", "مسووليته", "مسووليتها",
                             "مسووليتهم"})
# verbs of adopting an attack: تبنى X الهجوم
_ADOPT = frozenset({"تبني", "تبنت", "يتبني", "تتبني", "تبنوا"})
_NEGATIONS = frozenset({"لم", "لا", "لن", "ما"})
CLAIM_REACH = 8      # words between the claiming verb and مسؤوليته (the claimant, a source)


def claimant(toks: list[Token], groups: list[Phrase]) -> Actor | None:
    """The actor a sentence says claimed an attack (``أعلن تنظيم القاعدة مسؤوليته عن``,
    ``تبنى تنظيم داعش الهجوم``): the keyed actor right after the claiming verb."""
    for i, tok in enumerate(toks):
        word = tok.norm.lstrip("و").lstrip("ف")
        if word not in _ANNOUNCE and word not in _ADOPT:
            continue
        if i > 0 and toks[i - 1].norm.lstrip("و") in _NEGATIONS:
            continue      # لم تعلن أي جهة مسؤوليتها: no claim
        if word in _ANNOUNCE and not any(t.norm.lstrip("و") in _RESPONSIBILITY
                                         for t in toks[i + 1:i + 2 + CLAIM_REACH]):
            continue      # أعلن without مسؤوليته: an announcement, not a claim
        after = next((p for p in groups if p.first > i), None)
        if after is None or after.first - i > 3 or after.prep is not None \
                or not after.members[0].key:
            continue
        return after.members[0].actor
    return None


def credit(events: list[Event], doer: Actor, si: int) -> list[Event]:
    """Give the attacks told without a doer in sentence ``si`` or the one before it the
    claimant ``doer`` as source; of one claimed attack told twice (``قتل 26 جنديا في هجوم
    انتحاري``), a mention with no target goes when another has one."""
    out: list[Event] = []
    for ev in events:
        if ev.type == "ASSAULT" and ev.source is None and ev.sentence in (si - 1, si):
            ev = replace(ev, source=doer)
        out.append(ev)
    aimed = {(ev.sentence, ev.source.key) for ev in out
             if ev.type == "ASSAULT" and ev.source is doer and ev.target}
    return [ev for ev in out if not (ev.type == "ASSAULT" and ev.source is doer and not ev.target
                                      and (ev.sentence, doer.key) in aimed)]
