"""Is a "protest" people in the street, or something else that gathers or objects?

PLOVER's PROTEST is a demonstration, a strike or a riot: people out in public against
something. News uses the same words for things that gather (``تجمعت مئات السيارات``), a
complaint a state voices (``احتجت مصر رسمياً``), a road security forces close (``قطع
الجيش الطريق``), a funeral or a feast (``تظاهرة تشييع``, ``محتفلين بالفوز``), the scene of
what befell protesters (``النار على متظاهرين يحتجون``), a movement (``حركة
الاحتجاج``). (A protest only named, with no verb telling it took place, is asked of
:mod:`hadath.events.named`.) OEDA's annotators of real newswire reject all of these as protests;
:mod:`hadath.events.specificity` asks these checks with its word lists
(``hadath/data/specificity.tsv``), and a count of protesters (``خرج آلاف المتظاهرين``)
tells a protest it does report.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.clause import clause_before
from hadath.events.clause import stems as _stems
from hadath.events.triggers import TriggerHit
from hadath.model import Article, Token
from hadath.text.particles import ANY_THAT

if TYPE_CHECKING:
    from hadath.events.specificity import SpecificityCues

# how many words before a protest noun a verb of voicing may stand (أعلنت … احتجاجها)
VOICED_REACH = 8
# the particles that open a reported clause (أعلن أن …)
_THAT = ANY_THAT
# how many words after a gathering its funeral or feast may be named, and before it
# (عمت الاحتفالات المدن فرحا بالتحرير، وخرج السكان في مسيرات)
CEREMONY_REACH = 6
CEREMONY_BEFORE = 8
# how many words before an imperfect protest verb كان or حيث may open its scene
SCENE_REACH = 2
_SCENE_OPENERS = frozenset({"كان", "كانت", "كانوا", "كانا", "حيث", "الذي", "التي", "الذين"})
# a movement: the protest noun after it names a body or a campaign (حركة الاحتجاج)
_MOVEMENT = frozenset({"حركه", "الحركه", "حركات"})


def no_crowd(cues: SpecificityCues, article: Article, toks: list[Token], hit: TriggerHit) -> bool:
    """``تجمعت مئات السيارات``: things gathered; ``احتجت مصر رسمياً لدى إيران``,
    ``أعلنت المرجعية احتجاجها على``: a complaint voiced; ``قطعت القوى الأمنية
    الطريق``: security forces closing a road; ``موقع تجمع المتظاهرين``: the place of
    a gathering named (a verb would take المتظاهرون as its subject); ``قطع الطريق على
    المنافس``, ``قطعت طرق إمداد``: a rival headed off, supplies cut. None is people in
    the street reported."""
    if hit.entry.type != "PROTEST":
        return False
    if hit.entry.form == "n" and _voiced(cues, article, toks, hit):
        return True
    near = toks[hit.first:hit.last + 4]
    if any(_stems(t) & cues.thing for t in near):
        return True
    if hit.entry.form == "v" and hit.last > hit.first and hit.matched[1] == hit.first + 1 \
            and toks[hit.first + 1].norm.endswith("ين") \
            and _stems(toks[hit.first + 1]) & cues.protester:
        return True     # موقع تجمع المتظاهرين: a masdar before its genitive, no verb
    if hit.entry.mode == "obstruct" and len(hit.matched) > 1 and not any(
            _stems(t) & (cues.protester | cues.large) for t in toks):
        # the subject right after the verb, or, when the object follows the verb at
        # once (كما قطعت الطريق), the forces named before it
        subject = toks[hit.first + 1]
        if _stems(subject) & cues.force or hit.matched[1] == hit.first + 1 and any(
                _stems(t) & cues.force for t in toks[max(0, hit.first - 12):hit.first]):
            return True     # قطع الجيش الطريق: security forces close a road
    if hit.entry.mode == "obstruct" and len(hit.matched) > 1 and hit.last + 1 < len(toks) \
            and (toks[hit.last + 1].norm == "علي" or toks[hit.last + 1].norm.startswith("امداد")):
        return True     # قطع الطريق على المنافس, طرق إمداد داعش: headed off, cut off
    if hit.entry.form == "n" and hit.entry.words[0].startswith("احتجاج"):
        near = toks[hit.last + 1:hit.last + 3]      # احتجاجا رسميا, احتجاج لدى
    elif hit.entry.form != "v":
        return False
    return any(_stems(t) & cues.official for t in near)


def _voiced(cues: SpecificityCues, article: Article, toks: list[Token], hit: TriggerHit) -> bool:
    """``أعلنت المرجعية احتجاجها``: a verb of voicing governs the protest noun, unless
    ``أن`` opens a report in between (``أعلن النادي أن 148 أسيرا يخوضون إضرابا``: the
    strike is what was announced, not a complaint)."""
    for t in clause_before(article, toks, hit, VOICED_REACH):
        if t.norm.lstrip("و") in _THAT:
            return False
        if t.norm.lstrip("و") in cues.voiced:
            return True
    return False


def ceremony_of(cues: SpecificityCues, toks: list[Token], hit: TriggerHit) -> bool:
    """``في تظاهرة تشييع الصحافي``, ``خرجوا إلى الشوارع محتفلين بالفوز``, ``تعبيرا عن
    الفرح بالتحرير، وخرج السكان في مسيرات``: a crowd at a
    funeral or a celebration gathers to mourn or rejoice, not to protest (OEDA's
    annotators of real newswire reject these as protests)."""
    start = max(0, hit.first - CEREMONY_BEFORE)
    return hit.entry.type == "PROTEST" and any(
        _stems(t) & cues.ceremony for t in toks[start:hit.last + CEREMONY_REACH + 1])


def scene(cues: SpecificityCues, toks: list[Token], hit: TriggerHit) -> bool:
    """``النار على متظاهرين يحتجون على الغلاء``, ``ناشطين كانوا يتظاهرون``, ``حيث كان
    يتجمع الطلاب``: an imperfect protest verb right after the protesters it describes,
    or after كان, a relative or حيث, sets the scene of what befell them; that is the
    news. (A protest told for itself takes a perfect verb or opens the sentence.)"""
    if hit.entry.type != "PROTEST" or hit.entry.form != "i":
        return False
    before = toks[max(0, hit.first - SCENE_REACH):hit.first]
    return any(t.norm.lstrip("و") in _SCENE_OPENERS for t in before) \
        or bool(before and _stems(before[-1]) & cues.protester)


def crowd(cues: SpecificityCues, toks: list[Token]) -> bool:
    """``خرج آلاف المتظاهرين``: a count of protesters reports a protest."""
    return any((_stems(a) & cues.large or any(c.isdigit() for c in a.norm))
               and _stems(b) & cues.protester for a, b in zip(toks, toks[1:]))


def movement(toks: list[Token], hit: TriggerHit) -> bool:
    """``قمعت السلطات حركة الاحتجاج على الغلاء``, ``حركة احتجاجية واسعة``: a protest
    noun after حركة names a movement, a body or a campaign that goes on, not one
    gathering of people the sentence reports."""
    return hit.entry.type == "PROTEST" and hit.entry.form == "n" and hit.first > 0 \
        and toks[hit.first - 1].norm.lstrip("و") in _MOVEMENT
