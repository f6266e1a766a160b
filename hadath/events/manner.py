"""Acts of manner (``بالتنسيق مع``, ``بطلب من``): their party is the clause's subject.

``المقاتلات الليبية شاركت في الضربات بالتنسيق الكامل مع الجانب المصري``, ``المبادرة
المصرية التي أعدت بالتنسيق مع قطر والأمم المتحدة``: a prepositional masdar of
cooperation says how the clause's act was done, so the cooperator is that clause's
subject (the Libyan jets, the Egyptian initiative's author) and the partner the one
after مع. The nearest-actor rule misses it: another trigger (الضربات) or a relative
(التي أعدت) stands between, and an initiative's author is named by an adjective.
Likewise ``بطلب من X`` and ``استجابة لطلب X`` say why the clause's act was done: X
asked, and the clause's subject is the one asked.
"""
from __future__ import annotations

from hadath.events.cues import BOUNDARIES, RELATIVES
from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# how far before the masdar the clause's subject may end
MANNER_REACH = 10


def manner_doer(text: str, toks: list[Token], hit: TriggerHit, groups: list[Phrase],
                roles: Roles, prev_verb: tuple[TriggerHit, Roles] | None = None
                ) -> Roles | None:
    """The clause's subject as the doer of ``بالتنسيق مع X`` that found none, or as the
    one asked in ``بطلب من X``; None when the rule does not apply."""
    if "swap" in hit.entry.flags and hit.entry.type == "REQUEST":
        return _granted(hit, roles, prev_verb)
    if hit.entry.type != "COOPERATE" or hit.entry.form != "n" or roles.source is not None \
            or roles.targets is None or roles.targets.prep != "مع" \
            or not toks[hit.first].norm.lstrip("و").startswith("ب"):
        return None
    partners = {m.key for m in roles.targets.members}
    for p in reversed([g for g in groups if g.last < hit.first]):
        if hit.first - p.last > MANNER_REACH or _broken(text, toks, p.last, hit.first):
            return None
        if p.members[0].key and p.members[0].key not in partners \
                and (p.prep is None or p.kind == "adjective"):
            return Roles(p, roles.targets, "manner")
    return None


def _broken(text: str, toks: list[Token], a: int, b: int) -> bool:
    """Does a comma or a clause word (not a relative: التي أعدت) stand between?"""
    gap = text[toks[a].end:toks[b].start]
    return "،" in gap or "," in gap or any(
        toks[i].norm in BOUNDARIES and toks[i].norm not in RELATIVES for i in range(a + 1, b))


def _granted(hit: TriggerHit, roles: Roles, prev_verb: tuple[TriggerHit, Roles] | None
             ) -> Roles | None:
    """``أغلقت إيران معابرها … بطلب من بغداد``, ``شن الطيران الفرنسي غارات … استجابة لطلب
    الرئيس المالي``: the one who asked is named; the one asked is the subject of the verb
    the request explains (the coder's last verb act), when nothing nearer was found."""
    if roles.source is not None or roles.targets is None or prev_verb is None:
        return None
    doer = prev_verb[1].source
    asker = {m.key for m in roles.targets.members}
    if doer is None or not doer.members[0].key or doer.members[0].key in asker \
            or prev_verb[0].last >= hit.first:
        return None
    return Roles(roles.targets, doer, "manner")
