"""The doer of an attack named in a relative clause on its weapon.

``صواريخ معادية أطلقتها طائرات حربية إسرائيلية``, ``طائرات مسيرة مفخخة أطلقتها
الميليشيا``: the one who launched the weapon is the attacker, whatever the clause around
it says. When the weapon is the object of a defender's verb (``تصدت الدفاعات الجوية
السورية لصواريخ … أطلقتها …``, ``اعترضت … صواريخ أطلقها …``), the defender is the one
attacked, not the attacker.
"""
from __future__ import annotations

from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# "which (he/she/they) launched / fired / sent": a relative verb with the weapon's pronoun
LAUNCHED = frozenset({"اطلقتها", "اطلقها", "اطلقته", "اطلقهما", "اطلقوها", "اطلقتهما",
                      "سيرتها", "سيرها", "اطلقت", "اطلق"})
# the launch verb without a pronoun needs a relative before it (التي أطلقها / التي أطلقت)
BARE = frozenset({"اطلقت", "اطلق"})
RELATIVES = frozenset({"التي", "الذي", "اللتين", "اللذين"})
LAUNCH_REACH = 4        # words between the trigger's last word and the launch verb
# a preposition between the act and the weapon makes the weapon another thing's cause
# (الانفجار ناجم عن صاروخ أطلقته …: a claim about a blast, not this act's weapon)
APART = frozenset({"عن", "من", "الي", "علي", "في", "بعد", "قبل"})


def launched_by(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                roles: Roles) -> Roles | None:
    """Roles of an attack whose weapon is launched by a named actor, or None."""
    if hit.entry.type != "ASSAULT":
        return None
    end = min(len(tokens), hit.last + 1 + LAUNCH_REACH)
    for i in range(hit.first + 1, end):
        word = tokens[i].norm
        if tokens[i].norm in APART:
            return None
        if word not in LAUNCHED:
            continue
        if word in BARE and tokens[i - 1].norm not in RELATIVES:
            continue
        doer = next((g for g in groups if i < g.first <= i + 2 and g.prep is None
                     and g.members[0].key), None)
        if doer is None:
            return None
        keys = {m.key for m in doer.members}
        source = roles.source
        if source is not None and source.members[0].key in keys:
            return None           # already the doer
        if roles.targets is not None and roles.targets.members[0].key not in keys:
            return Roles(doer, roles.targets, roles.how)
        if source is not None and source.first < hit.first:
            return Roles(doer, source, roles.how)   # the defender is the one attacked
        return Roles(doer, None, roles.how)
    return None
