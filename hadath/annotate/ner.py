"""Stage ``ner``: names no dictionary has, found by the NER model, merged with the lexicon's.

The model is the CRF (``hadath/models/ner-crf.crfsuite``): in the pipeline it is four
times faster than the CRF + neural mix that ``hadath tag`` uses, and on news articles,
where the dictionary finds most names first, the mix added about one point of entity F1
on unseen articles for a pipeline four times slower (measured on 16 unseen articles).
Its marginals are what ``MIN_CONFIDENCE`` reads; pass another model path to change it.

Runs after ``entities``. Per sentence, the model tags the words (and punctuation, as
in its training data); each PER/ORG/LOC span loses its proclitics (GUIDELINES.md:
``ولافروف`` → ``لافروف``). MISC is not a SPEC type and is dropped. Then:

- a span that overlaps a dictionary mention is dropped (the dictionary wins);
- a span whose text is a mention of an existing entity joins that entity;
- other spans with the same text and type form one new entity, ``origin="model"``;
  a one-word person span that is the last word of another model person joins it
  (``منصور`` after ``خالد منصور``), and its family name alone later on is a mention
  even where the model missed it (``hadath.annotate.name_later``);
- a model-only person gets an English name by romanization (``Khalid Mansour``), in
  the spelling of the dateline's country where the name is attested there (the ``roles``
  stage spells it again as in the person's country when the title names it); a
  model-only place gets the country that the article's known places are mostly in
  (a town the lexicon lacks, in a story about Sudan, is most likely in Sudan); a
  person's country is left unknown rather than guessed, since events key on it.

The stage holds only the model path: it pickles small and reloads the model once
per process on the other side (Spark executors, worker processes).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from hadath.annotate.entity_datelines import dateline_country
from hadath.annotate.entity_titles import quoted_titles
from hadath.annotate.facility_names import complete_facilities, facility_name_en, facility_spans
from hadath.annotate.title_names import posted_names, role_names
from hadath.annotate.town_names import town_names
from hadath.annotate.name_later import later_family_names, lone_surnames_to_people
from hadath.annotate.name_spans import (family_names, not_names, repair_person_spans,
                                        speaker_slot_names)
from hadath.lexicons.facilities import load_facility_heads
from hadath.lexicons.nationalities import load_nationalities
from hadath.lexicons.places import load_places
from hadath.model import Article, Entity, Span, renumber_entities
from hadath.ner.romanize import romanize_person
from hadath.ner.spans import model_tokens, split_conjoined_names, strip_clitics
from hadath.ner.resources import word_frequencies
from hadath.ner.tagger import CRF_MODEL, tagger_for
from hadath.ner.conll import bio_spans
from hadath.text.normalize import normalize_ar

OUTPUT_TYPES = ("PER", "ORG", "LOC")
# a model span is kept when every token's tag has at least this marginal probability.
# On the ANERcorp validation tail, PER/ORG/LOC spans below 0.6 were right about half
# the time or less (0.3-0.6: 24 of 52), those from 0.6 to 0.9 about two times in three
# (80 of 123), above 0.9 86%; the dictionary already finds the common names, so the
# stage keeps only spans that are more often right than wrong
MIN_CONFIDENCE = 0.6
# ... except a name right after a word for a town (في مدينة بحري): the head noun says
# it is a place (a town named after a person too), while the word itself may be an
# everyday word (بحري "naval") that the model's word-frequency features make it doubt
# or take for a person
PLACE_HEAD_CONFIDENCE = 0.4
_PLACE_HEADS = frozenset({"مدينه", "بلده", "قريه", "مخيم", "بلدات", "مدن", "قري"})
# ... and a name after a word for a street is the street, head noun included (GUIDELINES
# keep a facility's head): شارع الحبيب بورقيبة is a place, not the president
_STREET_HEADS = frozenset({"شارع", "جاده"})
# ... as after any place-type head of facilities.tsv (قاعة عبد الله السالم, قاعدة عثمان
# دقنة), ports aside: gold marks the port's name alone (جيهان in ميناء جيهان)
_NOT_FACILITY_HEADS = frozenset({"ميناء", "مرفا"})
# ... and a name right after a word for a law, plan, deal or operation names that
# thing (قانون قيصر, عملية نبع السلام, خطة ترامب): the model, trained on ANERcorp where
# such names are MISC or persons, would otherwise give the story a person "Kaysar"
# that the event coder may take as an actor
_THING_HEADS = frozenset({"قانون", "عمليه", "خطه", "مبادره", "صفقه"})
# ... and a quoted name right after a word for an outlet is the outlet (وكالة "فارس",
# إذاعة "الأندلس"), whatever the model took the word for (a man Faris, Andalusia)
_OUTLET_HEADS = frozenset({"وكاله", "اذاعه", "قناه", "صحيفه", "جريده", "تلفزيون", "مجله"})


class NerStage:
    name = "ner"
    requires: tuple[str, ...] = ("sentences", "tokens")
    assigns = ("entities",)

    def __init__(self, model_path: str | Path = CRF_MODEL,
                 min_confidence: float = MIN_CONFIDENCE):
        self.tagger = tagger_for(model_path)
        self.min_confidence = min_confidence
        self._months = _month_names()
        self._nationals = frozenset(normalize_ar(n.form) for n in load_nationalities())
        self._titles = _office_titles()
        self._heads = _STREET_HEADS | frozenset(
            h for h, row in load_facility_heads().items()
            if row.type == "LOC" and h not in _NOT_FACILITY_HEADS)

    def __reduce__(self):
        return (NerStage, (self.tagger.model_path, self.min_confidence))

    def _known(self, norm: str) -> bool:
        res = self.tagger.resources
        return norm in res.name_parts or (norm,) in res.gazetteer or norm in res.clusters

    def spans(self, article: Article,
              facilities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """(start, end, type) character spans the model finds, clitics stripped.
        ``facilities`` are the article's facility frames (:func:`facility_spans`, found
        once per article by the caller): a frame's whole name replaces the model's piece."""
        text = article.text
        by_sentence: dict[int, list] = {}
        for tok in article.tokens:
            by_sentence.setdefault(tok.sentence, []).append(tok)
        sentences = []
        for i, sent in enumerate(article.sentences):
            toks = model_tokens(text, by_sentence.get(i, []), sent.start, sent.end)
            if toks:
                sentences.append(toks)
        out = []
        scored = self.tagger.tag_scored_many([[t.text for t in toks] for toks in sentences])
        parts = self.tagger.resources.name_parts
        for toks, (tags, conf) in zip(sentences, scored):
            words = [t.text for t in toks]
            for a, b, kind, conj in ((x, y, k, c) for a0, b0, k in bio_spans(tags)
                                     for x, y, c in (split_conjoined_names(words, a0, b0, parts)
                                                     if k == "PER" else [(a0, b0, False)])):
                floor = self.min_confidence
                head = normalize_ar(toks[a - 1].text) if a else ""
                street = kind in OUTPUT_TYPES and _without_proclitic(head) in self._heads
                if kind in OUTPUT_TYPES and head in _PLACE_HEADS:
                    kind, floor = "LOC", min(floor, PLACE_HEAD_CONFIDENCE)
                elif street:  # شارع الحبيب بورقيبة: a street named after a person
                    kind = "LOC"
                elif head in _THING_HEADS:
                    continue
                if kind in OUTPUT_TYPES and _quoted_outlet(toks, a):
                    kind = "ORG"  # وكالة "فارس": the agency, not a man
                if kind not in OUTPUT_TYPES or min(conf[a:b]) < floor \
                        or self._date_month(toks, a, b) \
                        or kind == "PER" and (_in_favour_of(toks, a, b, head)
                                              or self._title_only(toks, a, b)):
                    continue
                start, end = toks[a].start, toks[b - 1].end
                start = start + 1 if conj else strip_clitics(text, start, end, self._known)
                if street:  # the head noun without its proclitic (بشارع)
                    start = toks[a - 1].start + len(head) - len(_without_proclitic(head))
                mention = text[start:end]
                if any(ch.isalpha() for ch in mention) and not self._adverb(mention, kind) \
                        and not _not_a_name(mention, kind):
                    out.append((start, end, kind))
        titles = quoted_titles(text)  # سفينة الشحن "جينكو بيكاردي": no name (dev/README)
        out = [(s, e, k) for s, e, k in out if not any(a <= s and e <= b for a, b in titles)]
        taken = [(m.start, m.end) for e in article.entities for m in e.mentions]
        out = repair_person_spans(text, out, taken)
        found = taken + [(s, e) for s, e, _ in out]
        out += [x for x in speaker_slot_names(text, article.tokens, found)
                if not _not_a_name(text[x[0]:x[1]], x[2])]
        out += role_names(text, article.tokens, taken + [(s, e) for s, e, _ in out])
        places = [(m.start, m.end) for e in article.entities if e.type != "PER" for m in e.mentions]
        out += posted_names(text, article.tokens, places + [(s, e) for s, e, k in out if k != "PER"],
                            taken + [(s, e) for s, e, _ in out])
        # a town's whole name replaces the model's piece of it (بلدة كفر قليل, not كفر)
        towns = town_names(text, article.tokens, taken + [
            (s, e) for s, e, k in out if k != "LOC"])
        towns = [t for t in towns if not any(s < t[1] and t[0] < e and not t[0] <= s <= e <= t[1]
                                             for s, e, _ in out)]
        out = [x for x in out if not any(t[0] <= x[0] and x[1] <= t[1] for t in towns)]
        # a base's whole name replaces the model's person in it (قاعدة عثمان دقنة الجوية)
        bases = [(s, e, "LOC") for s, e, _ in facilities
                 if not any(a < e and s < b and a != s for a, b in taken)]
        out = [x for x in out + towns if not any(s <= x[0] and x[1] <= e for s, e, _ in bases)]
        return out + [b for b in bases if not any(b[0] <= a < b[1] for a, _ in taken)]

    def _title_only(self, toks, a: int, b: int) -> bool:
        """A title and nothing else (``التقى ولي العهد رئيس …``) is nobody's name."""
        return " ".join(normalize_ar(t.text) for t in toks[a:b]) in self._titles

    def _date_month(self, toks, a: int, b: int) -> bool:
        """A month name next to a number (``٤ شعبان ١٤٤٥``, ``عمّان 14 نيسان``) or before
        a word of relative time (``جوان الماضي``) is a date, not a name; a nationality
        (``بحريني``) is no person either."""
        first = normalize_ar(toks[a].text)
        if b - a == 1 and first in self._nationals:
            return True
        if first not in self._months:
            return False
        if a + 1 < len(toks) and normalize_ar(toks[a + 1].text) in _RELATIVE_TIME:
            return True
        return b - a == 1 and ((a > 0 and toks[a - 1].text[:1].isdigit()) or
                               (b < len(toks) and toks[b].text[:1].isdigit()))

    def _adverb(self, mention: str, kind: str) -> bool:
        """An adverbial nisba (``ميدانيا``, ``إيرانياً``) that looks like a country in -ia.

        Real countries in -ia are in the place lexicon, whose mentions win anyway.
        """
        norm = normalize_ar(mention)
        return (kind != "PER" and " " not in norm and norm.endswith("يا")
                and (norm,) not in self.tagger.resources.gazetteer)

    def __call__(self, article: Article) -> Article:
        text = article.text
        bases = facility_spans(text, article.tokens)
        existing = complete_facilities(list(article.entities), bases, text)
        taken = [m for e in existing for m in e.mentions]
        by_text = {}
        for idx, ent in enumerate(existing):
            for m in ent.mentions:
                by_text.setdefault(m.text, idx)
        family = family_names(existing, text)
        joined: dict[int, list[Span]] = {}
        groups: dict[tuple[str, str], list[Span]] = {}
        for start, end, kind in self.spans(article, bases):
            span = Span(start, end, text[start:end])
            if any(span.overlaps(t) for t in taken):
                continue
            taken.append(span)
            if span.text in by_text:
                joined.setdefault(by_text[span.text], []).append(span)
            elif kind == "PER" and span.text in family:  # قيس سعيد … وكان سعيد قد
                joined.setdefault(family[span.text], []).append(span)
            else:
                groups.setdefault((normalize_ar(span.text), kind), []).append(span)
        for idx, spans in joined.items():
            ent = existing[idx]
            existing[idx] = replace(ent, mentions=ent.mentions + tuple(spans))
        main = _main_country(existing)
        new = [_known_place(e, main) for e in
               _model_entities(groups, main, dateline_country(article, existing))]
        templates = {text[s:e]: t for s, e, t in bases}
        new = [replace(e, name_en=facility_name_en(e.name, templates[e.name]))
               if e.type == "LOC" and e.name in templates else e for e in new]
        if not new and not joined and existing == list(article.entities):
            return article
        found = later_family_names(lone_surnames_to_people(existing + new), article.tokens,
                                   not_names(), word_frequencies())
        entities, _ = renumber_entities(found)
        return article.with_(entities=entities)


# words after a month name that make it a date (normalized): جوان الماضي، رمضان المقبل
_RELATIVE_TIME = frozenset({"الماضي", "المقبل", "القادم", "الجاري", "المنصرم", "الفاءت"})


def _without_proclitic(word: str) -> str:
    """``بشارع`` → ``شارع``: one proclitic preposition or conjunction off a head noun."""
    return word[1:] if word[:1] in "وبفل" and len(word) > 3 else word


def _quoted_outlet(toks, a: int) -> bool:
    """The name at token ``a`` is quoted right after a word for an outlet (``وكالة "فارس"``,
    ``لإذاعة "الأندلس"``)."""
    if a < 2 or toks[a - 1].text not in ('"', "«", "“"):
        return False
    word = normalize_ar(toks[a - 2].text)
    return word in _OUTLET_HEADS or _without_proclitic(word) in _OUTLET_HEADS


def _in_favour_of(toks, a: int, b: int, head: str) -> bool:
    """``لصالح بغداد``, ``ليس في صالح أحد``: the noun "interest", not the name Saleh."""
    word = normalize_ar(toks[a].text)
    return b - a == 1 and (word == "لصالح" or word == "صالح" and head in ("في", "وفي"))


_TANWEEN = set("\u064b\u064c\u064d")
_HARAKAT = set("\u064e\u064f\u0650\u0651\u0652")
_GOD = {"الله", "لله", "بالله", "والله"}


def _not_a_name(mention: str, kind: str) -> bool:
    """Spans that ANERcorp's conventions or vocalized text make look like names.

    Names take no tanween (``ديناً``); fully vocalized words come from religious
    quotations (``بِاللَّهِ``), where ANERcorp's habit of tagging God as a person
    would add a "person" to news about a sermon; a person has no digits
    (``25 شوال`` is a Hijri date).
    """
    if any(ch in _TANWEEN for ch in mention) or sum(ch in _HARAKAT for ch in mention) >= 2:
        return True
    words = normalize_ar(mention).split()
    if kind == "PER" and (any(ch.isdigit() for ch in mention) or words[-1] in _GOD
                          and (len(words) == 1 or words[-2] not in _GOD_NAMES)):
        return True
    if kind == "PER" and any(w.removeprefix("و") in _MANNER_ADJECTIVES for w in words):
        return True  # إنزال بحري، إنزالا جويا، بشكل كامل وفوري: how it was done, no one
    if len(words) == 1 and (_future_verb(words[0]) or kind == "PER" and _definite_plural(words[0])):
        return True
    if kind == "ORG" and len(words) > 1 and words[0] in _GENERIC_BODIES \
            and all(w.startswith("ال") for w in words[1:]):
        return True  # المنظمة القارية, اللجنة الأمنية المشتركة: a description, not a name
    return False


# adjectives of means and manner (normalized) that the model, meeting them after an
# indefinite noun as it meets a surname after a given name, takes for persons
_MANNER_ADJECTIVES = frozenset(normalize_ar(w) for w in (
    "بحري", "بحريا", "جوي", "جويا", "بريا", "بحرا", "جوا", "برا", "فوري", "فوريا"))


# generic heads of bodies (normalized) that with adjectives alone describe one
# (المنظمة الدولية "the international organization"), as GUIDELINES' nominals do
_GENERIC_BODIES = frozenset({"المنظمه", "اللجنه", "الهيءه", "البعثه", "الوكاله", "المءسسه"})


# the future prefix س on an imperfect verb: سيدرس "will study", ستواصل, سنرد
_FUTURE = ("سي", "ست", "سن")
# a verb the model takes for a name is far more common without its س than with it
_VERB_ZIPF = 40  # x 10: a common word in general Arabic text
_VERB_MARGIN = 10


def _future_verb(word: str) -> bool:
    """``سيدرس`` ("will study"), which the model can take for a body's acronym: the word
    is س + a common imperfect verb, much more frequent alone (``يدرس``) than with its
    future prefix. Names in سي/ست/سن (``سيناء``, ``ستوكهولم``) have no such twin."""
    if not word.startswith(_FUTURE) or len(word) < 4:
        return False
    freq = word_frequencies()
    bare = freq.get(word[1:], 0)
    return bare >= _VERB_ZIPF and bare >= freq.get(word, 0) + _VERB_MARGIN


def _definite_plural(word: str) -> bool:
    """``الميسرون`` ("the facilitators"): a definite masculine plural is a group of
    people, never one person's name."""
    return word.startswith("ال") and word.endswith("ون") and len(word) > 5


# name parts that form a person's name with الله (عبد الله, نصر الله …)
_GOD_NAMES = {"عبد", "نصر", "جار", "فتح", "عطا", "خير", "حسب", "ضيف", "فضل", "سعد", "هبه",
              "رزق", "عوض", "جاب", "حمد", "نعمه", "عطاء", "فرج", "امر", "رحمه", "بن"}


def _office_titles() -> frozenset[str]:
    """Normalized office titles of ``office_titles.tsv`` (``ولي العهد``, ``وزير الخارجية``)."""
    from hadath.lexicons.tsv import DATA_DIR
    lines = [ln for ln in (DATA_DIR / "office_titles.tsv").read_text("utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return frozenset(" ".join(normalize_ar(ln.split("\t")[0]).split()) for ln in lines[1:])


def _month_names() -> frozenset[str]:
    """Normalized month names of every calendar in ``time_words.tsv`` (Hijri months
    such as شعبان or رجب are also given names)."""
    from importlib import resources
    text = resources.files("hadath").joinpath("data", "time_words.tsv").read_text("utf-8")
    out = set()
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and not line.startswith("#") and cols[0].endswith("month"):
            out.add(normalize_ar(cols[1]))
    return frozenset(out)


def _main_country(entities: list[Entity]) -> str | None:
    """The country the article's known places are most often in (for unknown places)."""
    counts = Counter()
    for ent in entities:
        if ent.type == "LOC" and ent.country:
            counts[ent.country] += len(ent.mentions)
    return counts.most_common(1)[0][0] if counts else None


def _known_place(ent: Entity, country: str | None) -> Entity:
    """A place the model found that the place lexicon knows by that very name, missed by
    the dictionary only for a clitic it does not take (``كبولندا`` "such as Poland") or
    for want of a type word (``الزاوية``): it gets the lexicon's English name, country
    and point, the entry of the article's main country first."""
    if ent.type != "LOC":
        return ent
    entries = load_places().lookup(ent.name)
    if not entries:
        return ent
    entry = next((e for e in entries if e.country == country), entries[0])
    return replace(ent, name_en=entry.name_en, country=entry.country, geo=entry.geo,
                   lexicon_id=entry.id)


def _model_entities(groups: dict[tuple[str, str], list[Span]],
                    country: str | None, home: str | None = None) -> list[Entity]:
    # a lone surname joins the model person whose full name ends with it
    persons = {key: spans for key, spans in groups.items() if key[1] == "PER"}
    for key in list(persons):
        norm = key[0]
        if " " in norm:
            continue
        full = [k for k in persons if k != key and " " in k[0] and k[0].split()[-1] == norm]
        if len(full) == 1:
            groups[full[0]] = groups[full[0]] + groups.pop(key)
    out = []
    for i, ((_, kind), spans) in enumerate(groups.items()):
        name = max(spans, key=lambda s: (len(s.text), -s.start)).text
        out.append(Entity(id=f"m{i}", type=kind, name=name,
                          mentions=tuple(sorted(spans, key=lambda s: s.start)),
                          name_en=romanize_person(name, home=home) if kind == "PER" else None,
                          country=country if kind == "LOC" else None, origin="model"))
    return out
