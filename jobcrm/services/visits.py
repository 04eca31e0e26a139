"""Besøg (visits): planning, editing and status changes with validation; the week view and the visit list
(paged in SQL); the inbox flag "Besøg mangler registrering"; planned visits for the calendar export; and
the visit brief ("Besøgsforberedelse") with "ændringer siden sidst".
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from jobcrm.domain import validation as v
from jobcrm.domain.dates import format_date
from jobcrm.domain.vocab import (
    LABOUR_NEED,
    MATERIAL,
    SCHEME_PRESENTED,
    VISIT_STATUS,
    VISIT_STATUS_NEEDS_REASON,
    VISIT_TYPE,
)
from jobcrm.errors import NotFound, ValidationError
from jobcrm.models import (
    Company,
    Consultant,
    Contact,
    ContactPerson,
    GuideTemplate,
    GuideTemplateVersion,
    Visit,
    VisitParticipant,
)
from jobcrm.services.changes import ChangeSet
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import FlagDTO
from jobcrm.services.guides import NOTE, GuideService, answer_text, is_answered
from jobcrm.services.order_dto import OrderFilter
from jobcrm.services.slot_dto import SlotFilter
from jobcrm.services.visit_dto import (
    BriefDTO,
    ChangeLine,
    GuideFillDTO,
    VisitDTO,
    VisitFilter,
    VisitInput,
    VisitRow,
)

MAX_VISIT_HOURS = 12
BRIEF_LIMIT = 30  # open orders, slots and running placements shown in the brief (each)
FLAG_TEXT = "Besøg mangler registrering"


def to_utc(moment: dt.datetime) -> dt.datetime:
    """Local wall-clock time as typed (naive) or an aware time → aware UTC."""
    return moment.astimezone(dt.UTC)


def local_day_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[first 00:00, the day after last 00:00) in local time, as aware UTC."""
    start = dt.datetime.combine(first, dt.time()).astimezone(dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time()).astimezone(dt.UTC)
    return start, end


def _address(c: Company) -> str | None:
    town = " ".join(x for x in (c.postal_code, c.city) if x)
    return ", ".join(x for x in (c.address, town) if x) or None


def visit_dtos(s: Session, visits: list[Visit]) -> list[VisitDTO]:
    """VisitDTOs for ORM visits, with the names they show, in a handful of queries."""
    if not visits:
        return []
    companies = {c.id: c for c in s.scalars(select(Company).where(Company.id.in_({x.company_id for x in visits})))}
    cons_ids = {x.consultant_id for x in visits}
    parts: dict[uuid.UUID, list[uuid.UUID]] = {}
    person_parts: dict[uuid.UUID, list[uuid.UUID]] = {}
    for p in s.scalars(select(VisitParticipant).where(VisitParticipant.visit_id.in_([x.id for x in visits]),
                                                      VisitParticipant.deleted_at.is_(None))
                       .order_by(VisitParticipant.created_at, VisitParticipant.id)):
        if p.consultant_id is not None:
            parts.setdefault(p.visit_id, []).append(p.consultant_id)
            cons_ids.add(p.consultant_id)
        elif p.person_id is not None:
            person_parts.setdefault(p.visit_id, []).append(p.person_id)
    consultants = {c.id: c for c in s.scalars(select(Consultant).where(Consultant.id.in_(cons_ids)))}
    person_ids = {x.contact_person_id for x in visits if x.contact_person_id}
    person_ids |= {pid for ids in person_parts.values() for pid in ids}
    persons = dict(s.execute(select(ContactPerson.id, ContactPerson.name).where(ContactPerson.id.in_(person_ids))
                             ).all()) if person_ids else {}
    template_ids = {x.template_id for x in visits if x.template_id}
    templates = dict(s.execute(select(GuideTemplate.id, GuideTemplate.name).where(
        GuideTemplate.id.in_(template_ids))).all()) if template_ids else {}
    version_ids = {x.template_version_id for x in visits if x.template_version_id}
    versions = {r.id: r for r in s.execute(select(GuideTemplateVersion.id, GuideTemplateVersion.version,
                                                  GuideTemplateVersion.name).where(
        GuideTemplateVersion.id.in_(version_ids)))} if version_ids else {}
    out = []
    for x in visits:
        c = companies[x.company_id]
        cons = consultants[x.consultant_id]
        ver = versions.get(x.template_version_id)
        out.append(VisitDTO(
            id=x.id, company_id=x.company_id, company_name=c.name, company_address=_address(c),
            consultant_id=x.consultant_id, consultant_initials=cons.initials, consultant_name=cons.name,
            start_at=x.start_at, end_at=x.end_at, place=x.place, visit_type=x.visit_type, status=x.status,
            status_reason=x.status_reason, note=x.note, contact_person_id=x.contact_person_id,
            contact_person_name=persons.get(x.contact_person_id),
            template_id=x.template_id, template_name=ver.name if ver else templates.get(x.template_id),
            template_version_id=x.template_version_id, template_version=ver.version if ver else None,
            guide_started_at=x.guide_started_at, guide_saved_at=x.guide_saved_at, registered_at=x.registered_at,
            contact_id=x.contact_id, moved_from_id=x.moved_from_id,
            other_consultants=tuple((cid, consultants[cid].initials) for cid in parts.get(x.id, ())),
            other_persons=tuple((pid, persons.get(pid, "")) for pid in person_parts.get(x.id, ())
                                if pid != x.contact_person_id),
        ))
    return out


def _filter_conditions(f: VisitFilter) -> list:
    cond = [Visit.deleted_at.is_(None)]
    if f.consultant_id is not None:
        cond.append(or_(Visit.consultant_id == f.consultant_id, Visit.id.in_(
            select(VisitParticipant.visit_id).where(VisitParticipant.consultant_id == f.consultant_id,
                                                    VisitParticipant.deleted_at.is_(None)))))
    if f.date_from is not None or f.date_to is not None:
        start, end = local_day_bounds(f.date_from or dt.date(1900, 1, 1), f.date_to or dt.date(2999, 12, 30))
        if f.date_from is not None:
            cond.append(Visit.start_at >= start)
        if f.date_to is not None:
            cond.append(Visit.start_at < end)
    if f.status:
        cond.append(Visit.status == f.status)
    if f.company_id is not None:
        cond.append(Visit.company_id == f.company_id)
    return cond


class VisitService:
    def __init__(self, ctx: ServiceContext, guides: GuideService, companies, history, promises):
        self._ctx = ctx
        self._guides = guides
        self._companies = companies
        self._history = history
        self._promises = promises
        self._orders = self._slots = self._placements = None  # attached by the registry (attach_work)

    def attach_work(self, orders, slots, placements) -> None:
        """The order, slot and placement services, for the brief's "åbne jobordrer, pladser og forløb"
        (they are built after this service in the registry)."""
        self._orders, self._slots, self._placements = orders, slots, placements

    def _company_work(self, company_id: uuid.UUID) -> dict:
        """Open job orders, open slots (free seats as of today) and planned or running placements."""
        work: dict = {}
        if self._orders is not None:
            work["open_orders"] = tuple(self._orders.page(0, BRIEF_LIMIT, OrderFilter(company_id=company_id,
                                                                                      status="aabne")))
        if self._slots is not None:
            work["slots"] = tuple(self._slots.page(0, BRIEF_LIMIT, SlotFilter(company_id=company_id)))
        if self._placements is not None:
            work["placements"] = tuple(sorted(
                self._placements.list(active=True, company_id=company_id, limit=BRIEF_LIMIT),
                key=lambda p: (p.start_date, p.candidate_ref or "")))
        return work

    # --- planning ------------------------------------------------------------------------------
    def _validate(self, s: Session, data: VisitInput) -> tuple[dict, tuple[tuple[uuid.UUID, ...], ...]]:
        """The visit's column values, and (other consultants, other contact persons) for the participants."""
        errors: dict[str, str] = {}
        company = s.get(Company, data.company_id) if data.company_id else None
        if company is None or company.deleted_at is not None:
            errors["company_id"] = "Vælg virksomheden, der skal besøges."
        consultant_id = data.consultant_id or self._ctx.actor.id
        cons = s.get(Consultant, consultant_id) if consultant_id else None
        if cons is None or not cons.active:
            errors["consultant_id"] = "Vælg konsulenten, der skal på besøget."
        if not isinstance(data.start, dt.datetime):
            errors["start"] = "Angiv dato og klokkeslæt for besøget."
            start = end = None
        else:
            start = to_utc(data.start)
            end = to_utc(data.end) if data.end is not None else start + dt.timedelta(hours=1)
            if end <= start:
                errors["end"] = "Besøget skal slutte efter det begynder."
            elif end - start > dt.timedelta(hours=MAX_VISIT_HOURS):
                errors["end"] = f"Et besøg kan højst vare {MAX_VISIT_HOURS} timer."
        if data.visit_type not in VISIT_TYPE:
            errors["visit_type"] = f'Besøgstypen "{data.visit_type}" findes ikke.'
        template_id = data.template_id or self._guides.default_template_id()
        if template_id is not None:
            t = s.get(GuideTemplate, template_id)
            if t is None or t.deleted_at is not None:
                errors["template_id"] = "Besøgsguiden findes ikke."
        place = " ".join((data.place or "").split()) or (_address(company) if company else None)
        for key, text, label in (("place", place, "Stedet"), ("note", data.note, "Noten")):
            if v.looks_like_cpr(text):
                errors[key] = f"{label} ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes i JobCRM."
        person_ids = tuple(dict.fromkeys(x for x in (data.contact_person_id, *data.other_person_ids) if x))
        for pid in person_ids:
            p = s.get(ContactPerson, pid)
            if p is None or p.deleted_at is not None or p.company_id != data.company_id:
                key = "contact_person_id" if pid == data.contact_person_id else "other_person_ids"
                errors[key] = "Kontaktpersonen hører ikke til virksomheden."
        others = tuple(dict.fromkeys(o for o in data.other_consultant_ids if o != consultant_id))
        for o in others:
            if s.get(Consultant, o) is None:
                errors["other_consultant_ids"] = "En af de andre konsulenter findes ikke."
        if errors:
            raise ValidationError(errors)
        return dict(company_id=data.company_id, consultant_id=consultant_id, start_at=start, end_at=end,
                    place=(place or "")[:300] or None, visit_type=data.visit_type, template_id=template_id,
                    note=(data.note or "").strip() or None,
                    contact_person_id=person_ids[0] if person_ids else None), (others, person_ids[1:])

    def plan(self, data: VisitInput) -> VisitDTO:
        """Planlæg besøg: a new visit with status Planlagt."""
        with self._ctx.sessions.begin() as s:
            values, others = self._validate(s, data)
            visit = Visit(status="planlagt", **values)
            self._ctx.stamp_create(visit)
            s.add(visit)
            s.flush()
            self._set_participants(s, visit, others)
            vid = visit.id
        return self.get(vid)

    def update(self, visit_id: uuid.UUID, data: VisitInput) -> VisitDTO:
        """Change a planned visit's time, place, type, guide or participants."""
        with self._ctx.sessions.begin() as s:
            visit = self._get(s, visit_id)
            values, others = self._validate(s, data)
            if visit.template_version_id is not None and values["template_id"] != visit.template_id:
                raise ValidationError.single("template_id", "Guiden er allerede ved at blive udfyldt og kan ikke "
                                                            "skiftes til en anden.")
            for k, val in values.items():
                setattr(visit, k, val)
            self._ctx.stamp_update(visit)
            self._set_participants(s, visit, others)
        return self.get(visit_id)

    def _set_participants(self, s: Session, visit: Visit,
                          others: tuple[tuple[uuid.UUID, ...], tuple[uuid.UUID, ...]]) -> None:
        """Make the visit's other consultants and other contact persons exactly these (tombstoning the rest)."""
        for column, wanted_ids in zip((VisitParticipant.consultant_id, VisitParticipant.person_id), others,
                                      strict=True):
            current = {getattr(p, column.key): p for p in s.scalars(select(VisitParticipant).where(
                VisitParticipant.visit_id == visit.id, column.is_not(None)))}
            for key, p in current.items():
                wanted = key in wanted_ids
                if wanted and p.deleted_at is not None:
                    p.deleted_at = None
                    self._ctx.stamp_update(p)
                elif not wanted and p.deleted_at is None:
                    p.deleted_at = self._ctx.clock.utcnow()
                    self._ctx.stamp_update(p)
            for key in wanted_ids:
                if key not in current:
                    p = VisitParticipant(visit_id=visit.id, **{column.key: key})
                    self._ctx.stamp_create(p)
                    s.add(p)

    def _participants(self, s: Session, visit_id: uuid.UUID) -> tuple[tuple[uuid.UUID, ...], tuple[uuid.UUID, ...]]:
        live = s.scalars(select(VisitParticipant).where(VisitParticipant.visit_id == visit_id,
                                                        VisitParticipant.deleted_at.is_(None))
                         .order_by(VisitParticipant.created_at, VisitParticipant.id)).all()
        return (tuple(p.consultant_id for p in live if p.consultant_id),
                tuple(p.person_id for p in live if p.person_id and not p.consultant_id))

    def set_status(self, visit_id: uuid.UUID, status: str, reason: str | None = None,
                   new_start: dt.datetime | None = None, new_end: dt.datetime | None = None) -> VisitDTO:
        """Aflyst af virksomheden/jobcentret, Flyttet (reason required), Udeblevet, or back to Planlagt.
        A move with a new time plans the new visit (linked to the old one) and returns it.
        Afholdt is registered with the guide's outcome (GuideService.register)."""
        if status not in VISIT_STATUS:
            raise ValidationError.single("status", f'Status "{status}" findes ikke.')
        if status in ("afholdt", "afholdt_telefonisk"):
            raise ValidationError.single("status", "Et afholdt besøg registreres med udbyttet i besøgsguiden "
                                                   "(\"Gem og registrér\").")
        reason = (reason or "").strip() or None
        if status in VISIT_STATUS_NEEDS_REASON and not reason:
            word = "flyttes" if status == "flyttet" else "aflyses"
            raise ValidationError.single("reason", f"Skriv hvorfor besøget {word}.")
        if v.looks_like_cpr(reason):
            raise ValidationError.single("reason", "Begrundelsen ser ud til at indeholde et CPR-nummer.")
        if new_start is not None and status != "flyttet":
            raise ValidationError.single("new_start", "Et nyt tidspunkt gives kun, når besøget flyttes.")
        with self._ctx.sessions.begin() as s:
            visit = self._get(s, visit_id)
            if visit.registered_at is not None:
                raise ValidationError.single("status", "Besøget er allerede registreret som afholdt.")
            if visit.status == status:
                raise ValidationError.single("status", f'Besøget har allerede status "{VISIT_STATUS.label(status)}".')
            visit.status = status
            visit.status_reason = reason if status != "planlagt" else None
            self._ctx.stamp_update(visit)
            moved_to = None
            if new_start is not None:
                length = visit.end_at - visit.start_at
                start = to_utc(new_start)
                end = to_utc(new_end) if new_end is not None else start + length
                if end <= start:
                    raise ValidationError.single("new_end", "Besøget skal slutte efter det begynder.")
                nxt = Visit(company_id=visit.company_id, consultant_id=visit.consultant_id, start_at=start,
                            end_at=end, place=visit.place, visit_type=visit.visit_type, status="planlagt",
                            note=visit.note, contact_person_id=visit.contact_person_id, moved_from_id=visit.id,
                            template_id=visit.template_id)
                self._ctx.stamp_create(nxt)
                s.add(nxt)
                s.flush()
                self._set_participants(s, nxt, self._participants(s, visit.id))
                moved_to = nxt.id
        return self.get(moved_to or visit_id)

    def delete(self, visit_id: uuid.UUID) -> None:
        """Remove a visit planned by mistake (a tombstone). A registered visit cannot be removed."""
        with self._ctx.sessions.begin() as s:
            visit = self._get(s, visit_id)
            if visit.registered_at is not None:
                raise ValidationError.single("status", "Et registreret besøg kan ikke slettes.")
            visit.deleted_at = self._ctx.clock.utcnow()
            self._ctx.stamp_update(visit)

    # --- reading -------------------------------------------------------------------------------
    def _get(self, s: Session, visit_id: uuid.UUID) -> Visit:
        visit = s.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise NotFound("Besøget findes ikke.")
        return visit

    def get(self, visit_id: uuid.UUID) -> VisitDTO:
        with self._ctx.sessions() as s:
            return visit_dtos(s, [self._get(s, visit_id)])[0]

    def resolve(self, ref: str) -> uuid.UUID:
        """A visit by its id (or the first characters of it, as the CLI lists them)."""
        text = (ref or "").strip().lower()
        try:
            return self._get_id(uuid.UUID(text))
        except ValueError:
            pass
        if len(text) < 6:
            raise NotFound(f'"{ref}" er ikke et besøgs-id.')
        with self._ctx.sessions() as s:
            found = s.scalars(select(Visit.id).where(Visit.deleted_at.is_(None))).all()
        matches = [x for x in found if str(x).startswith(text) or x.hex.startswith(text.replace("-", ""))]
        if len(matches) != 1:
            raise NotFound(f'"{ref}" er ikke et entydigt besøgs-id.')
        return matches[0]

    def _get_id(self, vid: uuid.UUID) -> uuid.UUID:
        with self._ctx.sessions() as s:
            return self._get(s, vid).id

    def ids(self, f: VisitFilter = VisitFilter()) -> list[uuid.UUID]:
        order = (Visit.start_at.desc(), Visit.id.desc()) if f.descending else (Visit.start_at, Visit.id)
        with self._ctx.sessions() as s:
            return list(s.scalars(select(Visit.id).where(*_filter_conditions(f)).order_by(*order)))

    def page(self, f: VisitFilter = VisitFilter(), offset: int = 0, limit: int = 100) -> list[VisitRow]:
        order = (Visit.start_at.desc(), Visit.id.desc()) if f.descending else (Visit.start_at, Visit.id)
        with self._ctx.sessions() as s:
            visits = s.scalars(select(Visit).where(*_filter_conditions(f)).order_by(*order)
                               .offset(offset).limit(limit)).all()
            return [self._row(d) for d in visit_dtos(s, list(visits))]

    def count(self, f: VisitFilter = VisitFilter()) -> int:
        with self._ctx.sessions() as s:
            return s.scalar(select(func.count()).select_from(Visit).where(*_filter_conditions(f))) or 0

    def week(self, monday: dt.date, consultant_id: uuid.UUID | None = None) -> list[VisitRow]:
        """The visits of one Monday-first week, in time order (at most a few dozen)."""
        return self.page(VisitFilter(consultant_id=consultant_id, date_from=monday,
                                     date_to=monday + dt.timedelta(days=6)), 0, 500)

    def for_company(self, company_id: uuid.UUID, limit: int = 50) -> list[VisitRow]:
        return self.page(VisitFilter(company_id=company_id, descending=True), 0, limit)

    @staticmethod
    def _row(d: VisitDTO) -> VisitRow:
        city = None
        if d.company_address and "," in d.company_address:
            city = d.company_address.rsplit(",", 1)[1].strip()
        return VisitRow(id=d.id, company_id=d.company_id, company_name=d.company_name, city=city,
                        consultant_initials=d.consultant_initials, start_at=d.start_at, end_at=d.end_at,
                        visit_type=d.visit_type, status=d.status, template_name=d.template_name, place=d.place,
                        guide_state=d.guide_state, other_initials=tuple(i for _, i in d.other_consultants))

    # --- the visit brief ------------------------------------------------------------------------
    def brief(self, visit_id: uuid.UUID) -> BriefDTO:
        """Besøgsforberedelse: company facts, contact persons, the last contacts, open promises both ways,
        other planned visits, open orders, slots and running placements, and the previous filled guide for the company with "ændringer siden sidst"."""
        visit = self.get(visit_id)
        company = self._companies.get(visit.company_id)
        contacts = tuple(self._history.timeline(visit.company_id, limit=8))
        promises = self._promises.open_for_company(visit.company_id)
        with self._ctx.sessions() as s:
            prev = s.scalars(select(Visit).where(
                Visit.company_id == visit.company_id, Visit.id != visit.id, Visit.registered_at.is_not(None),
                Visit.deleted_at.is_(None), Visit.start_at < visit.start_at)
                .order_by(Visit.start_at.desc()).limit(1)).first()
            previous = visit_dtos(s, [prev])[0] if prev else None
            since = 0
            if prev is not None:
                since = s.scalar(select(func.count()).select_from(Contact).where(
                    Contact.company_id == visit.company_id, Contact.deleted_at.is_(None),
                    Contact.occurred_at > prev.start_at, or_(Contact.link_id.is_(None), Contact.link_id != prev.id)
                )) or 0
        previous_fill = self._guides.fill(previous.id) if previous else None
        current_fill = None
        if visit.guide_started_at is not None or visit.registered_at is not None:
            current_fill = self._guides.fill(visit.id)
        changes = tuple(compare_fills(previous_fill, current_fill)) if previous_fill else ()
        others = tuple(r for r in self.page(VisitFilter(company_id=visit.company_id, status="planlagt"), 0, 20)
                       if r.id != visit.id)
        return BriefDTO(
            visit=visit, company=company, last_contacts=contacts,
            promises_ours=tuple(p for p in promises if p.promised_by != "virksomheden"),
            promises_theirs=tuple(p for p in promises if p.promised_by == "virksomheden"),
            previous_visit=previous, previous_fill=previous_fill, changes=changes,
            contacts_since_previous=since, other_visits=others, **self._company_work(visit.company_id),
        )

    @staticmethod
    def changes(visit_id: uuid.UUID, kind: str = "update") -> ChangeSet:
        return ChangeSet("visit", (visit_id,), kind)


def _outcome_lines(fill: GuideFillDTO) -> dict[str, str]:
    o = fill.outcome
    need = LABOUR_NEED.label(o.labour_need) if o.labour_need else ""
    extra = "; ".join(x for x in (o.labour_need_when, o.labour_need_why) if x)
    materials = [MATERIAL.label(c) for c in o.materials] + ([o.material_other] if o.material_other else [])
    return {
        "Behov for arbejdskraft": need + (f" ({extra})" if need and extra else ""),
        "Ordninger præsenteret": ", ".join(SCHEME_PRESENTED.label(c) for c in o.schemes),
        "Materiale udleveret": ", ".join(materials),
    }


def compare_fills(previous: GuideFillDTO, current: GuideFillDTO | None) -> list[ChangeLine]:
    """"Ændringer siden sidst": each item answered at the previous visit or now, with its state.
    Items are matched by key within the same template, otherwise by their text."""
    cur_answers = current.answers if current else {}
    started = current is not None and any(is_answered(x) for x in cur_answers.values())
    same_template = current is not None and current.version.template_id == previous.version.template_id
    by_text = {}
    if current is not None:
        for sec in current.version.sections:
            for item in sec.items:
                by_text.setdefault(" ".join(item.text.casefold().split()), item)
    lines: list[ChangeLine] = []

    def add(section: str, label: str, before: str, after: str | None) -> None:
        if not before and not after:
            return
        if not started:
            lines.append(ChangeLine(section, label, before, None, "sidst"))
        elif before and after:
            lines.append(ChangeLine(section, label, before, after, "uaendret" if before == after else "aendret"))
        elif before:
            lines.append(ChangeLine(section, label, before, "", "fjernet"))
        else:
            lines.append(ChangeLine(section, label, "", after, "ny"))

    def norm(text: str) -> str:
        return " ".join(text.casefold().split())

    for sec in previous.version.sections:
        ticked_before, ticked_after = [], []
        for item in sec.items:
            if item.kind == "aftale":
                continue
            cur_item = item if same_template else by_text.get(norm(item.text))
            if item.kind == "tick":  # the ticks of a theme read best as one line: what was covered
                if previous.answers.get(item.key) is True:
                    ticked_before.append(item.text)
                if cur_item is not None and cur_answers.get(cur_item.key) is True:
                    ticked_after.append(item.text)
                continue
            before = answer_text(item, previous.answers.get(item.key))
            after = answer_text(cur_item, cur_answers.get(cur_item.key)) if cur_item else ""
            add(sec.title, item.text, before, after)
        add(sec.title, "Afkrydset", "; ".join(ticked_before), "; ".join(ticked_after))
        note_after = str(cur_answers.get(sec.key + NOTE) or "") if same_template else ""
        add(sec.title, "Noter", str(previous.answers.get(sec.key + NOTE) or ""), note_after)
    if current is not None and not same_template:
        seen = {norm(i.text) for s in previous.version.sections for i in s.items}
        for sec in current.version.sections:
            for item in sec.items:
                if item.kind != "aftale" and norm(item.text) not in seen:
                    add(sec.title, item.text, "", answer_text(item, cur_answers.get(item.key)))
    before_o = _outcome_lines(previous)
    after_o = _outcome_lines(current) if current else {}
    for label, before in before_o.items():
        add("Udbytte", label, before, after_o.get(label, ""))
    return lines


# --- the inbox flag ----------------------------------------------------------------------------------
def visits_missing_registration(s: Session, consultant_id: uuid.UUID, today: dt.date) -> list[FlagDTO]:
    """"Besøg mangler registrering": the consultant's visits whose end time has passed while the status is
    still Planlagt. "Now" is today's date with the wall-clock time, like Clock.now() under --today."""
    now = dt.datetime.combine(today, dt.datetime.now().time()).astimezone(dt.UTC)
    rows = s.execute(
        select(Visit.id, Visit.company_id, Company.name, Visit.start_at)
        .join(Company, Company.id == Visit.company_id)
        .where(Visit.consultant_id == consultant_id, Visit.status == "planlagt", Visit.end_at < now,
               Visit.deleted_at.is_(None))
        .order_by(Visit.start_at)
        .limit(500)
    ).all()
    return [FlagDTO(kind="besoeg_registrering", company_id=cid, company_name=name, text=FLAG_TEXT,
                    due=start.astimezone().date(), action="register_visit", ref_kind="visit", ref_id=vid)
            for vid, cid, name, start in rows]


# --- the calendar export -----------------------------------------------------------------------------
def visit_calendar_events(s: Session, consultant_id: uuid.UUID | None, today: dt.date) -> list[dict]:
    """Planned visits (from a week back) as plain event dicts for CalendarService.register_events:
    uid, summary, description, location, start, end (aware), categories."""
    since, _ = local_day_bounds(today - dt.timedelta(days=7), today)
    cond = [Visit.status == "planlagt", Visit.deleted_at.is_(None), Visit.start_at >= since]
    if consultant_id is not None:
        cond.append(_filter_conditions(VisitFilter(consultant_id=consultant_id))[1])
    visits = s.scalars(select(Visit).where(and_(*cond)).order_by(Visit.start_at).limit(2000)).all()
    events = []
    persons = {}
    dtos = visit_dtos(s, list(visits))
    ids = {pid for d in dtos for pid in d.contact_person_ids}
    if ids:
        persons = {p.id: p for p in s.scalars(select(ContactPerson).where(ContactPerson.id.in_(ids)))}
    for d in dtos:
        lines = [f"Type: {VISIT_TYPE.label(d.visit_type)}"]
        if d.template_name:
            lines.append(f"Guide: {d.template_name}")
        for p in (persons[pid] for pid in d.contact_person_ids if pid in persons):
            phone = p.mobile or p.phone
            lines.append(f"Kontaktperson: {p.name}" + (f" ({phone})" if phone else ""))
        if d.other_consultants:
            lines.append("Med: " + ", ".join(i for _, i in d.other_consultants))
        if d.note:
            lines.append(d.note)
        events.append({
            "uid": f"{d.id}@jobcrm", "summary": f"Besøg: {d.company_name}", "description": "\n".join(lines),
            "location": d.place or d.company_address or "", "start": d.start_at, "end": d.end_at,
            "categories": ["Besøg"],
        })
    return events


def describe_visit(d: VisitDTO) -> str:
    """One Danish line for the CLI and messages."""
    start = d.start_at.astimezone()
    end = d.end_at.astimezone()
    return (f"{format_date(start.date())} {start:%H:%M}–{end:%H:%M} {d.company_name} "
            f"({VISIT_TYPE.label(d.visit_type)}, {d.consultant_initials}, {VISIT_STATUS.label(d.status)})")



def visit_calendar_source(s: Session, consultant_id: uuid.UUID | None, today: dt.date):
    """Planned visits as VEVENTs for CalendarService (registered in Services.open)."""
    from jobcrm.services.calendar import CalendarEvent

    return [CalendarEvent(**{**d, "categories": tuple(d["categories"])})
            for d in visit_calendar_events(s, consultant_id, today)]
