"""Attacks no one claimed: the condemnations told before it blame no one.

``دانت السعودية ومصر الهجوم`` waits for the attack's doer (the coder holds a
condemnation of an attack whose doer is not yet named, :attr:`ArticleState.awaiting`).
When the story then says that no one claimed it (``ولم تعلن أي جهة مسؤوليتها عن
الهجوم``, ``لم تتبنه أي جهة``), the doer will not come: the waiting condemnations are
acts aimed at no one, and so are later ones.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.discourse import ArticleState
from hadath.model import Event, Token

# verbs of claiming an attack, after لم (لم تعلن, لم تتبن, لم تتبنه)
_CLAIM = ("تعلن", "يعلن", "تتبن", "يتبن")
# "any party": no one at all, not a named group that denies it
_ANY = frozenset({"اي", "ايه"})
_PARTY = frozenset({"جهه", "جماعه", "طرف", "منظمه", "تنظيم"})
# how far after لم the "any party" may come (لم تعلن حتى الآن أي جهة)
DISOWN_REACH = 5


def disowned(toks: list[Token]) -> bool:
    """Does the sentence say that no party claimed the attack?"""
    for i, t in enumerate(toks[:-2]):
        if t.norm.lstrip("و") != "لم" or not toks[i + 1].norm.startswith(_CLAIM):
            continue
        window = toks[i + 2:i + 2 + DISOWN_REACH]
        if any(a.norm in _ANY and b.norm in _PARTY for a, b in zip(window, window[1:])):
            return True
    return False


def unclaim(state: ArticleState) -> list[Event]:
    """The condemnations waiting for a doer, now aimed at no one; the attack is left
    unclaimed for those told later."""
    state.unclaimed = True
    waiting, state.awaiting = state.awaiting, []
    return [replace(ev, target=()) for ev in waiting]
