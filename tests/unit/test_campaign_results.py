"""Campaign results, computed in SQL: the seed's own figures as a fixture (seed 000 Table 3.1: 2,990 openings from
5,397 visits = 55.4 %; §7.1: 10,572 booked of 33,753 contacted = 31 %), and a small campaign followed from the
calls through moved, cancelled and held visits to the agreements and the promises made at the visits."""

import datetime as dt
import uuid

import pytest
from sqlalchemy import insert, select

from jobcrm.clock import Clock
from jobcrm.errors import ValidationError
from jobcrm.ids import uuid7
from jobcrm.models import CampaignAgreement, CampaignCall, CampaignTarget, Visit
from jobcrm.services.campaign_dto import CallInput, CampaignCriteria, CampaignInput, ResultLine
from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.registry import Services
from jobcrm.services.visit_dto import AgreementInput, OutcomeInput

# Seed 000 Table 3.1 (L1523-1548), as of 30 April 2013 after 5,397 visits.
TABLE_3_1 = {"ordinaer": 945, "opkvalificering": 16, "voksenlaerling": 147, "jobrotation": 243, "loentilskud": 437,
             "praktik": 940, "andet": 262}
TABLE_3_1_PCT = {"ordinaer": 17.5, "opkvalificering": 0.3, "voksenlaerling": 2.7, "jobrotation": 4.5,
                 "loentilskud": 8.1, "praktik": 17.4, "andet": 4.9}
VISITS = 5397


def test_the_booking_rate_of_the_2013_campaign():
    line = ResultLine(None, "I alt", "I alt", booked=10_572, declined=23_181, contacted=33_753)
    assert line.booking_rate == 31.3


def test_table_3_1_from_the_database_gives_55_4_percent_per_visit(services, consultant):
    """5,397 held campaign visits (two consultants) and the 2,990 registered openings of Table 3.1."""
    pej = services.consultants.create(ConsultantInput("PEJ", "Peter Juhl", team_name="Team Erhverv Nord"))
    c = services.campaigns.create(CampaignInput(name="Luk op for nye jobmuligheder", starts_on=dt.date(2012, 9, 20),
                                                ends_on=dt.date(2013, 6, 30), criteria=CampaignCriteria()))
    now = services.ctx.clock.utcnow()
    stamp = dict(created_at=now, updated_at=now)
    companies = [services.companies.create(CompanyInput(name=f"Virksomhed {i:02d}")).id for i in range(40)]
    with services.ctx.sessions.begin() as s:
        targets = [uuid7() for _ in companies]
        s.execute(insert(CampaignTarget), [dict(id=t, campaign_id=c.id, company_id=co, position=i, calls=1,
                                                included_anyway=False, last_outcome="booket", last_caller_id=consultant.id,
                                                **stamp)
                                           for i, (t, co) in enumerate(zip(targets, companies, strict=True))])
        visits, calls = [], []
        for i in range(VISITS):
            who = consultant.id if i < 3000 else pej.id
            start = dt.datetime(2013, 1, 7, 9, 0, tzinfo=dt.UTC) + dt.timedelta(hours=i)
            vid = uuid7()
            visits.append(dict(id=vid, company_id=companies[i % 40], consultant_id=who, start_at=start,
                               end_at=start + dt.timedelta(hours=1), visit_type="kampagne", status="afholdt", **stamp))
            calls.append(dict(id=uuid7(), campaign_id=c.id, target_id=targets[i % 40], company_id=companies[i % 40],
                              caller_id=consultant.id, called_at=start - dt.timedelta(days=14), outcome="booket",
                              consultant_id=who, visit_id=vid, lead_days=14, **stamp))
        s.execute(insert(Visit), visits)
        s.execute(insert(CampaignCall), calls)
        agreements, n = [], 0
        for kind, count in TABLE_3_1.items():
            for _ in range(count):
                v = visits[(n * 17) % VISITS]  # spread over both consultants' visits
                agreements.append(dict(id=uuid7(), campaign_id=c.id, visit_id=v["id"], company_id=v["company_id"],
                                       consultant_id=v["consultant_id"], kind=kind, places=1, **stamp))
                n += 1
        s.execute(insert(CampaignAgreement), agreements)

    r = services.campaign_results.results(c.id)

    assert r.total.visits_held == VISITS and r.total.agreements_total == 2990
    assert r.total.agreement_pct() == 55.4
    assert {k: r.total.agreement_pct(k) for k in TABLE_3_1} == TABLE_3_1_PCT
    assert r.total.agreement_pct("fleksjob") == 0.0 and r.total.agreements.get("fastholdelse", 0) == 0
    assert r.total.visits_with_agreement == 2990  # one opening per visit here (spread over the visits)
    maj, pej_line = r.lines
    assert (maj.initials, maj.visits_held) == ("MAJ", 3000)
    assert maj.agreements_total == sum(1 for n in range(2990) if (n * 17) % VISITS < 3000)
    assert (pej_line.initials, pej_line.visits_held) == ("PEJ", 2397)
    assert maj.agreements_total + pej_line.agreements_total == 2990


@pytest.fixture
def booked_campaign(services, consultant):
    """Four companies booked on 24.11.2026 into MAJ's and PEJ's calendars, two declined, one not reached."""
    pej = services.consultants.create(ConsultantInput("PEJ", "Peter Juhl", team_name="Team Erhverv Nord"))
    ids = {}
    for name in ("Alfa", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta"):
        ids[name] = services.companies.create(CompanyInput(name=f"{name} ApS", employees=20, postal_code="7100")).id
    c = services.campaigns.create(CampaignInput(name="Vinterkampagne", starts_on=dt.date(2026, 11, 23),
                                                ends_on=dt.date(2027, 2, 26)))
    services.campaigns.build_list(c.id)

    def target(name):
        return services.campaigns.target_for_company(c.id, ids[name]).id

    book = [("Alfa", consultant.id, dt.datetime(2026, 11, 26, 9)), ("Beta", consultant.id, dt.datetime(2026, 11, 26, 11)),
            ("Gamma", pej.id, dt.datetime(2026, 11, 27, 9)), ("Delta", pej.id, dt.datetime(2027, 1, 20, 9))]
    visits = {}
    for name, who, when in book:
        visits[name] = services.campaigns.record_call(CallInput(target(name), "booket", consultant_id=who, start=when),
                                                      confirm=True).visit_id
    services.campaigns.record_call(CallInput(target("Epsilon"), "takket_nej", reason="intet_behov"))
    services.campaigns.record_call(CallInput(target("Zeta"), "takket_nej", reason="travlhed"))
    services.campaigns.record_call(CallInput(target("Eta"), "ikke_truffet"))
    return c, visits, pej


def _register(services, visit_id, agreements=()):
    services.guides.open_guide(visit_id)
    services.guides.autosave(visit_id, {}, list(agreements), OutcomeInput(labour_need="aktuelt"))
    return services.guides.register(visit_id)


def test_results_follow_visits_through_moves_and_count_promises_kept_on_time(services, booked_campaign, db_path):
    c, visits, pej = booked_campaign
    # Beta is moved to next week, then cancelled by the company; Gamma is cancelled by the job centre.
    moved = services.visits.set_status(visits["Beta"], "flyttet", "Indehaveren er syg", dt.datetime(2026, 12, 2, 9))
    services.visits.set_status(moved.id, "aflyst_virksomhed", "Travlhed")
    services.visits.set_status(visits["Gamma"], "aflyst_jobcenter", "Sygdom")
    # Alfa is held on 26.11 with two agreements; one is kept on time, the other is done late.
    later = Services.open(db_path, Clock(fixed_today=dt.date(2026, 11, 26)))
    try:
        later.ctx.actor.id = services.ctx.actor.id
        reg = _register(later, visits["Alfa"], [
            AgreementInput(id=uuid.uuid4(), title="Sende 3-5 cv'er", due_text="+2 arbejdsdage"),
            AgreementInput(id=uuid.uuid4(), title="Ringe om praktik", due_text="+1 arbejdsdag")])
        later.campaign_results.set_agreements(c.id, visits["Alfa"], {"praktik": 2, "ordinaer": 1})
    finally:
        later.close()
    cv, praktik = sorted(reg.promise_ids, key=lambda p: services.promises.get(p).due_date, reverse=True)
    for day, pid in ((dt.date(2026, 11, 30), cv), (dt.date(2026, 12, 2), praktik)):
        done = Services.open(db_path, Clock(fixed_now=dt.datetime.combine(day, dt.time(10))))
        try:
            done.promises.done(pid)
        finally:
            done.close()
    after = Services.open(db_path, Clock(fixed_today=dt.date(2026, 12, 3)))
    try:
        r = after.campaign_results.results(c.id)
        rows = after.campaign_results.booked_visits(c.id)
    finally:
        after.close()

    t = r.total
    assert (t.calls, t.contacted, t.booked, t.declined, t.not_reached, t.booking_rate) == (7, 6, 4, 2, 1, 66.7)
    assert (t.visits_booked, t.visits_held, t.visits_cancelled, t.visits_moved, t.visits_planned) == (4, 1, 2, 1, 1)
    assert t.agreements == {"praktik": 2, "ordinaer": 1} and t.agreement_pct() == 300.0
    assert (t.promises_made, t.promises_kept_on_time, t.promises_done_late, t.kept_on_time_pct) == (2, 1, 1, 50.0)
    maj = next(x for x in r.lines if x.initials == "MAJ")
    pej_line = next(x for x in r.lines if x.initials == "PEJ")
    assert (maj.calls, maj.booked, maj.visits_booked, maj.visits_held, maj.visits_cancelled) == (7, 4, 2, 1, 1)
    assert (pej_line.calls, pej_line.visits_booked, pej_line.visits_cancelled, pej_line.visits_planned) == (0, 2, 1, 1)
    assert (r.on_list, r.not_called, r.booked_beyond_lead) == (7, 0, 1)  # Delta: 57 days ahead
    by_company = {x.company_name: x for x in rows}
    assert by_company["Beta ApS"].moved and by_company["Beta ApS"].status == "aflyst_virksomhed"
    assert by_company["Beta ApS"].visit_id != visits["Beta"] and by_company["Beta ApS"].booked_visit_id == visits["Beta"]
    assert by_company["Alfa ApS"].agreements == {"praktik": 2, "ordinaer": 1}


def test_agreements_are_registered_for_held_campaign_visits_only(services, booked_campaign):
    c, visits, _pej = booked_campaign
    with pytest.raises(ValidationError, match="afholdt besøg"):
        services.campaign_results.set_agreements(c.id, visits["Alfa"], {"praktik": 1})
    with pytest.raises(ValidationError) as e:
        services.campaign_results.set_agreements(c.id, visits["Alfa"], {"ukendt": 1, "praktik": -1})
    assert set(e.value.errors) == {"ukendt", "praktik"}
    other = services.companies.create(CompanyInput(name="Uden for kampagnen ApS"))
    from jobcrm.services.visit_dto import VisitInput

    outside = services.visits.plan(VisitInput(company_id=other.id, start=dt.datetime(2026, 11, 25, 9)))
    with pytest.raises(ValidationError, match="ikke booket i denne kampagne"):
        services.campaign_results.set_agreements(c.id, outside.id, {"praktik": 1})
    with services.ctx.sessions() as s:
        assert s.scalars(select(CampaignAgreement)).all() == []
