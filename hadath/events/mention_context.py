"""What the words around an actor mention say about it.

:class:`hadath.events.actors.ActorFinder` finds the mentions of a sentence; these helpers
read their surroundings: the preposition that governs a mention (``على``, ``مع رئيس
الإمارات``, ``غربي العراق``), whether a place opens a dateline (``أنقرة - …``), whether a
nationality word is a family name (``خيام التركي``), the place a sentence opens with
(``وفي قطاع غزة، …``), and the two parties named before ``البلدين``. Kept apart so that
module stays about matching actors.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from hadath.events.anaphora import RULING, TYPE_HEADS
from hadath.events.words import WordForms
from hadath.model import Span, Token
from hadath.text.segment import punctuated

if TYPE_CHECKING:
    from hadath.events.actors import ActorMention

PREPOSITIONS = frozenset({"في", "الي", "علي", "مع", "من", "ضد", "عن", "عبر", "بين", "لدي",
                          "امام", "حول", "نحو", "بحق", "تجاه", "عند", "لصالح", "بحضور",
                          "باسم", "منذ", "خلال", "بعد", "قبل", "داخل", "قرب", "وسط", "برئاسه",
                          "جراء", "برصاص", "بنيران", "يد", "قبل", "اثر", "باتجاه", "صوب",
                          "بحسب", "حسب", "وفق"})   # (أسفرت، بحسب وزارة الصحة، عن: who told it)
# heads of state in construct with their country (مع رئيس الإمارات, إلى أمير قطر)
_HEADS_OF_STATE = frozenset({"رءيس", "رئيس", "ملك", "امير", "سلطان", "عاهل"})
# generic place nouns between a preposition and a name: على مدينة جنين, إلى مدينة جدة
PLACE_NOUNS = frozenset({"مدينه", "محافظه", "بلده", "قريه", "مخيم", "العاصمه", "منطقه",
                         "ولايه", "اقليم", "مدينتي", "بلدتي", "ميناء", "مطار", "معبر",
                         "قطاع", "جنوب", "شمال", "شرق", "غرب", "مناطق", "ريف", "نهر",
                         "شمالي", "جنوبي", "شرقي", "غربي"})
DIRECTIONS = frozenset({"شمالي", "جنوبي", "شرقي", "غربي", "شمال", "جنوب", "شرق", "غرب"})


def is_surname(tokens: list[Token], i: int, taken: set[int]) -> bool:
    """``خيام التركي``: a definite nationality word right after an indefinite word no actor
    covers cannot describe it (an adjective agrees in definiteness); it is a family name.
    Words with a pronoun (``نظيره التركي``) are definite, and so may end in ه."""
    if i == 0 or i - 1 in taken or not tokens[i].norm.startswith("ال"):
        return False
    prev = tokens[i - 1].norm
    if tokens[i].start - tokens[i - 1].end > 1 or not prev.isalpha() or len(prev) < 3:
        return False
    return not prev.lstrip("وفبل").startswith("ال") and not prev.startswith("لل") \
        and not prev.endswith(("ه", "ها", "هم", "هما", "ك", "نا")) \
        and prev not in PREPOSITIONS and prev.lstrip("و") not in PREPOSITIONS


def fronted_place(tokens: list[Token], ent_at: dict[int, ActorMention], i: int) -> str | None:
    """The country of a place the sentence opens with (``وفي قطاع غزة، …``), when the
    word ``i`` comes within a few words after it."""
    if not tokens or tokens[0].norm not in ("في", "وفي"):
        return None
    k = 1       # وفي شمال سوريا، وفي محافظة إدلب: a place noun may come first
    while k < min(len(tokens), 3) and k not in ent_at and tokens[k].norm in PLACE_NOUNS:
        k += 1
    if k not in ent_at:
        return None
    place = ent_at[k]
    if place.entity_type != "LOC" or not place.key or not 0 < i - place.last <= 4:
        return None
    return place.key


# those an act is done before or under (بحضور رئيس الوزراء الإثيوبي, برعاية مصر): a
# witness or a sponsor, never one of ``الطرفان``
_WITNESSES = frozenset({"بحضور", "برعايه", "بوساطه", "باشراف"})


WITNESS_REACH = 3      # words of a title between بحضور and the nationality (وزير الخارجية الجزائري)


def witnessed(tokens: list[Token], first: int) -> bool:
    """Is the mention at ``first`` governed by ``بحضور``/``برعاية`` within a title's reach
    (no comma between)?"""
    for j in range(first - 1, max(-1, first - 2 - WITNESS_REACH), -1):
        if punctuated(tokens, j):
            return False
        if tokens[j].norm.lstrip("و") in _WITNESSES:
            return True
    return False


_RELATIVES = frozenset({"الذي", "التي", "اللذين", "اللتين", "اللذان", "اللتان", "الذين"})


def named_pair(tokens: list[Token], entities: list[ActorMention], i: int) -> tuple[str, ...]:
    """The countries of the first two parties named before word ``i`` of the sentence
    (places an act happened in, after في, are not parties: في العاصمة الصينية بكين; nor
    is a witness or sponsor: بحضور رئيس الوزراء الإثيوبي); empty unless exactly two,
    named apart (two joined by و are one side of an act)."""
    keys: list[str] = []
    for m in sorted(entities, key=lambda m: m.first):
        if m.last >= i or not m.actor.country or m.prep == "في" \
                or (m.prep == "ب" and m.entity_type != "PER"):
            continue     # (not اتصالا هاتفيا بالصيد: a person called is a party)
        if witnessed(tokens, m.first):
            continue
        if m.conj and ((i > 0 and tokens[i - 1].norm.lstrip("و") == "مع") or any(
                t.norm in _RELATIVES for t in tokens[m.last + 1:i])):
            return ()    # وقعت قطر والإمارات مذكرة مع البلدين: one side, the pair is another;
            # العراق وعمان اللذين استضافا الحوار بين البلدين: hosts of the pair's talks
        # (تبادل إيران وباكستان ضربات على أراضي البلدين: the two joined are the pair)
        if m.entity_type == "LOC" and any(t.norm in ("في", "وفي") for t in tokens[max(0, m.first - 3):m.first]):
            continue
        if m.actor.country not in keys:
            keys.append(m.actor.country)
    return tuple(keys) if len(keys) == 2 else ()


def is_dateline(text: str, m: Span) -> bool:
    """``أنقرة - شن الجيش …``, ``أربيل (روداو) - …``: a place opening a line and followed
    by a dash, perhaps after its agency in brackets, is a dateline."""
    line_start = text.rfind("\n", 0, m.start) + 1
    head = text[line_start:m.start].strip(" \t\u200f\u200e")
    rest = text[m.end:m.end + 40].lstrip(" \t")
    if head.endswith("(") and len(head.split()) <= 3 and rest[:1] == ")":
        head, rest = "", rest[1:].lstrip(" \t")     # the agency: أربيل (روداو) -
    if head:
        return False
    if rest[:1] == "(" and 0 < rest.find(")") < 30:
        rest = rest[rest.find(")") + 1:].lstrip(" \t")    # أربيل (روداو) - : an agency
    return rest[:1] in ("-", "–", "—", ":", "/")


def prep_of(tokens: list[Token], forms: list[WordForms], i: int) -> str | None:
    prefix = forms[i].stems[0][0]
    core = prefix.lstrip("وف")
    if core[:1] in ("ب", "ل", "ك"):
        return core[:1]
    return prep_before(tokens, i) if i > 0 else None


def prep_before(tokens: list[Token], first: int, kind: str | None = None) -> str | None:
    """The preposition before the mention at ``first`` (``kind``: its entity type, or
    the sector of a nominal one)."""
    prev = tokens[first - 1].norm
    if prev == "من" and first >= 2 and tokens[first - 2].norm.lstrip("و") == "كل":
        return None          # كل من مصر وإيطاليا: "both", not "from"
    if prev in DIRECTIONS:
        return "في"          # غربي العراق: a place, not an actor
    if (prev in PLACE_NOUNS or prev in _HEADS_OF_STATE) and first >= 2:
        prev = tokens[first - 2].norm      # مع رئيس الإمارات: the preposition of the head
    if prev == "باسم" and kind in SPEAKING_BODIES and first >= 2 \
            and tokens[first - 2].norm.lstrip("و") in SPOKESMEN:
        return None          # المتحدث باسم الخارجية الإيرانية: the ministry speaks
    if prev in PREPOSITIONS:
        return prev
    if prev.startswith("و") and prev[1:] in PREPOSITIONS:
        return prev[1:]
    return None


def definite_nisba(norm: str) -> bool:
    """Is this word a definite nisba adjective (``الجوية``, ``الانتقالية``, ``الشرعية``):
    ال, a stem, and ي/ية? The kind of word that describes an agent between it and the
    country it belongs to."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > 4


# how many describing adjectives may stand between an agent and its nationality
# (القوات الجوية الملكية السعودية: two)
QUALIFIER_REACH = 2


def past_qualifiers(tokens: list[Token], forms: list[WordForms], j: int, taken: set[int],
                    starts: set[int], nationality: Callable[[WordForms, bool], str | None]) -> int:
    """Where the nationality of an agent may stand: ``القوات الجوية السعودية``,
    ``طائرات القوات الجوية الملكية السعودية``, ``الفصائل المسلحة الفلسطينية``. An arm or
    a kind of force is told by a definite adjective (``الجوية``, ``الملكية``, ``المسلحة``)
    before the country's; read past at most two such words (no preposition joined to
    them, no actor (``starts``) starting there, none itself a nationality) to the word
    after them, or stay at ``j`` when no nationality (or a country named as one,
    ``السعودية``) follows them. ``nationality(word, True)``: its country after an agent."""
    k = j
    while k < min(j + QUALIFIER_REACH, len(tokens) - 1) and k not in taken | starts \
            and forms[k].joined_prep is None and nationality(forms[k], True) is None \
            and definite_nisba(tokens[k].norm):
        k += 1
    return k if k > j and (k not in taken or k in starts) \
        and nationality(forms[k], True) is not None else j


def group_type_head(f: WordForms) -> bool:
    """Is this word a definite type word of armed or political groups (الميليشيا,
    الحركة, التنظيم), which alone refers back to the group named with it?"""
    return any(stem.startswith("ال") and stem[2:] in TYPE_HEADS for _, stem in f.stems)


def ruling_qualifier(norm: str) -> bool:
    """Is this word an adjective that may stand between an agent and the place it belongs
    to (``الحكومة الانتقالية في مالي``, ``الحكومة الشرعية في اليمن``)? A definite nisba
    (…ي, …يه), never a day (``الحكومة الاثنين في بيان``)."""
    return norm in RULING or definite_nisba(norm)


# the words before باسم that make the body after it the speaker (الناطق الرسمي باسم …)
SPOKESMEN = frozenset({"المتحدث", "المتحدثه", "الناطق", "الناطقه", "الرسمي", "الرسميه"})
# what a spokesman speaks for as its actor: an organization, a government, an army (not
# a crowd: المتحدثة باسم المستوطنين speaks of her own acts)
SPEAKING_BODIES = frozenset({"ORG", "GOV", "MIL", "IGO"})
