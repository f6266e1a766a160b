"""Stage ``entities``: names from the actor and place lexicons, grouped per entity.

One pass of the Aho-Corasick matcher (``hadath.lexicons.matcher``) over the normalized
body; overlaps resolve longest-first; a family name alone (``لافروف``) joins the
person whose full name came earlier, even one that is also a common word (``بري``) where
only a name can stand (``hadath.annotate.name_positions``); a father's name between
first and family name stays in the mention (``عادل بن أحمد الجبير``). Mentions of one
lexicon entry form one ``Entity``; the sector is the one valid on the publication date.
The dateline's place and outlet become mentions even when no lexicon has them
(``hadath.annotate.entity_datelines``).

Some ministries are written without their country (``وزارة الخارجية``): their lexicon
row has country ``~``, resolved to the country named last before them in the same
sentence, by a name or a nationality adjective (``ترأس الوفد الإسرائيلي رئيس مجلس الأمن
القومي``), else one named right after it and not joined by و (``حزب العدالة والتنمية
الحاكم في تركيا``), else to the article's home country (dateline, outlet, most named
country; ``hadath.annotate.entity_context``). A country's own entry for that name,
when the lexicon has one (``مجلس النواب اللبناني``), then gives the name and sector;
``الاتحادية`` after such a name belongs to it (``وزارة النفط الاتحادية``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from hadath.lexicons.actors import ActorEntry, load_actors, national_forms
from hadath.annotate.entity_context import CONTEXT_COUNTRY, ContextCountries
from hadath.annotate.entity_datelines import dateline_entities, outlets_in_brackets
from hadath.annotate.entity_titles import outside_minister_titles, outside_quoted_titles
from hadath.annotate.name_positions import (adjective_of_noun, another_given_name, common_names,
                                            in_country_context, name_goes_on, words_before_names)
from hadath.lexicons.facilities import countryside_side, facility_around, load_facility_heads
from hadath.lexicons.nationalities import definite_adjectives
from hadath.lexicons.tsv import alias_parts
from hadath.lexicons.matcher import COMMON_SHORT, FULL, LISTED, SHORT, Hit, default_matcher
from hadath.lexicons.places import PlaceEntry, load_places
from hadath.model import Article, Entity, Span, renumber_entities
from hadath.text.normalize import normalize_ar, normalize_ar_with_offsets

# names take no tanween: دومًا is "always", not the town دوما
_TANWEEN = frozenset("\u064b\u064c\u064d")

# a mention in original offsets: start, end, lexicon entry id, facility (type, name_en)
_Span = tuple[int, int, str, "tuple[str, str] | None"]


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # offsets in the normalized text
    end: int
    entry_id: str
    # a facility built on the place entry_id (``مطار صنعاء``): its type and English name
    facility: tuple[str, str] | None = None


class EntityStage(ContextCountries):
    name = "entities"
    requires: tuple[str, ...] = ("sentences",)
    assigns = ("entities",)

    def __init__(self) -> None:
        self._actors = load_actors()
        self._national = national_forms(self._actors, CONTEXT_COUNTRY)
        self._places = load_places()
        self._matcher = default_matcher()
        self._facilities = load_facility_heads()
        self._name_before = words_before_names()
        self._adjectives = definite_adjectives()

    def __reduce__(self):
        # the lexicons are rebuilt (once) in the receiving process, not pickled
        return (EntityStage, ())

    def entry(self, entry_id: str) -> ActorEntry | PlaceEntry | None:
        return self._actors.get(entry_id) or self._places.get(entry_id)

    def __call__(self, article: Article) -> Article:
        text = article.text
        end = article.body_end if article.body_end is not None else len(text)
        nt = normalize_ar_with_offsets(text[:end])
        hits = outside_minister_titles(outside_quoted_titles(self._matcher.hits(nt.text), nt.text), nt.text)
        mentions = self._with_facilities([m for m in self._resolve(hits, nt.text) if not (
            (a := self._actors.get(m.entry_id)) and a.type == "PER"  # أحمد الصفدي: not Ayman
            and another_given_name(nt.text, m.start, m.end, a.aliases))], nt.text)
        taken = [(m.start, m.end) for m in mentions]
        mentions = [m for m in mentions if not (  # السفارة السعودية: "Saudi", not the country
            self._places.get(m.entry_id) is not None
            and adjective_of_noun(nt.text, m.start, m.end, self._adjectives, taken))]
        spans = [(s, e, m.entry_id, m.facility) for m in mentions
                 for s, e in [nt.to_original(m.start, m.end)]
                 if not _TANWEEN.intersection(text[s:e])]
        entities = dateline_entities(self, article, self._group(article, spans))
        entities = outlets_in_brackets(self, article, entities, end)
        out, _ = renumber_entities([*article.entities, *entities])
        return article.with_(entities=out)

    # -- choosing among overlapping and ambiguous matches ------------------------------

    def _resolve(self, hits: list[Hit], norm: str) -> list[_Mention]:
        """Non-overlapping mentions, longest first, each with one lexicon entry.

        Full names are chosen first. A family name (a SHORT candidate) counts only when
        its person was named in full before it; then it also wins over a full name of
        another person spelled the same (``الجعفري`` after ``إبراهيم الجعفري``), but
        not over a place or body (``كوباني`` after ``مظلوم كوباني`` stays the town).
        Between several full names, the one whose country the article names elsewhere
        wins, then the first listed.
        """
        chosen = _longest_first(self._not_fathers(
            [h for h in hits if any(k == FULL for _, k in h.candidates)], norm))
        full = [[c for c, k in h.candidates if k == FULL] for h in chosen]
        unambiguous = Counter(self._country(ids[0]) for ids in full if len(set(ids)) == 1)
        picked: dict[tuple[int, int], str] = {}
        first_seen: dict[str, int] = {}
        for h, ids in zip(chosen, full):
            entry_id = ids[0]
            if len(ids) > 1:
                entry_id = max(ids, key=lambda c: (unambiguous.get(self._country(c), 0),
                                                   -ids.index(c)))
            picked[(h.start, h.end)] = entry_id
            first_seen.setdefault(entry_id, h.start)
        taken = sorted(picked)
        shorts = sorted((h for h in hits if any(k in (SHORT, COMMON_SHORT)
                                                for _, k in h.candidates)),
                        key=lambda h: (h.start, h.start - h.end))
        common = common_names(shorts, first_seen, norm, self._name_before)
        for h in shorts:
            if name_goes_on(norm, h.end):
                continue  # الشيخ محمد عبد الله المبارك is not الشيخ محمد (بن سلمان)
            ids = [c for c, k in h.candidates if first_seen.get(c, h.start) < h.start
                   and (k == SHORT or (k == COMMON_SHORT and (h.start, c) in common))]
            if not ids:
                continue
            span = (h.start, h.end)
            if span in picked:
                # another person spelled the same yields; a place or body does not
                if self._is_person(picked[span]):
                    picked[span] = ids[0]
            elif not any(s < h.end and h.start < e for s, e in taken):
                picked[span] = ids[0]
                taken.append(span)
        self._listed(hits, picked, taken, norm)
        spans = sorted(picked.items())
        return [_Mention(self._patronymic_start(norm, s, eid),
                         self._nasab_end(norm, e, eid, spans[i + 1][0][0] if i + 1 < len(spans)
                                         else len(norm)), eid)
                for i, ((s, e), eid) in enumerate(spans)]

    def _not_fathers(self, hits: list[Hit], norm: str) -> list[Hit]:
        """Drop a person's full name that is the father's name in another person's nasab:
        in ``محمد بن سلمان بن عبدالعزيز آل سعود`` the king's name follows ``بن`` and sits
        inside the crown prince's (``محمد بن سلمان``), whose mention the nasab then
        extends; longest-first would otherwise give the son's words to the father. After
        ``X بن`` a name is a father's though the son is unknown (``عمر بن محمد الجاسر``)."""
        people = [h for h in hits if any(self._is_person(c) for c, _ in h.candidates)]
        return [h for h in hits if not (
            h in people and _FATHER_SLOT.search(norm, max(0, h.start - 8), h.start))]

    def _nasab_end(self, norm: str, end: int, entry_id: str, limit: int) -> int:
        """Where a person's mention ends when the news writes the nasab on (``فيصل بن
        فرحان بن عبدالله آل سعود``): each further ``بن``/``بنت``/``آل`` and name belong to it, up to the
        next mention; a word that is never a name (a title, a cue) stops it."""
        actor = self._actors.get(entry_id)
        if actor is None or actor.type != "PER":
            return end
        from hadath.annotate.name_spans import not_names
        stop = not_names()
        while (m := _NASAB.match(norm, end)) is not None and m.end() <= limit \
                and m.group(2) not in stop:
            end = m.end()
        return end

    def _patronymic_start(self, norm: str, start: int, entry_id: str) -> int:
        """Where a person's mention starts when the news puts a father's name between
        the first and the family name (``عادل بن أحمد الجبير`` for ``عادل الجبير``)."""
        actor = self._actors.get(entry_id)
        if actor is None or actor.type != "PER":
            return start
        m = _PATRONYMIC.search(norm, max(0, start - 40), start)
        if m is None or m.end() != start:
            return start
        first = m.group(1)
        firsts = {normalize_ar(alias_parts(a)[1]).split()[0] for a in actor.aliases
                  if len(alias_parts(a)[1].split()) > 1}
        return m.start(1) if first in firsts else start

    def _listed(self, hits: list[Hit], picked: dict[tuple[int, int], str],
                taken: list[tuple[int, int]], norm: str) -> None:
        """Bare place names that need a type word (``حجة``), accepted inside a list of
        places: joined by ``و`` or a comma to a place found before or after them
        (``الحديدة وتعز وحجة وصعدة``), before a compass adjective (``الزاوية غربي العاصمة``),
        or after ``قرب`` (near) or a facility's head noun, which is a type
        word too (``ميناء الفاو``); a country also after a preposition or a word of
        state (``في مالي``, ``حكومة مالي``: name_positions.in_country_context). Found in both directions until nothing changes."""
        cands = [h for h in hits if any(k == LISTED for _, k in h.candidates)]
        changed = True
        while cands and changed:
            changed = False
            places = {span: eid for span, eid in picked.items() if self._places.get(eid)}
            for h in list(cands):
                inner = [sp for sp in taken if h.start <= sp[0] and sp[1] <= h.end and sp in places
                         and sp != (h.start, h.end)]  # والنيل الأبيض: a state, not النيل
                if any(s < h.end and h.start < e for s, e in taken if (s, e) not in inner) or \
                        norm[h.start:h.end] in self._name_before:
                    cands.remove(h)  # وأن after a list of places is "and that", not وان
                    continue
                after_head = facility_around(norm, h.start, h.end, self._facilities)
                ids = [c for c, k in h.candidates if k == LISTED]
                country = self._places.get(ids[0])
                if not any(_joined(norm, e, h.start) for _, e in places) and \
                        not any(_joined(norm, h.end, s) for s, _ in places) and \
                        not _after_near(norm, h.start) and not _before_direction(norm, h.end, {s for s, _ in places}) and \
                        (after_head is None or after_head.head.type != "LOC") and \
                        not (country is not None and country.kind == "country"
                             and in_country_context(norm, h.start, h.end)):
                    continue
                for sp in inner:
                    del picked[sp]
                    taken.remove(sp)
                picked[(h.start, h.end)] = ids[0]
                taken.append((h.start, h.end))
                cands.remove(h)
                changed = True

    def _with_facilities(self, mentions: list[_Mention], norm: str) -> list[_Mention]:
        """A place after a facility head noun becomes the facility (``مطار صنعاء``)."""
        out = []
        for m in mentions:
            entry = self._places.get(m.entry_id)
            fac = facility_around(norm, m.start, m.end, self._facilities) if entry else None
            if fac is None or (entry.kind == "country" and fac.head.type != "ORG"
                               and fac.end == m.end):  # مطار البحرين الدولي is one
                side = countryside_side(norm, m.start, m.end) if entry else None
                if entry is None and self._country(m.entry_id) == CONTEXT_COUNTRY:
                    m = _federal(m, norm)  # وزارة النفط الاتحادية
                if side is not None:  # ريف حلب الغربي
                    base = entry.name_en.removesuffix(" Governorate")
                    m = _Mention(m.start, side[0], m.entry_id,
                                 ("LOC", f"{side[1]} {base} countryside"))
                out.append(m)
                continue
            name_en = fac.name_en_template.format(name=entry.name_en)
            out.append(_Mention(fac.start, fac.end, m.entry_id, (fac.head.type, name_en)))
        return out

    @property
    def places(self):
        return self._places

    def outlet(self, name: str, countries: frozenset[str] = frozenset()) -> ActorEntry | None:
        """The organization called ``name``, a news outlet first (``الرياض`` the paper),
        one of the dateline place's countries before others (``عمان - الغد``: Jordan's)."""
        orgs = [a for a in self._actors.lookup(name) if a.type == "ORG"]
        orgs.sort(key=lambda a: (a.sector != "MED", a.country not in countries))
        return orgs[0] if orgs else None

    def _is_person(self, entry_id: str) -> bool:
        actor = self._actors.get(entry_id)
        return actor is not None and actor.type == "PER"

    def _country(self, entry_id: str) -> str | None:
        e = self.entry(entry_id)
        return e.country if e else None

    # -- building entities ----------------------------------------------------------------

    def _group(self, article: Article, spans: list[_Span]) -> list[Entity]:
        text = article.text
        by_entry: dict[tuple[str, tuple[str, str] | None], list[Span]] = {}
        for s, e, entry_id, facility in spans:
            by_entry.setdefault((entry_id, facility), []).append(Span(s, e, text[s:e]))
        day = article.published_date
        home = None
        out = []
        for (entry_id, facility), ms, near in self._by_country(article, spans, by_entry):
            entry = self.entry(entry_id)
            name = _longest(ms)
            if facility is not None:
                out.append(Entity(id=f"{entry_id}/{facility[1]}", type=facility[0], name=name,
                                  mentions=tuple(ms), name_en=facility[1],
                                  country=entry.country, origin="lexicon"))
                continue
            country, name_en = entry.country, entry.name_en
            if country == CONTEXT_COUNTRY:
                if home is None:
                    home = self._home_country(article, spans)
                country = near or home or None
                own = self._national.get((entry_id, country)) if country else None
                if own is not None:
                    out.append(Entity(id=own.id, type=own.type, name=name, mentions=tuple(ms),
                                      name_en=own.name_en, country=country,
                                      sector=own.sector_on(day), org=own.org,
                                      origin="lexicon", lexicon_id=own.id))
                    continue
                place = self._places.country(country) if country else None
                name_en = name_en.replace("{country}", place.name_en if place else "").strip()
                name_en = name_en.replace(" ()", "")
            ent_id = f"{entry_id}.{country.lower()}" if near else entry_id  # one per country
            if isinstance(entry, PlaceEntry):
                ent = Entity(id=ent_id, type="LOC", name=name, mentions=tuple(ms),
                             name_en=name_en, country=country, geo=entry.geo,
                             origin="lexicon", lexicon_id=entry_id)
            else:
                ent = Entity(id=ent_id, type=entry.type, name=name, mentions=tuple(ms),
                             name_en=name_en, **entry.identity_on(day, country),
                             origin="lexicon", lexicon_id=entry_id)
            out.append(ent)
        return out


# a first name and a father's name before a family name: عادل بن أحمد |الجبير
_PATRONYMIC = re.compile(r"(?<![\w])(\w+) (?:بن|ابن) \w+ ")
# one more link of a nasab after a person's name: بن عبدالله, بن عبد العزيز, آل سعود
_NASAB = re.compile(r" (بن|بنت|ال) ((?:عبد )?\w+)(?!\w)")
_FATHER_SLOT = re.compile(r"\w بن $")
_FEDERAL = (" الاتحاديه", " الاتحادي", " الفيدراليه", " الفيدرالي")


def _federal(m: _Mention, norm: str) -> _Mention:
    """A body of a federal state named with ``الاتحادية`` (Iraq's ``وزارة النفط
    الاتحادية``): the adjective belongs to the name, the country comes from context."""
    for adj in _FEDERAL:
        end = m.end + len(adj)
        if norm.startswith(adj, m.end) and (end >= len(norm) or not norm[end].isalnum()):
            return _Mention(m.start, end, m.entry_id, m.facility)
    return m


_WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3]+")


def _joined(norm: str, left_end: int, right_start: int) -> bool:
    """Two names in a list: only ``و``, a comma or both between them, the second perhaps
    with its type word (``المطلة ومدينة حيفا``)."""
    if not 0 <= left_end <= right_start:
        return False
    words = norm[left_end:right_start].split()
    if words and words[-1] in _TYPE_WORDS:
        words[-1] = "و"
    gap = "".join(words)
    return gap in ("و", "،", "،و", ",", ",و") and norm[left_end:right_start].startswith((" ", "،", ","))


# a place's type word, written before the next name of a list (normalized: ة → ه)
_TYPE_WORDS = frozenset(normalize_ar(w) for w in ("ومدينة", "وبلدة", "وقرية", "ومخيم", "ومستوطنة",
                                                "ومحافظة", "وولاية", "ومنطقة"))
# words after which only a place can stand: ``قرب شمع`` is the village, not wax
_NEAR = frozenset(normalize_ar(w) for w in ("قرب", "وقرب", "بقرب", "مقربة من", "بالقرب من",
                                          "أطراف", "مشارف"))


# a compass adjective placing a town in its country: الزاوية غربي العاصمة, باردهيري جنوبي البلاد
_DIRECTIONS = frozenset(normalize_ar(w) for w in ("غربي", "شرقي", "شمالي", "جنوبي", "شمال غربي",
                                                "شمال شرقي", "جنوب غربي", "جنوب شرقي"))


# what a compass adjective places a town in
_REGION_NOUNS = frozenset(normalize_ar(w) for w in ("العاصمة", "البلاد", "المدينة", "المحافظة",
                                                  "الولاية", "الإقليم", "القطاع"))


def _before_direction(norm: str, end: int, place_starts: set[int]) -> bool:
    """A bare town name right before ``غربي``/``جنوبي`` … and the capital, the country or
    a place found (``الزاوية غربي العاصمة``, ``… جنوبي طرابلس``): only a place is placed
    so, not a corner of a hall (``الزاوية غربي القاعة``)."""
    if norm[end:end + 1] != " ":
        return False
    words = list(_WORD.finditer(norm, end, end + 50))[:3]
    for k in (1, 2):  # غربي العاصمة, شمال غربي طرابلس
        if len(words) > k and " ".join(w.group() for w in words[:k]) in _DIRECTIONS:
            noun = words[k]
            return noun.group() in _REGION_NOUNS or noun.start() in place_starts
    return False


def _after_near(norm: str, start: int) -> bool:
    """A bare village name right after ``قرب`` (near), ``بالقرب من``, ``أطراف`` (the edges
    of): a word of place, as a type word would be."""
    words = norm[max(0, start - 20):start].split()
    return bool(words) and (words[-1] in _NEAR or " ".join(words[-2:]) in _NEAR)


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, the longer one winning (then the earlier)."""
    if not hits:
        return []
    taken = bytearray(max(h.end for h in hits))
    chosen: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not any(taken[h.start:h.end]):
            taken[h.start:h.end] = b"\x01" * (h.end - h.start)
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


def _longest(spans: list[Span]) -> str:
    """The entity's name: its longest mention, the article form (``الأمم المتحدة``)
    rather than the contracted one (``لأمم المتحدة``) when both occur."""
    return max(spans, key=lambda s: (len(s.text), s.text.startswith(("ال", "أل", "إل")),
                                     -s.start)).text
