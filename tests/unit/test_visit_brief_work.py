"""The visit brief shows the company's open job orders, open slots with free seats and running placements
("forløb") on screen data and in the PDF; a visit can have several of the company's contact persons, and they
show in the brief, the printed guide and the contact-history entry."""

import datetime as dt

import pypdf
import pytest

from jobcrm.errors import ValidationError
from jobcrm.pdf.brief import brief_pdf
from jobcrm.pdf.guide import guide_pdf
from jobcrm.services.dto import CompanyInput, ContactPersonInput
from jobcrm.services.order_dto import OrderInput
from jobcrm.services.slot_dto import MentorInput, PlacementInput, SlotInput
from jobcrm.services.visit_dto import OutcomeInput, VisitInput

D = dt.date


def _text(data: bytes) -> str:
    import io

    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def company(services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS", address="Vestergade 3", postal_code="7100",
                                               city="Vejle", employees=40, owner_id=consultant.id))
    services.companies.add_person(c.id, ContactPersonInput("Hanne Holm", title="HR-chef", is_primary=True))
    services.companies.add_person(c.id, ContactPersonInput("Per Vang", title="Værkfører"))
    return services.companies.get(c.id)


@pytest.fixture
def work(services, company):
    """Two open orders and a closed one, an open slot with a running and a planned placement, a closed slot."""
    services.orders.create(OrderInput(company.id, title="Tømrer", feedback_deadline="01.12.2026"))
    services.orders.create(OrderInput(company.id, title="Lagermedarbejder"))
    closed = services.orders.create(OrderInput(company.id, title="Chauffør")).order
    services.orders.set_status(closed.id, "annulleret", "Stillingen er nedlagt")
    mentor = services.mentors.create(MentorInput("Ole Smed", company_id=company.id))
    slot = services.slots.create(SlotInput(company_id=company.id, scheme="praktik", title="Tømrerlærling-praktik",
                                           capacity=3, available_from=D(2026, 11, 1)))
    services.placements.start(PlacementInput(slot.id, "AB-12", D(2026, 11, 16), weeks=4, mentor_id=mentor.id))
    services.placements.start(PlacementInput(slot.id, "CD-34", D(2026, 12, 7), weeks=8))
    gone = services.slots.create(SlotInput(company_id=company.id, scheme="loentilskud_privat", title="Kontor"))
    services.slots.close(gone.id, "Ikke længere aktuel")
    return slot


def test_brief_lists_open_orders_open_slots_and_running_placements(services, company, work):
    v = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 26, 10, 0)))
    b = services.visits.brief(v.id)
    assert sorted((o.title, o.status, o.feedback_deadline) for o in b.open_orders) == [
        ("Lagermedarbejder", "under_behandling", None), ("Tømrer", "under_behandling", D(2026, 12, 1))]
    assert [(x.title, x.scheme, x.capacity, x.free) for x in b.slots] == [("Tømrerlærling-praktik", "praktik", 3, 2)]
    assert [(p.candidate_ref, p.start_date, p.planned_end, p.mentor_name, p.status) for p in b.placements] == [
        ("AB-12", D(2026, 11, 16), D(2026, 12, 13), "Ole Smed", "aktiv"),
        ("CD-34", D(2026, 12, 7), D(2027, 1, 31), None, "planlagt")]

    text = _text(brief_pdf(b, D(2026, 11, 24)))
    for expected in ("Jobordrer, pladser og forløb", "Åbne jobordrer (2)", "Tømrer", "Under behandling",
                     "01.12.2026", "Pladser (1)", "Tømrerlærling-praktik", "Virksomhedspraktik", "2 af 3",
                     "Igangværende og planlagte forløb (2)", "AB-12", "16.11.2026", "13.12.2026", "Ole Smed", "CD-34"):
        assert expected in text, expected
    assert "Chauffør" not in text and "Kontor" not in text  # closed orders and slots are left out
    assert "vises her, når" not in text  # no placeholder any more


def test_brief_says_so_when_the_company_has_no_orders_slots_or_placements(services, company):
    v = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 26, 10, 0)))
    b = services.visits.brief(v.id)
    assert (b.open_orders, b.slots, b.placements) == ((), (), ())
    text = _text(brief_pdf(b, D(2026, 11, 24)))
    for expected in ("Ingen åbne jobordrer.", "Ingen åbne pladser.", "Ingen igangværende forløb."):
        assert expected in text


def test_a_visit_can_have_several_contact_persons(services, company):
    hanne, per = company.contact_persons
    v = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 26, 10, 0),
                                        contact_person_id=hanne.id, other_person_ids=(per.id, hanne.id)))
    assert v.contact_person_name == "Hanne Holm" and v.contact_person_names == ("Hanne Holm", "Per Vang")
    assert services.visits.brief(v.id).visit.contact_person_names == ("Hanne Holm", "Per Vang")
    assert "Kontaktpersoner Hanne Holm, Per Vang" in _text(brief_pdf(services.visits.brief(v.id), D(2026, 11, 24)))

    from jobcrm.services.visits import visit_calendar_events

    with services.ctx.sessions() as s:
        [event] = visit_calendar_events(s, None, D(2026, 11, 24))
    assert "Kontaktperson: Hanne Holm" in event["description"] and "Kontaktperson: Per Vang" in event["description"]

    # the persons move along with a moved visit
    moved = services.visits.set_status(v.id, "flyttet", "Værkføreren er på kursus", dt.datetime(2026, 12, 3, 10, 0))
    assert moved.contact_person_names == ("Hanne Holm", "Per Vang")

    # registering the visit writes one contact-history entry naming both persons; the printed guide shows them
    services.guides.open_guide(moved.id)
    services.guides.autosave(moved.id, {"s1i7": "40 ansatte"}, [], OutcomeInput(labour_need="intet"))
    services.guides.register(moved.id)
    [entry] = [c for c in services.history.timeline(company.id) if c.channel == "besoeg"]
    assert set(entry.person_names) == {"Hanne Holm", "Per Vang"}
    fill = services.guides.fill(moved.id)
    assert "Kontaktpersoner Hanne Holm, Per Vang" in _text(guide_pdf(fill.version, D(2026, 11, 24), fill))

    # editing can drop one of them
    again = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 12, 10, 10, 0),
                                            other_person_ids=(per.id, hanne.id)))
    assert again.contact_person_names == ("Per Vang", "Hanne Holm")  # the first one becomes the main contact
    edited = services.visits.update(again.id, VisitInput(company_id=company.id, start=dt.datetime(2026, 12, 10, 10),
                                                         contact_person_id=per.id))
    assert edited.contact_person_names == ("Per Vang",)


def test_contact_persons_of_another_company_are_refused(services, company):
    other = services.companies.create(CompanyInput(name="Anden A/S"))
    stranger = services.companies.add_person(other.id, ContactPersonInput("Fremmed Person"))
    with pytest.raises(ValidationError) as e:
        services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 26, 10, 0),
                                        other_person_ids=(company.contact_persons[0].id, stranger.id)))
    assert e.value.errors == {"other_person_ids": "Kontaktpersonen hører ikke til virksomheden."}
    assert services.visits.count() == 0
