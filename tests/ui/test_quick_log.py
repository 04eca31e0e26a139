"""Log kontakt (Ctrl+L): a call with a promise, from the keyboard, surviving a crash."""

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from jobcrm.services.dto import CompanyInput, ContactPersonInput
from jobcrm.ui.dialogs.quick_log import DRAFT_KEY, QuickLogDialog


def test_call_with_promise_in_five_keyboard_steps(qtbot, danish, services, consultant, drafts):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS", city="Vejle"))
    services.companies.add_person(c.id, ContactPersonInput("Hanne Holm", is_primary=True))
    dialog = QuickLogDialog(services, drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.company  # typing starts in the company field
    # 1: type the company and pick the suggestion
    qtbot.keyClicks(dialog.company, "holm b")
    dialog._suggest()  # the type-ahead timer would do this after 150 ms
    popup = dialog.company.completer().popup()
    assert popup.model().rowCount() == 1
    dialog._pick_company(popup.model().index(0, 0).data())
    assert dialog.company_id == c.id and dialog.person.currentText() == "Hanne Holm"
    # 2: channel stays "Telefon"; 3: the summary
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, "Mangler en lagermedarbejder")
    # 4: what was promised; 5: the due date; then Ctrl+Enter
    qtbot.keyClicks(dialog.promise, "Sende to CV'er")
    qtbot.keyClicks(dialog.due, "+3 arbejdsdage")
    assert dialog.due_hint.text() == "fredag 27.11.2026"
    dialog.due.setFocus()
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result_ is not None and not dialog.isVisible()
    contact = services.history.timeline(c.id)[0]
    assert contact.channel == "telefon" and contact.person_names == ("Hanne Holm",)
    [promise] = services.promises.open_for_company(c.id)
    assert promise.title == "Sende to CV'er" and promise.due_date == dt.date(2026, 11, 27)
    assert promise.responsible_initials == "MAJ" and promise.promised_by == "jobcentret"
    assert drafts.load(DRAFT_KEY) is None


def test_errors_keep_what_was_typed(qtbot, danish, services, consultant, drafts):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    dialog = QuickLogDialog(services, drafts, company_id=c.id)
    qtbot.addWidget(dialog)
    dialog.promise.setText("Ringe igen")
    dialog.due.setText("engang")
    dialog.save()
    assert "Referat skal udfyldes." in dialog.error_label.text()
    assert "forstås ikke som en dato" in dialog.error_label.text()
    assert dialog.promise.text() == "Ringe igen" and services.history.timeline(c.id) == []


def test_draft_survives_a_crash(qtbot, danish, services, consultant, drafts, monkeypatch):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    dialog = QuickLogDialog(services, drafts, company_id=c.id)
    qtbot.addWidget(dialog)
    dialog.summary.setPlainText("Lang samtale om lærlinge")
    dialog.due.setText("i morgen")
    qtbot.waitUntil(lambda: drafts.load(DRAFT_KEY) is not None, timeout=3000)
    dialog.deleteLater()  # the crash
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again = QuickLogDialog(services, drafts)
    qtbot.addWidget(again)
    assert again.company_id == c.id
    assert again.summary.toPlainText() == "Lang samtale om lærlinge" and again.due.text() == "i morgen"


def test_ctrl_l_from_the_card_logs_for_that_company(window, services, consultant, qtbot):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    window.start("virksomheder")
    card = window.open_card(c.id)
    seen = {}

    def fill():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QuickLogDialog) and w.isVisible())
        seen["company"] = dialog.company_id
        dialog.summary.setPlainText("Kort snak med ejeren")
        dialog.save()

    QTimer.singleShot(0, fill)
    card.log_button.click()
    assert seen["company"] == c.id
    assert card.timeline.rowCount() == 1  # the open card shows the new entry at once
    assert card.timeline.index(0, 3).data() == "Kort snak med ejeren"
    assert window.quick_log_action.shortcut().toString() == "Ctrl+L"
