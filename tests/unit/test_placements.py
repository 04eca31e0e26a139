"""Placements: the follow-up plan as promises (working-day dates, recurrence), extension moving the
evaluation, ending with efterværn after an ordinary hire, contacts linked to the placement, CPR refused."""

import datetime as dt
import io

import pytest

from jobcrm.clock import Clock
from jobcrm.errors import ValidationError
from jobcrm.services.dto import CompanyInput
from jobcrm.services.slot_dto import MentorInput, PlacementInput, SlotInput

D = dt.date


@pytest.fixture
def slot(services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS", municipality="Vejle", employees=30,
                                               owner_id=consultant.id))
    return services.slots.create(SlotInput(company_id=c.id, scheme="praktik", title="Lagermedarbejder",
                                           capacity=2, hours_per_week=25))


def start(services, slot, ref="AB-12", start_date=D(2026, 12, 7), weeks=4, **kw):
    return services.placements.start(PlacementInput(slot.id, ref, start_date, weeks=weeks, **kw))


def plan(services, placement_id, status="aaben"):
    return [p for p in services.placements.plan(placement_id) if p.status == status]


def test_starting_creates_the_follow_up_plan_with_working_day_dates(services, slot, consultant):
    result = start(services, slot)  # Monday 07.12.2026, 4 weeks -> Sunday 03.01.2027
    p = result.placement
    assert (p.start_date, p.planned_end, p.status, p.hours_per_week) == (D(2026, 12, 7), D(2027, 1, 3), "planlagt", 25)
    weekly, evaluation = plan(services, p.id)
    assert weekly.title == "Ugentlig kontakt om forløbet: AB-12 – Lagermedarbejder"
    assert weekly.due_date == D(2026, 12, 14)
    assert weekly.recurrence == "FREQ=WEEKLY;INTERVAL=1;UNTIL=20270103"
    assert (weekly.purpose, weekly.source_kind, weekly.responsible_id) == ("opfoelgning_forloeb", "forloeb",
                                                                          consultant.id)
    # Five working days before Sunday 03.01.2027, skipping Nytårsdag, 31.12 and 24.12 (closure days) and
    # the Christmas holidays: Tuesday 22.12.2026.
    assert evaluation.title == "Evaluering før forløbets afslutning: AB-12 – Lagermedarbejder"
    assert evaluation.due_date == D(2026, 12, 22) and evaluation.purpose == "evaluering"
    assert set(result.promise_ids) == {weekly.id, evaluation.id}
    # Visible in the inbox, and the weekly contact recurs while the placement runs.
    inbox_titles = [r.promise.title for r in services.inbox.inbox(consultant.id).rows]
    assert weekly.title in inbox_titles and evaluation.title in inbox_titles
    dates = [weekly.due_date]
    current = weekly
    while True:
        change = services.promises.done(current.id)
        created = [c for r in change.related if r.kind == "create" for c in r.ids]
        if not created:
            break
        current = services.promises.get(created[0])
        dates.append(current.due_date)
    assert dates == [D(2026, 12, 14), D(2026, 12, 21), D(2026, 12, 28)]  # not after the end


def test_the_evaluation_setting_moves_the_date(services, slot):
    services.settings.set("placement_evaluation_working_days", 2)
    p = start(services, slot).placement
    assert plan(services, p.id)[-1].due_date == D(2026, 12, 29)


def test_extension_moves_the_evaluation_and_lengthens_the_weekly_contact(services, slot):
    p = start(services, slot).placement
    extended = services.placements.extend(p.id, reason="Virksomheden vil gerne se mere")
    assert extended.planned_end == D(2027, 1, 31) and extended.original_end == D(2027, 1, 3)
    assert [(e.from_end, e.to_end) for e in extended.extensions] == [(D(2027, 1, 3), D(2027, 1, 31))]
    weekly, evaluation = plan(services, p.id)
    assert evaluation.due_date == D(2027, 1, 25) and evaluation.reschedule_count == 1
    history = [h.text for h in services.promises.history(evaluation.id)]
    assert "Udsat fra 22.12.2026 til 25.01.2027: Forløbet er forlænget til 31.01.2027" in history
    assert weekly.recurrence == "FREQ=WEEKLY;INTERVAL=1;UNTIL=20270131"
    with pytest.raises(ValidationError) as e:
        services.placements.extend(p.id, to=D(2027, 1, 10))
    assert "skal ligge efter 31.01.2027" in e.value.errors["to"]


def test_ending_with_an_ordinary_hire_plans_three_months_of_efterværn(services, slot):
    p = start(services, slot, start_date=D(2026, 12, 7)).placement
    services.ctx.clock = Clock(fixed_today=D(2026, 12, 30))
    result = services.placements.end(p.id, "Ordinær ansættelse", note="Fastansat som lagermedarbejder")
    assert result.placement.ended_on == D(2026, 12, 30) and result.placement.outcome == "ordinaer"
    assert result.placement.status == "aktiv"  # its last day is today
    assert len(result.cancelled_ids) == 2  # what was left of the plan
    assert all(services.promises.get(i).cancel_reason == "Forløbet er afsluttet 30.12.2026: Ordinær ansættelse"
               for i in result.cancelled_ids)
    (aftercare,) = plan(services, p.id)
    assert aftercare.title == "Efterværn efter ordinær ansættelse: AB-12 hos Holm Byg ApS"
    assert aftercare.purpose == "efterværn" and aftercare.recurrence == "FREQ=MONTHLY;INTERVAL=1;COUNT=3"
    assert aftercare.due_date == D(2027, 2, 1)  # 30.01.2027 is a Saturday
    dues = [aftercare.due_date]
    current = aftercare
    for _ in range(5):
        created = [c for r in services.promises.done(current.id).related if r.kind == "create" for c in r.ids]
        if not created:
            break
        current = services.promises.get(created[0])
        dues.append(current.due_date)
    assert dues == [D(2027, 2, 1), D(2027, 3, 1), D(2027, 4, 1)]  # three months, then it stops
    with pytest.raises(ValidationError, match="allerede afsluttet"):
        services.placements.end(p.id, "ordinaer")


def test_ending_otherwise_plans_no_efterværn_and_frees_the_seat(services, slot):
    services.ctx.clock = Clock(fixed_today=D(2026, 12, 16))
    a = start(services, slot, "A-1").placement
    start(services, slot, "B-2")
    assert services.slots.get(slot.id).status == "besat"
    result = services.placements.end(a.id, "afbrudt_sygdom")
    assert result.aftercare_ids == () and plan(services, a.id) == []
    assert services.slots.get(slot.id, on=D(2026, 12, 17)).free == 1


def test_a_full_slot_refuses_another_placement(services, slot):
    start(services, slot, "A-1")
    start(services, slot, "B-2", start_date=D(2026, 12, 14))
    with pytest.raises(ValidationError) as e:
        start(services, slot, "C-3", start_date=D(2026, 12, 28), weeks=2)
    assert e.value.errors["start_date"] == ('Virksomhedspraktik: alle 2 pladser er optaget 28.12.2026 '
                                            '("Lagermedarbejder"). Vælg en anden periode eller plads.')
    assert start(services, slot, "C-3", start_date=D(2027, 1, 4), weeks=2).placement.candidate_ref == "C-3"


@pytest.mark.parametrize("ref", ["010190-1234", "0101901234", "010190 1234", "Borger 311299-4321"])
def test_cpr_like_candidate_references_are_refused(services, slot, ref):
    with pytest.raises(ValidationError) as e:
        start(services, slot, ref)
    assert "CPR-nummer" in e.value.errors["candidate_ref"]
    assert services.placements.list() == []


def test_cpr_in_notes_is_refused_too(services, slot):
    with pytest.raises(ValidationError) as e:
        start(services, slot, "AB-1", candidate_note="cpr 010190-1234")
    assert set(e.value.errors) == {"candidate_note"}
    p = start(services, slot, "AB-1").placement
    with pytest.raises(ValidationError):
        services.placements.end(p.id, "ingen_aendring", note="010190-1234")


def test_contacts_during_the_placement_go_into_the_company_history(services, slot):
    p = start(services, slot).placement
    entry = services.placements.log_contact(p.id, "Trepartssamtale", "Trepartssamtale med mentor og borger: godt i gang")
    assert (entry.link_kind, entry.link_id, entry.channel) == ("placement", p.id, "trepart")
    timeline = services.history.timeline(slot.company_id)
    assert timeline[0].id == entry.id
    assert [c.id for c in services.placements.contacts(p.id)] == [entry.id]


def test_mentor_mentees_against_the_maximum_and_the_coverage(services, slot):
    anna = services.mentors.create(MentorInput("Anna Holm", company_id=slot.company_id, max_mentees=1,
                                               competences=("arbejdsfaellesskab", "Være rollemodel")))
    services.mentors.create(MentorInput("Bo Ekstern", kind="ekstern", organisation="Mentorhuset",
                                        competences=("psykiske",)))
    services.slots.attach_mentor(slot.id, anna.id)
    first = start(services, slot, "A-1", mentor_id=anna.id)
    assert first.warnings == () and first.placement.ask_for == "Anna Holm"
    second = start(services, slot, "B-2", mentor_id=anna.id)
    assert second.warnings == ("Anna Holm får 2 mentees, men har højst 1.",)
    m = services.mentors.get(anna.id)
    assert (m.active_mentees, m.max_mentees, m.over_capacity, m.slot_count) == (2, 1, True, 1)
    coverage = {r.code: r for r in services.mentors.coverage()}
    assert coverage["arbejdsfaellesskab"].mentors == ("Anna Holm",) and coverage["arbejdsfaellesskab"].with_room == 0
    assert coverage["psykiske"].mentors == ("Bo Ekstern",) and coverage["psykiske"].with_room == 1
    assert not coverage["selvvaerd"].covered  # nobody: recruit for it
    assert [x.name for x in services.slots.get(slot.id).mentors] == ["Anna Holm"]


def test_mentor_photo_is_stored_small_and_a_non_image_is_refused(services, slot):
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (2000, 1500), (200, 120, 40)).save(buf, "PNG")
    m = services.mentors.create(MentorInput("Anna Holm", company_id=slot.company_id), photo=buf.getvalue())
    assert m.has_photo
    stored = services.mentors.photo(m.id)
    with Image.open(io.BytesIO(stored)) as img:
        assert img.format == "JPEG" and max(img.size) <= 360
    with pytest.raises(ValidationError) as e:
        services.mentors.set_photo(m.id, b"not an image at all")
    assert "ikke et billede" in e.value.errors["photo"]
    services.mentors.set_photo(m.id, None)
    assert not services.mentors.get(m.id).has_photo


def test_mentor_validation(services):
    with pytest.raises(ValidationError) as e:
        services.mentors.create(MentorInput("", phone="12", max_mentees="x"))
    assert set(e.value.errors) == {"name", "phone", "max_mentees", "company_id"}
