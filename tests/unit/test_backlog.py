"""The team lead's backlog on a small, known data set (today: Tuesday 24.11.2026)."""

import datetime as dt

from jobcrm.clock import Clock
from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.promises import PromiseInput

D = dt.date


def at(services, day, hour=12):
    services.ctx.clock = Clock(fixed_now=dt.datetime.combine(day, dt.time(hour, 0)))


def test_team_table_and_kept_on_time(services, consultant):
    peh = services.consultants.create(ConsultantInput("PEH", "Peter Holm", team_name="Team Erhverv Nord"))
    services.consultants.create(ConsultantInput("XYZ", "Anden Team", team_name="Team Syd"))
    company = services.companies.create(CompanyInput(name="Holm Byg ApS"))

    def add(who, due, title="Opfølgning", time=None):
        return services.promises.create(PromiseInput(title, due, who.id, company.id, due_time=time)).id

    # Done within 90 days: three on or before the due date, one late -> 75 %.
    at(services, D(2026, 9, 1))
    kept = [add(consultant, D(2026, 10, 1)), add(consultant, D(2026, 10, 15)), add(consultant, D(2026, 11, 10))]
    late = add(consultant, D(2026, 10, 20))
    ancient = add(consultant, D(2026, 8, 1))  # done 5.8: more than 90 days ago, not counted
    at(services, D(2026, 8, 5))
    services.promises.done(ancient)
    for pid, day in zip(kept, (D(2026, 10, 1), D(2026, 10, 14), D(2026, 11, 2)), strict=True):
        at(services, day)
        services.promises.done(pid)
    at(services, D(2026, 10, 27))
    services.promises.done(late)
    # Open: overdue 12 days, overdue 2 days, today 09:00 (passed at 10:30), this Friday, next month.
    at(services, D(2026, 11, 1))
    add(consultant, D(2026, 11, 12))
    add(consultant, D(2026, 11, 22))
    add(consultant, D(2026, 11, 24), time=dt.time(9, 0))
    add(consultant, D(2026, 11, 27))
    add(consultant, D(2026, 12, 20))
    add(peh, D(2026, 11, 25))

    services.ctx.clock = Clock(fixed_now=dt.datetime(2026, 11, 24, 10, 30))
    team = services.backlog.team("team erhverv nord")
    rows = {r.initials: r for r in services.backlog.table(team.id)}
    assert set(rows) == {"MAJ", "PEH"}
    maj = rows["MAJ"]
    assert (maj.open, maj.overdue, maj.overdue_over_7, maj.oldest_overdue_days) == (5, 3, 1, 12)
    assert maj.due_this_week == 1  # Friday 27.11; the 9 o'clock one today is already overdue
    assert maj.done_last_30 == 2  # 2.11 and 27.10
    assert maj.done_last_90 == 4 and maj.kept_on_time_pct == 75.0
    peh_row = rows["PEH"]
    assert (peh_row.open, peh_row.overdue, peh_row.kept_on_time_pct, peh_row.oldest_overdue_days) == (1, 0, None, None)
    assert [p.due_date for p in services.backlog.items(consultant.id)][:2] == [D(2026, 11, 12), D(2026, 11, 22)]


def test_overdue_per_week_follows_history(services, consultant):
    company = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    at(services, D(2026, 10, 1))
    a = services.promises.create(PromiseInput("A", D(2026, 10, 7), consultant.id, company.id)).id  # done 21.10
    b = services.promises.create(PromiseInput("B", D(2026, 10, 14), consultant.id, company.id)).id  # moved
    services.promises.create(PromiseInput("C", D(2026, 11, 18), consultant.id, company.id))  # still open
    at(services, D(2026, 10, 13))
    services.promises.reschedule(b, D(2026, 11, 4), "Ferie")
    at(services, D(2026, 10, 21))
    services.promises.done(a)
    team = services.backlog.team()
    weeks = services.backlog.overdue_by_week(team.id, today=D(2026, 11, 24))
    assert len(weeks) == 12 and weeks[-1].week_start == D(2026, 11, 23) and weeks[-1].week == 48
    by_week = {w.week: w.count for w in weeks}
    assert by_week[41] == 1  # A overdue from 8.10 (week 41 ends 11.10)
    assert by_week[42] == 1  # B was moved before its date: not overdue
    assert by_week[43] == 0  # A done 21.10
    assert by_week[45] == 1  # B overdue after 4.11
    assert by_week[47] == 2 and by_week[48] == 2  # B and C (due 18.11)
    assert by_week[40] == 0
