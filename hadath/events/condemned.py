"""Whom a condemnation blames: the doer of the attack it condemns.

``دانت الخارجية الهجوم الذي شنته ميليشيا الحوثي``, ``وأدانت الضربات``: a condemnation
of an attack is aimed at whoever did it, named in the attack's own words (its adjective,
a relative clause on it, the doers joined to it) or told before in the article; never at
the victim, and at no one when the attack was left unclaimed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.actors import ActorMention
from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Token
from hadath.text.normalize import normalize_ar
from hadath.text.segment import punctuated

if TYPE_CHECKING:
    from hadath.events.discourse import ArticleState

STRIKES = frozenset({"غاره", "غارات", "غارتين", "ضربه", "ضربات", "ضربتين", "قصف"})


def struck(text: str) -> bool:
    """Does an act's wording name strikes (``شنت … 60 غارة``, ``الضربات``)?"""
    return any(_object_word(w) in STRIKES or _object_word(w)[2:] in STRIKES
               and _object_word(w).startswith("ال") for w in normalize_ar(text).split())


# relative pronouns that open a clause on the condemned attack
_RELATIVES = frozenset({"الذي", "التي", "اللذين", "اللتين"})


def accused_attacker(hit: TriggerHit, hits: list[TriggerHit], source: Actor,
                     state: ArticleState, mentions: list[ActorMention],
                     toks: list[Token] = ()) -> Actor | None:
    """A condemnation of an attack (``دانت … العملية العسكرية``) targets the last attacker,
    or the one the attack's own words name: its adjective (``الغارات الإسرائيلية``) or a
    relative clause on it (``الهجوم الإرهابي الذي شنته ميليشيا الحوثي``)."""
    if hit.entry.type != "ACCUSE":
        return None
    first = True
    named_words = {i for m in mentions for i in range(m.first, m.last + 1)}
    for h in hits:
        # دان المقداد الهجوم، ووصفه بالعدوان التركي: a later name of the same attack; the
        # condemner's name between them costs nothing (ودان الأمين العام لـ… الزياني التفجير)
        gap = h.first - hit.last - sum(1 for i in range(hit.last + 1, h.first) if i in named_words)
        if h.entry.type in ("ASSAULT", "COERCE") and 0 < h.first - hit.last and gap <= (
                8 if first else 12):
            reach = h.last + 2
            rel = next((i for i in range(h.last + 1, min(len(toks), h.last + 3))
                        if toks[i].norm in _RELATIVES), None)
            if rel is not None:
                reach = rel + 3     # الذي شنته [ميليشيا] الحوثي
            # … or inside its words: إطلاق دبابة إسرائيلية النار
            # (a quote inside the relative clause is no comma: شنها مسلحو "داعش")
            named = [m for m in mentions if (0 < m.first - h.last and m.first <= reach
                                             and (rel is not None and m.first > rel
                                                  or not _comma_between(toks, h.last, m.first))
                                             or h.first < m.first < h.last)
                     and m.prep is None and m.key and m.key != source.key]
            if named:
                return named[0].actor
            if first and state.strikers \
                    and struck(toks[h.first].norm) and toks[h.first].norm.lstrip("و").startswith("ال"):
                # وأدانت الضربات: the strikes told last, though the raids they answered
                # were told after them; not strikes the condemner is said to have made
                if state.strikers[0].key != source.key:
                    return state.strikers[0]
                striker = state.other_attacker(source, strikes=True)
                if striker is not None:
                    return striker
            attacker = state.attacker or state.named_attacker
            if first and attacker is not None and attacker.key == source.key:
                attacker = state.other_attacker(source)    # not the condemner's own raid
            if first and attacker is not None and attacker.key != source.key \
                    and not state.unclaimed:
                return attacker
            first = False
    described = bool(hit.entry.words) and hit.entry.words[0] == _DESCRIBE
    attacker = state.attacker
    if attacker is not None and attacker.key == source.key:
        attacker = state.other_attacker(source)
    if first and hit.entry.words and (hit.entry.words[0] in _CONDEMN or described) \
            and attacker is not None and attacker.key != source.key \
            and not state.unclaimed and any(
                t.norm.strip('"«»').lstrip("و") in _CONDEMNED
                for t in toks[(hit.first + 1 if described else hit.last + 1):hit.last + 5]):
        # أدانت الرئاسة "الجريمة": the act told before, its doer; so is the act a
        # وصف … الهجوم بأنه إرهابي names inside its words
        return attacker
    return None


def co_named(accused: Actor, mentions: list[ActorMention]) -> list[Actor]:
    """The doers joined by و to the accused where the attack's words name it
    (``الهجمات التي شنها مسلحو "داعش" و"النصرة"``): the condemnation blames them all."""
    out: list[Actor] = []
    last = None
    for m in mentions:
        if last is None:
            if m.actor is accused:
                last = m.last
            continue
        if not m.conj or m.first - last > 2 or not m.key:
            break
        if m.key != accused.key and m.key not in {a.key for a in out}:
            out.append(m.actor)
        last = m.last
    return out


def _comma_between(toks: list[Token], a: int, b: int) -> bool:
    """``أدانت … العدوان، ودعت وزارة الخارجية الأردنية``: an actor after a comma opens
    the next clause; it does not name the attack's doer."""
    if not toks or b >= len(toks):
        return False
    return any(punctuated(toks, i) for i in range(a, b))


# words that name the condemned act itself (``أدان الجريمة النكراء``)
_CONDEMNED = frozenset({"الهجوم", "الهجمات", "الجريمه", "الاعتداء", "الاعتداءات", "التفجير",
                        "التفجيرات", "العمليه", "الحادث", "الاغتيال", "محاوله", "العمل"})
_CONDEMN = ("ادان", "دان", "يدين", "ادانه", "ندد", "تنديد", "استنكر", "استنكار", "شجب")
_DESCRIBE = "وصف"


def condemns_unclaimed(hit: TriggerHit, toks: list[Token], state: ArticleState) -> bool:
    """``دانت السعودية الهجوم`` when no one claimed it: the condemned is the unknown doer,
    so the condemnation has no target (not the victim, nor the story's country)."""
    return state.unclaimed and condemns_attack(hit, toks)


def condemns_attack(hit: TriggerHit, toks: list[Token]) -> bool:
    """``دانت السعودية التفجير الإرهابي``: a condemnation whose object is an attack."""
    if hit.entry.type != "ACCUSE" or not hit.entry.words or hit.entry.words[0] not in _CONDEMN:
        return False
    after = toks[hit.last + 1:hit.last + 8]
    return any(_object_word(t.norm) in _CONDEMNED for t in after)


def _object_word(norm: str) -> str:
    """The condemned noun without its و and preposition (وللاعتداء, بالهجوم → الاعتداء …)."""
    word = norm.strip('"«»').lstrip("و")
    if word.startswith("لل"):
        return "ال" + word[2:]
    if word.startswith("بال"):
        return word[1:]
    return word
