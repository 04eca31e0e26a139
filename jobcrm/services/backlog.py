"""The team lead's backlog (Team): per consultant open, overdue, overdue > 7 days, oldest overdue,
due this week, done in the last 30 days and kept on time % over 90 days — one GROUP BY query — and the
team's overdue count per week for the last 12 weeks, rebuilt from the promises' history."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import and_, case, func, literal, or_, select, union_all

from jobcrm.domain.dates import WorkCalendar, week_start
from jobcrm.errors import NotFound
from jobcrm.models import Consultant, Promise, PromiseReschedule, Team
from jobcrm.models.base import UTCDateTime
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import BacklogRow, PromiseDTO, TeamDTO, WeekCount
from jobcrm.services.inbox import is_overdue, working_days_overdue
from jobcrm.services.promises import promise_list_query, promise_row_dto


def _utc_midnight(day: dt.date) -> dt.datetime:
    """Local midnight of `day` as an aware UTC datetime (the stamps are stored in UTC)."""
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)


@dataclass(frozen=True)
class OverdueItem:
    """One overdue promise in the printed backlog, with its working days past the due date."""

    promise: PromiseDTO
    overdue_working_days: int


@dataclass(frozen=True)
class BacklogReport:
    """Everything the printed backlog shows, as of `now` (the same numbers as the Team page)."""

    team: TeamDTO
    now: dt.datetime
    rows: tuple[BacklogRow, ...]
    weeks: tuple[WeekCount, ...]
    overdue: dict[uuid.UUID, tuple[OverdueItem, ...]]  # consultant id -> oldest first

    @property
    def today(self) -> dt.date:
        return self.now.date()


class BacklogService:
    def __init__(self, ctx: ServiceContext, calendar: Callable[[], WorkCalendar] = WorkCalendar):
        self._ctx = ctx
        self._calendar = calendar  # the office calendar (settings.calendar), for "arbejdsdage over"

    def team(self, name_or_id: str | uuid.UUID | None = None) -> TeamDTO:
        """A team by name or id; without one, the current user's team (or the first team)."""
        with self._ctx.sessions() as s:
            q = select(Team).where(Team.deleted_at.is_(None))
            if isinstance(name_or_id, uuid.UUID):
                t = s.scalar(q.where(Team.id == name_or_id))
            elif name_or_id:
                t = s.scalar(q.where(func.lower(Team.name) == name_or_id.strip().lower()))
            else:
                me = s.get(Consultant, self._ctx.actor.id) if self._ctx.actor.id else None
                t = me.team if me and me.team else s.scalar(q.order_by(Team.name))
            if t is None:
                raise NotFound(f'Teamet "{name_or_id}" findes ikke.' if name_or_id else "Der er ingen teams endnu.")
            return TeamDTO(t.id, t.name)

    def table(self, team_id: uuid.UUID, now: dt.datetime | None = None) -> list[BacklogRow]:
        """One row per active consultant of the team, computed by SQL aggregates."""
        now = now or self._ctx.clock.now()
        today = now.date()
        sunday = week_start(today) + dt.timedelta(days=6)
        is_open = Promise.status == "aaben"
        overdue = and_(is_open, or_(Promise.due_date < today, and_(
            Promise.due_date == today, Promise.due_time.is_not(None), Promise.due_time < now.time())))
        done = Promise.status == "udfoert"
        since30, since90 = _utc_midnight(today - dt.timedelta(days=30)), _utc_midnight(today - dt.timedelta(days=90))
        done90 = and_(done, Promise.done_at >= since90)
        on_time = and_(done90, func.date(Promise.done_at) <= Promise.due_date)

        def count(cond):
            return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

        q = (
            select(
                Consultant.id, Consultant.initials, Consultant.name,
                count(is_open), count(overdue), count(and_(is_open, Promise.due_date < today - dt.timedelta(days=7))),
                func.min(case((overdue, Promise.due_date))),
                count(and_(is_open, ~overdue, Promise.due_date >= today, Promise.due_date <= sunday)),
                count(and_(done, Promise.done_at >= since30)), count(done90), count(on_time),
            )
            .outerjoin(Promise, and_(Promise.responsible_id == Consultant.id, Promise.deleted_at.is_(None)))
            .where(Consultant.team_id == team_id, Consultant.active.is_(True), Consultant.deleted_at.is_(None))
            .group_by(Consultant.id, Consultant.initials, Consultant.name)
            .order_by(Consultant.initials)
        )
        with self._ctx.sessions() as s:
            rows = s.execute(q).all()
        out = []
        for cid, initials, name, n_open, n_over, n_over7, oldest, n_week, n_done30, n_done90, n_on_time in rows:
            if isinstance(oldest, str):
                oldest = dt.date.fromisoformat(oldest)
            out.append(BacklogRow(
                consultant_id=cid, initials=initials, name=name, open=n_open, overdue=n_over, overdue_over_7=n_over7,
                oldest_overdue_days=(today - oldest).days if oldest else None, due_this_week=n_week,
                done_last_30=n_done30, kept_on_time_pct=round(100 * n_on_time / n_done90, 1) if n_done90 else None,
                done_last_90=n_done90,
            ))
        return out

    def items(self, consultant_id: uuid.UUID) -> list[PromiseDTO]:
        """A consultant's open promises, oldest due date first (the drill-down)."""
        with self._ctx.sessions() as s:
            return [promise_row_dto(r) for r in s.execute(promise_list_query().where(
                Promise.responsible_id == consultant_id, Promise.status == "aaben"))]

    def overdue_items(self, team_id: uuid.UUID, now: dt.datetime | None = None) -> dict[uuid.UUID, tuple[OverdueItem, ...]]:
        """The overdue open promises of the team's active consultants, per consultant, oldest first. Overdue
        as in the inbox: the due date has passed, or it is today and its time has passed."""
        now = now or self._ctx.clock.now()
        today = now.date()
        cal = self._calendar()
        members = select(Consultant.id).where(Consultant.team_id == team_id, Consultant.active.is_(True),
                                              Consultant.deleted_at.is_(None))
        q = promise_list_query().where(Promise.responsible_id.in_(members), Promise.status == "aaben",
                                       Promise.due_date <= today)
        out: dict[uuid.UUID, list[OverdueItem]] = defaultdict(list)
        late: dict[dt.date, int] = {}
        with self._ctx.sessions() as s:
            for row in s.execute(q):
                if is_overdue(row.due_date, row.due_time, now):
                    dto = promise_row_dto(row)
                    if dto.due_date not in late:
                        late[dto.due_date] = working_days_overdue(dto.due_date, today, cal)
                    out[dto.responsible_id].append(OverdueItem(dto, late[dto.due_date]))
        return {cid: tuple(items) for cid, items in out.items()}

    def report(self, team_id: uuid.UUID) -> BacklogReport:
        """The team table, the 12-week chart and the overdue items, all as of one moment (for the PDF)."""
        now = self._ctx.clock.now()
        team = self.team(team_id)
        return BacklogReport(team=team, now=now, rows=tuple(self.table(team.id, now)),
                             weeks=tuple(self.overdue_by_week(team.id, today=now.date())),
                             overdue=self.overdue_items(team.id, now))

    def overdue_by_week(self, team_id: uuid.UUID, weeks: int = 12, today: dt.date | None = None) -> list[WeekCount]:
        """How many of the team's promises were overdue at the end of each of the last `weeks` weeks (the
        current week: as of today). A promise counts when it existed, its due date (as it stood then, after
        any reschedules made by then) had passed, and it was not yet done or cancelled."""
        today = today or self._ctx.clock.today()
        starts = [week_start(today) - dt.timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
        ends = [min(st + dt.timedelta(days=7), today + dt.timedelta(days=1)) for st in starts]  # exclusive
        cuts = [min(st + dt.timedelta(days=7), today) for st in starts]  # overdue = due before this day
        end_ats = [_utc_midnight(e) for e in ends]
        first_end, last_end = end_ats[0], end_ats[-1]
        team_ids = select(Consultant.id).where(Consultant.team_id == team_id)
        moved = select(PromiseReschedule.promise_id)
        moved_early = select(PromiseReschedule.promise_id).where(PromiseReschedule.to_date < ends[-1])
        common = (Promise.responsible_id.in_(team_ids), Promise.deleted_at.is_(None), Promise.created_at < last_end,
                  or_(Promise.original_due_date < ends[-1], Promise.id.in_(moved_early)))
        cols = (Promise.id, Promise.created_at, Promise.original_due_date)
        cancelled_at = func.coalesce(Promise.cancelled_at, Promise.updated_at)
        # Open now, or closed during the weeks: three parts, so each reads only its rows (done ones are picked by
        # done_at in the covering index ix_promise_backlog instead of reading every done promise).
        parts = union_all(
            select(*cols, literal(None, UTCDateTime).label("closed")).where(Promise.status == "aaben", *common),
            select(*cols, Promise.done_at).where(Promise.status == "udfoert", Promise.done_at >= first_end, *common),
            select(*cols, cancelled_at).where(Promise.status == "aflyst", cancelled_at >= first_end, *common),
        ).subquery()

        def overdue_then(w: int, created, closed, due):
            return and_(created < end_ats[w], or_(closed.is_(None), closed >= end_ats[w]), due < cuts[w])

        with self._ctx.sessions() as s:
            # Never rescheduled (nearly all): the due date never changed, so SQL counts them week by week.
            counts = list(s.execute(
                select(*(func.coalesce(func.sum(case((overdue_then(w, parts.c.created_at, parts.c.closed,
                                                                   parts.c.original_due_date), 1), else_=0)), 0)
                         for w in range(weeks)))
                .where(parts.c.id.not_in(moved))).one())
            # Rescheduled: the due date as it stood at the end of each week comes from the history.
            closed_at = func.coalesce(Promise.done_at, Promise.cancelled_at, Promise.updated_at)
            rows = s.execute(select(*cols, Promise.status, closed_at)
                             .where(Promise.id.in_(moved), *common, or_(Promise.status == "aaben",
                                                                       closed_at >= first_end))).all()
            history: dict[uuid.UUID, list[tuple[dt.datetime, dt.date]]] = defaultdict(list)
            # The same promises' reschedules in one query (a join, not one IN list per 900 promises: the
            # statement count must not grow with the data; tests/unit/test_statement_counts.py).
            for pid, at, to in s.execute(
                    select(PromiseReschedule.promise_id, PromiseReschedule.created_at, PromiseReschedule.to_date)
                    .join(Promise, Promise.id == PromiseReschedule.promise_id)
                    .where(Promise.id.in_(moved), *common, or_(Promise.status == "aaben", closed_at >= first_end))
                    .order_by(PromiseReschedule.promise_id, PromiseReschedule.created_at)):
                history[pid].append((at, to))
        for pid, created, original, status, closed in rows:
            closed = None if status == "aaben" else closed
            for w in range(weeks):
                end_at = end_ats[w]
                if created >= end_at or (closed is not None and closed < end_at):
                    continue
                due = original
                for at, to in history[pid]:
                    if at >= end_at:
                        break
                    due = to
                if due < cuts[w]:
                    counts[w] += 1
        return [WeekCount(st, st.isocalendar().week, n) for st, n in zip(starts, counts, strict=True)]
