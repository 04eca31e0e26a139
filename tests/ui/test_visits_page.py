"""The Besøg page, the plan dialog, the guide form with its autosave, the crash-and-continue path and the
template editor, driven like a consultant would (offscreen)."""

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from jobcrm.services.dto import CompanyInput, ContactPersonInput
from jobcrm.services.visit_dto import VisitInput
from jobcrm.ui.dialogs.guide_form import OPEN_MARKER

CHILD = Path(__file__).resolve().parent / "guide_crash_child.py"


@pytest.fixture
def company(services, consultant):
    c = services.companies.create(CompanyInput(name="Hotel Silkeborg", address="Bøgevej 92", postal_code="8600",
                                               city="Silkeborg"))
    services.companies.add_person(c.id, ContactPersonInput("Jesper Kjær", title="Direktør", is_primary=True))
    return c


@pytest.fixture
def visit(services, company):
    return services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 25, 10, 0)))


def test_week_view_is_monday_first_in_danish_and_navigates(window, services, company, visit, qtbot):
    services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 23, 14, 0)))  # over: register
    window.start("besoeg")
    page = window.visits_page
    assert window.current_page() == "besoeg" and page.resume.isHidden()
    headers = [d.header.text() for d in page.week.days]
    assert headers[0] == "Mandag 23.11." and headers[1] == "Tirsdag 24.11." and headers[6] == "Søn 29."
    assert page.week_label.text() == "Uge 48 · 23.–29. november 2026"
    assert page.week.texts(2) == ["10:00–11:00\nHotel Silkeborg\nFørstegangsbesøg"]  # own initials left off
    assert page.week.texts(0)[0].endswith("Registrér udbyttet")
    assert page.selected.id == visit.id  # the next visit is selected, ready for Enter
    assert "Hotel Silkeborg" in page.detail_title.text() and page.fill_button.text() == "Udfyld besøgsguiden"
    page.next_button.click()
    assert page.week_label.text().startswith("Uge 49 · 30.11.–6. december 2026") and page.week.count() == 0
    page.today_button.click()
    assert page.week.count() == 2
    page.tabs.setCurrentIndex(1)
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 besøg"  # coming visits


def test_plan_a_visit_from_the_dialog(window, services, company, qtbot, monkeypatch):
    from jobcrm.ui.dialogs.plan_visit import PlanVisitDialog

    window.start("besoeg")
    services.companies.add_person(company.id, ContactPersonInput("Mette Lund", title="Køkkenchef"))
    dialog = PlanVisitDialog(services, window.drafts, company.id, None, "da", window)
    qtbot.addWidget(dialog)
    assert dialog.place.text() == "Bøgevej 92, 8600 Silkeborg"
    persons = [dialog.persons.item(i) for i in range(dialog.persons.count())]
    assert [(p.text(), p.checkState() == Qt.CheckState.Checked) for p in persons] == [
        ("Jesper Kjær (Direktør)", True), ("Mette Lund (Køkkenchef)", False)]  # the primary person is ticked
    persons[1].setCheckState(Qt.CheckState.Checked)  # the kitchen chef joins the meeting too
    QTest.keyClicks(dialog.date, "fredag")
    assert dialog.date_hint.text() == "fredag 27.11.2026"
    QTest.keyClicks(dialog.time, "25:00")
    dialog.save()
    assert dialog.saved is None and "klokkeslæt" in dialog.error_label.text()
    dialog.time.setText("9.30")
    dialog.visit_type.setCurrentIndex(dialog.visit_type.findData("kampagne"))
    dialog.template.setCurrentIndex(dialog.template.findText("Kampagnebesøg"))
    dialog.save()
    v = dialog.saved
    assert v is not None and v.start_at.astimezone().replace(tzinfo=None) == dt.datetime(2026, 11, 27, 9, 30)
    assert (v.visit_type, v.template_name, v.contact_person_name) == ("kampagne", "Kampagnebesøg", "Jesper Kjær")
    assert v.contact_person_names == ("Jesper Kjær", "Mette Lund")
    edit = PlanVisitDialog(services, window.drafts, None, v, "da", window)  # editing shows both ticked
    qtbot.addWidget(edit)
    assert [edit.persons.item(i).checkState() == Qt.CheckState.Checked for i in range(2)] == [True, True]
    edit.persons.item(0).setCheckState(Qt.CheckState.Unchecked)
    edit.save()
    assert services.visits.get(v.id).contact_person_names == ("Mette Lund",)


def test_filling_the_guide_autosaves_and_registering_makes_promises(window, services, visit, qtbot, monkeypatch):
    window.start("besoeg")
    form = window.visits_page.fill_guide(visit.id)
    assert form.summary_label.text() == "0 af 4 temaer berørt"
    assert form.nav.item(0).text().startswith("○")
    QTest.keyClicks(form.items["s1i4"].edit, "Erhvervsgæster og turister")
    assert form.saved_label.text() == "Gemmer…" and form.nav.item(0).text().startswith("●")
    with qtbot.waitSignal(form.saved, timeout=10_000):  # the autosave timer fires by itself
        pass
    assert form.saved_label.text().startswith("Gemt ")
    assert services.guides.fill(visit.id).answers["s1i4"] == "Erhvervsgæster og turister"
    form.items["s3i11"].box.click()
    form.sections[1].touched_box.click()
    row = form.agreements.add_row(focus=True)
    QTest.keyClicks(row.title, "Sende 3 cv'er på kokke")
    QTest.keyClicks(row.due, "+5 arbejdsdage")
    assert row.hint.text() == "02.12.2026"  # counted from the visit day, Wednesday 25.11.2026
    assert form.summary_label.text() == "3 af 4 temaer berørt"

    form.register()  # no labour need yet: refused, nothing registered
    assert "behov for arbejdskraft" in form.error_label.text() and services.visits.get(visit.id).status == "planlagt"
    form.outcome.need_buttons["aktuelt"].click()
    form.outcome.schemes["loentilskud"].click()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(form.changed) as changed:
        form.register()
    assert "Midlertidige kampagner/redskaber" in asked[0]  # the untouched theme is named before registering
    assert services.visits.get(visit.id).status == "afholdt"
    change = changed.args[0]
    assert change.touches("promise") and change.touches("contact")
    [promise] = services.promises.open_for_company(visit.company_id)
    assert (promise.title, promise.due_date, promise.responsible_initials, promise.source_kind) == (
        "Sende 3 cv'er på kokke", dt.date(2026, 12, 2), "MAJ", "besoeg")
    [entry] = services.history.timeline(visit.company_id)
    assert entry.channel == "besoeg" and entry.link_id == visit.id and "3 af 4 temaer berørt" in entry.summary
    assert window.drafts.load(OPEN_MARKER) is None


def test_a_crash_mid_edit_loses_at_most_the_last_seconds_and_the_app_offers_to_continue(
        window, services, visit, drafts, tmp_path, qtbot, db_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JOBCRM_DATA_DIR=str(tmp_path / "userdata"))
    proc = subprocess.Popen([sys.executable, str(CHILD), str(db_path), str(visit.id), str(tmp_path / "drafts")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()  # blocks until the child's autosave has written
        assert line.strip() == "SAVED", proc.stderr.read() if proc.poll() is not None else line
        proc.send_signal(signal.SIGKILL)  # the power goes while the consultant is typing
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=60)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    fill = services.guides.fill(visit.id)
    assert fill.answers["s1i4"] == "Landmænd og entreprenører" and fill.answers["s3i11"] is True
    marker = drafts.load(OPEN_MARKER)
    assert marker and marker["visit_id"] == str(visit.id)

    window.start()  # the next start
    page = window.visits_page
    assert window.current_page() == "besoeg" and not page.resume.isHidden()
    assert "Hotel Silkeborg" in page.resume_text.text() and "blev ikke lukket" in page.resume_text.text()
    page.resume_button.click()
    form = page.forms[visit.id]
    assert form.items["s1i4"].value() == "Landmænd og entreprenører" and form.items["s3i11"].value() is True
    assert form.summary_label.text() == "2 af 4 temaer berørt"
    form.close()
    assert drafts.load(OPEN_MARKER) is None


def _become_admin(services):
    from jobcrm.services.dto import ConsultantInput

    admin = services.consultants.create(ConsultantInput("ADM", "Anne Dam", role="administrator"))
    services.consultants.set_current(admin.id)
    services.ctx.actor.id = admin.id


def test_template_editor_is_read_only_for_a_consultant_who_is_not_administrator(window, services, visit, qtbot):
    from jobcrm.ui.dialogs.template_editor import TemplateEditor

    tid = services.guides.default_template_id()
    editor = TemplateEditor(services, "da", window, tid)  # the current consultant (MAJ) is a konsulent
    qtbot.addWidget(editor)
    assert editor.read_only and editor.windowTitle() == "Besøgsguides (kun læsning)"
    assert editor.read_only_label.isVisibleTo(editor) and "Kun en administrator" in editor.read_only_label.text()
    assert not editor.save_button.isVisibleTo(editor) and not editor.add_item_button.isVisibleTo(editor)
    assert editor.name.isReadOnly() and editor.tree.topLevelItemCount() == 4
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(4))
    assert editor.item_text.isReadOnly() and not editor.item_kind.isEnabled()
    editor.move(-1)
    editor.add_section()
    assert editor.tree.topLevelItemCount() == 4 and not editor.dirty
    assert not editor.save() and "Kun en administrator kan ændre besøgsguides" in editor.error_label.text()
    assert services.guides.current(tid).version == 1


def test_template_editor_saves_a_new_version_and_old_guides_keep_theirs(window, services, visit, qtbot):
    from jobcrm.ui.dialogs.template_editor import TemplateEditor

    fill = services.guides.open_guide(visit.id)
    services.guides.autosave(visit.id, {"s1i5": "Kun lokalt"})
    _become_admin(services)
    editor = TemplateEditor(services, "da", window, fill.version.template_id)
    qtbot.addWidget(editor)
    assert not editor.read_only and editor.read_only_label.isHidden()
    assert editor.name.text() == "Samtaleguide ved virksomhedsbesøg" and editor.tree.topLevelItemCount() == 4
    first = editor.tree.topLevelItem(0)
    editor.tree.setCurrentItem(first.child(4))
    assert editor.item_text.toPlainText() == "Handles der nationalt / internationalt?"
    editor.item_text.setPlainText("Sælger I i udlandet?")
    editor.add_item()
    editor.item_text.setPlainText("Har virksomheden en overenskomst?")
    editor.item_kind.setCurrentIndex(editor.item_kind.findData("choice"))
    assert editor.item_options.isVisibleTo(editor)
    editor.item_options.setPlainText("Ja\nNej")
    editor.move(-1)
    assert editor.save() and editor.saved_version.version == 2
    assert [i.text for i in editor.saved_version.sections[0].items][4:6] == [
        "Har virksomheden en overenskomst?", "Sælger I i udlandet?"]
    old = services.guides.fill(visit.id)
    assert old.version.version == 1 and old.version.item("s1i5").text == "Handles der nationalt / internationalt?"
    editor.tree.setCurrentItem(editor.tree.topLevelItem(3))
    editor.section_title.clear()
    QTest.keyClicks(editor.section_title, " ")
    assert not editor.save() and "Tema 4 mangler en overskrift." in editor.error_label.text()
    editor.dirty = False


def test_visit_table_model(qtmodeltester, services, company):
    from jobcrm.services.visit_dto import VisitFilter
    from jobcrm.ui.itemmodels.visit_table import VisitTableModel

    for day in range(1, 29):
        services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 10, day, 9, 0)))
    model = VisitTableModel(services.visits, services.ctx.clock.now)
    model.load(VisitFilter(descending=True))
    assert model.total == 28
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "28.10.2026"


def test_company_card_lists_the_company_visits(window, services, company, visit, qtbot):
    window.start("virksomheder")
    card = window.open_card(company.id)
    titles = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert "Besøg" in titles and card.visits_list.count() == 1
    assert card.visits_list.table.item(0, 0).text() == "25.11.2026 10:00"
    assert card.visits_list.table.item(0, 2).text() == "Planlagt"
    services.visits.set_status(visit.id, "aflyst_virksomhed", "Travlhed")
    card.reload()
    assert card.visits_list.table.item(0, 2).text() == "Aflyst af virksomheden"
    card.close()


def test_closing_the_app_saves_an_open_guide_without_a_resume_offer(window, services, visit, drafts):
    window.start("besoeg")
    form = window.visits_page.fill_guide(visit.id)
    QTest.keyClicks(form.items["s2i4"].edit, "Sparring om løntilskud")
    assert form.is_dirty() and drafts.load(OPEN_MARKER) is not None
    window.close()
    assert services.guides.fill(visit.id).answers["s2i4"] == "Sparring om løntilskud"
    assert drafts.load(OPEN_MARKER) is None


def test_the_history_entry_of_a_registered_visit_opens_its_guide(window, services, company, visit):
    from jobcrm.services.visit_dto import OutcomeInput

    services.guides.open_guide(visit.id)
    services.guides.autosave(visit.id, {"s1i5": "Kun lokalt"}, outcome=OutcomeInput(labour_need="intet"))
    services.guides.register(visit.id)
    window.start("virksomheder")
    card = window.open_card(company.id)
    assert card.timeline.entry(0).link_id == visit.id
    card.timeline_view.doubleClicked.emit(card.timeline.index(0, 0))
    form = window.visits_page.forms[visit.id]
    assert form.items["s1i5"].value() == "Kun lokalt"
    form.close()
    card.close()


def test_create_job_order_from_the_guide_opens_the_order_editor_for_the_company(window, services, visit):
    window.start("besoeg")
    form = window.visits_page.fill_guide(visit.id)
    form.job_order_requested.emit(visit.company_id)  # the guide's "Opret jobordre" button
    editor = window.order_editors[("new", visit.company_id)]
    assert editor.isVisible()
    editor.reject()
    form.close()
