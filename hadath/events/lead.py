"""Is an attack or a protest the lead of its sentence, or an aside deep inside it?

News writes the main fact of a sentence first: ``قتل خمسة أشخاص في انفجار …``, or,
after the attribution that frames it, ``وقال مصدر أمني إن انتحاريا فجر نفسه …``.
What a long sentence names only after many words of something else (a meeting, a
statement, a person's career, a run of earlier events) is background, cause or
consequence of that other news: ``… الأمر الذي أدى إلى …``, ``… وذلك بعد أن خرج
المتظاهرون …``. OEDA's annotators of real newswire reject such sentences as ASSAULT or
PROTEST reports far more often than they accept them.

A long sentence (fifty words or more) buries an attack sooner, after eight words of
content, unless the attack comes with its own date or dead.

The position is counted in words from the head of the sentence, or from the start of
what a speaker is reported to have said (after ``إن``/``أن`` or an opening quote in
the first words), so that a long attribution does not push the news back.
"""
from __future__ import annotations

from collections.abc import Sequence

from hadath.events.triggers import TriggerHit
from hadath.model import Article, Token
from hadath.text.particles import ANY_THAT, WA_THAT

# how many words of the sentence's own content may come before its lead
LEAD_REACH = 16
# how far into the sentence an attribution (قال … إن، «) may end
FRAME_REACH = 14
# the particles that open what was said: قال إن, أعلن أن, أفاد بأن
_THAT = ANY_THAT | WA_THAT
_OPENERS = frozenset("«\":")
# adverbials of purpose (خرجوا … احتجاجا على القرار): they stand after the act they qualify
_PURPOSE = frozenset({"احتجاجا", "للاحتجاج"})


def content_start(article: Article, toks: list[Token], upto: int) -> int:
    """The index of the first word of the sentence's content before word ``upto``: after
    the last ``إن``/``أن`` or opening quote or colon in its first words, else 0."""
    start = 0
    for k in range(min(upto, FRAME_REACH)):
        gap = article.text[toks[k - 1].end if k else toks[0].start - 1:toks[k].start]
        if toks[k].norm in _THAT:
            start = k + 1
        elif _OPENERS & set(gap):
            start = k
    return max(start, _reported_start(article, toks, upto))


# how far into the sentence the clause of a speaker named by the opening verb may start
# (أعلن المتحدث الرسمي باسم قوات … العقيد الركن …، أن قوات التحالف نفذت …)
ATTRIBUTION_REACH = 30
# the opening verb of the sentence stands among its first words (وأعلن, ثم قال)
_CUE_OPENS = 2


def _reported_start(article: Article, toks: list[Token], upto: int) -> int:
    """The first word of what the sentence's opening verb of saying reports, as the
    quotes stage found it: a long title of the speaker is attribution, not content."""
    if not toks:
        return 0
    opening_end = toks[min(_CUE_OPENS, len(toks) - 1)].end
    best = 0
    for q in article.quotes:
        if not toks[0].start <= q.cue.start < opening_end:
            continue
        k = next((i for i, t in enumerate(toks) if t.start >= q.start), None)
        if k is not None and k <= min(upto, ATTRIBUTION_REACH):
            best = max(best, k)
    return best


def aside(article: Article, toks: list[Token], hit: TriggerHit) -> bool:
    """Does the act first appear many words into its sentence's content?"""
    if hit.entry.words[0] in _PURPOSE:
        return False     # احتجاجا على: follows the act it qualifies, wherever that stands
    return hit.first - content_start(article, toks, hit.first) >= LEAD_REACH


# how many words make a long sentence, one that packs several facts
LONG_SENTENCE = 50
# how many words of its content may come before the lead of a long sentence
LONG_LEAD_REACH = 8


def buried(article: Article, toks: list[Token], hit: TriggerHit) -> bool:
    """Is an attack named past the first words of a sentence of fifty words or more?
    Such a sentence packs a statement, its setting, a history and a comment; an attack
    first named inside it (``… وأشار إلى أن الحكومة ماضية في خطتها رغم الهجوم على قافلة …``) is
    one of those facts, not the report, unless told with its own date or dead (which
    :mod:`hadath.events.specificity` checks)."""
    return hit.entry.type == "ASSAULT" and len(toks) >= LONG_SENTENCE \
        and hit.first - content_start(article, toks, hit.first) >= LONG_LEAD_REACH


def head_of(hit: TriggerHit, hits: Sequence[TriggerHit]) -> TriggerHit | None:
    """The act right before this one, of its type (``لاعتداء`` for ``انتحاري`` in
    ``تعرضتا لاعتداء انتحاري``): one noun phrase, told as news or as background as one."""
    return next((h for h in hits if h.last + 1 == hit.first
                 and h.entry.type == hit.entry.type), None)


# how many words an adverbial of purpose may stand after the protest it qualifies
PURPOSE_REACH = 8


def qualified(hit: TriggerHit, hits: Sequence[TriggerHit]) -> TriggerHit | None:
    """The protest an adverbial of purpose qualifies (``يتجمع متظاهرون أمامه احتجاجا على
    الحرب``): the nearest protest before it. The two are one act, so a protest told as
    a scene or an aside takes its purpose with it."""
    if hit.entry.type != "PROTEST" or hit.entry.words[0] not in _PURPOSE:
        return None
    return next((h for h in reversed(hits) if h.entry.type == "PROTEST"
                 and h.last < hit.first <= h.last + PURPOSE_REACH), None)


def purpose_of_violence(hit: TriggerHit, hits: Sequence[TriggerHit]) -> bool:
    """``قتل شخص وأصيب عشرات إثر مصادمات بين الشرطة ومتظاهرين … احتجاجا على البطالة``:
    an adverbial of purpose after an attack or a clash says why the crowd was there;
    the violence is what the sentence reports."""
    if hit.entry.type != "PROTEST" or hit.entry.words[0] not in _PURPOSE:
        return False
    prev = max((h for h in hits if h.last < hit.first), key=lambda h: h.last, default=None)
    return prev is not None and prev.entry.type == "ASSAULT"


_OBJECT_SUFFIXES = ("هم", "ها", "هما", "هن")
_PARTICLES = frozenset({"ان", "انه", "قد", "ثم", "لقد", "فقد", "وقد", "حيث", "الذي", "التي",
                        "الذين", "ما", "لم", "لا", "كما", "بعدما", "عندما", "حين"})


def attributive(toks: list[Token], hit: TriggerHit) -> bool:
    """``ثلاثة جنود أميركيين خطفتهم``, ``عسكريين ماليين خطفهم مقاتلو الطوارق``: a verb
    whose object is a pronoun for the noun right before it describes that noun by
    what was done to it (a relative clause with no relative word); the sentence reports
    something else about them."""
    if hit.entry.form != "v" or hit.last != hit.first or hit.first == 0:
        return False
    word, prev = toks[hit.first].norm, toks[hit.first - 1].norm
    suffix = next((s for s in _OBJECT_SUFFIXES if word.endswith(s)), None)
    if suffix is None or word[:-len(suffix)].endswith("و"):
        return False     # أن مسلحين قتلوهم: the plural verb agrees with its subject before it
    if hit.first > 1 and toks[hit.first - 2].norm in _THAT:
        return False     # أن مسلحا قتلهم: the noun after أن is the verb's subject
    return prev.lstrip("و") not in _PARTICLES and not prev.startswith("و") and len(prev) > 2


_KANA = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
# how many words before the verb كان … قد may stand
PLUPERFECT_REACH = 8


def pluperfect(toks: list[Token], hit: TriggerHit) -> bool:
    """``أطلق الخاطفون سراح طفلة … كانوا قد خطفوها``, ``العثور على جثث … كان مسلحون قد
    خطفوهم``: ``كان … قد`` with a perfect verb after the main clause tells what had
    happened before the news, its background. (Opening the sentence, ``وكانت حركة طالبان
    قد خطفت``, it recalls an act the story is about, and stays.)"""
    if hit.entry.form not in ("v", "p"):
        return False
    before = toks[max(0, hit.first - PLUPERFECT_REACH):hit.first]
    if not before or before[-1].norm.lstrip("وف") != "قد":
        return False
    start = hit.first - len(before)
    return any(t.norm.lstrip("وف") in _KANA and start + k > 2 for k, t in enumerate(before))
