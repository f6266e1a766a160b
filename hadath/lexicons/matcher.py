"""One Aho-Corasick automaton over every alias of the actor and place lexicons.

Matching runs on normalized text (``hadath.text.normalize``) and respects Arabic
clitics: a match must end at a word end and start at a word start or right after a
proclitic (``و ف ب ل``, ``ك`` before the article, and pairs ``وب ول فب …``). Names
that begin with the article ``ال`` take only the non-``ل`` proclitics, since ``ل`` + ``ال`` contracts to
``لل``: ``للأمم المتحدة`` is found through a second key ``لامم المتحده`` that must
follow a ``ل`` and yields the mention ``لأمم المتحدة`` (GUIDELINES.md).

Person names also get a *short* key, the family name (``لافروف`` of ``سيرغي لافروف``),
which the entity stage accepts only when the full name came earlier in the article.
A place that needs a type word (``[محافظة ]حجة``, since ``حجة`` is also "argument")
gets a *listed* key, the bare name, which the entity stage accepts only inside a list
of places (``الحديدة وتعز وحجة``); so does a country that needs one (``[دولة ]مالي``,
since ``مالي`` is also "financial"), also accepted after a preposition or a word of
state (``في مالي``, ``حكومة مالي``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import ahocorasick

from hadath.lexicons.actors import load_actors
from hadath.lexicons.places import load_places
from hadath.lexicons.tsv import DATA_DIR, after_full, alias_parts
from hadath.text.normalize import normalize_ar

FULL, SHORT, LISTED = 0, 2, 3  # a listed name, a family name alone, a bare place name
COMMON_SHORT = 4  # a family name alone that is also a common word (بري, السوداني)

# proclitic strings allowed before a name, by whether the name starts with ال
# (كـ before a bare name is rare and makes words: كسرت is "broke", not ك + سرت)
_BEFORE_PLAIN = frozenset({"و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})
_BEFORE_ARTICLE = frozenset({"و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"})
_BEFORE_CONTRACTED = frozenset({"ل", "ول", "فل"})

# a family name that follows one of these is a compound: عبد العاطي, نصر الله
_COMPOUND_HEADS = frozenset({"عبد", "ابو", "ابن", "نصر", "عطا", "فضل", "خير", "ولد", "بو"})
_COMPOUND_TAILS = frozenset({"الله", "الدين", "الرحمن"})
# names with these particles are dynastic (تميم بن حمد آل ثاني): no short key
_DYNASTIC = frozenset({"بن", "بنت", "ال"})
# type words before a place name; the bare name is then also a LISTED key
_PLACE_TYPES = frozenset((  # normalized forms (hadath.text.normalize)
    "محافظه", "مدينه", "ولايه", "قضاء", "اقليم", "اقاليم", "بلده", "منطقه", "مديريه",
    "ناحيه", "قريه", "جزيره", "مستوطنه"))
# type words before a country name that is also a common word (``[دولة ]مالي``): the
# bare name is a LISTED key, accepted in a list of places or after a country context
# word (hadath.annotate.name_positions.in_country_context)
_COUNTRY_TYPES = frozenset(("دوله", "جمهوريه"))


@dataclass(frozen=True, slots=True)
class Hit:
    """A raw match in normalized text: [start, end) and the (entry id, kind) it may be."""
    start: int
    end: int
    candidates: tuple[tuple[str, int], ...]


def family_name(norm_alias: str) -> str | None:
    """The normalized family name of a normalized full person name, or None.

    A name with one dynastic particle right before its last word has that pair as its
    family name: ``آل جابر`` of ``محمد آل جابر``, ``بن صالح`` of ``عبد القادر بن صالح``;
    a longer lineage (``تميم بن حمد آل ثاني``) has none, nor has a patronymic in عبد
    (``بن عبدالعزيز``), which every son of that father bears.
    """
    toks = norm_alias.split()
    if len(toks) >= 2 and toks[-2] in _DYNASTIC and len(_DYNASTIC.intersection(toks)) == 1 \
            and toks.count(toks[-2]) == 1 and len(toks[-1]) >= 3:
        # بن عبدالعزيز, بن عبدالله: a whole generation of princes shares the patronymic
        return None if toks[-2] == "بن" and toks[-1].startswith("عبد") else " ".join(toks[-2:])
    if len(toks) < 2 or _DYNASTIC.intersection(toks):
        return None
    if toks[-1] in _COMPOUND_TAILS or toks[-2] in _COMPOUND_HEADS:
        if len(toks) < 3:
            return None
        short = " ".join(toks[-2:])
    else:
        short = toks[-1]
    return short if len(short) >= 3 else None


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _load_stoplist() -> frozenset[str]:
    path = DATA_DIR / "src" / "stoplist.txt"
    if not path.exists():
        return frozenset()
    words = (ln.split("#", 1)[0].strip() for ln in path.open(encoding="utf-8"))
    return frozenset(normalize_ar(w) for w in words if w)


class NameMatcher:
    """Finds lexicon names in normalized text; build once, reuse for every article."""

    def __init__(self, names: Iterable[tuple[str, str, str]],
                 stoplist: frozenset[str] = frozenset()):
        """``names``: (entry id, entry type, alias) triples; the stoplist vetoes keys.

        Aliases use the syntax of :func:`hadath.lexicons.tsv.alias_parts`.
        """
        # key -> {(entry id, kind, contracted, characters of context to skip)}
        keys: dict[str, dict[tuple[str, int, bool, int], None]] = {}

        def add(key: str, entry_id: str, kind: int, skip: int) -> None:
            keys.setdefault(key, {})[(entry_id, kind, False, skip)] = None
            if key.startswith("ال") and len(key) > 3:
                keys.setdefault(key[1:], {})[(entry_id, kind, True, max(skip - 1, 0))] = None

        shorts: list[tuple[str, str]] = []
        for entry_id, etype, alias in names:
            context, name, dateline_only = alias_parts(alias)
            if dateline_only:
                continue
            ctx = " ".join(normalize_ar(context).split())
            key = " ".join(normalize_ar(f"{context} {name}").split())
            if len(key) < 2 or key in stoplist:
                continue
            if after_full(alias):  # counts only after the full name: a SHORT key
                shorts.append((key, entry_id, SHORT, len(ctx) + 1 if ctx else 0))
                continue
            add(key, entry_id, FULL, len(ctx) + 1 if ctx else 0)
            if ctx and etype == "ORG":  # حزب «تقدم», ائتلاف "دولة القانون": a quoted name
                add(f'{ctx} "{key[len(ctx) + 1:]}', entry_id, FULL, len(ctx) + 2)
            if etype == "PER" and not ctx:
                short = family_name(key)
                if short and short not in stoplist:
                    shorts.append((short, entry_id, SHORT, 0))
                elif short and len(short) >= 3:
                    shorts.append((short, entry_id, COMMON_SHORT, 0))
                for title, first in royal_first_names(key):
                    shorts.append((f"{title} {first}", entry_id, SHORT, len(title) + 1))
            bare = " ".join(normalize_ar(name).split())
            if etype == "LOC" and ctx in _PLACE_TYPES | _COUNTRY_TYPES and len(bare) >= 2:  # even a stop word
                shorts.append((bare, entry_id, LISTED, 0))
        for short, entry_id, kind, skip in shorts:
            add(short, entry_id, kind, skip)
        self._automaton = ahocorasick.Automaton()
        for key, cands in keys.items():
            self._automaton.add_word(key, (len(key), key.startswith("ال"), tuple(cands)))
        self._automaton.make_automaton()
        self.size = len(keys)

    def hits(self, norm: str) -> list[Hit]:
        """Every match with good word boundaries (overlaps not yet resolved).

        A hit's span excludes a required context (``حركة`` of ``[حركة ]فتح``).
        """
        out: list[Hit] = []
        n = len(norm)
        for last, (length, article, cands) in self._automaton.iter(norm):
            end = last + 1
            if end < n and _is_word(norm[end]):
                continue
            start = end - length
            p = start
            while p > 0 and _is_word(norm[p - 1]) and start - p <= 2:
                p -= 1
            if p > 0 and _is_word(norm[p - 1]):
                continue
            prefix = norm[p:start]
            by_skip: dict[int, list[tuple[str, int]]] = {}
            for entry_id, kind, contracted, skip in cands:
                if contracted:
                    ok = prefix in _BEFORE_CONTRACTED
                elif not prefix:
                    ok = True
                elif article:
                    ok = prefix in _BEFORE_ARTICLE
                else:
                    # ل before a short alef-initial name reads as لا (لازمت ≠ ل + ازمت)
                    ok = prefix in _BEFORE_PLAIN and not (
                        prefix.endswith("ل") and norm[start] == "ا" and length < 5)
                if ok:
                    by_skip.setdefault(skip, []).append((entry_id, kind))
            for skip, found in by_skip.items():
                out.append(Hit(start + skip, end, tuple(dict.fromkeys(found))))
        return out


# countries whose people's names are Arabic: their names keep غ as it is
_ARABIC_NAMES = frozenset("SYR IRQ LBN JOR PSE EGY LBY TUN DZA MAR MRT SDN SAU ARE QAT KWT BHR "
                          "OMN YEM SOM DJI COM".split())


def spelling_variants(alias: str) -> list[str]:
    """Other spellings of a transliterated foreign name: Egyptian and Gulf outlets
    write the hard G with ج where Levantine ones use غ (``غوتيريش``/``جوتيريش``)."""
    return [alias.replace("غ", "ج")] if "غ" in alias else []


_KUNYA = ("أبو ", "ابو ")
_ROYAL_TITLES = tuple((  # normalized forms (hadath.text.normalize)
    "الشيخ", "الامير", "الملك", "السلطان", "الاميره"))


def royal_first_names(norm_alias: str) -> list[tuple[str, str]]:
    """(title, first name) keys for a dynastic name: after ``عبد الله بن زايد``, the news
    calls him ``الشيخ عبد الله``. Like a family name, such a key counts only once the
    full name was named (the entity stage checks that)."""
    toks = norm_alias.split()
    if len(toks) < 3 or not _DYNASTIC.intersection(toks[1:]):
        return []
    first = " ".join(toks[:2]) if toks[0] in _COMPOUND_HEADS else toks[0]
    if first.split()[-1] in _DYNASTIC or len(first) < 3:
        return []
    return [(t, first) for t in _ROYAL_TITLES]


# not آل الشيخ: a religious family, whose members go by the whole nasab; without it
# عبد العزيز بن عبد الله (آل الشيخ) is anyone's name
_RULING_FAMILIES = ("الصباح", "آل ثاني", "آل نهيان", "آل مكتوم", "آل خليفة", "آل سعود",
                    "آل سعيد")


def name_variants(alias: str) -> list[str]:
    """Other ways the news writes the same person's name.

    ``عبد الله`` is also written joined (``عبدالله``) and the other way round; a kunya
    declines (``أبو محمد`` → ``بأبي محمد``، ``أبا محمد``); a double family name has
    a spaced hyphen (``هينيس - بلاسخارت``); a ruling family's name may be left off a
    name of three words or more (``أحمد ناصر المحمد الصباح`` → ``أحمد ناصر المحمد``).
    """
    out: list[str] = []
    words = alias.split()
    for i, w in enumerate(words[:-1]):
        if w == "عبد":
            out.append(" ".join(words[:i] + [w + words[i + 1]] + words[i + 2:]))
    for i, w in enumerate(words):
        if w.startswith("عبدال") and len(w) > 6:
            out.append(" ".join(words[:i] + ["عبد", w[3:]] + words[i + 1:]))
    # a nasab of two عبد names is also written with both joined (عبدالعزيز بن عبدالله)
    if words.count("عبد") > 1:
        out.append(alias.replace("عبد ", "عبد"))
    if alias.startswith(_KUNYA):
        rest = alias.split(" ", 1)[1]
        out += [f"أبي {rest}", f"أبا {rest}"]
    if "-" in alias and " - " not in alias:
        out.append(alias.replace("-", " - "))
    # a ruling family's name is often left off: محمد عبد الله المبارك (الصباح)
    for family in _RULING_FAMILIES:
        rest = alias[:-len(family)].strip() if alias.endswith(" " + family) else ""
        if len(rest.split()) >= 3:
            out.append(rest)
    return [v for v in out if v != alias]


@lru_cache(maxsize=1)
def default_matcher() -> NameMatcher:
    """The matcher over the packaged lexicons, built once per process."""
    actors, places = load_actors(), load_places()
    names = [(e.id, e.type, a) for e in actors.entries for a in e.aliases]
    names += [(e.id, e.type, v) for e in actors.entries
              if e.type == "PER" and e.country not in _ARABIC_NAMES
              for a in e.aliases if not after_full(a) for v in spelling_variants(a)]
    names += [(e.id, e.type, v) for e in actors.entries if e.type == "PER"
              for a in e.aliases if not a.startswith(("[", "^", "=")) for v in name_variants(a)]
    names += [(e.id, "LOC", a) for e in places.entries for a in e.aliases]
    return NameMatcher(names, _load_stoplist())
