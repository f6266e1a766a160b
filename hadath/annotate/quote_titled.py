"""Where the speaker's name is when a speech cue's subject opens with a long title.

Arabic news writes the office before the name, and the office can run long before the
name comes: a genitive with a place in it (``وطالب الأمين العام المساعد لشؤون فلسطين
والأراضي العربية المحتلة السفير X``), a body named after its leader (``المتحدث باسم
قوات حفتر X``: Haftar owns the forces, X speaks), or a first office set off by commas
and a second one before the name (``وقال رئيس المجموعة، الرئيس النيجيري X، إن``). The
subject search in :mod:`hadath.annotate.quote_speaker` stops at the first name, the
first comma or after a few words; these helpers say when the title goes on to a name.
"""
from __future__ import annotations

from hadath.annotate.quote_clauses import mention_end_token
from hadath.annotate.quote_titles import BARE_TITLES, TITLES, nisba
from hadath.annotate.title_names import ROLE_NOUNS
from hadath.annotate.quote_words import SPOKESMEN

# words that open a title (normalized): الوزير، وزير، المتحدث
TITLE_HEADS = frozenset(TITLES) | BARE_TITLES | SPOKESMEN
_APPOSITION_REACH = 6   # words from a second title to its name (الرئيس النيجيري بولا تينوبو)
_RANK_REACH = 2          # definite words between the owner and the holder (الليبية العقيد)
_PUNCTUATION = frozenset("،,؛;:\"«»()[]")


def title_led(tokens, j: int) -> bool:
    """The subject at token ``j`` opens with an office (``الأمين``, ``وزير``,
    ``المتحدث``): a subject whose name may come many words on, even after a cue joined
    by و, whose nominal subjects are otherwise its objects (``ووصف الشاحنات``)."""
    return j < len(tokens) and tokens[j].norm in TITLE_HEADS


def _joined(text: str, tokens, m: int) -> bool:
    """Token ``m`` follows token ``m - 1`` in the same sentence with no punctuation."""
    return tokens[m].sentence == tokens[m - 1].sentence and not any(
        c in _PUNCTUATION for c in text[tokens[m - 1].end:tokens[m].start])


def name_after_owner(text: str, tokens, owner, k: int, is_word) -> int | None:
    """The token of the person named right after the person at ``k``, the genitive of a
    body in a title (``المتحدث باسم قوات حفتر أحمد المسماري``), past a rank or a nisba
    (``قوات X الليبية العقيد Y``): the title's holder, who speaks; None when no name
    follows at once (``قوات X قصف``), or only past another office (``الرئيس Y``, the one
    spoken to) or a word the cue lexicon knows."""
    m = mention_end_token(tokens, owner, k)
    for _ in range(_RANK_REACH + 1):
        if m >= len(tokens) or not _joined(text, tokens, m):
            return None
        if owner[m] is not None:
            return m if owner[m] is not owner[k] and owner[m].type == "PER" else None
        if not (tokens[m].norm in ROLE_NOUNS or nisba(tokens[m].norm)) or is_word(tokens[m].norm):
            return None  # not past another office (… حكومة X الرئيس Y: Y is spoken to)
        m += 1
    return None


def apposed_title_name(text: str, tokens, owner, k: int, is_word) -> int | None:
    """After the comma before token ``k``, a second office that names the subject
    (``رئيس المجموعة، الرئيس النيجيري بولا تينوبو،``): the token of its person, within a
    few words and before any punctuation or a word the cue lexicon knows
    (``is_word(norm)``: a cue, ``أن``, a preposition); None otherwise."""
    if owner[k] is not None or tokens[k].norm not in TITLE_HEADS:
        return None
    for m in range(k + 1, min(len(tokens), k + _APPOSITION_REACH)):
        if not _joined(text, tokens, m) or (owner[m] is None and is_word(tokens[m].norm)):
            return None
        if owner[m] is not None and owner[m].type == "PER":
            return m
    return None
