"""Where a person's name the model found begins and ends: the ``ner`` stage's repairs.

The tagger often cuts an unknown full name short, and a speaker with a cut name is both
a false speaker and a missed one. Three repairs, each from the words around the span,
never into a dictionary mention:

- ``باسمه`` after a spokesman (``المتحدث باسمه``) is no given name (باسمة) but "for
  him", and leaves the span;
- two person spans with only a space between them are one name (``علي حسن`` +
  ``محمد`` is ``علي حسن محمد``); a speech noun the tagger took in (``محمد قوله`` "his
  saying") is no part of a name;
- a name part before ``ولد``/``بن``/``بنت`` right before the span belongs to it
  (``الداه ولد عبد الجليل``), and so does a given name right before it
  (``الدكتورة نهى عبد الرازق``);
- a span that ends with ``بن``/``ولد`` takes the name after it (``نور الدين بن يسعد``);
- a family name right after the span belongs to it (``محمد إبراهيم الحافظ``); a rarer
  one, or a tribe's nisba after ``بن``, only where the name must end after it (a comma,
  ``لـ"…"``, ``إن``: ``خالد بن سعيد الهنائي لـ"الشبيبة"``).

A fourth finds names the model missed where only a speaker's name can stand: after a
speech cue and its title, right before the reported clause (``speaker_slot_names``).

Given names and family names come from ``hadath/models/name_parts.tsv`` (counts of
each word as a given name and as a surname in the NER training names).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate

from hadath.annotate.speech_cues import default_cues
from hadath.ner.resources import MODELS
from hadath.text.normalize import normalize_ar

# words that join a person's name to the father's or tribe's name
_CONNECTORS = frozenset({"ولد", "ول", "بن", "ابن", "بنت", "منت"})
# speech nouns the tagger takes for a family name: نقلت عن الوزير X قوله
_SPEECH_NOUNS = frozenset({"قوله", "قولها", "قولهم", "تاكيده", "تاكيدها"})
# a word counts as a given name or surname seen at least this often in the training names
_MIN_COUNT = 5
# titles and ranks that the training names also hold as given names (normalized)
_TITLE_WORDS = frozenset({
    "مساعد", "امين", "سيد", "قاءد", "عميد", "حاكم", "ملك", "امير", "شيخ", "ناءب", "مستشار",
    "سفير", "عقيد", "لواء", "مقدم", "راءد", "نقيب", "دكتور", "رءيس", "وزير", "مدير", "زعيم",
    "سلطان", "مفتي", "قاضي", "محافظ", "نايب", "عضو", "مبعوث", "منسق", "ممثل", "امام",
    "متحدث", "ناطق", "سابق", "راحل", "جديد", "حالي", "اسبق", "مستقيل", "مكلف", "معارض",
    "مستقل", "بارز", "عام", "خاص", "مساعد", "اول", "ثاني", "ثالث"})
# what may follow a whole name: a comma or colon, لـ"…", إن، في تصريح, خلال
_NAME_CLOSED = re.compile(r'\s*[،,:]|\s+(?:لـ|ل["«]|[إا]ن |في تصريح|في بيان|في مؤتمر|خلال )')
_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669A-Za-z]+")


@lru_cache(maxsize=1)
def name_parts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(given names, surnames, any name part at all), normalized; read once per process."""
    given, surnames, seen = set(), set(), set()
    path = MODELS / "name_parts.tsv"
    if path.exists():
        with path.open(encoding="utf-8") as f:
            next(f, None)
            for line in f:
                norm, g, s = line.rstrip("\n").split("\t")
                seen.add(norm)
                if int(g) >= _MIN_COUNT:
                    given.add(norm)
                if int(s) >= _MIN_COUNT:
                    surnames.add(norm)
    return frozenset(given), frozenset(surnames), frozenset(seen)


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Normalized words that never join a name, though the training names hold some as
    surnames: speech cues (``قال``), nationality adjectives (``المصري``), time words
    (``الخميس``) and office titles (``الوزير``)."""
    from hadath.lexicons.nationalities import definite_adjectives
    from hadath.times.lexicon import TimeLexicon
    from hadath.lexicons.tsv import DATA_DIR
    words = set(default_cues().kinds) | set(definite_adjectives()) | set(_TITLE_WORDS)
    words |= {f"ال{w}" for w in _TITLE_WORDS}
    for forms in TimeLexicon.load().words.values():
        words |= forms
    with (DATA_DIR / "office_titles.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith(("#", "title\t")):
                title = normalize_ar(line.split("\t")[0]).split()
                words.update(title[:1])
                words.update(f"ال{w}" for w in title[:1] if not w.startswith("ال"))
                words.update(w[2:] for w in title[:1] if w.startswith("ال"))
    return frozenset(words)


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    """(start, word) of the word right before ``start`` with one space between."""
    if start < 2 or text[start - 1] != " ":
        return None
    m = None
    for m in _WORD.finditer(text, max(0, start - 40), start - 1):
        pass
    if m is None or m.end() != start - 1:
        return None
    return m.start(), m.group()


def _word_after(text: str, end: int) -> tuple[int, str] | None:
    if end + 1 >= len(text) or text[end] != " ":
        return None
    m = _WORD.match(text, end + 1)
    return (m.end(), m.group()) if m else None


def repair_person_spans(text: str, spans: list[tuple[int, int, str]],
                        taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``spans`` (start, end, type) with person spans made whole; ``taken`` are the
    dictionary's mentions, which no repair reaches into."""
    given, surnames, seen = name_parts()
    stop = not_names()

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    def usable(word: str) -> str | None:
        norm = normalize_ar(word)
        return None if norm in stop or norm in _SPEECH_NOUNS else norm

    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans):
        if kind != "PER":
            out.append((start, end, kind))
            continue
        last = text[start:end].split()
        if len(last) > 1 and normalize_ar(last[-1]) in _SPEECH_NOUNS:
            end = start + text[start:end].rstrip().rfind(" ")
        start = _after_spokesman(text, start, end)
        start = _after_descriptors(text, start, end, given, seen, stop)
        before = _word_before(text, start)
        if before is not None and free(before[0], start):
            norm = usable(before[1])
            two = _word_before(text, before[0])
            if norm in _CONNECTORS and two is not None and free(two[0], start) \
                    and usable(two[1]) in seen:
                start = two[0]  # الداه ولد عبد الجليل
            elif norm in given and norm not in surnames and norm not in _FOR_HIM:
                start = before[0]  # الدكتورة نهى عبد الرازق
            elif (norm or before[1] == "علي") and normalize_ar(before[1]) in given and \
                    norm not in _FOR_HIM and not (out and out[-1][1] > before[0]) and (
                    two is None or usable(two[1]) not in seen):
                start = before[0]  # السفير التركي علي رضا: a title before, so no surname
        after = _word_after(text, end)
        if after is not None and free(end, after[0]):
            norm = usable(text[end + 1:after[0]]) or ""
            closed = _NAME_CLOSED.match(text, after[0]) is not None
            if norm.startswith("ال") and norm not in given and (
                    norm in surnames or closed and (norm in seen or (
                        norm.endswith("ي") and " بن " in text[start:end]))):
                end = after[0]  # محمد إبراهيم الحافظ، خالد بن سعيد الهنائي لـ"الشبيبة"
        while normalize_ar(text[start:end].split()[-1]) in _CONNECTORS and \
                (after := _word_after(text, end)) is not None and free(end, after[0]) and \
                usable(after[1]) is not None:
            end = after[0]  # نور الدين بن + يسعد: a name never ends with بن
        if out and out[-1][2] == "PER" and text[out[-1][1]:start] == " ":
            start = out.pop()[0]  # علي حسن + محمد
        out.append((start, end, kind))
    return out


# "for him/her/them" after a spokesman: المتحدث باسمه X (باسمة is also a given name)
_FOR_HIM = frozenset({"باسمه", "باسمها", "باسمهم", "باسمهما"})
_SPOKESMAN = frozenset({"الناطق", "الناطقه", "المتحدث", "المتحدثه", "ناطق", "ناطقه", "متحدث",
                        "متحدثه", "والناطق", "والمتحدث"})


def _after_spokesman(text: str, start: int, end: int) -> int:
    """Where a person span starts when the tagger took in ``باسمه`` of ``المتحدث باسمه
    سالم …`` ("its spokesman"), which reads like the given name باسمة."""
    words = list(_WORD.finditer(text, start, end))
    before = _word_before(text, start)
    if len(words) > 1 and normalize_ar(words[0].group()) in _FOR_HIM and before is not None \
            and normalize_ar(before[1]) in _SPOKESMAN:
        return words[1].start()
    return start


def _after_descriptors(text: str, start: int, end: int, given, seen, stop) -> int:
    """Where a person span really starts when the tagger took in the words that describe
    him (``الخبير النفطي الكويتي فهد المطيري``): a name never opens with a definite
    noun or adjective, so leading ال-words go when a given name without ال follows them
    and one of them is a title, a nationality or no name part at all. ``الباجي قائد
    السبسي`` and ``الصادق المهدي`` keep their first word."""
    words = list(_WORD.finditer(text, start, end))
    for j, m in enumerate(words[1:], 1):
        norm = normalize_ar(m.group())
        if norm.startswith("ال"):
            continue
        lead = [normalize_ar(w.group()) for w in words[:j]]
        if norm in given and all(w.startswith("ال") for w in lead) \
                and any(w in stop or w not in seen for w in lead):
            return m.start()
        break
    return start


def family_names(entities, text: str) -> dict[str, int]:
    """The last word of each dictionary person's full name → that person's index in
    ``entities``, where only one person ends so: a family name alone that the model
    tags (``وكان سعيد قد``, after ``قيس سعيد``) names that person, not a new one."""
    owners: dict[str, set[int]] = {}
    for idx, ent in enumerate(entities):
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            words = m.text.split()
            if len(words) > 1 and len(words[-1]) > 2:
                owners.setdefault(words[-1], set()).add(idx)
    return {w: next(iter(ids)) for w, ids in owners.items() if len(ids) == 1}


# what ends a speaker's name in the slot after a speech cue
_SLOT_THAT = frozenset({"ان", "بان", "انه", "انها", "قوله", "قولها"})
_SLOT_PHRASE = frozenset({"تصريح", "تصريحات", "بيان", "مءتمر", "حديث", "مقابله", "كلمه", "لقاء"})
_PREPOSITIONS = frozenset({"في", "من", "علي", "الي", "عن", "مع", "لدي", "باسم", "خلال", "امام"})
_SLOT_WINDOW = 14  # tokens after a cue searched for the name's end
_NAME_WORDS = (2, 3)  # a speaker's name the model missed: given name and one or two more


def speaker_slot_names(text: str, tokens, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Person spans for names that stand where a speaker's name must: after a speech cue
    and its title, right before the reported clause (``وقالت المتحدثة باسم الهلال الأحمر
    المصري رشا عبد الحميد لـ"مصراوي"``, ``… في جامعة الكويت فهد العنزي، في تصريح``).

    The words between the title's last known name (or the cue) and the clause, less the
    title words before them, must be two or three words that start with a given name,
    none of them a title, a preposition, an unnamed source or a known name. Not after
    ``نقلت … عن``, whose relayed speaker the quotes stage looks for past the outlet."""
    given, _, seen = name_parts()
    stop = not_names()
    cues = default_cues()
    unnamed = {w for w, k in cues.kinds.items() if k == "unnamed"}

    # the taken spans by start, with the furthest end among the first k of them: a token
    # overlaps a taken span when one starting before its end reaches past its start, a
    # bisection rather than a pass over every span of the article for each word
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))

    def inside(t) -> bool:
        k = bisect_left(starts, t.end)
        return k > 0 and reach[k - 1] > t.start

    out = []
    for i in range(len(tokens)):
        cue = cues.cue_at(tokens, i)
        if cue is None or cue[0] not in ("verb", "participle", "according"):
            continue
        run: list = []
        for k in range(cue[2], min(len(tokens), cue[2] + _SLOT_WINDOW)):
            t = tokens[k]
            gap = text[tokens[k - 1].end:t.start]
            if t.sentence != tokens[i].sentence or ":" in gap:
                break
            if any(c in gap for c in "،,") or t.norm in _SLOT_THAT or (
                    t.norm[:1] == "ل" and any(c in text[t.end:t.end + 2] for c in '"«')) or (
                    t.norm in _PREPOSITIONS and k + 1 < len(tokens)
                    and tokens[k + 1].norm in _SLOT_PHRASE):
                name = _slot_name(run, given, seen, stop, unnamed)
                if name:
                    out.append((name[0].start, name[-1].end, "PER"))
                break
            if inside(t) or any(c in gap for c in '"«»“”'):
                run = []  # a known name or a quoted one ends the title
                continue
            run.append(t)
    return out


def _slot_name(run, given, seen, stop, unnamed):
    k = 0
    def opens(k: int) -> bool:  # السلام العادل: a definite noun is no given name, but
        w = run[k].norm         # a word before ولد/بن opens a name (الناني ولد اشروقة)
        if w == "باسم" and k and run[k - 1].norm in _SPOKESMAN:
            return False  # الناطق باسم الحكومة: "on behalf of", not the name Basim
        return w not in stop and (w in given and not w.startswith("ال") or k + 1 < len(run)
                                  and run[k + 1].norm in _CONNECTORS and w.isalpha())

    while k < len(run) and not opens(k):
        k += 1
    name = run[k:]
    if len(name) not in _NAME_WORDS or any(
            t.norm in stop or t.norm in unnamed or t.norm in _PREPOSITIONS
            or t.norm in _SPEECH_NOUNS or not t.norm.isalpha() for t in name):
        return None
    if any(t.norm in unnamed for t in run[:k]):
        return None  # مصدر في مكتب الرئيس: an unnamed source, whatever follows
    if k and not (run[k - 1].norm in stop or run[k - 1].norm.startswith("ال")
                  and run[k - 1].norm not in seen):
        return None  # an unknown word or a name part right before: the name may begin there
    if name[0].norm in _CONNECTORS or any(t.norm in _SLOT_PHRASE for t in name):
        return None  # ولد عبد الجليل, في بيان لرئاسة: no name's beginning
    return name
