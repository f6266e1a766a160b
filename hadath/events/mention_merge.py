"""One actor from mentions written side by side: a title and its name, a country and its ruler.

:class:`hadath.events.actors.ActorFinder` finds named entities and nominal actors
separately, so ``الرئيس الأمريكي دونالد ترامب`` comes out as an office and a person, and
``أمير قطر الشيخ تميم`` as a place and a person. This joins them into the one actor the
text means and, where two mentions overlap, keeps the more specific one. Kept apart from
:mod:`hadath.events.actors` so that module stays about finding the mentions.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from hadath.events.anaphora import titled
from hadath.model import Token

if TYPE_CHECKING:
    from hadath.events.actors import ActorMention

# honorifics between a title and a name (العاهل المغربي الملك محمد السادس)
HONORIFICS = frozenset({"الملك", "الشيخ", "الامير", "السلطان", "السيد", "الدكتور", "اللواء",
                        "العميد", "الفريق", "المشير", "العقيد", "الرئيس"})
# titles in construct with a country (أمير قطر, ملك الأردن, رئيس مصر)
CONSTRUCT_TITLES = frozenset({"امير", "ملك", "رئيس", "سلطان", "عاهل", "عهد", "حاكم"})
# which of two overlapping mentions is kept: a name, then an office, then a noun
_RANK = {"entity": 0, "office": 1, "nominal": 2, "self": 2, "pair": 2, "adjective": 3}


def merge_mentions(mentions: list[ActorMention], tokens: list[Token]) -> list[ActorMention]:
    """Join a title or nominal with the name right next to it (``الرئيس الأمريكي دونالد ترامب``),
    or after an honorific (``العاهل المغربي الملك محمد السادس``)."""
    out: list[ActorMention] = []
    for m in mentions:
        if out and m.kind == "pair" and out[-1].kind == "pair" and m.first == out[-1].first:
            out.append(m)
            continue
        if out:
            prev = out[-1]
            adjacent = not m.conj and (m.first <= prev.last + 1 or (
                m.first == prev.last + 2 and tokens[prev.last + 1].norm in HONORIFICS))
            if m.first <= prev.last:        # overlap: keep the better one
                if prev.kind == "office" and m.last <= prev.last and (prev.actor.org or (
                        m.entity_type == "ORG" and m.actor.sector == prev.actor.sector)):
                    continue    # المبعوث الأممي إلى اليمن, رئيس هيئة الأركان: the person titled
                if _RANK[m.kind] < _RANK[prev.kind] and not (
                        prev.kind == "nominal" and m.first == m.last == prev.last
                        and m.key == prev.key):
                    out[-1] = m     # but القوات الجوية السعودية keeps its arm (MIL)
                continue
            if adjacent and _ruler_of(prev, m, tokens):
                out[-1] = replace(m, first=prev.first, prep=prev.prep, conj=prev.conj)
                continue     # أمير قطر الشيخ تميم بن حمد: one actor, the person
            if adjacent and prev.entity_type == "PER" and prev.kind == "entity" \
                    and m.kind == "nominal" and tokens[m.first].norm.startswith("ال"):
                if prev.key and len(prev.key) == 3 and m.first == m.last:
                    m = replace(m, actor=replace(m.actor, country=prev.key))
                out.append(m)    # هاجم نتنياهو الحكومة: the object, his own country's
                continue
            if adjacent and prev.kind == "office" and prev.actor.org and m.entity_type == "PER":
                # الأمين العام لمجلس التعاون الدكتور عبد اللطيف الزياني: the person named
                # after his body's title acts for the body, not for his own country
                out[-1] = replace(m, actor=replace(m.actor, country=None, org=prev.actor.org),
                                  first=prev.first, prep=prev.prep, conj=prev.conj)
                continue
            if adjacent and (_joinable(prev, m) or titled(prev, m, tokens)):
                best = prev if _RANK[prev.kind] <= _RANK[m.kind] and not \
                    titled(prev, m, tokens) else m
                other = m if best is prev else prev
                if best.key is None and other.key is not None:
                    # الرئيس الفرنسي فرانسوا أولاند, a name hadath does not know: the
                    # person is the title's (its country, or its body's)
                    best = replace(best, actor=replace(best.actor, country=other.actor.country,
                                                       org=best.actor.org or other.actor.org,
                                                       sector=best.actor.sector or other.actor.sector))
                out[-1] = replace(best, first=prev.first, last=m.last, prep=prev.prep,
                                  conj=prev.conj)
                continue
        out.append(m)
    return out


def _ruler_of(a: ActorMention, b: ActorMention, tokens: list[Token]) -> bool:
    """``أمير قطر الشيخ تميم``, ``رئيس مصر عبد الفتاح السيسي``: a country after a
    title in construct, then a person of that country, is that person."""
    return a.entity_type == "LOC" and b.entity_type == "PER" and a.key is not None \
        and a.key == b.key and a.first > 0 \
        and tokens[a.first - 1].norm.lstrip("و") in CONSTRUCT_TITLES


def _joinable(a: ActorMention, b: ActorMention) -> bool:
    if a.kind == "entity" and b.kind == "entity":
        return False
    if a.kind == "adjective" and b.kind != "entity":
        return False        # المفوضية العراقية | القوات الأمنية: the adjective ends a phrase
    if a.kind == "entity" and a.entity_type != "PER":
        return False        # an organization or place and the nominal after it are two actors
    if a.kind == b.kind == "nominal" and a.actor.sector and b.actor.sector \
            and a.actor.sector != b.actor.sector:
        return False        # فرقت الشرطة المصرية المتظاهرين: the doer, then its object
    if a.key == b.key:
        return True
    # a title before a person with no known country, or a person and his title after him
    return (a.kind in ("office", "nominal") and b.entity_type == "PER" and b.key is None) or \
           (a.entity_type == "PER" and b.kind in ("office", "nominal") and a.key is None)
