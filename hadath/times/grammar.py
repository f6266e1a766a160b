"""A small grammar of Arabic time expressions over the article's tokens.

It reads what the words say, not what they mean on a calendar: ``أمس الأحد``
becomes ``Parse(deictic=-1, weekday=6)`` and :mod:`hadath.times.resolve` turns that
into a date. The main rule is one composite expression, each part optional but at
least one of deictic, weekday, date or clock present::

    [clock [من]] [daypart [من] [يوم]] [deictic [نفسه]] [[يوم] weekday [-weekday] [rel]] [،] [date]

and a date is ``[من] day [(-|و|إلى) day] [من] (month[/month] | الشهر نفسه) [year [era]] [rel]``,
a month alone with a year or ``الماضي``, a numeric ``4-7-2023``, or a dateline ``٦ - ٦``.
Besides it: years (``عام 2019``), periods (``الشهر الماضي``), anchors (``غداة``),
durations (``48 ساعة``), repeated times (``أسبوعيا``) and vague ones (``قبل أيام``).
Words such as ``منذ``, ``في``, ``خلال``, ``لمدة`` stay outside the expression.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from hadath.times.lexicon import TimeLexicon

_NUM = re.compile(r"(?:ال|و)?(\d{1,4})(ه|م)?")
_MONTHS = frozenset({"month", "hijri_month", "persian_month"})
_CAL = {"month": "g", "hijri_month": "h", "persian_month": "p"}
_DAY_WORDS = frozenset({"يوم", "يومي"})
_YEAR_WORDS = frozenset({"عام", "العام", "سنه", "السنه", "عامي", "سنتي"})
_BARE_YEAR_BEFORE = frozenset({"في", "منذ", "حتي", "قبل", "بعد", "خلال", "مطلع", "نهايه",
                               "بدايه", "اواخر", "اوائل", "منتصف", "ومنذ", "وفي", "عام",
                               "بتاريخ", "تاريخ"})
_RANGE_WORDS = frozenset({"الي", "حتي", "و"})
# الساعة العاشرة صباحا / مساء: hours to add
_CLOCK_ADVERBS = {"صباحا": 0, "صباح": 0, "مساء": 12, "مساءا": 12, "ليلا": 12, "ظهرا": 12,
                  "فجرا": 0, "عصرا": 12, "بعد الظهر": 12}


@dataclass(frozen=True, slots=True)
class Parse:
    """What a time expression says, before it is put on a calendar."""
    kind: str            # expr, year, period, anchor, duration, set, vague
    start: int           # first token
    end: int             # token after the last
    clitic: int = 0      # normalized characters of a proclitic on the first token
    day: int | None = None
    day2: int | None = None
    month: int | None = None
    month_back: bool = False     # الشهر نفسه: the month of the last date
    year: int | None = None
    year2: int | None = None
    calendar: str = "g"          # g Gregorian, h lunar Hijri, p solar Hijri
    rel: int | None = None       # الماضي -1, الجاري 0, المقبل 1
    weekday: int | None = None
    weekday2: int | None = None
    deictic: int | None = None   # days from publication
    backref: bool = False        # اليوم نفسه
    anchor: int | None = None    # days from the last date (غداة +1)
    hour: int | None = None
    minute: int = 0
    shift: int | None = None     # hours a daypart adds to a clock hour
    night: bool = False          # ليل / منتصف ليل
    midnight: bool = False
    numeric_range: bool = False  # the day range was written 5-6
    period: str | None = None    # M, Y, W
    year_rel: int | None = None  # مايو من العام الماضي: the year relative to publication
    future: bool = False         # a bare weekday in a future clause (المقرر … الخميس)
    ago: bool = False            # قبل يومين: a date counted back from publication
    value: str | None = None     # ISO value given by the words (durations, sets)


class TimeGrammar:
    """Finds time expressions in a token sequence; holds only the lexicon."""

    def __init__(self, lexicon: TimeLexicon):
        self.lex = lexicon
        starts = set(lexicon.index)
        starts |= _DAY_WORDS | _YEAR_WORDS | {"الساعه", "ال", "من"}
        self._starts = frozenset(starts)

    def parse(self, norms: list[str], gaps: list[str], sent: list[int],
              dateline_end: int = 0) -> list[Parse]:
        """Non-overlapping parses, left to right. ``gaps[i]`` is the text before token i;
        ``sent[i]`` its sentence; tokens before ``dateline_end`` may hold ``٦ - ٦``."""
        return _Scan(self.lex, self._starts, norms, gaps, sent).run(dateline_end)


class _Scan:
    """One pass over one article's tokens (the state of a single parse call)."""

    def __init__(self, lex: TimeLexicon, starts: frozenset[str], norms: list[str],
                 gaps: list[str], sent: list[int]):
        self.lex, self._starts = lex, starts
        self._n, self._w, self._g, self._s = len(norms), norms, list(gaps), sent
        self._head = -1

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
            best = max(cands, key=lambda p: (p.end, -len(_order(p.kind))))
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

    # --- helpers -----------------------------------------------------------
    def _soft(self, j: int, allowed: str = "") -> bool:
        """Token j continues the expression: same sentence, only spaces (or ``allowed``) before it."""
        if j == self._head:
            return True
        if j >= self._n or j == 0 or self._s[j] != self._s[j - 1]:
            return False
        gap = self._g[j]
        return "\n" not in gap and gap.strip(" \t" + allowed) == "" and len(gap) <= 4

    def _m(self, j: int, kinds, clitics: bool = False, allowed: str = ""):
        if j >= self._n or (not clitics and j > 0 and not self._soft(j, allowed)):
            return None
        return self.lex.match(self._w, self._g, j, kinds, clitics)

    def _word(self, j: int, words, allowed: str = "") -> bool:
        return j < self._n and self._soft(j, allowed) and self._w[j] in words

    def _number(self, j: int, lo: int, hi: int, allowed: str = "") -> tuple[int, int, str] | None:
        """(value, next token, prefix) of a number token like 10, ال10, و4, 1445ه."""
        if j >= self._n or (j > 0 and not self._soft(j, allowed)):
            return None
        m = _NUM.fullmatch(self._w[j])
        if m is None:
            return None
        v = int(m.group(1))
        if not lo <= v <= hi:
            return None
        return v, j + 1, (m.group(2) or "")

    def _day(self, j: int, allowed: str = "") -> tuple[int, int] | None:
        """A day of the month: 6, الـ6, الـ 6, or an ordinal word (السابع)."""
        if j < self._n and self._w[j] == "ال" and self._soft(j + 1):
            got = self._number(j + 1, 1, 31)
            if got and not got[2]:
                return got[0], got[1]
        got = self._number(j, 1, 31, allowed)
        if got and not got[2] and not self._w[j].startswith("و"):
            return got[0], got[1]
        m = self._m(j, {"ordinal"}, allowed=allowed)
        if m:
            return int(m.entry.value), m.end
        return None

    # --- the composite expression -----------------------------------------
    def _expr(self, i: int) -> Parse | None:
        f: dict = {}
        j, clitic, first = i, 0, True

        def take(m):
            nonlocal j, clitic, first
            if first:
                clitic = m.clitic
            first = False
            j = m.end

        # clock: الساعة السابعة / الساعة 10:30 / السابعة من (صباح)
        if self._w[i] == "الساعه":
            got = self._number(i + 1, 0, 24)
            if got and not got[2]:
                f["hour"], j = got[0], got[1]
                mins = self._number(j, 0, 59, allowed=":")
                if mins and self._g[j].strip() == ":":
                    f["minute"], j = mins[0], mins[1]
            else:
                m = self._m(i + 1, {"hour"})
                if m:
                    f["hour"], j = int(m.entry.value), m.end
            if "hour" in f:
                first = False
                if self._word(j, {"والنصف"}):
                    f["minute"], j = 30, j + 1
                elif self._word(j, {"والربع"}):
                    f["minute"], j = 15, j + 1
        else:
            m = self._m(i, {"hour"}, clitics=True)
            if m and self._word(m.end, {"من"}) and self._m(m.end + 1, {"daypart"}):
                f["hour"] = int(m.entry.value)
                take(m)
        if "hour" in f and self._word(j, _CLOCK_ADVERBS):
            f["shift"], j = _CLOCK_ADVERBS[self._w[j]], j + 1
        if "hour" in f and self._word(j, {"من"}) and self._m(j + 1, {"daypart"}):
            j += 1
        # daypart: صباح، مساء، ليل، فجر، قبل ظهر …
        m = self._m(j, {"daypart"}, clitics=first)
        if m and (self._m(m.end, {"deictic", "weekday"}) or self._day(m.end)
                  or self._word(m.end, _DAY_WORDS | {"من", "ال"})):
            f["shift"] = int(m.entry.value)
            f["night"] = m.entry.words[-1] in ("ليل", "ليله")
            f["midnight"] = m.entry.words[0] == "منتصف"
            take(m)
            if self._word(j, {"من"}) and not self._day(j + 1):
                j += 1
            if self._word(j, {"يوم"}):
                j += 1
        # deictic: اليوم، أمس، أمس الأول … (also يوم أمس)
        if j < self._n and self._w[j] == "يوم" and (first or self._soft(j)) \
                and self._m(j + 1, {"deictic"}):
            first, j = False, j + 1
        m = self._m(j, {"deictic"}, clitics=first)
        if m and not self._not_today(m, j):
            f["deictic"] = int(m.entry.value)
            take(m)
            if self._m(j, {"backref"}):
                f["backref"], j = True, j + 1
                f.pop("deictic")
        # weekday, a night between two (الجمعة-السبت), relative word
        k = j + 1 if self._word(j, _DAY_WORDS) or (first and j < self._n and self._w[j] in _DAY_WORDS) else j
        m = self._m(k, {"weekday"}, clitics=first and k == j)
        if m and not self._not_weekday(k, m.end):
            f["weekday"] = int(m.entry.value)
            if k == j:
                take(m)
            else:
                first, j = False, m.end
            m2 = self._m(j, {"weekday"}, allowed="-–")
            if m2 and "-" in self._g[j] or (m2 and "–" in self._g[j]):
                f["weekday2"], j = int(m2.entry.value), m2.end
            r = self._m(j, {"rel"})
            if r and r.entry.value != "0":
                f["rel"], j = int(r.entry.value), r.end
            elif "deictic" not in f and self._future_before(i):
                f["future"] = True
        # يوم 15 أيار، يومي 3 و4 أيار
        if "weekday" not in f and j < self._n and self._w[j] in _DAY_WORDS and \
                (first or self._soft(j)) and self._day(j + 1):
            first, j = False, j + 1
        # the date itself
        d = self._date(j, first, "")
        if d is not None:
            dj, dclitic, dfields = d
            if first:
                clitic = dclitic
            if "rel" in f and "rel" not in dfields:
                f.pop("rel")  # الخميس الماضي 5 أيار: the date decides
            f.update(dfields)
            j, first = dj, False
        if first:
            return None
        if not any(k in f for k in ("deictic", "weekday", "day", "month", "month_back", "backref")):
            if "hour" not in f or "shift" not in f:
                return None
        return Parse("expr", i, j, clitic, **f)

    def _not_today(self, m, j: int) -> bool:
        """``اليوم`` that is not today: an ordinal day (اليوم الرابع), a name (روسيا اليوم)."""
        if m.entry.words != ("اليوم",):
            return False
        nxt = self._w[m.end] if m.end < self._n and self._soft(m.end) else ""
        if nxt and (self.lex.has("ordinal", nxt) or self.lex.has("not_today_before", nxt)):
            return True
        if self.lex.has("anchor", "اليوم") and nxt in ("التالي", "السابق"):
            return True
        if j > 0 and self._g[j].rstrip()[-1:] in ('"', "«", "“") and \
                self._g[m.end].lstrip()[:1] in ('"', "»", "”"):
            return True  # «اليوم»: a newspaper's name
        prev = self._w[j - 1] if j > 0 and self._soft(j) else ""
        return bool(prev) and self.lex.has("not_today_after", prev)

    def _future_before(self, i: int) -> bool:
        """A future marker (سوف، المقرر …) in the few words before token ``i``."""
        for k in range(i - 1, max(-1, i - 7), -1):
            if self._s[k] != self._s[i]:
                break
            if self.lex.has("future", self._w[k]):
                return True
        return False

    def _not_weekday(self, j: int, end: int) -> bool:
        prev = self._w[j - 1] if j > 0 and self._soft(j) else ""
        if prev and self.lex.has("not_weekday_after", prev):
            return True
        return end < self._n and self._soft(end) and self._w[end] in ("عشر", "عشره")

    def _date(self, j: int, first: bool, allowed: str) -> tuple[int, int, dict] | None:
        """A calendar date or month: (next token, clitic, fields)."""
        f: dict = {}
        start, clitic = j, 0
        # month part (أواخر مايو)
        mp = self._m(j, {"month_part"}, clitics=first, allowed=allowed)
        if mp and self._m(mp.end, _MONTHS):
            clitic, j, first, allowed = mp.clitic, mp.end, False, ""
        lead_min = self._word(j, {"من"}, allowed) or (first and j < self._n and self._w[j] == "من")
        if j == start and lead_min:
            # من 1 إلى 5 تشرين الأول: keep من only when a range follows
            d1 = self._day(j + 1)
            if d1 and self._word(d1[1], {"الي", "حتي"}):
                j, first, allowed = j + 1, False, ""
        if j < self._n and first and self._w[j][:1] in "وفب" and _NUM.fullmatch(self._w[j][1:]):
            got = _NUM.fullmatch(self._w[j][1:])
            day = (int(got.group(1)), j + 1) if not got.group(2) and 1 <= int(got.group(1)) <= 31 \
                else None
            if day:
                clitic = 1
        else:
            day = self._day(j, allowed) if (j == start or j > start) else None
        if day:
            f["day"], dj = day
            # range: 3 و4، 5-6، 1 إلى 5
            if dj < self._n and self._soft(dj) and self._w[dj].startswith("و") \
                    and self._number(dj, 1, 31):
                f["day2"], dj = self._number(dj, 1, 31)[:2]
            elif self._word(dj, {"الي", "حتي"}) and self._day(dj + 1):
                f["day2"], dj = self._day(dj + 1)
            elif dj < self._n and "-" in self._g[dj] and self._day(dj, allowed="-–"):
                f["day2"], dj = self._day(dj, allowed="-–")
                f["numeric_range"] = True
            if self._word(dj, {"من"}):
                dj += 1
            m = self._m(dj, _MONTHS)
            if m:
                j = self._month_tail(m, f)
            elif self._word(dj, {"الشهر"}) and self._m(dj + 1, {"backref", "rel"}):
                r = self._m(dj + 1, {"backref", "rel"})
                if r.entry.kind == "backref":
                    f["month_back"] = True
                else:
                    f["rel"], f["period"] = int(r.entry.value), "M"
                j = r.end
            else:
                return None
        else:
            m = self._m(j, _MONTHS, clitics=first and j == start, allowed=allowed)
            if not m:
                return None
            if j == start:
                clitic = m.clitic
            j = self._month_tail(m, f)
            if "year" not in f and "rel" not in f and (m.entry.strict or f["calendar"] != "g"):
                if not mp:
                    return None
        return j, clitic, f

    def _month_tail(self, m, f: dict) -> int:
        """Month [/ month] [year [era]] [rel] after a day or alone; returns next token."""
        f["month"], f["calendar"] = int(m.entry.value), _CAL[m.entry.kind]
        j = m.end
        alt = self._m(j, _MONTHS, allowed="/(")
        after_paren = ""
        if alt and "/" in self._g[j]:
            j = alt.end
        elif alt and self._g[j].strip() == "(" and self._g[alt.end].strip()[:1] == ")":
            j, after_paren = alt.end, ")"  # نوفمبر (تشرين الثاني) من العام الماضي
        if after_paren and j < self._n and self._g[j].strip() == ")":
            self._g[j] = self._g[j].replace(")", " ")
        lo, hi = (1300, 1500) if f["calendar"] != "g" else (1000, 2200)
        k = j
        if self._word(k, {"من"}) and self._word(k + 1, _YEAR_WORDS):
            k += 1
        if self._word(k, _YEAR_WORDS):
            r = self._m(k + 1, {"rel"})
            if r and self._w[k] in ("العام", "السنه"):
                f["year_rel"] = int(r.entry.value)
                return r.end
            if self._number(k + 1, lo, hi):
                j = k + 1
        paren = j < self._n and self._g[j].strip() == "(" and self._soft(j, "(")
        y = self._number(j, lo, hi, allowed="(" if paren else "")
        if y is None and f["calendar"] == "g":
            y = self._number(j, 1300, 1500)  # a Hijri year after a Hijri-looking month
            y = y if y and y[2] == "ه" else None
        if y and not self._w[j].startswith(("ال", "و")):
            f["year"], j = y[0], y[1]
            era = y[2]
            if paren and j < self._n and self._g[j].strip() == ")":
                paren = False  # نيسان ( 1988 ): the closing bracket stays outside
            e = self._m(j, {"era"}, allowed=".)")
            if e:
                era, j = e.entry.value, e.end
            if era == "h" or era == "ه":
                f["calendar"] = "h" if f["calendar"] != "p" else "p"
            elif era == "p":
                f["calendar"] = "p"
        r = self._m(j, {"rel"})
        if r:
            f["rel"], j = int(r.entry.value), r.end
        return j

    # --- other expressions -------------------------------------------------
    def _year(self, i: int) -> Parse | None:
        """عام 2019، للعام 2009، عامي 2021 و2022، بتاريخ (1959)، a bare year after في or in brackets."""
        w = self._w[i]
        clitic, stem = 0, w
        for k in (0, 1, 2):
            if w[k:] in _YEAR_WORDS:
                clitic, stem = k, w[k:]
                break
            if k and w[k - 1:k] == "ل" and "ا" + w[k:] in _YEAR_WORDS:  # للعام
                clitic, stem = k, "ا" + w[k:]
                break
        if stem in _YEAR_WORDS:
            j = i + 1
            paren = j < self._n and self._g[j].strip() == "(" and self._soft(j, "(")
            y = self._number(j, 1000, 2200, allowed="(" if paren else "")
            if not y or self._w[j].startswith(("ال", "و")):
                return None
            f = {"year": y[0]}
            j = y[1]
            if j < self._n and self._soft(j, "/") and self._w[j].startswith("و") or \
                    (j < self._n and "/" in self._g[j] and self._soft(j, "/")):
                y2 = self._number(j, 1000, 2200, allowed="/")
                if y2:
                    f["year2"], j = y2[0], y2[1]
            era = y[2]
            e = self._m(j, {"era"}, allowed=".)")
            if e:
                era, j = e.entry.value, e.end
            if era in ("h", "ه"):
                f["calendar"] = "h"
            return Parse("year", i, j, clitic, **f)
        y = self._number(i, 1900, 2100)
        if y is None or y[2] or w.startswith(("ال", "و")) or i == 0:
            return None
        prev_gap = self._g[i].strip()
        bracketed = prev_gap.endswith("(") and self._g[y[1]].strip().startswith(")")
        if bracketed or (self._soft(i) and self._w[i - 1] in _BARE_YEAR_BEFORE):
            return Parse("year", i, y[1], 0, year=y[0])
        return None

    def _period(self, i: int) -> Parse | None:
        """الشهر الماضي، العام الجاري، هذا الأسبوع، مطلع العام المقبل; السنوات المقبلة (vague)."""
        j, clitic = i, 0
        part = self._m(i, {"month_part"}, clitics=True)
        if part:
            j, clitic = part.end, part.clitic
        m = self._m(j, {"period", "plural_period"}, clitics=(j == i))
        if not m:
            return None
        if j == i:
            clitic = m.clitic
        if m.entry.kind == "plural_period":
            k = m.end
            if self._m(k, {"number", "ordinal"}):  # الأيام الخمسة الماضية
                k = self._m(k, {"number", "ordinal"}).end
            elif self._day(k) or self._number(k, 1, 999):  # الساعات الـ24 الماضية
                k = (self._day(k) or self._number(k, 1, 999))[1]
            r = self._m(k, {"vague_rel", "rel"})
            if r:
                return Parse("vague", i, r.end, clitic)
            return None
        unit = m.entry.value
        if unit.endswith("0"):
            return Parse("period", i, m.end, clitic, period=unit[0], rel=0)
        r = self._m(m.end, {"rel", "backref"})
        if not r:
            if part and unit in ("Y", "M"):  # مطلع العام، نهاية الشهر: the current one
                return Parse("period", i, m.end, clitic, period=unit, rel=0)
            return None
        if r.entry.kind == "backref":
            return Parse("period", i, r.end, clitic, period=unit, backref=True)
        return Parse("period", i, r.end, clitic, period=unit, rel=int(r.entry.value))

    def _anchor(self, i: int) -> Parse | None:
        m = self._m(i, {"anchor"}, clitics=True)
        if not m:
            return None
        j = m.end
        if m.entry.words[0] in ("غداه", "عشيه"):
            if j >= self._n or not self._soft(j):
                return None
            j += 1  # غداة الإعلان: the event named next
        return Parse("anchor", i, j, m.clitic, anchor=int(m.entry.value))

    def _duration(self, i: int) -> Parse | None:
        j, clitic = i, 0
        intro = self._m(i, {"dur_intro"}, clitics=True)
        start = i
        if intro:
            j = intro.end
            if intro.entry.value == "out":
                start = j
            else:
                clitic = intro.clitic
        if j != i and not self._soft(j):
            return None
        approx = self._m(j, {"dur_approx"}, clitics=(j == i))
        if approx:
            if j == i:
                clitic = approx.clitic
            j = approx.end
        count: float | None = None
        num = self._number(j, 1, 9999)
        if num and not num[2] and not self._w[j].startswith(("ال", "و")):
            count, j = float(num[0]), num[1]
        else:
            n = self._m(j, {"number"}, clitics=(j == i))
            if n:
                if j == i:
                    clitic = n.clitic
                count, j = float(n.entry.value), n.end
        u = self._m(j, {"unit"}, clitics=(j == i))
        if not u:
            return None
        if j == i:
            clitic = u.clitic
        letter, how = u.entry.value.split(":")
        j = u.end
        if self._number(j, 1000, 2200):
            return None  # عام 1997 is a year
        if count is None and letter == "DEC":
            return None  # بعد عقد اتفاقية: عقد is "concluding" here
        if count is None:
            if how == "n":
                # قبل أيام، بعد ساعات، منذ سنوات: vague
                if intro and (approx is None or approx.entry.words[0] in ("اكثر", "اقل")):
                    return Parse("vague", start if intro.entry.value == "out" else i, j,
                                 clitic if start == i else 0)
                return None
            if how == "1" and not (intro or approx):
                return None
            count = float(how)
        if self._word(j, {"واحد", "واحده"}):
            j += 1
        if self._word(j, {"ونصف"}):
            count, j = count + 0.5, j + 1
        if letter == "Y" and start > 0 and ("(" in self._g[start] or any(
                self.lex.has("age_before", self._w[k]) for k in range(max(0, start - 3), start))):
            return None  # (81 عاما)، عن عمر يناهز 59 عاما: an age
        if start != i and start == j:
            return None
        ago = bool(intro) and intro.entry.words == ("قبل",) and \
            not self._word(j, {"من", "علي"}) and letter in ("D", "W", "M", "Y")
        return Parse("duration", start, j, clitic if start == i else 0, ago=ago,
                     value=_iso_duration(count, letter))

    def _set_or_vague(self, i: int) -> Parse | None:
        m = self._m(i, {"set", "vague", "deictic"}, clitics=True)
        if m and m.entry.kind == "deictic":
            # لليوم السادس على التوالي: a count of days, not a date
            o = self._m(m.end, {"ordinal"}) if m.entry.words == ("اليوم",) else None
            if o and self._word(o.end, {"علي"}) and self._word(o.end + 1, {"التوالي"}):
                return Parse("vague", i, o.end + 2, m.clitic)
            return None
        if m:
            kind = m.entry.kind
            return Parse(kind, i, m.end, m.clitic, value=m.entry.value or None)
        return None

    def _numeric(self, i: int, in_dateline: bool) -> Parse | None:
        """4-7-2023 (day-month-year), 2023-07-04, and a dateline's ٦ - ٦."""
        a = self._number(i, 1, 2200)
        if not a or a[2] or self._w[i].startswith(("ال", "و")):
            return None
        b = self._number(a[1], 1, 31, allowed="-/.")
        if not b or b[2] or self._g[a[1]].strip() not in ("-", "/", ".", "–"):
            return None
        sep = self._g[a[1]].strip()
        c = self._number(b[1], 1, 2200, allowed="-/.")
        if c and not c[2] and self._g[b[1]].strip() == sep:
            if a[0] > 31 and b[0] <= 12 and c[0] <= 31:
                return Parse("expr", i, c[1], year=a[0], month=b[0], day=c[0])
            if a[0] <= 31 and b[0] <= 12 and 1900 <= c[0] <= 2100:
                return Parse("expr", i, c[1], year=c[0], month=b[0], day=a[0])
            if a[0] <= 12 and b[0] <= 31 and 1900 <= c[0] <= 2100:  # 10/20/1948: month first
                return Parse("expr", i, c[1], year=c[0], month=a[0], day=b[0])
            return None
        if in_dateline and a[0] <= 31 and b[0] <= 12 and sep in ("-", "/", "–"):
            return Parse("expr", i, b[1], day=a[0], month=b[0])
        return None


def _order(kind: str) -> str:
    # among parses of equal length prefer the earlier kind in this string
    return {"expr": "", "year": "-", "period": "--", "anchor": "---"}.get(kind, "----")


def _iso_duration(count: float, letter: str) -> str:
    if letter == "DEC":
        count, letter = count * 10, "Y"
    if letter in ("H", "MIN"):
        minutes = round(count * 60) if letter == "H" else round(count)
        h, mnt = divmod(minutes, 60)
        return "PT" + (f"{h}H" if h else "") + (f"{mnt}M" if mnt else "")
    n = int(count) if count == int(count) else count
    return f"P{n}{letter}"
