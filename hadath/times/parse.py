"""What a time expression says, before it is put on a calendar (shared by the grammar
modules and :mod:`hadath.times.resolve`)."""
from __future__ import annotations

from dataclasses import dataclass


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
