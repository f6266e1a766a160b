"""The actors of a sentence: named entities plus nominal actors.

Named entities come from earlier stages (their mentions). Nominal actors are written as a
generic agent with a nationality adjective or a country name (``الجيش السوري`` → SYR MIL,
``القوات الروسية`` → RUS MIL, ``حكومة العراق`` → IRQ GOV), a bare agent that names the
story's country (``المعارضة المسلحة`` in a Syrian story → SYR REB), a bare nationality
adjective (``قصف إسرائيلي`` → ISR), or an office title linked by date to its holder
(``وزير الخارجية الروسي`` on 2017-05-13 → Sergey Lavrov, RUS).

Each actor mention records the preposition before it (``على``, ``مع``, ``ب`` …) and
whether ``و`` joins it to the previous word, which the assignment of source and target uses.
Words that refer back to an actor named before (``الوكالة``, ``بلاده``, ``الدول الأربع``)
are resolved by :mod:`hadath.events.anaphora`; a title and the name right after it
(``الرئيس الأمريكي دونالد ترامب``) become one actor in :mod:`hadath.events.mention_merge`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from hadath.events.anaphora import (TYPE_HEADS, counted_group, head_table, joined_title,
                                    honored, named_alike, named_by_head, named_by_surname,
                                    named_by_title, of_body, own_country_word, ruled_place,
                                    surname_table, the_latter)
from hadath.events.bare_actors import ENVOY_WORDS, at_home, lone_army, named_before, the_kingdom
from hadath.events.bare_titles import another_title, body_named_before, construct, office_country
from hadath.events.actor_words import (ENVOY_PAIR_WORDS, LED_BY, OVER_BODY_OFFICES, PAIR_WORDS,
                                      PEOPLE_COUNTS)
from hadath.events.lexicons import EventLexicons
from hadath.events.mention_context import (fronted_place, group_type_head, is_dateline,
                                           is_surname, named_pair, past_qualifiers,
                                           prep_before, prep_of, ruling_qualifier)
from hadath.events.mention_merge import merge_mentions
from hadath.events.words import WordForms, stems_only
from hadath.model import Actor, Article, Entity, Span, Token
from hadath.text.normalize import normalize_ar



@dataclass(frozen=True, slots=True)
class ActorMention:
    first: int          # token indices in the sentence, inclusive
    last: int
    actor: Actor
    kind: str           # entity, office, nominal, adjective
    prep: str | None    # preposition governing the mention
    conj: bool          # joined by و to what precedes
    entity_type: str | None = None
    place_kind: str | None = None   # geo kind of a LOC entity: country, city, …

    @property
    def key(self) -> str | None:
        return self.actor.key


class ActorFinder:
    """Finds actor mentions in a sentence; holds only the lexicon tables (picklable)."""

    def __init__(self, lexicons: EventLexicons):
        self.lex = lexicons
        agents: dict[str, list] = {}
        for a in lexicons.agents:
            agents.setdefault(a.words[0], []).append(a)
        self.agents = {k: sorted(v, key=lambda a: -len(a.words)) for k, v in agents.items()}
        titles: dict[str, list] = {}
        for t in lexicons.titles:
            titles.setdefault(t.words[0], []).append(t)
        self.titles = {k: sorted(v, key=lambda t: -len(t.words)) for k, v in titles.items()}
        self.over_body = frozenset(t.words for t in lexicons.titles
                                   if t.form == "body" or t.office in OVER_BODY_OFFICES)

    def find(self, article: Article, tokens: list[Token], forms: list[WordForms],
             story_country: str | None, pair: tuple[str, ...] = (),
             memory: dict | None = None) -> list[ActorMention]:
        """Actor mentions of one sentence. ``pair`` is the story's two main countries (for
        ``البلدين``); ``memory`` maps agents already seen with a country in this article
        (``التحالف بقيادة السعودية``) to it, so a later bare ``التحالف`` is known too."""
        mentions = self._entities(article, tokens)
        taken = {i for m in mentions for i in range(m.first, m.last + 1)}
        mentions += self._nominals(article, tokens, forms, taken, mentions, story_country,
                                   pair, memory if memory is not None else {})
        mentions = ruled_place(sorted(mentions, key=lambda m: (m.first, m.last)), tokens)
        memory = memory if memory is not None else {}
        mentions = the_latter(of_body(merge_mentions(mentions, tokens), tokens), tokens,
                              memory.get("latter"))
        named = [m for m in mentions if m.key and m.kind != "adjective"]
        if named:
            memory["latter"] = named[-1]     # for a الأخير opening the next sentence
        return mentions

    # --- named entities -------------------------------------------------------------
    def _entities(self, article: Article, tokens: list[Token]) -> list[ActorMention]:
        if not tokens:
            return []
        start, end = tokens[0].start, tokens[-1].end
        out = []
        dateline = article.dateline
        # the last word of a name is no preposition (سعيد أبو علي مجلس الأمن: not على)
        name_ends = {m.end for ent in article.entities for m in ent.mentions
                     if start <= m.end <= end}
        for ent in article.entities:
            if not ent.key:
                # ميليشيا الحوثي, read as an unknown name: the group named الحوثيين elsewhere
                ent = named_alike(article, ent) or ent
            for m in ent.mentions:
                if m.end <= start or m.start >= end:
                    continue
                if dateline is not None and m.start < dateline.end and dateline.start < m.end:
                    continue
                if is_dateline(article.text, m):
                    continue
                idx = [i for i, t in enumerate(tokens) if t.start < m.end and m.start < t.end]
                if not idx:
                    continue
                first = idx[0]
                prefix = normalize_ar(article.text[tokens[first].start:m.start])
                conj = prefix.startswith(("و", "ف"))
                if not conj and ent.type == "PER" and (lead := joined_title(tokens, first)):
                    first, conj = lead, True    # ورئيس الإقليم موسى بيحي عبدي
                elif not conj and first >= 2 and tokens[first - 1].norm == "من" \
                        and tokens[first - 2].norm == "وكل":
                    first, conj = first - 2, True   # الخارجية الكويتية وكل من قطر وعمان
                elif not conj and first >= 1 and tokens[first - 1].norm in ("و", "ف"):
                    conj = True     # "داعش" و"النصرة": a quote parts the و from the name
                elif not conj and first >= 1 and tokens[first - 1].norm[:1] == "و" \
                        and tokens[first - 1].norm[1:] in TYPE_HEADS:
                    first, conj = first - 1, True   # بين إسرائيل وحركة حماس
                elif not conj and first >= 1 and tokens[first - 1].norm[1:] in ("الي", "مع", "ضد"):
                    conj = tokens[first - 1].norm[:1] == "و"    # إلى قطر وإلى سلطنة عمان
                core = prefix.lstrip("وف")
                prep = core[:1] if core[:1] in ("ب", "ل", "ك") else None
                if prep is None and first > 0 and tokens[first - 1].end not in name_ends:
                    prep = prep_before(tokens, first, ent.type)
                out.append(ActorMention(first, idx[-1], _entity_actor(ent, m), "entity", prep,
                                        conj, ent.type, ent.geo.kind if ent.geo else None))
        return out

    # --- nominal actors -------------------------------------------------------------
    def _nominals(self, article: Article, tokens: list[Token], forms: list[WordForms],
                  taken: set[int], entities: list[ActorMention], story_country: str | None,
                  pair: tuple[str, ...], memory: dict) -> list[ActorMention]:
        out: list[ActorMention] = []
        day = article.published
        ent_at = {m.first: m for m in entities}
        i = 0
        n = len(tokens)
        while i < n:
            if i in taken:
                i += 1
                continue
            envoys = not ENVOY_PAIR_WORDS.isdisjoint(forms[i].stem_set)
            paired = envoys or not PAIR_WORDS.isdisjoint(forms[i].stem_set)
            sides = (named_pair(tokens, entities, i) or (
                tuple(memory.get("bilateral", ())) if envoys else pair)) if paired else ()
            if len(sides) == 2 and not (i > 0 and tokens[i - 1].norm.lstrip("وبل") == "حل"):
                # البلدين, الطرفين: the two parties the sentence named before (عقد فيصل
                # بن فرحان اجتماعا مع أمير عبداللهيان، وقع الجانبان), else the story's two
                # main countries; الوزيرين only the two of an act told before
                # (حل الدولتين is the two-state solution, not the story's two parties)
                for k, country in enumerate(sides):
                    m = self._mention(tokens, forms, i, i, "", Actor(country=country), "pair")
                    out.append(replace(m, conj=k > 0))
                i += 1
                continue
            own = own_country_word(forms[i])
            if own:
                # بلاده, حكومتها: the country of the sentence's speaker, resolved later
                out.append(self._mention(tokens, forms, i, i, own, Actor(sector="GOV"), "self"))
                i += 1
                continue
            title, t_len, t_prefix = self._match_words(self.titles, forms, i, taken)
            agent, a_len, a_prefix = self._match_words(self.agents, forms, i, taken)
            group, width = counted_group(forms, i, memory)
            if group:
                # الدول الأربع: the four states named together before
                for k, country in enumerate(group):
                    m = self._mention(tokens, forms, i, i + width - 1, "", Actor(country=country),
                                      "pair")
                    out.append(replace(m, conj=k > 0))
                i += width
                continue
            if title is None and agent is not None and a_len == 1 and group_type_head(forms[i]):
                # الميليشيا, الحركة, التنظيم after ميليشيا الحوثي, حركة حماس: that group
                if "heads" not in memory:
                    memory["heads"] = head_table(article)
                ent = named_by_head(article, forms[i], tokens[i].start, memory["heads"])
                if ent is not None and ent.type == "ORG":
                    span = Span(tokens[i].start, tokens[i].end, tokens[i].text)
                    out.append(ActorMention(i, i, _entity_actor(ent, span), "entity",
                                            prep_of(tokens, forms, i), False, ent.type))
                    i += 1
                    continue
            if title is None and agent is None:
                # الوكالة after وكالة الأمم المتحدة لإغاثة …: the same organization;
                # ودعا السوداني: the Iraqi premier named before, not a Sudanese
                if "heads" not in memory:
                    memory["heads"] = head_table(article)
                if "surnames" not in memory:
                    memory["surnames"] = surname_table(article)
                # وطالب المجلس … مجلس الأمن …، كما أكد المجلس: a bare head keeps the body it
                # named first, though another of its kind was named since as an object
                bare = ("bare", tokens[i].norm.lstrip("وف"))
                ent = memory.get(bare) or named_by_head(article, forms[i], tokens[i].start,
                                                         memory["heads"])
                if ent is not None and ent.type == "ORG":
                    memory[bare] = ent
                ent = ent or named_by_surname(article, tokens, i, memory["surnames"]) \
                    or honored(article, tokens, i)
                if ent is not None:
                    span = Span(tokens[i].start, tokens[i].end, tokens[i].text)
                    out.append(ActorMention(i, i, _entity_actor(ent, span), "entity",
                                            prep_of(tokens, forms, i), False, ent.type))
                    i += 1
                    continue
                kingdom = the_kingdom(article, forms[i], memory) if i == 0 or not \
                    tokens[i - 1].norm.lstrip("و").startswith(ENVOY_WORDS) else None
                if kingdom is not None:     # زيارة … إلى المملكة in a Saudi story
                    out.append(self._mention(tokens, forms, i, i, "", Actor(
                        country=kingdom, sector="GOV"), "nominal"))
                    i += 1
                    continue
                country = self._nationality(forms[i]) or self._shared_people(forms, i)
                if country and is_surname(tokens, i, taken):
                    country = None     # الناشط خيام التركي: a family name, not "Turkish"
                if country:
                    kind, actor = "adjective", Actor(country=country)
                    if self._people(forms, i):
                        # عشرات الآلاف من الجزائريين: a people, not an adjective
                        kind, actor = "nominal", Actor(country=country, sector="CVL")
                    out.append(self._mention(tokens, forms, i, i, "", actor, kind))
                elif (body := self._regional(forms[i], article)) is not None and not any(
                        self._regional(forms[k], article) for k in (i - 1, i + 1) if 0 <= k < n):
                    # الشركاء الأوروبيين in a story of the EU: the region's body (not القمة
                    # العربية الأوروبية, a meeting of two regions, whose hosts are its parties)
                    out.append(self._mention(tokens, forms, i, i, "", Actor(org=body),
                                             "adjective"))
                i += 1
                continue
            length = max(t_len, a_len)
            prefix = t_prefix if t_len >= a_len else a_prefix
            j = i + length          # the word after the title/agent
            # chains such as قوات النظام السوري, قوات الأمن العراقية: the head gives the
            # sector, any link a fixed country or the right to stand alone
            chain = [agent] if agent is not None else []
            while j < n and j not in taken and forms[j].joined_prep is None:
                more, m_len, _ = self._match_words(self.agents, forms, j, taken)
                nxt = self._match_words(self.titles, forms, j, taken)[0] if title else None
                if more is None or another_title(title, nxt):
                    break   # استقبل الملك وزير الخارجية: a title after a title is another man
                chain.append(more)
                j += m_len
            if len(chain) > 1:
                fixed = next((a.country for a in chain if a.country), None)
                agent = replace(chain[0], country=fixed, bare=any(a.bare for a in chain))
            country, last = None, j - 1
            j = past_qualifiers(tokens, forms, j, taken, set(ent_at), self._nationality)
            if title is not None and title.form == "body":
                pass    # الأمين العام للجامعة العربية إسرائيل: the body is his, not the next name
            elif j < n and j not in taken and self._nationality(forms[j], after_agent=True):
                country, last = self._nationality(forms[j], after_agent=True), j
            elif (e := ent_at.get(j)) and e.entity_type == "LOC" and e.key and construct(tokens[j - 1]):
                country, last = e.key, e.last   # حكومة العراق
            elif j + 1 in ent_at and j < n and tokens[j].norm in LED_BY and ent_at[j + 1].key:
                country, last = ent_at[j + 1].key, ent_at[j + 1].last   # التحالف بقيادة السعودية
            elif agent is not None and not agent.country:
                # الحكومة الانتقالية في مالي, الحكومة الشرعية في اليمن, المسلحين في سوريا:
                # the people of the place
                k = j + (j < n and j not in ent_at and ruling_qualifier(tokens[j].norm))
                if k + 1 < n and tokens[k].norm == "في" and k + 1 in ent_at \
                        and ent_at[k + 1].entity_type == "LOC" and ent_at[k + 1].key:
                    country = ent_at[k + 1].key     # the place stays a place of its own
                elif agent.sector == "REB" and (place := fronted_place(tokens, ent_at, i)):
                    country = place     # وفي قطاع غزة، أطلقت الفصائل: that place's armed groups
            country = office_country(article, title, tokens, i, j, country, memory, story_country)
            sector = agent.sector if agent is not None else \
                "IGO" if title is not None and title.form == "body" else "GOV"
            if agent is not None and agent.country:
                country = country or agent.country
            name_en = None
            org = None
            if title is not None:
                if title.form == "body":
                    holder = self.lex.body_holder(title.office, day) or body_named_before(
                        article, title.office, tokens, i, self.lex.holders, day)
                    org = holder.org if holder else None
                else:
                    holder = self.lex.holder(title.office, country, day) if country else None
                name_en = holder.name_en if holder else None
                if holder is not None and title.form == "body":
                    name_en = holder.name_en
            if agent is not None and not agent.bare:
                if country is not None:
                    memory[agent.words] = country
                elif title is None:
                    country = memory.get(agent.words)
            elif agent is not None:
                remembered, here = named_before(chain, country, memory, tokens[0].start)
                if country is None and title is None and (
                        here or not at_home(entities, story_country)):
                    country = remembered
            if title is None:
                country = lone_army(agent, country, memory) or country    # برصاص الجنود
            body = self._regional(forms[j], article) if (
                country is None and org is None and agent and j < n) else None
            if body:    # an agent and a regional adjective: القوات الأممية, the UN's
                org, last = body, j
            if country is None and org is None:
                bare = agent is not None and agent.bare and title is None
                if bare and story_country:
                    country = story_country
                else:
                    # أكد الملك: the king named before (الملك محمد السادس)
                    ent = named_by_title(article, tokens, i) if j == i + 1 else None
                    if ent is not None:
                        span = Span(tokens[i].start, tokens[i].end, tokens[i].text)
                        out.append(ActorMention(i, i, _entity_actor(ent, span), "entity",
                                                prep_of(tokens, forms, i), False, ent.type))
                    i = j
                    continue
            actor = Actor(name_en=name_en, country=country, sector=sector, org=org)
            kind = "office" if name_en else "nominal"
            out.append(self._mention(tokens, forms, i, last, prefix, actor, kind))
            i = last + 1
        return out

    def _match_words(self, table: dict, forms: list[WordForms], i: int, taken: set[int]):
        """Longest entry of ``table`` starting at token ``i`` → (entry, length, prefix),
        over every clitic split of the first word (القوات الأمنية beats قوات)."""
        best = (None, 0, "")
        for prefix, stem in forms[i].stems:
            for entry in table.get(stem, ()):
                words = entry.words
                if len(words) < best[1] or i + len(words) > len(forms) or (
                        len(words) == best[1] and len(prefix) >= len(best[2])):
                    continue    # a tie goes to the word as written: الحكومة, not حكومة
                # a body's head may run over the body's own name (الأمين العام لجامعة
                # الدول العربية, المبعوث الأممي إلى اليمن, رئيس هيئة الأركان): the title
                # names the person
                over = entry.words in self.over_body
                if all((over or i + k not in taken) and w in stems_only(forms[i + k])
                       for k, w in enumerate(words[1:], 1)):
                    best = (entry, len(words), prefix)
        return best

    def _shared_people(self, forms: list[WordForms], i: int) -> str | None:
        """The country of a plural that is also a common word (``الماليين``: Malians or
        financiers) where it names a people: after ``من`` or a count."""
        country = next((self.lex.shared_peoples[stem] for _, stem in forms[i].stems
                        if stem in self.lex.shared_peoples), None)
        return country if country and self._people(forms, i) else None

    def _people(self, forms: list[WordForms], i: int) -> bool:
        """A plural nationality after ``من`` or a count names people (``آلاف الجزائريين``,
        ``من الفلسطينيين``), not a quality of the word before it."""
        if not any(stem in self.lex.peoples or stem in self.lex.shared_peoples
                   for _, stem in forms[i].stems):
            return False
        prev = forms[i - 1].stems[-1][1] if i > 0 else ""
        return prev in ("من", "ومن") or prev in PEOPLE_COUNTS or i == 0

    def _nationality(self, f: WordForms, after_agent: bool = False) -> str | None:
        """The country of a nationality adjective; ``after_agent``: the word follows an
        agent or a title, so ``المالية`` is Malian there (السلطات المالية)."""
        for _, stem in f.stems:
            if stem in self.lex.nationalities:
                return self.lex.nationalities[stem]
            if after_agent and stem in self.lex.after_agent:
                return self.lex.after_agent[stem]
        return None

    def _regional(self, f: WordForms, article: Article) -> str | None:
        """The body a regional adjective names, if the story names it or it is its own (الأممية)."""
        stem = next((s for _, s in f.stems if s in self.lex.regional), None)
        if stem is None:
            return None
        body = self.lex.regional[stem]
        named = stem in self.lex.anywhere or any(e.org == body for e in article.entities)
        return body if named else None

    @staticmethod
    def _mention(tokens: list[Token], forms: list[WordForms], first: int, last: int,
                 prefix: str, actor: Actor, kind: str) -> ActorMention:
        prefix = prefix.strip()
        if not prefix:
            prefix = forms[first].stems[0][0] if kind == "adjective" else ""
        conj = prefix.startswith(("و", "ف"))
        core = prefix.lstrip("وف")
        prep = core[:1] if core[:1] in ("ب", "ل", "ك") else None
        if prep is None and first > 0:
            prep = prep_before(tokens, first, actor.sector)
        span = Span(tokens[first].start, tokens[last].end, "")
        return ActorMention(first, last, replace(actor, span=span), kind, prep, conj)


def _entity_actor(ent: Entity, mention: Span) -> Actor:
    return Actor(entity=ent.id, name_en=ent.name_en, country=ent.country,
                 sector=ent.sector, org=ent.org, span=mention)
