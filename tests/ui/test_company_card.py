"""The company card as a consultant uses it before a call: særlige forhold, persons, promises, history."""

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from jobcrm.services.dto import CompanyInput, ContactPersonInput
from jobcrm.services.promises import PromiseInput
from jobcrm.ui.dialogs.company_card import CompanyCard
from jobcrm.ui.dialogs.person_dialog import PersonDialog
from jobcrm.ui.itemmodels.timeline_model import PAGE_SIZE, TimelineModel

T0 = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


def company_with_history(services, consultant, n=130):
    c = services.companies.create(CompanyInput(
        name="Holm Byg ApS", cvr="10150817", city="Vejle", postal_code="7100", owner_id=consultant.id,
        special_notes="Ring kun før kl. 9 — værkføreren er på pladsen resten af dagen."))
    hanne = services.companies.add_person(c.id, ContactPersonInput("Hanne Holm", title="HR-chef", is_primary=True))
    services.companies.add_person(c.id, ContactPersonInput("Jens Lund", phone="12345678"))
    for i in range(n):
        services.history.log(c.id, "telefon" if i % 3 else "besoeg", f"Samtale nummer {i}",
                             occurred_at=T0 - dt.timedelta(days=i), person_ids=(hanne.id,) if i == 0 else ())
    today = services.ctx.clock.today()
    services.promises.create(PromiseInput("Sende to CV'er", today - dt.timedelta(days=2), consultant.id, c.id))
    services.promises.create(PromiseInput("Vender tilbage om lærlinge", today + dt.timedelta(days=5),
                                          consultant.id, c.id, promised_by="virksomheden"))
    return c


def test_timeline_model_pages_newest_first(qtmodeltester, services, consultant):
    c = company_with_history(services, consultant)
    model = TimelineModel(services.history)
    model.load(c.id)
    assert model.rowCount() == PAGE_SIZE and model.page_loads == 1
    assert model.entry(0).summary == "Samtale nummer 0"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 130 and model.page_loads == 3
    times = [model.entry(r).occurred_at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    model.load(c.id, channel="besoeg")
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 44
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {"Besøg"}
    model.load(c.id)
    qtmodeltester.check(model)  # the tester also pages through canFetchMore/fetchMore


def test_card_opens_from_the_list_with_special_circumstances_on_top(window, services, consultant, qtbot):
    c = company_with_history(services, consultant)
    window.start("virksomheder")
    view = window.companies_page.table
    view.setCurrentIndex(window.companies_page.model.index(0, 0))
    window.companies_page._open_index(view.currentIndex())  # what Enter and double-click do
    card = window.cards[c.id]
    assert card.isVisible()
    assert card.title.text() == "Holm Byg ApS"
    assert card.special.isVisible()
    assert card.special.text().startswith("Særlige forhold: Ring kun før kl. 9")
    assert "CVR 10150817" in card.subtitle.text() and "Tovholder MAJ" in card.subtitle.text()
    assert card.persons.item(0, 0).text() == "Hanne Holm  ★"
    assert card.promises_box.title() == "Åbne aftaler (2)"
    assert [card.promises.item(r, 1).text() for r in range(2)] == ["Jobcentret", "Virksomheden"]
    assert card.promises.item(0, 0).foreground().color().name() == "#b3261e"  # overdue in red
    assert card.tabs.tabText(0) == "Kontakthistorik (130)"
    assert card.timeline.rowCount() == PAGE_SIZE  # not all 130 at once
    assert card.timeline.index(0, 3).data() == "Med Hanne Holm: Samtale nummer 0"
    card.timeline_view.scrollToBottom()
    qtbot.waitUntil(lambda: card.timeline.rowCount() > PAGE_SIZE)  # the view asks for more while scrolling
    card.channel_filter.setCurrentIndex(card.channel_filter.findData("besoeg"))
    assert {card.timeline.index(r, 1).data() for r in range(card.timeline.rowCount())} == {"Besøg"}
    assert card.tabs.tabText(0) == "Kontakthistorik (44)"
    card.timeline_view.setCurrentIndex(card.timeline.index(0, 0))
    assert "Samtale nummer 0" in card.entry_detail.text()
    window.open_card(c.id)
    assert len(window.cards) == 1  # the same card is raised again


def test_contact_persons_on_the_card(qtbot, danish, services, consultant):
    c = company_with_history(services, consultant, n=0)
    card = CompanyCard(services, c.id)
    qtbot.addWidget(card)
    card.persons.selectRow(1)  # Jens Lund
    card.make_primary()
    assert card.persons.item(0, 0).text() == "Jens Lund  ★"
    card.persons.selectRow(1)  # Hanne, no longer primary
    card.toggle_person_active()
    hanne = next(p for p in services.companies.get(c.id).contact_persons if p.name == "Hanne Holm")
    assert not hanne.active
    assert card.toggle_person_button.text() == "Genaktivér"

    def fill():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PersonDialog) and w.isVisible())
        dialog.edits["name"].setText("Lise Berg")
        dialog.edits["email"].setText("ikke-mail")
        dialog.save()
        assert "E-mail" in dialog.error_label.text()
        dialog.edits["email"].setText("lise@holm.dk")
        dialog.save()

    QTimer.singleShot(0, fill)
    card.add_person()
    assert "Lise Berg" in [card.persons.item(r, 0).text() for r in range(card.persons.rowCount())]


def test_card_without_special_circumstances_or_history(qtbot, danish, services, consultant):
    c = services.companies.create(CompanyInput(name="Stille Firma"))
    card = CompanyCard(services, c.id)
    qtbot.addWidget(card)
    card.show()
    assert not card.special.isVisible()
    assert card.no_history.isVisible() and card.no_promises.isVisible()
    assert card.windowTitle() == "Virksomhedskort — Stille Firma"
    assert Qt.WindowType.WindowMaximizeButtonHint & card.windowFlags()


def test_history_shows_the_promise_made_in_a_contact(qtbot, danish, services, consultant):
    from jobcrm.services.quicklog import QuickLogInput

    c = services.companies.create(CompanyInput(name="Holm Byg ApS", postal_code="7100"))
    services.history.log(c.id, "mail", "Sendte materiale", occurred_at=T0 - dt.timedelta(days=3))
    old = services.quicklog.log(QuickLogInput(c.id, "telefon", "Aftalte at sende CV'er",
                                              occurred_at=T0 - dt.timedelta(days=2), promise_title="Sende to CV'er",
                                              due="20.11.2026"))
    services.quicklog.log(QuickLogInput(c.id, "besoeg", "Besøg hos mester", occurred_at=T0,
                                        promise_title="Ringe om praktikken", due="04.12.2026",
                                        promised_by="virksomheden"))
    entry = services.history.get(old.contact.id)
    assert [(p.title, p.status) for p in entry.promises] == [("Sende to CV'er", "aaben")]
    card = CompanyCard(services, c.id)
    qtbot.addWidget(card)
    model = card.timeline
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Aftalefrist"
    assert [model.index(r, 4).data() for r in range(3)] == ["04.12.2026", "20.11.2026", ""]
    assert model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"  # overdue
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    # The newest contact is read in full at once, with the promise made in it.
    assert card.timeline_view.currentIndex().row() == 0
    assert card.entry_detail.text().splitlines()[1:] == [
        "Besøg hos mester", "Aftale: Ringe om praktikken — Virksomheden, frist 04.12.2026 (Åben)"]
    services.promises.done(old.promise.id)
    card.reload()
    assert model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a94a3"  # kept: grey
    assert "(Udført)" in model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole)
