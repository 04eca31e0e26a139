"""Frozen data handed from services to the UI, the CLI and the PDF builders. Never ORM objects."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass, field, fields


def to_jsonable(value):
    """DTOs (and lists/dicts of them) as plain JSON-ready data."""
    if hasattr(value, "__dataclass_fields__"):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class TeamDTO:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class ConsultantDTO:
    id: uuid.UUID
    initials: str
    name: str
    email: str | None
    phone: str | None
    team_id: uuid.UUID | None
    team_name: str | None
    role: str
    active: bool


@dataclass(frozen=True)
class ConsultantInput:
    initials: str
    name: str
    email: str | None = None
    phone: str | None = None
    team_name: str | None = None
    role: str = "konsulent"


@dataclass(frozen=True)
class CompanyInput:
    """What a form or an import row gives: text as typed. The service validates and normalises it."""

    name: str
    cvr: str | None = None
    p_number: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    municipality: str | None = None
    phone: str | None = None
    email: str | None = None
    web: str | None = None
    industry: str | None = None
    employees: str | int | None = None
    sector: str = "privat"
    owner_id: uuid.UUID | None = None
    relationship_status: str = "ny"
    agreement_type: str | None = None
    special_notes: str | None = None
    absence_policy: str | None = None
    alcohol_policy: str | None = None
    working_hours: str | None = None
    core_business: str | None = None
    tags: str | None = None

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class CompanyRow:
    """One line of the company list."""

    id: uuid.UUID
    name: str
    cvr: str | None
    city: str | None
    postal_code: str | None
    industry: str | None
    owner_initials: str | None
    relationship_status: str
    last_contact_at: dt.datetime | None
    next_due_date: dt.date | None
    open_promises: int = 0


@dataclass(frozen=True)
class ContactPersonDTO:
    id: uuid.UUID
    company_id: uuid.UUID
    name: str
    title: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    role: str
    is_primary: bool
    active: bool


@dataclass(frozen=True)
class ContactPersonInput:
    name: str
    title: str | None = None
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None
    role: str = "andet"
    is_primary: bool = False
    active: bool = True


@dataclass(frozen=True)
class CompanyDetail:
    id: uuid.UUID
    name: str
    cvr: str | None
    p_number: str | None
    address: str | None
    postal_code: str | None
    city: str | None
    municipality: str | None
    phone: str | None
    email: str | None
    web: str | None
    industry: str | None
    employees: int | None
    sector: str
    owner_id: uuid.UUID | None
    owner_initials: str | None
    owner_name: str | None
    relationship_status: str
    agreement_type: str | None
    special_notes: str | None
    absence_policy: str | None
    alcohol_policy: str | None
    working_hours: str | None
    core_business: str | None
    tags: str | None
    last_contact_at: dt.datetime | None
    next_due_date: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    contact_persons: tuple[ContactPersonDTO, ...] = field(default_factory=tuple)
    employees_range: str | None = None  # "10–19" when the count came as an interval (employees = lower bound)

    @property
    def employees_text(self) -> str | None:
        """Antal ansatte as it should be shown and edited: the interval when there is one."""
        return self.employees_range or (str(self.employees) if self.employees is not None else None)

    def as_input(self) -> CompanyInput:
        """The editable fields, ready to be changed with dataclasses.replace and saved."""
        values = {name: getattr(self, name) for name in CompanyInput.field_names()}
        values["employees"] = self.employees_text
        return CompanyInput(**values)


@dataclass(frozen=True)
class ContactPromise:
    """A promise made in a contact (logged with it), as the contact history shows it."""

    id: uuid.UUID
    title: str
    due_date: dt.date
    status: str  # "aaben", "udfoert", "aflyst"
    promised_by: str


@dataclass(frozen=True)
class ContactDTO:
    """An entry of the contact history."""

    id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    occurred_at: dt.datetime
    channel: str
    consultant_initials: str | None
    summary: str
    purpose: str | None
    link_kind: str | None
    link_id: uuid.UUID | None
    person_names: tuple[str, ...] = ()
    promises: tuple[ContactPromise, ...] = ()  # promises made in this contact


@dataclass(frozen=True)
class RescheduleDTO:
    from_date: dt.date
    to_date: dt.date
    reason: str
    at: dt.datetime


@dataclass(frozen=True)
class PromiseDTO:
    id: uuid.UUID
    company_id: uuid.UUID | None
    company_name: str | None
    title: str
    details: str | None
    promised_by: str
    responsible_id: uuid.UUID
    responsible_initials: str
    due_date: dt.date
    due_time: dt.time | None
    purpose: str
    source_kind: str
    status: str
    recurrence: str | None
    reschedule_count: int
    original_due_date: dt.date
    done_at: dt.datetime | None = None
    cancel_reason: str | None = None


@dataclass(frozen=True)
class PromiseEventDTO:
    """One line of a promise's history: created, udsat, udført, aflyst, overdraget."""

    kind: str
    at: dt.datetime
    by_initials: str | None
    text: str


@dataclass(frozen=True)
class FlagDTO:
    """A system flag in the inbox (PRODUCT.md §4): something needs doing, with a one-click action.
    `ref_kind`/`ref_id` say what it is about (e.g. "promise" and its id); `action` names the action
    ("open_company", later "register_visit", ...)."""

    kind: str
    company_id: uuid.UUID | None
    company_name: str | None
    text: str
    due: dt.date | None
    action: str
    ref_kind: str | None = None
    ref_id: uuid.UUID | None = None


@dataclass(frozen=True)
class InboxRow:
    promise: PromiseDTO
    group: str  # "overskredet", "i_dag", "denne_uge", "senere"
    overdue_working_days: int = 0  # working days past the due date (0 when due today or later)
    flag: FlagDTO | None = None


@dataclass(frozen=True)
class InboxDTO:
    today: dt.date
    rows: tuple[InboxRow, ...]
    flags: tuple[FlagDTO, ...]  # flags that are not about a row shown above
    counts: dict[str, int]  # per group, and "flags"

    def group(self, key: str) -> list[InboxRow]:
        return [r for r in self.rows if r.group == key]


@dataclass(frozen=True)
class DigestDTO:
    overdue: int
    today: int
    flags: int
    oldest_overdue_working_days: int


@dataclass(frozen=True)
class BacklogRow:
    """One consultant's line in the team backlog (PRODUCT.md §4)."""

    consultant_id: uuid.UUID
    initials: str
    name: str
    open: int
    overdue: int
    overdue_over_7: int
    oldest_overdue_days: int | None
    due_this_week: int
    done_last_30: int
    kept_on_time_pct: float | None  # None when nothing was done in the last 90 days
    done_last_90: int = 0


@dataclass(frozen=True)
class WeekCount:
    week_start: dt.date
    week: int
    count: int
