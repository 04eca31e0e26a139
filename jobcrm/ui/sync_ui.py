"""The team server as the user sees it (issue 10): the status-bar indicator, the background sync and the
"Synkronisering" menu. Everything goes through `Services.sync` (jobcrm/services/sync_api.py); the sync
itself runs on the task runner's worker, never on the GUI thread, and never twice at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QToolButton, QWidget

from jobcrm.services.sync_api import ERROR, NEVER, NOT_CONFIGURED, OFFLINE, OK, RUNNING, SyncStatus
from jobcrm.ui import fmt

SYNC_INTERVAL_MS = 5 * 60 * 1000  # background sync every five minutes while a server is configured
STALE_AFTER = dt.timedelta(days=2)  # a laptop that has not synced for longer is marked on the Team page


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone() if value.tzinfo is not None else value


def when_text(value: dt.datetime, today: dt.date) -> str:
    """'10:42' today, '23.11.2026 10:42' another day (local, i.e. Danish, time)."""
    local = _local(value)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    return clock if local.date() == today else f"{fmt.date(local.date())} {clock}"


def waiting_text(pending: int) -> str:
    if pending == 1:
        return QCoreApplication.translate("SyncIndicator", "1 change waiting")
    return QCoreApplication.translate("SyncIndicator", "%1 changes waiting").replace("%1", f"{pending:,}".replace(",", "."))


def conflicts_text(count: int) -> str:
    return QCoreApplication.translate("SyncIndicator", "1 conflict") if count == 1 else QCoreApplication.translate("SyncIndicator", "%1 conflicts").replace("%1", str(count))


def status_text(status: SyncStatus, today: dt.date, running: bool = False) -> str:
    """The one line in the status bar; empty when no server is configured."""
    if status.state == NOT_CONFIGURED:
        return ""
    if running or status.state == RUNNING:
        return QCoreApplication.translate("SyncIndicator", "Synchronising …")
    waiting = waiting_text(status.pending_changes) if status.pending_changes else ""
    if status.state == OFFLINE:
        return QCoreApplication.translate("SyncIndicator", "Offline") + (f" – {waiting}" if waiting else "")
    if status.state == ERROR:
        return QCoreApplication.translate("SyncIndicator", "Sync failed: %1").replace("%1", status.message or QCoreApplication.translate("SyncIndicator", "unknown error"))
    if status.state == OK and status.last_sync_at is not None:
        text = QCoreApplication.translate("SyncIndicator", "Synchronised %1").replace("%1", when_text(status.last_sync_at, today))
        return text + (f" · {waiting}" if waiting else "")
    text = QCoreApplication.translate("SyncIndicator", "Not synchronised yet")  # NEVER (or OK without a time)
    return text + (f" – {waiting}" if waiting else "")


def status_tooltip(status: SyncStatus) -> str:
    lines = [QCoreApplication.translate("SyncIndicator", "Team server: %1").replace("%1", status.server_url or "–")]
    if status.last_sync_at is not None:
        lines.append(QCoreApplication.translate("SyncIndicator", "Last synchronised: %1").replace("%1", fmt.datetime(status.last_sync_at)))
    if status.state in (OFFLINE, ERROR) and status.message:
        lines.append(status.message)
    lines.append(QCoreApplication.translate("SyncIndicator", "Your work is always saved on this computer; it is sent to the team when the server "
                     "can be reached."))
    return "\n".join(lines)


def is_stale(when: dt.datetime | None, now: dt.datetime) -> bool:
    return when is None or now - when > STALE_AFTER


def last_sync_text(when: dt.datetime | None, now: dt.datetime) -> str:
    """Short: 'i dag 10:42', 'i går 16:05', '22.11.2026 09:10', '4 dage siden' (stale), 'aldrig'."""
    if when is None:
        return QCoreApplication.translate("TeamSync", "never")
    if is_stale(when, now):
        return QCoreApplication.translate("TeamSync", "%1 days ago").replace("%1", str((now - when).days))
    local, today = _local(when), _local(now).date()
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if local.date() == today:
        return QCoreApplication.translate("TeamSync", "today %1").replace("%1", clock)
    if local.date() == today - dt.timedelta(days=1):
        return QCoreApplication.translate("TeamSync", "yesterday %1").replace("%1", clock)
    return fmt.datetime(when)


class SyncIndicator(QWidget):
    """A permanent status-bar widget: the sync line and, when there are any, "3 konflikter" as a link."""

    conflicts_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 8, 0)
        layout.setSpacing(10)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        self.label = QLabel()
        layout.addWidget(self.label)
        self.conflicts_button = QToolButton()
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts_button.setStyleSheet("QToolButton { color: #b3261e; text-decoration: underline; "
                                            "border: none; padding: 0 2px; }")
        self.conflicts_button.setToolTip(self.tr("The same field was changed on two computers: see what was "
                                                 "kept and restore the other value"))
        self.conflicts_button.clicked.connect(self.conflicts_clicked)
        layout.addWidget(self.conflicts_button)
        self.status: SyncStatus | None = None
        self.setVisible(False)

    def show_status(self, status: SyncStatus, today: dt.date, running: bool = False) -> None:
        self.status = status
        if status.state == NOT_CONFIGURED:
            self.setVisible(False)
            return
        self.label.setText(status_text(status, today, running))
        bad = status.state in (OFFLINE, ERROR) and not running
        self.label.setStyleSheet("color: #b3261e;" if status.state == ERROR and not running
                                 else "color: #8a5a00;" if bad else "")
        self.label.setToolTip(status_tooltip(status))
        self.conflicts_button.setText(conflicts_text(status.open_conflicts))
        self.conflicts_button.setVisible(status.open_conflicts > 0)
        self.setVisible(True)


class SyncController(QObject):
    """Background sync: on start and every SYNC_INTERVAL_MS while a server is configured, one at a time."""

    status_changed = Signal(object)  # SyncStatus
    progress = Signal(object)        # SyncProgress; emitted on the worker thread, delivered on the GUI thread
    finished = Signal(object)        # SyncResult, or the exception when the run failed
    pulled = Signal(object)          # SyncResult with pulled > 0: the pages show stale data

    def __init__(self, services, tasks, parent: QObject | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self.running = False
        self.status: SyncStatus = SyncStatus(NOT_CONFIGURED, None, None, 0, 0)
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)

    def configured(self) -> bool:
        return self.status.state != NOT_CONFIGURED

    def start(self) -> None:
        """At start-up: read the status; with a server, sync now and then on the timer."""
        self.refresh(then_sync=True)

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self, then_sync: bool = False) -> None:
        """Re-read the status on the worker (it may count pending changes) and show it."""
        sync = self._services.sync

        def done(status: SyncStatus) -> None:
            self._set_status(status)
            if status.state == NOT_CONFIGURED:
                self.timer.stop()
            elif then_sync:
                if not self.timer.isActive():
                    self.timer.start()
                self.sync_now()

        self._tasks.run(sync.status, done, lambda _exc: None)

    def sync_now(self) -> bool:
        """Start a sync on the worker; False (and nothing started) when one is already running or no server
        is configured."""
        if self.running or not self.configured():
            return False
        self.running = True
        self.status_changed.emit(self.status)  # the indicator shows "Synkroniserer …"
        sync = self._services.sync
        emit = self.progress.emit
        self._tasks.run(lambda: sync.sync_now(progress=emit), self._done, self._failed)
        return True

    def _done(self, result) -> None:
        self.running = False
        self.finished.emit(result)
        if result.pulled or result.conflicts:
            self.pulled.emit(result)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        """Offline or failed: shown in the indicator (the service's status says why), never a message box."""
        self.running = False
        self.finished.emit(exc)
        sync = self._services.sync

        def done(status: SyncStatus) -> None:
            if status.state in (OK, NEVER, RUNNING):  # the service did not record the failure: show it anyway
                status = SyncStatus(ERROR, status.server_url, status.last_sync_at, status.pending_changes,
                                    status.open_conflicts, str(exc) or type(exc).__name__)
            self._set_status(status)

        self._tasks.run(sync.status, done, lambda _e: None)

    def _set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)


class SyncUi(QObject):
    """Wires the indicator, the controller and the menu into the main window."""

    def __init__(self, window: QMainWindow, services, tasks, events):
        super().__init__(window)
        self._window = window
        self._services = services
        self._tasks = tasks
        self._events = events
        self.indicator = SyncIndicator()
        self.controller = SyncController(services, tasks, self)
        self.controller.status_changed.connect(self._show)
        self.controller.progress.connect(self._on_progress)
        self.indicator.conflicts_clicked.connect(self.open_conflicts)
        window.statusBar().addPermanentWidget(self.indicator)
        self.menu = None
        self._build_menu()

    def _build_menu(self) -> None:
        bar = self._window.menuBar()
        actions = bar.actions()
        menu = bar.addMenu(self.tr("&Synchronisation"))
        if actions:  # before Help
            bar.insertMenu(actions[-1], menu)
        self.menu = menu
        self.sync_action = QAction(self.tr("Synchronise &now"), self._window)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.triggered.connect(self.sync_now_clicked)
        menu.addAction(self.sync_action)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), self._window)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        menu.addAction(self.conflicts_action)
        menu.addSeparator()
        self.server_action = QAction(self.tr("Team &server…"), self._window)
        self.server_action.triggered.connect(self.open_server_dialog)
        menu.addAction(self.server_action)

    def start(self) -> None:
        self.controller.start()

    def _today(self) -> dt.date:
        return self._services.ctx.clock.today()

    def _show(self, status: SyncStatus) -> None:
        self.indicator.show_status(status, self._today(), self.controller.running)
        configured = status.state != NOT_CONFIGURED
        self.sync_action.setEnabled(configured and not self.controller.running)

    def _on_progress(self, p) -> None:
        """A long sync (the first one, or after days offline) says how far it is: "Synkroniserer … 1.200 af 5.000"."""
        if self.controller.running and p.total and not self.indicator.isHidden():
            self.indicator.label.setText(self.tr("Synchronising … %1 of %2")
                                         .replace("%1", f"{p.done:,}".replace(",", "."))
                                         .replace("%2", f"{p.total:,}".replace(",", ".")))

    def sync_now_clicked(self) -> None:
        if not self.controller.configured():
            self.open_server_dialog()
            return
        if not self.controller.sync_now():
            self._window.statusBar().showMessage(self.tr("A synchronisation is already running."), 4000)

    def open_conflicts(self):
        from jobcrm.ui.dialogs.sync_dialogs import ConflictsDialog

        dialog = ConflictsDialog(self._services, self._tasks, self._window)
        dialog.restored.connect(self._events.changed.emit)
        dialog.restored.connect(lambda _c: self.controller.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.conflicts_dialog = dialog
        return dialog

    def open_server_dialog(self):
        from jobcrm.ui.dialogs.sync_dialogs import ServerDialog

        dialog = ServerDialog(self._services, self.controller, self._window)
        dialog.server_set.connect(self._on_server_set)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.server_dialog = dialog
        return dialog

    def _on_server_set(self, first_time: bool) -> None:
        """A new server: read the status; the first time, show the first sync's progress."""
        if first_time:
            from jobcrm.ui.dialogs.sync_dialogs import FirstSyncDialog

            dialog = FirstSyncDialog(self.controller, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.first_sync_dialog = dialog
        self.controller.refresh(then_sync=True)
