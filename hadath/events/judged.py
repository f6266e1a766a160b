"""The act a judgement told by a pronoun looks back to.

``أدانت سوريا الغارات الإسرائيلية، ووصفتها بأنها "عدوان سافر"``: the pronoun of
``ووصفتها`` is the raids, and the judgement is aimed where the condemnation of them was
(Israel), not at the raids' own target (Syria). When the last trigger of the sentence is
the judged act itself (an attack), the stance told just before it by a verb carries the
target; when the last trigger is a stance (``رفضها للتصريحات …، معتبرة إياها "تدخلا"``),
it does.
"""
from __future__ import annotations

# types whose target is the one a later judgement of the same thing aims at
STANCE_TYPES = frozenset({"ACCUSE", "REJECT"})


def judged(prev, prev_verb):
    """The (hit, roles) a ``back`` judgement takes its target from: ``prev`` unless it is
    no stance and the last verb's act is one."""
    if prev is not None and prev[0].entry.type not in STANCE_TYPES \
            and prev_verb is not None and prev_verb[0].entry.type in STANCE_TYPES:
        return prev_verb
    return prev
