"""Matching dictionary words against normalized tokens with their clitics.

A token such as ``وقصفت`` or ``زيارته`` should match the dictionary words ``قصف`` and
``زياره``: proclitics are stripped with :func:`hadath.text.segment.strip_proclitics`, then
an inflectional or pronoun suffix may follow the word, and a final ``ه`` (ta marbuta)
becomes ``ت`` before a suffix. :func:`word_keys` lists every dictionary form a token can
stand for, so matching is a set lookup.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from hadath.model import Token
from hadath.text.segment import strip_proclitics

# verb endings (perfect/imperfect), noun plural/dual endings and object/possessive pronouns
SUFFIXES = frozenset({
    "ت", "ا", "وا", "تا", "ن", "نا", "تم", "ون", "ين", "ان", "ات", "ي",
    "ه", "ها", "هم", "هما", "هن", "كم", "ك",
    "ته", "تها", "تهم", "تهما", "وه", "وها", "وهم", "اه", "اها", "اهم", "تاه",
    "اته", "اتها", "اتهم",
})
_MAX_SUFFIX = max(len(s) for s in SUFFIXES)
# one-letter prepositions written joined to the next word (رحب بالاتفاق, ندد بالهجوم)
JOINED_PREPS = frozenset({"ب", "ل", "ك"})


# adverbs that normalization (أ → ا) makes look like a verb: هنا "here" and هنأ
# "congratulated"; only the written form tells them apart
_ADVERBS = frozenset({"هنا", "وهنا", "فهنا", "هناك"})


@dataclass(frozen=True, slots=True)
class WordForms:
    """What one token can stand for: its proclitic-free stems and dictionary keys."""
    stems: tuple[tuple[str, str], ...]   # (proclitic prefix, stem), longest prefix first
    keys: frozenset[str]
    verb_keys: frozenset[str]             # keys when only و/ف precede (verbs take no ب/ل/ال)
    joined_prep: str | None               # ب/ل/ك attached to the word, if any
    # the stems alone, worked out once per word: callers ask "is one of its stems in X"
    # for every token of every sentence, a set test rather than a loop over ``stems``
    stem_set: frozenset[str]


def word_keys(stem: str) -> set[str]:
    """Dictionary forms ``stem`` may be: itself, or itself without a suffix."""
    keys = {stem}
    for k in range(1, min(_MAX_SUFFIX, len(stem) - 2) + 1):
        suffix, base = stem[-k:], stem[:-k]
        if suffix not in SUFFIXES:
            continue
        keys.add(base)
        if base.endswith("ت"):
            keys.add(base[:-1] + "ه")      # زيارته → زياره
        if base.endswith("ا"):
            keys.add(base[:-1] + "ي")      # التقاه → التقي
        if suffix.startswith("ات") and len(base) >= 3:
            keys.add(base + "ه")           # مذكرات → مذكره, اتفاقيات → اتفاقيه
        if suffix in ("ت", "تا", "وا", "ن") and len(base) != 3:
            # defective verbs drop their last letter: استدعت → استدعى, التقت → التقى,
            # دعت → دعا, نفت → نفى (never for three letters: قتلت is not قتلى)
            keys.add(base + "ي")
            if len(base) == 2:
                keys.add(base + "ا")
    return keys


def forms_of(token: Token) -> WordForms:
    """The forms of ``token``; the same word is worked out once per process (bounded)."""
    return _forms(token.norm, token.text.strip("،,.:\"'«»") in _ADVERBS)


@lru_cache(maxsize=1 << 16)
def _forms(norm: str, adverb: bool) -> WordForms:
    stems = tuple((norm[:plen], stem) for plen, stem in strip_proclitics(norm))
    keys: set[str] = set()
    verb_keys: set[str] = set()
    for prefix, stem in stems:
        found = word_keys(stem)
        keys |= found
        if prefix in ("", "و", "ف"):
            # a perfect verb takes no bare ي (وزاري "ministerial" is no وزار "and visited")
            verb_keys |= found - {stem[:-1]} if stem.endswith("ي") else found
    if adverb:
        keys -= {"هنا"}           # هنا "here", not هنأ "congratulated" written without hamza
        verb_keys -= {"هنا"}
    prep = None
    for prefix, _ in stems:
        core = prefix.lstrip("وف")
        if core[:1] in JOINED_PREPS:
            prep = core[:1]
            break
    return WordForms(stems, frozenset(keys), frozenset(verb_keys), prep,
                     frozenset(stem for _, stem in stems))


def stems_only(forms: WordForms) -> frozenset[str]:
    """Stems without suffix stripping: for names and adjectives that take no suffix."""
    return forms.stem_set


def conj_prefix(forms: WordForms, used_stem: str) -> str:
    """The proclitic written before ``used_stem`` in this token ('' when none)."""
    for prefix, stem in forms.stems:
        if stem == used_stem:
            return prefix
    return ""
