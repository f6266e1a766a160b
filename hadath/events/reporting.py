"""Is an attack or a protest reported as an event, or only talked about?

Commentary, history and questions name attacks and protests too (``استمرار الاغتيالات``,
``هل تحرك الجماهير …؟``). A report dates the act, counts people or names casualties.
"""
from __future__ import annotations

from hadath.events.triggers import TriggerHit
from hadath.model import Article, Token
from hadath.text.segment import strip_proclitics

_NUMBER_WORDS = frozenset({"عشرات", "مءات", "الاف", "الاف", "عشره", "ثلاثه", "اربعه", "خمسه",
                           "سته", "سبعه", "ثمانيه", "تسعه", "اثنين", "اثنان", "ثلاث", "اربع",
                           "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "عشرين", "ثلاثين",
                           "احد", "واحد", "عده", "العشرات", "المءات", "الالاف", "مسلحين",
                           "مسلحون", "جنود", "عناصر", "شخصا", "اشخاص", "مدنيين", "مواطنين"})
_CASUALTY = frozenset({"قتيل", "قتيلا", "قتلي", "جرحي", "جريح", "مقتل", "مصرع", "اصابه",
                       "اصابات", "شهيد", "شهيدا", "شهداء", "ضحايا", "بجروح", "قتل", "قتلوا",
                       "اصيب", "اصيبوا", "جرح", "جرحوا", "مقتله", "مصرعه", "المتظاهرين",
                       "متظاهرين", "المحتجين", "محتجين", "المتظاهرون", "متظاهرون"})


_UNKNOWN_DOERS = frozenset({"مسلحون", "مسلحين", "مجهولون", "مجهولين", "ملثمون", "ملثمين"})


def self_evident(toks: list[Token], hit: TriggerHit) -> bool:
    """Is the act told as one incident by its own wording, even with no date, place,
    named attacker or dead counted?

    A bomber blowing himself up told with a perfect verb (``فجر انتحاري سيارة مفخخة``,
    ``فجر نفسه قرب``), and an act of unknown armed men (``مجهولين اغتالوا``, ``اغتال
    مسلحون``, ``اختطفا على يد مسلحين``): commentary speaks of such acts with nouns
    (``العمليات الانتحارية``) and of known parties, not of faceless gunmen."""
    if hit.entry.form not in ("v", "p"):
        return False
    if hit.entry.form == "v" and hit.entry.mode == "suicide-attack":
        return True
    near = toks[max(0, hit.first - 2):hit.first] + toks[hit.last + 1:hit.last + 7]
    return any(t.norm.lstrip("و") in _UNKNOWN_DOERS for t in near)


def anchored(article: Article, toks: list[Token], hit: TriggerHit, keyed: bool = False) -> bool:
    """Is a nominal attack or protest reported as an event of this story?

    A sentence that dates it, counts people, or names casualties reports one
    (``مقتل عشرة أشخاص في هجوم``); a bare ``الهجوم`` in commentary does not.
    """
    if self_evident(toks, hit) or any(toks[0].start <= t.start and t.end <= toks[-1].end
                                      for t in article.times):
        return True
    if hit.entry.form == "n" and definite(toks, hit) and not keyed and not purpose(toks, hit):
        return False     # المظاهرات, الهجوم without a date or an actor: an act told elsewhere
    return casualties(toks) or (hit.entry.type == "PROTEST" and placed(article, toks, hit))


def placed(article: Article, toks: list[Token], hit: TriggerHit) -> bool:
    """``خرجت مسيرات نحو منسقية المستقبل في جب جنين``: a protest told with the place
    where people gathered (named after the trigger, or fronted at the head of the
    sentence: ``وفي طرابلس، تجمع``) is reported, like a dated one. (An
    attack's place alone is not enough: commentary names places too, ``حملة على
    طرابلس``; an attack needs a date, a party or a count of victims.)"""
    start, end = toks[hit.first].start, toks[-1].end
    # ``وفي طرابلس، تجمع عدد من …``: the place fronted at the head of the sentence
    head = [toks[k + 1].start for k in range(min(3, len(toks) - 1))
            if toks[k].norm in ("في", "وفي") and toks[k + 1].start < toks[hit.first].start]
    return any(e.type == "LOC" and any(start <= m.start < end or m.start in head
                                       for m in e.mentions)
               for e in article.entities)


def definite(toks: list[Token], hit: TriggerHit) -> bool:
    """Does the trigger word carry the article (``الهجوم``, ``بالاحتجاجات``)?"""
    head = toks[hit.first].norm
    return any(head[:plen].endswith("ال") for plen, _ in strip_proclitics(head)[:1]) \
        or head.startswith(("لل", "ولل", "فلل")) or hit.entry.words[0].startswith("ال")


def purpose(toks: list[Token], hit: TriggerHit) -> bool:
    """``خرجوا للاحتجاج على القرار``: ``لل`` + masdar + object is the purpose of what the
    people did, not a reference to an act told before."""
    return toks[hit.first].norm.startswith(("لل", "ولل")) and (
        hit.last > hit.first or hit.last + 1 < len(toks)
        and toks[hit.last + 1].norm in ("علي", "ضد"))


def reporting(article: Article, toks: list[Token]) -> bool:
    """Questions and modal talk (``يجب``, ``يمكن``, ``لو``) report no act."""
    text = article.text[toks[0].start:toks[-1].end + 1]
    if "?" in text or "؟" in text:
        return False
    return not any(t.norm in _MODAL for t in toks)


_MODAL = frozenset({"يجب", "ينبغي", "يمكن", "لو", "ولو", "سوف", "ربما", "لعل"})


def reported_without_actor(toks: list[Token], hit: TriggerHit) -> bool:
    """An act with no known actor is coded only when the wording reports it: a perfect
    or passive verb (``انفجرت``, ``قُتل``), or an indefinite noun with casualties
    (``مقتل عشرة أشخاص في هجوم انتحاري``). Definite nouns (``الهجوم``, ``الاغتيالات``)
    mostly refer back to acts told elsewhere, and imperfect verbs to habits."""
    if hit.entry.form in ("v", "p"):
        return True
    if hit.entry.form == "i":
        return False
    return not definite(toks, hit) and casualties(toks)


def casualties(toks: list[Token]) -> bool:
    for t in toks:
        norm = t.norm
        if any(c.isdigit() for c in norm):
            return True
        for _, stem in strip_proclitics(norm):
            if stem in _NUMBER_WORDS or stem in _CASUALTY:
                return True
    return False


def counted_casualties(toks: list[Token], verbal: bool = False) -> bool:
    """Does the sentence count its dead or wounded (``مقتل 15 شخصا``, ``قتل سبعة أشخاص``)?
    A count is how news reports an attack it has no date or place for; with a verb
    (``اختطف مسلحون 15 شخصا``) any count will do."""
    number, casualty = False, verbal
    for t in toks:
        norm = t.norm
        if any(map(str.isdigit, norm)):
            number = True
        for _, stem in strip_proclitics(norm):
            if stem in _NUMBER_WORDS:
                number = True
            if stem in _CASUALTY and stem not in _PEOPLE:
                casualty = True
    return number and casualty


_PEOPLE = frozenset({"المتظاهرين", "متظاهرين", "المحتجين", "محتجين", "المتظاهرون", "متظاهرون"})
