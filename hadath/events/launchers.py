"""The doer of an attack named in a relative clause on its weapon.

``صواريخ معادية أطلقتها طائرات حربية إسرائيلية``, ``طائرات مسيرة مفخخة أطلقتها
الميليشيا``: the one who launched the weapon is the attacker, whatever the clause around
it says. When the weapon is the object of a defender's verb (``تصدت الدفاعات الجوية
السورية لصواريخ … أطلقتها …``, ``اعترضت … صواريخ أطلقها …``), the defender is the one
attacked, not the attacker.

Two readings, found by two helpers, share one word list but differ in reach and target:
:func:`launcher_named_next` runs inside :func:`hadath.events.attacks.attack_roles` on the
weapon's noun phrase right after the trigger (``… صواريخ أطلقها X``) and picks a new
target after the launcher; :func:`launched_by` runs last on the corrected roles, also
reads ``التي أطلقت``, and keeps the target found so far (or turns a defender into it).
"""
from __future__ import annotations

from hadath.events.phrases import Phrase, Roles
from hadath.events.targets import target_after
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# "which (he/she/they) launched / fired / sent": a relative verb with the weapon's pronoun
# (أطلقها, أطلقتها, أطلقوها, سيّرتها), read by both rules
LAUNCHED_IT = frozenset({"اطلقها", "اطلقتها", "اطلقوها", "اطلقته", "اطلقه", "اطلقوه",
                         "اطلقتهما", "اطلقهما", "سيرتها", "سيرها"})
# the launch verb without a pronoun needs a relative before it (التي أطلقت)
BARE = frozenset({"اطلقت", "اطلق"})
LAUNCH_VERBS = LAUNCHED_IT | BARE
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
        if word not in LAUNCH_VERBS:
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


# punctuation that ends the weapon's noun phrase before أطلقها (a closing bracket does not)
_BREAKS = "،,.:;؛\"«»("
# how an attacker named by أطلقها is found: a weapon with its launcher is no weak word
LAUNCHED = "launched"
NEXT_REACH = 4         # words of the weapon's noun phrase between the trigger and أطلقها


def launcher_named_next(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                roles: Roles) -> Roles | None:
    """``صواريخ معادية أطلقتها طائرات حربية إسرائيلية``, ``هاجمت طائرات مسيرة أطلقتها
    الميليشيا محطتي ضخ``: the one who launched the weapon is the attacker, whatever the
    weapon's own adjectives or the sentence's opening actor say."""
    if hit.entry.type != "ASSAULT":
        return None
    for k in range(hit.last + 1, min(len(tokens), hit.last + 2 + NEXT_REACH)):
        if any(c in tokens[k].text for c in _BREAKS) and tokens[k].norm not in LAUNCHED_IT:
            return None
        if tokens[k].norm in LAUNCHED_IT:
            break
    else:
        return None
    doer = next((p for p in groups if p.first == k + 1 and p.members[0].key
                 and p.prep is None), None)
    if doer is None:
        return None
    rest = [p for p in groups if p.first > doer.last
            and all(m.key != doer.members[0].key for m in p.members)]
    return Roles(doer, target_after(tokens, rest, "ASSAULT", doer.last, doer), LAUNCHED)
