"""Promises (aftaler/opfølgninger): every agreement gets a date and an owner the moment it is made."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import namedtuple
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Bundle, Session

from jobcrm.domain import recurrence as rec
from jobcrm.domain import validation as v
from jobcrm.domain.dates import DateParseError, WorkCalendar, format_date, parse_date
from jobcrm.domain.vocab import PROMISE_SOURCE, PROMISED_BY, PURPOSE
from jobcrm.errors import NotFound, ValidationError
from jobcrm.ids import uuid7
from jobcrm.models import Company, Consultant, Promise, PromiseEvent, PromiseReschedule
from jobcrm.services.changes import ChangeSet
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import PromiseDTO, PromiseEventDTO


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
    recurrence = None
    try:
        recurrence = rec.validate_rule(data.recurrence)
    except rec.RecurrenceError as e:
        errors["recurrence"] = str(e)
    until = rec.until(recurrence) if recurrence else None
    if until is not None and isinstance(data.due_date, dt.date) and until < data.due_date:
        errors["recurrence"] = (f"Gentagelsen slutter {format_date(until)}, før fristen "
                                f"{format_date(data.due_date)}. Vælg en senere slutdato.")
    if errors:
        raise ValidationError(errors)
    return {
        "title": title, "details": (data.details or "").strip() or None, "promised_by": data.promised_by,
        "responsible_id": data.responsible_id, "company_id": data.company_id, "due_date": data.due_date,
        "due_time": data.due_time, "purpose": data.purpose, "source_kind": data.source_kind,
        "source_id": data.source_id, "recurrence": recurrence, "contact_person_id": data.contact_person_id,
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
    def __init__(self, ctx: ServiceContext, calendar: Callable[[], WorkCalendar] = WorkCalendar):
        self._ctx = ctx
        self._calendar = calendar  # the office calendar (settings.calendar), read per action

    def create(self, data: PromiseInput) -> PromiseDTO:
        with self._ctx.sessions.begin() as s:
            pid = self.create_in(s, data)
        return self.get(pid)

    def create_in(self, s: Session, data: PromiseInput) -> uuid.UUID:
        """The same as create(), inside the caller's transaction (a visit registered together with the
        promises made at it, a placement and its follow-up plan: all or nothing)."""
        values = validate_promise(data)
        if s.get(Consultant, data.responsible_id) is None:
            raise ValidationError.single("responsible_id", "Den ansvarlige konsulent findes ikke.")
        p = Promise(status="aaben", **values)
        if p.recurrence:
            p.series_id = uuid7()
        self._ctx.stamp_create(p)
        s.add(p)
        s.flush()
        refresh_company_next_due(s, p.company_id)
        return p.id

    # --- dates ---------------------------------------------------------------------------------
    def resolve_date(self, value: dt.date | str, field: str = "due_date") -> dt.date:
        """A date, or what a consultant types ("+3 arbejdsdage", "fredag", "24.11.2026"), resolved
        with the office calendar relative to today."""
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(str(value), self._ctx.clock.today(), self._calendar())
        except DateParseError as e:
            raise ValidationError.single(field, str(e)) from None

    # --- actions (each one session, returns what changed) --------------------------------------
    def done(self, promise_id: uuid.UUID, note: str | None = None) -> ChangeSet:
        """Udført. A recurring promise gets its next occurrence in the same series."""
        with self._ctx.sessions.begin() as s:
            p = self._open(s, promise_id)
            self._close_done(s, p, note)
            created = self._next_in_series(s, p)
            refresh_company_next_due(s, p.company_id)
            return self._changes(p, *([created] if created else []))

    def done_and_next(self, promise_id: uuid.UUID, next_due: dt.date | str, title: str | None = None,
                      note: str | None = None, recurrence: str | None = None) -> ChangeSet:
        """Udført og planlæg næste: done, and a follow-up promise with the same company and owner (which may
        repeat: `recurrence` is an RRULE as for create)."""
        due = self.resolve_date(next_due, "next_due")
        if due < self._ctx.clock.today():
            raise ValidationError.single("next_due", "Den næste opfølgning kan ikke ligge før i dag.")
        with self._ctx.sessions.begin() as s:
            p = self._open(s, promise_id)
            self._close_done(s, p, note)
            series = self._next_in_series(s, p)
            data = PromiseInput(
                title=(title or "").strip() or p.title, due_date=due, responsible_id=p.responsible_id,
                company_id=p.company_id, promised_by=p.promised_by, purpose=p.purpose, source_kind=p.source_kind,
                source_id=p.source_id, contact_person_id=p.contact_person_id, recurrence=recurrence,
            )
            nxt = Promise(status="aaben", **validate_promise(data))
            if nxt.recurrence:
                nxt.series_id = uuid7()
            self._ctx.stamp_create(nxt)
            s.add(nxt)
            s.flush()
            refresh_company_next_due(s, p.company_id)
            return self._changes(p, *(x for x in (series, nxt.id) if x))

    def reschedule(self, promise_id: uuid.UUID, to: dt.date | str, reason: str) -> ChangeSet:
        """Udsæt: move the due date; the reason is required and the move is kept forever."""
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError.single("reason", "Skriv hvorfor aftalen udsættes.")
        if v.looks_like_cpr(reason):
            raise ValidationError.single("reason", "Begrundelsen ser ud til at indeholde et CPR-nummer.")
        new_date = self.resolve_date(to, "to")
        if new_date < self._ctx.clock.today():
            raise ValidationError.single("to", "En aftale kan ikke udsættes til en dato, der er passeret.")
        with self._ctx.sessions.begin() as s:
            p = self._open(s, promise_id)
            if new_date == p.due_date:
                raise ValidationError.single("to", f"Aftalen har allerede frist {format_date(new_date)}.")
            r = PromiseReschedule(promise_id=p.id, from_date=p.due_date, to_date=new_date, reason=reason)
            self._ctx.stamp_create(r)
            s.add(r)
            p.due_date = new_date
            self._ctx.stamp_update(p)
            refresh_company_next_due(s, p.company_id)
            return self._changes(p)

    def cancel(self, promise_id: uuid.UUID, reason: str) -> ChangeSet:
        """Aflys, with a required reason. A recurring series ends here."""
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError.single("reason", "Skriv hvorfor aftalen aflyses.")
        if v.looks_like_cpr(reason):
            raise ValidationError.single("reason", "Begrundelsen ser ud til at indeholde et CPR-nummer.")
        with self._ctx.sessions.begin() as s:
            p = self._open(s, promise_id)
            p.status = "aflyst"
            p.cancel_reason = reason
            p.cancelled_at = self._ctx.clock.utcnow()
            self._ctx.stamp_update(p)
            self._event(s, p, "aflyst", note=reason)
            refresh_company_next_due(s, p.company_id)
            return self._changes(p)

    def reassign(self, promise_ids, to_consultant_id: uuid.UUID, note: str | None = None) -> ChangeSet:
        """Overdrag open promises to another consultant; each hand-over is logged."""
        ids = tuple(dict.fromkeys(promise_ids))
        if not ids:
            raise ValidationError.single("ids", "Vælg mindst én aftale at overdrage.")
        with self._ctx.sessions.begin() as s:
            target = s.get(Consultant, to_consultant_id)
            if target is None or target.deleted_at is not None or not target.active:
                raise ValidationError.single("to", "Konsulenten, der skal overtage, findes ikke.")
            moved = []
            for pid in ids:
                p = self._open(s, pid)
                if p.responsible_id == target.id:
                    continue
                self._event(s, p, "overdraget", note=(note or "").strip() or None, frm=p.responsible_id,
                            to=target.id)
                p.responsible_id = target.id
                self._ctx.stamp_update(p)
                moved.append(p.id)
            return ChangeSet("promise", tuple(moved), "update")

    def history(self, promise_id: uuid.UUID) -> list[PromiseEventDTO]:
        """Everything that happened to the promise, oldest first (with Danish texts)."""
        with self._ctx.sessions() as s:
            p = s.get(Promise, promise_id)
            if p is None:
                raise NotFound("Aftalen findes ikke.")
            initials = dict(s.execute(select(Consultant.id, Consultant.initials)).all())
            out = [PromiseEventDTO("oprettet", p.created_at, initials.get(p.created_by),
                                   f"Oprettet med frist {format_date(p.original_due_date)}")]
            for r in s.scalars(select(PromiseReschedule).where(PromiseReschedule.promise_id == p.id)):
                out.append(PromiseEventDTO("udsat", r.created_at, initials.get(r.created_by),
                                           f"Udsat fra {format_date(r.from_date)} til {format_date(r.to_date)}: "
                                           f"{r.reason}"))
            for e in s.scalars(select(PromiseEvent).where(PromiseEvent.promise_id == p.id)):
                if e.kind == "overdraget":
                    text = f"Overdraget fra {initials.get(e.from_consultant_id, '?')} til " \
                           f"{initials.get(e.to_consultant_id, '?')}"
                else:
                    text = {"udfoert": "Udført", "aflyst": "Aflyst"}.get(e.kind, e.kind)
                if e.note:
                    text += f": {e.note}"
                out.append(PromiseEventDTO(e.kind, e.created_at, initials.get(e.created_by), text))
            return sorted(out, key=lambda x: x.at)

    # --- helpers -------------------------------------------------------------------------------
    def _open(self, s: Session, promise_id: uuid.UUID) -> Promise:
        p = s.get(Promise, promise_id)
        if p is None or p.deleted_at is not None:
            raise NotFound("Aftalen findes ikke.")
        if p.status != "aaben":
            word = "udført" if p.status == "udfoert" else "aflyst"
            raise ValidationError.single("status", f'Aftalen "{p.title}" er allerede {word}.')
        return p

    def _close_done(self, s: Session, p: Promise, note: str | None) -> None:
        p.status = "udfoert"
        p.done_at = self._ctx.clock.utcnow()
        p.done_by = self._ctx.actor.id
        self._ctx.stamp_update(p)
        self._event(s, p, "udfoert", note=(note or "").strip() or None)

    def _event(self, s: Session, p: Promise, kind: str, note: str | None = None, frm=None, to=None) -> None:
        e = PromiseEvent(promise_id=p.id, kind=kind, note=note, from_consultant_id=frm, to_consultant_id=to)
        self._ctx.stamp_create(e)
        s.add(e)

    def _next_in_series(self, s: Session, p: Promise) -> uuid.UUID | None:
        if not p.recurrence:
            return None
        series = p.series_id or p.id
        p.series_id = series
        start = s.scalar(select(func.min(Promise.original_due_date)).where(Promise.series_id == series))
        agreed = rec.next_occurrence(p.recurrence, min(start or p.original_due_date, p.original_due_date),
                                     p.original_due_date)
        if agreed is None:
            return None
        nxt = Promise(
            company_id=p.company_id, title=p.title, details=p.details, promised_by=p.promised_by,
            responsible_id=p.responsible_id, due_date=rec.on_working_day(agreed, self._calendar()),
            due_time=p.due_time, purpose=p.purpose, source_kind=p.source_kind, source_id=p.source_id,
            contact_person_id=p.contact_person_id, status="aaben", recurrence=p.recurrence, series_id=series,
            original_due_date=agreed,
        )
        self._ctx.stamp_create(nxt)
        s.add(nxt)
        s.flush()
        return nxt.id

    @staticmethod
    def _changes(p: Promise, *created: uuid.UUID) -> ChangeSet:
        related = []
        if created:
            related.append(ChangeSet("promise", tuple(created), "create"))
        if p.company_id:
            related.append(ChangeSet("company", (p.company_id,), "update"))
        return ChangeSet("promise", (p.id,), "update", tuple(related))

    # --- inside the caller's transaction ------------------------------------------------------
    # For features whose own rows and promises must be saved together (a placement and its follow-up
    # plan): the same rules as create/reschedule/cancel, in the session `s` the caller has begun.
    def reschedule_in(self, s: Session, promise_id: uuid.UUID, new_date: dt.date, reason: str) -> None:
        p = self._open(s, promise_id)
        if new_date == p.due_date:
            return
        r = PromiseReschedule(promise_id=p.id, from_date=p.due_date, to_date=new_date, reason=reason)
        self._ctx.stamp_create(r)
        s.add(r)
        p.due_date = new_date
        self._ctx.stamp_update(p)
        refresh_company_next_due(s, p.company_id)

    def cancel_in(self, s: Session, promise_id: uuid.UUID, reason: str) -> None:
        p = self._open(s, promise_id)
        p.status = "aflyst"
        p.cancel_reason = reason
        p.cancelled_at = self._ctx.clock.utcnow()
        self._ctx.stamp_update(p)
        self._event(s, p, "aflyst", note=reason)
        refresh_company_next_due(s, p.company_id)

    def reassign_in(self, s: Session, promise_id: uuid.UUID, to_consultant_id: uuid.UUID,
                    note: str | None = None) -> None:
        """Overdrag one open promise inside the caller's transaction; the hand-over is logged."""
        target = s.get(Consultant, to_consultant_id)
        if target is None or target.deleted_at is not None:
            raise ValidationError.single("to", "Konsulenten, der skal overtage, findes ikke.")
        p = self._open(s, promise_id)
        if p.responsible_id == target.id:
            return
        self._event(s, p, "overdraget", note=(note or "").strip() or None, frm=p.responsible_id, to=target.id)
        p.responsible_id = target.id
        self._ctx.stamp_update(p)

    def set_recurrence_in(self, s: Session, promise_id: uuid.UUID, rule: str | None) -> None:
        """Change an open occurrence's rule (e.g. a longer UNTIL); the series continues from it."""
        p = self._open(s, promise_id)
        p.recurrence = rec.validate_rule(rule)
        self._ctx.stamp_update(p)

    # --- reading -------------------------------------------------------------------------------
    def get(self, promise_id: uuid.UUID) -> PromiseDTO:
        found = self._select(Promise.id == promise_id)
        if not found:
            raise NotFound("Aftalen findes ikke.")
        return found[0]

    def for_source(self, source_kind: str, source_id: uuid.UUID) -> list[PromiseDTO]:
        """Every promise made from one item (e.g. a placement's follow-up plan), by due date."""
        return self._select(Promise.source_kind == source_kind, Promise.source_id == source_id)

    def open_for_company(self, company_id: uuid.UUID) -> list[PromiseDTO]:
        return self._select(Promise.company_id == company_id, Promise.status == "aaben")

    def _select(self, *conds) -> list[PromiseDTO]:
        with self._ctx.sessions() as s:
            return [promise_row_dto(r) for r in s.execute(promise_list_query().where(*conds))]


def reschedule_count():
    return (select(func.count()).where(PromiseReschedule.promise_id == Promise.id)
            .correlate(Promise).scalar_subquery())


@lru_cache(maxsize=8)
def _row_type(labels: tuple[str, ...]):
    return namedtuple("PromiseColumns", labels)


class _PromiseColumns(Bundle):
    """The columns a PromiseDTO needs, read as a plain named tuple: no ORM entity, identity map or unused
    columns (the inbox reads ~2,000 of them for a busy consultant)."""

    def create_row_processor(self, query, procs, labels):
        make = _row_type(tuple(labels))._make

        def proc(row):
            return make([p(row) for p in procs])
        return proc


_DTO_COLUMNS = _PromiseColumns(
    "promise", Promise.id, Promise.company_id, Promise.title, Promise.details, Promise.promised_by,
    Promise.responsible_id, Promise.due_date, Promise.due_time, Promise.purpose, Promise.source_kind,
    Promise.status, Promise.recurrence, Promise.original_due_date, Promise.done_at, Promise.cancel_reason,
)


def promise_rows_query():
    """Promise (its DTO columns, read-only), company name, responsible initials and the number of
    reschedules; live rows only."""
    return (
        select(_DTO_COLUMNS, Company.name, Consultant.initials, reschedule_count())
        .outerjoin(Company, Company.id == Promise.company_id)
        .join(Consultant, Consultant.id == Promise.responsible_id)
        .where(Promise.deleted_at.is_(None))
        .order_by(Promise.due_date, Promise.due_time.nulls_last(), Promise.id)
    )


def promise_dto(p: Promise, company_name: str | None, initials: str, reschedules: int) -> PromiseDTO:
    return PromiseDTO(
        id=p.id, company_id=p.company_id, company_name=company_name, title=p.title, details=p.details,
        promised_by=p.promised_by, responsible_id=p.responsible_id, responsible_initials=initials,
        due_date=p.due_date, due_time=p.due_time, purpose=p.purpose, source_kind=p.source_kind, status=p.status,
        recurrence=p.recurrence, reschedule_count=reschedules, original_due_date=p.original_due_date,
        done_at=p.done_at, cancel_reason=p.cancel_reason,
    )


def promise_list_query():
    """Like promise_rows_query, but plain columns named as PromiseDTO's fields, for lists of thousands of rows
    (the inbox, the drill-down): no ORM objects are built, which is most of the time for 2,000 promises."""
    return (
        select(Promise.id, Promise.company_id, Company.name.label("company_name"), Promise.title, Promise.details,
               Promise.promised_by, Promise.responsible_id, Consultant.initials.label("responsible_initials"),
               Promise.due_date, Promise.due_time, Promise.purpose, Promise.source_kind, Promise.status,
               Promise.recurrence, reschedule_count().label("reschedule_count"), Promise.original_due_date,
               Promise.done_at, Promise.cancel_reason)
        .outerjoin(Company, Company.id == Promise.company_id)
        .join(Consultant, Consultant.id == Promise.responsible_id)
        .where(Promise.deleted_at.is_(None))
        .order_by(Promise.due_date, Promise.due_time.nulls_last(), Promise.id)
    )


def promise_row_dto(row) -> PromiseDTO:
    """A PromiseDTO from a promise_list_query row (its columns are PromiseDTO's fields, in order; a test keeps
    them in step). Positional, because building thousands of rows by name costs more than the query."""
    return PromiseDTO(*row)
