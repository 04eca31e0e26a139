"""What the job-order service takes and gives: inputs as a form or the command line types them, and frozen
DTOs for the UI, the CLI and the printed order form. Never ORM objects."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, fields

from jobcrm.domain.order_rules import Completeness, StatusOffer
from jobcrm.services.changes import ChangeSet
from jobcrm.services.dto import ContactPersonDTO


@dataclass(frozen=True)
class RequirementInput:
    kind: str  # REQUIREMENT_KIND code
    text: str = ""
    priority: str | None = None  # PRIORITY code, None until the company has said
    id: uuid.UUID | None = None  # the line being edited; None for a new line


@dataclass(frozen=True)
class ReferralInput:
    candidate_ref: str  # pseudonymous: initials or the job centre's case number, never a CPR number
    sent_on: dt.date | str | None = None  # a date or what is typed ("i dag", "24.11.2026")
    consent: bool = False  # the candidate agreed to the CV being sent
    response: str = "sendt"
    responded_on: dt.date | str | None = None
    note: str | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class OrderInput:
    """An order as typed. Dates may be dates or text ("+5 arbejdsdage", "24.11.2026"); numbers may be text."""

    company_id: uuid.UUID | None
    title: str | None = None
    offer_types: tuple[str, ...] = ()
    positions: int | str | None = 1
    work_content: str | None = None
    professional_quals: str | None = None
    personal_quals: str | None = None
    physical_demands: str | None = None
    culture: str | None = None
    notes: str | None = None
    hours: tuple[str, ...] = ()
    working_times: str | None = None
    employment: str | None = None
    start_date: dt.date | str | None = None
    contact_person_id: uuid.UUID | None = None
    contact_form: str | None = None
    cvs_wanted: int | str | None = None
    cv_deadline: dt.date | str | None = None
    wish_retention: bool = False
    wish_competence: bool = False
    owner_id: uuid.UUID | None = None  # tovholder; default: the current user
    search_responsible_id: uuid.UUID | None = None
    feedback_responsible_id: uuid.UUID | None = None
    feedback_deadline: dt.date | str | None = None
    received_on: dt.date | str | None = None  # default: today
    status: str = "under_behandling"
    status_note: str | None = None
    requirements: tuple[RequirementInput, ...] = ()
    referrals: tuple[ReferralInput, ...] = ()

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class RequirementDTO:
    id: uuid.UUID
    position: int
    kind: str
    text: str
    priority: str | None


@dataclass(frozen=True)
class ReferralDTO:
    id: uuid.UUID
    candidate_ref: str
    sent_on: dt.date
    consent: bool
    response: str
    responded_on: dt.date | None
    note: str | None


@dataclass(frozen=True)
class OrderDetail:
    id: uuid.UUID | None  # None for a preview of an order not saved yet
    company_id: uuid.UUID
    company_name: str
    company_cvr: str | None
    company_address: str | None
    company_postal_code: str | None
    company_city: str | None
    company_employees: int | None
    company_phone: str | None
    contact_person: ContactPersonDTO | None
    owner_id: uuid.UUID | None
    owner_initials: str | None
    owner_name: str | None
    received_on: dt.date
    status: str
    status_note: str | None
    status_changed_on: dt.date | None
    offer_types: tuple[str, ...]
    title: str | None
    positions: int
    work_content: str | None
    professional_quals: str | None
    personal_quals: str | None
    physical_demands: str | None
    culture: str | None
    notes: str | None
    hours: tuple[str, ...]
    working_times: str | None
    employment: str | None
    start_date: dt.date | None
    contact_form: str | None
    cvs_wanted: int | None
    cv_deadline: dt.date | None
    wish_retention: bool
    wish_competence: bool
    search_responsible_id: uuid.UUID | None
    search_responsible_initials: str | None
    search_responsible_name: str | None
    feedback_responsible_id: uuid.UUID | None
    feedback_responsible_initials: str | None
    feedback_responsible_name: str | None
    feedback_deadline: dt.date | None
    feedback_promise_id: uuid.UUID | None = None
    retention_promise_id: uuid.UUID | None = None
    competence_promise_id: uuid.UUID | None = None
    requirements: tuple[RequirementDTO, ...] = ()
    referrals: tuple[ReferralDTO, ...] = ()
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def cvs_sent(self) -> int:
        return len(self.referrals)

    @property
    def hired(self) -> bool:
        return any(r.response == "ansat" for r in self.referrals)

    def as_input(self) -> OrderInput:
        """The editable fields, ready for dataclasses.replace and saving again."""
        skip = {"requirements", "referrals", "contact_person_id"}
        values = {n: getattr(self, n) for n in OrderInput.field_names() if n not in skip}
        values["company_id"] = self.company_id
        values["contact_person_id"] = self.contact_person.id if self.contact_person else None
        return OrderInput(
            **values,
            requirements=tuple(RequirementInput(r.kind, r.text, r.priority, r.id) for r in self.requirements),
            referrals=tuple(ReferralInput(r.candidate_ref, r.sent_on, r.consent, r.response, r.responded_on, r.note,
                                          r.id) for r in self.referrals),
        )


@dataclass(frozen=True)
class OrderRow:
    """One line of the order list (and of the company card's orders)."""

    id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    title: str | None
    status: str
    received_on: dt.date
    owner_initials: str | None
    search_initials: str | None
    feedback_initials: str | None
    feedback_deadline: dt.date | None
    positions: int
    cvs_wanted: int | None
    cvs_sent: int = 0
    hired: bool = False


@dataclass(frozen=True)
class OrderFilter:
    text: str = ""
    status: str | None = None  # a status code, "aabne" (under behandling + inaktiveret), or None for all
    company_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None  # tovholder
    responsible_id: uuid.UUID | None = None  # responsible for search or for feedback
    min_age_days: int | None = None  # taken at least N days ago
    max_age_days: int | None = None  # taken less than N days ago
    unfilled_days: int | None = None  # "ubesatte": open, nobody hired, taken more than N days ago
    without_responsible: bool = False  # nobody responsible for search or for feedback


@dataclass(frozen=True)
class OrderSort:
    key: str = "received"  # received, company, title, status, owner, deadline
    descending: bool = True


@dataclass(frozen=True)
class OrderSaveResult:
    order: OrderDetail
    changes: ChangeSet
    offers: tuple[StatusOffer, ...] = ()
    completeness: Completeness | None = None
    promises_created: tuple[uuid.UUID, ...] = field(default_factory=tuple)
