"""Composition root: builds the Qt application, translator, services, task runner and main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def run_app(args) -> int:
    """Start the GUI with the parsed command-line options (see jobcrm.cli)."""
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jobcrm import APP_NAME
    from jobcrm.clock import Clock
    from jobcrm.config import data_dir, default_db_path
    from jobcrm.errors import JobCRMError
    from jobcrm.ui import sort_arrows
    from jobcrm.ui.drafts import DraftStore
    from jobcrm.ui.events import AppEvents
    from jobcrm.ui.i18n import install_translators
    from jobcrm.ui.main_window import MainWindow
    from jobcrm.ui.settings import UiSettings
    from jobcrm.ui.style import STYLESHEET
    from jobcrm.ui.tasks import TaskRunner

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ui_settings = UiSettings(data_dir() / "jobcrm-ui.ini")
    lang = args.lang or ui_settings.get("language")
    app._translators = install_translators(app, lang)  # keep references alive
    sort_arrows.install(app)  # ▼ for descending, as in Windows and Excel
    app.setStyleSheet(STYLESHEET)

    db_path = Path(args.db) if args.db else default_db_path()
    # The lock, the start-up checks and the ways forward from a damaged, foreign, newer, read-only, full or
    # already-open database (issue 8); then the daily backup.
    from jobcrm.ui.startup_rescue import open_database

    opened = open_database(db_path, Clock(fixed_today=args.today))
    if opened is None:
        return 1
    services, db_lock, db_path = opened.services, opened.lock, opened.db_path
    if args.as_initials:
        services.ctx.actor.id = services.consultants.by_initials(args.as_initials).id
    try:  # the GDPR purge and audit-log pruning (issue 8); cheap when nothing is due, never blocks the start
        services.retention.at_start()
    except Exception as e:  # noqa: BLE001 - a failed purge is retried at the next start
        print(f"Sletning efter opbevaringsperioden mislykkedes: {e}", file=sys.stderr)

    events = AppEvents()
    window_ref: list = []

    def show_error(exc: BaseException) -> None:
        from jobcrm.db.safety import explain_write_error

        parent = window_ref[0] if window_ref else None
        write_problem = explain_write_error(exc)  # read-only mode, a full disk: a Danish sentence
        if write_problem is not None:
            QMessageBox.warning(parent, "JobCRM", write_problem)
        elif isinstance(exc, JobCRMError):
            QMessageBox.warning(parent, "JobCRM", str(exc))
        else:
            QMessageBox.critical(parent, "JobCRM", QCoreApplication.translate(
                "App", "An unexpected error occurred. Nothing you had saved is lost.\n\n%1").replace("%1", repr(exc)))

    tasks = TaskRunner(events, on_error=show_error)
    sys.excepthook = lambda _type, exc, _tb: show_error(exc)  # an error in a slot: a message, not a traceback
    drafts = DraftStore(db_path.with_name(db_path.name + ".drafts"))
    window = MainWindow(services, tasks, events, ui_settings, drafts, lang)
    window_ref.append(window)
    restart: list[bool] = []

    def request_restart() -> None:  # after "Gendan…" in Indstillinger → Sikkerhedskopier
        restart.append(True)
        window.close()

    window.request_restart = request_restart
    if not args.screenshot:
        geometry = ui_settings.get("window_geometry")
        if not geometry.isEmpty():
            window.restoreGeometry(geometry)
    window.start(args.page)
    window.show()
    if not services.read_only:  # the daily backup, in the background; a failure is said, not fatal
        tasks.run(services.backups.auto_if_due,
                  on_error=lambda e: window.statusBar().showMessage(str(e), 15000))

    if args.screenshot:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            app.processEvents()
            if tasks.is_idle():
                app.processEvents()
                break
            time.sleep(0.01)
        ok = window.grab().save(str(args.screenshot))
        tasks.shutdown()
        services.close()
        db_lock.release()
        if not ok:
            print(f"jobcrm: kunne ikke gemme skærmbilledet {args.screenshot}", file=sys.stderr)
            return 1
        return 0
    if args.quit_after is not None:
        QTimer.singleShot(int(args.quit_after * 1000), window.close)
    code = app.exec()
    tasks.shutdown()
    services.close()
    db_lock.release()
    if restart:
        import subprocess

        subprocess.Popen([sys.executable, "-m", "jobcrm.cli", *sys.argv[1:]])
    return code
