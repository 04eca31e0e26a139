"""Recurring promises: Danish presets to RFC 5545 RRULE text, and the next occurrence (dateutil.rrule).

A series is anchored at its first occurrence's agreed date; completing one occurrence creates the next
one in the same series. A date that falls on a closed day moves to the next working day, while the
series keeps its rhythm (the next one is computed from the agreed, unmoved date).
"""

from __future__ import annotations

import datetime as dt

from dateutil.rrule import rrulestr

from jobcrm.domain.dates import WorkCalendar

PRESETS: dict[str, str] = {
    "hver uge": "FREQ=WEEKLY;INTERVAL=1",
    "hver 14. dag": "FREQ=WEEKLY;INTERVAL=2",
    "månedligt": "FREQ=MONTHLY;INTERVAL=1",
}


class RecurrenceError(ValueError):
    """The recurrence is not understood; the message is Danish."""


def build_rule(preset: str, *, until: dt.date | None = None, count: int | None = None) -> str:
    """'hver uge' + until/count -> 'FREQ=WEEKLY;INTERVAL=1;COUNT=6'."""
    key = " ".join(preset.strip().lower().split())
    if key in ("hver anden uge", "hver 14 dag", "hver 14. dage"):
        key = "hver 14. dag"
    base = PRESETS.get(key)
    if base is None:
        raise RecurrenceError(f'"{preset}" forstås ikke. Vælg hver uge, hver 14. dag eller månedligt.')
    if until is not None and count is not None:
        raise RecurrenceError("Angiv enten en slutdato eller et antal gange, ikke begge.")
    if count is not None:
        if count < 1:
            raise RecurrenceError("Antal gange skal være mindst 1.")
        return f"{base};COUNT={count}"
    if until is not None:
        return f"{base};UNTIL={until:%Y%m%d}"
    return base


# What a promise's rhythm may use: the presets' parts and the day choices. Other parts (BYMONTH, BYHOUR…)
# and other frequencies can describe a rule that never occurs, and dateutil then searches to the year 9999.
_FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_PARTS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST")


def validate_rule(rule: str | None) -> str | None:
    if rule is None or not rule.strip():
        return None
    rule = rule.strip().upper().removeprefix("RRULE:")
    parts = dict(p.partition("=")[::2] for p in rule.split(";") if p)
    if (not rule.isascii() or parts.get("FREQ") not in _FREQS or any(k not in _PARTS for k in parts)
            or any(k in parts and not (parts[k].isdigit() and 1 <= int(parts[k]) <= 9999)
                   for k in ("INTERVAL", "COUNT"))):
        raise RecurrenceError(f'Gentagelsen "{rule}" forstås ikke.')
    try:
        rrulestr(rule, dtstart=dt.datetime(2026, 1, 1))
    except (ValueError, TypeError) as e:
        raise RecurrenceError(f'Gentagelsen "{rule}" forstås ikke.') from e
    return rule


def until(rule: str) -> dt.date | None:
    """The UNTIL date of a rule, if it has one."""
    for part in rule.split(";"):
        key, _, value = part.partition("=")
        if key == "UNTIL" and len(value) >= 8:
            return dt.date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
    return None


def next_occurrence(rule: str, series_start: dt.date, current: dt.date) -> dt.date | None:
    """The agreed date of the occurrence after `current` in the series starting at `series_start`,
    or None when the series has ended (COUNT reached or past UNTIL)."""
    r = rrulestr(rule, dtstart=dt.datetime.combine(series_start, dt.time()))
    nxt = r.after(dt.datetime.combine(current, dt.time()), inc=False)
    return nxt.date() if nxt else None


def on_working_day(day: dt.date, calendar: WorkCalendar) -> dt.date:
    return calendar.add_working_days(day, 0)


def describe(rule: str | None) -> str:
    """Danish description: 'hver uge, 6 gange' / 'månedligt til 31.03.2027'."""
    if not rule:
        return ""
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    freq, interval = parts.get("FREQ"), int(parts.get("INTERVAL", "1"))
    if freq == "WEEKLY":
        text = "hver uge" if interval == 1 else ("hver 14. dag" if interval == 2 else f"hver {interval}. uge")
    elif freq == "MONTHLY":
        text = "månedligt" if interval == 1 else f"hver {interval}. måned"
    elif freq == "DAILY":
        text = "hver dag" if interval == 1 else f"hver {interval}. dag"
    else:
        text = rule
    if "COUNT" in parts:
        text += f", {parts['COUNT']} gange"
    elif "UNTIL" in parts:
        u = parts["UNTIL"][:8]
        text += f" til {u[6:8]}.{u[4:6]}.{u[0:4]}"
    return text
