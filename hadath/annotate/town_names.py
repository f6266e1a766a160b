"""A town's name right after the word for a town, where neither lexicon nor model saw one.

``على أطراف بلدة الطرة الحدودية``, ``في محيط بلدة حوش السيد علي بالمدفعية``: Arabic news
introduces a small place with ``بلدة`` or ``قرية`` (town, village) and its name. Every such
phrase in the gold sets names a place, but villages are too many for any gazetteer and the
tagger, which mostly knows words it has met, leaves them out. The rule is narrow:

- a first word such as ``بيت``, ``كفر``, ``عين`` takes the next word with it;
- the first word is the name unless it is an adjective of the head noun (``بلدة حدودية``,
  ``قرية صغيرة``: an indefinite feminine word, a nisba or a common one) or a preposition;
- up to two more words join it when they look like parts of a name: a definite word
  that does not agree with the feminine head as an adjective does (``علما الشعب``,
  ``حوش السيد``; not ``الحدودية``, ``المحتلة``), or a word names are made of (``علي``);
- only words that spaces alone separate, in one sentence; no preposition, no ``و``.
"""
from __future__ import annotations

from functools import partial

from hadath.annotate.name_spans import name_parts
from hadath.ner.resources import word_frequencies
from hadath.text.normalize import normalize_ar
from hadath.text.segment import space_joined

# the head nouns (normalized), with a proclitic و or ب allowed
_HEADS = frozenset(normalize_ar(w) for w in ("بلدة", "قرية"))
_STOP = frozenset(normalize_ar(w) for w in (
    "في", "من", "على", "إلى", "عن", "مع", "لدى", "قرب", "بين", "عند", "خلال", "بعد", "قبل",
    "أمام", "حيث", "التي", "الذي", "غرب", "شرق", "شمال", "جنوب", "غربي", "شرقي", "شمالي",
    "جنوبي", "أخرى", "واحدة", "أمس", "اليوم", "فجر", "مساء", "صباح", "ليل", "نحو", "أو",
    "ثم", "حتى", "قد", "لا", "لم", "كان", "كانت", "تقع", "يقع", "التابعة", "القريبة"))
# first words of compound place names that a second word completes (بيت حانون, كفر قليل)
_PREFIXES = frozenset(normalize_ar(w) for w in (
    "بيت", "عين", "كفر", "دير", "تل", "خربة", "أم", "أبو", "رأس", "جسر", "حوش", "بئر", "برج",
    "باب", "وادي", "جبل", "قصر", "سيدي", "بني", "مجدل", "عرب", "خان", "بر"))
# an indefinite word this common after the head is an adjective (صغيرة 54, مصغرة 37)
_ADJECTIVE_ZIPF = 34
_MAX_WORDS = 3


def _adjective(norm: str, freq: dict[str, int]) -> bool:
    """An indefinite feminine adjective of the head (``حدودية``, ``مجاورة``)."""
    return not norm.startswith("ال") and norm.endswith("ه") \
        and (norm.endswith("يه") or freq.get(norm, 0) >= _ADJECTIVE_ZIPF)


def _arabic(norm: str) -> bool:
    """A word of Arabic letters only (no digits, no Latin)."""
    return bool(norm) and all("\u0621" <= ch <= "\u064a" for ch in norm)


def _name_part(norm: str, seen: frozenset[str]) -> bool:
    """A later word of a place name: definite and not a feminine adjective, or a name."""
    if norm in _STOP or norm.startswith(("و", "ب", "ل", "ك")) and norm[1:3] == "ال":
        return False
    if norm.startswith("ال"):  # not a feminine or plural adjective (الحدودية، المقاتلون)
        return not norm.endswith(("ه", "ي", "ون"))
    return norm in seen


def town_names(text: str, tokens, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, "LOC") for the name after ``بلدة``/``قرية`` where no mention already is."""
    freq = word_frequencies()
    _, _, seen = name_parts()

    joined = partial(space_joined, text, tokens)  # the same sentence, one space apart

    out = []
    for i, tok in enumerate(tokens):
        norm = tok.norm[1:] if tok.norm[:1] in "وب" and tok.norm[1:] in _HEADS else tok.norm
        if norm not in _HEADS or not joined(i + 1):
            continue
        first = tokens[i + 1].norm
        if not _arabic(first) or first in _STOP or first.startswith("و") \
                or _adjective(first, freq):
            continue
        end = i + 1
        if first in _PREFIXES and joined(i + 2) and _arabic(tokens[i + 2].norm) \
                and tokens[i + 2].norm not in _STOP:
            end = i + 2  # بيت حانون: the prefix needs its second word
        while end + 1 < len(tokens) and end - i < _MAX_WORDS and joined(end + 1) \
                and _name_part(tokens[end + 1].norm, seen):
            end += 1
        span = (tokens[i + 1].start, tokens[end].end)
        if not any(s < span[1] and span[0] < e for s, e in taken):
            out.append((*span, "LOC"))
    return out
