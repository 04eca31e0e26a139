"""Placements ("Forløb", PRODUCT.md §6): a candidate (pseudonymous reference, never a CPR number) in a
slot from start to planned end; extend (4 weeks at a time by default); end with an outcome.

Starting a placement makes its follow-up plan as promises in the same transaction (source_kind
"forloeb", source_id = the placement): contact every week while it runs (a recurring promise that ends
with the placement), and "Evaluering før forløbets afslutning" N working days before the end. An
extension moves the evaluation and lengthens the weekly series; ending it cancels what is left of the
plan, and after an "Ordinær ansættelse" plans Efterværn monthly for three months. Contacts during the
placement (trepartssamtaler too) go into the company's history linked to it (link_kind "placement").
"""

from __future__ import annotations

import datetime as dt
import uuid

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from jobcrm.domain import slots as rules
from jobcrm.domain import validation as v
from jobcrm.domain.dates import format_date
from jobcrm.domain.recurrence import validate_rule
from jobcrm.domain.vocab import PLACEMENT_OUTCOME, SCHEME, SUBSIDISED_SCHEMES
from jobcrm.errors import NotFound, ValidationError
from jobcrm.models import Company, Mentor, Placement, PlacementExtension, Promise, Slot
from jobcrm.services import slot_queries as q
from jobcrm.services.changes import ChangeSet
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import ContactDTO, PromiseDTO
from jobcrm.services.history import HistoryService
from jobcrm.services.promises import PromiseInput, PromiseService
from jobcrm.services.settings import SettingsService
from jobcrm.services.slot_dto import EndResult, PlacementDTO, PlacementInput, StartResult
from jobcrm.services.slots import clean_date

LINK_KIND = "placement"  # Contact.link_kind for contacts during a placement
SOURCE_KIND = "forloeb"  # Promise.source_kind for its follow-up plan
CPR_MESSAGE = ("Kandidatreferencen ligner et CPR-nummer. CPR-numre må aldrig gemmes i JobCRM — brug initialer "
               "eller jobcentrets sagsnummer.")
PLACEMENT_LABELS = {"candidate_ref": "Kandidatreference", "candidate_note": "Noter om forløbet",
                    "start_date": "Startdato", "planned_end": "Planlagt slut", "hours_per_week": "Timer pr. uge",
                    "first_day_time": "Mødetid første dag", "meeting_point": "Mødested",
                    "ask_for": "Spørg efter", "end_note": "Bemærkning", "reason": "Begrundelse"}


def clean_candidate_ref(text: str | None) -> str:
    ref = " ".join((text or "").split())
    if not ref:
        raise ValidationError.single("candidate_ref", "Skriv en kandidatreference (initialer eller sagsnummer).")
    digits = v.digits(ref)
    if v.looks_like_cpr(ref) or (digits.isdigit() and len(digits) == 10):
        raise ValidationError.single("candidate_ref", CPR_MESSAGE)
    if len(ref) > 60:
        raise ValidationError.single("candidate_ref", "Kandidatreferencen må højst være 60 tegn.")
    return ref


def _text(value, key: str, errors: dict) -> str | None:
    text = (value or "").strip() or None
    if v.looks_like_cpr(text):
        errors[key] = f"{PLACEMENT_LABELS[key]} ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes."
    return text


class PlacementService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService, promises: PromiseService,
                 history: HistoryService):
        self._ctx = ctx
        self._settings = settings
        self._promises = promises
        self._history = history

    # --- start ---------------------------------------------------------------------------------
    def start(self, data: PlacementInput) -> StartResult:
        today = self._ctx.clock.today()
        cal = self._settings.calendar()
        errors: dict[str, str] = {}
        try:
            ref = clean_candidate_ref(data.candidate_ref)
        except ValidationError as e:
            errors.update(e.errors)
            ref = ""
        start = end = None
        try:
            start = clean_date(data.start_date, "Startdato", today, cal)
            if start is None:
                errors["start_date"] = "Angiv startdatoen."
        except ValueError as e:
            errors["start_date"] = str(e)
        try:
            end = clean_date(data.planned_end, "Planlagt slut", today, cal)
        except ValueError as e:
            errors["planned_end"] = str(e)
        if start and end is None and "planned_end" not in errors:
            weeks = data.weeks or int(self._settings.get("placement_extension_weeks"))
            if not 1 <= weeks <= 104:
                errors["planned_end"] = "Varigheden skal være mellem 1 og 104 uger."
            else:
                end = start + dt.timedelta(weeks=weeks) - dt.timedelta(days=1)
        if start and end and end < start:
            errors["planned_end"] = "Den planlagte slutdato ligger før startdatoen."
        hours = None
        if data.hours_per_week not in (None, ""):
            try:
                hours = int(str(data.hours_per_week).strip())
                if not 1 <= hours <= 48:
                    errors["hours_per_week"] = "Timer pr. uge skal være mellem 1 og 48."
            except ValueError:
                errors["hours_per_week"] = f'Timer pr. uge skal være et helt tal (fik "{data.hours_per_week}").'
        texts = {k: _text(getattr(data, k), k, errors)
                 for k in ("candidate_note", "first_day_time", "meeting_point", "ask_for")}
        responsible = data.responsible_id or self._ctx.actor.id
        if responsible is None:
            errors["responsible_id"] = "Vælg den ansvarlige konsulent."
        if errors:
            raise ValidationError(errors)
        warnings: list[str] = []
        with self._ctx.sessions.begin() as s:
            slot = self._slot(s, data.slot_id)
            self._check_open(slot, start, end)
            self._check_seats(s, slot, start, end)
            mentor = None
            if data.mentor_id is not None:
                mentor = s.get(Mentor, data.mentor_id)
                if mentor is None or mentor.deleted_at is not None:
                    raise ValidationError.single("mentor_id", "Mentoren findes ikke.")
                busy = q.active_mentees(s, [mentor.id], max(start, today)).get(mentor.id, 0)
                if busy + 1 > mentor.max_mentees:
                    warnings.append(f"{mentor.name} får {busy + 1} mentees, men har højst {mentor.max_mentees}.")
            if slot.scheme in SUBSIDISED_SCHEMES:
                ratio = q.ratio_check(s, slot.company_id, start, end, extra=1)
                if ratio.message:
                    warnings.append(ratio.message)
            p = Placement(slot_id=slot.id, candidate_ref=ref, start_date=start, planned_end=end, original_end=end,
                          hours_per_week=hours if hours is not None else slot.hours_per_week,
                          mentor_id=mentor.id if mentor else None, responsible_id=responsible, **texts)
            if p.ask_for is None and mentor is not None:
                p.ask_for = mentor.name
            self._ctx.stamp_create(p)
            s.add(p)
            s.flush()
            created = self._make_plan(s, p, slot, today)
            pid = p.id
        return StartResult(self.get(pid), tuple(created), tuple(warnings))

    def _make_plan(self, s: Session, p: Placement, slot: Slot, today: dt.date) -> list[uuid.UUID]:
        created = []
        weekly = self._weekly_input(s, p, slot, max(p.start_date, today) + dt.timedelta(days=7), p.planned_end)
        if weekly is not None:
            created.append(self._promises.create_in(s, weekly))
        created.append(self._promises.create_in(s, self._evaluation_input(s, p, slot, today)))
        return created

    def _title(self, p: Placement, slot: Slot, what: str) -> str:
        return f"{what}: {p.candidate_ref} – {slot.title}"

    def _weekly_input(self, s: Session, p: Placement, slot: Slot, first: dt.date,
                      until: dt.date) -> PromiseInput | None:
        first = self._settings.calendar().add_working_days(first, 0)
        if first > until:
            return None
        base = validate_rule(str(q.read_setting(s, "placement_contact_rule")))
        rule = ";".join(x for x in base.split(";") if not x.startswith(("UNTIL=", "COUNT=")))
        mentor = f" (mentor: {s.get(Mentor, p.mentor_id).name})" if p.mentor_id else ""
        return PromiseInput(
            title=self._title(p, slot, "Ugentlig kontakt om forløbet"), due_date=first,
            responsible_id=p.responsible_id, company_id=slot.company_id, purpose="opfoelgning_forloeb",
            source_kind=SOURCE_KIND, source_id=p.id, recurrence=f"{rule};UNTIL={until:%Y%m%d}",
            details=f"Kontakt borgeren og virksomheden{mentor}, og tag eventuelle problemer i opløbet.")

    def _evaluation_date(self, s: Session, p: Placement, today: dt.date) -> dt.date:
        n = int(q.read_setting(s, "placement_evaluation_working_days"))
        due = self._settings.calendar().add_working_days(p.planned_end, -n)
        return max(due, p.start_date, today)

    def _evaluation_input(self, s: Session, p: Placement, slot: Slot, today: dt.date) -> PromiseInput:
        return PromiseInput(
            title=self._title(p, slot, "Evaluering før forløbets afslutning"),
            due_date=self._settings.calendar().add_working_days(self._evaluation_date(s, p, today), 0),
            responsible_id=p.responsible_id, company_id=slot.company_id, purpose="evaluering",
            source_kind=SOURCE_KIND, source_id=p.id,
            details=(f"Forløbet slutter {format_date(p.planned_end)}. Drøft med virksomheden, om det kan føre til "
                     "ordinær ansættelse — ellers løntilskud, forlængelse eller en anden vej."))

    # --- extend --------------------------------------------------------------------------------
    def extend(self, placement_id: uuid.UUID, *, weeks: int | None = None, to: dt.date | str | None = None,
               reason: str | None = None) -> PlacementDTO:
        """Forlæng: move the planned end (default the office's 4 weeks); the evaluation moves with it and
        the weekly contact runs on to the new end."""
        today = self._ctx.clock.today()
        errors: dict[str, str] = {}
        reason_text = _text(reason, "reason", errors)
        try:
            new_end = clean_date(to, "Ny slutdato", today, self._settings.calendar())
        except ValueError as e:
            errors["to"] = str(e)
            new_end = None
        if errors:
            raise ValidationError(errors)
        with self._ctx.sessions.begin() as s:
            p = self._live(s, placement_id)
            if p.ended_on is not None:
                raise ValidationError.single("placement", "Forløbet er afsluttet og kan ikke forlænges.")
            slot = s.get(Slot, p.slot_id)
            if new_end is None:
                n = weeks if weeks is not None else int(q.read_setting(s, "placement_extension_weeks"))
                if not 1 <= n <= 104:
                    raise ValidationError.single("weeks", "Forlængelsen skal være mellem 1 og 104 uger.")
                new_end = p.planned_end + dt.timedelta(weeks=n)
            if new_end <= p.planned_end:
                raise ValidationError.single("to", f"Den nye slutdato skal ligge efter {format_date(p.planned_end)}.")
            self._check_open(slot, p.planned_end + dt.timedelta(days=1), new_end)
            self._check_seats(s, slot, p.planned_end + dt.timedelta(days=1), new_end, exclude=p.id)
            old_end = p.planned_end
            ext = PlacementExtension(placement_id=p.id, from_end=old_end, to_end=new_end, reason=reason_text)
            self._ctx.stamp_create(ext)
            s.add(ext)
            p.planned_end = new_end
            self._ctx.stamp_update(p)
            s.flush()
            why = f"Forløbet er forlænget til {format_date(new_end)}"
            plan = self._open_plan(s, p.id)
            evaluation = [x for x in plan if x.purpose == "evaluering"]
            if evaluation:
                new_due = self._settings.calendar().add_working_days(self._evaluation_date(s, p, today), 0)
                for e in evaluation:
                    self._promises.reschedule_in(s, e.id, new_due, why)
            else:
                self._promises.create_in(s, self._evaluation_input(s, p, slot, today))
            weekly = [x for x in plan if x.recurrence]
            if weekly:
                for w in weekly:
                    rule = ";".join(x for x in w.recurrence.split(";") if not x.startswith(("UNTIL=", "COUNT=")))
                    self._promises.set_recurrence_in(s, w.id, f"{rule};UNTIL={new_end:%Y%m%d}")
            else:
                nxt = self._weekly_input(s, p, slot, max(old_end, today) + dt.timedelta(days=7), new_end)
                if nxt is not None:
                    self._promises.create_in(s, nxt)
        return self.get(placement_id)

    # --- end -----------------------------------------------------------------------------------
    def end(self, placement_id: uuid.UUID, outcome: str, *, ended_on: dt.date | str | None = None,
            note: str | None = None) -> EndResult:
        today = self._ctx.clock.today()
        errors: dict[str, str] = {}
        code = outcome if outcome in PLACEMENT_OUTCOME else PLACEMENT_OUTCOME.lookup(outcome or "")
        if code is None:
            errors["outcome"] = (f'Udfald "{outcome}" findes ikke. Vælg en af: '
                                 f'{", ".join(t.da for t in PLACEMENT_OUTCOME)}.')
        note_text = _text(note, "end_note", errors)
        try:
            day = clean_date(ended_on, "Slutdato", today, self._settings.calendar())
        except ValueError as e:
            errors["ended_on"] = str(e)
            day = None
        if errors:
            raise ValidationError(errors)
        with self._ctx.sessions.begin() as s:
            p = self._live(s, placement_id)
            if p.ended_on is not None:
                raise ValidationError.single("placement", f"Forløbet er allerede afsluttet {format_date(p.ended_on)}.")
            day = day or min(today, p.planned_end)
            if day < p.start_date:
                raise ValidationError.single("ended_on", f"Slutdatoen ligger før starten ({format_date(p.start_date)}).")
            slot = s.get(Slot, p.slot_id)
            company = s.get(Company, slot.company_id)
            p.ended_on, p.outcome, p.end_note = day, code, note_text
            self._ctx.stamp_update(p)
            why = f"Forløbet er afsluttet {format_date(day)}: {PLACEMENT_OUTCOME.label(code)}"
            cancelled = []
            for x in self._open_plan(s, p.id):
                if x.purpose != "efterværn":
                    self._promises.cancel_in(s, x.id, why)
                    cancelled.append(x.id)
            aftercare = []
            if code == "ordinaer":
                months = int(q.read_setting(s, "aftercare_months"))
                first = self._settings.calendar().add_working_days(day + relativedelta(months=1), 0)
                aftercare.append(self._promises.create_in(s, PromiseInput(
                    title=f"Efterværn efter ordinær ansættelse: {p.candidate_ref} hos {company.name}",
                    due_date=first, responsible_id=p.responsible_id, company_id=company.id, purpose="efterværn",
                    source_kind=SOURCE_KIND, source_id=p.id,
                    recurrence=f"FREQ=MONTHLY;INTERVAL=1;COUNT={months}",
                    details=(f"Kontakt borgeren og virksomheden en gang om måneden i {months} måneder efter "
                             "ansættelsen, så ansættelsen holder."))))
        return EndResult(self.get(placement_id), tuple(cancelled), tuple(aftercare))

    # --- contacts during the placement ---------------------------------------------------------
    def log_contact(self, placement_id: uuid.UUID, channel: str, summary: str, *,
                    occurred_at: dt.datetime | None = None, person_ids: tuple[uuid.UUID, ...] = (),
                    consultant_id: uuid.UUID | None = None) -> ContactDTO:
        """A contact about the placement (a call, a visit, a trepartssamtale) in the company's history,
        linked to the placement."""
        with self._ctx.sessions() as s:
            p = self._live(s, placement_id)
            company_id = s.scalar(select(Slot.company_id).where(Slot.id == p.slot_id))
        return self._history.log(company_id, channel, summary, occurred_at=occurred_at, person_ids=person_ids,
                                 consultant_id=consultant_id, purpose="opfoelgning_forloeb", link_kind=LINK_KIND,
                                 link_id=placement_id)

    def contacts(self, placement_id: uuid.UUID) -> list[ContactDTO]:
        return self._history.linked(LINK_KIND, placement_id)

    def plan(self, placement_id: uuid.UUID) -> list[PromiseDTO]:
        """The follow-up plan: every promise made for the placement, open or not, by due date."""
        return self._promises.for_source(SOURCE_KIND, placement_id)

    # --- editing the details -------------------------------------------------------------------
    def update_details(self, placement_id: uuid.UUID, *, mentor_id: uuid.UUID | None = None,
                       hours_per_week: int | str | None = None, first_day_time: str | None = None,
                       meeting_point: str | None = None, ask_for: str | None = None,
                       candidate_note: str | None = None) -> PlacementDTO:
        """The first-day details, mentor, hours and notes (the dates change through extend/end)."""
        errors: dict[str, str] = {}
        texts = {"first_day_time": _text(first_day_time, "first_day_time", errors),
                 "meeting_point": _text(meeting_point, "meeting_point", errors),
                 "ask_for": _text(ask_for, "ask_for", errors),
                 "candidate_note": _text(candidate_note, "candidate_note", errors)}
        hours = None
        if hours_per_week not in (None, ""):
            try:
                hours = int(str(hours_per_week).strip())
                if not 1 <= hours <= 48:
                    errors["hours_per_week"] = "Timer pr. uge skal være mellem 1 og 48."
            except ValueError:
                errors["hours_per_week"] = f'Timer pr. uge skal være et helt tal (fik "{hours_per_week}").'
        if errors:
            raise ValidationError(errors)
        with self._ctx.sessions.begin() as s:
            p = self._live(s, placement_id)
            if mentor_id is not None and (s.get(Mentor, mentor_id) is None):
                raise ValidationError.single("mentor_id", "Mentoren findes ikke.")
            p.mentor_id = mentor_id
            p.hours_per_week = hours
            for key, value in texts.items():
                setattr(p, key, value)
            self._ctx.stamp_update(p)
        return self.get(placement_id)

    # --- reading -------------------------------------------------------------------------------
    def get(self, placement_id: uuid.UUID, on: dt.date | None = None) -> PlacementDTO:
        with self._ctx.sessions() as s:
            rows = s.execute(q.placement_rows_query().where(Placement.id == placement_id)).all()
            if not rows:
                raise NotFound("Forløbet findes ikke.")
            return q.placement_dtos(s, rows, on or self._ctx.clock.today())[0]

    def list(self, *, active: bool = False, slot_id: uuid.UUID | None = None, company_id: uuid.UUID | None = None,
             responsible_id: uuid.UUID | None = None, offset: int = 0, limit: int = 200) -> list[PlacementDTO]:
        """Placements, newest start first, a page at a time. `active`: planned or running today."""
        today = self._ctx.clock.today()
        stmt = q.placement_rows_query()
        if active:
            stmt = stmt.where(q.placement_end() >= today)
        if slot_id:
            stmt = stmt.where(Placement.slot_id == slot_id)
        if company_id:
            stmt = stmt.where(Slot.company_id == company_id)
        if responsible_id:
            stmt = stmt.where(Placement.responsible_id == responsible_id)
        stmt = stmt.order_by(Placement.start_date.desc(), Placement.id.desc()).offset(offset).limit(limit)
        with self._ctx.sessions() as s:
            return q.placement_dtos(s, s.execute(stmt).all(), today)

    def resolve(self, ref: str) -> uuid.UUID:
        try:
            pid = uuid.UUID(ref.strip())
        except ValueError:
            raise NotFound(f'"{ref}" er ikke et forløbs-id.') from None
        with self._ctx.sessions() as s:
            self._live(s, pid)
        return pid

    @staticmethod
    def changes(placement: PlacementDTO, *promise_ids: uuid.UUID) -> ChangeSet:
        related = [ChangeSet("slot", (placement.slot_id,), "update"),
                   ChangeSet("company", (placement.company_id,), "update")]
        if promise_ids:
            related.append(ChangeSet("promise", tuple(promise_ids), "update"))
        return ChangeSet("placement", (placement.id,), "update", tuple(related))

    # --- helpers -------------------------------------------------------------------------------
    def _open_plan(self, s: Session, placement_id: uuid.UUID) -> list[Promise]:
        return list(s.scalars(select(Promise).where(
            Promise.source_kind == SOURCE_KIND, Promise.source_id == placement_id, Promise.status == "aaben",
            Promise.deleted_at.is_(None))))

    @staticmethod
    def _live(s: Session, placement_id: uuid.UUID) -> Placement:
        p = s.get(Placement, placement_id)
        if p is None or p.deleted_at is not None:
            raise NotFound("Forløbet findes ikke.")
        return p

    @staticmethod
    def _slot(s: Session, slot_id: uuid.UUID) -> Slot:
        slot = s.get(Slot, slot_id)
        if slot is None or slot.deleted_at is not None:
            raise ValidationError.single("slot_id", "Pladsen findes ikke.")
        return slot

    @staticmethod
    def _check_open(slot: Slot, start: dt.date, end: dt.date) -> None:
        if slot.closed_on is not None and slot.closed_on <= end:
            raise ValidationError.single("start_date", f"Pladsen er lukket fra {format_date(slot.closed_on)}.")
        if slot.available_to is not None and end > slot.available_to:
            raise ValidationError.single("planned_end",
                                         f"Pladsen er kun ledig til {format_date(slot.available_to)}.")
        if start < slot.available_from:
            raise ValidationError.single("start_date",
                                         f"Pladsen er først ledig fra {format_date(slot.available_from)}.")

    @staticmethod
    def _check_seats(s: Session, slot: Slot, start: dt.date, end: dt.date, exclude: uuid.UUID | None = None) -> None:
        stmt = select(Placement.start_date, q.placement_end()).where(
            Placement.slot_id == slot.id, Placement.deleted_at.is_(None), Placement.start_date <= end,
            q.placement_end() >= start)
        if exclude is not None:
            stmt = stmt.where(Placement.id != exclude)
        intervals = [(a, b) for a, b in s.execute(stmt)]
        if rules.max_concurrent(intervals, start, end) >= slot.capacity:
            seats = "pladsen" if slot.capacity == 1 else f"alle {slot.capacity} pladser"
            busy = next(d for d in sorted({start} | {a for a, _ in intervals if a >= start})
                        if rules.occupied_on(intervals, d) >= slot.capacity)
            raise ValidationError.single(
                "start_date", f"{SCHEME.label(slot.scheme)}: {seats} er optaget {format_date(busy)} "
                              f"(\"{slot.title}\"). Vælg en anden periode eller plads.")
