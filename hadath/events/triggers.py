"""Finding trigger words of the trigger table in a sentence's tokens.

Patterns are sequences of dictionary words with optional gaps (``…``, up to
:data:`MAX_GAP` words). Every pattern is tried at every token; overlapping hits are
resolved longest first (``شن … غارات`` beats ``غارات``, ``قطع … علاقاتها`` beats nothing
else), so one word yields at most one event type.
"""
from __future__ import annotations

from dataclasses import dataclass

from hadath.events.envoy_to import envoy_to
from hadath.events.lexicons import BLOCKER, GAP, LONG_GAP, EventLexicons, TriggerEntry
from hadath.events.words import JOINED_PREPS, WordForms
from hadath.text.particles import THAT

MAX_GAP = 4
# words after which a verb-looking form is a noun
NOUN_CONTEXT = frozenset({"جراء", "اثر", "بعد", "قبل", "في", "من", "الي", "علي", "عن", "خلال",
                          "منذ", "ضد", "بسبب", "نتيجه", "عقب", "لدي", "مع",
                          "امام", "خلف", "وراء", "حول", "تحت", "فوق", "عند", "بين", "نحو"})
MAX_LONG_GAP = 14


@dataclass(frozen=True, slots=True)
class TriggerHit:
    entry: TriggerEntry
    matched: tuple[int, ...]   # indices (in the sentence's token list) of the matched words
    loose: int = 0             # words matched only without their article (وقف عملياته)

    @property
    def first(self) -> int:
        return self.matched[0]

    @property
    def last(self) -> int:
        return self.matched[-1]


class TriggerMatcher:
    """Index of the trigger table by first word; picklable."""

    def __init__(self, lexicons: EventLexicons):
        index: dict[str, list[TriggerEntry]] = {}
        for entry in lexicons.triggers:
            for first in _first_variants(entry):
                index.setdefault(first, []).append(entry)
        self.index = {k: tuple(v) for k, v in index.items()}

    def _verb_with_object(self, f: WordForms, key: str, ptype: str) -> bool:
        """Is a noun key ending in ه (``رفضه``) read off a word that is a verb of the same
        act with the feminine ت and an object pronoun (``ورفضته``: she rejected it)? Only
        a ة is written ت before a pronoun, and ``رفضة`` is no word: ``رفض`` is a verb here."""
        if not key.endswith("ه"):
            return False
        verb = key[:-1]
        if not any(e.form == "v" and e.type == ptype for e in self.index.get(verb, ())):
            return False
        # (joined by و to the act before; ``وهو ما رفضته مصر`` keeps its reading of
        # hadath.events.subjects.what_one_answered)
        return any(stem == verb + x and prefix in ("و", "ف")
                   for prefix, stem in f.stems for x in _FEMININE_OBJECT)

    def find(self, forms: list[WordForms], blocked: frozenset[int] = frozenset()
             ) -> list[TriggerHit]:
        """Non-overlapping hits in a sentence; ``blocked`` tokens (inside names) never match."""
        hits: list[TriggerHit] = []
        for i, f in enumerate(forms):
            if i in blocked or i > 0 and _place_name_after(forms[i - 1], f):
                continue
            seen: set[int] = set()
            for key in f.keys:
                for entry in self.index.get(key, ()):
                    if id(entry) in seen:
                        continue
                    if entry.form in ("v", "i", "p") and (
                            key not in f.verb_keys or i > 0 and i - 1 not in blocked
                            and _after_preposition(forms[i - 1])):
                        # القصف, جراء قصف, على طلب: a noun, not a verb; but a name that
                        # looks like a preposition is none (الرباط (ومع) - وقع …)
                        continue
                    if entry.form == "n" and self._verb_with_object(f, key, entry.type):
                        continue    # ورفضته: رفض+ت+ه, a verb; not the masdar رفضه
                    seen.add(id(entry))
                    matched = _match(entry, forms, i, blocked)
                    if matched and "parties" in entry.flags and not _parties_between(
                            entry, forms, matched, blocked):
                        continue
                    if matched:
                        loose = sum(1 for w, j in zip([w for w in entry.words[1:]
                                                       if w not in (GAP, LONG_GAP)],
                                                      matched[1:])
                                    if not _word_matches(w, forms[j], strict=True))
                        hits.append(TriggerHit(entry, matched, loose))
        # longest match first; on a tie the longer dictionary form (زياره over زار for
        # زيارته), then the table order, so the result never depends on set order
        # and a blocker beats an event of its length (وقع قانونا … مذكرة: no agreement)
        hits.sort(key=lambda h: (-len(h.matched), "weak" in h.entry.flags,
                                 h.entry.type != BLOCKER, h.loose, h.first,
                                 -len(h.entry.text), h.entry.text, h.entry.type))
        taken: set[int] = set()
        out = []
        for h in hits:
            if taken.isdisjoint(h.matched):
                taken.update(h.matched)
                out.append(h)
        return sorted(out, key=lambda h: h.first)


# a verb's feminine ت with an object pronoun (رفضته, دعمتها)
_FEMININE_OBJECT = ("ته", "تها", "تهم", "تهما")


def _first_variants(entry: TriggerEntry) -> set[str]:
    first = entry.words[0]
    out = {first}
    if entry.form == "i" and first.startswith("ي"):
        out |= {"ت" + first[1:], "ن" + first[1:]}   # يدعو → تدعو, ندعو
    return out


def _parties_between(entry: TriggerEntry, forms: list[WordForms], matched: tuple[int, ...],
                     blocked: frozenset[int]) -> bool:
    """``اتفاق السعودية وقطر على``: a masdar in construct with the parties that act, so
    its first word is bare (not ``بالاتفاق``, ``الاتفاق عليه``) and only names stand in
    its gap (not ``بالاتفاق، وشكر مصر وقطر على``)."""
    bare = any(stem == entry.words[0] and prefix in ("", "و", "ف")
               for prefix, stem in forms[matched[0]].stems)
    return bare and all(j in blocked for j in range(matched[0] + 1, matched[-1]))


def _word_matches(word: str, f: WordForms, strict: bool = False) -> bool:
    if word in JOINED_PREPS:
        # … or written apart with a tatweel before a quote (منددة بـ"الإيقافات"): a lone ب
        return f.joined_prep == word or any(stem == word for _, stem in f.stems)
    if word in f.keys:
        return True
    # a noun in construct loses its article: وقف العمليات / وقف عملياته
    return not strict and word.startswith("ال") and len(word) > 4 and word[2:] in f.keys


def _match(entry: TriggerEntry, forms: list[WordForms], i: int,
           blocked: frozenset[int]) -> tuple[int, ...] | None:
    matched = [i]
    pos = i + 1
    gap = 0
    for word in entry.words[1:]:
        if word == GAP:
            gap = MAX_GAP
            continue
        if word == LONG_GAP:
            gap = MAX_LONG_GAP
            continue
        found = None
        budget, j = gap, pos
        while j < len(forms) and budget >= 0:
            if j not in blocked and _word_matches(word, forms[j]) \
                    and not envoy_to(forms, j, blocked):
                found = j
                break
            if j not in blocked and not _THAT.isdisjoint(forms[j].stem_set) and any(
                    stem in _THAT and "ب" not in prefix and not prefix.endswith("ال")
                    for prefix, stem in forms[j].stems):
                break             # أكد شمخاني أن طهران تحترم سيادة: another clause's words
                # (but الآن, "now", is no أن: أوقفت … حتى الآن 19 شخصا)
            if j not in blocked:
                budget -= 1       # names and dates inside a gap cost nothing
            j += 1
        if found is None:
            return None
        matched.append(found)
        pos = found + 1
        gap = 0
    return tuple(matched)


# particles opening a reported clause, which a gap does not cross; bare forms only: بأنها,
# after وصف, says what the act was, and a gap may cross it
_THAT = THAT


# heads of a named street, square, quarter or camp: the definite word after them is the
# name (حي التضامن, ميدان التحرير, شارع الثورة, مخيم النصر), not solidarity or a revolt
PLACE_HEADS = frozenset({"حي", "احياء", "شارع", "ساحه", "ميدان", "مخيم", "دوار", "ضاحيه"})


def _place_name_after(prev: WordForms, f: WordForms) -> bool:
    return not PLACE_HEADS.isdisjoint(prev.stem_set) and any(stem in PLACE_HEADS and prefix in ("", "و", "ب", "وب", "ف", "فب")
               for prefix, stem in prev.stems) and any(
        stem.startswith("ال") and not prefix for prefix, stem in f.stems)


def _after_preposition(prev: WordForms) -> bool:
    """Is the word before a preposition or a time word (``جراء``, ``منذ``), bare or
    after و/ف (``ومنذ مقتل``, ``وبعد مقتل``)? Then a verb-looking form is a noun."""
    return any(stem in NOUN_CONTEXT and not prefix.strip("وف") for prefix, stem in prev.stems)
