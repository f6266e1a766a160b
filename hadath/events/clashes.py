"""The sides of a fight the sentence does not name as actors.

- ``اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية``, ``بين اللواء 301 وقوة الدعم
  المركزي``: armed groups or units nobody lists fight in the place told, so both sides
  are of its country (:func:`local_clash`);
- ``اشتباكات …، أسفرت عن مقتل ثلاثة``: a result clause with no subject of its own keeps
  the previous attack's sides (:func:`result_of`);
- ``هاجم "اللواء السابع" القادم من ترهونة مواقع …``: an attack verb whose subject is a
  unit nobody lists is an act of the story's armed forces (:func:`unit_doer`);
- ``قصفت المقاتلات التركية مواقع حزب العمال الكردستاني``: a state's force against an
  armed organization of its own country is meant, even though both are keyed alike
  (:func:`own_rebels`; GUIDELINES: an armed group takes its home country).
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Token

# unnamed armed sides of a clash (بين مجموعتين مسلحتين, بين مسلحين من عشيرتين)
_ARMED_SIDES = frozenset({"مجموعتين", "مجموعات", "جماعتين", "جماعات", "فصيلين", "فصاءل",
                          "فصائل", "ميليشيات", "مليشيات", "كتيبتين", "كتاءب", "كتائب",
                          "مسلحين", "عشيرتين", "عشاءر", "عشائر", "قبيلتين", "قبائل",
                          "تشكيلات", "تشكيلين"})
CLASH_REACH = 12       # words between a clash masdar and its بين
# units of armed forces named by a number or a name nobody lists (اللواء 444, قوة الردع)
_UNITS = frozenset({"اللواء", "لواء", "قوه", "كتيبه", "الكتيبه", "جهاز", "ميليشيا", "مليشيا"})


def unit_doer(tokens: list[Token], hit: TriggerHit) -> bool:
    """Is the subject of an attack verb a unit nobody lists (``هاجم "اللواء السابع"``)?"""
    k = hit.last + 1
    return hit.entry.type == "ASSAULT" and hit.entry.form == "v" and k < len(tokens) \
        and tokens[k].norm in _UNITS and "weak" not in hit.entry.flags


def local_clash(tokens: list[Token], hit: TriggerHit, groups: list[Phrase]) -> Roles | None:
    """``اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية``: sides nobody names are of the
    country where they fight (the place after the trigger); ``None`` otherwise."""
    if hit.entry.type != "ASSAULT" or hit.entry.form != "n" \
            or hit.entry.cameo not in ("190", "193"):
        return None
    stop = min(len(tokens), hit.last + 1 + CLASH_REACH)
    at = next((i for i in range(hit.last + 1, stop) if tokens[i].norm == "بين"), None)
    if at is None or at + 1 >= len(tokens) or tokens[at + 1].norm.lstrip("و") not in (
            _ARMED_SIDES | _UNITS):
        return None
    if any(at < p.first <= at + 4 and p.prep in (None, "بين", "من") and p.kind != "adjective"
           for p in groups):
        return None       # a named side: clash_sides codes it
    places = [p for p in groups if p.members[0].key and len(p.members[0].key) == 3
              and (p.members[0].entity_type == "LOC" or p.kind == "adjective")]
    after = [p for p in places if at < p.first <= at + 8]
    place = after[0] if after else (places[-1] if places and places[-1].last < hit.first
                                    and tokens[at + 1].norm.lstrip("و") in _UNITS else None)
    if place is None:
        return None
    m = place.members[0]
    side = replace(m, actor=Actor(country=m.key), kind="nominal", entity_type=None)
    other = replace(side, actor=Actor(country=m.key))     # a second side, not the same one
    return Roles(Phrase((side,)), Phrase((other,)), "between")


# verbs of a result (أسفرت عن مقتل, أدى إلى مقتل): the act is the one told before
_RESULT = frozenset({"اسفر", "اسفرت", "ادي", "ادت", "تسبب", "تسببت", "خلف", "خلفت"})


def result_of(tokens: list[Token], hit: TriggerHit, prev: tuple[TriggerHit, Roles] | None,
              roles: Roles) -> Roles | None:
    """``اشتباكات بين … ، أسفرت عن مقتل ثلاثة``: the dead of a result clause with no
    subject of its own are the previous attack's, with its sides."""
    if hit.entry.type != "ASSAULT" or roles.source is not None or prev is None \
            or prev[0].entry.type != "ASSAULT" or prev[1].source is None:
        return None
    if tokens[hit.first].norm.lstrip("و") not in _RESULT:
        return None
    return prev[1]


def own_rebels(ptype: str, targets: list, source: Actor | None) -> bool:
    """Does a state act by force against an armed organization of its own country
    (``قصفت المقاتلات التركية مواقع حزب العمال الكردستاني``: TUR → TUR, per the guidelines
    an armed group takes its home country)? Then the target is meant, not a slip."""
    if ptype not in ("ASSAULT", "COERCE", "THREATEN") or source is None:
        return False
    return any(m.entity_type == "ORG" and m.actor.org and m.key == source.key
               and m.actor.entity != source.entity and source.org != m.actor.org
               for m in targets)
