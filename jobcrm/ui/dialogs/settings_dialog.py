"""Filer → Indstillinger…: a list of pages on the left, the page on the right. Today one page,
"Sikkerhedskopier" (issue 8); another page is a QWidget added with `add_page(title, widget)`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobcrm.errors import JobCRMError
from jobcrm.services.backups import BackupInfo, default_folder, format_size
from jobcrm.ui import fmt


class SettingsDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None, restart: Callable[[], None] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(900, 560)
        self.pages = QListWidget()
        self.pages.setFixedWidth(170)
        self.stack = QStackedWidget()
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.backups_page = BackupsPage(services, self, restart)
        self.add_page(self.tr("Backups"), self.backups_page)
        self.pages.setCurrentRow(0)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

    def add_page(self, title: str, widget: QWidget) -> None:
        self.pages.addItem(title)
        self.stack.addWidget(widget)


class BackupsPage(QWidget):
    COLUMNS = 4

    def __init__(self, services, dialog: QDialog, restart: Callable[[], None] | None):
        super().__init__()
        self._services = services
        self._dialog = dialog
        self._restart = restart
        self._items: list[BackupInfo] = []
        self.restored = None  # the RestoreResult of a restore made here (tests read it)

        heading = QLabel(self.tr("Backups"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        intro = QLabel(self.tr("JobCRM takes a backup of the database every day when it starts, and before every "
                               "update, import and merge of companies. Restoring a backup first takes a backup of "
                               "the data you have now."))
        intro.setWordWrap(True)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size"),
                                              self.tr("Companies")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No backups yet."))
        self.empty.setStyleSheet("color: #5f6b7a;")

        self.backup_now = QPushButton(self.tr("Take backup now"))
        self.backup_now.clicked.connect(self.take_backup)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from file…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        buttons.addStretch(1)

        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 365)
        self.keep_daily.setSuffix(self.tr(" days"))
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(0, 520)
        self.keep_weekly.setSuffix(self.tr(" weeks"))
        self.folder = QLineEdit()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save_policy)
        policy = QGroupBox(self.tr("Automatic backups"))
        form = QFormLayout(policy)
        form.addRow(self.tr("Keep one copy a day for"), self.keep_daily)
        form.addRow(self.tr("and one copy a week for"), self.keep_weekly)
        form.addRow(self.tr("Folder"), folder_row)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow("", save_row)
        for spin in (self.keep_daily, self.keep_weekly):
            spin.setMaximumWidth(140)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(policy)

        read_only = getattr(services, "read_only", False) or services.db_path is None
        for w in (self.backup_now, self.restore_button, self.restore_file_button, self.save_button):
            w.setEnabled(not read_only)
        self._load_policy()
        self.reload()

    # --- data -----------------------------------------------------------------------------------------------
    def _load_policy(self) -> None:
        g = self._services.settings.get
        self.keep_daily.setValue(g("backup_keep_daily"))
        self.keep_weekly.setValue(g("backup_keep_weekly"))
        self.folder.setText(g("backup_dir") or "")
        if self._services.db_path is not None:
            self.folder.setPlaceholderText(str(default_folder(self._services.db_path.resolve())))

    def reload(self) -> None:
        self._items = self._services.backups.list()
        self.table.setRowCount(len(self._items))
        for row, b in enumerate(self._items):
            cells = (fmt.datetime(b.created_at), b.kind_da, format_size(b.size),
                     "" if b.companies is None else str(b.companies))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(b.path)
                if col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.empty.setVisible(not self._items)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.backup_now.isEnabled()
        self.restore_button.setEnabled(writable and bool(self.table.selectionModel().selectedRows()))

    # --- actions --------------------------------------------------------------------------------------------
    def take_backup(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = self._services.backups.create("manual")
        except JobCRMError as e:
            QMessageBox.warning(self, self.tr("Backups"), str(e))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.reload()
        for row, b in enumerate(self._items):
            if b.path == info.path:
                self.table.selectRow(row)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        b = self.selected()
        if b is not None:
            self.restore(Path(b.path), fmt.datetime(b.created_at))

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from file"), str(self._services.backups.folder()),
                                              self.tr("JobCRM database (*.db);;All files (*)"))
        if name:
            self.restore(Path(name), Path(name).name)

    def confirm(self, what: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Restore backup"), self.tr(
            "Restore the backup from %1?\n\nThe data you have now is first saved as a backup, so nothing is lost. "
            "JobCRM then restarts with the restored data.").replace("%1", what))
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, file: Path, what: str) -> None:
        try:
            self._services.backups.verify(file)  # a refusal before the question, in one line
        except JobCRMError as e:
            QMessageBox.warning(self, self.tr("Restore backup"), str(e))
            return
        if not self.confirm(what):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.restored = self._services.backups.restore(file)
        except JobCRMError as e:
            QMessageBox.warning(self, self.tr("Restore backup"), str(e))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self._restart is not None:
            QMessageBox.information(self, self.tr("Restore backup"), self.tr(
                "The backup has been restored. JobCRM restarts now."))
            self._dialog.accept()
            self._restart()
        else:
            QMessageBox.information(self, self.tr("Restore backup"), self.tr(
                "The backup has been restored. Close JobCRM and start it again to work with the restored data."))
            self._dialog.accept()

    def _choose_folder(self) -> None:
        start = self.folder.text() or self.folder.placeholderText()
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), start)
        if name:
            self.folder.setText(name)

    def save_policy(self) -> None:
        try:
            self._services.backups.set_policy(keep_daily=self.keep_daily.value(), keep_weekly=self.keep_weekly.value(),
                                              folder=self.folder.text().strip() or None)
        except JobCRMError as e:
            QMessageBox.warning(self, self.tr("Backups"), str(e))
            return
        self.reload()
