"""A recurring promise made in the quick log: "Gentages: Hver uge, 3 gange"; the inbox shows that it repeats,
and marking it done brings the next occurrence."""

import datetime as dt

from jobcrm.services.dto import CompanyInput
from jobcrm.ui.dialogs.promise_dialogs import DoneNextDialog
from jobcrm.ui.dialogs.quick_log import DRAFT_KEY, QuickLogDialog

D = dt.date


def _dialog(qtbot, services, drafts, company_id):
    dialog = QuickLogDialog(services, drafts, company_id=company_id)
    qtbot.addWidget(dialog)
    dialog.summary.setPlainText("Praktikken er startet godt")
    dialog.promise.setText("Ugentlig opfølgning på praktikken")
    dialog.due.setText("i morgen")
    return dialog


def test_weekly_promise_from_the_quick_log_repeats_in_the_inbox(window, qtbot, services, consultant, drafts):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    dialog = _dialog(qtbot, services, drafts, c.id)
    r = dialog.recurrence
    assert [r.repeat.itemText(i) for i in range(r.repeat.count())] == ["Ingen", "Hver uge", "Hver 14. dag",
                                                                        "Hver måned"]
    assert not r.end.isVisibleTo(dialog)  # nothing more to choose until it repeats
    r.repeat.setCurrentIndex(1)
    r.end.setCurrentIndex(2)  # et antal gange
    r.count.setValue(3)
    assert r.count.isVisibleTo(dialog) and not r.until.isVisibleTo(dialog)
    dialog.save()
    assert dialog.result_ is not None, dialog.error_label.text()
    first = dialog.result_.promise
    assert first.recurrence == "FREQ=WEEKLY;INTERVAL=1;COUNT=3" and first.due_date == D(2026, 11, 25)

    window.start("indbakke")
    page = window.inbox_page
    row = page.model.row_of(first.id)
    assert page.model.index(row, 1).data() == "Ugentlig opfølgning på praktikken   ↻ hver uge, 3 gange"
    assert "Gentages hver uge, 3 gange" in page.model.index(row, 1).data(0x0003)  # the tool tip

    page.mark_done([first.id])  # the page refreshes from the broadcast
    [second] = [r for r in page.box.rows if r.promise.title == "Ugentlig opfølgning på praktikken"]
    assert second.promise.id != first.id and second.promise.due_date == D(2026, 12, 2)
    assert page.model.index(page.model.row_of(second.promise.id), 1).data().endswith("↻ hver uge, 3 gange")
    page.mark_done([second.promise.id])
    [third] = [r for r in page.box.rows if r.promise.title == "Ugentlig opfølgning på praktikken"]
    assert third.promise.due_date == D(2026, 12, 9)
    page.mark_done([third.promise.id])
    assert not [r for r in page.box.rows if r.promise.title == "Ugentlig opfølgning på praktikken"]  # 3 times


def test_until_a_date_and_bad_end_dates(qtbot, danish, services, consultant, drafts):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    dialog = _dialog(qtbot, services, drafts, c.id)
    r = dialog.recurrence
    r.repeat.setCurrentIndex(2)  # hver 14. dag
    r.end.setCurrentIndex(1)  # til og med
    dialog.save()
    assert dialog.result_ is None and "Skriv den dato, gentagelsen slutter." in dialog.error_label.text()
    r.until.setText("20.11.2026")
    assert r.preview.text() == "fredag 20.11.2026"
    dialog.save()
    assert dialog.result_ is None and "før fristen 25.11.2026" in dialog.error_label.text()
    assert services.history.timeline(c.id) == []  # nothing saved, nothing lost from the form
    assert dialog.promise.text() == "Ugentlig opfølgning på praktikken"
    r.until.setText("31.03.2027")
    dialog.save()
    assert dialog.result_.promise.recurrence == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270331"


def test_the_draft_keeps_the_recurrence(qtbot, danish, services, consultant, drafts, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    dialog = _dialog(qtbot, services, drafts, c.id)
    dialog.recurrence.repeat.setCurrentIndex(3)
    qtbot.waitUntil(lambda: (drafts.load(DRAFT_KEY) or {}).get("recurrence", {}).get("repeat") == "månedligt",
                    timeout=3000)
    dialog.deleteLater()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again = QuickLogDialog(services, drafts)
    qtbot.addWidget(again)
    assert again.recurrence.repeat.currentText() == "Hver måned"


def test_done_and_plan_next_can_make_the_next_one_repeat(qtbot, danish, services, consultant):
    from jobcrm.domain.dates import parse_date
    from jobcrm.services.promises import PromiseInput

    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    p = services.promises.create(PromiseInput("Opstartsmøde", D(2026, 11, 24), consultant.id, c.id))
    dialog = DoneNextDialog("Opstartsmøde", lambda t: parse_date(t, D(2026, 11, 24)))
    qtbot.addWidget(dialog)
    assert dialog.form.labelForField(dialog.recurrence).text() == "Gentages"
    dialog.title.setText("Opfølgning på praktikken")
    dialog.recurrence.repeat.setCurrentIndex(1)
    dialog.accept()
    title, day, rule = dialog.result_value
    assert (title, day, rule) == ("Opfølgning på praktikken", D(2026, 12, 1), "FREQ=WEEKLY;INTERVAL=1")
    services.promises.done_and_next(p.id, day, title, recurrence=rule)
    [nxt] = services.promises.open_for_company(c.id)
    assert nxt.recurrence == rule and nxt.due_date == D(2026, 12, 1)
    services.promises.done(nxt.id)
    [after] = services.promises.open_for_company(c.id)
    assert after.due_date == D(2026, 12, 8) and after.title == "Opfølgning på praktikken"
