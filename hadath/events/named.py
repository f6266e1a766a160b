"""Is an act noun reported as having taken place, or only named?

A protest is people demonstrating and an attack is force used; a word for one is not a
report that it happened. News reports an act told by its noun with a verb that carries
it out or lets it happen (``خرجت مظاهرة``, ``نظموا اعتصاما``, ``احتجاجات عمت المدن``,
``شن الطيران غارات``, ``قام مسلحون بخطف``, ``تم اغتيال``, ``هجوم أسفر عن``), with its
date in its clause (``مظاهرة أمس``), or with a count of the people in it (protesters,
or the dead and wounded of an attack). A noun with none of these, in a sentence with no
verb of its kind, is named by news about something else: a crackdown (``فرقت الشرطة
مظاهرة``), a cause (``توقف التصدير بسبب احتجاجات``), a topic (``اجتماع تناول بحث
التظاهرات``), a plan (``ستطلق هجوما``), a team's line (``خط الهجوم``), a war of words
(``الهجوم على الحكومة``).

The verbs are data (``hadath/data/specificity.tsv``, kinds ``held`` for protests and
``carried`` for attacks), matched with their suffixes (``نظمها``, ``ينفذه``).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hadath.events.clause import chronicle
from hadath.events.crowds import crowd
from hadath.events.reporting import counted_casualties
from hadath.events.triggers import TriggerHit
from hadath.events.words import forms_of
from hadath.model import Article, Token

if TYPE_CHECKING:
    from hadath.events.specificity import SpecificityCues

# how many words before an act noun the verb that carries it may stand, over a fronted
# place or time (نفذت العشرات من الأسر … وقفة احتجاجية, وشهدت بغداد، مساء أمس، وقفات),
# and after it, in its clause (احتجاجات عمت المدن, العمل الاحتجاجي لقوى المعارضة
# مستمر, صاروخين أطلقا من القطاع), where its date may stand too
HELD_BEFORE = 12
HELD_AFTER = 6
_CLAUSE_MARKS = frozenset("،,؛;:.!؟?")
# adverbials of purpose qualify an act told beside them; they are no protest noun here
_PURPOSE = frozenset({"احتجاجا", "للاحتجاج"})
# the verb forms that report an act of the kind by themselves
_VERBAL = ("v", "i", "p")
# endings of a perfect verb on the letters of a masdar (قصفت, قصفوا)
_PERFECT = ("ت", "وا", "تا")


def named_only(cues: SpecificityCues, article: Article, toks: list[Token], hit: TriggerHit,
               hits: Sequence[TriggerHit]) -> bool:
    """Is the protest or attack noun ``hit`` only named, not reported as having happened?"""
    kind = hit.entry.type
    if kind not in ("PROTEST", "ASSAULT") or hit.entry.form != "n" \
            or hit.entry.words[0] in _PURPOSE:
        return False
    if any(h.entry.type == kind and h.entry.form in _VERBAL for h in hits):
        return False
    stem = toks[hit.first].norm.lstrip("وف")
    if any(stem == hit.entry.words[0] + end for end in _PERFECT):
        return False    # قصفت المدفعية matches قصف مدفعي: the masdar's letters with a verb's ending
    verbs = cues.held if kind == "PROTEST" else cues.carried
    after = _clause_after(article, toks, hit)
    near = toks[max(0, hit.first - HELD_BEFORE):hit.first] + after
    if any(forms_of(t).keys & verbs for t in near) or _dated_near(article, toks, after):
        return False
    if kind == "PROTEST":
        return not crowd(cues, toks)
    # a chronology entry opens with its date (* 12 ديسمبر 2005: اغتيال …)
    return not counted_casualties(toks) and not chronicle(article, toks)


def _clause_after(article: Article, toks: list[Token], hit: TriggerHit) -> list[Token]:
    """Up to ``HELD_AFTER`` words after the trigger, stopping at a comma or a colon."""
    out: list[Token] = []
    for k in range(hit.last + 1, min(len(toks), hit.last + 1 + HELD_AFTER)):
        if _CLAUSE_MARKS & set(article.text[toks[k - 1].end:toks[k].start]):
            break
        out.append(toks[k])
    return out


def _dated_near(article: Article, toks: list[Token], after: list[Token]) -> bool:
    """Does a dated time expression start in the act's clause after it (``مظاهرة أمس``,
    ``بقتلها طفلين في كربلاء أمس،``)? A date further on belongs to the sentence's other
    news."""
    if not after:
        return False
    return any(t.value and after[0].start <= t.start < after[-1].end for t in article.times)
