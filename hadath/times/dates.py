"""The composite date expression: daypart, deictic, weekday and calendar date.

    [clock [من]] [daypart [من] [يوم]] [deictic [نفسه]] [[يوم] weekday [-weekday] [rel]] [date]

A date is ``[من] day [(-|و|إلى) day] [من] (month[/month] | الشهر نفسه) [year [era]] [rel]``,
a month alone with a year or ``الماضي``, a numeric ``4-7-2023``, or a dateline ``٦ - ٦``.
"""
from __future__ import annotations

import re

from hadath.times.cursor import _CAL, _DAY_WORDS, _MONTHS, _NUM, _YEAR_WORDS, Cursor
from hadath.times.parse import Parse

_FUTURE_VERB = re.compile(r"س[يتن][\u0621-\u064a]{2,6}")


# words before a bare clock hour (في السابعة صباحا); after others the ordinal is a
# count (للمرة السابعة)
_CLOCK_BEFORE = frozenset({"في", "عند", "حتي", "منذ", "من", "الي", "قرابه", "نحو", "حوالي",
                           "بعد", "قبل", "وفي", "وعند"})


class DateRules(Cursor):
    def _clock_at(self, i: int) -> bool:
        """A bare ordinal at ``i`` can be a clock hour: a preposition of time before it."""
        return i > 0 and self._w[i - 1] in _CLOCK_BEFORE

    def _anchored(self, j: int) -> bool:
        """A day follows at ``j`` (أمس، اليوم، الأحد، 5 أيار), so the hour has a date."""
        if self._word(j, {"يوم"}):
            j += 1
        return bool(self._m(j, {"deictic", "weekday"}) or self._day(j)
                    or self._m(j, {"daypart"}))

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
        else:  # السابعة (والنصف) من صباح …, السابعة صباحا
            m = self._m(i, {"hour"}, clitics=True)
            k, minute = (m.end, None) if m else (i, None)
            if m and self._word(k, {"والنصف"}):
                k, minute = k + 1, 30
            elif m and self._word(k, {"والربع"}):
                k, minute = k + 1, 15
            adv = self._m(k, {"clock_adverb"}) if m else None
            if m and ((self._word(k, {"من"}) and self._m(k + 1, {"daypart"}))
                      or (adv and self._clock_at(i) and self._anchored(adv.end))):
                f["hour"] = int(m.entry.value)
                take(m)
                if minute is not None:
                    f["minute"], j = minute, k
        adv = self._m(j, {"clock_adverb"}) if "hour" in f else None
        if adv:  # الساعة العاشرة صباحا
            f["shift"], j = int(adv.entry.value), adv.end
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
        if m and m.entry.strict and "shift" not in f and not (j > 0 and self._w[j - 1] == "يوم"):
            m = None  # الغد alone is "the future" or a newspaper (صحيفة الغد); صباح الغد is a day
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
        elif not first and self._soft(j):
            num = self._numeric(j, False)  # الجمعة 12/5/2017
            if num is not None:
                f.pop("rel", None)
                f.update(day=num.day, month=num.month, year=num.year, calendar=num.calendar)
                j = num.end
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
        if nxt in ("التالي", "السابق"):
            return True  # اليوم التالي is an anchor, read elsewhere
        if j > 1 and self._w[j - 1] == "في" and not self.lex.has("weekday", nxt) \
                and not self.lex.has("backref", nxt) \
                and any(self._w[k][:1].isdigit() or self.lex.has("number", self._w[k])
                        for k in range(max(0, j - 5), j - 1)):
            return True  # 500 ألف برميل في اليوم، مرتين في اليوم: per day
        if j > 0 and self._g[j].rstrip()[-1:] in ('"', "«", "“") and \
                self._g[m.end].lstrip()[:1] in ('"', "»", "”"):
            return True  # «اليوم»: a newspaper's name
        prev = self._w[j - 1] if j > 0 and self._soft(j) else ""
        return bool(prev) and self.lex.has("not_today_after", prev)

    def _future_before(self, i: int) -> bool:
        """A future marker in the few words before token ``i``: سوف، المقرر …, or a verb
        with the future prefix س (سيزور، ستعقد، سنواصل) that is not a noun like سياسة."""
        for k in range(i - 1, max(-1, i - 7), -1):
            if self._s[k] != self._s[i] or any(c in self._g[k + 1] for c in "،,:«\""):
                break
            w = self._w[k]
            if w in ("التي", "الذي", "الذين", "عندما", "بعدما", "حين", "حيث"):
                break  # سترفع العقوبات التي فرضتها الاثنين: the weekday is in another clause
            if self.lex.has("future", w):
                return True
            stem = w[1:] if w[:1] in "وف" else w
            if _FUTURE_VERB.fullmatch(stem) and not stem.endswith(("يس", "وس", "ا")) \
                    and not self.lex.has("not_future", stem):  # not سيريزا، ستاثاكيس
                return True
        return False

    def _not_weekday(self, j: int, end: int) -> bool:
        prev = self._w[j - 1] if j > 0 and self._soft(j) else ""
        if prev and (self.lex.has("not_weekday_after", prev) or (
                prev[:1] in "وبل" and self.lex.has("not_weekday_after", prev[1:]))):
            return True  # صلاة الجمعة، لسوق الجمعة: a prayer, a place
        return end < self._n and self._soft(end) and self._w[end] in ("عشر", "عشره")

    def _date(self, j: int, first: bool, allowed: str) -> tuple[int, int, dict] | None:
        """A calendar date or month: (next token, clitic, fields)."""
        f: dict = {}
        start, clitic = j, 0
        named = j == self._head and j > 0 and self.lex.has("not_date_after", self._w[j - 1]) \
            and self._g[j].strip(' «"“') == ""  # قوى 14 آذار، ثورة 25 يناير: a name
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
            if self._word(dj, {"شهر"}) and self._m(dj + 1, _MONTHS):
                dj += 1  # الخامس عشر من شهر شوال
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
            if self._word(j, {"شهر"}, allowed) and self._m(j + 1, _MONTHS) or (
                    first and j < self._n and self._w[j] in ("شهر", "بشهر", "لشهر")
                    and self._m(j + 1, _MONTHS)):
                j, first, allowed = j + 1, False, ""  # شهر يوليو الماضي
                if start == self._head and self._w[start] != "شهر":
                    clitic = len(self._w[start]) - 3
            m = self._m(j, _MONTHS, clitics=first and j == start, allowed=allowed)
            if not m:
                return None
            prev = _NUM.fullmatch(self._w[j - 1]) if j == self._head and j > 0 else None
            if prev and int(prev.group(1)) <= 31 and self._soft(j):
                return None  # the day before this month was turned down (قوى 14 آذار)
            if j == start:
                clitic = m.clitic
            j = self._month_tail(m, f)
            if "year" not in f and "rel" not in f and (m.entry.strict or f["calendar"] != "g"):
                if not mp:
                    return None
        if named and "year" not in f:
            return None
        return j, clitic, f

    def _month_tail(self, m, f: dict) -> int:
        """Month [/ month] [year [era]] [rel] after a day or alone; returns next token."""
        f["month"], f["calendar"] = int(m.entry.value), _CAL[m.entry.kind]
        j = m.end
        alt = self._m(j, _MONTHS, allowed="/(")
        after_paren = ""
        if alt and ("/" in self._g[j] or (self._soft(j) and alt.entry.value == m.entry.value)):
            j = alt.end  # فبراير/ شباط، يوليو تموز
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

    def _numeric(self, i: int, in_dateline: bool) -> Parse | None:
        """4-7-2023 (day-month-year), 2023-07-04, and a dateline's ٦ - ٦."""
        a = self._number(i, 1, 2200)
        if not a or self._w[i].startswith(("ال", "و")):
            return None
        if i > 0 and self._g[i].strip()[-1:] in "/-." and self._w[i - 1][-1:].isdigit():
            return None  # the tail of a longer number (3/4/5)
        b = self._number(a[1], 1, 31, allowed="-/.")
        if not b or b[2] or self._g[a[1]].strip() not in ("-", "/", ".", "–"):
            return None
        sep = self._g[a[1]].strip()
        c = self._number(b[1], 1, 2200, allowed="-/.")
        if c and self._g[b[1]].strip() == sep and not (a[2] and c[2]):
            end, era = c[1], a[2] or c[2]
            e = self._m(end, {"era"}, allowed=".")
            if e:
                end, era = e.end, e.entry.value
            year, day, month = (a[0], c[0], b[0]) if a[0] > 31 else (c[0], a[0], b[0])
            if a[0] <= 12 and b[0] > 12 and c[0] > 31:  # 10/20/1948: month first
                day, month = b[0], a[0]
            if month > 12 or day > 31 or (a[0] > 31 and c[0] > 31):
                return None
            hijri = era in ("h", "ه") or (era != "g" and 1300 <= year <= 1500)
            if not hijri and not 1900 <= year <= 2100:
                return None  # 1438/9/10هـ is Hijri; other numbers are not dates
            return Parse("expr", i, end, year=year, month=month, day=day,
                         calendar="h" if hijri else "g")
        if in_dateline and a[0] <= 31 and b[0] <= 12 and sep in ("-", "/", "–"):
            return Parse("expr", i, b[1], day=a[0], month=b[0])
        return None
