"""A condemnation that names its object by a word pointing back: whom it blames.

``كما أدانت جامعة الدول العربية الهجوم``, ``فيما أدانت مصر ما وصفته بـ"انتهاك …"``,
``كما دان أبو الغيط القرار، واعتبره "انحيازا لإسرائيل"``: the object is the act the story
told before (a definite ``الهجوم``, ``القرار``, or ``ما وصفته بـ``), the one an earlier
condemnation by another party blamed; ``كما``/``فيما`` say so outright. Its target is that
earlier condemnation's target, not the actor nearest the verb: not a raid told in between
(``شن التحالف غارات على صنعاء``), a name inside the description (``سيادة دولة عربية``)
or a party of the next clause (``انحيازا لإسرائيل``). Strikes (``ودانت إيران الغارات``)
echo only when joined so: unjoined, they may be a raid told since.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.phrases import Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Event, Token
from hadath.text.normalize import normalize_ar
from hadath.text.segment import punctuated

# verbs of condemnation (their first word as the trigger lexicon writes it)
CONDEMN = frozenset({"ادان", "دان", "يدين", "تدين", "ندد", "استنكر", "شجب"})
# words that join a clause to one told before: also, while
_ALSO = frozenset({"كما", "وكما", "فيما", "بينما", "وكذلك"})
# definite nouns that name an act the story told (the attack, the decision, the step)
ACT_NOUNS = frozenset({"الهجوم", "الهجمات", "الاعتداء", "الاعتداءات", "العدوان", "الغارات",
                       "الغاره", "الضربات", "الضربه", "القصف", "التفجير", "التفجيرات",
                       "الجريمه", "العمليه", "الحادث", "الاقتحام", "القرار", "الخطوه",
                       "الاجراء", "الاجراءات", "الانتهاكات", "التصعيد"})
# ما وصفته بـ: the act the speaker describes (described, named, deemed)
DESCRIBE = frozenset({"وصفته", "وصفه", "وصفتها", "وصفها", "وصفوه", "اعتبرته", "اعتبره",
                      "اسمته", "اسماه", "سمته", "سماه"})
# how far past the verb and its subject the object may lie (في بيان للرئاسة ما وصفته)
OBJECT_REACH = 6


def described(toks: list[Token], start: int) -> bool:
    """Is the object ``ما وصفته بـ…`` within reach of ``start``?"""
    words = [t.norm for t in toks[start:start + OBJECT_REACH + 1]]
    return any(a == "ما" and b in DESCRIBE for a, b in zip(words, words[1:]))


def pointing_object(toks: list[Token], hit: TriggerHit, roles: Roles) -> bool:
    """Does the condemnation name its object by a word pointing back: ``ما وصفته بـ``, or
    a definite act noun right after the verb and its subject that ends its clause
    (``الهجوم،``; not ``الهجوم على السفارة``, whose words go on to say which)?"""
    after = max(hit.last, roles.source.last if roles.source is not None else hit.last) + 1
    if described(toks, after):
        return True
    if after >= len(toks) or toks[after].norm.strip('"«»') not in ACT_NOUNS:
        return False
    return after + 1 == len(toks) or punctuated(toks, after)


# strike nouns: a raid told after the first condemnation may be a new act
_STRIKES = frozenset({"الغارات", "الغاره", "الضربات", "الضربه", "القصف"})


def _names_strikes(toks: list[Token], hit: TriggerHit, roles: Roles) -> bool:
    after = max(hit.last, roles.source.last if roles.source is not None else hit.last) + 1
    return after < len(toks) and toks[after].norm.strip('"«»') in _STRIKES


def echoed(made: list[Event], toks: list[Token], hit: TriggerHit, roles: Roles,
           events: list[Event]) -> list[Event]:
    """The events of a condemnation of an act named by a pointing word (``ودان غوتيريش
    الهجوم،``, ``كما أدانت``, ``فيما أدانت … ما وصفته``), aimed where the last
    condemnation by another party was. Strikes (``الغارات``) only when joined by
    ``كما``/``فيما``: without it they may be a raid told since."""
    if hit.entry.type != "ACCUSE" or not made or not hit.entry.words \
            or hit.entry.words[0] not in CONDEMN or not pointing_object(toks, hit, roles):
        return made
    joined = hit.first > 0 and toks[hit.first - 1].norm in _ALSO
    if not joined and _names_strikes(toks, hit, roles):
        return made      # ودانت إيران الغارات: strikes told since, whose doer the
        # condemnation rules already find; only كما/فيما make them the same act as before
    out = []
    for ev in made:
        key = ev.source.key if ev.source is not None else None
        before = next((e for e in reversed(events) if e.type == "ACCUSE" and e.target
                       and _condemnation(e) and e.source is not None and e.source.key != key
                       and key not in {t.key for t in e.target}), None)
        out.append(ev if before is None else replace(ev, target=before.target))
    return out


def _condemnation(ev: Event) -> bool:
    """Was the event told by a verb of condemnation (``ودانت``, ``أدانت``), not ``اتهم``?"""
    words = normalize_ar(ev.trigger.text).split()
    return bool(words) and words[0].lstrip("و").startswith(_CONDEMN_STEMS)


_CONDEMN_STEMS = ("دان", "ادان", "يدين", "تدين", "ندد", "تندد", "يندد", "استنكر", "شجب")
