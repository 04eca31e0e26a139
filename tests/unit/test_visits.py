"""Visits: planning with validation, statuses with reasons, the week and list queries, the inbox flag
"Besøg mangler registrering", planned visits for the calendar, and the visit brief."""

import datetime as dt
import uuid

import pytest

from jobcrm.clock import Clock
from jobcrm.errors import ValidationError
from jobcrm.services.dto import CompanyInput, ConsultantInput, ContactPersonInput
from jobcrm.services.registry import Services
from jobcrm.services.visit_dto import AgreementInput, OutcomeInput, VisitFilter, VisitInput
from jobcrm.services.visits import visit_calendar_events


@pytest.fixture
def company(services, consultant):
    c = services.companies.create(CompanyInput(name="Bageriet på Smedevej", address="Smedevej 4", postal_code="7100",
                                               city="Vejle"))
    services.companies.add_person(c.id, ContactPersonInput("Lone Friis", title="Indehaver", phone="20 30 40 50",
                                                           is_primary=True))
    return services.companies.get(c.id)


def test_plan_a_visit_with_defaults(services, consultant, company):
    v = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 26, 9, 30),
                                        contact_person_id=company.contact_persons[0].id))
    assert (v.status, v.consultant_initials, v.place) == ("planlagt", "MAJ", "Smedevej 4, 7100 Vejle")
    assert v.end_at - v.start_at == dt.timedelta(hours=1)
    assert v.template_name == "Samtaleguide ved virksomhedsbesøg" and v.template_version is None
    assert v.contact_person_name == "Lone Friis" and v.guide_state == "ingen"


def test_plan_refuses_bad_input_naming_each_field(services, consultant, company):
    with pytest.raises(ValidationError) as e:
        services.visits.plan(VisitInput(company_id=uuid.uuid4(), start=dt.datetime(2026, 11, 26, 10, 0),
                                        end=dt.datetime(2026, 11, 26, 9, 0), visit_type="ukendt",
                                        note="Borgeren 120345-6789 deltager"))
    assert set(e.value.errors) == {"company_id", "end", "visit_type", "note"}
    assert e.value.errors["end"] == "Besøget skal slutte efter det begynder."
    assert "CPR" in e.value.errors["note"]
    assert services.visits.count() == 0


def test_cancel_and_move_need_a_reason_and_a_move_plans_the_new_visit(services, consultant, company):
    v = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 26, 9, 0)))
    with pytest.raises(ValidationError, match="Skriv hvorfor besøget aflyses."):
        services.visits.set_status(v.id, "aflyst_virksomhed", "  ")
    with pytest.raises(ValidationError, match="registreres med udbyttet i besøgsguiden"):
        services.visits.set_status(v.id, "afholdt")
    moved = services.visits.set_status(v.id, "flyttet", "Indehaveren er syg", dt.datetime(2026, 12, 3, 13, 0))
    assert moved.id != v.id and moved.moved_from_id == v.id and moved.status == "planlagt"
    assert moved.start_at.astimezone().replace(tzinfo=None) == dt.datetime(2026, 12, 3, 13, 0)
    old = services.visits.get(v.id)
    assert (old.status, old.status_reason) == ("flyttet", "Indehaveren er syg")
    cancelled = services.visits.set_status(moved.id, "aflyst_jobcenter", "Sygdom i teamet")
    assert cancelled.status == "aflyst_jobcenter"


def test_week_and_list_are_paged_in_sql(services, consultant, company):
    other = services.consultants.create(ConsultantInput("KBH", "Kasper Bøgh Hansen"))
    for day in range(23, 30):  # Monday 23.11 … Sunday 29.11, and one the Monday after
        services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, day, 8, 0)))
    services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 30, 8, 0)))
    services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 25, 13, 0),
                                    consultant_id=other.id, other_consultant_ids=(consultant.id,)))
    week = services.visits.week(dt.date(2026, 11, 23), consultant.id)
    assert len(week) == 8 and week[0].start_at.astimezone().date() == dt.date(2026, 11, 23)
    assert [r.consultant_initials for r in week if r.other_initials] == ["KBH"]  # a joint visit (sambesøg)
    assert len(services.visits.week(dt.date(2026, 11, 23), other.id)) == 1
    f = VisitFilter(consultant_id=consultant.id)
    assert services.visits.count(f) == 9
    first, second = services.visits.page(f, 0, 5), services.visits.page(f, 5, 5)
    assert len(first) == 5 and len(second) == 4 and not {r.id for r in first} & {r.id for r in second}
    assert [r.start_at for r in first + second] == sorted(r.start_at for r in first + second)


def test_missing_registration_flag_appears_once_today_passes_the_visit(db_path, services, consultant, company):
    v = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 25, 10, 0)))
    assert [f for f in services.inbox.inbox(consultant.id).flags if f.kind == "besoeg_registrering"] == []
    later = Services.open(db_path, Clock(fixed_today=dt.date(2026, 11, 26)))
    try:
        flags = [f for f in later.inbox.inbox(consultant.id).flags if f.kind == "besoeg_registrering"]
        assert [(f.text, f.ref_id, f.company_name, f.due) for f in flags] == [
            ("Besøg mangler registrering", v.id, "Bageriet på Smedevej", dt.date(2026, 11, 25))]
        later.guides.open_guide(v.id)
        later.guides.autosave(v.id, outcome=OutcomeInput(labour_need="intet"))
        later.guides.register(v.id)
        assert [f for f in later.inbox.inbox(consultant.id).flags if f.kind == "besoeg_registrering"] == []
    finally:
        later.close()


def test_a_cancelled_visit_raises_no_flag(db_path, services, consultant, company):
    v = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 20, 10, 0)))
    assert len(services.inbox.inbox(consultant.id).flags) == 1
    services.visits.set_status(v.id, "aflyst_virksomhed", "Travlhed")
    assert services.inbox.inbox(consultant.id).flags == ()


def test_planned_visits_as_calendar_events(services, consultant, company):
    v = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 27, 9, 0),
                                        contact_person_id=company.contact_persons[0].id, visit_type="opfoelgning"))
    gone = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 28, 9, 0)))
    services.visits.set_status(gone.id, "aflyst_jobcenter", "Dobbeltbooket")
    with services.ctx.sessions() as s:
        events = visit_calendar_events(s, consultant.id, dt.date(2026, 11, 24))
    assert len(events) == 1
    e = events[0]
    assert e["uid"] == f"{v.id}@jobcrm" and e["summary"] == "Besøg: Bageriet på Smedevej"
    assert e["location"] == "Smedevej 4, 7100 Vejle" and e["categories"] == ["Besøg"]
    assert "Type: Opfølgningsbesøg" in e["description"] and "Guide: Samtaleguide ved virksomhedsbesøg" in \
        e["description"] and "Kontaktperson: Lone Friis (20 30 40 50)" in e["description"]
    assert e["start"].tzinfo is not None and e["end"] - e["start"] == dt.timedelta(hours=1)


def test_brief_compares_with_the_previous_filled_guide(services, consultant, company):
    first = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 10, 1, 10, 0)))
    services.guides.open_guide(first.id)
    services.guides.autosave(first.id, {"s1i7": "12 ansatte", "s1i5": "Kun lokalt", "s3i11": True},
                             [AgreementInput(uuid.uuid4(), "Sende cv'er", due_text="+5 arbejdsdage")],
                             OutcomeInput(labour_need="snarligt", labour_need_when="Til jul"))
    services.guides.register(first.id)
    services.history.log(company.id, "telefon", "Ringede om lærlinge")
    nxt = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 26, 10, 0),
                                          visit_type="opfoelgning"))
    brief = services.visits.brief(nxt.id)
    assert brief.previous_visit.id == first.id and brief.contacts_since_previous == 1
    assert [p.title for p in brief.promises_ours] == ["Sende cv'er"] and brief.promises_theirs == ()
    lines = {(c.section, c.item): c for c in brief.changes}
    assert lines[("Kendskab til virksomheden", "Hvor mange ansatte m.m.?")].before == "12 ansatte"
    assert lines[("Hvad kan vi i Job- og vækstcentret tilbyde jer/redskabsviften?", "Afkrydset")].before == \
        "Job med løntilskud"
    assert {c.state for c in brief.changes} == {"sidst"}  # nothing asked yet at this visit

    services.guides.open_guide(nxt.id)
    services.guides.autosave(nxt.id, {"s1i7": "15 ansatte", "s1i5": "Kun lokalt", "s1i6": "Bagere"})
    lines = {(c.section, c.item): c for c in services.visits.brief(nxt.id).changes}
    assert (lines[("Kendskab til virksomheden", "Hvor mange ansatte m.m.?")].state,
            lines[("Kendskab til virksomheden", "Hvor mange ansatte m.m.?")].after) == ("aendret", "15 ansatte")
    assert lines[("Kendskab til virksomheden", "Handles der nationalt / internationalt?")].state == "uaendret"
    assert lines[("Kendskab til virksomheden", "Hvilke jobtyper / fagområder beskæftiger I?")].state == "ny"
    assert lines[("Udbytte", "Behov for arbejdskraft")].before == "Snarligt (Til jul)"
