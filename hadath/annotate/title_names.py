"""A person's name right after a rank or role noun, where the model saw none.

``المدير العام للأمن العام اللواء كمال حداد``, ``القيادي عماد جمعة``: a rank or role
noun in ال is followed by the name of whom it describes. The tagger, whose features are
mostly the words themselves, misses such names when it has not met them. The rule is
narrow so as not to take common words for names: the first word must be a given name
of the model's name list (``name_parts.tsv``, without ال), the next one or two words
name-like (no word that no name holds, no preposition), all within one run of words
that only spaces separate.
"""
from __future__ import annotations

from functools import partial

from hadath.annotate.name_spans import name_parts, not_names
from hadath.text.normalize import normalize_ar
from hadath.text.segment import space_joined

# rank and role nouns (normalized) that a person's name follows directly
ROLE_NOUNS = frozenset(normalize_ar(w) for w in (
    "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "العماد", "المشير",
    "الشيخ", "الدكتور", "الدكتورة", "القيادي", "القيادية", "الناشط", "الناشطة",
    "المحامي", "المحامية", "السفير", "السفيرة", "المعارض", "المعارضة", "الصحفي",
    "الصحفية", "الكاتب", "الكاتبة", "الأسير", "الأسيرة", "النائب", "النائبة", "القاضي",
    "المطران", "الأب", "الحاخام", "الجنرال", "الأدميرال", "المبعوث", "الموفد"))
_PREPOSITIONS = frozenset(normalize_ar(w) for w in (
    "في", "من", "على", "إلى", "عن", "مع", "لدى", "باسم", "خلال", "أمام", "بعد", "قبل"))
_MAX_WORDS = 3


def role_names(text: str, tokens, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, "PER") for two or three words after a role noun that open with a
    given name, where no mention already is."""
    given, surnames, seen = name_parts()
    stop = not_names()

    joined = partial(space_joined, text, tokens)  # the same sentence, one space apart

    def name_like(norm: str) -> bool:  # جمعة "Friday" is a family name too
        return norm.isalpha() and norm not in _PREPOSITIONS and norm not in ROLE_NOUNS \
            and (norm in surnames or norm not in stop
                 and (not norm.startswith("ال") or norm in seen))

    out = []
    for i, tok in enumerate(tokens):
        norm = tok.norm[1:] if tok.norm.startswith("و") and tok.norm[1:] in ROLE_NOUNS \
            else tok.norm
        if norm not in ROLE_NOUNS or not joined(i + 1):
            continue
        first = tokens[i + 1].norm
        if first not in given or first.startswith("ال") or first in stop:
            continue
        end = i + 1
        while end + 1 < len(tokens) and end - i < _MAX_WORDS and joined(end + 1) \
                and name_like(tokens[end + 1].norm) \
                and (end == i + 1 or tokens[end + 1].norm in surnames):
            end += 1
        if end == i + 1:
            continue
        span = (tokens[i + 1].start, tokens[end].end)
        if not any(s < span[1] and span[0] < e for s, e in taken):
            out.append((*span, "PER"))
    return out


# offices held in or at a place, whose holder's name follows that place: السفير التركي
# لدى بغداد X، سفيرة المملكة لدى إسبانيا X، ممثلها لدى الأمم المتحدة X، والي هطاي X
POSTS = frozenset(normalize_ar(w) for w in (
    "سفير", "سفيرة", "السفير", "السفيرة", "سفيرها", "سفيرهم", "سفيرنا", "القنصل", "قنصل",
    "ممثل", "ممثلة", "الممثل", "الممثلة", "ممثلها", "مندوب", "المندوب", "مندوبها",
    "المندوبة", "والي"))
_AT = frozenset(normalize_ar(w) for w in ("لدى", "في"))
# a preposition or conjunction on the article opens no name (مديرا للمخابرات، بالوكالة)
_CLITIC_ARTICLE = ("لل", "بال", "وال", "فال", "كال")
_POST_REACH = 4  # words between the office and لدى (السفير الفرنسي العام …)


def _name_ends(text: str, tokens, k: int) -> bool:
    """A name that ends before token ``k``: punctuation, the sentence's end or a
    preposition follows (``والي هطاي أردال آطا.``, ``السفيرة … جيسيكا X من البلاد``)."""
    return k >= len(tokens) or not space_joined(text, tokens, k) \
        or tokens[k].norm in _PREPOSITIONS


def posted_names(text: str, tokens, places: list[tuple[int, int]],
                 taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, "PER") for two or three words right after the place or body of an
    office held there (``السفير الفرنسي لدى الجزائر فرانسوا غويات``, ``والي هطاي أردال
    آطا``), where no mention already is. The slot names the holder, so the first word
    need not be a given name the model's list knows (foreign envoys' names mostly are
    not); but such a name must then be seen to end after two words (punctuation or a
    preposition: not ``في بيشاور شمال غرب باكستان``). A third word must be a known
    family name."""
    given, surnames, seen = name_parts()
    stop = not_names()
    joined = partial(space_joined, text, tokens)
    starts = {s: e for s, e in places}

    def name_like(norm: str) -> bool:
        return norm.isalpha() and norm not in _PREPOSITIONS and norm not in ROLE_NOUNS \
            and norm not in POSTS and norm not in stop \
            and not norm.startswith(_CLITIC_ARTICLE) \
            and (not norm.startswith("ال") or norm in seen)

    out = []
    for i, tok in enumerate(tokens):
        governor = tok.text == "والي"  # not وإلى "and to", which normalizes the same
        norm = tok.norm[1:] if tok.norm[:1] in "وف" and tok.norm[1:] in POSTS \
            and not governor else tok.norm
        if norm not in POSTS:
            continue
        # the place: right after والي (a province we may not know: والي هطاي), else after
        # لدى/في within a few words of the office
        k = i + 1 if governor else next(
            (m + 1 for m in range(i + 1, min(len(tokens) - 1, i + 1 + _POST_REACH))
             if tokens[m].norm in _AT and joined(m)), None)
        if k is None or k >= len(tokens) or not joined(k) \
                or not (tokens[k].start in starts or governor):
            continue
        end_char = starts.get(tokens[k].start, tokens[k].end)
        first = next((m for m in range(k, len(tokens)) if tokens[m].start >= end_char), None)
        if first is None or first + 1 >= len(tokens) or not joined(first) \
                or not joined(first + 1) or not name_like(tokens[first].norm) \
                or not name_like(tokens[first + 1].norm):
            continue
        if tokens[first].norm not in given and not _name_ends(text, tokens, first + 2):
            continue  # an unknown first word must be seen to end: شمال غرب باكستان, اذا لم تتم
        end = first + 1
        if joined(end + 1) and tokens[end + 1].norm in surnames \
                and name_like(tokens[end + 1].norm):
            end += 1
        span = (tokens[first].start, tokens[end].end)
        if not any(s < span[1] and span[0] < e for s, e in taken):
            out.append((*span, "PER"))
    return out
