"""Where a word stands as a name: the entity stage's checks on short names.

A family name alone (``لافروف``) joins the person named in full before it. Two cases
need a look at the words around it:

- a family name that is also a common word (``بري`` "by land", ``السوداني``
  "Sudanese", ``الأسد`` "the lion"): the stoplist keeps it from being matched blindly,
  so it counts only where only a name can stand, after a speech verb or participle,
  ``إن`` or a title of the dead (``فإن بري أبلغ``, ``شدد السوداني``, ``واصفا رئيسي``,
  ``الشهيد رئيسي``) or before a speech verb;
- a country name that is also a common word (``مالي`` "financial", listed as
  ``[دولة ]مالي``) counts after a preposition or a word of state (``في مالي``,
  ``حكومة مالي``, ``بمالي``), besides inside a list of places (``الجزائر ومالي``);
- a short name followed by ``بن`` or ``عبد…`` is the start of another person's name
  (``الشيخ محمد عبد الله المبارك`` is not ``الشيخ محمد`` bin Salman).
"""
from __future__ import annotations

from hadath.lexicons.matcher import COMMON_SHORT, Hit

# a following word that continues a name
_NAME_GOES_ON = frozenset(("بن", "ابن", "بنت"))
# words of meeting or visiting before a name: لقائه بري, والتقى السوداني, يزور السوداني
# الرياض (a masculine adjective cannot follow a verb or qualify زيارة)
_MEETING = frozenset(("لقاءه", "لقاءها", "لقاء", "التقي", "استقبل", "استقبال", "زار",
                      "يزور", "زياره"))
# words before or after which a common word is a name: ``فإن بري``, ``بري أبلغ``
_NAME_PARTICLES = frozenset({  # normalized forms (hadath.text.normalize)
    "ان", "فان", "وان", "بان", "لان", "الرءيس", "رءيس", "الزعيم", "الوزير",
    "الشهيد", "الراحل"}) | _MEETING
# definite words before which a common word is still a name (نهج الشهيد رئيسي), unlike
# الرئيس السوداني "the Sudanese president"
_TITLES_OF_THE_DEAD = frozenset(("الشهيد", "الراحل"))
# indefinite nouns that take a person in the genitive: after them a definite word is a
# noun, not an adjective (``مكتب السوداني`` "al-Sudani's office"; "the Sudanese office"
# would be المكتب السوداني)
_IDAFA_HEADS = frozenset((  # normalized forms (hadath.text.normalize)
    "مكتب", "حكومه", "اداره", "تصريحات", "خطاب", "موقف", "رساله", "دعوه", "مستشار",
    "مبعوث", "ممثل", "فريق", "ائتلاف", "تحالف", "كتله", "انصار", "مؤيدي", "خصوم", "عهد"))
# words after which a country name cannot be an adjective: prepositions and nouns of
# state (``في مالي``, ``حكومة مالي``; but ``دعم مالي`` "financial support")
_COUNTRY_CONTEXT = frozenset((  # normalized forms (hadath.text.normalize)
    "في", "الي", "من", "مع", "لدي", "داخل", "دوله", "جمهوريه", "حكومه", "رءيس",
    "رءاسه", "سلطات", "عاصمه", "شمال", "جنوب", "شرق", "غرب", "وسط", "حدود", "جيش",
    "شعب", "سفير", "سفيرها", "سفيره", "سفاره", "شمالي", "جنوبي", "علي", "ضد", "تجاه"))
# proclitic prepositions before a country name: بمالي, لمالي
_COUNTRY_PROCLITICS = frozenset(("ب", "ل", "وب", "ول", "فب", "فل"))


def words_before_names() -> frozenset[str]:
    """Speech verbs (``hadath/data/speech_cues.tsv``) and particles after which a word
    is a subject: a name, not an adjective."""
    from hadath.annotate.speech_cues import default_cues
    cues = default_cues()
    verbs = {w for w, kind in cues.kinds.items() if kind in ("verb", "continue", "participle")}
    return frozenset(verbs | _NAME_PARTICLES)


def word_before(norm: str, start: int) -> str:
    """The word before ``start``, without a conjunction clitic (``وقال`` → ``قال``)."""
    words = norm[max(0, start - 30):start].split()
    word = words[-1] if words else ""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def word_after(norm: str, end: int) -> str:
    words = norm[end:end + 30].split()
    return words[0] if words else ""


def name_goes_on(norm: str, end: int) -> bool:
    """A name ending at ``end`` is the start of a longer one (``محمد بن …``, ``محمد عبد …``)."""
    nxt = word_after(norm, end)
    return nxt in _NAME_GOES_ON or nxt.startswith("عبد")


def common_names(shorts: list[Hit], first_seen: dict[str, int], norm: str,
                 name_before: frozenset[str]) -> set[tuple[int, str]]:
    """(start, entry id) of the common-word family names that name their person here.

    One needs its person named in full before it and a place where only a name can
    stand (a word of ``name_before`` before or after it). Then, one sense per article,
    its other occurrences count too, except after a definite word, where it reads as
    an adjective (``الجيش السوداني``).
    """
    seen = [(h, c) for h in shorts for c, k in h.candidates
            if k == COMMON_SHORT and first_seen.get(c, h.start) < h.start]

    def named_by(h: Hit) -> bool:  # واصفا رئيسي: the participle keeps its و
        return word_before(norm, h.start) in name_before | _IDAFA_HEADS \
            or _raw_before(norm, h.start) in name_before

    sure = {c for h, c in seen if named_by(h) or word_after(norm, h.end) in name_before}
    return {(h.start, c) for h, c in seen if c in sure
            and (not word_before(norm, h.start).startswith("ال")
                 or word_before(norm, h.start) in _TITLES_OF_THE_DEAD | _MEETING)}


def in_country_context(norm: str, start: int, end: int) -> bool:
    """A country name that is also a common word at [start, end) names the country:
    a preposition or a noun of state stands before it (``وفي مالي``, ``حكومة مالي``,
    ``بمالي``), or it opens a line or a sentence, where no adjective can stand
    (``مالي تتهم الجزائر``); not after a noun it could describe (``دعم مالي``) nor in
    ``من مالي الخاص`` ("from my own money")."""
    j = start
    while j > 0 and norm[j - 1].isalnum():
        j -= 1
    if j < start:
        return norm[j:start] in _COUNTRY_PROCLITICS
    before = norm[max(0, start - 30):start].rstrip(" \t")
    if not before or before[-1] in "\n.":
        return True
    word = _raw_before(norm, start)
    if word[:1] in ("و", "ف") and word[1:] in _COUNTRY_CONTEXT:
        word = word[1:]
    return word in _COUNTRY_CONTEXT and not (word == "من" and word_after(norm, end).startswith("الخاص"))


def _raw_before(norm: str, start: int) -> str:
    words = norm[max(0, start - 30):start].split()
    return words[-1] if words else ""


def another_given_name(norm: str, start: int, end: int, aliases: tuple[str, ...]) -> bool:
    """A one-word family name (``الصفدي``) right after a given name that is none of its
    person's first names names someone else: ``أحمد الصفدي`` is the Speaker, not Ayman
    Safadi; a father's name between (``أيمن حسين الصفدي``) still leaves him himself."""
    from hadath.annotate.name_spans import name_parts, not_names
    if " " in norm[start:end].strip():
        return False
    from hadath.lexicons.tsv import alias_parts
    from hadath.text.normalize import normalize_ar
    # first names, and a bracketed word before the name (``[نظام ]الأسد``)
    firsts = {normalize_ar(w).split()[i] for a in aliases
              for w, i in zip(alias_parts(a)[:2], (-1, 0)) if w.strip()}
    words = norm[max(0, start - 40):start].split()
    if not words or words[-1] in firsts or len(words) > 1 and words[-2] in firsts:
        return False
    given = name_parts()[0]
    return words[-1] in given and words[-1] not in not_names() and words[-1] not in _NAME_PARTICLES


def adjective_of_noun(norm: str, start: int, end: int, adjectives, taken) -> bool:
    """A country name that is also a nationality adjective (``السعودية``) right after a
    definite feminine or plural noun (``السفارة السعودية``, ``بالقوات السعودية``) is that
    noun's adjective, "Saudi", not the country (GUIDELINES: names, not descriptions).
    ``taken``: spans of the other mentions; a noun inside one (``الولايات المتحدة
    السعودية``: "the US [asked] Saudi Arabia") is a name, and the country is its object."""
    if norm[start:end] not in adjectives:
        return False
    words = norm[max(0, start - 30):start].split()
    if not words or norm[start - 1:start] != " ":
        return False
    prev = words[-1]
    bare = prev[1:] if prev[:1] in "وف" and len(prev) > 4 else prev
    if bare.startswith("لل"):  # للسفارة: ل + ال
        bare = "ا" + bare[1:]
    elif bare[:1] in "بلك" and bare[1:3] == "ال":
        bare = bare[1:]
    if not (bare.startswith("ال") and len(bare) > 4 and bare.endswith(("ه", "ات"))) \
            or bare.endswith("يه"):  # الدفاعات الجوية السعودية: after an adjective chain the
        return False                 # events stage still reads the country from the name
    prev_start = start - 1 - len(prev)
    return not any(s <= prev_start < e for s, e in taken)

