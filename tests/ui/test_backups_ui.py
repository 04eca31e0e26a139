"""What a consultant sees of backups and damaged databases: the start-up problem dialog for each situation,
its ways forward (restore the latest good backup, open read-only, choose another file), the read-only window, and
Indstillinger → Sikkerhedskopier."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from jobcrm.clock import Clock
from jobcrm.db import safety
from jobcrm.db.backup_files import BackupInfo
from jobcrm.errors import JobCRMError
from jobcrm.services.registry import Services
from jobcrm.ui.dialogs import db_problem
from jobcrm.ui.dialogs.db_problem import DbProblemDialog
from jobcrm.ui.dialogs.settings_dialog import SettingsDialog
from jobcrm.ui.startup_rescue import open_database
from tests.unit.test_backups import HOLD_LOCK, NOW, add, companies_in, damage, make_db

SHOTS = Path(os.environ.get("JOBCRM_SHOTS", "")) if os.environ.get("JOBCRM_SHOTS") else None

LATEST = BackupInfo("/data/jobcrm.db.backups/jobcrm-20261123-081500-daily.db", dt.datetime(2026, 11, 23, 8, 15),
                    "daily", 1 << 20)


def shot(widget, name, tmp_path, *, fit=True) -> None:
    if fit:
        widget.adjustSize()
    image = widget.grab()
    assert image.save(str(tmp_path / f"{name}.png"))
    if SHOTS is not None:  # JOBCRM_SHOTS=/some/dir keeps them to look at
        SHOTS.mkdir(parents=True, exist_ok=True)
        image.save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize(("kind", "title", "buttons"), [
    (safety.CORRUPT, "Databasen er beskadiget",
     ["Gendan seneste gode sikkerhedskopi", "Åbn skrivebeskyttet", "Vælg en anden fil…", "Afslut"]),
    (safety.NOT_SQLITE, "Filen er ikke en JobCRM-database",
     ["Gendan seneste gode sikkerhedskopi", "Vælg en anden fil…", "Afslut"]),
    (safety.NEWER, "Databasen er fra en nyere JobCRM", ["Vælg en anden fil…", "Afslut"]),
    (safety.READ_ONLY, "JobCRM kan ikke gemme på denne placering", ["Åbn skrivebeskyttet", "Vælg en anden fil…", "Afslut"]),
    (safety.DISK_FULL, "Disken er fuld", ["Åbn skrivebeskyttet", "Vælg en anden fil…", "Afslut"]),
    (safety.IN_USE, "JobCRM er allerede åben", ["Åbn skrivebeskyttet", "Vælg en anden fil…", "Afslut"]),
])
def test_problem_dialog_for_each_situation(qtbot, danish, tmp_path, kind, title, buttons):
    dialog = DbProblemDialog(safety.problem(kind, "/data/jobcrm.db"), LATEST)
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.buttons.values()]
    assert texts == buttons
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert title in labels
    assert any("/data/jobcrm.db" in t and "Traceback" not in t for t in labels)
    if "Gendan seneste gode sikkerhedskopi" in buttons:
        assert any("23.11.2026 08:15" in t for t in labels)
    shot(dialog, f"db-problem-{kind}", tmp_path)
    dialog.buttons["quit"].click()
    assert dialog.choice == db_problem.QUIT


def test_restore_is_offered_but_disabled_without_a_good_backup(qtbot, danish):
    dialog = DbProblemDialog(safety.problem(safety.CORRUPT, "/data/jobcrm.db"), None)
    qtbot.addWidget(dialog)
    assert not dialog.buttons[db_problem.RESTORE].isEnabled()
    assert dialog.buttons[db_problem.READ_ONLY].isDefault()


def test_start_on_a_damaged_file_restores_the_latest_good_backup(qapp, danish, tmp_path):
    db = make_db(tmp_path / "jobcrm.db", [f"Firma {i}" for i in range(300)])
    s = Services.open(db, Clock(fixed_now=NOW))
    s.backups.create("manual")
    s.close()
    damage(db)
    asked, told = [], []

    def ask(problem, latest):
        asked.append((problem.kind, latest))
        return db_problem.RESTORE

    opened = open_database(db, Clock(fixed_now=NOW), ask=ask, inform=told.append, warn=pytest.fail)
    try:
        assert asked[0][0] == safety.CORRUPT and asked[0][1] is not None
        assert len(asked) == 1  # after the restore the file opened normally
        assert opened.services.companies.count() == 300 and opened.lock.held
        assert "Sikkerhedskopien fra 24.11.2026 09:30 er gendannet." in told[0]
        assert "beskadiget" in told[0]  # where the damaged file was put
    finally:
        opened.services.close()
        opened.lock.release()
    assert list(tmp_path.glob("jobcrm.db.beskadiget-*"))  # moved aside, never deleted


def test_database_open_in_another_window_opens_read_only(qapp, qtbot, danish, tmp_path, window_factory):
    db = make_db(tmp_path / "jobcrm.db", ("Læsbar A/S",))
    other = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "locked"
        kinds = []
        opened = open_database(db, Clock(fixed_now=NOW), ask=lambda p, b: kinds.append(p.kind) or db_problem.READ_ONLY,
                               warn=pytest.fail)
        try:
            assert kinds == [safety.IN_USE] and opened.services.read_only
            window = window_factory(opened.services)
            window.start()
            assert "skrivebeskyttet" in window.windowTitle()
            badge = window.findChild(QLabel, "readOnlyBadge")
            assert badge.text() == "Skrivebeskyttet: ændringer kan ikke gemmes"
            window.resize(1100, 700)
            shot(window, "read-only-window", tmp_path, fit=False)
            # A write attempt: a Danish JobCRMError (app.py shows it in a message box), not an SQL traceback.
            window.welcome.initials.setText("ABC")
            window.welcome.name.setText("Anne Bech")
            with qtbot.capture_exceptions() as raised:
                window.welcome.create_button.click()
            assert len(raised) == 1 and isinstance(raised[0][1], JobCRMError)
            assert str(raised[0][1]).startswith("Databasen er åbnet skrivebeskyttet, så ændringen blev ikke gemt.")
            assert companies_in(db) == 1
        finally:
            opened.services.close()
    finally:
        os.kill(other.pid, signal.SIGKILL)
        other.wait()
        other.stdout.close()


def test_choose_another_file_then_quit(qapp, tmp_path):
    bad = tmp_path / "regneark.db"
    bad.write_bytes(b"ikke en database" * 100)
    good = make_db(tmp_path / "anden.db", ("Anden A/S",))
    answers = iter([db_problem.OTHER_FILE])
    opened = open_database(bad, Clock(fixed_now=NOW), ask=lambda p, b: next(answers), choose_file=lambda _: good,
                           warn=pytest.fail)
    try:
        assert opened.db_path == good and opened.services.companies.count() == 1
    finally:
        opened.services.close()
        opened.lock.release()
    assert open_database(bad, Clock(fixed_now=NOW), ask=lambda p, b: db_problem.QUIT) is None
    assert bad.read_bytes() == b"ikke en database" * 100


def test_settings_dialog_lists_takes_and_restores_backups(qtbot, danish, tmp_path, monkeypatch):
    db = make_db(tmp_path / "jobcrm.db", ("Første A/S",))
    services = Services.open(db, Clock(fixed_now=NOW))
    try:
        services.backups.create("daily")
        add(services, "Anden A/S")
        services.ctx.clock = Clock(fixed_now=NOW + dt.timedelta(hours=1))
        services.backups.before_risky("before-import")
        restarted = []
        dialog = SettingsDialog(services, restart=lambda: restarted.append(True))
        qtbot.addWidget(dialog)
        page = dialog.backups_page
        assert dialog.windowTitle() == "Indstillinger" and dialog.pages.item(0).text() == "Sikkerhedskopier"
        assert page.table.rowCount() == 2
        assert [page.table.item(0, c).text() for c in range(4)][:2] == ["24.11.2026 10:30", "Før import"]
        assert page.table.item(1, 1).text() == "Automatisk" and page.table.item(1, 3).text() == "1"
        assert "," in page.table.item(0, 2).text() and "kB" in page.table.item(0, 2).text()
        assert (page.keep_daily.value(), page.keep_weekly.value()) == (7, 4)
        assert not page.restore_button.isEnabled()

        services.ctx.clock = Clock(fixed_now=NOW + dt.timedelta(hours=2))
        page.take_backup()
        assert page.table.rowCount() == 3 and page.table.item(0, 1).text() == "Manuel"
        dialog.resize(900, 560)
        shot(dialog, "settings-backups", tmp_path, fit=False)

        page.keep_daily.setValue(10)
        page.folder.setText(str(tmp_path / "kopier"))
        page.save_button.click()
        assert services.settings.get("backup_keep_daily") == 10
        assert page.table.rowCount() == 0  # the new folder is empty
        page.folder.setText("")
        page.save_button.click()

        questions = []
        monkeypatch.setattr(QMessageBox, "question", lambda *a: questions.append(a[2]) or QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
        row = next(i for i in range(page.table.rowCount()) if page.table.item(i, 1).text() == "Automatisk")
        page.table.selectRow(row)
        assert page.restore_button.isEnabled()
        page.restore_button.click()
        assert "gemmes først som en sikkerhedskopi" in questions[0]
        assert restarted == [True]
        assert page.restored.safety_copy
        assert companies_in(db) == 1
    finally:
        services.close()


def test_settings_dialog_refuses_a_foreign_file_in_one_line(qtbot, danish, tmp_path, monkeypatch):
    db = make_db(tmp_path / "jobcrm.db")
    services = Services.open(db, Clock(fixed_now=NOW))
    try:
        dialog = SettingsDialog(services)
        qtbot.addWidget(dialog)
        warnings = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
        (tmp_path / "x.txt").write_text("hej")
        dialog.backups_page.restore(tmp_path / "x.txt", "x.txt")
        assert warnings == [f"Kan ikke gendanne: {tmp_path / 'x.txt'} er ikke en SQLite-database."]
    finally:
        services.close()


def test_app_start_takes_the_daily_backup_once_a_day(tmp_path):
    from tests.ui.test_startup import run

    db = make_db(tmp_path / "jobcrm.db", ("Daglig A/S",))
    for _ in range(2):
        out = run("--db", str(db), "--quit-after", "1", tmp_path=tmp_path)
        assert out.returncode == 0, out.stderr
    daily = list((tmp_path / "jobcrm.db.backups").glob("jobcrm-*-daily.db"))
    assert len(daily) == 1 and companies_in(daily[0]) == 1
    assert (tmp_path / "jobcrm.db.lock").exists()  # released, but the file stays: it never blocks
