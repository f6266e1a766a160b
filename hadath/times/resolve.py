"""Put a parsed time expression on the calendar, against the publication date.

Rules (checked against the dev gold, see tests/test_times.py):

- A bare weekday in a news story is the latest such day on or before ``published``
  (a story of Saturday 2017-05-13: ``الجمعة`` → 2017-05-12); with ``الماضي`` it is
  strictly before, with ``المقبل``/``القادم`` strictly after; after a future verb
  (``سيزور``، ``من المقرر``) it is the next such day.
- ``اليوم``/``أمس``/``أمس الأول`` count days back from ``published``; a weekday next
  to them only confirms the day.
- A day and month without a year take a year written earlier in the same sentence,
  else the year that puts the date nearest to ``published`` (the future counting
  double); ``الماضي`` forces on or before it, ``المقبل`` on or after.
- A month alone with ``الماضي`` is the last such month before the publication month.
- Lunar Hijri dates use the Umm al-Qura calendar (hijridate); solar Hijri dates use
  persiantools. A Hijri date without a year takes the nearest year as above.
- Back-references (``اليوم نفسه``, ``الشهر نفسه``, ``غداة``) use the last date
  resolved earlier in the article.
- Without ``published`` every relative expression resolves to None, never to today.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hadath.times.parse import Parse


@dataclass
class Context:
    """What earlier expressions of the same article established (one per article)."""
    published: date | None
    last_day: date | None = None
    last_month: tuple[int, int] | None = None
    sentence: int = 0                             # sentence of the expression being resolved
    year_said: tuple[int, int] | None = None      # (sentence, year) of the last written year
    last_day_sentence: int = -1                   # sentence where last_day was said
    story_day: date | None = None                 # first day said in the week before publication
    told_day: date | None = None                  # last day said outside a منذ or relative phrase

    def note(self, value: str | None, aside: bool = False) -> None:
        """Remember ``value``; ``aside`` when it was said after منذ or in a relative
        clause (``منذ 21 أكتوبر``, ``الموقعة في 23 نوفمبر 2011``): ``اليوم نفسه`` in a
        later sentence goes back to the day the story tells of, not to such a day."""
        if not value or value.startswith("P"):
            return
        first = value.split("/")[0]
        try:
            if len(first) >= 10:
                d = date.fromisoformat(first[:10])
                if not aside:
                    self.told_day = d
                self.last_day, self.last_month = d, (d.year, d.month)
                self.last_day_sentence = self.sentence
                if self.story_day is None and self.published is not None \
                        and 0 < (self.published - d).days <= 7:
                    self.story_day = d
            elif len(first) == 7 and first[4] == "-" and first[5] != "W":
                self.last_month = (int(first[:4]), int(first[5:7]))
        except ValueError:
            pass


def resolve(p: Parse, ctx: Context, quoted: bool = False) -> tuple[str | None, str]:
    """(ISO value or None, TIMEX type) of a parse."""
    pub = ctx.published
    if p.kind == "duration":
        if p.ago:
            return _ago(p.value, pub), "DATE"
        return p.value, "DURATION"
    if p.kind == "set":
        return p.value, "SET"
    if p.kind == "vague":
        return None, "DATE"
    if p.kind == "year":
        if p.calendar == "h":  # عام 1330 هجري: the Gregorian year holding most of it
            mid = _hijri_to_greg(p.year, 6, 15)
            return (str(mid.year) if mid else None), "DATE"
        return (f"{p.year}/{p.year2}" if p.year2 else str(p.year)), "DATE"
    if p.kind == "period":
        return _period(p, ctx), "DATE"
    if p.kind == "anchor":
        base = ctx.last_day
        return (_iso(base + timedelta(days=p.anchor)) if base else None), "DATE"
    value = _expr(p, ctx, quoted)
    if p.hour is not None and not value:
        return None, "TIME"
    if value and p.hour is not None and len(value) == 10:
        hour = p.hour
        if p.shift == 12 and hour < 12 and not (p.night and hour <= 4):
            hour += 12
        return f"{value}T{hour:02d}:{p.minute:02d}", "TIME"
    return value, "DATE"


def _iso(d: date) -> str:
    return d.isoformat()


def _expr(p: Parse, ctx: Context, quoted: bool) -> str | None:
    pub = ctx.published
    if p.month is not None or p.month_back or (p.day is not None and p.period == "M"):
        return _date(p, ctx)
    if p.backref:
        day = ctx.last_day if ctx.last_day_sentence == ctx.sentence else \
            (ctx.told_day or ctx.last_day)
        return _iso(day) if day else None
    if pub is None:
        return None
    if p.deictic is not None:
        # اليوم inside a quote of a speech reported days earlier: the speech's day, the
        # one its sentence names, else the day the story happened (أمس of the lead)
        day = ctx.last_day if ctx.last_day_sentence == ctx.sentence else \
            (ctx.story_day or ctx.last_day)
        if p.deictic == 0 and quoted and p.weekday is None and day is not None \
                and 0 < (pub - day).days <= 7:
            return _iso(day)
        return _iso(pub + timedelta(days=p.deictic))
    if p.weekday is not None:
        rel = p.rel if p.rel is not None or not p.future else 1
        last = _weekday(pub, p.weekday if p.weekday2 is None else p.weekday2, rel)
        if p.future and p.rel is None and pub.weekday() == p.weekday:
            last = pub
        if p.weekday2 is not None and p.midnight:
            return _iso(last)  # منتصف ليل الخميس - الجمعة: the midnight that starts Friday
        if p.weekday2 is not None:
            first = last - timedelta(days=(p.weekday2 - p.weekday) % 7 or 7)
            return f"{_iso(first)}/{_iso(last)}"
        return _iso(last)
    return None


def _weekday(pub: date, weekday: int, rel: int | None) -> date:
    back = (pub.weekday() - weekday) % 7
    if rel is not None and rel > 0:
        return pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    if rel is not None and rel < 0 and back == 0:
        back = 7
    return pub - timedelta(days=back)


def _date(p: Parse, ctx: Context) -> str | None:
    pub = ctx.published
    if p.calendar in ("h", "p"):
        return _other_calendar(p, pub)
    if p.month_back or (p.period == "M" and p.month is None):
        ym = _month_ref(p, ctx)
        if ym is None:
            return None
        year, month = ym
    else:
        month = p.month
        year = p.year
        if year is None and p.year_rel is not None:
            if pub is None:
                return None
            year = pub.year + p.year_rel
        if year is None:
            said = ctx.year_said
            if p.rel is None and said is not None and said[0] == ctx.sentence:
                year = said[1]  # من 9 أغسطس 1945 … إلى 15 أغسطس: the year just written
            elif pub is None:
                return None
            else:
                year = _pick_year(pub, month, p.day, p.rel)
    if p.day is None:
        return f"{year:04d}-{month:02d}"
    try:
        d1 = date(year, month, p.day)
    except ValueError:
        return None
    if p.day2 is not None:
        try:
            d2 = date(year, month, p.day2)
        except ValueError:
            return _iso(d1)
        if p.night and p.numeric_range:
            return _iso(d2)  # منتصف ليل 5-6: the night ends on the 6th
        return f"{_iso(d1)}/{_iso(d2)}"
    return _iso(d1)


def _month_ref(p: Parse, ctx: Context) -> tuple[int, int] | None:
    if p.month_back:
        return ctx.last_month
    pub = ctx.published
    if pub is None:
        return None
    return _shift_month(pub.year, pub.month, p.rel or 0)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _pick_year(pub: date, month: int, day: int | None, rel: int | None) -> int:
    d = day or 1
    if rel is not None and rel < 0:
        if day is None:
            return pub.year if month < pub.month else pub.year - 1
        return pub.year if _safe(pub.year, month, d) <= pub else pub.year - 1
    if rel is not None and rel > 0:
        if day is None:
            return pub.year if month > pub.month else pub.year + 1
        return pub.year if _safe(pub.year, month, d) >= pub else pub.year + 1
    if rel == 0:
        return pub.year
    return min((pub.year - 1, pub.year, pub.year + 1),
               key=lambda y: _distance(_safe(y, month, d), pub))


def _distance(d: date, pub: date) -> int:
    """Days between a candidate date and publication; news looks back, so the future
    counts double (a bare ``7 October`` in May is last October)."""
    days = (d - pub).days
    return 2 * days if days > 0 else -days


def _safe(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _other_calendar(p: Parse, pub: date | None) -> str | None:
    if p.day is None:
        return None
    conv = _hijri_to_greg if p.calendar == "h" else _persian_to_greg
    if p.year is not None:
        d = conv(p.year, p.month, p.day)
        return _iso(d) if d else None
    if pub is None:
        return None
    here = _greg_to_hijri_year(pub) if p.calendar == "h" else _greg_to_persian_year(pub)
    cands = [d for d in (conv(y, p.month, p.day) for y in (here - 1, here, here + 1)) if d]
    if p.rel is not None and p.rel < 0:
        cands = [d for d in cands if d <= pub]   # رمضان الماضي
    elif p.rel is not None and p.rel > 0:
        cands = [d for d in cands if d >= pub]   # شوال المقبل
    if not cands:
        return None
    return _iso(min(cands, key=lambda d: _distance(d, pub)))


def _hijri_to_greg(year: int, month: int, day: int) -> date | None:
    """Umm al-Qura (hijridate) for 1343-1500 AH; the tabular Islamic calendar outside it."""
    from hijridate import Hijri
    try:
        g = Hijri(year, month, day).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        pass
    if not (1 <= month <= 12 and 1 <= day <= 30) or not 1 <= year <= 2000:
        return None
    # days since 1 Muharram 1 AH (Julian day 1948440) in the 30-year tabular cycle
    jd = (day + -(-(295 * (month - 1)) // 10) + 354 * (year - 1)
          + (3 + 11 * year) // 30 + 1948439)
    return date.fromordinal(jd - 1721425)


def _greg_to_hijri_year(d: date) -> int:
    from hijridate import Gregorian
    return Gregorian(d.year, d.month, d.day).to_hijri().year


def _persian_to_greg(year: int, month: int, day: int) -> date | None:
    from persiantools.jdatetime import JalaliDate
    try:
        return JalaliDate(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _greg_to_persian_year(d: date) -> int:
    from persiantools.jdatetime import JalaliDate
    return JalaliDate.to_jalali(d).year


def _ago(value: str | None, pub: date | None) -> str | None:
    """قبل يومين → the date two days before publication, at the unit's precision."""
    if pub is None or not value or not value[1:-1].isdigit():
        return None
    n, unit = int(value[1:-1]), value[-1]
    if unit == "D":
        return _iso(pub - timedelta(days=n))
    if unit == "W":
        y, w, _ = (pub - timedelta(weeks=n)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    if unit == "M":
        y, m = _shift_month(pub.year, pub.month, -n)
        return f"{y:04d}-{m:02d}"
    if unit == "Y":
        return str(pub.year - n)
    return None


def _period(p: Parse, ctx: Context) -> str | None:
    if p.backref:
        if p.period == "M" and ctx.last_month:
            return f"{ctx.last_month[0]:04d}-{ctx.last_month[1]:02d}"
        if p.period == "Y" and ctx.last_month:
            return str(ctx.last_month[0])
        return None
    pub = ctx.published
    if pub is None:
        return None
    rel = p.rel or 0
    if p.period == "M":
        y, m = _shift_month(pub.year, pub.month, rel)
        return f"{y:04d}-{m:02d}"
    if p.period == "Y":
        return str(pub.year + rel)
    if p.period == "W":
        y, w, _ = (pub + timedelta(weeks=rel)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    return None
