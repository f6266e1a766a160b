"""A stance from abroad that names no one is aimed at the story's wrongdoer.

``طالب ولي العهد السعودي بالوقف الفوري للعمليات العسكرية في قطاع غزة`` names no target;
the fallback (hadath.events.discourse.default_targets) aims such demands, rejections and
accusations at the story's most named country. In a story of a war on that country
(Gaza, Syria under strikes), the country is the victim: what the speaker demands, rejects
or condemns is the deed of the party the article accuses (``محملا سلطات الاحتلال
مسؤولية``, ``اتهم … الحكومة الإسرائيلية``). So when the article accuses another country
and never accuses the story's own, the implicit target is that accused country.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.model import Actor, Event

# stances whose implicit target may be the story's wrongdoer
STANCES = frozenset({"REQUEST", "REJECT", "ACCUSE"})
# acts that mark their target as a wrongdoer of the story
BLAMING = frozenset({"ACCUSE", "SANCTION"})
# acts of force: the story's country doing one is a side of the fight, not its victim
FORCE = frozenset({"ASSAULT", "THREATEN"})


def implicit_at(ev: Event, story: str | None) -> bool:
    """Is ``ev`` a stance aimed at the story's country by the fallback alone (no named
    target: a bare country actor)?"""
    return ev.type in STANCES and story is not None and len(ev.target) == 1 \
        and ev.target[0].entity is None and ev.target[0].country == story \
        and ev.target[0].span is None and ev.source is not None and ev.source.key != story


def wrongdoer(events: list[Event], story: str | None) -> Actor | None:
    """The story's wrongdoer, when the story's country is a victim (it strikes and
    threatens no one): the first who attacked it, else, when the article never blames the
    story's own country, the other country blamed by the most accusers (the first on a
    tie)."""
    if story is None:
        return None
    attackers = []
    for ev in events:
        if ev.type in FORCE and ev.source is not None and ev.source.country == story \
                and any(t.country != story for t in ev.target):
            return None   # the story's country strikes or threatens: a party, not a victim
        if ev.type == "ASSAULT" and ev.source is not None and ev.source.country \
                and ev.source.country != story and any(t.country == story for t in ev.target):
            attackers.append(ev.source)
    if attackers:
        return attackers[0]      # شن … هجوما على أرمينيا: the war's own doer
    accusers: dict[str, set] = {}
    actors: dict[str, Actor] = {}
    for ev in events:
        if ev.type not in BLAMING or ev.source is None or not ev.source.key:
            continue
        for t in ev.target:
            if t.country is None or t.key == ev.source.key or t.country == ev.source.country:
                continue
            accusers.setdefault(t.country, set()).add(ev.source.key)
            actors.setdefault(t.country, t)
    if story in accusers:
        return None       # the story's own country is blamed: it may well be the target
    if not accusers:
        return None
    # the most accusers; on a tie the first blamed (dicts keep the text's order)
    best = max(accusers, key=lambda c: len(accusers[c]))
    return actors[best]


def self_threat(ev: Event, story: str | None) -> bool:
    """Is ``ev`` the story's country threatening itself (``محذرا من أن المملكة سترد
    بحزم على أي اعتداء يطال أراضيها``)? A victim's warning is aimed at its attacker."""
    return ev.type == "THREATEN" and story is not None and ev.source is not None \
        and ev.source.country == story and bool(ev.target) \
        and all(t.country == story for t in ev.target)


def aimed_at_wrongdoer(events: list[Event], implicit: set[tuple], story: str | None) -> list[Event]:
    """Retarget the fallback stances (``implicit``: (sentence, trigger start, type) of
    the events whose target came from the story default) at the story's wrongdoer."""
    doer = wrongdoer(events, story)
    if doer is None:
        return events
    out = []
    for ev in events:
        if (ev.sentence, ev.trigger.start, ev.type) in implicit and implicit_at(ev, story) \
                and ev.source.key != doer.key and ev.source.country != doer.country \
                or self_threat(ev, story) and ev.source.country != doer.country:
            ev = replace(ev, target=(Actor(country=doer.country, entity=doer.entity,
                                           name_en=doer.name_en, sector=doer.sector,
                                           org=doer.org),))
        out.append(ev)
    return out


# acts of harm whose object is their victim (تهجير الفلسطينيين, الحرب على غزة, تصفية
# القضية الفلسطينية)
HARMS = frozenset({"تهجير", "احتلال", "عدوان", "حرب", "حصار", "تجويع", "قصف", "استهداف",
                   "اعتداء", "اعتداءات", "ابعاد", "تطهير", "اباده", "تصفيه", "مساس"})
# the clitics a noun may carry: و, ب, ل and the article (لل for ل + ال)
_CLITICS = ("وبال", "وال", "بال", "ولل", "لل", "ال", "وب", "ول", "و", "ب", "ل")
HARM_REACH = 4          # words between the act of harm and its victim


def harmed(tokens, first: int, trigger_last: int) -> bool:
    """Is the actor starting at ``first`` the victim of an act of harm named between the
    stance and it (``رفضهم لأي محاولات لتهجير الفلسطينيين من قطاع غزة``)? The stance
    is aimed at the harm's doer, not at its victim."""
    for i in range(max(trigger_last + 1, first - HARM_REACH), first):
        word = tokens[i].norm
        if word in ("،", ",", "."):
            return False
        if word in HARMS or any(word.startswith(c) and word[len(c):] in HARMS
                                for c in _CLITICS):
            # (not للاعتداء الذي نفذته إسرائيل: the relative clause names its doer)
            return not any(tokens[j].norm in ("الذي", "التي") for j in range(i + 1, first))
    return False
