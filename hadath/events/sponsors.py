"""The go-between of an act is not one of its parties.

``صفقة تبادل أنجزت بوساطة قطرية``, ``اتفاق وقف إطلاق النار الموقع برعاية الأمم المتحدة``,
``في عملية سهلها الصليب الأحمر``, ``وقعا الاتفاق بحضور وزير الخارجية``: the state or body
named right after a word of mediation, sponsorship or presence brokered, hosted or
witnessed the act; the act is between others. Such a phrase is taken out of the phrases
the source and target of the act are chosen from. A stance may still be aimed at it
(``أشاد بالوساطة القطرية``, ``رحب برعاية مصر``), so stances keep it; and a mediation is
itself the go-between's consultation with the parties (``جهود وساطة قادتها الإمارات``).
"""
from __future__ import annotations

from hadath.events.phrases import Phrase
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# words right before the go-between (normalized, proclitics kept as written)
SPONSOR_WORDS = frozenset({
    "بوساطه", "وساطه", "بوساطتها", "بوساطته", "برعايه", "رعايه", "وبرعايه", "وبوساطه",
    "سهلها", "سهله", "سهلتها", "سهلته", "بتسهيل", "بحضور", "وبحضور", "باشراف", "وباشراف",
    "توسطت", "توسط", "وتوسطت", "وتوسط",
})
# acts that may be aimed at or done by the go-between: stances, and the mediation itself
KEPT = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "CONSULT"})
# how many words may stand between the word of mediation and the go-between
# (توسطت فيها دولة قطر, برعاية الأمين العام للأمم المتحدة)
SPONSOR_REACH = 3


def go_between(toks: list[Token], p: Phrase, others: frozenset[int] = frozenset()) -> bool:
    """Is the phrase named right after a word of mediation, sponsorship or presence?
    ``others`` are the words of the other phrases: the one after the go-between's own
    (``بحضور أمير قطر الرئيس السوداني``) is not named after the word."""
    for k in range(p.first - 1, max(-1, p.first - 1 - SPONSOR_REACH), -1):
        norm = toks[k].norm
        if norm in SPONSOR_WORDS:
            return True
        if "،" in toks[k].text or "," in toks[k].text or k in others:
            return False
    return False


def parties(toks: list[Token], groups: list[Phrase], hit: TriggerHit) -> list[Phrase]:
    """The phrases that may be the act's source or target: all but its go-betweens."""
    if hit.entry.type in KEPT:
        return groups
    words = frozenset(k for p in groups for k in range(p.first, p.last + 1))
    return [p for p in groups if p.first < hit.first or not go_between(toks, p, words)]
