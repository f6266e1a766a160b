"""A withdrawal in a fight is a retreat before the enemy, not a step of one's own state.

``أعلنت حركة الشباب انسحاب مقاتليها من كيسمايو`` after Kenya's landing, ``سيطر التنظيم
على سنجار بعد انسحاب البيشمركة منها``: the place left lies in the withdrawer's own
country, so role assignment makes the retreat its own (SOM → SOM, IRQ → IRQ); in a story
that tells an attack between the withdrawer and another actor, the retreat is before that
opponent (SOM → KEN, IRQ → ISIS). The attack told nearest to the retreat (same sentence
first) names the opponent; with none the retreat keeps its own target (a government
that steps back from a law retreats before its own people).
"""
from __future__ import annotations

from dataclasses import replace

from hadath.model import Event


def before_enemy(events: list[Event]) -> list[Event]:
    """RETREAT events aimed at their own source, re-aimed at the source's opponent in the
    nearest attack of the story."""
    fights = [(ev.sentence, ev.source, t) for ev in events if ev.type == "ASSAULT"
              and ev.source is not None and ev.source.key for t in ev.target
              if t.key and t.key != ev.source.key]
    if not fights:
        return events
    out = []
    for ev in events:
        if ev.type == "RETREAT" and ev.source is not None and ev.source.key \
                and [t.key for t in ev.target] == [ev.source.key]:
            key = ev.source.key
            near = [(s, a if b.key == key else b) for s, a, b in fights
                    if key in (a.key, b.key)]
            if near:
                _, enemy = min(near, key=lambda f: (abs(f[0] - ev.sentence),
                                                    f[0] > ev.sentence))
                ev = replace(ev, target=(enemy,))
        out.append(ev)
    return out
