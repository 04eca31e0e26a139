"""Promises (aftaler/opfølgninger): every agreement gets a date and an owner the moment it is made."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobcrm.domain import validation as v
from jobcrm.domain.vocab import PROMISE_SOURCE, PROMISED_BY, PURPOSE
from jobcrm.errors import NotFound, ValidationError
from jobcrm.models import Company, Consultant, Promise, PromiseReschedule
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import PromiseDTO


@dataclass(frozen=True)
class PromiseInput:
    title: str
    due_date: dt.date
    responsible_id: uuid.UUID
    company_id: uuid.UUID | None = None
    promised_by: str = "jobcentret"
    due_time: dt.time | None = None
    purpose: str = "andet"
    source_kind: str = "manuel"
    source_id: uuid.UUID | None = None
    details: str | None = None
    recurrence: str | None = None
    contact_person_id: uuid.UUID | None = None


def validate_promise(data: PromiseInput) -> dict:
    errors: dict[str, str] = {}
    title = (data.title or "").strip()
    if not title:
        errors["title"] = "Beskriv hvad der er aftalt."
    for key, text in (("title", title), ("details", data.details)):
        if key not in errors and v.looks_like_cpr(text):
            errors[key] = "Teksten ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes i JobCRM."
    if data.promised_by not in PROMISED_BY:
        errors["promised_by"] = f'"{data.promised_by}" er ikke Jobcentret, Virksomheden eller Borgeren.'
    if data.purpose not in PURPOSE:
        errors["purpose"] = f'Formål "{data.purpose}" findes ikke.'
    if data.source_kind not in PROMISE_SOURCE:
        errors["source_kind"] = f'Kilde "{data.source_kind}" findes ikke.'
    if not isinstance(data.due_date, dt.date):
        errors["due_date"] = "Frist skal være en dato."
    if errors:
        raise ValidationError(errors)
    return {
        "title": title, "details": (data.details or "").strip() or None, "promised_by": data.promised_by,
        "responsible_id": data.responsible_id, "company_id": data.company_id, "due_date": data.due_date,
        "due_time": data.due_time, "purpose": data.purpose, "source_kind": data.source_kind,
        "source_id": data.source_id, "recurrence": data.recurrence, "contact_person_id": data.contact_person_id,
        "original_due_date": data.due_date,
    }


def refresh_company_next_due(s: Session, company_id: uuid.UUID | None) -> None:
    """Keep the company's "next planned contact" (the earliest open promise) in step."""
    if company_id is None:
        return
    company = s.get(Company, company_id)
    if company is not None:
        company.next_due_date = s.scalar(
            select(func.min(Promise.due_date)).where(Promise.company_id == company_id, Promise.status == "aaben",
                                                    Promise.deleted_at.is_(None))
        )


class PromiseService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx

    def create(self, data: PromiseInput) -> PromiseDTO:
        values = validate_promise(data)
        with self._ctx.sessions.begin() as s:
            if s.get(Consultant, data.responsible_id) is None:
                raise ValidationError.single("responsible_id", "Den ansvarlige konsulent findes ikke.")
            p = Promise(status="aaben", **values)
            self._ctx.stamp_create(p)
            s.add(p)
            s.flush()
            refresh_company_next_due(s, p.company_id)
            pid = p.id
        return self.get(pid)

    def get(self, promise_id: uuid.UUID) -> PromiseDTO:
        found = self._select(Promise.id == promise_id)
        if not found:
            raise NotFound("Aftalen findes ikke.")
        return found[0]

    def open_for_company(self, company_id: uuid.UUID) -> list[PromiseDTO]:
        return self._select(Promise.company_id == company_id, Promise.status == "aaben")

    def _select(self, *conds) -> list[PromiseDTO]:
        with self._ctx.sessions() as s:
            counts = (
                select(PromiseReschedule.promise_id, func.count().label("n"))
                .group_by(PromiseReschedule.promise_id).subquery()
            )
            rows = s.execute(
                select(Promise, Company.name, Consultant.initials, counts.c.n)
                .outerjoin(Company, Company.id == Promise.company_id)
                .join(Consultant, Consultant.id == Promise.responsible_id)
                .outerjoin(counts, counts.c.promise_id == Promise.id)
                .where(*conds, Promise.deleted_at.is_(None))
                .order_by(Promise.due_date, Promise.due_time.nulls_last(), Promise.id)
            ).all()
            return [promise_dto(p, cname, initials, n or 0) for p, cname, initials, n in rows]


def promise_dto(p: Promise, company_name: str | None, initials: str, reschedules: int) -> PromiseDTO:
    return PromiseDTO(
        id=p.id, company_id=p.company_id, company_name=company_name, title=p.title, details=p.details,
        promised_by=p.promised_by, responsible_id=p.responsible_id, responsible_initials=initials,
        due_date=p.due_date, due_time=p.due_time, purpose=p.purpose, source_kind=p.source_kind, status=p.status,
        recurrence=p.recurrence, reschedule_count=reschedules, original_due_date=p.original_due_date,
        done_at=p.done_at, cancel_reason=p.cancel_reason,
    )
