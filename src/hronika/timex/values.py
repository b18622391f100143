"""TIMEX3 values of time expressions, computed from what was written and the publication date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PAST, PRESENT, FUTURE = "Past", "Pres", "Fut"
UNIT_CODES = {"D": "D", "W": "W", "M": "M", "Y": "Y", "DE": "Y", "QCE": "Y", "CE": "Y", "H": "H", "MIN": "M"}
UNIT_YEARS = {"DE": 10, "QCE": 25, "CE": 100}
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # of movable holidays: "05-sun2"


@dataclass(frozen=True)
class TimeRef:
    """What a time expression says, before the publication date anchors it.

    kind: "date" (any of year, month, day, season, part of day, clock time; year_offset for "šā gada"),
    "relative" (unit and offset from the publication date), "weekday", "shift" (pirms/pēc n units),
    "duration", "set", "literal" (a value that needs no anchor: "1995", "19", "PRESENT_REF").
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str = ""
    part: str = ""
    clock: str = ""
    unit: str = ""
    offset: int | None = None
    amount: str = ""
    weekday: int | None = None
    weekend: bool = False
    day_shift: int = 0  # "naktī uz svētdienu": the night begins the day before
    suffix: str = ""  # a quarter or half of the year: Q1, H2
    holiday: str = ""  # "12-25", "easter+1" (days from Easter Sunday), "05-sun2" (the second Sunday of May)
    tense: str = ""
    value: str = ""


def calendar_year(year: int) -> int:
    """A year the calendar has (1..9999); counting past it ("rīt" on 9999-12-31) raises OverflowError, as the date
    arithmetic of `datetime` does."""
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError(f"year {year} is outside {dt.MINYEAR}..{dt.MAXYEAR}")
    return year


def iso_week(day: dt.date) -> str:
    """ISO week of a day: 2024-W37."""
    year, week, _ = day.isocalendar()
    return f"{calendar_year(year):04d}-W{week:02d}"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month some months later (the month's last day where it has fewer days)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    calendar_year(year)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def shifted(anchor: dt.date, unit: str, amount: int) -> str:
    """The value of the anchor moved by amount units, at the unit's granularity."""
    if unit == "D":
        return (anchor + dt.timedelta(days=amount)).isoformat()
    if unit == "W":
        return iso_week(anchor + dt.timedelta(weeks=amount))
    if unit == "M":
        return add_months(anchor, amount).isoformat()[:7]
    if unit in ("Y", "DE", "CE"):
        return f"{calendar_year(anchor.year + amount * UNIT_YEARS.get(unit, 1)):04d}"
    return anchor.isoformat()


def year_for(month: int, day: int | None, anchor: dt.date, tense: str) -> int:
    """The year of a month (and day) written without one: the last such date before a past-tense sentence's
    publication, the next one after for the future tense, the publication year otherwise."""
    written = (month, day or 0)
    now = (anchor.month, anchor.day if day else 0)
    if tense == PAST and written > now:
        return calendar_year(anchor.year - 1)
    if tense == FUTURE and written < now:
        return calendar_year(anchor.year + 1)
    return anchor.year


def weekday_date(weekday: int, anchor: dt.date, tense: str, week_offset: int | None) -> dt.date:
    """The date of a weekday: in the week moved by week_offset, else by tense (the last one before for the past,
    the next one after for the future, the publication week's for the present)."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if week_offset is not None and week_offset != 0:
        return monday + dt.timedelta(weeks=week_offset, days=weekday - 1)
    if tense == PAST:
        back = (anchor.isoweekday() - weekday) % 7 or 7
        return anchor - dt.timedelta(days=back)
    if tense == FUTURE:
        ahead = (weekday - anchor.isoweekday()) % 7 or 7
        return anchor + dt.timedelta(days=ahead)
    return monday + dt.timedelta(days=weekday - 1)


def with_time(date_value: str, ref: TimeRef) -> str:
    """A date value with the part of day or clock time appended."""
    if ref.clock:
        return f"{date_value}T{ref.clock}"
    if ref.part:
        return f"{date_value}T{ref.part}"
    return date_value


def easter(year: int) -> dt.date:
    """Easter Sunday of a year (the Gregorian computus of Meeus, Jones and Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_in(code: str, year: int) -> dt.date:
    """A holiday's date in one year: "12-25"; "easter+1", days from Easter Sunday; "05-sun2", the second Sunday of
    May (Mātes diena)."""
    if code.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(code[len("easter"):] or 0))
    month, day = code.split("-")
    if day[:3] in WEEKDAY_CODES:
        first = dt.date(year, int(month), 1)
        ahead = (WEEKDAY_CODES.index(day[:3]) - first.weekday()) % 7
        return first + dt.timedelta(days=ahead + 7 * (int(day[3:]) - 1))
    return dt.date(year, int(month), int(day))


def holiday_date(ref: TimeRef, anchor: dt.date) -> dt.date:
    """The date of a holiday in the year the tense points to: the last one before a past-tense sentence's
    publication, the next one after for the future tense, the publication year's otherwise."""
    day = holiday_in(ref.holiday, anchor.year)
    if ref.tense == PAST and day > anchor:
        return holiday_in(ref.holiday, calendar_year(anchor.year - 1))
    if ref.tense == FUTURE and day < anchor:
        return holiday_in(ref.holiday, calendar_year(anchor.year + 1))
    return day


def date_value(ref: TimeRef, anchor: dt.date | None) -> str:
    """The value of a calendar date, a month, a season or a year."""
    if ref.holiday:
        return with_time(holiday_date(ref, anchor).isoformat(), ref) if anchor else "XXXX"
    year = ref.year
    if year is None and ref.offset is not None and anchor is not None:  # "šā gada", "pagājušā gada decembrī"
        year = calendar_year(anchor.year + ref.offset)
    if year is None and anchor is not None and (ref.month or ref.season):
        year = year_for(ref.month, ref.day, anchor, ref.tense) if ref.month else season_year(ref.season, anchor, ref.tense)
    text_year = f"{year:04d}" if year is not None else "XXXX"
    if ref.season:
        return f"{text_year}-{ref.season}"
    if ref.month and ref.day:
        written = with_time(f"{text_year}-{ref.month:02d}-{ref.day:02d}", ref)
        if ref.day_shift and year is not None:
            try:
                day = dt.date(year, ref.month, ref.day) + dt.timedelta(days=ref.day_shift)
            except (ValueError, OverflowError):  # a day the calendar has not ("naktī uz 30. februāri"): as written
                return written
            return with_time(day.isoformat(), ref)
        return written
    if ref.month:
        return f"{text_year}-{ref.month:02d}"
    if ref.clock and anchor is not None:
        return with_time(anchor.isoformat(), ref)
    return f"{text_year}-{ref.suffix}" if ref.suffix else text_year


def season_year(season: str, anchor: dt.date, tense: str) -> int:
    """The year of a season written without one: the latest that has started for the past tense, the earliest
    that has not ended for the future, the current one otherwise (winter takes the year of its January)."""
    winter_now = anchor.month in (12, 1, 2)
    if season == "WI":
        current = anchor.year + (anchor.month == 12)
        return calendar_year(current if winter_now else anchor.year + (tense != PAST))
    start = SEASON_MONTHS[season]
    if tense == PAST and start > anchor.month:
        return calendar_year(anchor.year - 1)
    if tense == FUTURE and start + 2 < anchor.month:
        return calendar_year(anchor.year + 1)
    return anchor.year


def duration_value(unit: str, amount: str) -> str:
    """P2M, PT5H, P10Y (a decade is ten years), PXY for "vairākus gadus", P6M for "pusgadu"."""
    code = UNIT_CODES[unit]
    if amount in ("X", ""):
        return f"PT{amount or 1}{code}" if unit in ("H", "MIN") else f"P{amount or 1}{code}"
    value = float(amount) * UNIT_YEARS.get(unit, 1)
    if value != int(value):
        return fractional_duration(unit, value)
    return f"PT{int(value)}{code}" if unit in ("H", "MIN") else f"P{int(value)}{code}"


def fractional_duration(unit: str, value: float) -> str:
    """Durations with a half: 0.5 Y → P6M, 1.5 Y → P18M, 1.5 H → PT1H30M, 0.5 D → PT12H."""
    if unit == "Y":
        return f"P{int(value * 12)}M"
    if unit == "M":
        return f"P{int(value * 30)}D"
    if unit == "D":
        return f"PT{int(value * 24)}H"
    if unit == "H":
        hours, minutes = int(value), int(round((value - int(value)) * 60))
        return f"PT{hours}H{minutes}M" if hours else f"PT{minutes}M"
    return f"P{int(value * 7)}D"


def smaller_unit(unit: str, amount: float) -> tuple[str, int]:
    """A fractional amount in the next smaller unit: half a year is six months ("pirms pusgada")."""
    if amount == int(amount):
        return unit, int(amount)
    factors = {"CE": ("Y", 100), "QCE": ("Y", 25), "DE": ("Y", 10), "Y": ("M", 12), "M": ("D", 30), "W": ("D", 7),
               "D": ("H", 24)}
    smaller, factor = factors.get(unit, (unit, 1))
    return smaller, int(round(amount * factor))


def timex_value(ref: TimeRef, published: dt.date | None) -> str:
    """The TIMEX3 value of a time expression published on a date (None: values that need it stay XXXX). A value
    counted past the calendar's years 1..9999 ("rīt" on 9999-12-31) is what the text alone fixes, as without a date."""
    try:
        return anchored_value(ref, published)
    except OverflowError:
        return anchored_value(ref, None)


def anchored_value(ref: TimeRef, published: dt.date | None) -> str:
    """The TIMEX3 value of a time expression published on a date; OverflowError past the calendar."""
    if ref.kind == "literal":
        return ref.value
    if ref.kind == "duration":
        return duration_value(ref.unit, ref.amount)
    if ref.kind == "set":
        if ref.weekday:
            return f"XXXX-WXX-{ref.weekday}"
        if ref.season:
            return f"XXXX-{ref.season}"
        if ref.part:
            return f"XXXX-XX-XXT{ref.part}"
        return duration_value(ref.unit, ref.amount or "1")
    if ref.kind == "relative" and ref.unit == "DE" and ref.value:
        return f"{ref.value}{int(ref.amount) // 10}"
    if published is None:  # nothing to count from: what the text itself fixes, the rest unknown
        if ref.kind == "weekday":
            return f"XXXX-WXX-{ref.weekday}"
        return date_value(ref, None) if ref.kind == "date" else "XXXX"
    if ref.kind == "date":
        return date_value(ref, published)
    if ref.kind == "relative":
        value = shifted(published, ref.unit, ref.offset or 0) if ref.unit in UNIT_CODES else ""
        if ref.unit == "DE":  # "90. gados" → 199; "pagājušā gadsimta 30. gados" → 193
            century = int(ref.value) if ref.value else published.year // 100 + (ref.offset or 0)
            return f"{calendar_year(century * 100 + 1) // 100}{int(ref.amount) // 10}"
        if ref.unit == "CE":  # "pagājušajā gadsimtā" → 19
            return f"{calendar_year((published.year // 100 + (ref.offset or 0)) * 100 + 1) // 100:02d}"
        if ref.unit in SEASON_MONTHS:  # "šoziem" in December is next year's winter
            year = published.year + (ref.offset or 0) + (ref.unit == "WI" and published.month == 12)
            value = f"{calendar_year(year):04d}-{ref.unit}"
        if ref.weekend:
            value += "-WE"
        return with_time(value, ref) if ref.unit == "D" else value
    if ref.kind == "weekday":
        day = weekday_date(ref.weekday or 1, published, ref.tense, ref.offset) + dt.timedelta(days=ref.day_shift)
        return f"{iso_week(day)}-WE" if ref.weekend else with_time(day.isoformat(), ref)
    if ref.kind == "shift":
        if ref.amount in ("X", ""):
            return "PAST_REF" if (ref.offset or 0) < 0 else "FUTURE_REF"
        unit, amount = smaller_unit(ref.unit, float(ref.amount))
        if unit == "W":  # "pirms divām nedēļām" is a day, as TempEval normalises it, not a week
            unit, amount = "D", amount * 7
        return shifted(published, unit, amount * (ref.offset or 0))
    raise ValueError(f"unknown time reference kind {ref.kind!r}")
