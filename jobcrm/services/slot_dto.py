"""Frozen data for placement slots, mentors and placements, handed to the UI, the CLI and the PDF."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class SlotInput:
    """What the slot form gives: text as typed. The service validates and normalises it."""

    company_id: uuid.UUID | None
    scheme: str
    title: str
    available_from: dt.date | str | None = None  # default: today
    available_to: dt.date | str | None = None
    capacity: int | str = 1
    hours_per_week: int | str | None = None
    working_hours: str | None = None  # mødetider
    tasks: str | None = None
    opportunities: str | None = None
    qualifications: str | None = None
    special_conditions: str | None = None
    tags: str | None = None
    absence_handling: str | None = None
    what_to_bring: str | None = None
    site_address: str | None = None
    responsible_id: uuid.UUID | None = None
    mentor_ids: tuple[uuid.UUID, ...] = ()

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class SlotFilter:
    text: str = ""
    scheme: str | None = None
    tags: tuple[str, ...] = ()  # every tag must be on the slot
    municipality: str | None = None
    min_free: int = 0  # at least this many free seats today (1 = "kun ledige")
    include_closed: bool = False
    company_id: uuid.UUID | None = None
    responsible_id: uuid.UUID | None = None


@dataclass(frozen=True)
class SlotSort:
    key: str = "company"  # "company", "title", "scheme", "free", "verified", "municipality"
    descending: bool = False


@dataclass(frozen=True)
class SlotRow:
    """One line of the team's slot list, as of `on`."""

    id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    municipality: str | None
    city: str | None
    scheme: str
    title: str
    capacity: int
    free: int
    status: str  # "ledig", "besat", "lukket"
    days_vacant: int
    available_from: dt.date
    available_to: dt.date | None
    verified_on: dt.date | None
    verify_overdue: bool  # Ledig and not confirmed within the office's number of days
    tags: tuple[str, ...]
    responsible_initials: str | None
    mentor_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class MentorDTO:
    id: uuid.UUID
    name: str
    company_id: uuid.UUID | None
    company_name: str | None
    organisation: str | None
    kind: str
    title: str | None
    phone: str | None
    email: str | None
    competences: tuple[str, ...]  # vocab.MENTOR_COMPETENCE codes
    course_date: dt.date | None
    max_mentees: int
    active_mentees: int  # placements running or planned today with this mentor
    presentation: str | None
    has_photo: bool
    slot_count: int = 0

    @property
    def over_capacity(self) -> bool:
        return self.active_mentees > self.max_mentees

    @property
    def where(self) -> str:
        return self.company_name or self.organisation or ""


@dataclass(frozen=True)
class MentorInput:
    name: str
    kind: str = "kollega"
    company_id: uuid.UUID | None = None
    organisation: str | None = None
    title: str | None = None
    phone: str | None = None
    email: str | None = None
    competences: tuple[str, ...] = ()
    course_date: dt.date | str | None = None
    max_mentees: int | str = 2
    presentation: str | None = None

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class CoverageRow:
    """One competence of the mentor corps: who has it, and how many of them can take another mentee."""

    code: str
    label: str
    mentors: tuple[str, ...]
    with_room: int  # mentors with the competence and fewer mentees than their maximum

    @property
    def covered(self) -> bool:
        return bool(self.mentors)


@dataclass(frozen=True)
class ExtensionDTO:
    from_end: dt.date
    to_end: dt.date
    reason: str | None
    at: dt.datetime


@dataclass(frozen=True)
class PlacementDTO:
    id: uuid.UUID
    slot_id: uuid.UUID
    slot_title: str
    scheme: str
    company_id: uuid.UUID
    company_name: str
    candidate_ref: str | None
    candidate_note: str | None
    start_date: dt.date
    planned_end: dt.date
    original_end: dt.date
    hours_per_week: int | None
    mentor_id: uuid.UUID | None
    mentor_name: str | None
    responsible_id: uuid.UUID
    responsible_initials: str | None
    first_day_time: str | None
    meeting_point: str | None
    ask_for: str | None
    ended_on: dt.date | None
    outcome: str | None
    end_note: str | None
    status: str  # on the day asked: "planlagt", "aktiv", "afsluttet"
    extensions: tuple[ExtensionDTO, ...] = ()

    @property
    def needs_outcome(self) -> bool:
        """Its planned end has passed and nobody has registered how it ended."""
        return self.status == "afsluttet" and self.outcome is None

    @property
    def end_date(self) -> dt.date:
        return self.ended_on or self.planned_end


@dataclass(frozen=True)
class PlacementInput:
    slot_id: uuid.UUID
    candidate_ref: str
    start_date: dt.date | str
    planned_end: dt.date | str | None = None  # or weeks
    weeks: int | None = None
    hours_per_week: int | str | None = None
    mentor_id: uuid.UUID | None = None
    responsible_id: uuid.UUID | None = None  # default: the current user
    candidate_note: str | None = None
    first_day_time: str | None = None
    meeting_point: str | None = None
    ask_for: str | None = None


@dataclass(frozen=True)
class RatioCheck:
    """The "rimelighedskrav" at a company over a period: subsidised persons against ordinary staff."""

    employees: int | None
    allowed: int | None  # None when the number of employees is unknown
    concurrent: int  # the most subsidised placements at the same time, the new one included
    message: str | None  # Danish warning, or None when all is well

    @property
    def exceeded(self) -> bool:
        return self.allowed is not None and self.concurrent > self.allowed


@dataclass(frozen=True)
class SlotDetail:
    id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    company_address: str | None
    company_postal_code: str | None
    company_city: str | None
    company_municipality: str | None
    company_phone: str | None
    company_core_business: str | None
    company_working_hours: str | None
    company_absence_policy: str | None
    company_alcohol_policy: str | None
    company_employees: int | None
    scheme: str
    title: str
    tasks: str | None
    opportunities: str | None
    qualifications: str | None
    special_conditions: str | None
    hours_per_week: int | None
    working_hours: str | None
    available_from: dt.date
    available_to: dt.date | None
    capacity: int
    tags: tuple[str, ...]
    absence_handling: str | None
    what_to_bring: str | None
    site_address: str | None
    responsible_id: uuid.UUID | None
    responsible_initials: str | None
    responsible_name: str | None
    responsible_phone: str | None
    responsible_email: str | None
    verified_on: dt.date | None
    verified_by_initials: str | None
    closed_on: dt.date | None
    close_reason: str | None
    on: dt.date  # the day the status is computed for
    status: str
    free: int
    occupied: int
    days_vacant: int
    vacant_since: dt.date | None
    verify_overdue: bool
    mentors: tuple[MentorDTO, ...] = field(default_factory=tuple)
    placements: tuple[PlacementDTO, ...] = field(default_factory=tuple)
    ratio: RatioCheck | None = None

    def as_input(self) -> SlotInput:
        values = {name: getattr(self, name) for name in SlotInput.field_names() if name != "mentor_ids"}
        values["tags"] = ", ".join(self.tags) or None
        return SlotInput(**values, mentor_ids=tuple(m.id for m in self.mentors))

    @property
    def place(self) -> str:
        """Where the work is: the slot's own address, else the company's."""
        if self.site_address:
            return self.site_address
        town = " ".join(x for x in (self.company_postal_code, self.company_city) if x)
        return ", ".join(x for x in (self.company_address, town) if x)


@dataclass(frozen=True)
class StartResult:
    placement: PlacementDTO
    promise_ids: tuple[uuid.UUID, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class EndResult:
    placement: PlacementDTO
    cancelled_ids: tuple[uuid.UUID, ...]
    aftercare_ids: tuple[uuid.UUID, ...]
