"""The team lead's backlog (Team): per consultant open, overdue, overdue > 7 days, oldest overdue,
due this week, done in the last 30 days and kept on time % over 90 days — one GROUP BY query over the
open and recently done promises — and the team's overdue count per week for the last 12 weeks, rebuilt
from the promises' history."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from functools import lru_cache

from sqlalchemy import Date, Time, and_, bindparam, case, func, or_, select

from jobcrm.domain.dates import week_start
from jobcrm.errors import NotFound
from jobcrm.models import Consultant, Promise, PromiseReschedule, Team
from jobcrm.models.base import UTCDateTime
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import BacklogRow, PromiseDTO, TeamDTO, WeekCount
from jobcrm.services.promises import promise_dto, promise_rows_query


def _utc_midnight(day: dt.date) -> dt.datetime:
    """Local midnight of `day` as an aware UTC datetime (the stamps are stored in UTC)."""
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)


@lru_cache(maxsize=1)
def _table_query():
    """The team table's statement, built once (it is large; building it per call cost as much as running it).
    Only the promises the figures need are read, each group aggregated while it is read from the covering
    index ix_promise_responsible_status_done: the open ones, and those done in the last 90 days — not each
    consultant's whole history."""
    today, time_now = bindparam("today", type_=Date), bindparam("time", type_=Time)
    live = (Promise.responsible_id.in_(select(Consultant.id).where(Consultant.team_id == bindparam("team_id"))),
            Promise.deleted_at.is_(None))
    overdue = or_(Promise.due_date < today, and_(
        Promise.due_date == today, Promise.due_time.is_not(None), Promise.due_time < time_now))

    def count(cond):
        return func.sum(case((cond, 1), else_=0))

    opened = (
        select(Promise.responsible_id.label("cid"), func.count().label("n"), count(overdue).label("overdue"),
               count(Promise.due_date < bindparam("week_ago", type_=Date)).label("over7"),
               func.min(case((overdue, Promise.due_date))).label("oldest"),
               count(and_(~overdue, Promise.due_date >= today,
                          Promise.due_date <= bindparam("sunday", type_=Date))).label("week"))
        .where(*live, Promise.status == "aaben").group_by(Promise.responsible_id).subquery("o")
    )
    since30, since90 = bindparam("since30", type_=UTCDateTime), bindparam("since90", type_=UTCDateTime)
    done = (
        select(Promise.responsible_id.label("cid"), count(Promise.done_at >= since30).label("d30"),
               func.count().label("d90"), count(func.date(Promise.done_at) <= Promise.due_date).label("on_time"))
        .where(*live, Promise.status == "udfoert", Promise.done_at >= since90)
        .group_by(Promise.responsible_id).subquery("d")
    )

    def zero(col):
        return func.coalesce(col, 0)

    return (
        select(Consultant.id, Consultant.initials, Consultant.name, zero(opened.c.n), zero(opened.c.overdue),
               zero(opened.c.over7), opened.c.oldest, zero(opened.c.week), zero(done.c.d30), zero(done.c.d90),
               zero(done.c.on_time))
        .outerjoin(opened, opened.c.cid == Consultant.id)
        .outerjoin(done, done.c.cid == Consultant.id)
        .where(Consultant.team_id == bindparam("team_id"), Consultant.active.is_(True),
               Consultant.deleted_at.is_(None))
        .order_by(Consultant.initials)
    )


class BacklogService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx

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
        """One row per active consultant of the team, in one query (see `_table_query`)."""
        now = now or self._ctx.clock.now()
        today = now.date()
        params = {"team_id": team_id, "today": today, "time": now.time(),
                  "week_ago": today - dt.timedelta(days=7), "sunday": week_start(today) + dt.timedelta(days=6),
                  "since30": _utc_midnight(today - dt.timedelta(days=30)),
                  "since90": _utc_midnight(today - dt.timedelta(days=90))}
        q = _table_query()
        with self._ctx.sessions() as s:
            rows = s.execute(q, params).all()
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
            rows = s.execute(promise_rows_query().where(Promise.responsible_id == consultant_id,
                                                        Promise.status == "aaben")).all()
            return [promise_dto(p, cname, initials, n or 0) for p, cname, initials, n in rows]

    def overdue_by_week(self, team_id: uuid.UUID, weeks: int = 12, today: dt.date | None = None) -> list[WeekCount]:
        """How many of the team's promises were overdue at the end of each of the last `weeks` weeks (the
        current week: as of today). A promise counts when it existed, its due date (as it stood then, after
        any reschedules made by then) had passed, and it was not yet done or cancelled."""
        today = today or self._ctx.clock.today()
        starts = [week_start(today) - dt.timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
        ends = [min(st + dt.timedelta(days=7), today + dt.timedelta(days=1)) for st in starts]  # exclusive
        cuts = [min(st + dt.timedelta(days=7), today) for st in starts]  # overdue = due before this day
        first_end, last_end = _utc_midnight(ends[0]), _utc_midnight(ends[-1])
        closed_at = func.coalesce(Promise.done_at, Promise.cancelled_at, Promise.updated_at)
        with self._ctx.sessions() as s:
            team_ids = select(Consultant.id).where(Consultant.team_id == team_id)
            wanted = (Promise.responsible_id.in_(team_ids), Promise.deleted_at.is_(None),
                      Promise.created_at < last_end, Promise.original_due_date < ends[-1],
                      or_(Promise.status == "aaben", closed_at >= first_end))
            rows = s.execute(
                select(Promise.id, Promise.created_at, Promise.original_due_date, Promise.status, closed_at)
                .where(*wanted)
            ).all()
            moves: dict[uuid.UUID, list[tuple[dt.datetime, dt.date]]] = defaultdict(list)
            # The same promises' reschedules in one query (a join, not one IN list per 900 promises).
            for pid, at, to in s.execute(select(PromiseReschedule.promise_id, PromiseReschedule.created_at,
                                                PromiseReschedule.to_date)
                                         .join(Promise, Promise.id == PromiseReschedule.promise_id).where(*wanted)):
                moves[pid].append((at, to))
        counts = [0] * weeks
        for pid, created, original, status, closed in rows:
            history = sorted(moves.get(pid, ()))
            for w, (end, cut) in enumerate(zip(ends, cuts, strict=True)):
                end_at = _utc_midnight(end)
                if created >= end_at or (status != "aaben" and closed is not None and closed < end_at):
                    continue
                due = original
                for at, to in history:
                    if at < end_at:
                        due = to
                if due < cut:
                    counts[w] += 1
        return [WeekCount(st, st.isocalendar().week, n) for st, n in zip(starts, counts, strict=True)]
