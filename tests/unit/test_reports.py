"""The activity report: per consultant (and per team) for a period, every figure from SQL; period targets and
progress against them; job orders wait for the job-order model."""

import datetime as dt

import pytest

from jobcrm.clock import Clock
from jobcrm.errors import NotFound, ValidationError
from jobcrm.models import Placement, Slot
from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.order_dto import OrderInput, ReferralInput
from jobcrm.services.promises import PromiseInput
from jobcrm.services.registry import Services
from jobcrm.services.reports import months_in
from jobcrm.services.visit_dto import OutcomeInput, VisitInput

NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def test_months_in_a_period():
    assert months_in(*NOV) == 1.0
    assert months_in(dt.date(2026, 10, 1), dt.date(2026, 12, 31)) == 3.0
    assert months_in(dt.date(2026, 6, 1), dt.date(2026, 6, 15)) == 0.5


@pytest.fixture
def team(services, consultant, db_path):
    """MAJ and PEJ in Team Erhverv Nord, KBH in Team Syd; a month of work in November 2026."""
    pej = services.consultants.create(ConsultantInput("PEJ", "Peter Juhl", team_name="Team Erhverv Nord"))
    kbh = services.consultants.create(ConsultantInput("KBH", "Karen Bach", team_name="Team Syd"))
    companies = [services.companies.create(CompanyInput(name=f"Firma {i}", owner_id=consultant.id)).id
                 for i in range(4)]
    pej_company = services.companies.create(CompanyInput(name="PEJs firma", owner_id=pej.id)).id

    def plan(company, who, when, kind="foerstegang"):
        return services.visits.plan(VisitInput(company_id=company, start=when, consultant_id=who, visit_type=kind))

    # MAJ: two held (one campaign visit), one cancelled, one planned in November; one in October (outside).
    held = [plan(companies[0], consultant.id, dt.datetime(2026, 11, 3, 9)),
            plan(companies[1], consultant.id, dt.datetime(2026, 11, 10, 9), "kampagne")]
    cancelled = plan(companies[2], consultant.id, dt.datetime(2026, 11, 12, 9))
    plan(companies[3], consultant.id, dt.datetime(2026, 11, 26, 9))
    plan(companies[3], consultant.id, dt.datetime(2026, 10, 20, 9))
    services.visits.set_status(cancelled.id, "aflyst_virksomhed", "Travlhed")
    for v in held:
        services.guides.open_guide(v.id)
        services.guides.autosave(v.id, {}, [], OutcomeInput(labour_need="intet"))
        services.guides.register(v.id)
    # PEJ: one held, by phone.
    p = plan(pej_company, pej.id, dt.datetime(2026, 11, 5, 13), "opfoelgning")
    services.ctx.actor.id = pej.id
    services.guides.open_guide(p.id)
    services.guides.autosave(p.id, {}, [], OutcomeInput(labour_need="aktuelt"))
    services.guides.register(p.id, "afholdt_telefonisk")
    services.ctx.actor.id = consultant.id
    # Contacts: MAJ logs two calls and a mail in November (plus the two visit entries).
    for channel, day in (("telefon", 4), ("telefon", 18), ("mail", 19)):
        services.history.log(companies[0], channel, "Snak", occurred_at=dt.datetime(2026, 11, day, 10))
    # Promises due in November for MAJ: kept on time, done late, overdue; one cancelled.
    def promise(due, title):
        return services.promises.create(PromiseInput(title=title, due_date=due, responsible_id=consultant.id,
                                                     company_id=companies[0])).id
    kept, late, _overdue = (promise(dt.date(2026, 11, 16), "Kept"), promise(dt.date(2026, 11, 10), "Late"),
                           promise(dt.date(2026, 11, 20), "Overdue"))
    services.promises.cancel(promise(dt.date(2026, 11, 13), "Cancelled"), "Ikke relevant")
    for day, pid in ((dt.date(2026, 11, 16), kept), (dt.date(2026, 11, 12), late)):
        s2 = Services.open(db_path, Clock(fixed_now=dt.datetime.combine(day, dt.time(12))))
        try:
            s2.promises.done(pid)
        finally:
            s2.close()
    # Placements for KBH: one started in November, one ended in November with an ordinary hire.
    with services.ctx.sessions.begin() as s:
        slot = Slot(company_id=companies[0], scheme="praktik", title="Lager", available_from=dt.date(2026, 1, 1))
        s.add(slot)
        s.flush()
        s.add_all([
            Placement(slot_id=slot.id, candidate_ref="AB-1", start_date=dt.date(2026, 11, 2),
                      planned_end=dt.date(2027, 1, 29), original_end=dt.date(2027, 1, 29), responsible_id=kbh.id),
            Placement(slot_id=slot.id, candidate_ref="AB-2", start_date=dt.date(2026, 8, 3),
                      planned_end=dt.date(2026, 11, 13), original_end=dt.date(2026, 10, 30), responsible_id=kbh.id,
                      ended_on=dt.date(2026, 11, 13), outcome="ordinaer")])
    # Job orders: MAJ took three in November (one filled by a candidate hired through the job centre, one
    # annulled, one open) and closed an October order as "frist udløbet"; PEJ took one.
    def order(received, owner=consultant.id, title="Lagermedarbejder"):
        return services.orders.create(OrderInput(company_id=companies[0], title=title, received_on=received,
                                                 owner_id=owner)).order.id
    filled = order(dt.date(2026, 11, 5))
    services.orders.add_referral(filled, ReferralInput("AB-12", sent_on=dt.date(2026, 11, 9), consent=True,
                                                       response="ansat", responded_on=dt.date(2026, 11, 20)))
    services.orders.set_status(filled, "afsluttet_daekket")
    services.orders.set_status(order(dt.date(2026, 11, 12)), "annulleret", "Virksomheden har selv fundet en")
    order(dt.date(2026, 11, 20))
    services.orders.set_status(order(dt.date(2026, 10, 14), title="Chauffør"), "afsluttet_frist")
    order(dt.date(2026, 11, 10), owner=pej.id)
    return consultant, pej, kbh


def row(table, initials):
    return next(r for r in table.rows if r.label.startswith(initials + " "))


def test_the_report_counts_per_consultant_in_sql(services, team):
    maj, pej, kbh = team
    r = services.reports.build(*NOV, team="team erhverv nord")
    assert (r.team_name, r.months, r.period) == ("Team Erhverv Nord", 1.0, "01.11.2026–30.11.2026")
    assert [x.label for x in r.table("besoeg_status").rows] == ["MAJ – Maja Jørgensen", "PEJ – Peter Juhl"]
    status = r.table("besoeg_status")
    assert row(status, "MAJ").get(status, "afholdt") == 2 and row(status, "MAJ").get(status, "planlagt") == 1
    assert row(status, "MAJ").get(status, "aflyst_virksomhed") == 1 and row(status, "MAJ").get(status, "i_alt") == 4
    assert row(status, "PEJ").get(status, "afholdt_telefonisk") == 1 and status.total.get(status, "i_alt") == 5
    types = r.table("besoeg_type")
    assert (row(types, "MAJ").get(types, "foerstegang"), row(types, "MAJ").get(types, "kampagne"),
            row(types, "PEJ").get(types, "opfoelgning"), types.total.get(types, "i_alt")) == (1, 1, 1, 3)
    contacts = r.table("kontakter")
    assert (row(contacts, "MAJ").get(contacts, "telefon"), row(contacts, "MAJ").get(contacts, "mail"),
            row(contacts, "MAJ").get(contacts, "besoeg"), row(contacts, "PEJ").get(contacts, "besoeg")) == (2, 1, 2, 1)
    prom = r.table("aftaler")
    m = row(prom, "MAJ")
    assert [m.get(prom, k) for k in ("oprettet", "frist", "til_tiden", "for_sent", "overskredet", "aflyst", "pct")] \
        == [4, 4, 1, 1, 1, 1, 33.3]
    goal = r.table("maal")
    assert [row(goal, "MAJ").get(goal, k) for k in ("besoeg", "besoeg_maal", "besoeg_pct")] == [2, 8.0, 25.0]
    assert row(goal, "PEJ").get(goal, "besoeg") == 1 and goal.total.get(goal, "besoeg_maal") == 16.0
    assert [row(goal, "MAJ").get(goal, k) for k in ("ordrer", "ordrer_maal", "ordrer_pct")] == [3, 4.0, 75.0]
    assert r.pending == ()
    orders = r.table("jobordrer")
    m = row(orders, "MAJ")
    assert [m.get(orders, k) for k in ("modtaget", "nu_under_behandling", "nu_afsluttet_daekket", "nu_annulleret",
                                       "endt", "endt_afsluttet_daekket", "endt_afsluttet_frist", "endt_annulleret",
                                       "ansat")] == [3, 1, 1, 1, 3, 1, 1, 1, 1]
    assert orders.total.get(orders, "modtaget") == 4
    assert r.table("forloeb").total.get(r.table("forloeb"), "startet") == 0  # KBH is in another team
    chart = next(c for c in r.charts if c.key == "besoeg_maal")
    assert (chart.labels, chart.values, chart.targets) == (("MAJ", "PEJ"), (2.0, 1.0), (8.0, 8.0))


def test_the_report_over_every_team_has_a_team_table_and_placements(services, team):
    services.reports.set_targets(visits_per_month=4)
    r = services.reports.build(dt.date(2026, 11, 1), dt.date(2026, 11, 15))
    assert r.team_name is None and r.scope == "Alle teams" and r.months == 0.5
    teams = r.table("teams")
    assert [x.label for x in teams.rows] == ["Team Erhverv Nord", "Team Syd"]
    assert teams.rows[0].values[0] == 3 and teams.rows[1].values[0] == 0  # held visits 1.-15. Nov
    forloeb = r.table("forloeb")
    k = row(forloeb, "KBH")
    assert [k.get(forloeb, c) for c in ("startet", "afsluttet", "ordinaer")] == [1, 1, 1]
    goal = r.table("maal")
    assert row(goal, "MAJ").get(goal, "besoeg_maal") == 2.0 and row(goal, "MAJ").get(goal, "besoeg_pct") == 100.0


def test_companies_without_contact_are_counted_per_owner(services, team):
    r = services.reports.build(*NOV, no_contact_months=3)
    t = r.table("uden_kontakt")
    assert t.title == "Virksomheder uden kontakt i 3 måneder"
    maj = row(t, "MAJ")  # four companies: Firma 0 and 1 have contacts in November, 2 and 3 have none
    assert [maj.get(t, k) for k in ("virksomheder", "uden_kontakt", "aldrig", "pct")] == [4, 2, 2, 50.0]


def test_bad_periods_and_teams_are_refused_in_danish(services, team):
    with pytest.raises(ValidationError, match="før den første"):
        services.reports.build(dt.date(2026, 11, 30), dt.date(2026, 11, 1))
    with pytest.raises(NotFound, match='Teamet "Team Vest" findes ikke. Vælg et af: "Team Erhverv Nord", "Team Syd".'):
        services.reports.build(*NOV, team="Team Vest")
    with pytest.raises(ValidationError, match="pr. måned"):
        services.reports.set_targets(visits_per_month=-1)
