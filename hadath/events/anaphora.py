"""Actors named by reference to what the article said before.

Arabic news names an actor in full once and then refers back to it: by its head noun
(``الوكالة`` after ``وكالة الأمم المتحدة …``), by a surname that is also a nationality
adjective (``ودعا السوداني`` after ``محمد شياع السوداني``), by a count of the states
named together before (``الدول الأربع``), or by a possessive of the speaker's country
(``بلاده``, ``حكومتها``, resolved once the sentence's speaker is known), by a title right
before the person's name, or by the body of his title. Each function reads only the
article and the sentence it is given.
"""
from __future__ import annotations

from dataclasses import replace

from typing import TYPE_CHECKING

from hadath.events.words import WordForms
from hadath.model import Article, Entity, Token
from hadath.text.normalize import normalize_ar

if TYPE_CHECKING:
    from hadath.events.actors import ActorMention

SELF_WORDS = frozenset({"بلاده", "بلادها", "بلادنا", "حكومته", "حكومتها", "حكومتنا",
                        "جنوده", "قواته", "قواتها", "قواتنا", "جنودها"})


def own_country_word(f: WordForms) -> str | None:
    """The proclitic prefix of a 'his/her/our country' word (``بلاده``), '' if bare."""
    for prefix, stem in f.stems:
        if stem in SELF_WORDS:
            return prefix or " "
    return None


COUNT_WORDS = {"الثلاث": 3, "الاربع": 4, "الخمس": 5, "الست": 6, "الثلاثه": 3, "الاربعه": 4,
               "الخمسه": 5, "السته": 6}
# states, or the leaders who spoke for them (القادة الثلاثة after three heads of state)
GROUP_HEADS = frozenset({"الدول", "البلدان", "العواصم", "القاده", "الزعماء", "الرءساء",
                         "الوزراء"})
# leaders: bare, they are still the ones named together (not القادة العسكريين, a new set)
LEADER_HEADS = frozenset({"القاده", "الزعماء"})


def counted_group(forms: list[WordForms], i: int, memory: dict) -> tuple[tuple[str, ...], int]:
    """``الدول الأربع``, ``الدول الأوروبية الثلاث``: the states named together before
    (``memory["group"]``), when the count matches how many they were; with the number of
    words the phrase takes (a definite adjective may stand between head and count). Their
    leaders (``القادة الثلاثة``) are the group too, and so are bare ``القادة``/``الزعماء``:
    leaders named together are what a later plural verb's subject picks up."""
    group = memory.get("group", ())
    if i + 1 >= len(forms) or not group:
        return (), 0
    if not any(stem in GROUP_HEADS for _, stem in forms[i].stems):
        return (), 0
    if any(stem in LEADER_HEADS for _, stem in forms[i].stems) \
            and not any(s.endswith(("يين", "يون", "ين")) for _, s in forms[i + 1].stems) \
            and not any(s in COUNT_WORDS for _, s in forms[i + 1].stems):
        return group, 1     # كما أدان القادة التصعيد: the leaders named together before
    for width in (2, 3):
        if i + width > len(forms):
            break
        n = next((COUNT_WORDS[s] for _, s in forms[i + width - 1].stems if s in COUNT_WORDS), 0)
        if n:
            return (group, width) if n == len(group) else ((), 0)
        if not any(s.startswith("ال") for _, s in forms[i + 1].stems):
            break
    return (), 0


def surname_table(article: Article) -> tuple[tuple[str, int, Entity], ...]:
    """For :func:`named_by_surname`, once per article (normalizing every name again for
    each word of each sentence is wasted): each keyed person named in more than one word,
    with the last word of the name and where it is first mentioned."""
    out = []
    for ent in article.entities:
        if ent.type != "PER" or not ent.key:
            continue
        words = normalize_ar(ent.name).split()
        if len(words) > 1:
            out.append((words[-1], min(m.start for m in ent.mentions), ent))
    return tuple(out)


def named_by_surname(article: Article, tokens: list[Token], i: int,
                     table: tuple[tuple[str, int, Entity], ...] | None = None) -> Entity | None:
    """A person named in full before and now by a last name that is also a nationality
    adjective (محمد شياع السوداني … ودعا السوداني). After a definite noun the word agrees
    with it as an adjective (الرئيس السوداني), so only other positions count.

    ``table`` is the article's :func:`surname_table`, when the caller keeps it."""
    word = tokens[i].norm.lstrip("و")
    if not word.startswith("ال") or (i > 0 and tokens[i - 1].norm.lstrip("وفبل").startswith("ال")):
        return None
    for last, first, ent in (surname_table(article) if table is None else table):
        if last == word and first < tokens[i].start:
            return ent
    return None


# honorifics that stand for a person as a pronoun does (وكان سموه قد استقبل): the
# normalized pronoun form → the honorific noun that introduced the person (صاحب السمو)
HONORIFICS = {"سموه": "سمو", "جلالته": "جلاله", "فخامته": "فخامه", "معاليه": "معالي",
              "سماحته": "سماحه", "سيادته": "سياده", "دولته": "دوله"}
# how many characters before a name its honorific noun may stand (صاحب السمو أمير البلاد الشيخ)
HONORIFIC_REACH = 40


def honored(article: Article, tokens: list[Token], i: int) -> Entity | None:
    """The person an honorific pronoun (``وكان سموه قد استقبل``, ``وأكد جلالته``) stands
    for: the last one named before it after that honorific noun (``صاحب السمو الشيخ
    مشعل``), else the last person named before it."""
    noun = HONORIFICS.get(tokens[i].norm.lstrip("وف"))
    if noun is None:
        return None
    best, best_at, nearest, nearest_at = None, -1, None, -1
    for ent in article.entities:
        if ent.type != "PER" or not ent.key:
            continue
        for m in ent.mentions:
            if m.start >= tokens[i].start:
                continue
            if m.start > nearest_at:
                nearest, nearest_at = ent, m.start
            head = normalize_ar(article.text[max(0, m.start - HONORIFIC_REACH):m.start])
            if noun in head and m.start > best_at:
                best, best_at = ent, m.start
    return best or nearest


# type words written before a name but not part of it (تنظيم داعش, حركة حماس); not
# الجماعة, which as often means a group never named (جماعة من المسلحين)
TYPE_HEADS = frozenset({"تنظيم", "حركه", "ميليشيا", "حزب", "جبهه", "منظمه", "جماعه"})
# the type word the press calls an armed group by even where the article wrote its name
# bare (داعش … عناصر التنظيم, حماس … الحركة, حزب الله … الحزب, الحوثيين … الجماعة)
KNOWN_AS = {"ISIS": "تنظيم", "AL_QAEDA": "تنظيم", "HAMAS": "حركه", "HEZBOLLAH": "حزب",
            "HOUTHIS": "جماعه"}


def head_table(article: Article) -> tuple[tuple[Entity, int, str, int], ...]:
    """For :func:`named_by_head`, once per article: each keyed organization or place
    with its first mention, the head of its name without the article, and its length."""
    out = []
    for ent in article.entities:
        if ent.type not in ("ORG", "LOC") or not ent.key:
            continue
        words = normalize_ar(ent.name).split()
        head = words[0][2:] if words and words[0].startswith("ال") else (words[0] if words else "")
        out.append((ent, min(m.start for m in ent.mentions), head, len(words)))
    return tuple(out)


def named_by_head(article: Article, f: WordForms, before: int,
                  table: tuple | None = None) -> Entity | None:
    """The organization or state whose name starts with this definite noun's head
    (الوكالة → وكالة الأمم المتحدة …, المملكة → المملكة العربية السعودية), or whose
    name was written after that type word (التنظيم → تنظيم داعش, الحركة → حركة حماس).
    ``table`` is the article's :func:`head_table`, when the caller keeps it."""
    heads = {stem[2:] for _, stem in f.stems if stem.startswith("ال") and len(stem) > 5}
    if not heads:
        return None
    typing = heads & TYPE_HEADS
    best, best_first = None, -1
    for ent, first, head, n_words in (head_table(article) if table is None else table):
        if first >= before or first <= best_first:
            continue
        if (head in heads and n_words > 1) or (typing and ent.type == "ORG" and (
                KNOWN_AS.get(ent.org) in typing or typing & _type_words(article, ent))):
            best, best_first = ent, first
    return best


def _type_words(article: Article, ent: Entity) -> set[str]:
    """The words written right before an entity's mentions (حركة in ``حركة حماس``)."""
    out = set()
    for m in ent.mentions:
        before = article.text[max(0, m.start - 20):m.start].split()
        if before:
            out.add(normalize_ar(before[-1]).lstrip("وبل"))
    return out


def named_alike(article: Article, ent: Entity) -> Entity | None:
    """A name with no known actor whose last word is another organization's name in a
    different number (``ميليشيا الحوثي`` and ``الحوثيين``), as that organization, keeping
    this name's own mentions."""
    words = normalize_ar(ent.name).split()
    if not words or len(words[-1]) < 5:
        return None
    last = words[-1]
    for other in article.entities:
        if other.type != "ORG" or not other.key or other.id == ent.id:
            continue
        for w in normalize_ar(other.name).split():
            if w != last and len(w) >= 5 and (w.startswith(last) or last.startswith(w)) \
                    and abs(len(w) - len(last)) <= 2:
                return replace(other, id=ent.id, mentions=ent.mentions)
    return None


# titles that alone refer back to the person last named with them
BACK_TITLES = frozenset({"الملك", "الرئيس", "الامير", "العاهل", "السلطان", "الشيخ"})


def named_by_title(article: Article, tokens: list[Token], i: int) -> Entity | None:
    """``أكد الملك`` after ``الملك محمد السادس``: a bare title followed by no name or
    country is the person last named right after the same title."""
    word = tokens[i].norm.lstrip("و")
    if word not in BACK_TITLES:
        return None
    best, best_at = None, -1
    for ent in article.entities:
        if ent.type != "PER" or not ent.key:
            continue
        for m in ent.mentions:
            if m.start >= tokens[i].start or m.start <= best_at:
                continue
            before = normalize_ar(article.text[max(0, m.start - 30):m.start]).split()
            if word in before[-2:]:
                best, best_at = ent, m.start
    return best


# prepositions that tie a title to its body (مفوضة … في الاتحاد الأوروبي, المتحدث باسم …)
BODY_PREPS = frozenset({"في", "ل", "باسم", "لدي"})


def of_body(mentions: list[ActorMention], tokens: list[Token] | None = None
            ) -> list[ActorMention]:
    """A person no actor is known for, named right after the body of his title
    (``مفوضة الشؤون الداخلية في الاتحاد الأوروبي إيلفا يوهانسون``), acts for that body.
    So does a person of a known country named as the head of an international body
    (``الأمين العام لمجلس التعاون … الدكتور عبد اللطيف الزياني``): his nationality (or his
    later national office) is not the actor his title names."""
    out = list(mentions)
    for k in range(1, len(out)):
        m, prev = out[k], out[k - 1]
        if m.entity_type != "PER" or m.prep is not None or m.conj \
                or prev.entity_type != "ORG" or not prev.key or prev.prep not in BODY_PREPS:
            continue
        next_to = m.first == prev.last + 1
        if m.key is None and next_to:
            out[k] = replace(m, actor=replace(m.actor, country=prev.actor.country,
                                              org=m.actor.org or prev.actor.org))
        elif tokens is not None and _heads_body(tokens, prev) and prev.actor.country is None \
                and prev.actor.org and m.key != prev.key and (next_to or (
                    m.first == prev.last + 2 and tokens[prev.last + 1].norm in _HONORIFICS)):
            out[k] = replace(m, actor=replace(m.actor, country=None, org=prev.actor.org))
    return out


# titles of the head of an international body, in construct with it (الأمين العام ل…)
_BODY_HEADS = frozenset({("الامين", "العام"), ("الامينه", "العامه"), ("المدير", "العام"),
                         ("المديره", "العامه"), ("الامين", "التنفيذي"),
                         ("الامينه", "التنفيذيه")})
# a doctor's or an honorific title between the body and the name (… الدكتور عبد اللطيف)
_HONORIFICS = frozenset({"الدكتور", "الدكتوره", "السيد", "السيده", "الشيخ", "السفير"})


def _heads_body(tokens: list[Token], body: ActorMention) -> bool:
    """Is the body named right after the title of its head (``الأمين العام لـ``)?"""
    i = body.first
    return body.prep == "ل" and i >= 2 and (tokens[i - 2].norm.lstrip("و"),
                                             tokens[i - 1].norm) in _BODY_HEADS


def titled(a: ActorMention, b: ActorMention, tokens: list[Token]) -> bool:
    """``زعيم المعارضة بنيامين نتنياهو`` in a Lebanese story: a title with no nationality
    of its own (so its country is only the story's guess) names the known person after it."""
    return a.kind in ("office", "nominal") and b.kind == "entity" and b.entity_type == "PER" \
        and b.key is not None and a.key != b.key \
        and not tokens[a.last].norm.endswith(("ي", "يه", "يين", "يون"))


# words between a ruling body and the place it rules (المجلس العسكري الحاكم في النيجر)
RULING = frozenset({"الحاكم", "الحاكمه", "الانتقاليه", "الانتقالي", "المؤقته", "المؤقت"})


def ruled_place(mentions: list[ActorMention], tokens: list[Token]) -> list[ActorMention]:
    """``المجلس العسكري الحاكم في النيجر``: a body said to rule a place is of the place's
    country, whatever country its name alone would give (Sudan's council)."""
    out = list(mentions)
    for n, m in enumerate(mentions):
        k = m.last + 1
        if m.entity_type != "ORG" or k + 1 >= len(tokens) or tokens[k].norm not in RULING \
                or tokens[k + 1].norm != "في":
            continue
        place = next((p for p in mentions if p.first == k + 2 and p.entity_type == "LOC"
                      and p.key and len(p.key) == 3), None)
        if place is not None and place.key != m.actor.country:
            out[n] = replace(m, actor=replace(m.actor, country=place.key, name_en=None,
                                              entity=None))
    return out


# heads of a title that a و joins to the actor named before (ورئيس الإقليم موسى …)
_JOINED_HEADS = frozenset({"رءيس", "رئيس", "وزير", "امير", "ملك", "زعيم", "قاءد", "قائد"})


def joined_title(tokens: list[Token], first: int) -> int | None:
    """``آبي أحمد ورئيس الإقليم موسى بيحي عبدي``: a person named after a title joined by
    و is the second of a pair; the index of the title's first word, or ``None``."""
    for k in range(first - 1, first - 1 - JOINED_REACH, -1):
        if k < 0:
            return None
        norm = tokens[k].norm
        if norm[:1] == "و" and (norm[1:] in _JOINED_HEADS or norm[1:] in _COURTESY):
            return k      # وأخاه جلالة الملك حمد: a courtesy title joined by و
        if not norm.startswith("ال") and norm not in _COURTESY:
            return None
    return None


# courtesy words before a ruler's name (وأخاه جلالة الملك, وصاحب السمو الشيخ)
_COURTESY = frozenset({"اخاه", "اخيه", "اخوه", "جلاله", "سمو", "فخامه", "صاحب", "دوله",
                       "معالي", "سعاده", "حضره"})
JOINED_REACH = 4



def envoy_hosts(mentions: list[ActorMention], tokens: list[Token]) -> list[ActorMention]:
    """``اتهم مندوب اليمن الدائم لدى الأمم المتحدة … الحوثيين``: the body or state after
    لدى is where the envoy of the title before it serves, part of his title; it is no
    party of the sentence's act (the envoy's country acts, at the accused). Not
    ``سحبت الجزائر سفيرها لدى باريس``, where the host is the step's target."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if m.prep == "لدي" and prev is not None and 0 < m.first - prev.last <= 3 \
                and any(tokens[k].norm.lstrip("و") in _ENVOYS
                        for k in range(max(0, prev.first - 2), prev.first + 1)) \
                and all(tokens[k].norm.startswith(("الدائم", "الداءم")) or tokens[k].norm == "لدي"
                        for k in range(prev.last + 1, m.first)):
            continue
        out.append(m)
    return out


# envoy titles whose نسبة or genitive names the sending state (مندوب اليمن, السفير السعودي)
_ENVOYS = frozenset({"مندوب", "المندوب", "ممثل", "الممثل", "سفير", "السفير", "السفيره",
                     "مبعوث", "المبعوث", "مندوبه", "المندوبه", "ممثله", "الممثله"})


# ``الأخير``: "the latter", standing for the actor named last (زيارة الأخير للقاهرة)
_LATTER = frozenset({"الاخير", "الاخيره"})
# words before الأخير that make it an adjective or an ordinal (قبل الأخير "penultimate")
_NOT_LATTER = frozenset({"قبل", "ما"})


def the_latter(mentions: list[ActorMention], tokens: list[Token], prior: ActorMention | None
               ) -> list[ActorMention]:
    """``اتفق السيسي وآبي أحمد، خلال زيارة الأخير للقاهرة``: ``الأخير`` after a verb, a
    preposition or a noun in construct stands for the actor named last before it (in this
    sentence, else ``prior``, the last one of the sentence before). After a definite noun it
    is an adjective (``الاجتماع الأخير``, ``الآونة الأخيرة``), and ``والأخير`` after an
    ordinal ends a list (``الرابع والأخير``): neither names anyone."""
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = list(mentions)
    for i, tok in enumerate(tokens):
        if tok.norm not in _LATTER or i in taken or i == 0:
            continue
        before = tokens[i - 1].norm
        if before.startswith(("ال", "وال")) or before in _NOT_LATTER or before[:1].isdigit():
            continue
        named = [m for m in mentions if m.last < i and m.key and m.kind != "adjective"]
        last = named[-1] if named else prior
        if last is None or not last.key:
            continue
        out.append(replace(last, first=i, last=i, prep=_prep_before_latter(tokens, i),
                           conj=False))
    return sorted(out, key=lambda m: (m.first, m.last))


def _prep_before_latter(tokens: list[Token], i: int) -> str | None:
    prev = tokens[i - 1].norm.lstrip("و")
    return prev if prev in ("الي", "علي", "مع", "من", "عن", "في", "ضد", "لدي") else None
