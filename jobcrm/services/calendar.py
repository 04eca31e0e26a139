"""Calendar export (.ics, RFC 5545): open promises as VTODO (to-dos with a due date) so they show in Outlook
and other calendars, and whatever other features register as VEVENTs (planned visits).

Other record types add events through `CalendarService.register_events(source)`. A source is a small query,
like the inbox's flag sources:

    def planned_visits(session, consultant_id: uuid.UUID | None, today: dt.date) -> list[CalendarEvent]: ...
    services.calendar.register_events(planned_visits)

`consultant_id` is None for "everyone"; `today` lets a source leave out what is long past. The events'
start and end are aware datetimes (any zone; they are written in Europe/Copenhagen time).

Outlook notes: METHOD:PUBLISH, CRLF line endings (icalendar writes them), and a VTIMEZONE in the RRULE form
(last Sunday of March/October) that Outlook's desktop app reads correctly; it mis-reads the RDATE lists that
generated time zones use and shifts summer times by an hour. Outlook's desktop app also ignores VTODO on
import, so the export can write promises as all-day VEVENTs instead (`promises_as="event"`).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from jobcrm import __version__
from jobcrm.domain.dates import format_date
from jobcrm.domain.recurrence import describe
from jobcrm.domain.vocab import PROMISED_BY, PURPOSE
from jobcrm.errors import JobCRMError
from jobcrm.models import Company, Consultant, ContactPerson, Promise
from jobcrm.services.context import ServiceContext
from jobcrm.services.promises import reschedule_count

if TYPE_CHECKING:
    import icalendar

TZID = "Europe/Copenhagen"
TZ = ZoneInfo(TZID)
PRODID = f"-//JobCRM//JobCRM {__version__}//DA"
UID_DOMAIN = "jobcrm"


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT from another feature (a planned visit, a meeting). `uid` must be stable for the same record
    (e.g. f"{visit.id}@jobcrm") so a new export updates the event instead of duplicating it."""

    uid: str
    summary: str
    description: str
    location: str | None
    start: dt.datetime
    end: dt.datetime
    categories: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError(f"calendar event {self.uid!r}: start and end must be aware datetimes")
        if self.end < self.start:
            raise ValueError(f"calendar event {self.uid!r} ends before it starts")


EventSource = Callable[[Session, uuid.UUID | None, dt.date], list[CalendarEvent]]
PromisesAs = Literal["todo", "event"]


@dataclass(frozen=True)
class CalendarExport:
    """What was written: the calendar's name and how many to-dos (promises) and events it holds."""

    name: str
    todos: int
    events: int
    data: bytes


def copenhagen_timezone() -> icalendar.Timezone:
    """VTIMEZONE for Europe/Copenhagen with the EU summer-time rule (valid since 1996)."""
    import icalendar  # only when exporting: start-up does not pay for it

    tz = icalendar.Timezone()
    tz.add("tzid", TZID)
    tz.add("x-lic-location", TZID)
    for kind, start, month, offset_from, offset_to, name in (
        (icalendar.TimezoneDaylight, dt.datetime(1970, 3, 29, 2, 0), 3, 1, 2, "CEST"),
        (icalendar.TimezoneStandard, dt.datetime(1970, 10, 25, 3, 0), 10, 2, 1, "CET"),
    ):
        part = kind()
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", dt.timedelta(hours=offset_from))
        part.add("tzoffsetto", dt.timedelta(hours=offset_to))
        part.add("tzname", name)
        tz.add_component(part)
    return tz


class CalendarService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx
        self._sources: list[EventSource] = []

    def register_events(self, source: EventSource) -> None:
        """Add a source of VEVENTs (see the module docstring)."""
        if source in self._sources:
            raise ValueError(f"calendar event source {source!r} is already registered")
        self._sources.append(source)

    # --- building --------------------------------------------------------------------------------
    def build(self, consultant_id: uuid.UUID | None = None, *, promises_as: PromisesAs = "todo") -> CalendarExport:
        """The calendar for one consultant (their open promises and events), or for everyone (None)."""
        import icalendar  # only when exporting: start-up does not pay for it

        today = self._ctx.clock.today()
        stamp = self._ctx.clock.utcnow()
        with self._ctx.sessions() as s:
            who = None
            if consultant_id is not None:
                c = s.get(Consultant, consultant_id)
                if c is None:
                    raise JobCRMError("Konsulenten findes ikke.")
                who = c.initials
            promises = self._promise_rows(s, consultant_id)
            events: list[CalendarEvent] = []
            for source in self._sources:
                events.extend(source(s, consultant_id, today))
        name = f"JobCRM – opfølgninger for {who}" if who else "JobCRM – alle opfølgninger"
        cal = icalendar.Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", name)
        cal.add("x-wr-timezone", TZID)
        cal.add_component(copenhagen_timezone())
        for row in promises:
            cal.add_component(_promise_component(row, stamp, promises_as))
        for e in events:
            cal.add_component(_event_component(e, stamp))
        todos = len(promises) if promises_as == "todo" else 0
        return CalendarExport(name, todos, len(events) + len(promises) - todos, cal.to_ical())

    def export(self, path: str | os.PathLike, consultant_id: uuid.UUID | None = None, *,
               promises_as: PromisesAs = "todo") -> CalendarExport:
        """Write the calendar to `path` via a temporary file, so a failure leaves no half-written file."""
        result = self.build(consultant_id, promises_as=promises_as)
        target = Path(path)
        if not target.parent.is_dir():
            raise JobCRMError(f"Mappen {target.parent} findes ikke.")
        try:
            fd, tmp = tempfile.mkstemp(prefix=".jobcrm-", suffix=".tmp", dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(result.data)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as e:
            raise JobCRMError(f"Filen {target} kan ikke skrives ({e.strerror or e}).") from None
        return result

    # --- the promises ------------------------------------------------------------------------------
    @staticmethod
    def _promise_rows(s: Session, consultant_id: uuid.UUID | None) -> list[dict]:
        named = aliased(ContactPerson)
        primary_id = (select(ContactPerson.id)
                      .where(ContactPerson.company_id == Promise.company_id, ContactPerson.is_primary.is_(True),
                             ContactPerson.active.is_(True), ContactPerson.deleted_at.is_(None))
                      .order_by(ContactPerson.id).limit(1).correlate(Promise).scalar_subquery())
        q = (
            select(Promise, Company.name, Company.phone, Company.address, Company.postal_code, Company.city,
                   Consultant.initials, Consultant.name, named.name, named.title, named.phone, named.mobile,
                   primary_id, reschedule_count())
            .outerjoin(Company, Company.id == Promise.company_id)
            .join(Consultant, Consultant.id == Promise.responsible_id)
            .outerjoin(named, and_(named.id == Promise.contact_person_id, named.deleted_at.is_(None)))
            .where(Promise.status == "aaben", Promise.deleted_at.is_(None))
            .order_by(Promise.due_date, Promise.due_time.nulls_last(), Promise.id)
        )
        if consultant_id is not None:
            q = q.where(Promise.responsible_id == consultant_id)
        rows = []
        for (p, cname, cphone, address, postal, city, initials, rname, pname, ptitle, pphone, pmobile, primary,
             moved) in s.execute(q):
            rows.append({"p": p, "company": cname, "company_phone": cphone,
                         "location": ", ".join(x for x in (address, " ".join(y for y in (postal, city) if y)) if x),
                         "responsible": f"{initials} – {rname}", "person": (pname, ptitle, pphone or pmobile),
                         "primary_id": primary, "moved": moved or 0})
        missing = {r["primary_id"] for r in rows if r["person"][0] is None and r["primary_id"] is not None}
        people = {}
        ids = list(missing)
        for i in range(0, len(ids), 900):
            for cp in s.scalars(select(ContactPerson).where(ContactPerson.id.in_(ids[i:i + 900]))):
                people[cp.id] = (cp.name, cp.title, cp.phone or cp.mobile)
        for r in rows:
            if r["person"][0] is None:
                r["person"] = people.get(r["primary_id"], (None, None, None))
        return rows


def _promise_description(row: dict) -> str:
    p: Promise = row["p"]
    name, title, phone = row["person"]
    lines = [p.title]
    if p.details:
        lines.append(p.details)
    lines.append(f"Hvem gør hvad: {PROMISED_BY.label(p.promised_by)} har lovet det")
    lines.append(f"Ansvarlig: {row['responsible']}")
    lines.append(f"Formål: {PURPOSE.label(p.purpose)}")
    if row["company"]:
        lines.append(f"Virksomhed: {row['company']}" + (f", tlf. {row['company_phone']}" if row["company_phone"]
                                                         else ""))
    if name:
        extra = ", ".join(x for x in (title, f"tlf. {phone}" if phone else None) if x)
        lines.append(f"Kontaktperson: {name}" + (f" ({extra})" if extra else ""))
    if row["moved"]:
        word = "gang" if row["moved"] == 1 else "gange"
        lines.append(f"Udsat {row['moved']} {word} (først aftalt til {format_date(p.original_due_date)})")
    if p.recurrence:
        lines.append(f"Gentages: {describe(p.recurrence)}")
    lines.append("Fra JobCRM: markér aftalen som udført i JobCRM.")
    return "\n".join(lines)


def _promise_component(row: dict, stamp: dt.datetime, promises_as: PromisesAs):
    import icalendar  # only when exporting: start-up does not pay for it

    p: Promise = row["p"]
    summary = f"{p.title} – {row['company']}" if row["company"] else p.title
    if promises_as == "todo":
        c = icalendar.Todo()
        if p.due_time is not None:
            c.add("due", dt.datetime.combine(p.due_date, p.due_time, TZ))
        else:
            c.add("due", p.due_date)
        c.add("status", "NEEDS-ACTION")
    else:  # a deadline marker in the calendar, not blocking time (Outlook does not import VTODO)
        c = icalendar.Event()
        summary = f"Frist: {summary}"
        if p.due_time is not None:
            start = dt.datetime.combine(p.due_date, p.due_time, TZ)
            c.add("dtstart", start)
            c.add("dtend", start + dt.timedelta(minutes=15))
        else:
            c.add("dtstart", p.due_date)
            c.add("dtend", p.due_date + dt.timedelta(days=1))
        c.add("transp", "TRANSPARENT")
        c.add("x-microsoft-cdo-busystatus", "FREE")
    c.add("uid", f"{p.id}@{UID_DOMAIN}")
    c.add("dtstamp", stamp)
    c.add("created", p.created_at)
    c.add("last-modified", p.updated_at)
    c.add("sequence", row["moved"])  # a reschedule is a new version of the same item
    c.add("summary", summary)
    c.add("description", _promise_description(row))
    if row["location"]:
        c.add("location", row["location"])
    c.add("categories", ["JobCRM", "Opfølgning", PURPOSE.label(p.purpose)])
    return c


def _event_component(e: CalendarEvent, stamp: dt.datetime):
    import icalendar  # only when exporting: start-up does not pay for it

    c = icalendar.Event()
    c.add("uid", e.uid)
    c.add("dtstamp", stamp)
    c.add("dtstart", e.start.astimezone(TZ))
    c.add("dtend", e.end.astimezone(TZ))
    c.add("summary", e.summary)
    if e.description:
        c.add("description", e.description)
    if e.location:
        c.add("location", e.location)
    if e.categories:
        c.add("categories", list(e.categories))
    c.add("status", "CONFIRMED")
    return c
