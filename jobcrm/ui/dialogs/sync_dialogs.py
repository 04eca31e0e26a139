"""The team server's dialogs (issue 10): the conflict list with restore, the server address, and the first
sync's progress. They talk to `Services.sync` only (jobcrm/services/sync_api.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from jobcrm.errors import JobCRMError
from jobcrm.services.changes import ChangeSet
from jobcrm.services.sync_api import NEVER, NOT_CONFIGURED, OFFLINE, ConflictDTO, SyncProgress, SyncStatus
from jobcrm.ui import fmt
from jobcrm.ui.sync_ui import conflicts_text, status_text, waiting_text

PAGE_SIZE = 100


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class ConflictsDialog(QDialog):
    """"Konflikter": what was kept and what was lost when the same field changed on two computers; the lost
    value can be restored. Pages of PAGE_SIZE from the service."""

    restored = Signal(object)  # ChangeSet of the record whose value came back

    COLUMNS = 8

    def __init__(self, services, tasks, parent=None):
        super().__init__(parent)
        self._sync = services.sync
        self._tasks = tasks
        self.offset = 0
        self.total = 0
        self.rows: list[ConflictDTO] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1180, 520)
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "The same field was changed on two computers before they synchronised. JobCRM kept one value (the "
            "latest change) on every computer and saved the other here, so nothing is lost. If the value that "
            "was kept is wrong, choose the row and click “Restore the lost value”."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Field"), self.tr("Value kept"), self.tr("Kept from"), self.tr("Value lost"),
            self.tr("Lost from"), self.tr("When"), self.tr("Restored")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col, width in enumerate((190, 110, 210, 85, 210, 85, 125, 125)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(7, True)  # "Gendannet": with the restored ones only
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("No conflicts. Everything that was changed on two computers was merged."))
        self.empty_label.setObjectName("muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setVisible(False)
        layout.addWidget(self.empty_label, 1)

        bottom = QHBoxLayout()
        self.show_restored = QCheckBox(self.tr("Show restored conflicts too"))
        self.show_restored.toggled.connect(lambda _on: self.load(0))
        bottom.addWidget(self.show_restored)
        bottom.addStretch(1)
        self.page_label = QLabel()
        bottom.addWidget(self.page_label)
        self.prev_button = QPushButton(self.tr("‹ Previous"))
        self.prev_button.clicked.connect(lambda: self.load(max(self.offset - PAGE_SIZE, 0)))
        bottom.addWidget(self.prev_button)
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.clicked.connect(lambda: self.load(self.offset + PAGE_SIZE))
        bottom.addWidget(self.next_button)
        bottom.addSpacing(16)
        self.restore_button = QPushButton(self.tr("Restore the lost value"))
        self.restore_button.clicked.connect(self.restore_selected)
        bottom.addWidget(self.restore_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        self.load(0)

    def load(self, offset: int) -> None:
        sync, include = self._sync, self.show_restored.isChecked()

        def work():
            total = sync.conflict_count(include_restored=include)
            start = min(offset, max((total - 1) // PAGE_SIZE * PAGE_SIZE, 0))
            return start, total, sync.conflicts(start, PAGE_SIZE, include_restored=include)

        def done(result) -> None:
            self.offset, self.total, self.rows = result
            self._fill()

        self._tasks.run(work, done, self._show_error)

    def _fill(self) -> None:
        self.table.setColumnHidden(7, not self.show_restored.isChecked())
        self.table.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            values = (c.record_label, c.field_label, c.kept_value or self.tr("(empty)"), c.kept_by or "",
                      c.lost_value or self.tr("(empty)"), c.lost_by or "", fmt.datetime(c.detected_at),
                      fmt.datetime(c.restored_at))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c.restored_at is not None:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, col, item)
        self.empty_label.setVisible(self.total == 0)
        self.table.setVisible(self.total > 0)
        if self.total:
            self.page_label.setText(self.tr("%1–%2 of %3").replace("%1", _n(self.offset + 1))
                                    .replace("%2", _n(self.offset + len(self.rows))).replace("%3", _n(self.total)))
        else:
            self.page_label.setText("")
        self.prev_button.setVisible(self.total > PAGE_SIZE)
        self.next_button.setVisible(self.total > PAGE_SIZE)
        self.prev_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(self.rows) < self.total)
        self._update_buttons()

    def selected(self) -> ConflictDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        c = self.selected()
        self.restore_button.setEnabled(c is not None and c.restored_at is None)

    def restore_selected(self) -> None:
        c = self.selected()
        if c is None or c.restored_at is not None:
            return
        sync = self._sync

        def done(_none) -> None:
            self.error_label.setVisible(False)
            self.restored.emit(ChangeSet(c.record_kind, (c.record_id,), "update"))
            self.load(self.offset)

        self._tasks.run(lambda: sync.restore_conflict(c.id), done, self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.setText(str(exc))
        self.error_label.setVisible(True)


class ServerDialog(QDialog):
    """"Teamserver": the address of the team's PostgreSQL server, and how synchronisation is going."""

    server_set = Signal(bool)  # True when this laptop had no server before: the first sync follows

    def __init__(self, services, controller, parent=None):
        super().__init__(parent)
        self._sync = services.sync
        self._controller = controller
        self._today = services.ctx.clock.today
        self.setWindowTitle(self.tr("Team server"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "JobCRM always works on this computer's own database. With a team server, your changes are sent to "
            "the team and the team's changes fetched whenever the server can be reached. Your IT department "
            "gives you the address."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("postgresql+psycopg://maj@teamserver.kommune.dk/jobcrm")
        form.addRow(self.tr("Server address"), self.url_edit)
        self.state_label = QLabel()
        form.addRow(self.tr("Status"), self.state_label)
        self.last_label = QLabel()
        form.addRow(self.tr("Last synchronised"), self.last_label)
        self.pending_label = QLabel()
        form.addRow(self.tr("Waiting to be sent"), self.pending_label)
        self.conflicts_label = QLabel()
        form.addRow(self.tr("Conflicts"), self.conflicts_label)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Stop synchronising"))
        self.remove_button.setToolTip(self.tr("Forget the server address; the data on this computer stays"))
        self.remove_button.clicked.connect(lambda: self.save(None))
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save and synchronise"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save(self.url_edit.text()))
        buttons.addWidget(self.save_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.show_status(self._sync.status())
        self.url_edit.setText(self._sync.server_url() or "")
        controller.status_changed.connect(self.show_status)

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        if status.state == NOT_CONFIGURED:
            self.state_label.setText(self.tr("No team server: JobCRM works on this computer only"))
        else:
            text = status_text(status, self._today(), self._controller.running)
            if status.state == OFFLINE and status.message:  # why it could not be reached
                text += "\n" + status.message
            self.state_label.setText(text)
        self.last_label.setText(fmt.datetime(status.last_sync_at) if status.last_sync_at else self.tr("Never"))
        self.pending_label.setText(waiting_text(status.pending_changes) if status.pending_changes
                                   else self.tr("Nothing"))
        self.conflicts_label.setText(conflicts_text(status.open_conflicts) if status.open_conflicts
                                     else self.tr("None"))
        self.remove_button.setVisible(status.state != NOT_CONFIGURED)

    def save(self, url: str | None) -> None:
        url = (url or "").strip() or None
        if url is None and self.status.state == NOT_CONFIGURED:
            self.error_label.setText(self.tr("Server address: write the address your IT department gave you."))
            self.error_label.setVisible(True)
            self.url_edit.setFocus()
            return
        first_time = url is not None and (self.status.state == NOT_CONFIGURED or
                                          (self.status.state == NEVER and self.status.last_sync_at is None))
        try:
            self._sync.set_server_url(url)
        except JobCRMError as e:
            self.error_label.setText(str(e))
            self.error_label.setVisible(True)
            return
        self.error_label.setVisible(False)
        self.server_set.emit(first_time)
        self.accept()


class FirstSyncDialog(QDialog):
    """The first sync of a new laptop fetches the whole team's data: show how far it is."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("First synchronisation"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("JobCRM is fetching the team's data from the server. You can keep working; the "
                              "synchronisation continues in the background if you close this window."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.phase_label = QLabel(self.tr("Connecting to the server …"))
        layout.addWidget(self.phase_label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Continue in the background"))
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        controller.progress.connect(self.on_progress)
        controller.finished.connect(self.on_finished)

    def on_progress(self, p: SyncProgress) -> None:
        what = self.tr("Sending this computer's changes") if p.phase == "push" \
            else self.tr("Fetching the team's data")
        if p.total:
            self.bar.setRange(0, p.total)
            self.bar.setValue(min(p.done, p.total))
            self.phase_label.setText(self.tr("%1: %2 of %3").replace("%1", what).replace("%2", _n(p.done))
                                     .replace("%3", _n(p.total)))
        else:
            self.bar.setRange(0, 0)
            self.phase_label.setText(self.tr("%1: %2").replace("%1", what).replace("%2", _n(p.done)))

    def on_finished(self, result) -> None:
        self.bar.setRange(0, 1)
        if isinstance(result, BaseException):
            self.bar.setValue(0)
            self.phase_label.setText(self.tr("The synchronisation stopped: %1\nJobCRM tries again in a few minutes.")
                                     .replace("%1", str(result)))
        else:
            self.bar.setValue(1)
            self.phase_label.setText(self.tr("Done: %1 changes fetched, %2 sent.").replace("%1", _n(result.pulled))
                                     .replace("%2", _n(result.pushed)))
        self.close_button.setText(self.tr("Close"))
