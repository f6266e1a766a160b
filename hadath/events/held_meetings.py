"""A meeting told as the time of the sentence's act is held by the sentence's subject.

``وقال هوكشتاين، عقب لقائه بري``, ``غادر غوتيريش ليبيا عقب لقائه حفتر``, ``عقب لقاء جمعه
بالرئيس أردوغان``, ``وفي اتصال هاتفي أجراه مع نظيره السوري، طالب الصفدي …``: the
meeting's other party is named, but its holder is only a pronoun (لقائه, جمعه, أجراه)
standing for the sentence's subject: its speaker, the actor before the meeting (past the
عقب that the nearest-actor rule stops at), or the subject of the main clause after it.
"""
from __future__ import annotations

from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# possessive pronouns of one holder on the meeting masdar (لقائه; not لقائهما: both sides)
_POSSESSIVE = ("ه", "ها", "هم")
# a verb with an object pronoun right after it (لقاء جمعه, اتصال أجراه, اجتماع عقده)
_HELD_BY = ("جمعه", "جمعها", "جمعهما", "اجراه", "اجرته", "اجراها", "عقده", "عقدته", "عقدها")
# how far before or after the meeting its holder may be named
HOLDER_REACH = 14


def meeting_holder(text: str, toks: list[Token], hit: TriggerHit, groups: list[Phrase],
                   speaker: Phrase | None, roles: Roles) -> Roles | None:
    """The holder of a meeting with a named other party and a pronoun for its holder;
    None when the rule does not apply."""
    if hit.entry.type != "CONSULT" or hit.entry.form != "n" or "swap" in hit.entry.flags \
            or hit.entry.words[0].startswith("زيار") \
            or roles.source is not None or roles.targets is None \
            or roles.targets.first < hit.first or not _pronoun_holder(toks, hit):
        return None     # a visit's or a reception's pronoun may be a guest's (خلال زيارته
        # إلى المغرب, وكان في استقباله): not the sentence's subject
    other = {m.key for m in roles.targets.members}
    fit = [p for p in groups if p.prep is None and p.kind != "adjective" and p.members[0].key
           and p is not roles.targets]
    before = [p for p in fit if p.last < hit.first and hit.first - p.last <= HOLDER_REACH]
    after = [p for p in fit if p.first > roles.targets.last and p.first - hit.last <= HOLDER_REACH
             and "،" in text[toks[hit.last].end:toks[p.first].start]]
    holder = speaker if speaker is not None and speaker.members[0].key \
        else before[-1] if before else after[0] if after else None
    if holder is None or holder.members[0].key in other:
        return None       # العبادي … ولقائه قادة القطعات: a meeting at home, no one else's
    return Roles(holder, roles.targets, "subject")


def _pronoun_holder(toks: list[Token], hit: TriggerHit) -> bool:
    """Is the meeting's holder only a pronoun, on the masdar or on the verb after it?"""
    word = toks[hit.first].text.rstrip('"»')
    nxt = toks[hit.last + 1].norm if hit.last + 1 < len(toks) else ""
    return word.endswith(_POSSESSIVE) or nxt in _HELD_BY
