"""The one source of "today" and "now" for every date rule.

`--today YYYY-MM-DD` on the command line fixes the date (for tests and demos); the time of day stays
the real one unless a fixed `now` is given too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Clock:
    fixed_today: dt.date | None = None
    fixed_now: dt.datetime | None = None  # local wall-clock time, naive

    def now(self) -> dt.datetime:
        """Local wall-clock time (naive), consistent with `today()`."""
        if self.fixed_now is not None:
            return self.fixed_now
        real = dt.datetime.now()
        if self.fixed_today is not None:
            return dt.datetime.combine(self.fixed_today, real.time())
        return real

    def today(self) -> dt.date:
        if self.fixed_now is not None:
            return self.fixed_now.date()
        return self.fixed_today or dt.date.today()

    def utcnow(self) -> dt.datetime:
        """Aware UTC timestamp for created_at/updated_at."""
        if self.fixed_today is None and self.fixed_now is None:
            return dt.datetime.now(dt.UTC)
        return self.now().astimezone(dt.UTC)
