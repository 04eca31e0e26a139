"""Opening the database at start: the lock against a second window, the start-up checks, and — when one fails —
the consultant's way forward (jobcrm/ui/dialogs/db_problem.py) until a database is open or they quit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jobcrm.clock import Clock
from jobcrm.errors import JobCRMError
from jobcrm.services import backups as bk
from jobcrm.services.registry import Services
from jobcrm.ui import fmt
from jobcrm.ui.dialogs import db_problem


@dataclass
class Opened:
    services: Services
    lock: bk.DbLock
    db_path: Path


def _choose_file(current: Path) -> Path | None:
    title = QCoreApplication.translate("StartupRescue", "Choose a JobCRM database")
    kinds = QCoreApplication.translate("StartupRescue", "JobCRM database (*.db);;All files (*)")
    name, _ = QFileDialog.getOpenFileName(None, title, str(current.parent), kinds)
    return Path(name) if name else None


def _inform(text: str) -> None:
    QMessageBox.information(None, "JobCRM", text)


def _warn(text: str) -> None:
    QMessageBox.warning(None, "JobCRM", text)


def open_database(db_path: Path, clock: Clock, *,
                  ask: Callable[[bk.StartupProblem, bk.BackupInfo | None], str] = db_problem.ask,
                  choose_file: Callable[[Path], Path | None] = _choose_file,
                  inform: Callable[[str], None] = _inform, warn: Callable[[str], None] = _warn) -> Opened | None:
    """Open `db_path` for the app, or None when the consultant quits. The dialogs are parameters so tests can
    answer them."""
    while True:
        lock = bk.DbLock(db_path)
        try:
            lock.acquire()
            services = Services.open(db_path, clock, check=True)
        except bk.StartupProblem as problem:
            lock.release()
            latest = bk.rescue_backup(db_path)
            choice = ask(problem, latest)
            if choice == db_problem.RESTORE and latest is not None:
                from jobcrm.services.backups import restore_without_services

                try:
                    result = restore_without_services(db_path, Path(latest.path), dt.datetime.now())
                except JobCRMError as e:
                    warn(str(e))
                    continue
                kept = result.safety_copy or result.moved_aside
                text = QCoreApplication.translate("StartupRescue", "The backup from %1 has been restored.")
                text = text.replace("%1", fmt.datetime(latest.created_at))
                if kept:
                    text += "\n\n" + QCoreApplication.translate(
                        "StartupRescue", "The previous file is kept as %1.").replace("%1", kept)
                inform(text)
                continue
            if choice == db_problem.READ_ONLY:
                try:
                    services = Services.open(db_path, clock, read_only=True)
                except (JobCRMError, OSError) as e:
                    warn(str(e))
                    continue
                return Opened(services, bk.DbLock(db_path), db_path)
            if choice == db_problem.OTHER_FILE:
                other = choose_file(db_path)
                if other is not None:
                    db_path = other
                continue
            return None
        except (JobCRMError, OSError) as e:
            lock.release()
            text = QCoreApplication.translate("StartupRescue", "JobCRM could not open the database %1.")
            warn(text.replace("%1", str(db_path)) + "\n\n" + str(e))
            return None
        services.backups.lock = lock
        return Opened(services, lock, db_path)
