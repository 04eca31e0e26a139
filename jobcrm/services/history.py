"""The contact history (Kontakter): logging contacts and reading a company's timeline page by page."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import and_, func, insert, or_, select
from sqlalchemy.orm import Session

from jobcrm.domain import validation as v
from jobcrm.domain.vocab import CHANNEL, PURPOSE
from jobcrm.errors import NotFound, ValidationError
from jobcrm.models import Company, Consultant, Contact, ContactPerson, Promise, contact_participant
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import ContactDTO, ContactPromise


def validate_contact(channel: str, summary: str, purpose: str | None = None) -> dict:
    """Cleaned values of a contact, or ValidationError naming every bad field (Danish)."""
    errors = {}
    code = channel if channel in CHANNEL else CHANNEL.lookup(channel)
    if code is None:
        errors["channel"] = f'Kanal "{channel}" findes ikke. Vælg en af: {", ".join(t.da for t in CHANNEL)}.'
    if purpose is not None and purpose not in PURPOSE:
        errors["purpose"] = f'Formål "{purpose}" findes ikke.'
    summary = (summary or "").strip()
    if not summary:
        errors["summary"] = "Referat skal udfyldes."
    elif v.looks_like_cpr(summary):
        errors["summary"] = ("Referat ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes i "
                             "JobCRM — brug en pseudonym reference.")
    if errors:
        raise ValidationError(errors)
    return {"channel": code, "summary": summary, "purpose": purpose}


def insert_contact(s: Session, ctx: ServiceContext, company_id: uuid.UUID, values: dict, *,
                   occurred_at: dt.datetime | None = None, consultant_id: uuid.UUID | None = None,
                   person_ids: tuple[uuid.UUID, ...] = (), link_kind: str | None = None,
                   link_id: uuid.UUID | None = None) -> uuid.UUID:
    """Add a validated contact inside the caller's transaction; keeps the company's last contact in step."""
    when = occurred_at or ctx.clock.utcnow()
    if when.tzinfo is None:
        when = when.astimezone(dt.UTC)  # local wall-clock time as typed
    company = s.get(Company, company_id)
    if company is None or company.deleted_at is not None:
        raise NotFound("Virksomheden findes ikke.")
    if person_ids:
        found = set(s.scalars(select(ContactPerson.id).where(ContactPerson.id.in_(person_ids),
                                                             ContactPerson.company_id == company_id)))
        if found != set(person_ids):
            raise ValidationError.single("person_ids", "Kontaktpersonen hører ikke til virksomheden.")
    entry = Contact(company_id=company_id, consultant_id=consultant_id or ctx.actor.id, occurred_at=when,
                    link_kind=link_kind, link_id=link_id, **values)
    ctx.stamp_create(entry)
    s.add(entry)
    s.flush()
    if person_ids:
        s.execute(insert(contact_participant), [{"contact_id": entry.id, "person_id": p} for p in person_ids])
    if company.last_contact_at is None or company.last_contact_at < when:
        company.last_contact_at = when
    return entry.id


class HistoryService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx

    def log(self, company_id: uuid.UUID, channel: str, summary: str, *, occurred_at: dt.datetime | None = None,
            consultant_id: uuid.UUID | None = None, person_ids: tuple[uuid.UUID, ...] = (),
            purpose: str | None = None, link_kind: str | None = None,
            link_id: uuid.UUID | None = None) -> ContactDTO:
        values = validate_contact(channel, summary, purpose)
        with self._ctx.sessions.begin() as s:
            entry_id = insert_contact(s, self._ctx, company_id, values, occurred_at=occurred_at,
                                      consultant_id=consultant_id, person_ids=person_ids, link_kind=link_kind,
                                      link_id=link_id)
        return self.get(entry_id)

    def get(self, contact_id: uuid.UUID) -> ContactDTO:
        page = self._query(select_where=Contact.id == contact_id, limit=1)
        if not page:
            raise NotFound("Kontakten findes ikke.")
        return page[0]

    def timeline(self, company_id: uuid.UUID, *, before: tuple[dt.datetime, uuid.UUID] | None = None,
                 limit: int = 50, channel: str | None = None,
                 consultant_id: uuid.UUID | None = None) -> list[ContactDTO]:
        """Newest first, keyset-paged: pass the last entry's (occurred_at, id) as `before` for the next page."""
        cond = [Contact.company_id == company_id]
        if before is not None:
            at, last_id = before
            cond.append(or_(Contact.occurred_at < at, and_(Contact.occurred_at == at, Contact.id < last_id)))
        if channel:
            cond.append(Contact.channel == channel)
        if consultant_id:
            cond.append(Contact.consultant_id == consultant_id)
        return self._query(select_where=and_(*cond), limit=limit)

    def linked(self, link_kind: str, link_id: uuid.UUID, limit: int = 200) -> list[ContactDTO]:
        """The contacts linked to one item (e.g. a placement), newest first."""
        return self._query(select_where=and_(Contact.link_kind == link_kind, Contact.link_id == link_id),
                           limit=limit)
    def count(self, company_id: uuid.UUID, *, channel: str | None = None,
              consultant_id: uuid.UUID | None = None) -> int:
        """How many entries the company's history has (with the same filters as `timeline`)."""
        cond = [Contact.company_id == company_id, Contact.deleted_at.is_(None)]
        if channel:
            cond.append(Contact.channel == channel)
        if consultant_id:
            cond.append(Contact.consultant_id == consultant_id)
        with self._ctx.sessions() as s:
            return s.scalar(select(func.count()).select_from(Contact).where(*cond))

    def _query(self, select_where, limit: int) -> list[ContactDTO]:
        with self._ctx.sessions() as s:
            rows = s.execute(
                select(Contact, Company.name, Consultant.initials)
                .join(Company, Company.id == Contact.company_id)
                .outerjoin(Consultant, Consultant.id == Contact.consultant_id)
                .where(select_where, Contact.deleted_at.is_(None))
                .order_by(Contact.occurred_at.desc(), Contact.id.desc())
                .limit(limit)
            ).all()
            ids = [r[0].id for r in rows]
            names: dict[uuid.UUID, list[str]] = {}
            if ids:
                for cid, pname in s.execute(
                    select(contact_participant.c.contact_id, ContactPerson.name)
                    .join(ContactPerson, ContactPerson.id == contact_participant.c.person_id)
                    .where(contact_participant.c.contact_id.in_(ids))
                ):
                    names.setdefault(cid, []).append(pname)
            promises: dict[uuid.UUID, list[ContactPromise]] = {}
            if ids:
                for p in s.scalars(
                    select(Promise).where(Promise.source_kind == "kontakt", Promise.source_id.in_(ids),
                                          Promise.deleted_at.is_(None)).order_by(Promise.due_date)
                ):
                    promises.setdefault(p.source_id, []).append(
                        ContactPromise(p.id, p.title, p.due_date, p.status, p.promised_by))
            return [
                ContactDTO(id=c.id, company_id=c.company_id, company_name=cname, occurred_at=c.occurred_at,
                           channel=c.channel, consultant_initials=initials, summary=c.summary, purpose=c.purpose,
                           link_kind=c.link_kind, link_id=c.link_id, person_names=tuple(names.get(c.id, ())),
                           promises=tuple(promises.get(c.id, ())))
                for c, cname, initials in rows
            ]
