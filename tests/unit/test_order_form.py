"""The printed Ordreblanket: every label of the Middelfart form is there, the values stand on their labels'
lines, the right boxes are ticked, page 2 holds the contact history with rows to write on, long texts
wrap without being cut off, and æøå print."""

import datetime as dt

import pypdf
import pytest
from reportlab.platypus import Table

from jobcrm.pdf import order_form
from jobcrm.pdf.base import CheckBox
from jobcrm.services.dto import CompanyInput, ConsultantInput, ContactPersonInput
from jobcrm.services.order_dto import OrderInput, RequirementInput

FORM_LABELS = [
    "Ordreblanket", "Firma:", "CVR:", "Adresse:", "Antal ansatte:", "Kontaktperson:", "Stilling:", "Tlf.:", "Mobil:",
    "Mail:", "Tilbyder:", "Ordinær beskæftigelse", "Virksomhedspraktik", "Job med løntilskud", "Fleksjob",
    "Voksenlærling", "Jobrotation", "Opkvalificeringsjob", "Andet", "Timetal:", "Fuld tid", "Deltid", "Skiftehold",
    "Vikar", "Stillingsbetegnelse:", "Antal stillinger:", "Ansættelsesdato:", "Mødetider:", "Ansættelsesforhold:",
    "Fastansættelse", "Tidsbestemt", "Arbejdets art/indhold:", "Faglige kvalifikationer:",
    "Krav — hvilke er ufravigelige, og hvilke er knap så vigtige?", "Ufravigelig", "Knap så vigtig",
    "Uddannelse", "Erfaring (år)", "Certifikat", "Kørekort", "Straffeattest",
    "Personlige kvalifikationer:", "Fysiske krav:", "Kulturen på virksomheden (arbejdstøj, omgangstone):",
    "Kontaktform:", "CV'er sendes til", "Jobcentret formidler", "Kandidater kontakter", "Antal CV'er:",
    "CV'er senest:", "Tilbagemelding senest:", "Ansvarlig for udsøgning:", "Ansvarlig for tilbagemelding:",
    "Firmaet ønsker kontakt/yderligere information om:", "Fastholdelse/sygefravær",
    "Kompetenceudvikling af egne medarbejdere/jobrotation", "Dato:", "Virksomhedskonsulent:",
    "Kontaktansvarlig sagsbehandler/konsulent:",
]
PAGE2_LABELS = ["Kontakter med virksomheden:", "Dato", "Sagsbehandler", "Kommentarer"]


def fragments(data: bytes, tmp_path, page: int) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text run on a page."""
    path = tmp_path / "form.pdf"
    path.write_bytes(data)
    out = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            out.append((tm[4] + cm[4], tm[5] + cm[5], text.strip()))

    pypdf.PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return out


def pages_text(data: bytes, tmp_path) -> list[str]:
    path = tmp_path / "form.pdf"
    path.write_bytes(data)
    return [p.extract_text() for p in pypdf.PdfReader(path).pages]


def on_line_after(frags, label: str, value: str) -> bool:
    """The value is printed on the label's line, to the right of it (before the next label on the line)."""
    lx, ly = next((x, y) for x, y, t in frags if t == label)
    return any(t == value and abs(y - ly) < 2 and x > lx for x, y, t in frags)


def ticked(story, label: str) -> bool:
    """Whether the tick box in front of `label` is ticked (walks the form's tables)."""
    def walk(obj):
        if isinstance(obj, Table):
            for row in obj._cellvalues:
                cells = [c[0] if isinstance(c, list) and c else c for c in row]
                for a, b in zip(cells, cells[1:], strict=False):
                    if isinstance(a, CheckBox) and getattr(b, "text", None) == label:
                        yield a.checked
                for c in row:
                    for inner in (c if isinstance(c, list) else [c]):
                        yield from walk(inner)
        elif hasattr(obj, "_content"):
            for inner in obj._content:
                yield from walk(inner)
    found = [x for item in story for x in walk(item)]
    assert found, f"no tick box labelled {label!r}"
    return found[0]


@pytest.fixture
def order(services, consultant):
    søren = services.consultants.create(ConsultantInput("SØR", "Søren Ærø Østergård"))
    c = services.companies.create(CompanyInput(name="Æblegårdens Malerværksted ApS", cvr="10150817",
                                               owner_id=consultant.id, address="Søndergade 12", postal_code="5500",
                                               city="Middelfart", employees="35"))
    person = services.companies.add_person(c.id, ContactPersonInput(
        "Hanne Højgaard", title="HR-chef", phone="12345678", mobile="87654321", email="hanne@aeblegaarden.dk",
        is_primary=True))
    for i in range(3):
        services.history.log(c.id, "telefon", f"Samtale {i} om malersvenden — Søren følger op",
                             occurred_at=dt.datetime(2026, 11, 10 + i, 9, tzinfo=dt.UTC))
    return services.orders.create(OrderInput(
        c.id, title="Malersvend", offer_types=("ordinaer", "loentilskud"), positions=2, hours=("fuld_tid",),
        working_times="7–15.30", employment="fast", start_date="04.01.2027", contact_person_id=person.id,
        work_content="Malerarbejde hos private kunder.", professional_quals="Svendebrev som maler",
        personal_quals="Mødestabil", physical_demands="Stige og stillads", culture="Uformel tone",
        contact_form="cv", cvs_wanted=3, cv_deadline="01.12.2026", search_responsible_id=søren.id,
        feedback_responsible_id=consultant.id, feedback_deadline="04.12.2026", wish_retention=True,
        requirements=(RequirementInput("uddannelse", "Svendebrev", "ufravigelig"),
                      RequirementInput("erfaring", "2 år", "knap")))).order


def test_every_label_of_the_form_and_of_page_two_is_printed(services, order, tmp_path):
    contacts = services.orders.form_contacts(order.company_id, services.history)
    data = order_form.build(order, contacts, printed_on=dt.date(2026, 11, 24))
    pages = pages_text(data, tmp_path)
    assert len(pages) == 2  # the form on one page, the contact log on the next
    for label in FORM_LABELS:
        assert label in pages[0], label
    for label in PAGE2_LABELS:
        assert label in pages[1], label
    assert "Side 1 af 2" in pages[0] and "Udskrevet 24.11.2026" in pages[0]


def test_values_stand_on_their_labels_lines(services, order, tmp_path):
    data = order_form.build(order, [], printed_on=dt.date(2026, 11, 24))
    f = fragments(data, tmp_path, 0)
    for label, value in [("Firma:", "Æblegårdens Malerværksted ApS"), ("CVR:", "10150817"),
                         ("Adresse:", "Søndergade 12, 5500 Middelfart"), ("Antal ansatte:", "35"),
                         ("Kontaktperson:", "Hanne Højgaard"), ("Stilling:", "HR-chef"), ("Tlf.:", "12 34 56 78"),
                         ("Mobil:", "87 65 43 21"), ("Mail:", "hanne@aeblegaarden.dk"),
                         ("Stillingsbetegnelse:", "Malersvend"), ("Antal stillinger:", "2"),
                         ("Ansættelsesdato:", "04.01.2027"), ("Mødetider:", "7–15.30"), ("Antal CV'er:", "3"),
                         ("CV'er senest:", "01.12.2026"), ("Tilbagemelding senest:", "04.12.2026"),
                         ("Ansvarlig for udsøgning:", "Søren Ærø Østergård (SØR)"),
                         ("Ansvarlig for tilbagemelding:", "Maja Jørgensen (MAJ)"), ("Dato:", "24.11.2026")]:
        assert on_line_after(f, label, value), (label, value)
    # Text fields print under their label; the requirement lines keep their text.
    texts = [t for _x, _y, t in f]
    assert texts.index("Malerarbejde hos private kunder.") == texts.index("Arbejdets art/indhold:") + 1
    assert texts.index("Svendebrev") == texts.index("Uddannelse") + 1
    # The signatures: who took the order, and who is responsible for the contact.
    assert texts.index("Maja Jørgensen") > texts.index("Virksomhedskonsulent:")


def test_tilbyder_timetal_priorities_and_wishes_are_ticked(order):
    story = order_form.form_story(order, [])
    assert ticked(story, "Ordinær beskæftigelse") and ticked(story, "Job med løntilskud")
    assert not ticked(story, "Virksomhedspraktik") and not ticked(story, "Fleksjob")
    assert ticked(story, "Fuld tid") and not ticked(story, "Deltid")
    assert ticked(story, "Fastansættelse") and not ticked(story, "Tidsbestemt")
    assert ticked(story, "CV'er sendes til virksomheden")
    assert ticked(story, "Fastholdelse/sygefravær")
    assert not ticked(story, "Kompetenceudvikling af egne medarbejdere/jobrotation")
    reqs = next(t for t in story if isinstance(t, Table) and t._cellvalues[0][0].text == "Krav")
    rows = {r[0].text: (r[2].checked, r[3].checked) for r in reqs._cellvalues[1:]}
    assert rows["Uddannelse"] == (True, False) and rows["Erfaring (år)"] == (False, True)
    assert rows["Kørekort"] == (False, False)  # not asked yet: a blank row to fill in at the visit


def test_page_two_lists_the_contact_history_oldest_first_with_rows_to_write_on(services, order, tmp_path):
    contacts = services.orders.form_contacts(order.company_id, services.history)
    data = order_form.build(order, contacts, printed_on=dt.date(2026, 11, 24))
    f = fragments(data, tmp_path, 1)
    texts = [t for _x, _y, t in f]
    assert texts.index("10.11.2026") < texts.index("11.11.2026") < texts.index("12.11.2026")
    assert on_line_after(f, "12.11.2026", "MAJ")
    assert any("Telefon: Samtale 2 om malersvenden — Søren følger op" in t for t in texts)
    story = order_form.contacts_page("x", contacts)
    table = story[-1]
    blank = [r for r in table._cellvalues[1:] if r == ["", "", ""]]
    assert len(blank) >= order_form.BLANK_CONTACT_ROWS + 10  # most of the page is left to write on


def test_blank_form_has_every_label_and_no_values(tmp_path):
    data = order_form.build(None, [], printed_on=dt.date(2026, 11, 24))
    pages = pages_text(data, tmp_path)
    text = "\n".join(pages)
    for label in FORM_LABELS + PAGE2_LABELS:
        assert label in text, label
    assert "Sprog" in text  # an extra requirement row to fill in
    assert len(pages) == 2
    story = order_form.form_story(None, [])
    assert not ticked(story, "Ordinær beskæftigelse") and not ticked(story, "Fuld tid")


def test_blank_form_for_a_company_fills_the_company_block(services, order, tmp_path):
    company = services.companies.get(order.company_id)
    data = order_form.build(None, [], printed_on=dt.date(2026, 11, 24), company=company)
    f = fragments(data, tmp_path, 0)
    assert on_line_after(f, "Firma:", "Æblegårdens Malerværksted ApS")
    assert on_line_after(f, "Kontaktperson:", "Hanne Højgaard")


def test_long_texts_wrap_onto_more_pages_and_nothing_is_cut_off(services, order, tmp_path):
    import dataclasses

    long = " ".join(f"Opgave{i} med æøå og ÆØÅ" for i in range(700))
    detail = dataclasses.replace(order, work_content=long, culture=long[:2000],
                                 company_name="Æ" * 60 + " ApS " + "Å" * 60)
    data = order_form.build(detail, [], printed_on=dt.date(2026, 11, 24))
    pages = pages_text(data, tmp_path)
    assert len(pages) > 3
    text = " ".join(" ".join(pages).split())
    for i in (0, 350, 699):
        assert f"Opgave{i} med æøå og ÆØÅ" in text, i
    assert "Kontakter med virksomheden:" in pages[-1]
