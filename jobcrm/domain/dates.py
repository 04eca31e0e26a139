"""The Danish working-day calendar and the parser for the date phrases consultants type.

Public holidays (helligdage) as PRODUCT.md §4 lists them: Nytårsdag, Skærtorsdag, Langfredag,
Påskedag, 2. påskedag, Store bededag (until 2023; abolished from 2024), Kristi himmelfartsdag,
Pinsedag, 2. pinsedag, Juledag, 2. juledag. Easter comes from `dateutil.easter`. Office closure days
are set by the administrator: recurring (day, month) pairs and single dates. Weekends are never
working days.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

# Default office closure days: Grundlovsdag, Juleaftensdag, Nytårsaftensdag.
DEFAULT_CLOSURE_DAYS: tuple[tuple[int, int], ...] = ((5, 6), (24, 12), (31, 12))

WEEKDAYS_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
             "oktober", "november", "december")


@lru_cache(maxsize=256)
def danish_holidays(year: int) -> dict[dt.date, str]:
    """The public holidays of `year`, date -> Danish name."""
    e = easter(year)
    days = {
        dt.date(year, 1, 1): "Nytårsdag",
        e - dt.timedelta(days=3): "Skærtorsdag",
        e - dt.timedelta(days=2): "Langfredag",
        e: "Påskedag",
        e + dt.timedelta(days=1): "2. påskedag",
        e + dt.timedelta(days=39): "Kristi himmelfartsdag",
        e + dt.timedelta(days=49): "Pinsedag",
        e + dt.timedelta(days=50): "2. pinsedag",
        dt.date(year, 12, 25): "Juledag",
        dt.date(year, 12, 26): "2. juledag",
    }
    if year <= 2023:  # Store bededag: 4th Friday after Easter, abolished from 2024
        days[e + dt.timedelta(days=26)] = "Store bededag"
    return days


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are working days at this office."""

    closure_days: frozenset[tuple[int, int]] = frozenset(DEFAULT_CLOSURE_DAYS)  # (day, month)
    closure_dates: frozenset[dt.date] = field(default_factory=frozenset)

    @classmethod
    def from_settings(cls, recurring: Iterable[tuple[int, int]], dates: Iterable[dt.date] = ()) -> WorkCalendar:
        return cls(frozenset(tuple(x) for x in recurring), frozenset(dates))

    def closed_reason(self, day: dt.date) -> str | None:
        """Why the office is closed that day (Danish), or None for a working day."""
        if day.weekday() == 5:
            return "Lørdag"
        if day.weekday() == 6:
            return "Søndag"
        name = danish_holidays(day.year).get(day)
        if name:
            return name
        if (day.day, day.month) in self.closure_days or day in self.closure_dates:
            return "Lukkedag"
        return None

    def is_working_day(self, day: dt.date) -> bool:
        return self.closed_reason(day) is None

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after `start` (before it for negative n). n=0 gives `start` itself
        moved forward to the next working day if it is not one."""
        day = start
        if n == 0:
            while not self.is_working_day(day):
                day += dt.timedelta(days=1)
            return day
        step = dt.timedelta(days=1 if n > 0 else -1)
        remaining = abs(n)
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end` (negative if end < start)."""
        if end == start:
            return 0
        sign = 1 if end > start else -1
        lo, hi = (start, end) if sign > 0 else (end, start)
        count = 0
        day = lo + dt.timedelta(days=1)
        while day <= hi:
            if self.is_working_day(day):
                count += 1
            day += dt.timedelta(days=1)
        return sign * count


def week_start(day: dt.date) -> dt.date:
    """Monday of the ISO week (Danish weeks start on Monday)."""
    return day - dt.timedelta(days=day.weekday())


def format_date(day: dt.date | None) -> str:
    """Danish short date: 24.11.2026."""
    return "" if day is None else f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def format_datetime(moment: dt.datetime | None) -> str:
    """Danish date and time; aware (UTC) values are shown in local time."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{format_date(moment.date())} {moment.hour:02d}:{moment.minute:02d}"


class DateParseError(ValueError):
    """The text is not a date we understand; the message is Danish and says what would work."""


_HELP = 'Skriv en dato som 24.11.2026, 24/11-26, "i morgen" eller "+3 arbejdsdage".'

_UNITS = {
    "arbejdsdag": "wd", "arbejdsdage": "wd", "ad": "wd", "hverdag": "wd", "hverdage": "wd",
    "dag": "d", "dage": "d", "d": "d",
    "uge": "w", "uger": "w", "u": "w",
    "måned": "m", "måneder": "m", "md": "m", "mdr": "m", "maaned": "m", "maaneder": "m",
}


def _year(text: str, today: dt.date) -> int:
    y = int(text)
    if len(text) == 2:
        return 2000 + y
    if len(text) != 4:
        raise DateParseError(f'Årstallet "{text}" forstås ikke. ' + _HELP)
    return y


def _make(y: int, m: int, d: int, original: str) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise DateParseError(f'"{original}" er ikke en gyldig dato. ' + _HELP) from None


def parse_date(text: str, today: dt.date, calendar: WorkCalendar | None = None) -> dt.date:
    """Parse what a consultant types into a date field.

    Accepts 24.11.2026, 24.11.26, 24/11-26, 24/11-2026, 24-11-2026, 2026-11-24, 24.11 and 24/11 (this
    year, or next year if already passed), "i dag", "i morgen", "i overmorgen", weekday names
    ("fredag" = the next Friday), "+3" (days), "+3 arbejdsdage", "+2 uger", "+1 måned",
    "om 3 arbejdsdage", and "3 arbejdsdage".
    """
    calendar = calendar or WorkCalendar()
    original = text
    s = " ".join(text.strip().lower().split())
    if not s:
        raise DateParseError("Datoen mangler. " + _HELP)
    if s in ("i dag", "idag", "dd"):
        return today
    if s in ("i morgen", "imorgen"):
        return today + dt.timedelta(days=1)
    if s in ("i overmorgen", "iovermorgen"):
        return today + dt.timedelta(days=2)
    if s in ("i går", "igår"):
        return today - dt.timedelta(days=1)
    for i, name in enumerate(WEEKDAYS_DA):
        if s in (name, "på " + name, "næste " + name):
            ahead = (i - today.weekday()) % 7 or 7  # "fredag" and "næste fredag": the coming Friday
            return today + dt.timedelta(days=ahead)

    m = re.fullmatch(r"(?:om\s+|\+\s*)?(-?\d{1,4})\s*([a-zæøå]*)", s)
    if m and (s.startswith(("+", "om ")) or m.group(2)):
        n = int(m.group(1))
        unit = _UNITS.get(m.group(2) or "d")
        if unit is None:
            raise DateParseError(f'Enheden "{m.group(2)}" forstås ikke. ' + _HELP)
        if unit == "wd":
            return calendar.add_working_days(today, n)
        if unit == "d":
            return today + dt.timedelta(days=n)
        if unit == "w":
            return today + dt.timedelta(weeks=n)
        return today + relativedelta(months=n)

    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), original)
    m = re.fullmatch(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})", s)
    if m:
        return _make(_year(m.group(3), today), int(m.group(2)), int(m.group(1)), original)
    m = re.fullmatch(r"(\d{1,2})\s*[./]\s*(\d{1,2})\.?", s)
    if m:
        d, mo = int(m.group(1)), int(m.group(2))
        candidate = _make(today.year, mo, d, original)
        if candidate < today:
            candidate = _make(today.year + 1, mo, d, original)
        return candidate
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2}|\d{4})", s)
    if m:  # 241126 or 24112026
        return _make(_year(m.group(3), today), int(m.group(2)), int(m.group(1)), original)
    m = re.fullmatch(r"(\d{1,2})\.?\s+([a-zæøå]+)\.?(?:\s+(\d{4}))?", s)
    if m:
        month = next((i + 1 for i, name in enumerate(MONTHS_DA) if name.startswith(m.group(2)[:3])), None)
        if month:
            year = int(m.group(3)) if m.group(3) else today.year
            candidate = _make(year, month, int(m.group(1)), original)
            if not m.group(3) and candidate < today:
                candidate = _make(year + 1, month, int(m.group(1)), original)
            return candidate
    raise DateParseError(f'"{original.strip()}" forstås ikke som en dato. ' + _HELP)


def parse_time(text: str) -> dt.time:
    """"14", "14:30", "14.30", "1430", "kl. 14" -> time."""
    s = text.strip().lower().removeprefix("kl.").removeprefix("kl").strip()
    m = re.fullmatch(r"(\d{1,2})(?:[:.]?(\d{2}))?", s)
    if not m or int(m.group(1)) > 23 or (m.group(2) and int(m.group(2)) > 59):
        raise DateParseError(f'"{text.strip()}" forstås ikke som et klokkeslæt. Skriv fx 14:30.')
    return dt.time(int(m.group(1)), int(m.group(2) or 0))
