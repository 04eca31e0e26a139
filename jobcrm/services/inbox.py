"""The follow-up inbox (Indbakke): one consultant's open promises grouped Overskredet / I dag /
Denne uge / Senere, with the system flags, and the morning digest."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from jobcrm.domain.dates import WorkCalendar, week_start
from jobcrm.models import Promise
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import DigestDTO, InboxDTO, InboxRow
from jobcrm.services.flags import FlagRegistry, default_flags
from jobcrm.services.promises import promise_dto, promise_rows_query

GROUPS = ("overskredet", "i_dag", "denne_uge", "senere")


def is_overdue(due_date: dt.date, due_time: dt.time | None, now: dt.datetime) -> bool:
    """PRODUCT.md §4: the due date is before today, or it is today and a due time has passed."""
    today = now.date()
    if due_date < today:
        return True
    return due_date == today and due_time is not None and due_time < now.time()


def classify(due_date: dt.date, due_time: dt.time | None, now: dt.datetime) -> str:
    today = now.date()
    if is_overdue(due_date, due_time, now):
        return "overskredet"
    if due_date == today:
        return "i_dag"
    if due_date <= week_start(today) + dt.timedelta(days=6):
        return "denne_uge"
    return "senere"


def working_days_overdue(due_date: dt.date, today: dt.date, calendar: WorkCalendar) -> int:
    """Working days since the due date ("3 arbejdsdage over"); 0 when due today or later."""
    return max(0, calendar.working_days_between(due_date, today)) if due_date < today else 0


def working_days_since(earliest: dt.date, today: dt.date, calendar: WorkCalendar) -> dict[dt.date, int]:
    """`working_days_overdue(day, today)` for every day from `earliest` to yesterday, in one walk back from
    today (a busy inbox has hundreds of overdue promises over a few months of due dates)."""
    out: dict[dt.date, int] = {}
    count, day = 0, today
    while day > earliest:
        if calendar.is_working_day(day):
            count += 1
        day -= dt.timedelta(days=1)
        out[day] = count
    return out


def overdue_text(days: int, due_time: dt.time | None = None) -> str:
    """Danish row text for the CLI and the PDF (the UI has its own translatable one)."""
    if days == 0:
        return f"overskredet kl. {due_time:%H:%M}" if due_time else "overskredet"
    return f"{days} arbejdsdag over" if days == 1 else f"{days} arbejdsdage over"


class InboxService:
    def __init__(self, ctx: ServiceContext, calendar: Callable[[], WorkCalendar],
                 flags: FlagRegistry | None = None):
        self._ctx = ctx
        self._calendar = calendar
        self.flags = flags or default_flags()

    def inbox(self, consultant_id: uuid.UUID, *, now: dt.datetime | None = None,
              only_company_promises: bool = False) -> InboxDTO:
        """All of one consultant's open promises (one indexed query on responsible, status, due date),
        grouped, with the flags. ~2,000 open promises for a very busy consultant is the upper end."""
        now = now or self._ctx.clock.now()
        today = now.date()
        cal = self._calendar()
        q = promise_rows_query().where(Promise.responsible_id == consultant_id, Promise.status == "aaben")
        if only_company_promises:
            q = q.where(Promise.promised_by == "virksomheden")
        with self._ctx.sessions() as s:
            found = s.execute(q).all()
            flags = self.flags.collect(s, consultant_id, today)
        by_promise = {f.ref_id: f for f in flags if f.ref_kind == "promise"}
        rows = []
        days_over = working_days_since(min((r[0].due_date for r in found), default=today), today, cal)
        for p, cname, initials, n in found:
            dto = promise_dto(p, cname, initials, n or 0)
            group = classify(dto.due_date, dto.due_time, now)
            rows.append(InboxRow(dto, group, days_over.get(dto.due_date, 0), by_promise.get(dto.id)))
        shown = {r.promise.id for r in rows}
        loose = tuple(f for f in flags if not (f.ref_kind == "promise" and f.ref_id in shown))
        order = {g: i for i, g in enumerate(GROUPS)}
        rows.sort(key=lambda r: order[r.group])  # stable: keeps the SQL order (due date, time) inside a group
        counts = {g: 0 for g in GROUPS}
        for r in rows:
            counts[r.group] += 1
        counts["flags"] = len(flags)
        return InboxDTO(today, tuple(rows), loose, counts)

    def digest(self, consultant_id: uuid.UUID, now: dt.datetime | None = None) -> DigestDTO:
        box = self.inbox(consultant_id, now=now)
        overdue = box.group("overskredet")
        return DigestDTO(
            overdue=len(overdue), today=box.counts["i_dag"], flags=box.counts["flags"],
            oldest_overdue_working_days=max((r.overdue_working_days for r in overdue), default=0),
        )
