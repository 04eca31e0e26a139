"""Placement slots ("Pladser", PRODUCT.md §6): validation, CRUD, "sidst bekræftet", and the team's slot
list paged from SQL (search by scheme, tags, kommune and free seats) with the derived status Ledig /
Besat / Lukket, free seats and days vacant as of today (`ctx.clock.today()`, so `--today` works)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, literal, or_, select
from sqlalchemy.orm import Session

from jobcrm.domain import slots as rules
from jobcrm.domain import validation as v
from jobcrm.domain.dates import DateParseError, parse_date
from jobcrm.domain.vocab import SCHEME, SUBSIDISED_SCHEMES
from jobcrm.errors import NotFound, ValidationError
from jobcrm.models import Company, Consultant, Mentor, Placement, Slot, SlotMentor
from jobcrm.services import slot_queries as q
from jobcrm.services.changes import ChangeSet
from jobcrm.services.context import ServiceContext
from jobcrm.services.settings import SettingsService
from jobcrm.services.slot_dto import SlotDetail, SlotFilter, SlotInput, SlotRow, SlotSort

SLOT_LABELS = {
    "company_id": "Virksomhed", "scheme": "Ordning", "title": "Titel", "available_from": "Ledig fra",
    "available_to": "Ledig til", "capacity": "Antal pladser", "hours_per_week": "Timer pr. uge",
    "working_hours": "Mødetider", "tasks": "Arbejdsopgaver", "opportunities": "Muligheder på virksomheden",
    "qualifications": "Kvalifikationer", "special_conditions": "Særlige forhold/hensyn", "tags": "Tags",
    "absence_handling": "Håndtering af fravær", "what_to_bring": "Det skal du have med",
    "site_address": "Arbejdssted", "responsible_id": "Ansvarlig konsulent",
}
_TEXTS = ("working_hours", "tasks", "opportunities", "qualifications", "special_conditions", "absence_handling",
          "what_to_bring", "site_address", "title", "tags")
MIN_CENTRE_SEATS = 4  # "a virksomhedscenter has at least 4" (PRODUCT.md §6)
SORT_KEYS = ("company", "title", "scheme", "free", "verified", "municipality")


def _strip(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _int(value, label: str, lo: int, hi: int) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValueError(f"{label} skal være et helt tal (fik \"{value}\").") from None
    if not lo <= number <= hi:
        raise ValueError(f"{label} skal være mellem {lo} og {hi}.")
    return number


def clean_date(value, label: str, today: dt.date, calendar) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if not str(value).strip():
        return None
    try:
        return parse_date(str(value), today, calendar)
    except DateParseError as e:
        raise ValueError(f"{label}: {e}") from None


def validate_slot(data: SlotInput, today: dt.date, calendar) -> dict:
    """Cleaned column values, or ValidationError naming every bad field (Danish)."""
    errors: dict[str, str] = {}
    out: dict = {}
    if data.company_id is None:
        errors["company_id"] = "Vælg virksomheden, pladsen hører til."
    out["company_id"] = data.company_id
    scheme = data.scheme if data.scheme in SCHEME else SCHEME.lookup(data.scheme or "")
    if scheme is None:
        errors["scheme"] = f'Ordning "{data.scheme}" findes ikke. Vælg en af: {", ".join(t.da for t in SCHEME)}.'
    out["scheme"] = scheme
    for key in _TEXTS:
        value = _strip(getattr(data, key))
        if v.looks_like_cpr(value):
            errors[key] = (f"{SLOT_LABELS[key]} ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes "
                           "i JobCRM.")
        out[key] = value
    if not out["title"]:
        errors["title"] = "Skriv en titel på pladsen, fx \"Lagermedarbejder\"."
    elif len(out["title"]) > 200:
        errors["title"] = "Titel må højst være 200 tegn."
    out["tags"] = rules.normalise_tags(out["tags"])
    if out["tags"] and len(out["tags"]) > 500:
        errors["tags"] = "Tags må højst fylde 500 tegn."
    for key, lo, hi in (("capacity", 1, 200), ("hours_per_week", 1, 48)):
        try:
            out[key] = _int(getattr(data, key), SLOT_LABELS[key], lo, hi)
        except ValueError as e:
            errors[key] = str(e)
    if "capacity" not in errors:
        if out["capacity"] is None:
            errors["capacity"] = "Angiv antal pladser (mindst 1)."
        elif scheme == "virksomhedscenter" and out["capacity"] < MIN_CENTRE_SEATS:
            errors["capacity"] = f"Et virksomhedscenter har mindst {MIN_CENTRE_SEATS} pladser."
    for key in ("available_from", "available_to"):
        try:
            out[key] = clean_date(getattr(data, key), SLOT_LABELS[key], today, calendar)
        except ValueError as e:
            errors[key] = str(e)
    if out.get("available_from") is None and "available_from" not in errors:
        out["available_from"] = today
    if out.get("available_to") and out.get("available_from") and out["available_to"] < out["available_from"]:
        errors["available_to"] = "\"Ledig til\" ligger før \"Ledig fra\"."
    out["responsible_id"] = data.responsible_id
    if errors:
        raise ValidationError(errors)
    return out


class SlotService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService):
        self._ctx = ctx
        self._settings = settings

    # --- writing -------------------------------------------------------------------------------
    def create(self, data: SlotInput) -> SlotDetail:
        today = self._ctx.clock.today()
        values = validate_slot(data, today, self._settings.calendar())
        with self._ctx.sessions.begin() as s:
            company = self._company(s, values["company_id"])
            if values["responsible_id"] is None:
                values["responsible_id"] = self._ctx.actor.id or company.owner_id
            self._check_consultant(s, values["responsible_id"])
            slot = Slot(**values, verified_on=today, verified_by=self._ctx.actor.id)  # creating it confirms it
            self._ctx.stamp_create(slot)
            s.add(slot)
            s.flush()
            self._set_mentors(s, slot.id, data.mentor_ids)
            sid = slot.id
        return self.get(sid)

    def update(self, slot_id: uuid.UUID, data: SlotInput) -> SlotDetail:
        values = validate_slot(data, self._ctx.clock.today(), self._settings.calendar())
        with self._ctx.sessions.begin() as s:
            slot = self._live(s, slot_id)
            self._company(s, values["company_id"])
            self._check_consultant(s, values["responsible_id"])
            for key, value in values.items():
                setattr(slot, key, value)
            self._ctx.stamp_update(slot)
            self._set_mentors(s, slot.id, data.mentor_ids)
        return self.get(slot_id)

    def confirm(self, slot_id: uuid.UUID) -> ChangeSet:
        """"Bekræft at pladsen stadig er ledig": sidst bekræftet = today, by the current user."""
        with self._ctx.sessions.begin() as s:
            slot = self._live(s, slot_id)
            slot.verified_on = self._ctx.clock.today()
            slot.verified_by = self._ctx.actor.id
            self._ctx.stamp_update(slot)
            return ChangeSet("slot", (slot.id,), "update", (ChangeSet("company", (slot.company_id,), "update"),))

    def close(self, slot_id: uuid.UUID, reason: str, on: dt.date | None = None) -> ChangeSet:
        """Luk pladsen (the company no longer offers it). Placements already running keep their seats."""
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError.single("reason", "Skriv hvorfor pladsen lukkes.")
        if v.looks_like_cpr(reason):
            raise ValidationError.single("reason", "Begrundelsen ser ud til at indeholde et CPR-nummer.")
        with self._ctx.sessions.begin() as s:
            slot = self._live(s, slot_id)
            slot.closed_on = on or self._ctx.clock.today()
            slot.close_reason = reason
            self._ctx.stamp_update(slot)
            return ChangeSet("slot", (slot.id,), "update", (ChangeSet("company", (slot.company_id,), "update"),))

    def reopen(self, slot_id: uuid.UUID) -> ChangeSet:
        with self._ctx.sessions.begin() as s:
            slot = self._live(s, slot_id)
            slot.closed_on = None
            slot.close_reason = None
            slot.verified_on = self._ctx.clock.today()
            slot.verified_by = self._ctx.actor.id
            self._ctx.stamp_update(slot)
            return ChangeSet("slot", (slot.id,), "update", (ChangeSet("company", (slot.company_id,), "update"),))

    def delete(self, slot_id: uuid.UUID) -> ChangeSet:
        with self._ctx.sessions.begin() as s:
            slot = self._live(s, slot_id)
            if s.scalar(select(func.count()).where(Placement.slot_id == slot_id, Placement.deleted_at.is_(None))):
                raise ValidationError.single("slot", "Pladsen har forløb og kan ikke slettes. Luk den i stedet.")
            slot.deleted_at = self._ctx.clock.utcnow()
            self._ctx.stamp_update(slot)
            return ChangeSet("slot", (slot.id,), "delete", (ChangeSet("company", (slot.company_id,), "update"),))

    def attach_mentor(self, slot_id: uuid.UUID, mentor_id: uuid.UUID) -> ChangeSet:
        with self._ctx.sessions.begin() as s:
            self._live(s, slot_id)
            current = set(s.scalars(select(SlotMentor.mentor_id).where(SlotMentor.slot_id == slot_id,
                                                                       SlotMentor.deleted_at.is_(None))))
            self._set_mentors(s, slot_id, (*current, mentor_id))
        return ChangeSet("slot", (slot_id,), "update", (ChangeSet("mentor", (mentor_id,), "update"),))

    def detach_mentor(self, slot_id: uuid.UUID, mentor_id: uuid.UUID) -> ChangeSet:
        with self._ctx.sessions.begin() as s:
            self._live(s, slot_id)
            current = set(s.scalars(select(SlotMentor.mentor_id).where(SlotMentor.slot_id == slot_id,
                                                                       SlotMentor.deleted_at.is_(None))))
            self._set_mentors(s, slot_id, tuple(current - {mentor_id}))
        return ChangeSet("slot", (slot_id,), "update", (ChangeSet("mentor", (mentor_id,), "update"),))

    def _set_mentors(self, s: Session, slot_id: uuid.UUID, mentor_ids) -> None:
        wanted = set(dict.fromkeys(mentor_ids))
        if wanted:
            found = set(s.scalars(select(Mentor.id).where(Mentor.id.in_(wanted), Mentor.deleted_at.is_(None))))
            if found != wanted:
                raise ValidationError.single("mentor_ids", "En af de valgte mentorer findes ikke.")
        links = {link.mentor_id: link for link in s.scalars(select(SlotMentor).where(SlotMentor.slot_id == slot_id))}
        now = self._ctx.clock.utcnow()
        for mentor_id, link in links.items():
            if mentor_id in wanted and link.deleted_at is not None:
                link.deleted_at = None
                self._ctx.stamp_update(link)
            elif mentor_id not in wanted and link.deleted_at is None:
                link.deleted_at = now
                self._ctx.stamp_update(link)
        for mentor_id in wanted - links.keys():
            link = SlotMentor(slot_id=slot_id, mentor_id=mentor_id)
            self._ctx.stamp_create(link)
            s.add(link)

    # --- reading -------------------------------------------------------------------------------
    def get(self, slot_id: uuid.UUID, on: dt.date | None = None) -> SlotDetail:
        day = on or self._ctx.clock.today()
        with self._ctx.sessions() as s:
            slot = self._live(s, slot_id)
            c = s.get(Company, slot.company_id)
            resp = s.get(Consultant, slot.responsible_id) if slot.responsible_id else None
            verifier = s.get(Consultant, slot.verified_by) if slot.verified_by else None
            state = q.seat_state(slot, q.intervals_for(s, [slot.id])[slot.id], day)
            mentors = q.mentor_dtos(s, q.mentors_of_slots(s, [slot.id])[slot.id], day)
            rows = s.execute(q.placement_rows_query().where(Placement.slot_id == slot.id)
                             .order_by(Placement.start_date.desc(), Placement.id.desc())).all()
            placements = q.placement_dtos(s, rows, day)
            ratio = None
            if slot.scheme in SUBSIDISED_SCHEMES:
                ratio = q.ratio_check(s, slot.company_id, day, day)
            verify_days = int(q.read_setting(s, "slot_verify_flag_days"))
            return SlotDetail(
                id=slot.id, company_id=c.id, company_name=c.name, company_address=c.address,
                company_postal_code=c.postal_code, company_city=c.city, company_municipality=c.municipality,
                company_phone=c.phone, company_core_business=c.core_business,
                company_working_hours=c.working_hours, company_absence_policy=c.absence_policy,
                company_alcohol_policy=c.alcohol_policy, company_employees=c.employees,
                scheme=slot.scheme, title=slot.title, tasks=slot.tasks, opportunities=slot.opportunities,
                qualifications=slot.qualifications, special_conditions=slot.special_conditions,
                hours_per_week=slot.hours_per_week, working_hours=slot.working_hours,
                available_from=slot.available_from, available_to=slot.available_to, capacity=slot.capacity,
                tags=rules.split_tags(slot.tags), absence_handling=slot.absence_handling,
                what_to_bring=slot.what_to_bring, site_address=slot.site_address,
                responsible_id=slot.responsible_id, responsible_initials=resp.initials if resp else None,
                responsible_name=resp.name if resp else None, responsible_phone=resp.phone if resp else None,
                responsible_email=resp.email if resp else None, verified_on=slot.verified_on,
                verified_by_initials=verifier.initials if verifier else None, closed_on=slot.closed_on,
                close_reason=slot.close_reason, on=day, status=state.status, free=state.free,
                occupied=state.occupied, days_vacant=state.days_vacant, vacant_since=state.vacant_since,
                verify_overdue=q.verify_overdue(state, slot.verified_on, slot.available_from, day, verify_days),
                mentors=tuple(mentors), placements=tuple(placements), ratio=ratio,
            )

    def count(self, flt: SlotFilter = SlotFilter()) -> int:
        with self._ctx.sessions() as s:
            return s.scalar(select(func.count()).select_from(self._filtered(flt).subquery()))

    def _filtered(self, flt: SlotFilter, day: dt.date | None = None):
        day = day or self._ctx.clock.today()
        stmt = (select(Slot.id).join(Company, Company.id == Slot.company_id)
                .where(Slot.deleted_at.is_(None), Company.deleted_at.is_(None)))
        text = (flt.text or "").strip()
        if text:
            like = f"%{_escape_like(text)}%"
            stmt = stmt.where(or_(Slot.title.ilike(like, escape="\\"), Company.name.ilike(like, escape="\\"),
                                  Slot.tasks.ilike(like, escape="\\"), Slot.tags.ilike(like, escape="\\"),
                                  Company.city.ilike(like, escape="\\")))
        if flt.scheme:
            stmt = stmt.where(Slot.scheme == flt.scheme)
        for tag in flt.tags:
            norm = rules.normalise_tags(tag)
            if norm:
                stmt = stmt.where((literal(", ") + Slot.tags + literal(",")).like(
                    f"%, {_escape_like(norm)},%", escape="\\"))
        if flt.municipality:
            stmt = stmt.where(Company.municipality == flt.municipality)
        if flt.company_id:
            stmt = stmt.where(Slot.company_id == flt.company_id)
        if flt.responsible_id:
            stmt = stmt.where(Slot.responsible_id == flt.responsible_id)
        if not flt.include_closed or flt.min_free > 0:
            stmt = stmt.where(*q.slot_is_open(day))
        if flt.min_free > 0:
            stmt = stmt.where(Slot.capacity - q.occupied_count(day) >= flt.min_free)
        return stmt

    def search_ids(self, flt: SlotFilter = SlotFilter(), sort: SlotSort = SlotSort()) -> list[uuid.UUID]:
        """The ordered ids of every slot matching the filter (the list's id snapshot), sorted in SQL."""
        day = self._ctx.clock.today()
        stmt = self._filtered(flt, day)
        if sort.key == "title":
            col = Slot.title
        elif sort.key == "scheme":
            col = Slot.scheme
        elif sort.key == "free":
            col = Slot.capacity - q.occupied_count(day)
        elif sort.key == "verified":
            col = func.coalesce(Slot.verified_on, Slot.available_from)
        elif sort.key == "municipality":
            col = Company.municipality
        else:
            col = Company.sort_name
        order = col.desc().nulls_last() if sort.descending else col.asc().nulls_last()
        stmt = stmt.order_by(order, Company.sort_name, Slot.title, Slot.id)
        with self._ctx.sessions() as s:
            return list(s.scalars(stmt))

    def rows(self, ids: list[uuid.UUID], on: dt.date | None = None) -> dict[uuid.UUID, SlotRow]:
        """Display rows for a page of ids: a few queries, whatever the page size."""
        if not ids:
            return {}
        day = on or self._ctx.clock.today()
        with self._ctx.sessions() as s:
            found = s.execute(
                select(Slot, Company.name, Company.municipality, Company.city, Consultant.initials)
                .join(Company, Company.id == Slot.company_id)
                .outerjoin(Consultant, Consultant.id == Slot.responsible_id)
                .where(Slot.id.in_(ids))
            ).all()
            intervals = q.intervals_for(s, ids)
            mentors = q.mentors_of_slots(s, ids)
            verify_days = int(q.read_setting(s, "slot_verify_flag_days"))
            out = {}
            for slot, cname, municipality, city, initials in found:
                state = q.seat_state(slot, intervals[slot.id], day)
                out[slot.id] = SlotRow(
                    id=slot.id, company_id=slot.company_id, company_name=cname, municipality=municipality, city=city,
                    scheme=slot.scheme, title=slot.title, capacity=slot.capacity, free=state.free,
                    status=state.status, days_vacant=state.days_vacant, available_from=slot.available_from,
                    available_to=slot.available_to, verified_on=slot.verified_on,
                    verify_overdue=q.verify_overdue(state, slot.verified_on, slot.available_from, day, verify_days),
                    tags=rules.split_tags(slot.tags), responsible_initials=initials,
                    mentor_names=tuple(m.name for m in mentors[slot.id]),
                )
            return out

    def page(self, offset: int = 0, limit: int = 100, flt: SlotFilter = SlotFilter(),
             sort: SlotSort = SlotSort()) -> list[SlotRow]:
        ids = self.search_ids(flt, sort)[offset:offset + limit]
        rows = self.rows(ids)
        return [rows[i] for i in ids]

    def for_company(self, company_id: uuid.UUID) -> list[SlotRow]:
        return self.page(0, 500, SlotFilter(company_id=company_id, include_closed=True))

    def filter_choices(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Municipalities of companies with slots, and the tags in use (for the list's filters)."""
        with self._ctx.sessions() as s:
            live = (Slot.deleted_at.is_(None), Company.deleted_at.is_(None))
            municipalities = tuple(s.scalars(
                select(Company.municipality).join(Slot, Slot.company_id == Company.id)
                .where(*live, Company.municipality.is_not(None)).distinct().order_by(Company.municipality)))
            tags: dict[str, None] = {}
            for text in s.scalars(select(Slot.tags).join(Company, Company.id == Slot.company_id)
                                  .where(*live, Slot.tags.is_not(None)).distinct()):
                for t in rules.split_tags(text):
                    tags.setdefault(t, None)
            return municipalities, tuple(sorted(tags, key=v.danish_sort_key))

    def resolve(self, ref: str) -> uuid.UUID:
        """A slot from its id as the command line gives it."""
        try:
            sid = uuid.UUID(ref.strip())
        except ValueError:
            raise NotFound(f'"{ref}" er ikke et plads-id.') from None
        with self._ctx.sessions() as s:
            self._live(s, sid)
        return sid

    def ratio(self, slot_id: uuid.UUID, start: dt.date, end: dt.date, *, extra: int = 1,
              exclude_placement: uuid.UUID | None = None):
        """The rimelighedskrav if a placement in this slot ran from start to end (None when the scheme
        does not count, e.g. fleksjob or voksenlærling)."""
        with self._ctx.sessions() as s:
            slot = self._live(s, slot_id)
            if slot.scheme not in SUBSIDISED_SCHEMES:
                return None
            return q.ratio_check(s, slot.company_id, start, end, extra=extra, exclude_placement=exclude_placement)

    # --- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _live(s: Session, slot_id: uuid.UUID) -> Slot:
        slot = s.get(Slot, slot_id)
        if slot is None or slot.deleted_at is not None:
            raise NotFound("Pladsen findes ikke (den kan være slettet).")
        return slot

    @staticmethod
    def _company(s: Session, company_id: uuid.UUID) -> Company:
        c = s.get(Company, company_id)
        if c is None or c.deleted_at is not None:
            raise ValidationError.single("company_id", "Virksomheden findes ikke.")
        return c

    @staticmethod
    def _check_consultant(s: Session, consultant_id: uuid.UUID | None) -> None:
        if consultant_id is not None and s.get(Consultant, consultant_id) is None:
            raise ValidationError.single("responsible_id", "Den ansvarlige konsulent findes ikke.")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def describe_status(row) -> str:
    """Danish status text for the CLI: 'Ledig (2 af 3) i 45 dage', 'Besat', 'Lukket'."""
    if row.status == "ledig":
        text = f"Ledig ({row.free} af {row.capacity})" if row.capacity > 1 else "Ledig"
        if row.days_vacant:
            text += f" i {row.days_vacant} dage"
        return text
    return "Besat" if row.status == "besat" else "Lukket"
