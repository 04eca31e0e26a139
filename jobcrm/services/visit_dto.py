"""Frozen data for visits and visit guides, handed to the UI, the CLI and the PDF builders."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from jobcrm.services.dto import CompanyDetail, ContactDTO, PromiseDTO
from jobcrm.services.order_dto import OrderRow
from jobcrm.services.slot_dto import PlacementDTO, SlotRow


@dataclass(frozen=True)
class GuideItemDTO:
    key: str
    kind: str  # GUIDE_ITEM_KIND: tick, text, choice, multi, number, date, aftale
    text: str
    help: str | None = None
    options: tuple[str, ...] = ()
    level: int = 0  # 1 = a sub-item (the "o" lines of the redskabsvifte)
    due: str | None = None  # aftale: default due, e.g. "+1 uge"
    promised_by: str | None = None  # aftale: default "hvem"
    purpose: str | None = None  # aftale: default promise purpose


@dataclass(frozen=True)
class GuideSectionDTO:
    key: str
    title: str
    help: str | None
    items: tuple[GuideItemDTO, ...]


@dataclass(frozen=True)
class GuideVersionDTO:
    id: uuid.UUID
    template_id: uuid.UUID
    template_key: str | None
    name: str
    version: int
    description: str | None
    sections: tuple[GuideSectionDTO, ...]
    created_at: dt.datetime
    is_current: bool = True

    def item(self, key: str) -> GuideItemDTO | None:
        return next((i for s in self.sections for i in s.items if i.key == key), None)

    def section_of(self, item_key: str) -> GuideSectionDTO | None:
        return next((s for s in self.sections if any(i.key == item_key for i in s.items)), None)


@dataclass(frozen=True)
class TemplateRow:
    id: uuid.UUID
    key: str | None
    name: str
    version: int
    version_id: uuid.UUID
    sections: int
    items: int
    active: bool
    updated_at: dt.datetime


@dataclass(frozen=True)
class VisitInput:
    """What the plan-visit form gives. Times are local wall-clock (naive) or aware."""

    company_id: uuid.UUID
    start: dt.datetime
    end: dt.datetime | None = None  # default: start + 1 hour
    consultant_id: uuid.UUID | None = None  # default: the current user
    other_consultant_ids: tuple[uuid.UUID, ...] = ()
    contact_person_id: uuid.UUID | None = None  # the main contact person
    other_person_ids: tuple[uuid.UUID, ...] = ()  # more of the company's contact persons taking part
    place: str | None = None  # default: the company's address
    visit_type: str = "foerstegang"
    template_id: uuid.UUID | None = None  # default: "Samtaleguide ved virksomhedsbesøg"
    note: str | None = None


@dataclass(frozen=True)
class VisitDTO:
    id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    company_address: str | None
    consultant_id: uuid.UUID
    consultant_initials: str
    consultant_name: str
    start_at: dt.datetime
    end_at: dt.datetime
    place: str | None
    visit_type: str
    status: str
    status_reason: str | None
    note: str | None
    contact_person_id: uuid.UUID | None
    contact_person_name: str | None
    template_id: uuid.UUID | None
    template_name: str | None
    template_version_id: uuid.UUID | None
    template_version: int | None
    guide_started_at: dt.datetime | None
    guide_saved_at: dt.datetime | None
    registered_at: dt.datetime | None
    contact_id: uuid.UUID | None
    moved_from_id: uuid.UUID | None
    other_consultants: tuple[tuple[uuid.UUID, str], ...] = ()  # (id, initials)
    other_persons: tuple[tuple[uuid.UUID, str], ...] = ()  # more contact persons taking part: (id, name)

    @property
    def contact_person_ids(self) -> tuple[uuid.UUID, ...]:
        """Every contact person of the company at the visit, the main one first."""
        main = (self.contact_person_id,) if self.contact_person_id else ()
        return main + tuple(i for i, _ in self.other_persons)

    @property
    def contact_person_names(self) -> tuple[str, ...]:
        main = (self.contact_person_name,) if self.contact_person_name else ()
        return main + tuple(n for _, n in self.other_persons)

    @property
    def guide_state(self) -> str:
        """"registreret", "i_gang" (filling started, not registered) or "ingen"."""
        if self.registered_at is not None:
            return "registreret"
        return "i_gang" if self.guide_started_at is not None else "ingen"


@dataclass(frozen=True)
class VisitRow:
    """One line of the week view or the visit list."""

    id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    city: str | None
    consultant_initials: str
    start_at: dt.datetime
    end_at: dt.datetime
    visit_type: str
    status: str
    template_name: str | None
    place: str | None
    guide_state: str  # "ingen", "i_gang", "registreret"
    other_initials: tuple[str, ...] = ()


@dataclass(frozen=True)
class VisitFilter:
    consultant_id: uuid.UUID | None = None  # main consultant or participant
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    status: str | None = None
    company_id: uuid.UUID | None = None
    descending: bool = False


@dataclass(frozen=True)
class AgreementInput:
    """One agreement in the guide form ("aftale" item or a line of the Aftaler section)."""

    id: uuid.UUID
    title: str
    item_key: str | None = None
    promised_by: str = "jobcentret"
    responsible_id: uuid.UUID | None = None  # default: the visit's consultant
    due_text: str | None = None  # "+3 arbejdsdage", "fredag", "24.11.2026" — relative to the visit day
    purpose: str = "nye_aftaler"


@dataclass(frozen=True)
class AgreementDTO:
    id: uuid.UUID
    item_key: str | None
    position: int
    title: str
    promised_by: str
    responsible_id: uuid.UUID | None
    responsible_initials: str | None
    due_text: str | None
    due_date: dt.date | None
    purpose: str
    promise_id: uuid.UUID | None


@dataclass(frozen=True)
class OutcomeInput:
    labour_need: str | None = None  # LABOUR_NEED
    labour_need_when: str | None = None
    labour_need_why: str | None = None
    schemes: tuple[str, ...] = ()  # SCHEME_PRESENTED codes
    materials: tuple[str, ...] = ()  # MATERIAL codes
    material_other: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class AutosaveResult:
    saved_at: dt.datetime
    refused: dict[str, str] = field(default_factory=dict)  # key -> Danish reason (e.g. a CPR number)
    due_dates: dict[uuid.UUID, dt.date | None] = field(default_factory=dict)  # agreement id -> resolved due


@dataclass(frozen=True)
class GuideFillDTO:
    visit: VisitDTO
    version: GuideVersionDTO
    answers: dict[str, object]  # item key (or "<section>#note" / "<section>#touched") -> value
    agreements: tuple[AgreementDTO, ...]
    outcome: OutcomeInput
    touched: dict[str, bool]  # section key -> touched

    def untouched_titles(self) -> list[str]:
        return [s.title for s in self.version.sections if not self.touched.get(s.key)]


@dataclass(frozen=True)
class RegisterResult:
    visit: VisitDTO
    contact_id: uuid.UUID
    promise_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class ChangeLine:
    """One line of "ændringer siden sidst": an item answered at the previous visit and/or now."""

    section: str
    item: str
    before: str
    after: str | None  # None when this visit has no answer yet
    state: str  # "ny", "aendret", "uaendret", "fjernet", "sidst" (answered last time, nothing yet now)


@dataclass(frozen=True)
class BriefDTO:
    """Besøgsforberedelse (PRODUCT.md §7)."""

    visit: VisitDTO
    company: CompanyDetail
    last_contacts: tuple[ContactDTO, ...]
    promises_ours: tuple[PromiseDTO, ...]  # the job centre / the citizen promised
    promises_theirs: tuple[PromiseDTO, ...]  # the company promised
    previous_visit: VisitDTO | None
    previous_fill: GuideFillDTO | None
    changes: tuple[ChangeLine, ...]
    contacts_since_previous: int
    other_visits: tuple[VisitRow, ...]  # planned visits to the same company by anyone
    open_orders: tuple[OrderRow, ...] = ()  # job orders under behandling / inaktiveret
    slots: tuple[SlotRow, ...] = ()  # the company's open placement slots, free seats as of today
    placements: tuple[PlacementDTO, ...] = ()  # forløb planned or running today
