"""Which country a body written without its own belongs to (``وزارة الخارجية``).

A lexicon row with country ``~`` is such a body. Each of its mentions takes the
country of the person whose title it ends (``رئيس مجلس النواب نبيه بري``), else the
country named last before it in its sentence, by a name or a nationality adjective
(``ترأس الوفد الإسرائيلي رئيس مجلس الأمن القومي``), else one named right after it and
not joined by و (``حزب العدالة والتنمية الحاكم في تركيا``); mentions near different
countries are different bodies. A mention near none takes the article's home country
(dateline, outlet, most named country). Mixed into :class:`EntityStage`, whose lexicons
(``entry``, ``_country``, ``_is_person``, ``_adjectives``, ``_actors``, ``_places``) it reads.
"""
from __future__ import annotations

import re
from collections import Counter

from hadath.lexicons.nationalities import adjective_after_agent
from hadath.lexicons.places import PlaceEntry
from hadath.model import Article, Span
from hadath.text.layout import find_dateline
from hadath.text.normalize import normalize_ar

CONTEXT_COUNTRY = "~"
# characters after a context-country name within which a country still names its own
# (``حزب العدالة والتنمية الحاكم في تركيا``)
_RIGHT_AFTER = 16
_WORD = re.compile(r"[\u0621-\u064A\u0670-\u06D3]+")


class ContextCountries:
    """The country of each mention of a body written without its country."""

    def _by_country(self, article: Article, spans, by_entry):
        """(key, mentions, nearby country) per entity: a body written without its country
        (``وزارة الخارجية``) is one body per country its mentions are near (``ترأس الوفد
        البحريني وكيل وزارة الخارجية …، فيما ترأس الوفد القطري الأمين العام لوزارة
        الخارجية``); a mention near none belongs with the one before it."""
        for key, ms in by_entry.items():
            entry = self.entry(key[0])
            if key[1] is not None or entry is None or entry.country != CONTEXT_COUNTRY:
                yield key, ms, None
                continue
            groups: dict[str | None, list[Span]] = {}
            last = None
            for m in ms:
                last = self._nearby_country(article, spans, m) or last
                groups.setdefault(last, []).append(m)
            if None in groups and len(groups) > 1:  # before any country: the first one's
                first = next(c for c in groups if c is not None)
                groups[first] = sorted(groups.pop(None) + groups[first], key=lambda m: m.start)
            for country, group in groups.items():
                yield key, group, country

    def _nearby_country(self, article: Article, spans, mention: Span) -> str | None:
        """The country of the person whose title ends with the body (``رئيس مجلس النواب
        نبيه بري``), else the country named last before the mention in its sentence,
        after the dateline, by a name or a nationality adjective (``ترأس الوفد
        الإسرائيلي رئيس مجلس الأمن القومي``), else one named right after it, unless
        joined to it by ``و`` (``وقعت حكومة الوحدة الوطنية وتركيا`` says nothing of the
        government's country)."""
        pos = mention.start
        text = article.text
        sent = article.sentences[article.sentence_of(pos)] if article.sentences else None
        lo = sent.start if sent else 0
        if article.dateline is not None and lo <= article.dateline.start < pos:
            lo = max(lo, article.dateline.end)  # الرباط - هسبريس: أعلن المجلس … في الجزائر
        hi = sent.end if sent else len(text)
        best = after = None
        best_at = -1
        for s, _, entry_id, _ in spans:
            if lo <= s < hi:
                c = self._country(entry_id)
                if c and c != CONTEXT_COUNTRY and s >= mention.end and \
                        self._is_person(entry_id) and text[mention.end:s].strip() == "":
                    return c  # رئيس مجلس النواب نبيه بري: the holder's country is the body's
                if c and c != CONTEXT_COUNTRY:
                    if s < pos:
                        best, best_at = c, s
                    elif (after is None and s - mention.end <= _RIGHT_AFTER
                          and text[s - 1:s] != "و"):
                        after = c
        adjective = self._adjective_before(text, lo, pos)
        if adjective is not None and adjective[0] > best_at:
            best = adjective[1]
        return best or after

    def _adjective_before(self, text: str, lo: int, pos: int) -> tuple[int, str] | None:
        """(offset, country) of the last nationality adjective between lo and pos."""
        found = None
        words = list(_WORD.finditer(text, lo, pos))
        norms = [normalize_ar(m.group()) for m in words]
        for k, m in enumerate(words):  # المالي only after an agent: الحكومة المالية
            country = self._adjectives.get(norms[k]) or adjective_after_agent(norms, k)
            if country is not None:
                found = (m.start(), country)
        return found

    def _home_country(self, article: Article, spans) -> str:
        dl = find_dateline(article.text) if article.dateline else None
        outlet = {a.country for a in self._actors.lookup(article.source) if a.country} \
            if article.source else set()
        if dl and "place" in dl:
            # a place name of two countries (عمان: Amman or Oman) takes the outlet's
            places = [p.country for p in self._places.lookup(dl["place"].text) if p.country]
            for country in sorted(places, key=lambda c: c not in outlet):
                return country
        if article.source:
            for actor in self._actors.lookup(article.source):
                if actor.country:
                    return actor.country
        counts = Counter(self._country(eid) for _, _, eid, _ in spans
                         if isinstance(self.entry(eid), PlaceEntry))
        counts.pop(None, None)
        return counts.most_common(1)[0][0] if counts else ""
