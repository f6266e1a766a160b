"""Stage ``roles``: a person's country from the title written before the name.

The model stage finds people no lexicon knows but leaves their country unknown, since
a name alone says nothing about it. The title before the name often does:
``وزير الداخلية السوري محمد الشعار`` (a nationality adjective), ``رئيس غرفة صناعة
الأردن عدنان أبو الراغب`` (a country), ``المستشار في الديوان الملكي سعود القحطاني``
(a body whose country is known). This stage reads that title and nothing else.

The title is the run of words right before the first mention of the person, back to
punctuation, the sentence start, another person, a speech cue or a word for the
counterpart (``نظيره``). A preposition's object is not the person's country:
``السفير السعودي لدى اليمن محمد آل جابر`` is Saudi; ``منسقة الأمم المتحدة في العراق
ليز غراندي`` has no country; but a body there still is theirs (``المستشار في الديوان
الملكي``). ``المالي`` (also "financial") is Malian only after an agent or an office title
(``الرئيس المالي``, not ``وزير المالية``). Only people without a country are changed, and not
those of international bodies (a lexicon row with no country). A person given a country
is romanized again with it, since the spelling of a name differs by country
(``hadath.ner.romanize``). A person whose title names no country, no counterpart and no
international body, in a story datelined in an Arab country or Iran, is taken for a
local when every part of the name is spelled as attested there (``رمضان بن عمر`` in a
Tunis story), not when a part is foreign to it (``جيريمي لورانس``).
"""
from __future__ import annotations

from dataclasses import replace

from hadath.annotate.quote_clauses import mention_index
from hadath.lexicons.nationalities import adjective_after_agent, definite_adjectives
from hadath.model import Article, Entity
from hadath.annotate.entity_datelines import dateline_country
from hadath.ner.romanize import attested_spelling, romanize_person

_MAX_TITLE = 9  # words looked at before the name
# words that end a title when read backwards
_PREPOSITIONS = frozenset((  # normalized forms (hadath.text.normalize)
    "في", "لدي", "من", "الي", "علي", "عن", "مع", "امام", "عند", "بين", "داخل", "خارج"))
_STOPS = frozenset((  # normalized forms (hadath.text.normalize)
    "قال", "وقال", "قالت", "وقالت", "اكد", "واكد", "اعلن", "واعلن", "ان", "ان", "بان",
    "الذي", "التي", "عن", "فيما", "بينما", "كما", "ثم"))
# nouns whose nationality adjective names the person's side even after a preposition
# (``وزير الداخلية في الحكومة اليمنية``), unlike a place's (``في العاصمة السورية``)
_BODIES = frozenset((  # normalized forms (hadath.text.normalize)
    "الحكومه", "حكومه", "الجيش", "القوات", "الوزاره", "الحزب", "المجلس", "البرلمان",
    "السلطات", "الرءاسه", "السلطه", "الاجهزه", "المخابرات", "الاستخبارات"))
_PUNCT = set("،,.:;؛!?؟()\"«»“”-–")


def _adjectives() -> dict[str, str]:
    """Normalized nationality adjectives, both genders → ISO3 (``السوري``, ``السورية``),
    from the one nationality table (``hadath.lexicons.nationalities``)."""
    return dict(definite_adjectives())


class RoleCountry:
    name = "roles"
    requires = ("tokens", "entities")
    assigns = ("entities",)

    def __init__(self) -> None:
        self._adjectives = _adjectives()

    def __call__(self, article: Article) -> Article:
        if not any(_unplaced(e) for e in article.entities):
            return article
        tokens = list(article.tokens)
        owner = mention_index(tokens, article.entities)
        home = dateline_country(article, article.entities)
        out = []
        for e in article.entities:
            country = self._from_title(article.text, tokens, owner, e) if _unplaced(e) else None
            if country is None and home and _unplaced(e) and attested_spelling(e.name, home):
                country = home  # a local name in a local story
            if country:  # the name's spelling in that country (رمضان: Romdhane in Tunisia)
                e = replace(e, country=country,
                            name_en=romanize_person(e.name, country) or e.name_en)
            out.append(e)
        return article.with_(entities=tuple(out))

    def _from_title(self, text: str, tokens, owner, ent: Entity) -> str | None:
        """The country the title gives, None when it gives none, "" when it says the
        person is no local (a counterpart, ``نظيره``; an international body's officer)."""
        first = min(ent.mentions, key=lambda m: m.start)
        i = next((k for k, t in enumerate(tokens) if t.start >= first.start), None)
        if i is None:
            return None
        norms = [t.norm for t in tokens]
        foreign = False
        seen: list[int] = []
        k = i - 1
        while k >= 0 and len(seen) < _MAX_TITLE:
            t = tokens[k]
            if t.sentence != tokens[i].sentence or _PUNCT.intersection(
                    text[t.end:tokens[k + 1].start]) or _PUNCT.intersection(t.text):
                break
            w = t.norm
            if "نظير" in w:
                foreign = True  # نظيره X: the other side, whoever the story is about
                break
            if w in _STOPS or (owner[k] is not None and owner[k].type == "PER"):
                break
            if w in _PREPOSITIONS:  # a place after it is where, not whose
                seen = [j for j in seen if not (owner[j] is not None and owner[j].type == "LOC")
                        and (self._nationality(norms, j) is None
                             or tokens[j - 1].norm in _BODIES)]
            else:
                seen.append(k)
            k -= 1
        for k in seen:  # nearest the name first
            country = self._nationality(norms, k)
            ent_k = owner[k]
            if country is None and ent_k is not None and ent_k.country and ent_k.type != "PER":
                country = ent_k.country
            if country:
                return country
            if ent_k is not None and ent_k.type == "ORG" and not ent_k.country:
                foreign = True  # منسقة الأمم المتحدة X: an international body's
        return "" if foreign else None

    def _nationality(self, norms: list[str], k: int) -> str | None:
        """The country of the adjective ``norms[k]``: any nationality (``السوري``), or one
        that is also a common word right after an agent (``الرئيس المالي``)."""
        return self._adjectives.get(norms[k]) or adjective_after_agent(norms, k)


def _unplaced(e: Entity) -> bool:
    return e.type == "PER" and not e.country and e.origin == "model"
