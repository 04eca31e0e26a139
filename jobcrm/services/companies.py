"""Companies (Virksomheder) and their contact persons: validation, CRUD, and paged listing."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import uuid
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import Select, String, func, literal_column, or_, select, type_coerce, update
from sqlalchemy.orm import Session

from jobcrm.domain import validation as v
from jobcrm.domain.vocab import AGREEMENT, PERSON_ROLE, RELATIONSHIP, SECTOR
from jobcrm.errors import Conflict, NotFound, ValidationError
from jobcrm.models import Base, Company, CompanyMerge, Consultant, Contact, ContactPerson, Promise
from jobcrm.services import search
from jobcrm.services.changes import ChangeSet
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import (
    CompanyDetail,
    CompanyInput,
    CompanyRow,
    ContactPersonDTO,
    ContactPersonInput,
)

# Field labels as the form shows them; validation messages name the field with these.
COMPANY_LABELS = {
    "name": "Navn", "cvr": "CVR", "p_number": "P-nummer", "address": "Adresse", "postal_code": "Postnummer",
    "city": "By", "municipality": "Kommune", "phone": "Telefon", "email": "E-mail", "web": "Web",
    "industry": "Branche", "employees": "Antal ansatte", "sector": "Sektor", "owner_id": "Tovholder",
    "relationship_status": "Status", "agreement_type": "Aftaletype", "special_notes": "Særlige forhold",
    "absence_policy": "Fraværspolitik", "alcohol_policy": "Alkoholpolitik", "working_hours": "Mødetider",
    "core_business": "Kerneydelse/historik", "tags": "Tags",
}
PERSON_LABELS = {"name": "Navn", "title": "Stilling", "phone": "Telefon", "mobile": "Mobil", "email": "E-mail",
                 "role": "Rolle"}
SORT_KEYS = ("name", "city", "owner", "last_contact", "next_due")
_TEXT_FIELDS = ("special_notes", "absence_policy", "alcohol_policy", "working_hours", "core_business")


@dataclass(frozen=True)
class CompanyFilter:
    text: str = ""
    owner_id: uuid.UUID | None = None
    status: str | None = None
    industry: str | None = None
    municipality: str | None = None
    no_contact_months: int | None = None  # "ingen kontakt i N måneder" (never contacted counts too)


@dataclass(frozen=True)
class FilterChoices:
    industries: tuple[str, ...]
    municipalities: tuple[str, ...]


@dataclass(frozen=True)
class SortSpec:
    key: str = "name"
    descending: bool = False


def _strip(value: str | None) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def validate_company(data: CompanyInput) -> dict:
    """Cleaned column values for a company, or ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    out: dict = {}

    def clean(name: str, fn) -> None:
        try:
            out[name] = fn(getattr(data, name), COMPANY_LABELS[name])
        except ValueError as e:
            errors[name] = str(e)

    name = _strip(data.name)
    if not name:
        errors["name"] = "Navn skal udfyldes."
    elif len(name) > 200:
        errors["name"] = "Navn må højst være 200 tegn."
    elif v.looks_like_cpr(name):
        errors["name"] = v.cpr_message(COMPANY_LABELS["name"])
    out["name"] = name
    clean("cvr", v.clean_cvr)
    clean("p_number", v.clean_pnumber)
    clean("postal_code", v.clean_postal_code)
    clean("phone", v.clean_phone)
    clean("email", v.clean_email)
    try:
        out["employees"], out["employees_range"] = v.clean_employees(data.employees, COMPANY_LABELS["employees"])
    except ValueError as e:
        errors["employees"] = str(e)
    for text in ("address", "city", "municipality", "web", "industry", "tags", *_TEXT_FIELDS):
        value = _strip(getattr(data, text))
        try:
            out[text] = v.refuse_cpr(value, COMPANY_LABELS[text])
        except ValueError as e:
            errors[text] = str(e)
    for key, vocab in (("sector", SECTOR), ("relationship_status", RELATIONSHIP)):
        code = getattr(data, key)
        if code not in vocab:
            found = vocab.lookup(code or "")
            if found is None:
                errors[key] = f'{COMPANY_LABELS[key]} "{code}" findes ikke.'
            code = found
        out[key] = code
    agreement = _strip(data.agreement_type)
    if agreement is not None and agreement not in AGREEMENT:
        found = AGREEMENT.lookup(agreement)
        if found is None:
            errors["agreement_type"] = f'Aftaletype "{agreement}" findes ikke.'
        agreement = found
    out["agreement_type"] = agreement
    out["owner_id"] = data.owner_id
    if errors:
        raise ValidationError(errors)
    out["sort_name"] = v.danish_sort_key(out["name"])
    return out


def validate_person(data: ContactPersonInput) -> dict:
    errors: dict[str, str] = {}
    out: dict = {}
    name = _strip(data.name)
    if not name:
        errors["name"] = "Kontaktpersonens navn skal udfyldes."
    elif v.looks_like_cpr(name):
        errors["name"] = v.cpr_message(PERSON_LABELS["name"])
    out["name"] = name
    try:
        out["title"] = v.refuse_cpr(_strip(data.title), PERSON_LABELS["title"])
    except ValueError as e:
        errors["title"] = str(e)
    for key, fn in (("phone", v.clean_phone), ("mobile", v.clean_phone), ("email", v.clean_email)):
        try:
            out[key] = fn(getattr(data, key), PERSON_LABELS[key])
        except ValueError as e:
            errors[key] = str(e)
    if data.role not in PERSON_ROLE:
        found = PERSON_ROLE.lookup(data.role or "")
        if found is None:
            errors["role"] = f'Rolle "{data.role}" findes ikke.'
        out["role"] = found
    else:
        out["role"] = data.role
    out["is_primary"] = bool(data.is_primary)
    out["active"] = bool(data.active)
    if errors:
        raise ValidationError(errors)
    return out


@dataclass(frozen=True)
class MergeResult:
    kept_id: uuid.UUID
    removed_id: uuid.UUID
    removed_name: str
    moved_persons: int
    moved_contacts: int
    moved_promises: int
    moved_other: int  # rows of other tables that point at a company


@dataclass(frozen=True)
class MergePreview:
    """What merging `removed` into `kept` would do, for the confirmation step (nothing is changed)."""

    kept_name: str
    removed_name: str
    removed_cvr: str | None
    persons: int  # live contact persons that move
    contacts: int  # contact-history entries that move
    promises: int  # promises that move (open ones: open_promises)
    open_promises: int
    filled: tuple[str, ...]  # labels of the kept company's empty facts filled from the removed one
    joined: tuple[str, ...]  # labels of the notes the removed company's text is added to


_MERGE_FILLED = ("cvr", "p_number", "address", "postal_code", "city", "municipality", "phone", "email", "web",
                 "industry", "employees", "owner_id", "agreement_type", "tags")
_LEGAL_FORMS = re.compile(r"(?<!\w)(aps|a/s|i/s|ivs|k/s|p/s|amba|a\.m\.b\.a\.)(?!\w)")
DUPLICATE_RATIO = 0.85
_WALK_INDEX_ABOVE = 3000  # matches; above this a first page is quicker from the name index (see first_keys)
_MIN_CONTAINED = 4  # a name shorter than this (normalised) is not "contained" in another


def normalise_company_name(name: str | None) -> str:
    """For duplicate detection: lower case, legal form (ApS, A/S, I/S, ...) and punctuation removed."""
    s = (name or "").casefold()
    s = _LEGAL_FORMS.sub(" ", s)
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def similar_names(a: str | None, b: str | None) -> bool:
    x, y = normalise_company_name(a), normalise_company_name(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    if len(short) >= _MIN_CONTAINED and short in long_:
        return True
    return difflib.SequenceMatcher(None, x, y).ratio() >= DUPLICATE_RATIO


def _single_character(text: str) -> str | None:
    """The name-sort key of a search that is a single letter or digit, else None."""
    typed = (text or "").strip()
    if len(typed) != 1 or not typed.isalnum():
        return None
    return v.danish_sort_key(typed)


def person_dto(p: ContactPerson) -> ContactPersonDTO:
    return ContactPersonDTO(p.id, p.company_id, p.name, p.title, p.phone, p.mobile, p.email, p.role,
                            p.is_primary, p.active)


class CompanyService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx

    # --- reading -------------------------------------------------------------------------------
    def get(self, company_id: uuid.UUID) -> CompanyDetail:
        with self._ctx.sessions() as s:
            c = self._live(s, company_id)
            owner = s.get(Consultant, c.owner_id) if c.owner_id else None
            persons = s.scalars(
                select(ContactPerson)
                .where(ContactPerson.company_id == c.id, ContactPerson.deleted_at.is_(None))
                .order_by(ContactPerson.is_primary.desc(), ContactPerson.active.desc(), ContactPerson.name)
            )
            values = {f: getattr(c, f) for f in CompanyInput.field_names()}
            return CompanyDetail(
                id=c.id, owner_initials=owner.initials if owner else None, owner_name=owner.name if owner else None,
                last_contact_at=c.last_contact_at, next_due_date=c.next_due_date, created_at=c.created_at,
                updated_at=c.updated_at, contact_persons=tuple(person_dto(p) for p in persons),
                employees_range=c.employees_range, **values,
            )

    def find_by_cvr(self, cvr: str) -> uuid.UUID | None:
        with self._ctx.sessions() as s:
            return s.scalar(select(Company.id).where(Company.cvr == cvr, Company.deleted_at.is_(None)))

    def resolve(self, ref: str) -> uuid.UUID:
        """A company from a CVR number or an id, as the command line accepts them."""
        ref = ref.strip()
        try:
            cid = uuid.UUID(ref)
        except ValueError:
            cvr = v.digits(ref)
            found = self.find_by_cvr(cvr) if cvr.isdigit() else None
            if found is None:
                raise NotFound(f'Ingen virksomhed med CVR eller id "{ref}".') from None
            return found
        self.get(cid)
        return cid

    def count(self) -> int:
        with self._ctx.sessions() as s:
            return s.scalar(select(func.count()).select_from(Company).where(Company.deleted_at.is_(None)))

    def _filtered(self, flt: CompanyFilter) -> Select:
        q = select(Company.id).where(Company.deleted_at.is_(None))
        initial = _single_character(flt.text)
        if initial is not None:
            # One character: the companies whose name starts with it, like a phone book (a range on the name
            # index). As a word prefix across every field it would match most of the list, and slowly.
            q = q.where(Company.sort_name >= initial, Company.sort_name < initial[:-1] + chr(ord(initial[-1]) + 1))
        else:
            hits = search.match_ids(flt.text)
            if hits is not None:
                q = q.where(Company.id.in_(hits))
        if flt.owner_id:
            q = q.where(Company.owner_id == flt.owner_id)
        if flt.status:
            q = q.where(Company.relationship_status == flt.status)
        if flt.industry:
            q = q.where(Company.industry == flt.industry)
        if flt.municipality:
            q = q.where(Company.municipality == flt.municipality)
        if flt.no_contact_months:
            since = self._ctx.clock.today() - relativedelta(months=flt.no_contact_months)
            cutoff = dt.datetime.combine(since, dt.time()).astimezone(dt.UTC)
            q = q.where(or_(Company.last_contact_at.is_(None), Company.last_contact_at < cutoff))
        return q

    def filter_choices(self) -> FilterChoices:
        """The values the list's filters offer: branches and municipalities in use (distinct, indexed-sized)."""
        with self._ctx.sessions() as s:
            live = Company.deleted_at.is_(None)
            industries = s.scalars(select(Company.industry).where(live, Company.industry.is_not(None))
                                   .distinct().order_by(Company.industry))
            municipalities = s.scalars(select(Company.municipality).where(live, Company.municipality.is_not(None))
                                       .distinct().order_by(Company.municipality))
            return FilterChoices(tuple(industries), tuple(municipalities))

    def snapshot_query(self, flt: CompanyFilter = CompanyFilter(), sort: SortSpec = SortSpec()) -> Select:
        """The ordered SELECT of the matching companies' ids, as stored (32-character hex text)."""
        q = self._filtered(flt).with_only_columns(type_coerce(Company.id, String))
        desc = sort.descending
        if sort.key in ("city", "owner", "last_contact", "next_due"):
            if sort.key == "owner":
                q = q.outerjoin(Consultant, Consultant.id == Company.owner_id)
                col = Consultant.initials
            else:
                col = {"city": Company.city, "last_contact": Company.last_contact_at,
                       "next_due": Company.next_due_date}[sort.key]
            order = col.desc().nulls_last() if desc else col.asc().nulls_last()
            return q.order_by(order, Company.sort_name, Company.id)
        # By name (never NULL): exactly the order of the partial index ix_company_live_sort_name, so opening
        # the list is an index-only scan.
        if desc:
            return q.order_by(Company.sort_name.desc(), Company.id.desc())
        return q.order_by(Company.sort_name, Company.id)

    def search_keys(self, flt: CompanyFilter = CompanyFilter(), sort: SortSpec = SortSpec()) -> list[str]:
        """The list's id snapshot as stored keys (hex text; `uuid.UUID(key)` gives the id). At 100,000
        companies, building a UUID or a SQLAlchemy Row per company would cost several times the query
        itself, so the one-column result is read straight from the DB-API cursor."""
        with self._ctx.sessions() as s:
            result = s.connection().execute(self.snapshot_query(flt, sort))
            try:
                return [row[0] for row in result.cursor.fetchall()]
            finally:
                result.close()

    def first_keys(self, flt: CompanyFilter, sort: SortSpec = SortSpec(),
                   limit: int = 200) -> tuple[list[str], int] | None:
        """The first answer while typing: the first `limit` matches in name order and how many match, in a
        few milliseconds however many there are; the whole snapshot (`search_keys`) can follow. Only for a
        text search with no other filter, sorted by name; None otherwise.

        The full search looks up every match and sorts them (~1.5 µs a match: 50 ms for "ha" at 100,000
        companies). With many matches, the name index is walked in order instead and each entry checked
        against the set of matches (the unary + keeps SQLite from driving the query from that set), stopping
        at `limit`; with few, the usual plan is quickest, with a LIMIT."""
        if sort.key != "name" or _single_character(flt.text) is not None or flt != CompanyFilter(text=flt.text):
            return None
        hits, count = search.match_ids(flt.text), search.match_count(flt.text)
        if hits is None:
            return None
        with self._ctx.sessions() as s:
            matches = s.scalar(count)  # from the index's doclists: well under a millisecond
            member = literal_column("+company.id") if matches > _WALK_INDEX_ABOVE else Company.id
            q = select(type_coerce(Company.id, String)).where(Company.deleted_at.is_(None), member.in_(hits))
            if sort.descending:
                q = q.order_by(Company.sort_name.desc(), Company.id.desc())
            else:
                q = q.order_by(Company.sort_name, Company.id)
            result = s.connection().execute(q.limit(limit))
            try:
                keys = [row[0] for row in result.cursor.fetchall()]
            finally:
                result.close()
            return keys, matches

    def search_ids(self, flt: CompanyFilter = CompanyFilter(), sort: SortSpec = SortSpec()) -> list[uuid.UUID]:
        """The ordered ids of every company matching the filter."""
        return [uuid.UUID(k) for k in self.search_keys(flt, sort)]

    def suggest(self, text: str, limit: int = 10) -> list[CompanyRow]:
        """Type-ahead: the first companies matching the text, by name (LIMIT in SQL, fast at any size)."""
        if not (text or "").strip():
            return []
        q = self._filtered(CompanyFilter(text=text)).order_by(Company.sort_name, Company.id).limit(limit)
        with self._ctx.sessions() as s:
            ids = list(s.scalars(q))
        rows = self.rows(ids)
        return [rows[i] for i in ids]

    def rows(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, CompanyRow]:
        """Display rows for a page of ids (one query for the rows, one for the open-promise counts)."""
        if not ids:
            return {}
        with self._ctx.sessions() as s:
            q = (
                select(Company.id, Company.name, Company.cvr, Company.city, Company.postal_code, Company.industry,
                       Consultant.initials, Company.relationship_status, Company.last_contact_at,
                       Company.next_due_date)
                .outerjoin(Consultant, Consultant.id == Company.owner_id)
                .where(Company.id.in_(ids))
            )
            counts = dict(
                s.execute(
                    select(Promise.company_id, func.count())
                    .where(Promise.company_id.in_(ids), Promise.status == "aaben", Promise.deleted_at.is_(None))
                    .group_by(Promise.company_id)
                ).all()
            )
            return {r[0]: CompanyRow(*r, open_promises=counts.get(r[0], 0)) for r in s.execute(q)}

    def page(self, offset: int = 0, limit: int = 100, flt: CompanyFilter = CompanyFilter(),
             sort: SortSpec = SortSpec()) -> list[CompanyRow]:
        """A page of the list, in order (for the command line)."""
        ids = self.search_ids(flt, sort)[offset:offset + limit]
        rows = self.rows(ids)
        return [rows[i] for i in ids]

    def possible_duplicates(self, name: str, postal_code: str | None,
                            exclude_id: uuid.UUID | None = None) -> list[CompanyRow]:
        """Live companies in the same postal code whose name is similar (see `similar_names`)."""
        postal_code = _strip(postal_code)
        if not postal_code or not normalise_company_name(name):
            return []
        q = select(Company.id, Company.name).where(Company.postal_code == postal_code, Company.deleted_at.is_(None))
        if exclude_id is not None:
            q = q.where(Company.id != exclude_id)
        with self._ctx.sessions() as s:
            ids = [cid for cid, other in s.execute(q) if similar_names(name, other)]
        rows = self.rows(ids)
        return sorted(rows.values(), key=lambda r: (v.danish_sort_key(r.name), r.id))

    # --- writing -------------------------------------------------------------------------------
    def create(self, data: CompanyInput) -> CompanyDetail:
        values = validate_company(data)
        with self._ctx.sessions.begin() as s:
            self._refuse_duplicate_cvr(s, values["cvr"], None)
            self._check_owner(s, values["owner_id"])
            c = Company(**values)
            self._ctx.stamp_create(c)
            s.add(c)
            s.flush()
            cid = c.id
        return self.get(cid)

    def update(self, company_id: uuid.UUID, data: CompanyInput) -> CompanyDetail:
        values = validate_company(data)
        with self._ctx.sessions.begin() as s:
            c = self._live(s, company_id)
            self._refuse_duplicate_cvr(s, values["cvr"], company_id)
            self._check_owner(s, values["owner_id"])
            for key, value in values.items():
                setattr(c, key, value)
            self._ctx.stamp_update(c)
        return self.get(company_id)

    def delete(self, company_id: uuid.UUID) -> ChangeSet:
        with self._ctx.sessions.begin() as s:
            c = self._live(s, company_id)
            c.deleted_at = self._ctx.clock.utcnow()
            self._ctx.stamp_update(c)
        return ChangeSet("company", (company_id,), "delete")

    def merge(self, keep_id: uuid.UUID, remove_id: uuid.UUID) -> MergeResult:
        """Merge a duplicate into the company kept, in one transaction: contact persons, contact history,
        promises and every other row pointing at the removed company move over; empty facts of the kept
        company are filled from the removed one (the free-text notes are joined, never lost); the removed
        company is soft-deleted and the merge is recorded in company_merge."""
        if keep_id == remove_id:
            raise ValidationError.single("remove_id", "En virksomhed kan ikke lægges sammen med sig selv.")
        self._ctx.before_risky("before-merge")  # a backup first (BackupService.before_risky)
        with self._ctx.sessions.begin() as s:
            keep, remove = self._live(s, keep_id), self._live(s, remove_id)
            keep_has_primary = s.scalar(select(func.count()).select_from(ContactPerson).where(
                ContactPerson.company_id == keep_id, ContactPerson.is_primary.is_(True),
                ContactPerson.deleted_at.is_(None))) > 0
            if keep_has_primary:
                s.execute(update(ContactPerson).where(ContactPerson.company_id == remove_id)
                          .values(is_primary=False))
            from jobcrm.services.merge_dedupe import dedupe_campaign_targets

            # both on the same campaign's call list: one row per campaign and company (a unique constraint)
            leave = {"campaign_target": dedupe_campaign_targets(s, self._ctx, keep_id, remove_id)}
            moved = {}
            other = 0
            for table in Base.metadata.sorted_tables:
                if table.name in ("company", "company_merge"):
                    continue
                for fk in table.foreign_keys:
                    if fk.column.table.name == "company":
                        col = fk.parent
                        where = [col == remove_id]
                        if leave.get(table.name):
                            where.append(table.c.id.not_in(leave[table.name]))
                        n = s.execute(update(table).where(*where).values({col.name: keep_id})).rowcount
                        moved[table.name] = moved.get(table.name, 0) + n
                        if table.name not in ("contact_person", "contact", "promise"):
                            other += n
            self._fill_from(keep, remove)
            remove.deleted_at = self._ctx.clock.utcnow()
            self._ctx.stamp_update(remove)
            s.flush()
            keep.last_contact_at = s.scalar(select(func.max(Contact.occurred_at)).where(
                Contact.company_id == keep_id, Contact.deleted_at.is_(None)))
            keep.next_due_date = s.scalar(select(func.min(Promise.due_date)).where(
                Promise.company_id == keep_id, Promise.status == "aaben", Promise.deleted_at.is_(None)))
            self._ctx.stamp_update(keep)
            trail = CompanyMerge(kept_id=keep_id, removed_id=remove_id, removed_name=remove.name,
                                 removed_cvr=remove.cvr, moved_persons=moved.get("contact_person", 0),
                                 moved_contacts=moved.get("contact", 0), moved_promises=moved.get("promise", 0))
            self._ctx.stamp_create(trail)
            s.add(trail)
            return MergeResult(keep_id, remove_id, remove.name, trail.moved_persons, trail.moved_contacts,
                               trail.moved_promises, other)

    def merge_preview(self, keep_id: uuid.UUID, remove_id: uuid.UUID) -> MergePreview:
        """What `merge(keep_id, remove_id)` would move and fill in, without changing anything."""
        if keep_id == remove_id:
            raise ValidationError.single("remove_id", "En virksomhed kan ikke lægges sammen med sig selv.")
        with self._ctx.sessions() as s:
            keep, remove = self._live(s, keep_id), self._live(s, remove_id)

            def count(model, *where) -> int:
                return s.scalar(select(func.count()).select_from(model).where(
                    model.company_id == remove_id, model.deleted_at.is_(None), *where))

            filled = tuple(COMPANY_LABELS[f] for f in (*_MERGE_FILLED, *_TEXT_FIELDS)
                           if getattr(keep, f) in (None, "") and getattr(remove, f) not in (None, ""))
            joined = tuple(COMPANY_LABELS[f] for f in _TEXT_FIELDS
                           if getattr(remove, f) and getattr(keep, f) and getattr(remove, f).strip() not in getattr(keep, f))
            return MergePreview(keep.name, remove.name, remove.cvr, count(ContactPerson), count(Contact),
                                count(Promise), count(Promise, Promise.status == "aaben"), filled, joined)

    def merges(self, company_id: uuid.UUID) -> list[tuple[dt.datetime, str, str | None]]:
        """The companies merged into this one: (when, name, CVR), newest first."""
        with self._ctx.sessions() as s:
            return [tuple(r) for r in s.execute(
                select(CompanyMerge.created_at, CompanyMerge.removed_name, CompanyMerge.removed_cvr)
                .where(CompanyMerge.kept_id == company_id).order_by(CompanyMerge.created_at.desc()))]

    @staticmethod
    def _fill_from(keep: Company, remove: Company) -> None:
        for f in _MERGE_FILLED:
            if getattr(keep, f) in (None, "") and getattr(remove, f) not in (None, ""):
                setattr(keep, f, getattr(remove, f))
                if f == "employees":
                    keep.employees_range = remove.employees_range
        for f in _TEXT_FIELDS:
            mine, theirs = getattr(keep, f), getattr(remove, f)
            if theirs and not mine:
                setattr(keep, f, theirs)
            elif theirs and mine and theirs.strip() not in mine:
                setattr(keep, f, f"{mine}\n\n{remove.name}: {theirs}")

    def add_person(self, company_id: uuid.UUID, data: ContactPersonInput) -> ContactPersonDTO:
        values = validate_person(data)
        with self._ctx.sessions.begin() as s:
            self._live(s, company_id)
            if values["is_primary"]:
                self._clear_primary(s, company_id)
            p = ContactPerson(company_id=company_id, **values)
            self._ctx.stamp_create(p)
            s.add(p)
            s.flush()
            return person_dto(p)

    def update_person(self, person_id: uuid.UUID, data: ContactPersonInput) -> ContactPersonDTO:
        values = validate_person(data)
        with self._ctx.sessions.begin() as s:
            p = s.get(ContactPerson, person_id)
            if p is None or p.deleted_at is not None:
                raise NotFound("Kontaktpersonen findes ikke.")
            if values["is_primary"] and not p.is_primary:
                self._clear_primary(s, p.company_id)
            for key, value in values.items():
                setattr(p, key, value)
            self._ctx.stamp_update(p)
            return person_dto(p)

    def delete_person(self, person_id: uuid.UUID) -> ChangeSet:
        with self._ctx.sessions.begin() as s:
            p = s.get(ContactPerson, person_id)
            if p is None or p.deleted_at is not None:
                raise NotFound("Kontaktpersonen findes ikke.")
            p.deleted_at = self._ctx.clock.utcnow()
            self._ctx.stamp_update(p)
        return ChangeSet("contact_person", (person_id,), "delete")

    # --- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _live(s: Session, company_id: uuid.UUID) -> Company:
        c = s.get(Company, company_id)
        if c is None or c.deleted_at is not None:
            raise NotFound("Virksomheden findes ikke (den kan være slettet).")
        return c

    @staticmethod
    def _refuse_duplicate_cvr(s: Session, cvr: str | None, own_id: uuid.UUID | None) -> None:
        if not cvr:
            return
        q = select(Company.id, Company.name).where(Company.cvr == cvr, Company.deleted_at.is_(None))
        if own_id is not None:
            q = q.where(Company.id != own_id)
        existing = s.execute(q).first()
        if existing:
            raise Conflict(f'CVR {cvr} er allerede registreret på "{existing.name}".', existing_id=existing.id)

    @staticmethod
    def _check_owner(s: Session, owner_id: uuid.UUID | None) -> None:
        if owner_id is not None and s.get(Consultant, owner_id) is None:
            raise ValidationError.single("owner_id", "Tovholderen findes ikke.")

    @staticmethod
    def _clear_primary(s: Session, company_id: uuid.UUID) -> None:
        for other in s.scalars(select(ContactPerson).where(ContactPerson.company_id == company_id,
                                                           ContactPerson.is_primary.is_(True))):
            other.is_primary = False
