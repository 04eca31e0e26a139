"""Job orders (Jobordrer, PRODUCT.md §5): validation, saving with requirement lines and the referral log,
status rules, the promises an order makes, the paged list, and the inbox flag for a passed feedback deadline.

No CPR number gets in: every free-text field and every candidate reference is checked with
`looks_like_cpr` and refused with a Danish message naming the field.

An order makes promises through PromiseService (source_kind "jobordre", source_id the order's id):
"Tilbagemelding senest" becomes the feedback promise of the responsible for feedback, and each contact
wish ("Firmaet ønsker kontakt/yderligere information om …") a lead promise for the company's tovholder.
They are reconciled after each save — moved, handed over or cancelled when the order changes — so a
second save never makes a duplicate. The list's SQL and the inbox flag live in order_queries.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from jobcrm.domain import order_rules as rules
from jobcrm.domain import validation as v
from jobcrm.domain.dates import DateParseError, WorkCalendar, format_date, parse_date
from jobcrm.domain.vocab import (
    CONTACT_FORM,
    EMPLOYMENT,
    ORDER_HOURS,
    ORDER_OFFER,
    ORDER_OPEN_STATUSES,
    ORDER_STATUS,
    PRIORITY,
    REFERRAL_RESPONSE,
    REQUIREMENT_KIND,
)
from jobcrm.errors import NotFound, ValidationError
from jobcrm.models import (
    Company,
    Consultant,
    ContactPerson,
    JobOrder,
    JobOrderReferral,
    JobOrderRequirement,
    Promise,
)
from jobcrm.services import order_queries as q
from jobcrm.services.changes import ChangeSet
from jobcrm.services.companies import person_dto
from jobcrm.services.context import ServiceContext
from jobcrm.services.order_dto import (
    OrderDetail,
    OrderFilter,
    OrderInput,
    OrderRow,
    OrderSaveResult,
    OrderSort,
    ReferralDTO,
    ReferralInput,
    RequirementDTO,
)
from jobcrm.services.promises import PromiseInput, PromiseService

# Field labels as the form shows them; messages name the field with these.
ORDER_LABELS = {
    "company_id": "Virksomhed", "title": "Stillingsbetegnelse", "offer_types": "Tilbyder",
    "positions": "Antal stillinger", "work_content": "Arbejdets art/indhold",
    "professional_quals": "Faglige kvalifikationer", "personal_quals": "Personlige kvalifikationer",
    "physical_demands": "Fysiske krav", "culture": "Kulturen på virksomheden", "notes": "Øvrige forhold",
    "hours": "Timetal", "working_times": "Mødetider", "employment": "Ansættelsesforhold",
    "start_date": "Ansættelsesdato", "contact_person_id": "Kontaktperson", "contact_form": "Kontaktform",
    "cvs_wanted": "Antal CV'er", "cv_deadline": "CV'er senest", "owner_id": "Tovholder",
    "search_responsible_id": "Ansvarlig for udsøgning", "feedback_responsible_id": "Ansvarlig for tilbagemelding",
    "feedback_deadline": "Tilbagemelding senest", "received_on": "Modtaget", "status": "Status",
    "status_note": "Begrundelse", "requirements": "Krav", "referrals": "Formidlingslog",
}
FREE_TEXT = ("title", "work_content", "professional_quals", "personal_quals", "physical_demands", "culture",
             "notes", "working_times", "status_note")
CPR_MESSAGE = ("{label} ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes i JobCRM — brug en "
               "pseudonym reference (initialer eller sagsnummer).")
WISHES = (  # (flag column, promise column, promise title)
    ("wish_retention", "retention_promise_id", "Virksomheden ønsker kontakt om fastholdelse/sygefravær"),
    ("wish_competence", "competence_promise_id",
     "Virksomheden ønsker kontakt om kompetenceudvikling af egne medarbejdere/jobrotation"),
)
MAX_PER_COMPANY = 200


def _strip(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _codes(values, vocab, label: str, errors: dict, key: str) -> str | None:
    out = []
    for value in values or ():
        code = value if value in vocab else vocab.lookup(str(value))
        if code is None:
            errors[key] = f'{label}: "{value}" findes ikke.'
            return None
        if code not in out:
            out.append(code)
    order = vocab.codes()
    return ",".join(sorted(out, key=order.index)) or None


def _code(value, vocab, label: str, errors: dict, key: str) -> str | None:
    value = _strip(value)
    if value is None:
        return None
    code = value if value in vocab else vocab.lookup(value)
    if code is None:
        errors[key] = f'{label} "{value}" findes ikke.'
    return code


def split_codes(text_value: str | None) -> tuple[str, ...]:
    return tuple(x for x in (text_value or "").split(",") if x)


class OrderService:
    def __init__(self, ctx: ServiceContext, promises: PromiseService,
                 calendar: Callable[[], WorkCalendar] = WorkCalendar,
                 followup_working_days: Callable[[], int] = lambda: 3):
        self._ctx = ctx
        self._promises = promises
        self._calendar = calendar
        self._followup_days = followup_working_days

    # --- validation ----------------------------------------------------------------------------
    def _parse(self, value) -> dt.date | None:
        """A date, or what a consultant types ("+5 arbejdsdage", "24.11.2026"); DateParseError when unreadable."""
        if value is None or isinstance(value, dt.date):
            return value
        if not str(value).strip():
            return None
        return parse_date(str(value), self._ctx.clock.today(), self._calendar())

    def parse_day(self, value, field: str = "date") -> dt.date | None:
        """What a consultant types in a date field, as a date (None when empty); a Danish ValidationError
        when it cannot be read. The editor shows the result next to the field while typing."""
        try:
            return self._parse(value)
        except DateParseError as e:
            raise ValidationError.single(field, str(e)) from None

    def _date(self, value, key: str, errors: dict) -> dt.date | None:
        try:
            return self._parse(value)
        except DateParseError as e:
            errors[key] = f"{ORDER_LABELS[key]}: {e}"
            return None

    def validate(self, data: OrderInput) -> dict:
        """Cleaned column values (requirement and referral lines under "requirements"/"referrals"), or a
        ValidationError naming every bad field in Danish."""
        errors: dict[str, str] = {}
        out: dict = {}
        if data.company_id is None:
            errors["company_id"] = "Vælg virksomheden, ordren kommer fra."
        out["company_id"] = data.company_id
        for key in FREE_TEXT:
            value = _strip(getattr(data, key))
            if v.looks_like_cpr(value):
                errors[key] = CPR_MESSAGE.format(label=ORDER_LABELS[key])
            out[key] = value
        if out["title"] and len(out["title"]) > 200:
            errors["title"] = "Stillingsbetegnelse må højst være 200 tegn."
        out["offer_types"] = _codes(data.offer_types, ORDER_OFFER, "Tilbyder", errors, "offer_types")
        out["hours"] = _codes(data.hours, ORDER_HOURS, "Timetal", errors, "hours")
        out["employment"] = _code(data.employment, EMPLOYMENT, "Ansættelsesforhold", errors, "employment")
        out["contact_form"] = _code(data.contact_form, CONTACT_FORM, "Kontaktform", errors, "contact_form")
        for key, minimum in (("positions", 1), ("cvs_wanted", 1)):
            try:
                number = v.clean_nonnegative_int(getattr(data, key), ORDER_LABELS[key])
            except ValueError as e:
                errors[key] = str(e)
                number = None
            if number is not None and number < minimum:
                errors[key] = f"{ORDER_LABELS[key]} skal være mindst {minimum}."
            out[key] = number
        if out["positions"] is None and "positions" not in errors:
            out["positions"] = 1
        for key in ("start_date", "cv_deadline", "feedback_deadline", "received_on"):
            out[key] = self._date(getattr(data, key), key, errors)
        if out["received_on"] is None and "received_on" not in errors:
            out["received_on"] = self._ctx.clock.today()
        if out["feedback_deadline"] and out["received_on"] and out["feedback_deadline"] < out["received_on"]:
            errors["feedback_deadline"] = (f"Tilbagemelding senest ({format_date(out['feedback_deadline'])}) kan ikke "
                                           f"ligge før ordren blev modtaget ({format_date(out['received_on'])}).")
        out["wish_retention"] = bool(data.wish_retention)
        out["wish_competence"] = bool(data.wish_competence)
        for key in ("contact_person_id", "owner_id", "search_responsible_id", "feedback_responsible_id"):
            out[key] = getattr(data, key)
        if out["owner_id"] is None:
            out["owner_id"] = self._ctx.actor.id
        if out["owner_id"] is None:
            errors["owner_id"] = "Vælg ordrens tovholder (virksomhedskonsulenten, der har taget ordren)."
        status = data.status if data.status in ORDER_STATUS else ORDER_STATUS.lookup(data.status or "")
        if status is None:
            errors["status"] = f'Status "{data.status}" findes ikke.'
        out["status"] = status
        out["requirements"] = self._requirements(data, errors)
        out["referrals"] = self._referrals(data, errors)
        if errors:
            raise ValidationError(errors)
        return out

    def _requirements(self, data: OrderInput, errors: dict) -> list[dict]:
        lines = []
        for n, r in enumerate(data.requirements, 1):
            where = f"Krav, linje {n}"
            kind = r.kind if r.kind in REQUIREMENT_KIND else REQUIREMENT_KIND.lookup(r.kind or "")
            value = (r.text or "").strip()
            priority = _strip(r.priority)
            if priority is not None and priority not in PRIORITY:
                priority = PRIORITY.lookup(priority) or priority
            if kind is None:
                errors["requirements"] = f'{where}: kravtypen "{r.kind}" findes ikke.'
            elif v.looks_like_cpr(value):
                errors["requirements"] = CPR_MESSAGE.format(label=where)
            elif len(value) > 300:
                errors["requirements"] = f"{where}: højst 300 tegn."
            elif priority is not None and priority not in PRIORITY:
                errors["requirements"] = f'{where}: prioriteten skal være Ufravigelig eller Knap så vigtig.'
            lines.append({"id": r.id, "kind": kind, "text": value, "priority": priority, "position": n})
        return lines

    def _referrals(self, data: OrderInput, errors: dict) -> list[dict]:
        today = self._ctx.clock.today()
        lines = []
        for n, r in enumerate(data.referrals, 1):
            where = f"Formidlingslog, linje {n}"
            ref = (r.candidate_ref or "").strip()
            note = _strip(r.note)
            problem = None
            if not ref:
                problem = f"{where}: skriv kandidatens reference (initialer eller sagsnummer)."
            elif v.looks_like_cpr(ref) or v.looks_like_cpr(v.digits(ref)):
                problem = (f"{where}: kandidatreferencen ser ud til at være et CPR-nummer. Brug initialer eller "
                           "jobcentrets sagsnummer.")
            elif len(ref) > 60:
                problem = f"{where}: kandidatreferencen må højst være 60 tegn."
            elif v.looks_like_cpr(note):
                problem = CPR_MESSAGE.format(label=f"{where}, note")
            sent = answered = None
            try:
                sent = self._parse(r.sent_on)
                answered = self._parse(r.responded_on)
            except DateParseError as e:
                problem = problem or f"{where}: {e}"
            response = r.response if r.response in REFERRAL_RESPONSE else REFERRAL_RESPONSE.lookup(r.response or "")
            if problem is None:
                if sent is None:
                    problem = f"{where}: skriv datoen, CV'et blev sendt."
                elif sent > today:
                    problem = f"{where}: datoen for afsendelse ({format_date(sent)}) ligger i fremtiden."
                elif not r.consent:
                    problem = (f"{where}: kandidatens samtykke til at sende CV'et skal være registreret, før det "
                               "sendes.")
                elif response is None:
                    problem = f'{where}: svaret "{r.response}" findes ikke.'
                elif answered is not None and answered < sent:
                    problem = f"{where}: svaret kan ikke ligge før CV'et blev sendt."
            if problem is not None:
                errors.setdefault("referrals", problem)
            lines.append({"id": r.id, "candidate_ref": ref, "sent_on": sent, "consent": bool(r.consent),
                          "response": response or "sendt", "responded_on": answered, "note": note})
        return lines

    def completeness(self, data, person=None) -> rules.Completeness:
        """How complete an order is (input or detail), with the contact person chosen; no database."""
        return rules.completeness(data, person)

    # --- writing -------------------------------------------------------------------------------
    def create(self, data: OrderInput) -> OrderSaveResult:
        return self._save(None, data)

    def update(self, order_id: uuid.UUID, data: OrderInput) -> OrderSaveResult:
        return self._save(order_id, data)

    def _save(self, order_id: uuid.UUID | None, data: OrderInput) -> OrderSaveResult:
        values = self.validate(data)
        reqs, refs = values.pop("requirements"), values.pop("referrals")
        today = self._ctx.clock.today()
        with self._ctx.sessions.begin() as s:
            company = s.get(Company, values["company_id"])
            if company is None or company.deleted_at is not None:
                raise ValidationError.single("company_id", "Virksomheden findes ikke (den kan være slettet).")
            self._check_refs(s, values)
            if order_id is None:
                o = JobOrder(status_changed_on=today)
                old_status, old_deadline = None, None
                self._ctx.stamp_create(o)
                s.add(o)
            else:
                o = self._live(s, order_id)
                old_status, old_deadline = o.status, o.feedback_deadline
                if o.company_id != values["company_id"]:
                    raise ValidationError.single("company_id", "En ordre kan ikke flyttes til en anden virksomhed.")
            problem = rules.status_problem(old_status, values["status"], cvs_wanted=values["cvs_wanted"],
                                           sent=len(refs), note=values["status_note"],
                                           cv_deadline=values["cv_deadline"], today=today)
            if problem:
                raise ValidationError.single("status", problem)
            deadline = values["feedback_deadline"]
            if (order_id is not None and deadline is not None and deadline != old_deadline and deadline < today
                    and rules.is_open(values["status"])):
                raise ValidationError.single("feedback_deadline", "Tilbagemelding senest kan ikke flyttes til en "
                                                                  "dato, der er passeret.")
            if values["status"] != old_status:
                values["status_changed_on"] = today
            for key, value in values.items():
                setattr(o, key, value)
            if order_id is not None:
                self._ctx.stamp_update(o)
            s.flush()
            oid = o.id
            self._replace_lines(s, JobOrderRequirement, oid, reqs)
            self._replace_lines(s, JobOrderReferral, oid, refs)
            # the order and its promises are one transaction: a failure leaves neither
            created = self._sync_promises(s, oid, closing_reason=self._closing_reason(values["status"], old_status))
        detail = self.get(oid)
        related = [ChangeSet("company", (detail.company_id,), "update")]
        if created:
            related.append(ChangeSet("promise", created, "create"))
        related.append(ChangeSet("promise", tuple(x for x in (detail.feedback_promise_id,) if x), "update"))
        change = ChangeSet("job_order", (oid,), "create" if order_id is None else "update", tuple(related))
        person = detail.contact_person
        return OrderSaveResult(detail, change, rules.status_offers(detail.status, detail.cvs_wanted, detail.referrals),
                               rules.completeness(detail, person), created)

    @staticmethod
    def _closing_reason(new: str, old: str | None) -> str | None:
        if new != old and not rules.is_open(new):
            return f"Jobordren er lukket: {ORDER_STATUS.label(new)}."
        return None

    def set_status(self, order_id: uuid.UUID, status: str, note: str | None = None) -> OrderSaveResult:
        """Change just the status (the list's and the CLI's action), with the same rules as the form."""
        detail = self.get(order_id)
        code = status if status in ORDER_STATUS else ORDER_STATUS.lookup(status or "")
        if code is None:
            raise ValidationError.single("status", f'Status "{status}" findes ikke. Vælg en af: '
                                                   f'{", ".join(t.da for t in ORDER_STATUS)}.')
        data = detail.as_input()
        return self.update(order_id, replace(data, status=code, status_note=_strip(note) or data.status_note))

    def add_referral(self, order_id: uuid.UUID, referral: ReferralInput) -> OrderSaveResult:
        """Log one more CV sent (the command line's "orders refer")."""
        data = self.get(order_id).as_input()
        return self.update(order_id, replace(data, referrals=(*data.referrals, referral)))

    def set_referral_response(self, order_id: uuid.UUID, referral_id: uuid.UUID, response: str,
                              responded_on: dt.date | str | None = None) -> OrderSaveResult:
        data = self.get(order_id).as_input()
        if not any(r.id == referral_id for r in data.referrals):
            raise NotFound("Linjen i formidlingsloggen findes ikke.")
        day = responded_on or self._ctx.clock.today()
        refs = tuple(replace(r, response=response, responded_on=day) if r.id == referral_id else r
                     for r in data.referrals)
        return self.update(order_id, replace(data, referrals=refs))

    def delete(self, order_id: uuid.UUID) -> ChangeSet:
        with self._ctx.sessions.begin() as s:
            o = self._live(s, order_id)
            o.deleted_at = self._ctx.clock.utcnow()
            self._ctx.stamp_update(o)
            company_id = o.company_id
            self._sync_promises(s, order_id, closing_reason="Jobordren er slettet.", deleted=True)
        return ChangeSet("job_order", (order_id,), "delete", (ChangeSet("company", (company_id,), "update"),))

    def _replace_lines(self, s: Session, model, order_id: uuid.UUID, lines: list[dict]) -> None:
        """Lines keep their ids when edited; lines no longer in the form get a tombstone (sync-friendly)."""
        existing = {x.id: x for x in s.scalars(select(model).where(model.order_id == order_id,
                                                                   model.deleted_at.is_(None)))}
        kept = set()
        for n, line in enumerate(lines):
            lid = line.pop("id")
            if model is JobOrderRequirement:
                line["position"] = n
            row = existing.get(lid) if lid else None
            if row is None:
                row = model(order_id=order_id, **line)
                self._ctx.stamp_create(row)
                s.add(row)
            else:
                kept.add(lid)
                if any(getattr(row, k) != val for k, val in line.items()):
                    for k, val in line.items():
                        setattr(row, k, val)
                    self._ctx.stamp_update(row)
        for lid, row in existing.items():
            if lid not in kept:
                row.deleted_at = self._ctx.clock.utcnow()
                self._ctx.stamp_update(row)

    def _check_refs(self, s: Session, values: dict) -> None:
        errors = {}
        for key in ("owner_id", "search_responsible_id", "feedback_responsible_id"):
            cid = values.get(key)
            if cid is not None:
                c = s.get(Consultant, cid)
                if c is None or c.deleted_at is not None:
                    errors[key] = f"{ORDER_LABELS[key]}: konsulenten findes ikke."
        pid = values.get("contact_person_id")
        if pid is not None:
            p = s.get(ContactPerson, pid)
            if p is None or p.deleted_at is not None or p.company_id != values["company_id"]:
                errors["contact_person_id"] = "Kontaktpersonen hører ikke til virksomheden."
        if errors:
            raise ValidationError(errors)

    # --- the promises an order makes ------------------------------------------------------------
    def _sync_promises(self, s: Session, order_id: uuid.UUID, closing_reason: str | None = None,
                       deleted: bool = False) -> tuple[uuid.UUID, ...]:
        """Make the order's promises match the order, inside the caller's transaction `s` (the order and
        its follow-up promises are saved together or not at all); returns the ids of promises created."""
        o = s.get(JobOrder, order_id)
        company = s.get(Company, o.company_id)
        promises = {pid: s.get(Promise, pid) for pid in (o.feedback_promise_id, o.retention_promise_id,
                                                        o.competence_promise_id) if pid}
        promises = {k: (p.status, p.due_date, p.responsible_id) for k, p in promises.items() if p}
        created: list[uuid.UUID] = []
        open_order = rules.is_open(o.status) and not deleted
        what = o.title or "stilling uden titel"

        # Tilbagemelding senest -> the feedback promise.
        fid = o.feedback_promise_id
        current = promises.get(fid) if fid else None
        deadline = o.feedback_deadline
        responsible = o.feedback_responsible_id or o.owner_id or self._ctx.actor.id
        if open_order and deadline is not None and responsible is not None:
            if current is None or current[0] == "aflyst" or (current[0] == "udfoert" and current[1] != deadline):
                pid = self._promises.create_in(s, PromiseInput(
                    title=f"Tilbagemelding til virksomheden på jobordren: {what}", due_date=deadline,
                    responsible_id=responsible, company_id=o.company_id, purpose="ordre_tilbagemelding",
                    source_kind="jobordre", source_id=order_id,
                    details=f"Tilbagemelding senest {format_date(deadline)} til {company.name}."))
                created.append(pid)
                o.feedback_promise_id = pid
            elif current[0] == "aaben":
                if current[1] != deadline:
                    self._promises.reschedule_in(s, fid, deadline, "Tilbagemelding senest er ændret på jobordren.")
                if current[2] != responsible:
                    self._promises.reassign_in(s, fid, responsible,
                                               "Ansvarlig for tilbagemelding er ændret på jobordren.")
        elif current is not None and current[0] == "aaben":
            self._promises.cancel_in(s, fid, closing_reason or "Tilbagemelding senest er fjernet fra jobordren.")

        # Contact wishes -> lead promises for the tovholder.
        lead_owner = company.owner_id or o.owner_id or self._ctx.actor.id
        for flag, column, title in WISHES:
            pid = getattr(o, column)
            current = promises.get(pid) if pid else None
            wanted = getattr(o, flag) and not deleted
            if wanted and current is None and lead_owner is not None:
                due = self._calendar().add_working_days(self._ctx.clock.today(), self._followup_days())
                new_id = self._promises.create_in(s, PromiseInput(
                    title=title, due_date=due, responsible_id=lead_owner, company_id=o.company_id,
                    purpose="information", source_kind="jobordre", source_id=order_id,
                    details=f"Ønsket på jobordren: {what}."))
                created.append(new_id)
                setattr(o, column, new_id)
            elif not wanted and current is not None and current[0] == "aaben":
                self._promises.cancel_in(s, pid, "Jobordren er slettet." if deleted else "Ønsket er fjernet fra jobordren.")
        s.flush()
        return tuple(created)

    # --- reading -------------------------------------------------------------------------------
    def get(self, order_id: uuid.UUID) -> OrderDetail:
        with self._ctx.sessions() as s:
            o = self._live(s, order_id)
            reqs = s.scalars(select(JobOrderRequirement).where(
                JobOrderRequirement.order_id == o.id, JobOrderRequirement.deleted_at.is_(None))
                .order_by(JobOrderRequirement.position, JobOrderRequirement.id))
            refs = s.scalars(select(JobOrderReferral).where(
                JobOrderReferral.order_id == o.id, JobOrderReferral.deleted_at.is_(None))
                .order_by(JobOrderReferral.sent_on, JobOrderReferral.id))
            values = {k: getattr(o, k) for k in (
                "company_id", "received_on", "status", "status_note", "status_changed_on", "title", "positions",
                "work_content", "professional_quals", "personal_quals", "physical_demands", "culture", "notes",
                "working_times", "employment", "start_date", "contact_form", "cvs_wanted", "cv_deadline",
                "wish_retention", "wish_competence", "feedback_deadline", "feedback_promise_id",
                "retention_promise_id", "competence_promise_id", "created_at", "updated_at")}
            return self._detail(s, o.id, values, o.contact_person_id, o.owner_id, o.search_responsible_id,
                                o.feedback_responsible_id, split_codes(o.offer_types), split_codes(o.hours),
                                tuple(RequirementDTO(r.id, r.position, r.kind, r.text, r.priority) for r in reqs),
                                tuple(ReferralDTO(r.id, r.candidate_ref, r.sent_on, r.consent, r.response,
                                                  r.responded_on, r.note) for r in refs))

    def preview(self, data: OrderInput, order_id: uuid.UUID | None = None) -> OrderDetail:
        """The order as typed, not saved (to print what is on the screen). Validated like a save."""
        values = self.validate(data)
        reqs, refs = values.pop("requirements"), values.pop("referrals")
        with self._ctx.sessions() as s:
            company = s.get(Company, values["company_id"])
            if company is None or company.deleted_at is not None:
                raise ValidationError.single("company_id", "Virksomheden findes ikke (den kan være slettet).")
            self._check_refs(s, values)
            keep = {k: values[k] for k in (
                "company_id", "received_on", "status", "status_note", "title", "positions", "work_content",
                "professional_quals", "personal_quals", "physical_demands", "culture", "notes", "working_times",
                "employment", "start_date", "contact_form", "cvs_wanted", "cv_deadline", "wish_retention",
                "wish_competence", "feedback_deadline")}
            keep["status_changed_on"] = None
            return self._detail(
                s, order_id, keep, values["contact_person_id"], values["owner_id"], values["search_responsible_id"],
                values["feedback_responsible_id"], split_codes(values["offer_types"]), split_codes(values["hours"]),
                tuple(RequirementDTO(r["id"] or uuid.UUID(int=n), n, r["kind"], r["text"], r["priority"])
                      for n, r in enumerate(reqs)),
                tuple(ReferralDTO(r["id"] or uuid.UUID(int=n), r["candidate_ref"], r["sent_on"], r["consent"],
                                  r["response"], r["responded_on"], r["note"]) for n, r in enumerate(refs)))

    def _detail(self, s: Session, oid, values: dict, person_id, owner_id, search_id, feedback_id, offers, hours,
                reqs, refs) -> OrderDetail:
        c = s.get(Company, values["company_id"])
        person = s.get(ContactPerson, person_id) if person_id else None

        def who(cid):
            x = s.get(Consultant, cid) if cid else None
            return (x.initials, x.name) if x else (None, None)

        (oi, on), (si, sn), (fi, fn) = who(owner_id), who(search_id), who(feedback_id)
        return OrderDetail(
            id=oid, company_name=c.name, company_cvr=c.cvr, company_address=c.address,
            company_postal_code=c.postal_code, company_city=c.city, company_employees=c.employees,
            company_phone=c.phone, contact_person=person_dto(person) if person else None, owner_id=owner_id,
            owner_initials=oi, owner_name=on, offer_types=offers, hours=hours, search_responsible_id=search_id,
            search_responsible_initials=si, search_responsible_name=sn, feedback_responsible_id=feedback_id,
            feedback_responsible_initials=fi, feedback_responsible_name=fn, requirements=reqs, referrals=refs,
            **values)

    def resolve(self, ref: str) -> uuid.UUID:
        """An order from its id, or from its first or last characters (at least 6) when they are unique — the
        last ones are the random part of a UUIDv7, so they tell orders taken the same minute apart."""
        raw = (ref or "").strip().lower()
        try:
            oid = uuid.UUID(raw)
        except ValueError:
            oid = None
        if oid is not None:
            self.get(oid)
            return oid
        hexed = raw.replace("-", "")
        if len(hexed) < 6 or any(ch not in "0123456789abcdef" for ch in hexed):
            raise NotFound(f'"{ref}" er ikke et ordre-id (brug id\'et fra "jobcrm orders list").')
        with self._ctx.sessions() as s:
            found = list(s.scalars(select(JobOrder.id).where(text("job_order.id LIKE :p OR job_order.id LIKE :q"))
                                   .params(p=hexed + "%", q="%" + hexed).where(JobOrder.deleted_at.is_(None))
                                   .limit(2)))
        if len(found) != 1:
            raise NotFound(f'Ingen entydig jobordre med id "{ref}".')
        return found[0]

    @staticmethod
    def _live(s: Session, order_id: uuid.UUID) -> JobOrder:
        o = s.get(JobOrder, order_id)
        if o is None or o.deleted_at is not None:
            raise NotFound("Jobordren findes ikke (den kan være slettet).")
        return o

    # --- the list --------------------------------------------------------------------------------
    def search_ids(self, flt: OrderFilter = OrderFilter(), sort: OrderSort = OrderSort()) -> list[uuid.UUID]:
        """The ordered ids of every order matching the filter (the list's id snapshot)."""
        with self._ctx.sessions() as s:
            return list(s.scalars(q.ordered(q.filtered(flt, self._ctx.clock.today()), sort)))

    def count(self, flt: OrderFilter = OrderFilter()) -> int:
        with self._ctx.sessions() as s:
            return s.scalar(select(func.count()).select_from(q.filtered(flt, self._ctx.clock.today()).subquery()))

    def rows(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, OrderRow]:
        """Display rows for a page of ids (one query for the rows, one for the referral counts)."""
        if not ids:
            return {}
        with self._ctx.sessions() as s:
            return q.order_rows(s, ids)

    def page(self, offset: int = 0, limit: int = 100, flt: OrderFilter = OrderFilter(),
             sort: OrderSort = OrderSort()) -> list[OrderRow]:
        """A page of the list, in order, with LIMIT/OFFSET in SQL (for the command line)."""
        with self._ctx.sessions() as s:
            query = q.ordered(q.filtered(flt, self._ctx.clock.today()), sort).offset(offset).limit(limit)
            ids = list(s.scalars(query))
        rows = self.rows(ids)
        return [rows[i] for i in ids]

    def for_company(self, company_id: uuid.UUID, limit: int = MAX_PER_COMPANY) -> list[OrderRow]:
        """The company's orders, open ones first, newest first (the company card)."""
        query = (q.filtered(OrderFilter(company_id=company_id), self._ctx.clock.today())
                 .order_by(JobOrder.status.in_(ORDER_OPEN_STATUSES).desc(), JobOrder.received_on.desc(), JobOrder.id)
                 .limit(limit))
        with self._ctx.sessions() as s:
            ids = list(s.scalars(query))
        rows = self.rows(ids)
        return [rows[i] for i in ids]

    def form_contacts(self, company_id: uuid.UUID, history, limit: int = 12):
        """The company's latest contacts for page 2 of the order form, oldest first."""
        return list(reversed(history.timeline(company_id, limit=limit)))
