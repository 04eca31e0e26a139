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
    # Placement slots (PRODUCT.md §6): inbox flags for a slot vacant longer than N days, or whose
    # vacancy nobody has confirmed for N days.
    "slot_vacant_flag_days": 60,
    "slot_verify_flag_days": 30,
    # Placements: the follow-up plan made when one starts.
    "placement_contact_rule": "FREQ=WEEKLY;INTERVAL=1",  # contact while it runs (RRULE)
    "placement_evaluation_working_days": 5,  # "Evaluering før forløbets afslutning", before the end
    "placement_extension_weeks": 4,
    "placement_ending_flag_working_days": 10,  # flag a placement ending this soon without an evaluation
    "aftercare_months": 3,  # Efterværn after an ordinary hire: monthly, this many times
    # Rimelighedskrav: one subsidised person (praktik/løntilskud) per this many ordinary employees.
    "subsidy_employees_per_person": 5,
    # Campaigns: booking warnings. Meetings booked more than ~6 weeks ahead were cancelled more often
    # (seed 001 L410, L434, L443); travel time between visits (seed 000 L262-268, L1032-1034): at least this
    # many minutes between two visits, more when the postal codes differ.
    "campaign_booking_lead_weeks": 6,
    "campaign_min_gap_minutes": 30,
    "campaign_min_gap_other_postcode_minutes": 60,
    # Call lists: leave out companies called in another campaign within this many days (seed 001 L465).
    "campaign_recent_call_days": 90,
    # "Ikke truffet – ring igen": the default due date of the promise to call again, in working days.
    "campaign_call_again_working_days": 2,
    # Activity reports: period targets per consultant per month (seed 003 §5.18 "sæt evt. mål for antallet af
    # virksomhedsbesøg, jobordrer mv."), and "companies with no contact in N months".
    "report_target_visits_per_month": 8,
    "report_target_orders_per_month": 4,
    "report_no_contact_months": 6,
    # Retention (PRODUCT.md §9): personal data about a citizen (candidate reference, placement notes, referrals)
    # is purged this many months after the placement ended; the audit log is kept this many years (the
    # Danish limitation period for most claims, forældelsesloven § 3, and the bookkeeping act's 5 years).
    "retention_months": 12,
    "audit_retention_years": 5,
    # Backups (jobcrm/db/backup_files.py): the folder (None: "<database>.backups" next to the database) and how
    # many are kept — automatic copies per day and per week, manual copies, copies before each risky operation.
    "backup_dir": None,
    "backup_keep_daily": 7,
    "backup_keep_weekly": 4,
    "backup_keep_manual": 10,
    "backup_keep_before": 5,
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
