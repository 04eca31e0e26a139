"""Pure rules for placement slots and placements (PRODUCT.md §6). No database, no Qt.

A placement occupies one seat of its slot on every day from its start to its end, both included; its
end is the day it was ended, else its planned end (with extensions). On a given day a slot is
**Lukket** when it has been closed or its "available to" date has passed, **Ledig** when fewer
placements occupy it than it has seats, otherwise **Besat**. A slot offered from a later date counts
as Ledig (it can be booked). "Days vacant" counts from the later of the day it became available and
the day after it was last full.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Interval = tuple[dt.date, dt.date]  # first and last day, both included

ONE_DAY = dt.timedelta(days=1)


def occupied_on(intervals: Iterable[Interval], day: dt.date) -> int:
    return sum(1 for start, end in intervals if start <= day <= end)


@dataclass(frozen=True)
class SeatState:
    status: str  # "ledig", "besat", "lukket"
    free: int
    occupied: int
    vacant_since: dt.date | None  # None unless Ledig
    days_vacant: int  # 0 unless Ledig


def seat_state(capacity: int, intervals: Sequence[Interval], day: dt.date, *, available_from: dt.date,
               available_to: dt.date | None = None, closed_on: dt.date | None = None) -> SeatState:
    used = occupied_on(intervals, day)
    if (closed_on is not None and closed_on <= day) or (available_to is not None and available_to < day):
        return SeatState("lukket", 0, used, None, 0)
    free = max(0, capacity - used)
    if free == 0:
        return SeatState("besat", 0, used, None, 0)
    since = vacant_since(capacity, intervals, day, available_from)
    return SeatState("ledig", free, used, since, max(0, (day - since).days))


def vacant_since(capacity: int, intervals: Sequence[Interval], day: dt.date, available_from: dt.date) -> dt.date:
    """The first day of the stretch, ending on `day`, during which at least one seat has been free."""
    last_full = last_full_day(capacity, intervals, day - ONE_DAY)
    return available_from if last_full is None else max(available_from, last_full + ONE_DAY)


def last_full_day(capacity: int, intervals: Sequence[Interval], up_to: dt.date) -> dt.date | None:
    """The latest day on or before `up_to` when every seat was occupied, or None."""
    # The occupancy only changes on a start day or the day after an end: sweep those points backwards.
    points = sorted({s for s, _ in intervals} | {e + ONE_DAY for _, e in intervals}, reverse=True)
    segment_end = up_to
    for point in points:
        if point > up_to:
            continue
        if occupied_on(intervals, point) >= capacity:
            return segment_end  # occupancy is constant on [point, segment_end]
        segment_end = point - ONE_DAY
    return None


def max_concurrent(intervals: Sequence[Interval], start: dt.date, end: dt.date) -> int:
    """The most intervals that overlap on any one day between start and end (both included)."""
    points = {start} | {s for s, _ in intervals if start <= s <= end}
    return max((occupied_on(intervals, p) for p in points), default=0)


def placement_status(start: dt.date, planned_end: dt.date, ended_on: dt.date | None, day: dt.date) -> str:
    """Planlagt before the start, Aktiv from the start to the end, Afsluttet after it."""
    end = ended_on if ended_on is not None else planned_end
    if day > end:
        return "afsluttet"
    if day < start:
        return "planlagt"
    return "aktiv"


def allowed_subsidised(employees: int, employees_per_person: int) -> int:
    """The "rimelighedskrav": one subsidised person (praktik, løntilskud) per N ordinary employees,
    and always at least one."""
    return max(1, employees // max(1, employees_per_person))


def normalise_tags(text: str | Iterable[str] | None) -> str | None:
    """'Kontor og butik,  fysisk arbejde (ikke tungt), kontor og butik' -> 'kontor og butik, fysisk
    arbejde (ikke tungt)': lower case, trimmed, no duplicates, order kept."""
    if text is None:
        return None
    parts = [p for item in ([text] if isinstance(text, str) else text) for p in item.split(",")]
    seen: dict[str, None] = {}
    for part in parts:
        tag = " ".join(part.split()).casefold()
        if tag:
            seen.setdefault(tag, None)
    return ", ".join(seen) or None


def split_tags(text: str | None) -> tuple[str, ...]:
    return tuple(t.strip() for t in (text or "").split(",") if t.strip())
