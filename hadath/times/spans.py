"""Time expressions besides calendar dates: years, periods, anchors, durations, sets and
vague ones (``عام 2019``, ``الشهر الماضي``, ``غداة``, ``48 ساعة``, ``أسبوعيا``, ``قبل أيام``)."""
from __future__ import annotations

from hadath.times.cursor import _YEAR_WORDS, Cursor
from hadath.times.parse import Parse


class SpanRules(Cursor):
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
        y = self._number(i, 1300, 2100)
        if y is None or w.startswith(("ال", "و")) or i == 0:
            return None
        hijri = y[2] == "ه"
        if not (1300 <= y[0] <= 1500 if hijri else 1900 <= y[0]):
            return None
        prev_gap = self._g[i].strip()
        bracketed = prev_gap.endswith("(") and self._g[y[1]].strip().startswith(")")
        if bracketed or (self._soft(i) and self.lex.has("year_before", self._w[i - 1])):
            # في 2019، في 2019م، (1948), في 1440هـ
            return Parse("year", i, y[1], 0, year=y[0], calendar="h" if hijri else "g")
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
        if self._m(j, {"weekday", "deictic"}) or self._day(j):
            return None  # قبل يوم الأربعاء: a day named next, not a length of time
        if letter == "M" and self._m(j, {"month", "hijri_month", "persian_month"}):
            return None  # خلال شهر رمضان: the month's name follows, not a length of time
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
        if letter == "Y" and not intro and not approx and "،" in self._g[start] \
                and "،" in self._g[j][:3]:
            return None  # عادل يحيى، 24 عاما، …: an age in apposition
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


def _iso_duration(count: float, letter: str) -> str:
    if letter == "DEC":
        count, letter = count * 10, "Y"
    if letter in ("H", "MIN"):
        minutes = round(count * 60) if letter == "H" else round(count)
        h, mnt = divmod(minutes, 60)
        return "PT" + (f"{h}H" if h else "") + (f"{mnt}M" if mnt else "")
    n = int(count) if count == int(count) else count
    return f"P{n}{letter}"
