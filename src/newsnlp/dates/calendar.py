"""Calendar arithmetic on TIMEX3 granularities: shifting an anchor and writing TIMEX3 values.

A granularity is one of "D" (day), "W" (ISO week), "M" (month), "Q" (quarter), "H" (half),
"Y" (year), "DE" (decade), "CE" (century), or a season code ("SP", "SU", "FA", "WI").
"""
from __future__ import annotations

import datetime
import re

from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, relativedelta

ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
UNKNOWN = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "H": "XXXX-HX",
           "Y": "XXXX", "DE": "XXX", "CE": "XX"}


def shifted(anchor: datetime.date, granularity: str, count: int) -> datetime.date:
    """`anchor` moved by `count` units of `granularity` (seasons move by years)."""
    steps = {"D": relativedelta(days=count), "W": relativedelta(weeks=count),
             "M": relativedelta(months=count), "Q": relativedelta(months=3 * count),
             "H": relativedelta(months=6 * count), "Y": relativedelta(years=count),
             "DE": relativedelta(years=10 * count), "CE": relativedelta(years=100 * count)}
    try:
        return anchor + steps.get(granularity, relativedelta(years=count))
    except (OverflowError, ValueError):
        return anchor


def timex_value(day: datetime.date | None, granularity: str) -> str:
    """The TIMEX3 value of the `granularity` unit containing `day` ("2024-W10", "2023-Q1");
    X placeholders when there is no day to anchor on."""
    if granularity in SEASON_MONTHS:
        return f"{day.year:04d}-{granularity}" if day else f"XXXX-{granularity}"
    if day is None:
        return UNKNOWN.get(granularity, "XXXX")
    if granularity == "D":
        return day.isoformat()
    if granularity == "W":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "H":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if granularity == "DE":
        return f"{day.year // 10:03d}"
    if granularity == "CE":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def safe_date(year: int, month: int, day: int) -> datetime.date | None:
    """The date, or None when the fields make no calendar date."""
    try:
        return datetime.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def iso_day(value: str, whole: bool = False) -> datetime.date | None:
    """The calendar day a TIMEX3 value starts with ("2024-03-06", "2024-03-06T10:00"), or None;
    with `whole`, only a value that is a day and nothing more ("2024-03-06")."""
    day = (ISO_DAY.fullmatch if whole else ISO_DAY.match)(value)
    return safe_date(*map(int, day[0].split("-"))) if day else None


def holiday(name: str, year: int) -> datetime.date | None:
    """The date of a holiday written "MM-DD" or named by rule ("easter", "thanksgiving")."""
    if year < 1 or year > 9999:
        return None
    if name == "easter":
        return easter(year)
    if name == "good friday":
        return easter(year) - datetime.timedelta(days=2)
    if name == "thanksgiving":
        return datetime.date(year, 11, 1) + relativedelta(weekday=TH(4))
    if name == "election day":
        return datetime.date(year, 11, 1) + relativedelta(weekday=MO(1)) + datetime.timedelta(days=1)
    month, day = name.split("-")
    return safe_date(year, int(month), int(day))


def weekday_near(anchor: datetime.date, weekday: int, direction: int) -> datetime.date:
    """The day with ISO `weekday` nearest `anchor` in `direction` (-1 before, +1 after, 0 the
    same ISO week); the anchor itself when it is that weekday and direction is not strict."""
    offset = weekday - anchor.isoweekday()
    if direction < 0 and offset > 0:
        offset -= 7
    elif direction > 0 and offset < 0:
        offset += 7
    return anchor + datetime.timedelta(days=offset)
