"""Placement slots: status Ledig / Besat / Lukket and free seats over time, days vacant, "sidst bekræftet"
and the inbox flags, the team's search, and the rimelighedskrav."""

import datetime as dt

import pytest

from jobcrm.clock import Clock
from jobcrm.domain import slots as rules
from jobcrm.errors import ValidationError
from jobcrm.services.dto import CompanyInput
from jobcrm.services.slot_dto import PlacementInput, SlotFilter, SlotInput, SlotSort

D = dt.date


def at(services, day: dt.date) -> None:
    """Move "today" (what --today does on the command line)."""
    services.ctx.clock = Clock(fixed_today=day)


@pytest.fixture
def company(services, consultant):
    return services.companies.create(CompanyInput(
        name="Holm Byg ApS", cvr="10150817", address="Industrivej 4", postal_code="7100", city="Vejle",
        municipality="Vejle", employees=10, owner_id=consultant.id))


def make_slot(services, company, **kw):
    values = dict(company_id=company.id, scheme="praktik", title="Lagermedarbejder", capacity=1,
                  available_from=D(2026, 11, 2))
    values.update(kw)
    return services.slots.create(SlotInput(**values))


def place(services, slot, ref="AB-12", start=D(2026, 12, 7), weeks=4, **kw):
    return services.placements.start(PlacementInput(slot.id, ref, start, weeks=weeks, **kw))


def test_status_and_free_seats_follow_capacity_and_placements_over_time(services, company):
    slot = make_slot(services, company, capacity=2)
    place(services, slot, "AB-1", D(2026, 12, 1), weeks=5)  # 01.12.2026 – 04.01.2027
    place(services, slot, "CD-2", D(2026, 12, 14), weeks=5)  # 14.12.2026 – 17.01.2027

    def state(day):
        d = services.slots.get(slot.id, on=day)
        return d.status, d.free

    assert state(D(2026, 11, 24)) == ("ledig", 2)
    assert state(D(2026, 12, 1)) == ("ledig", 1)
    assert state(D(2026, 12, 14)) == ("besat", 0)
    assert state(D(2027, 1, 4)) == ("besat", 0)  # the last day of the first placement
    assert state(D(2027, 1, 5)) == ("ledig", 1)
    assert state(D(2027, 1, 18)) == ("ledig", 2)
    # The list computes the same for "today" (the --today of the command line).
    at(services, D(2026, 12, 20))
    row = services.slots.page()[0]
    assert (row.status, row.free, row.capacity) == ("besat", 0, 2)
    assert services.slots.page(flt=SlotFilter(min_free=1)) == []
    at(services, D(2027, 1, 10))
    assert [r.free for r in services.slots.page(flt=SlotFilter(min_free=1))] == [1]


def test_closed_slot_and_end_of_availability(services, company):
    slot = make_slot(services, company, available_to=D(2027, 3, 31))
    assert services.slots.get(slot.id, on=D(2027, 3, 31)).status == "ledig"
    assert services.slots.get(slot.id, on=D(2027, 4, 1)).status == "lukket"
    services.slots.close(slot.id, "Virksomheden har ikke længere plads")
    assert services.slots.get(slot.id, on=D(2026, 11, 23)).status == "ledig"
    assert services.slots.get(slot.id).status == "lukket"
    assert services.slots.page() == []  # closed slots are hidden unless asked for
    assert [r.status for r in services.slots.page(flt=SlotFilter(include_closed=True))] == ["lukket"]
    with pytest.raises(ValidationError) as e:
        place(services, slot, start=D(2026, 12, 7))
    assert "lukket" in e.value.errors["start_date"]


def test_days_vacant_count_from_availability_or_the_last_full_day(services, company):
    slot = make_slot(services, company, available_from=D(2026, 9, 1))
    assert services.slots.get(slot.id).days_vacant == (D(2026, 11, 24) - D(2026, 9, 1)).days  # 84
    place(services, slot, "AB-1", D(2026, 12, 7), weeks=2)  # 07.12 – 20.12.2026
    assert services.slots.get(slot.id, on=D(2026, 12, 10)).days_vacant == 0
    after = services.slots.get(slot.id, on=D(2027, 1, 4))
    assert after.vacant_since == D(2026, 12, 21) and after.days_vacant == 14
    # Domain rule with two seats: vacant since the day after it was last full.
    intervals = [(D(2027, 1, 1), D(2027, 1, 31)), (D(2027, 1, 10), D(2027, 1, 20))]
    state = rules.seat_state(2, intervals, D(2027, 1, 25), available_from=D(2026, 12, 1))
    assert (state.status, state.free, state.vacant_since, state.days_vacant) == ("ledig", 1, D(2027, 1, 21), 4)


def test_vacant_and_unverified_flags_and_the_one_click_confirm(services, company, consultant):
    slot = make_slot(services, company)  # created (and so confirmed) 24.11.2026
    kinds = lambda: sorted(f.kind for f in services.inbox.inbox(consultant.id).flags)  # noqa: E731
    assert kinds() == []
    at(services, D(2026, 12, 25))  # 31 days without a confirmation (default 30)
    flags = [f for f in services.inbox.inbox(consultant.id).flags if f.kind == "plads_ikke_bekraeftet"]
    assert len(flags) == 1
    assert flags[0].ref_id == slot.id and flags[0].action == "confirm_slot"
    assert "Sidst bekræftet 24.11.2026 (31 dage siden)" in flags[0].text
    services.slots.confirm(slot.id)
    assert services.slots.get(slot.id).verified_on == D(2026, 12, 25)
    assert kinds() == []
    at(services, D(2027, 1, 2))  # vacant since 02.11.2026: 61 days (default limit 60)
    services.slots.confirm(slot.id)
    vacant = [f for f in services.inbox.inbox(consultant.id).flags if f.kind == "plads_ledig_laenge"]
    assert len(vacant) == 1 and "har stået ledig i 61 dage" in vacant[0].text
    services.settings.set("slot_vacant_flag_days", 90)
    assert kinds() == []


def test_team_search_by_scheme_tags_municipality_and_free_seats(services, company, consultant):
    other = services.companies.create(CompanyInput(name="Aarhus Pleje", municipality="Aarhus", employees=40))
    make_slot(services, company, title="Lager", tags="Fysisk arbejde (ikke tungt), tilgængelig med offentlig transport")
    make_slot(services, company, title="Kontor", scheme="loentilskud_privat", tags="kontor og butik")
    centre = make_slot(services, other, title="Køkken", scheme="virksomhedscenter", capacity=4,
                       tags="fysisk arbejde (ikke tungt)")
    for i in range(4):
        place(services, centre, f"X-{i}", D(2026, 11, 2), weeks=8)
    titles = lambda **kw: [r.title for r in services.slots.page(flt=SlotFilter(**kw))]  # noqa: E731
    assert titles() == ["Kontor", "Lager", "Køkken"]  # by company name, Danish order: Aarhus (Å) last
    assert titles(scheme="loentilskud_privat") == ["Kontor"]
    assert titles(tags=("fysisk arbejde (ikke tungt)",)) == ["Lager", "Køkken"]
    assert titles(tags=("Fysisk arbejde (ikke tungt)", "tilgængelig med offentlig transport")) == ["Lager"]
    assert titles(tags=("fysisk",)) == []  # whole tags only
    assert titles(municipality="Vejle") == ["Kontor", "Lager"]
    assert titles(min_free=1) == ["Kontor", "Lager"]  # the centre's 4 seats are all taken
    assert titles(text="køk") == ["Køkken"]
    assert services.slots.count(SlotFilter(min_free=1)) == 2
    ids = services.slots.search_ids(SlotFilter(), SlotSort("free", descending=True))
    assert services.slots.rows(ids[-1:])[ids[-1]].title == "Køkken"
    municipalities, tags = services.slots.filter_choices()
    assert municipalities == ("Aarhus", "Vejle")
    assert "kontor og butik" in tags


def test_slot_validation_names_fields_in_danish(services, company):
    with pytest.raises(ValidationError) as e:
        services.slots.create(SlotInput(company_id=company.id, scheme="virksomhedscenter", title=" ", capacity=2,
                                        hours_per_week="mange", special_conditions="Borger 010190-1234"))
    errors = e.value.errors
    assert set(errors) == {"title", "capacity", "hours_per_week", "special_conditions"}
    assert errors["capacity"] == "Et virksomhedscenter har mindst 4 pladser."
    assert "CPR" in errors["special_conditions"]


def test_ratio_warning_when_subsidised_placements_exceed_the_share_of_ordinary_staff(services, company):
    slot = make_slot(services, company, capacity=3)  # 10 employees, 1 per 5 -> 2 allowed
    assert place(services, slot, "A-1").warnings == ()
    assert place(services, slot, "A-2").warnings == ()
    third = services.slots.ratio(slot.id, D(2026, 12, 7), D(2027, 1, 3))
    assert third.exceeded and third.allowed == 2 and third.concurrent == 3
    result = place(services, slot, "A-3")
    assert result.warnings == ("Rimelighedskravet: virksomheden får 3 personer i praktik/løntilskud samtidig, men "
                               "med 10 ansatte er der plads til 2 (1 pr. 5 ordinært ansatte).",)
    detail = services.slots.get(slot.id, on=D(2026, 12, 10))
    assert detail.ratio.exceeded
    # Placements that do not overlap do not add up; fleksjob does not count.
    later = services.slots.ratio(slot.id, D(2027, 2, 1), D(2027, 2, 28))
    assert later.concurrent == 1 and not later.exceeded
    flex = make_slot(services, company, scheme="fleksjob", title="Fleksjob")
    assert services.slots.ratio(flex.id, D(2026, 12, 7), D(2027, 1, 3)) is None
    services.settings.set("subsidy_employees_per_person", 3)
    assert not services.slots.ratio(slot.id, D(2026, 12, 7), D(2027, 1, 3), extra=0).exceeded


def test_ratio_needs_the_number_of_employees(services, consultant):
    c = services.companies.create(CompanyInput(name="Ukendt Størrelse ApS"))
    slot = services.slots.create(SlotInput(company_id=c.id, scheme="praktik", title="Praktik"))
    result = place(services, slot, "Q-1")
    assert result.warnings == ("Antal ansatte mangler på virksomheden, så rimelighedskravet (forholdet mellem "
                               "ordinært ansatte og personer i praktik/løntilskud) kan ikke vurderes.",)
