"""The on-screen visit brief shows the company's open job orders, slots and running placements, and every
contact person at the visit, in Danish."""

import datetime as dt

from jobcrm.services.dto import CompanyInput, ContactPersonInput
from jobcrm.services.order_dto import OrderInput
from jobcrm.services.slot_dto import PlacementInput, SlotInput
from jobcrm.services.visit_dto import VisitInput


def test_brief_dialog_lists_orders_slots_placements_and_contact_persons(window, services, consultant, qtbot):
    from jobcrm.ui.dialogs.visit_brief import VisitBriefDialog

    c = services.companies.create(CompanyInput(name="Holm Byg ApS", employees=40, owner_id=consultant.id))
    hanne = services.companies.add_person(c.id, ContactPersonInput("Hanne Holm", is_primary=True))
    per = services.companies.add_person(c.id, ContactPersonInput("Per Vang"))
    services.orders.create(OrderInput(c.id, title="Tømrer", feedback_deadline="01.12.2026"))
    slot = services.slots.create(SlotInput(company_id=c.id, scheme="praktik", title="Lagerpraktik", capacity=2,
                                           available_from=dt.date(2026, 11, 1)))
    services.placements.start(PlacementInput(slot.id, "AB-12", dt.date(2026, 11, 16), weeks=4))
    v = services.visits.plan(VisitInput(company_id=c.id, start=dt.datetime(2026, 11, 26, 10, 0),
                                        contact_person_id=hanne.id, other_person_ids=(per.id,)))
    dialog = VisitBriefDialog(services, v.id, "da", window)
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    for expected in ("Jobordrer, pladser og forløb", "Åbne jobordrer (1)", "Tømrer", "Under behandling",
                     "01.12.2026", "Pladser (1)", "Lagerpraktik", "Virksomhedspraktik", "1 af 2",
                     "Igangværende og planlagte forløb (1)", "AB-12", "16.11.2026", "13.12.2026",
                     "Kontaktpersoner ved besøget", "Hanne Holm, Per Vang"):
        assert expected in text, expected
    assert "when those features are in use" not in text
