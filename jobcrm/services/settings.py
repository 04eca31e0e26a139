"""Office settings kept in the database, declared once with their defaults; unknown keys are refused."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from jobcrm.domain.dates import DEFAULT_CLOSURE_DAYS, WorkCalendar
from jobcrm.models import Setting
from jobcrm.services.changes import ChangeSet
from jobcrm.services.context import ServiceContext

DEFAULTS: dict[str, Any] = {
    # Recurring office closure days as [day, month] pairs (Grundlovsdag, Juleaftensdag, Nytårsaftensdag).
    "closure_days": [list(x) for x in DEFAULT_CLOSURE_DAYS],
    # Single closure dates (ISO strings), e.g. a moving day.
    "closure_dates": [],
    # The consultant using this laptop's copy (a UUID string); local to the laptop.
    "current_consultant_id": None,
    # Show the morning digest when the app starts.
    "morning_digest": True,
    # Default follow-up interval after a contact, in working days.
    "default_followup_working_days": 3,
}


class SettingsService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx

    def get(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        with self._ctx.sessions() as s:
            row = s.scalar(select(Setting.value_json).where(Setting.key == key))
        return DEFAULTS[key] if row is None else json.loads(row)

    def set(self, key: str, value: Any) -> ChangeSet:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        payload = json.dumps(value)
        with self._ctx.sessions.begin() as s:
            row = s.scalar(select(Setting).where(Setting.key == key))
            if row is None:
                row = Setting(key=key, value_json=payload)
                self._ctx.stamp_create(row)
                s.add(row)
            else:
                row.value_json = payload
                self._ctx.stamp_update(row)
            sid = row.id
        return ChangeSet("setting", (sid,))

    def calendar(self) -> WorkCalendar:
        days = [tuple(x) for x in self.get("closure_days")]
        dates = [dt.date.fromisoformat(x) for x in self.get("closure_dates")]
        return WorkCalendar.from_settings(days, dates)
