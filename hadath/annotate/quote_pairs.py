"""Two speakers named before a dual verb: ``وكان الوزير X ونظيره الإيطالي Y قد أعلنا``.

Arabic puts a verb after its subject in the dual (``أعلنا``, ``قالا``, ``أكدتا``) when two
people are meant. The speaker search finds the person right before the verb (Y); the
dual says there is a second one, joined to Y by و across Y's title (``ورئيس المؤتمر
الوطني العام في طرابلس``), which may hold bodies and places but no comma. Kept apart
from :mod:`hadath.annotate.quotes` because it is one fact of agreement, not a cue.
"""
from __future__ import annotations

from hadath.annotate.speech_cues import CueLexicon

# how far back from the second person's name its conjunction و may stand (its title)
_TITLE_WINDOW = 9


def dual_cue(cues: CueLexicon, word: str) -> bool:
    """``أعلنا``/``قالا`` (he-dual) or ``أعلنتا`` (she-dual) of a verb cue ``أعلن``/``أعلنت``."""
    word = word[1:] if word[:1] in "وف" and cues.kind(word[1:]) else word
    if word.endswith("تا") and cues.kind(word[:-1]) in ("verb", "threat"):
        return True
    return word.endswith("ا") and len(word) > 3 and cues.kind(word[:-1]) in ("verb", "threat")


def person_joined_before(tokens, owner, text: str, k: int) -> str | None:
    """The person joined by و to the person whose mention starts at token ``k``, named
    before it: ``X ورئيس المؤتمر … Y`` gives X for Y. None past a comma or the sentence."""
    speaker = owner[k]
    sent = tokens[k].sentence
    for m in range(k, max(-1, k - _TITLE_WINDOW), -1):
        if tokens[m].sentence != sent or m < k and any(
                c in text[tokens[m].end:tokens[m + 1].start] for c in "،,:\"«»“”"):
            return None
        if not tokens[m].norm.startswith("و") or owner[m] is not None and m != k \
                and owner[m] is not speaker:
            continue
        p = m - 1
        if p < 0 or tokens[p].sentence != sent or any(
                c in text[tokens[p].end:tokens[m].start] for c in "،,:\"«»“”"):
            return None
        ent = owner[p]
        if ent is not None and ent.type == "PER" and ent is not speaker:
            return ent.id
    return None
