"""The inbox as a consultant uses it in the morning: groups in Danish with counts, the digest, and the
keyboard actions."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.promises import PromiseInput
from jobcrm.ui.dialogs.promise_dialogs import CancelDialog, RescheduleDialog
from jobcrm.ui.itemmodels.inbox_table import InboxTableModel

D = dt.date


@pytest.fixture
def promises(services, consultant):
    holm = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    staal = services.companies.create(CompanyInput(name="Vestjysk Stål A/S"))
    add = services.promises.create
    return {
        "cv": add(PromiseInput("Sende 2-3 CV'er på tømrer", D(2026, 11, 19), consultant.id, holm.id)).id,
        "svar": add(PromiseInput("Vender tilbage om elevplads", D(2026, 11, 20), consultant.id, staal.id,
                                 promised_by="virksomheden")).id,
        "idag": add(PromiseInput("Ringe til Lene om praktikken", D(2026, 11, 24), consultant.id, holm.id)).id,
        "senere": add(PromiseInput("Evaluering før afslutning", D(2026, 12, 10), consultant.id, staal.id)).id,
    }


def texts(model, column=0):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, services, consultant, promises):
    model = InboxTableModel()
    model.set_inbox(services.inbox.inbox(consultant.id))
    qtmodeltester.check(model)


def test_inbox_is_the_start_page_with_groups_counts_and_digest(window, consultant, promises):
    window.start()
    page = window.inbox_page
    assert window.current_page() == "indbakke"
    assert texts(page.model) == ["Overskredet (2)", "Holm Byg ApS", "Vestjysk Stål A/S", "I dag (1)", "Holm Byg ApS",
                                 "Senere (1)", "Vestjysk Stål A/S"]
    assert page.model.index(1, 3).data() == "3 arbejdsdage over"  # 19.11 -> 20, 23, 24
    assert page.model.index(2, 2).data() == "Virksomheden"
    assert "Intet svar endnu – ryk virksomheden" in page.model.index(2, 1).data()
    assert page.model.index(4, 3).data() == "I dag"
    assert page.model.index(6, 3).data() == "10.12.2026"
    assert window.nav.item(0).text() == "Indbakke (3)"
    assert "3 opfølgninger venter" in window.windowTitle()
    assert page.digest.isVisibleTo(page)
    assert "2 overskredne (den ældste 3 arbejdsdage over) · 1 i dag · 1 signaler" in page.digest_text.text()
    assert page.table.currentIndex().row() == 1  # the keyboard starts on the first item, not a header


def test_digest_can_be_turned_off(window, services, consultant, promises):
    window.start()
    window.inbox_page.digest_off.click()
    assert services.settings.get("morning_digest") is False
    assert not window.inbox_page.digest.isVisibleTo(window.inbox_page)


def test_digest_off_is_not_shown_at_start(window, services, consultant, promises):
    services.settings.set("morning_digest", False)
    window.start()
    assert not window.inbox_page.digest.isVisibleTo(window.inbox_page)


def test_d_marks_done_from_the_keyboard_and_the_next_row_is_selected(window, services, consultant, promises, qtbot):
    window.start()
    window.show()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.inbox_page
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_D)  # through the shortcut map, as a real key press
    assert services.promises.get(promises["cv"]).status == "udfoert"
    assert texts(page.model)[:2] == ["Overskredet (1)", "Vestjysk Stål A/S"]
    assert page.table.currentIndex().row() == 1
    assert window.nav.item(0).text() == "Indbakke (2)"
    QTest.keyClick(page.table, Qt.Key.Key_Down)  # skips the "I dag" header
    assert page.model.inbox_row(page.table.currentIndex().row()).promise.id == promises["idag"]


def test_reschedule_dialog_requires_a_reason_and_offers_working_days(qtbot, danish):
    dialog = RescheduleDialog("Sende CV'er", D(2026, 12, 22), lambda text: _parse(text, D(2026, 12, 22)))
    qtbot.addWidget(dialog)
    dialog.quick_buttons[2].click()  # +5 arbejdsdage
    assert dialog.preview.text() == "mandag 04.01.2027"  # over Christmas, New Year and two weekends
    dialog.accept()
    assert dialog.error.text() == "Skriv hvorfor aftalen udsættes." and dialog.result_value is None
    dialog.reason.setCurrentText("Kontaktpersonen er fraværende")
    dialog.date_edit.setText("8.1.27")
    dialog.accept()
    assert dialog.result_value == (D(2027, 1, 8), "Kontaktpersonen er fraværende")


def test_cancel_dialog_requires_a_reason(qtbot, danish):
    dialog = CancelDialog("Sende CV'er")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result_value is None and "aflyses" in dialog.error.text()


def _parse(text, today):
    from jobcrm.domain.dates import parse_date

    return parse_date(text, today)


def test_page_actions_write_and_refresh(window, services, consultant, promises):
    window.start()
    page = window.inbox_page
    page.reschedule([promises["cv"]], D(2026, 11, 26), "Kontaktpersonen er syg")
    assert services.promises.get(promises["cv"]).reschedule_count == 1
    assert texts(page.model)[0] == "Overskredet (1)"
    page.cancel([promises["senere"]], "Forløbet er afbrudt")
    assert "Senere (1)" not in texts(page.model)
    other = services.consultants.create(ConsultantInput("PEH", "Peter Holm"))
    page.reassign([promises["idag"]], other.id, "Ferie")
    assert services.promises.get(promises["idag"]).responsible_initials == "PEH"
    assert "I dag (1)" not in texts(page.model)


def test_filter_only_the_companies_promises(window, consultant, promises):
    window.start()
    page = window.inbox_page
    page.only_company.setChecked(True)
    assert texts(page.model) == ["Overskredet (1)", "Vestjysk Stål A/S"]
    assert window.nav.item(0).text() == "Indbakke (3)"  # the badge counts everything


def test_enter_opens_the_company(window, services, consultant, promises, qtbot):
    window.start()
    page = window.inbox_page
    page.open_company.disconnect()  # do not open the modal company form in the test
    with qtbot.waitSignal(page.open_company) as blocker:
        page.act_open()
    assert blocker.args[0] == services.promises.get(promises["cv"]).company_id


def test_opening_a_slot_flag_opens_the_slot_card_not_the_company(window, services, consultant, qtbot):
    import datetime as dt

    from jobcrm.clock import Clock
    from jobcrm.services.dto import CompanyInput
    from jobcrm.services.slot_dto import SlotInput

    company = services.companies.create(CompanyInput(name="Holm Byg ApS", owner_id=consultant.id, employees=10))
    slot = services.slots.create(SlotInput(company_id=company.id, scheme="praktik", title="Lagermedarbejder",
                                           capacity=1, available_from=dt.date(2026, 11, 2)))
    services.ctx.clock = Clock(fixed_today=dt.date(2026, 12, 28))  # not confirmed for 34 days
    window.start()
    page = window.inbox_page
    row = next(r for r in range(page.model.rowCount())
               if page.model.flag_at(r) is not None and page.model.flag_at(r).kind == "plads_ikke_bekraeftet")
    page.table.setCurrentIndex(page.model.index(row, 0))
    opened_companies = []
    page.open_company.connect(opened_companies.append)
    page.act_open()
    card = window.slots_page.cards.get(slot.id)
    assert card is not None and card.isVisible()
    assert opened_companies == []
    card.close()
