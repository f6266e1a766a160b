"""A small grammar of Arabic time expressions over the article's tokens.

It reads what the words say, not what they mean on a calendar: ``أمس الأحد``
becomes ``Parse(deictic=-1, weekday=6)`` and :mod:`hadath.times.resolve` turns that
into a date. The main rule is one composite expression, each part optional but at
least one of deictic, weekday, date or clock present::

    [clock [من]] [daypart [من] [يوم]] [deictic [نفسه]] [[يوم] weekday [-weekday] [rel]] [date]

and a date is ``[من] day [(-|و|إلى) day] [من] (month[/month] | الشهر نفسه) [year [era]] [rel]``,
a month alone with a year or ``الماضي``, a numeric ``4-7-2023``, or a dateline ``٦ - ٦``.
Besides it: years (``عام 2019``), periods (``الشهر الماضي``), anchors (``غداة``),
durations (``48 ساعة``), repeated times (``أسبوعيا``) and vague ones (``قبل أيام``).
Words such as ``منذ``, ``في``, ``خلال``, ``لمدة`` stay outside the expression.
"""
from __future__ import annotations

from hadath.times.cursor import _DAY_WORDS, _YEAR_WORDS
from hadath.times.dates import DateRules
from hadath.times.lexicon import TimeLexicon
from hadath.times.parse import Parse
from hadath.times.spans import SpanRules

__all__ = ["Parse", "TimeGrammar"]

# among parses that end at the same token, the lower number wins
_PRIORITY = {"expr": 0, "year": 1, "period": 2, "anchor": 3}
# vocabulary that only ever follows or conditions an expression, never opens one
_NOT_STARTS = frozenset({"rel", "backref", "era", "clock_adverb", "year_before", "vague_rel",
                         "future", "age_before", "not_today_after", "not_today_before",
                         "not_weekday_after", "not_date_after"})


class TimeGrammar:
    """Finds time expressions in a token sequence; holds only the lexicon."""

    def __init__(self, lexicon: TimeLexicon):
        self.lex = lexicon
        starts = {word for word, entries in lexicon.index.items()
                  if any(e.kind not in _NOT_STARTS for e in entries)}
        starts |= _DAY_WORDS | _YEAR_WORDS | {"الساعه", "ال", "من"}
        self._starts = frozenset(starts)

    def parse(self, norms: list[str], gaps: list[str], sent: list[int],
              dateline_end: int = 0) -> list[Parse]:
        """Non-overlapping parses, left to right. ``gaps[i]`` is the text before token i;
        ``sent[i]`` its sentence; tokens before ``dateline_end`` may hold ``٦ - ٦``."""
        return _Scan(self.lex, self._starts, norms, gaps, sent).run(dateline_end)


class _Scan(DateRules, SpanRules):
    """One pass over one article's tokens: every rule tried at each possible start."""

    def run(self, dateline_end: int) -> list[Parse]:
        norms = self._w
        out: list[Parse] = []
        i = 0
        while i < self._n:
            if not self._may_start(norms[i]):
                i += 1
                continue
            self._head = i
            cands = [p for p in (self._expr(i), self._year(i), self._period(i), self._anchor(i),
                                 self._duration(i), self._set_or_vague(i),
                                 self._numeric(i, i < dateline_end)) if p is not None]
            if not cands:
                i += 1
                continue
            best = max(cands, key=lambda p: (p.end, -_PRIORITY.get(p.kind, 9)))
            out.append(best)
            i = best.end
        return out

    def _may_start(self, w: str) -> bool:
        if w in self._starts or w[:1].isdigit() or w[1:2].isdigit() or w[2:3].isdigit():
            return True
        for k in (1, 2):
            stem = w[k:]
            if stem in self._starts or ("ا" + stem) in self._starts:
                return True
        return False

