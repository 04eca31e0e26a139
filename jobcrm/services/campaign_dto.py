"""Frozen data for campaigns, call lists, calls and campaign results (handed to the UI, the CLI, the PDF and the
XLSX export). No Qt, no ORM objects."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import asdict, dataclass, field

from jobcrm.domain.dates import format_date
from jobcrm.domain.vocab import CAMPAIGN_AGREEMENT


@dataclass(frozen=True)
class CampaignCriteria:
    """The company filter a call list is built from (seed 001 L59: "virksomheder med mellem 5-100 ansatte, som
    ikke har samarbejdet med et jobcenter indenfor det seneste år"). Empty fields do not filter."""

    employees_min: int | None = None
    employees_max: int | None = None
    industries: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    sector: str | None = None  # privat / offentlig
    no_cooperation_months: int | None = None  # "ingen samarbejde det seneste år" = 12
    not_contacted_before: bool = True  # "ikke kontaktet i kampagnen før"

    def to_json(self) -> str:
        d = asdict(self)
        d["industries"] = list(self.industries)
        d["municipalities"] = list(self.municipalities)
        return json.dumps(d, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> CampaignCriteria:
        d = json.loads(text or "{}")
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        for k in ("industries", "municipalities"):
            if k in known:
                known[k] = tuple(known[k] or ())
        return cls(**known)

    def describe(self) -> str:
        """One Danish line: "5–100 ansatte · Branche: Malerfirma, VVS · ingen samarbejde de seneste 12 mdr." """
        parts = []
        lo, hi = self.employees_min, self.employees_max
        if lo is not None and hi is not None:
            parts.append(f"{lo}–{hi} ansatte")
        elif lo is not None:
            parts.append(f"mindst {lo} ansatte")
        elif hi is not None:
            parts.append(f"højst {hi} ansatte")
        if self.industries:
            parts.append("Branche: " + ", ".join(self.industries))
        if self.municipalities:
            parts.append("Kommune: " + ", ".join(self.municipalities))
        if self.sector:
            parts.append("Sektor: " + self.sector)
        if self.no_cooperation_months:
            parts.append("ingen samarbejde det seneste år" if self.no_cooperation_months == 12
                         else f"ingen samarbejde de seneste {self.no_cooperation_months} måneder")
        if self.not_contacted_before:
            parts.append("ikke kontaktet i kampagnen før")
        return " · ".join(parts) or "alle virksomheder"


@dataclass(frozen=True)
class CampaignInput:
    name: str
    starts_on: dt.date
    ends_on: dt.date
    purpose: str | None = None
    message: str | None = None
    material: str | None = None
    template_id: uuid.UUID | None = None  # default: the seeded "Kampagnebesøg" guide
    visit_minutes: int = 60
    owner_id: uuid.UUID | None = None  # default: the current user
    previous_id: uuid.UUID | None = None
    criteria: CampaignCriteria = field(default_factory=CampaignCriteria)


@dataclass(frozen=True)
class CampaignDTO:
    id: uuid.UUID
    name: str
    purpose: str | None
    message: str | None
    material: str | None
    starts_on: dt.date
    ends_on: dt.date
    template_id: uuid.UUID | None
    template_name: str | None
    visit_minutes: int
    owner_id: uuid.UUID | None
    owner_initials: str | None
    previous_id: uuid.UUID | None
    previous_name: str | None
    criteria: CampaignCriteria
    closed: bool

    @property
    def period(self) -> str:
        return f"{format_date(self.starts_on)}–{format_date(self.ends_on)}"


@dataclass(frozen=True)
class CampaignRow:
    """A line of the campaign list, with its call-list counts."""

    id: uuid.UUID
    name: str
    starts_on: dt.date
    ends_on: dt.date
    owner_initials: str | None
    closed: bool
    on_list: int  # companies to call (not left out)
    excluded: int
    called: int  # with at least one call
    booked: int
    declined: int

    def state(self, today: dt.date) -> str:
        """"kommende", "aktiv" or "afsluttet"."""
        if self.closed or today > self.ends_on:
            return "afsluttet"
        return "kommende" if today < self.starts_on else "aktiv"


@dataclass(frozen=True)
class BuildResult:
    """What building (or extending) the call list did."""

    matching: int  # companies that matched the filter
    added: int  # put on the list to call
    excluded: dict[str, int]  # TARGET_EXCLUSION code -> companies left out (they are on the list, with the reason)
    already_on_list: int


@dataclass(frozen=True)
class TargetRow:
    """One company on the call list."""

    id: uuid.UUID
    campaign_id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    cvr: str | None
    phone: str | None
    postal_code: str | None
    city: str | None
    employees: int | None
    industry: str | None
    owner_initials: str | None
    position: int
    excluded: str | None
    excluded_detail: str | None
    included_anyway: bool
    last_outcome: str | None
    last_call_at: dt.datetime | None
    last_caller_initials: str | None
    calls: int
    call_again_on: dt.date | None
    visit_id: uuid.UUID | None

    @property
    def is_left_out(self) -> bool:
        return self.excluded is not None and not self.included_anyway

    @property
    def status(self) -> str:
        """"udeladt", "ikke_ringet" or the last call's outcome."""
        if self.is_left_out:
            return "udeladt"
        return self.last_outcome or "ikke_ringet"


@dataclass(frozen=True)
class CallInput:
    """One call from the list. `start` is local wall-clock time (naive) or aware; used with "booket"."""

    target_id: uuid.UUID
    outcome: str  # CALL_OUTCOME
    reason: str | None = None  # DECLINE_REASON, required with "takket_nej"
    note: str | None = None
    consultant_id: uuid.UUID | None = None  # booked into whose calendar (default: the caller)
    start: dt.datetime | None = None
    minutes: int | None = None  # default: the campaign's visit length
    contact_person_id: uuid.UUID | None = None
    call_again: dt.date | str | None = None  # "Ikke truffet": when (default: +N working days)
    mark_not_interested: bool = False  # "Takket nej": also mark the company "Ikke interesseret"


@dataclass(frozen=True)
class BookingWarning:
    """Something the booker should look at before booking (not an error): double booking, too little time
    between visits, booked far ahead, outside the campaign's period, a closed day, a visit already planned."""

    kind: str  # dobbeltbooking, for_taet, lang_frist, uden_for_perioden, lukkedag, virksomhed_har_besoeg
    text: str


@dataclass(frozen=True)
class CallDTO:
    id: uuid.UUID
    campaign_id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    called_at: dt.datetime
    outcome: str
    reason: str | None
    note: str | None
    caller_initials: str | None
    consultant_initials: str | None
    visit_id: uuid.UUID | None
    promise_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    lead_days: int | None


@dataclass(frozen=True)
class CallResult:
    call: CallDTO
    target: TargetRow
    visit_id: uuid.UUID | None
    warnings: tuple[BookingWarning, ...] = ()


@dataclass(frozen=True)
class BookedVisitRow:
    """A visit booked from the campaign (after any moves: the visit as it stands now)."""

    visit_id: uuid.UUID  # the visit as it stands (the end of a move chain)
    booked_visit_id: uuid.UUID  # the visit the call booked
    company_id: uuid.UUID
    company_name: str
    consultant_initials: str
    start_at: dt.datetime
    status: str  # VISIT_STATUS of the visit as it stands
    moved: bool
    agreements: dict[str, int]  # CAMPAIGN_AGREEMENT code -> places


@dataclass(frozen=True)
class ResultLine:
    """Campaign results for one consultant, or for everyone (consultant_id None). Call figures count companies
    by their latest call, attributed to whoever made it; visit figures count the visits booked into the
    consultant's calendar (as they stand after moves); agreements by the visit's consultant; promises by the
    responsible consultant."""

    consultant_id: uuid.UUID | None
    initials: str
    name: str
    calls: int = 0  # calls made
    contacted: int = 0  # reached: booked, declined or already in contact
    booked: int = 0
    declined: int = 0
    already_in_contact: int = 0
    not_reached: int = 0  # latest call "Ikke truffet – ring igen"
    wrong_number: int = 0
    visits_booked: int = 0
    visits_held: int = 0
    visits_cancelled: int = 0
    visits_moved: int = 0  # moved at least once (their present state counts in the other columns)
    visits_no_show: int = 0
    visits_planned: int = 0  # still ahead or waiting for their registration
    visits_with_agreement: int = 0
    agreements: dict[str, int] = field(default_factory=dict)  # CAMPAIGN_AGREEMENT code -> places
    promises_made: int = 0  # at the campaign's visits
    promises_kept_on_time: int = 0
    promises_done_late: int = 0
    promises_overdue: int = 0  # open and past the due date
    promises_open: int = 0  # open, not yet due

    @property
    def booking_rate(self) -> float | None:
        """Booked out of those reached (seed 000: 10,572 of 33,753 = 31 %)."""
        return round(100 * self.booked / self.contacted, 1) if self.contacted else None

    @property
    def agreements_total(self) -> int:
        return sum(self.agreements.values())

    def agreement_pct(self, kind: str | None = None) -> float | None:
        """Agreements per held visit, in per cent (seed 000 Table 3.1: 2,990 / 5,397 = 55.4 %)."""
        n = self.agreements_total if kind is None else self.agreements.get(kind, 0)
        return round(100 * n / self.visits_held, 1) if self.visits_held else None

    @property
    def kept_on_time_pct(self) -> float | None:
        """Kept on time out of the promises that have fallen due (done, late or overdue)."""
        due = self.promises_kept_on_time + self.promises_done_late + self.promises_overdue
        return round(100 * self.promises_kept_on_time / due, 1) if due else None


@dataclass(frozen=True)
class CampaignResults:
    campaign: CampaignDTO
    as_of: dt.datetime  # local time the figures were computed ("live")
    total: ResultLine
    lines: tuple[ResultLine, ...]  # per consultant, by initials
    on_list: int
    excluded: dict[str, int]  # TARGET_EXCLUSION code -> companies
    not_called: int
    lead_time_weeks: int
    booked_beyond_lead: int  # bookings further ahead than the lead time
    cancelled_beyond_lead: int  # of those, cancelled by the company

    @staticmethod
    def agreement_kinds() -> tuple[str, ...]:
        return CAMPAIGN_AGREEMENT.codes()
