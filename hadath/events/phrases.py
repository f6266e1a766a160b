"""The units role assignment works on: coordinated actor phrases and the roles found.

A :class:`Phrase` is one or more actor mentions joined by و (``روسيا وإيران وتركيا``,
``القوات الروسية والتركية``), so one act gets several sources or targets; :class:`Roles`
is what :mod:`hadath.events.assign` found for a trigger, and :class:`Context` what the
sentence's other triggers tell it. Kept apart so the assignment rules, the target search
and the clause cues can share them without importing one another.
"""
from __future__ import annotations

from dataclasses import dataclass

from hadath.events.actors import ActorMention
from hadath.events.triggers import TriggerHit


@dataclass(frozen=True, slots=True)
class Phrase:
    """One or more coordinated actor mentions (``روسيا وإيران وتركيا``)."""
    members: tuple[ActorMention, ...]

    @property
    def first(self) -> int:
        return self.members[0].first

    @property
    def last(self) -> int:
        return self.members[-1].last

    @property
    def prep(self) -> str | None:
        return self.members[0].prep

    @property
    def kind(self) -> str:
        return self.members[0].kind


@dataclass(frozen=True, slots=True)
class Roles:
    source: Phrase | None
    targets: Phrase | None
    how: str            # which rule found the source: svo, vso, genitive, speaker …


def phrases(mentions: list[ActorMention]) -> list[Phrase]:
    out: list[list[ActorMention]] = []
    for m in mentions:
        if out and m.conj and m.kind == "adjective" and m.first == out[-1][-1].last + 1 \
                and out[-1][-1].kind in ("nominal", "adjective", "office"):
            out[-1].append(m)     # القوات الروسية والتركية, طائرتان جزائرية وعراقية
        elif out and m.conj and m.kind != "adjective" and out[-1][0].kind != "adjective" \
                and m.first - out[-1][-1].last <= 2 and m.prep in (None, out[-1][0].prep):
            out[-1].append(m)
        else:
            out.append([m])
    return [Phrase(tuple(ms)) for ms in out]


@dataclass(frozen=True, slots=True)
class Context:
    """What the sentence's other triggers tell: their words, and the previous act."""
    trigger_words: frozenset[int]
    prev_hit: TriggerHit | None = None
    prev_roles: Roles | None = None
    prev_verb: tuple[TriggerHit, Roles] | None = None   # the last verb act of the sentence
    last_speaker: Phrase | None = None    # the previous sentence's speaker (dropped subjects)
    timed: frozenset[int] = frozenset()   # words inside a time expression (أمس الجمعة)
