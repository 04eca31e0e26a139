"""The 12-week overdue chart counts what was overdue at the end of each week, from the history: a promise moved
to an earlier date and later moved out again was overdue in between, although neither its first nor its last
due date says so."""

import datetime as dt

from jobcrm.clock import Clock
from jobcrm.services.dto import CompanyInput
from jobcrm.services.promises import PromiseInput

D = dt.date


def at(services, day):
    services.ctx.clock = Clock(fixed_now=dt.datetime.combine(day, dt.time(12, 0)))


def test_moved_earlier_then_later_counts_in_between(services, consultant):
    company = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    at(services, D(2026, 11, 2))
    p = services.promises.create(PromiseInput("Ring", D(2026, 12, 20), consultant.id, company.id)).id
    done_late = services.promises.create(PromiseInput("Send CV", D(2026, 11, 4), consultant.id, company.id)).id
    at(services, D(2026, 11, 10))
    services.promises.reschedule(p, D(2026, 11, 18), "Virksomheden vil gerne tidligere")
    services.promises.done(done_late)  # overdue from 5.11 until done 10.11: week 45 only
    at(services, D(2026, 11, 24))
    services.promises.reschedule(p, D(2026, 12, 15), "Kontaktpersonen er syg")
    weeks = {w.week: w.count for w in services.backlog.overdue_by_week(services.backlog.team().id)}
    assert (weeks[45], weeks[46], weeks[47], weeks[48]) == (1, 0, 1, 0)
