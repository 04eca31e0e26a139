"""Quick log ("Log kontakt"): a contact and, optionally, the promise made in it — in ONE transaction.

The promise is linked to the contact (source_kind "kontakt", source_id = the contact's id), so the
inbox can show where it came from. Either both are saved or neither is.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from jobcrm.domain.dates import parse_date
from jobcrm.errors import ValidationError
from jobcrm.ids import uuid7
from jobcrm.models import Consultant, Promise
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import ContactDTO, PromiseDTO
from jobcrm.services.history import HistoryService, insert_contact, validate_contact
from jobcrm.services.promises import PromiseInput, PromiseService, refresh_company_next_due, validate_promise
from jobcrm.services.settings import SettingsService


@dataclass(frozen=True)
class QuickLogInput:
    company_id: uuid.UUID
    channel: str
    summary: str
    person_ids: tuple[uuid.UUID, ...] = ()
    occurred_at: dt.datetime | None = None
    consultant_id: uuid.UUID | None = None  # who made the contact; default: the current user
    # The optional promise (leave promise_title empty for none).
    promise_title: str | None = None
    promised_by: str = "jobcentret"
    due: str | dt.date | None = None  # a date, or text such as "+3 arbejdsdage", "i morgen", "24.11.2026"
    responsible_id: uuid.UUID | None = None  # default: the current user
    purpose: str = "andet"
    recurrence: str | None = None  # RRULE text (domain.recurrence.build_rule), e.g. "FREQ=WEEKLY;INTERVAL=1;COUNT=6"


@dataclass(frozen=True)
class QuickLogResult:
    contact: ContactDTO
    promise: PromiseDTO | None


class QuickLogService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService, history: HistoryService,
                 promises: PromiseService):
        self._ctx = ctx
        self._settings = settings
        self._history = history
        self._promises = promises

    def parse_due(self, text: str | dt.date) -> dt.date:
        """A due date from what a consultant types, with the office's working-day calendar."""
        if isinstance(text, dt.date):
            return text
        try:
            return parse_date(text, self._ctx.clock.today(), self._settings.calendar())
        except ValueError as e:
            raise ValidationError.single("due", str(e)) from None

    def log(self, data: QuickLogInput) -> QuickLogResult:
        errors: dict[str, str] = {}
        try:
            contact_values = validate_contact(data.channel, data.summary)
        except ValidationError as e:
            errors.update(e.errors)
            contact_values = {}
        promise_values = None
        title = (data.promise_title or "").strip()
        if title:
            due = None
            if data.due is None or (isinstance(data.due, str) and not data.due.strip()):
                errors["due"] = "Angiv en frist for aftalen, fx \"+3 arbejdsdage\" eller \"i morgen\"."
            else:
                try:
                    due = self.parse_due(data.due)
                except ValidationError as e:
                    errors.update(e.errors)
            responsible = data.responsible_id or self._ctx.actor.id
            if responsible is None:
                errors["responsible_id"] = "Vælg den ansvarlige konsulent."
            try:
                promise_values = validate_promise(PromiseInput(
                    title=title, due_date=due or self._ctx.clock.today(), responsible_id=responsible,
                    company_id=data.company_id, promised_by=data.promised_by, purpose=data.purpose,
                    source_kind="kontakt", recurrence=data.recurrence,
                    contact_person_id=data.person_ids[0] if data.person_ids else None))
            except ValidationError as e:
                errors.update({("promise_title" if k == "title" else k): m for k, m in e.errors.items()})
        elif data.due and isinstance(data.due, str) and data.due.strip():
            errors["promise_title"] = "Beskriv hvad der er aftalt, eller fjern fristen."
        elif data.recurrence:
            errors["promise_title"] = "Beskriv hvad der er aftalt, eller vælg at den ikke gentages."
        if errors:
            raise ValidationError(errors)

        promise_id = None
        with self._ctx.sessions.begin() as s:
            contact_id = insert_contact(s, self._ctx, data.company_id, contact_values,
                                        occurred_at=data.occurred_at, consultant_id=data.consultant_id,
                                        person_ids=data.person_ids)
            if promise_values is not None:
                if s.get(Consultant, promise_values["responsible_id"]) is None:
                    raise ValidationError.single("responsible_id", "Den ansvarlige konsulent findes ikke.")
                p = Promise(status="aaben", **(promise_values | {"source_id": contact_id}))
                if p.recurrence:
                    p.series_id = uuid7()
                self._ctx.stamp_create(p)
                s.add(p)
                s.flush()
                refresh_company_next_due(s, data.company_id)
                promise_id = p.id
        contact = self._history.get(contact_id)
        return QuickLogResult(contact, self._promises.get(promise_id) if promise_id else None)
