"""The team server as a consultant sees it (issue 10): the status-bar line, the background sync, the conflict
list with restore, the server dialog with the first sync's progress, and stale laptops on the Team page.
The engine is replaced by the in-memory FakeSyncService (same Protocol)."""

import datetime as dt
import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from jobcrm.errors import JobCRMError
from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.promises import PromiseInput
from jobcrm.services.sync_api import (
    ERROR,
    NEVER,
    NOT_CONFIGURED,
    OFFLINE,
    OK,
    RUNNING,
    ConsultantSyncDTO,
    SyncProgress,
    SyncStatus,
)
from jobcrm.ui.events import AppEvents
from jobcrm.ui.sync_ui import SYNC_INTERVAL_MS, SyncController, SyncIndicator, status_text
from jobcrm.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.ui.fake_sync import FakeSyncService, demo_conflicts, local

URL = "postgresql+psycopg://maj@teamserver.kommune.dk/jobcrm"


def st(state, last=None, pending=0, conflicts=0, message=None):
    return SyncStatus(state, URL if state != NOT_CONFIGURED else None, last, pending, conflicts, message)


@pytest.fixture
def no_message_boxes(monkeypatch):
    """Sync problems belong in the status bar: any message box fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"a message box was shown: {args[1:3]}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)


def test_the_status_line_for_each_state(qtbot, danish):
    today = TODAY
    assert status_text(st(NOT_CONFIGURED), today) == ""
    assert status_text(st(OK, local(2026, 11, 24, 10, 42)), today) == "Synkroniseret 10:42"
    assert status_text(st(OK, local(2026, 11, 23, 16, 5)), today) == "Synkroniseret 23.11.2026 16:05"
    assert status_text(st(OK, local(2026, 11, 24, 10, 42), pending=1), today) == \
        "Synkroniseret 10:42 · 1 ændring venter"
    assert status_text(st(OFFLINE, local(2026, 11, 24, 8, 0), pending=37), today) == "Offline – 37 ændringer venter"
    assert status_text(st(OFFLINE, pending=1234), today) == "Offline – 1.234 ændringer venter"
    assert status_text(st(RUNNING), today) == "Synkroniserer …"
    assert status_text(st(OK, local(2026, 11, 24, 10, 42)), today, running=True) == "Synkroniserer …"
    assert status_text(st(ERROR, message="Adgangskoden blev afvist af serveren."), today) == \
        "Synkronisering mislykkedes: Adgangskoden blev afvist af serveren."
    assert status_text(st(NEVER, pending=5), today) == "Endnu ikke synkroniseret – 5 ændringer venter"

    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.show_status(st(NOT_CONFIGURED), today)
    assert indicator.isHidden()  # no server: the status bar says nothing about sync
    indicator.show_status(st(OK, local(2026, 11, 24, 10, 42), conflicts=3), today)
    assert not indicator.isHidden() and indicator.label.text() == "Synkroniseret 10:42"
    assert not indicator.conflicts_button.isHidden() and indicator.conflicts_button.text() == "3 konflikter"
    assert URL in indicator.label.toolTip()
    indicator.show_status(st(OK, local(2026, 11, 24, 10, 42), conflicts=1), today)
    assert indicator.conflicts_button.text() == "1 konflikt"
    indicator.show_status(st(OK, local(2026, 11, 24, 10, 42)), today)
    assert indicator.conflicts_button.isHidden()


def test_without_a_server_nothing_is_shown_and_nothing_syncs(window, services, consultant):
    window.start("indbakke")
    assert window.sync_ui.indicator.isHidden()
    assert not window.sync_ui.controller.timer.isActive()
    assert window.sync_ui.controller.sync_now() is False
    assert "&Synkronisering" in [a.text() for a in window.menuBar().actions()]


def test_a_configured_laptop_syncs_at_start_and_on_a_timer(window, services, consultant):
    fake = FakeSyncService(URL)
    fake.pending = 4
    services.sync = fake
    window.start("indbakke")
    assert len(fake.calls) == 1
    controller = window.sync_ui.controller
    assert controller.timer.isActive() and controller.timer.interval() == SYNC_INTERVAL_MS
    text = window.sync_ui.indicator.label.text()
    assert text.startswith("Synkroniseret ") and "venter" not in text
    controller.timer.timeout.emit()
    assert len(fake.calls) == 2


def test_a_failed_sync_shows_in_the_status_bar_not_in_a_message_box(window, services, consultant,
                                                                    no_message_boxes):
    fake = FakeSyncService(URL)
    fake.pending = 37
    fake.fail_with = JobCRMError("Serveren teamserver.kommune.dk svarer ikke.")
    services.sync = fake
    window.start("indbakke")
    indicator = window.sync_ui.indicator
    assert indicator.label.text() == "Offline – 37 ændringer venter"
    assert "svarer ikke" in indicator.label.toolTip()
    window.sync_ui.sync_action.trigger()  # F9 after the network is back
    assert indicator.label.text().startswith("Synkroniseret ")


def test_an_unexpected_failure_is_shown_as_an_error_line(qtbot, danish, services, tasks, no_message_boxes):
    class Stubborn(FakeSyncService):
        def sync_now(self, url=None, progress=None):
            raise JobCRMError("Serveren har en nyere version af JobCRM.")

    services.sync = Stubborn(URL)
    controller = SyncController(services, tasks)
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    controller.status_changed.connect(lambda s: indicator.show_status(s, TODAY, controller.running))
    controller.start()
    assert indicator.label.text() == "Synkronisering mislykkedes: Serveren har en nyere version af JobCRM."
    assert not controller.running


def test_background_sync_runs_on_the_worker_and_never_twice_at_once(qtbot, services):
    fake = FakeSyncService(URL)
    fake.gate = threading.Event()
    services.sync = fake
    runner = TaskRunner(AppEvents())  # a real worker thread, as in the app
    try:
        controller = SyncController(services, runner)
        controller.start()
        qtbot.waitUntil(lambda: fake.entered.is_set())
        assert controller.running
        assert controller.sync_now() is False  # F9 while the background sync runs
        controller.timer.timeout.emit()  # the timer fires meanwhile
        fake.gate.set()
        qtbot.waitUntil(lambda: not controller.running and controller.status.state == OK)
        assert fake.calls == [fake.calls[0]] and fake.calls[0].startswith("jobcrm-db")
        assert threading.current_thread().name not in fake.calls
        assert fake.max_active == 1
        assert controller.sync_now() is True  # once finished, the next one may start
        qtbot.waitUntil(lambda: not controller.running)
        assert len(fake.calls) == 2 and fake.max_active == 1
    finally:
        runner.shutdown()


def test_a_pull_reloads_the_page_shown_and_marks_the_others(window, services, consultant):
    window.start("virksomheder")
    before = window.companies_page.model.rowCount()
    fake = FakeSyncService(URL)
    services.sync = fake
    window.sync_ui.controller.refresh()
    services.companies.create(CompanyInput(name="Kollegas Nye Firma ApS"))  # what the pull wrote
    fake.pulls = 1
    window.sync_ui.controller.sync_now()
    assert window.companies_page.model.rowCount() == before + 1
    assert "team" in window._stale_pages and "virksomheder" not in window._stale_pages


def test_the_conflict_list_lists_restores_and_shows_restored(window, services, consultant, no_message_boxes):
    fake = FakeSyncService(URL, OK)
    fake.last_sync_at = local(2026, 11, 24, 8, 12)
    demo_conflicts(fake)
    services.sync = fake
    window.start("indbakke")
    indicator = window.sync_ui.indicator
    assert indicator.conflicts_button.text() == "4 konflikter"
    indicator.conflicts_button.click()  # the link in the status bar opens the list
    dialog = window.sync_ui.conflicts_dialog
    table = dialog.table
    assert dialog.windowTitle() == "Konflikter"
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == \
        ["Post", "Felt", "Beholdt værdi", "Skrevet af", "Tabt værdi", "Skrevet af", "Hvornår", "Gendannet"]
    assert table.isColumnHidden(7)
    assert table.rowCount() == 4  # the restored one is hidden
    assert [table.item(0, c).text() for c in range(7)] == \
        ["Holm Byg ApS", "Telefon", "75 12 34 56", "PEH", "75 12 34 99", "MAJ", "24.11.2026 08:12"]
    assert table.item(3, 4).text() == "(tom)"
    assert dialog.page_label.text() == "1–4 af 4"
    assert not dialog.restore_button.isEnabled()

    table.selectRow(0)
    assert dialog.restore_button.isEnabled() and dialog.restore_button.text() == "Gendan den tabte værdi"
    first = fake.items[0]
    dialog.restore_button.click()
    assert fake.restored == [first.id]
    assert table.rowCount() == 3 and table.item(0, 1).text() == "Branche"
    assert indicator.conflicts_button.text() == "3 konflikter"  # the status bar follows

    dialog.show_restored.setChecked(True)
    assert table.rowCount() == 5 and not table.isColumnHidden(7)
    restored = [r for r in range(5) if table.item(r, 7).text()]
    assert len(restored) == 2
    assert [table.item(restored[-1], c).text() for c in (6, 7)] == ["18.11.2026 14:30", "19.11.2026 10:00"]
    table.selectRow(4)  # already restored: nothing to restore
    assert not dialog.restore_button.isEnabled()


def test_the_conflict_list_pages(window, services, consultant):
    fake = FakeSyncService(URL, OK)
    for i in range(250):
        fake.add_conflict(f"Firma {i:03d}", "Telefon", "1", "2", "PEH", "MAJ", local(2026, 11, 24, 9, 0))
    services.sync = fake
    window.start("indbakke")
    dialog = window.sync_ui.open_conflicts()
    assert dialog.table.rowCount() == 100 and dialog.page_label.text() == "1–100 af 250"
    assert not dialog.prev_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    dialog.next_button.click()
    assert dialog.table.rowCount() == 50 and dialog.page_label.text() == "201–250 af 250"
    assert dialog.table.item(0, 0).text() == "Firma 200" and not dialog.next_button.isEnabled()


def test_setting_the_server_first_time_shows_the_first_sync_with_progress(window, services, consultant):
    fake = FakeSyncService()  # no server yet
    fake.pulls = 12345
    fake.progress_steps = [SyncProgress("push", 3, 3), SyncProgress("pull", 6000, 12345)]
    seen = []
    services.sync = fake
    window.start("indbakke")
    dialog = window.sync_ui.open_server_dialog()
    assert dialog.state_label.text() == "Ingen teamserver: JobCRM arbejder kun på denne computer"
    dialog.save_button.click()  # empty
    assert dialog.isVisible() and dialog.error_label.text().startswith("Serveradresse:")
    dialog.url_edit.setText("teamserver.kommune.dk")
    dialog.save_button.click()
    assert dialog.isVisible() and "postgresql" in dialog.error_label.text() and fake.url is None

    window.sync_ui.controller.progress.connect(lambda p: seen.append(p.phase))
    dialog.url_edit.setText(URL)
    dialog.save_button.click()
    assert fake.url == URL and not dialog.isVisible()
    progress = window.sync_ui.first_sync_dialog
    assert progress.windowTitle() == "Første synkronisering"
    assert seen == ["push", "pull"] and len(fake.calls) == 1
    assert progress.phase_label.text() == "Færdig: 12.345 ændringer hentet, 3 sendt."
    assert window.sync_ui.indicator.label.text().startswith("Synkroniseret ")


def test_first_sync_progress_texts(qtbot, danish, services, tasks):
    from jobcrm.ui.dialogs.sync_dialogs import FirstSyncDialog

    controller = SyncController(services, tasks)
    dialog = FirstSyncDialog(controller)
    qtbot.addWidget(dialog)
    controller.progress.emit(SyncProgress("pull", 6000, 12345))
    assert dialog.phase_label.text() == "Henter teamets data: 6.000 af 12.345"
    assert dialog.bar.maximum() == 12345 and dialog.bar.value() == 6000
    controller.progress.emit(SyncProgress("push", 17, None))
    assert dialog.phase_label.text() == "Sender denne computers ændringer: 17"
    controller.finished.emit(JobCRMError("Serveren svarer ikke."))
    assert dialog.phase_label.text().startswith("Synkroniseringen stoppede: Serveren svarer ikke.")


def _team(services, consultant):
    peh = services.consultants.create(ConsultantInput("PEH", "Peter Holm", team_name="Team Erhverv Nord"))
    company = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    services.promises.create(PromiseInput("Ring om praktik", dt.date(2026, 11, 20), consultant.id, company.id))
    return peh


def test_the_team_page_shows_each_laptops_last_sync_and_marks_stale_ones(window, services, consultant):
    peh = _team(services, consultant)
    fake = FakeSyncService(URL, OK)
    fake.last_sync_at = local(2026, 11, 24, 0, 5)
    fake.consultants = [ConsultantSyncDTO(consultant.id, "MAJ", "Maja Jørgensen", local(2026, 11, 24, 0, 5)),
                        ConsultantSyncDTO(peh.id, "PEH", "Peter Holm", local(2026, 11, 20, 15, 30))]
    services.sync = fake
    window.start("team")
    page = window.team_page
    assert page.sync_line.text() == "· Teamets opfølgninger pr. seneste synkronisering 24.11.2026 00:05"
    assert not page.laptops_line.isHidden()
    (first, first_text, first_stale), second = page.laptops
    assert (first, first_stale) == ("PEH", True) and first_text.endswith("dage siden")  # the stale one first
    assert second == ("MAJ", "i dag 00:05", False)
    line = page.laptops_line.text()
    assert line.startswith("Sidst synkroniseret:")
    assert '<span style="color:#b3261e; font-weight:bold">⚠ PEH ' in line and "⚠ MAJ" not in line
    assert "mere end to dage" in page.laptops_line.toolTip()

    fake.consultants = fake.consultants[1:]  # Maja's laptop has never synced
    page.reload()
    assert page.laptops[0] == ("MAJ", "aldrig", True)


def test_the_team_page_without_a_server_says_nothing_about_sync(window, services, consultant):
    _team(services, consultant)
    window.start("team")
    page = window.team_page
    assert page.sync_line.isHidden() and page.laptops_line.isHidden()


def test_the_menu_the_server_dialog_and_stopping(window, services, consultant):
    fake = FakeSyncService(URL)
    fake.fail_with = JobCRMError("Serveren teamserver.kommune.dk svarer ikke.")
    fake.pending = 2
    services.sync = fake
    window.start("indbakke")
    ui = window.sync_ui
    assert ui.sync_action.shortcut().toString() == "F9" and ui.sync_action.text() == "Synkronisér &nu"
    assert [a.text() for a in ui.menu.actions() if a.text()] == ["Synkronisér &nu", "&Konflikter…", "Team&server…"]
    empty = ui.open_conflicts()
    assert empty.table.isHidden() and not empty.empty_label.isHidden()
    assert empty.empty_label.text().startswith("Ingen konflikter.")
    empty.close()
    dialog = ui.open_server_dialog()
    assert dialog.url_edit.text() == URL
    assert dialog.state_label.text() == "Offline – 2 ændringer venter\nServeren teamserver.kommune.dk svarer ikke."
    assert dialog.last_label.text() == "Aldrig" and dialog.pending_label.text() == "2 ændringer venter"
    dialog.remove_button.click()  # "Stop synkronisering": the laptop works alone again
    assert fake.url is None
    assert ui.indicator.isHidden() and not ui.controller.timer.isActive() and not ui.sync_action.isEnabled()


def test_a_long_sync_shows_how_far_it_is_in_the_status_bar(window, services, consultant):
    fake = FakeSyncService(URL, OK)
    fake.last_sync_at = local(2026, 11, 24, 8, 0)
    services.sync = fake
    window.start("indbakke")
    ui = window.sync_ui
    seen = []
    ui.controller.progress.connect(lambda _p: seen.append(ui.indicator.label.text()))
    fake.progress_steps = [SyncProgress("pull", 1200, 5000)]
    ui.sync_action.trigger()
    assert seen == ["Synkroniserer … 1.200 af 5.000"]
    assert ui.indicator.label.text().startswith("Synkroniseret ")
