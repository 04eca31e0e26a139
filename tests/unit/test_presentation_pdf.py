"""The Praktikpræsentation: what the citizen reads — where, when, whom to ask for — with and without a
photo and a placement, on one page."""

import datetime as dt
import io

import pypdf
import pytest

from jobcrm.pdf import presentation
from jobcrm.services.dto import CompanyInput
from jobcrm.services.slot_dto import MentorInput, PlacementInput, SlotInput


@pytest.fixture
def slot(services, consultant):
    c = services.companies.create(CompanyInput(
        name="Æblegården ApS", address="Søndergade 12", postal_code="8000", city="Aarhus C", employees=25,
        core_business="Frugtplantage og gårdbutik siden 1978.", absence_policy="Sygemelding før kl. 7.",
        alcohol_policy="Ingen alkohol i arbejdstiden.", working_hours="Man–fre 7–15"))
    return services.slots.create(SlotInput(
        company_id=c.id, scheme="praktik", title="Gartnerimedhjælper", hours_per_week=20,
        tasks="Plukke æbler & pakke <kasser>", qualifications="Kan lide at være udenfor",
        opportunities="Truckcertifikat", special_conditions="Der tages hensyn til ryggen",
        what_to_bring="Gummistøvler og madpakke", absence_handling="Ring til Lise inden kl. 7"))


def pdf_text(data: bytes) -> tuple[int, str, int]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages), len(reader.pages[0].images)


def png(color=(200, 100, 50)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (300, 400), color).save(buf, "PNG")
    return buf.getvalue()


def test_without_placement_or_photo_it_presents_the_company_and_the_work(services, slot, consultant):
    services.mentors.create(MentorInput("Lise Holm", company_id=slot.company_id, title="Formand",
                                        phone="12345678", presentation="Jeg viser dig rundt."))
    mentor = services.mentors.list()[0]
    services.slots.attach_mentor(slot.id, mentor.id)
    pages, text, images = pdf_text(presentation.render_pdf(presentation.load(services, slot.id)))
    assert pages == 1 and images == 0
    for expected in ("Velkommen til Æblegården ApS", "Virksomhedspraktik: Gartnerimedhjælper",
                     "Lise Holm", "Formand, Æblegården ApS", "Telefon 12 34 56 78", "Jeg viser dig rundt.",
                     "Frugtplantage og gårdbutik siden 1978.", "Søndergade 12, 8000 Aarhus C",
                     "Plukke æbler & pakke <kasser>", "Truckcertifikat", "Der tages hensyn til ryggen",
                     "Man–fre 7–15", "Sygemelding før kl. 7.", "Ingen alkohol i arbejdstiden.",
                     "Ring til Lise inden kl. 7", "Gummistøvler og madpakke", "Din kontaktperson i jobcentret",
                     "Maja Jørgensen"):
        assert expected in text, expected
    assert "Din første dag" not in text


def test_with_placement_and_photo_it_says_where_when_and_whom_to_ask_for(services, slot):
    m = services.mentors.create(MentorInput("Lise Holm", company_id=slot.company_id, phone="12345678"), photo=png())
    services.slots.attach_mentor(slot.id, m.id)
    p = services.placements.start(PlacementInput(slot.id, "KR-4711", dt.date(2026, 12, 7), weeks=4, mentor_id=m.id,
                                                 first_day_time="8.30", meeting_point="Ved gårdbutikken")).placement
    data = presentation.load(services, slot.id, p.id)
    pages, text, images = pdf_text(presentation.render_pdf(data))
    assert pages == 1 and images == 1  # the mentor's photo
    for expected in ("Din første dag, KR-4711", "Mandag 07.12.2026 kl. 8.30", "Ved gårdbutikken",
                     "Æblegården ApS, Søndergade 12, 8000 Aarhus C", "Spørg efter", "Lise Holm (telefon 12 34 56 78)",
                     "Tag med", "Gummistøvler og madpakke", "07.12.2026 – 03.01.2027, 20 timer om ugen"):
        assert expected in text, expected
    # The preview shows the same content as the paper.
    c = presentation.content(data)
    assert ("Hvor", "Ved gårdbutikken\nÆblegården ApS, Søndergade 12, 8000 Aarhus C") in c.first_day


def test_a_placement_of_another_slot_is_refused(services, slot):
    other = services.slots.create(SlotInput(company_id=slot.company_id, scheme="praktik", title="Andet"))
    p = services.placements.start(PlacementInput(other.id, "AB-1", dt.date(2026, 12, 7))).placement
    from jobcrm.errors import ValidationError

    with pytest.raises(ValidationError):
        presentation.load(services, slot.id, p.id)
