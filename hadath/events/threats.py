"""Whom a threat is aimed at, from what it threatens.

A warning names its target less often as an object (``حذر أنقرة``) than inside what it
says will happen:

- ``من أن أي تحرك عسكري روسي ضد مولدوفا سيقابل برد``: the doer of "any" act the threat
  answers (the adjective or the name right after ``أي …``), not that act's own victim;
- ``محذرا من رد أكبر إذا ردت الهند``: the subject of the condition;
- ``من أن اليونان ستدفع ثمنا باهظا``: the one who "will pay the price".

The threatener stays the source found by :mod:`hadath.events.assign`; such a target is
trusted however far from the trigger it stands (``how == "threat"``).
"""
from __future__ import annotations

from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# how far after the threat its content may reach
CONTENT_REACH = 18
# "any" (أي خرق, أي تحرك): the act the threat answers
_ANY = frozenset({"اي", "لاي", "باي"})
ANY_REACH = 4          # words between أي and the doer of its act (أي تحرك عسكري روسي)
# conditions (إذا ردت الهند, في حال هاجمت)
_IF = frozenset({"اذا", "واذا", "لو", "حال", "حاله", "ان"})
IF_REACH = 3           # words between the condition and its subject (verb first)
# "will pay (the) price": the payer is the target
_PAY = frozenset({"ستدفع", "سيدفع", "ستدفعان", "سيدفعان", "سيدفعون", "تدفع", "يدفع"})
_STOP = ".؟!"
# the place the threatened harm would fall on (ستضرب أهدافا داخل القطاع)
_INSIDE = frozenset({"في", "داخل"})
# "will not pass unanswered" (لن يمر دون رد): aimed at the doer of the wrong it names
_WONT = frozenset({"لن", "ولن"})
_WRONGS = frozenset({"العدوان", "الاعتداء", "الاعتداءات", "الهجوم", "الهجمات", "الجريمه",
                     "القصف", "الغارات", "عدوان", "اعتداء", "هجوم", "جريمه"})
WRONG_REACH = 10
_PLACES = frozenset({"في", "الي", "علي", "من", "مع", "ضد", "داخل"})


def threat_content(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                   roles: Roles) -> Roles | None:
    """Roles with the target named inside the threat's content, or ``None`` when the
    content names none (or names the threatener)."""
    if hit.entry.type != "THREATEN" or roles.source is None:
        return None
    own = {m.key for m in roles.source.members}
    end = min(len(tokens), hit.last + 1 + CONTENT_REACH)
    for i in range(hit.last + 1, end):
        if any(c in tokens[i - 1].text for c in _STOP):
            break
        word = tokens[i].norm
        found = None
        if word in _ANY:
            found = _doer_after(groups, i, ANY_REACH, adjective=True)
        elif word in _IF and (word != "ان" or tokens[i - 1].norm == "في"):
            found = _doer_after(groups, i + 1, IF_REACH, adjective=False)
        elif word in _PAY and i + 1 < len(tokens) and tokens[i + 1].norm.startswith("ثمن"):
            found = next((p for p in groups if 0 < i - p.last <= 2 and p.prep is None
                          and p.kind != "adjective" and p.members[0].key), None)
        if found is None or own & {m.key for m in found.members}:
            continue
        if roles.targets is not None and roles.targets.first < i:
            return None       # حذر أنقرة من أي …: the object named before the content
        return Roles(roles.source, found, "threat")
    if roles.targets is None and tokens[hit.first].norm in _WONT:
        return _unanswered(tokens, hit, groups, roles)   # العدوان الأمريكي لن يمر دون رد
    if roles.targets is None:
        place = next((p for p in groups if hit.last < p.first < end and p.prep in _INSIDE
                      and p.members[0].entity_type == "LOC" and p.members[0].key
                      and not own & {m.key for m in p.members}
                      and not any(c in tokens[k].text for k in range(hit.last, p.first)
                                  for c in _STOP)), None)
        if place is not None and _future_between(tokens, hit.last, place.first):
            return Roles(roles.source, place, "threat")   # ستضرب أهدافا داخل القطاع
    return None


def _unanswered(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                roles: Roles) -> Roles | None:
    """``قال سريع إن العدوان الأمريكي البريطاني لن يمر دون رد``: aimed at the doers of the
    wrong that "will not pass unanswered", the adjectives or genitive of its noun a few
    words before; the threatener is the actor before that noun (not one of its doers)."""
    for i in range(hit.first - 1, max(-1, hit.first - WRONG_REACH), -1):
        if tokens[i].norm.lstrip("و") not in _WRONGS:
            continue
        source = roles.source
        if source is not None and source.first > i:
            source = next((p for p in reversed(groups) if p.last < i and p.members[0].key
                           and p.prep not in _PLACES), None)   # (المتحدث باسم الجماعة)
        if source is None:
            return None
        own = {m.key for m in source.members}
        wrong = [m for p in groups if 0 < p.first - i <= 3 and p.prep is None
                 for m in p.members if m.key and m.key not in own]
        return Roles(source, Phrase(tuple(wrong)), "threat") if wrong else None
    return None


def _future_between(tokens: list[Token], a: int, b: int) -> bool:
    """Is the place where harm would fall: the warned stand there, or a content clause
    (أن …) says harm is still to come (``ستضرب``, ``سوف``), not a precedent told in the
    past (``من أن مسيرات مماثلة بدأت بالورود في سوريا``)?"""
    between = tokens[a + 1:b]
    if not any(t.norm in ("ان", "بان") for t in between):
        return True       # محذرا الشركات الأجنبية في السعودية من البقاء: the warned are there
    return any(t.norm in ("سوف", "وسوف") or (len(t.norm) > 4 and t.norm.startswith(
        ("ست", "سي", "سن", "وست", "وسي"))) for t in between)


def _doer_after(groups: list[Phrase], i: int, reach: int, adjective: bool) -> Phrase | None:
    """The first actor after token ``i`` within ``reach`` words that does the act: an
    adjective of its masdar (``أي تحرك روسي``) or a name with no preposition (or ``من``)."""
    for p in groups:
        if p.first <= i or not p.members[0].key:
            continue
        if p.first - i > reach:
            return None
        if p.kind == "adjective":
            if adjective:
                return p
            continue
        if p.prep is None or (adjective and p.prep == "من"):
            return p
        return None
    return None
