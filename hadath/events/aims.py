"""Whom an attack hits, where the place or the object told is no actor.

- ``سفينة الشحن الأمريكية قبالة سواحل عدن``: the ship's flag, not the coast it sailed
  off (:func:`coast_target`);
- ``هجمات الجماعة ضد السفن التجارية``: ships at sea are no state's; such an attack has
  no target, not the story's country by default (:func:`open_target`);
- ``استهداف قاعدة عين الأسد التي تتمركز فيها قوات أمريكية``: the troops stationed at the
  base, not the country it stands in (:func:`hosted_troops`);
- ``قتل جنديان سوريان في قصف تركي``: one act told twice in a sentence keeps its known
  doer (:func:`known_doer`).
"""
from __future__ import annotations

from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# the ``how`` of an attack on troops stationed at the place it hit (trusted however far)
HOSTED = "hosted"
# words after an attack masdar that open its object
_AGAINST = frozenset({"ضد", "علي", "بحق"})


# objects of an attack that belong to no state: shipping (هجمات على السفن التجارية)
_OPEN_OBJECTS = frozenset({"السفن", "سفن", "الملاحه", "ملاحه", "السفينه", "سفينه", "الناقلات",
                           "ناقلات", "ناقله", "الناقله", "السفن التجاريه"})
OPEN_REACH = 4         # words between the masdar and ضد/على before such an object


def open_target(tokens: list[Token], hit: TriggerHit) -> bool:
    """Is an attack aimed at ships at sea, no state's (``هجمات الجماعة ضد السفن
    التجارية``)? Then it has no target, not the story's country by default."""
    if hit.entry.type != "ASSAULT":
        return False
    for k in range(hit.last + 1, min(len(tokens) - 1, hit.last + 1 + OPEN_REACH)):
        word = tokens[k].norm
        if word in _AGAINST and tokens[k + 1].norm in _OPEN_OBJECTS:
            return True
        if word.startswith("علي") and word[3:] in _OPEN_OBJECTS:
            return True       # عليها: no
        if word in ("علي",) or word[:1] in "،,.":
            return False
    return False


# words that put a place where an attack happened, not whom it hit (قبالة سواحل عدن)
_OFF = frozenset({"قباله", "سواحل", "ساحل", "شواطء", "قرب", "بالقرب", "مقابل", "عرض"})


def coast_target(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                 roles: Roles) -> Roles | None:
    """``استهدفت الجماعة بصاروخ سفينة الشحن الأمريكية قبالة سواحل عدن``: the place off
    which a ship was hit is no target; the nationality of the ship before it is."""
    t = roles.targets
    if hit.entry.type != "ASSAULT" or t is None or t.members[0].entity_type != "LOC" \
            or not any(tokens[k].norm.lstrip("و") in _OFF
                       for k in range(max(0, t.first - 2), t.first)):
        return None
    ship = next((p for p in groups if hit.last < p.first < t.first and p.kind == "adjective"
                 and p.members[0].key and p is not roles.source), None)
    return Roles(roles.source, ship, roles.how) if ship is not None else None


# a seized vessel (احتجاز ناقلة النفط …, احتجزت … الناقلة الإيرانية)
_VESSELS = frozenset({"ناقله", "الناقله", "سفينه", "السفينه", "باخره", "الباخره"})
_FLAG = frozenset({"العلم", "علم"})
SEIZE_REACH = 8        # words between the seizure and the ship, and the ship and its flag


def seized_ship(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                roles: Roles) -> Roles | None:
    """``احتجاز الحرس الثوري ناقلة النفط … التي ترفع العلم البريطاني``, ``احتجزت … الناقلة
    الإيرانية قبالة جبل طارق``: a seized ship's target is its flag's state, not the seizer
    nor the waters it was taken in."""
    if hit.entry.type != "COERCE":
        return None
    ship = next((k for k in range(hit.last + 1, min(len(tokens), hit.last + 1 + SEIZE_REACH))
                 if tokens[k].norm.lstrip("و") in _VESSELS), None)
    if ship is None:
        return None
    flag = next((p for p in groups if ship < p.first <= ship + SEIZE_REACH and p.members[0].key
                 and p is not roles.source and (p.kind == "adjective" or (
                     p.first > 0 and tokens[p.first - 1].norm in _FLAG))), None)
    return Roles(roles.source, flag, roles.how) if flag is not None else None


def known_doer(events: list) -> list:
    """Events without an attack told in the same sentence with no doer, when that
    sentence also tells it with one (``قتل جنديان سوريان في قصف تركي``: the killing and
    the shelling are one act, Turkey's)."""
    out = []
    for ev in events:
        if ev.type == "ASSAULT" and ev.source is None:
            keys = {t.key for t in ev.target}
            if any(o.type == "ASSAULT" and o.sentence == ev.sentence and o.source is not None
                   and keys <= {t.key for t in o.target} for o in events):
                continue
        out.append(ev)
    return out


# verbs of troops stationed at a place (القاعدة التي تتمركز فيها قوات أمريكية)
_STATIONED = frozenset({"تتمركز", "يتمركز", "تنتشر", "ينتشر", "تستضيف", "يستضيف", "تضم",
                        "يضم", "توجد", "يوجد"})
STATIONED_REACH = 8    # words between the attack and the verb of stationing


def hosted_troops(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                  roles: Roles) -> Roles | None:
    """``استهداف قاعدة عين الأسد التي تتمركز فيها قوات أمريكية``: an attack on a base is
    aimed at the troops stationed there, not at the country it stands in."""
    if hit.entry.type != "ASSAULT" or roles.source is None:
        return None
    at = next((k for k in range(hit.last + 1, min(len(tokens), hit.last + 1 + STATIONED_REACH))
               if tokens[k].norm in _STATIONED), None)
    if at is None or tokens[at - 1].norm not in ("التي", "الذي"):
        return None
    troops = next((p for p in groups if at < p.first <= at + 3 and p.kind == "nominal"
                   and p.members[0].key and p.members[0].actor.sector == "MIL"), None)
    if troops is None or troops.members[0].key == roles.source.members[0].key:
        return None
    return Roles(roles.source, troops, HOSTED)


# verbs of a relative clause that tell whom an attack masdar hit (الغارة التي استهدفت …)
_HIT_VERBS = frozenset({"استهدفت", "استهدف", "طالت", "طال", "ضربت", "ضرب", "قصفت", "قصف",
                        "اصابت", "اصاب"})
RELATIVE_REACH = 4     # words between the masdar and its relative pronoun (adjectives)


def relative_target(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                    roles: Roles) -> Roles | None:
    """``الغارة الإسرائيلية التي استهدفت القنصلية الإيرانية``: an attack masdar with no
    target takes the object of the relative clause that tells what it hit."""
    if hit.entry.type != "ASSAULT" or hit.entry.form != "n" or roles.targets is not None:
        return None
    rel = next((k for k in range(hit.last + 1, min(len(tokens) - 1, hit.last + 1 + RELATIVE_REACH))
                if tokens[k].norm in ("التي", "الذي")), None)
    if rel is None or tokens[rel + 1].norm not in _HIT_VERBS:
        return None
    src = {m.key for m in roles.source.members} if roles.source is not None else set()
    aim = next((p for p in groups if rel + 1 < p.first <= rel + 5 and p.members[0].key
                and p.prep in (None, "ل") and not src & {m.key for m in p.members}), None)
    return Roles(roles.source, aim, roles.how) if aim is not None else None
