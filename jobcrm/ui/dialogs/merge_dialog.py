"""Læg sammen med …: merge a duplicate into the company whose card is open.

The user picks the duplicate (the possible duplicates are offered first; any company can be found by
typing), reads what will move — contact persons, contact history, promises, the empty facts that get
filled and the notes that get joined — confirms, and CompanyService.merge does it in one transaction
(the duplicate is soft-deleted and the merge is recorded in the audit trail).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from jobcrm.errors import JobCRMError
from jobcrm.services.companies import MergeResult
from jobcrm.services.dto import CompanyDetail, CompanyRow


class MergeDialog(QDialog):
    def __init__(self, services, keep: CompanyDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._keep = keep
        self._suggestions: dict[str, uuid.UUID] = {}
        self.remove_id: uuid.UUID | None = None
        self.result_: MergeResult | None = None
        self.setWindowTitle(self.tr("Merge with another company"))
        self.setMinimumWidth(640)

        intro = QLabel(self.tr(
            "Choose the duplicate to merge into \u201c%1\u201d. Its contact persons, contact history and "
            "promises move here, empty facts here are filled from it, and the duplicate is then removed.")
            .replace("%1", keep.name))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, CVR or phone…"))
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._pick_suggestion)
        self.search.setCompleter(completer)
        self.search.textEdited.connect(lambda _t: self._suggest_timer.start())
        self._suggest_timer = QTimer(self, singleShot=True, interval=150)
        self._suggest_timer.timeout.connect(self._suggest)

        self.duplicates_label = QLabel(self.tr("Possible duplicates (similar name, same postal code):"))
        self.duplicates = QListWidget()
        self.duplicates.setMaximumHeight(110)
        self.duplicates.currentItemChanged.connect(self._pick_item)
        for row in services.companies.possible_duplicates(keep.name, keep.postal_code, exclude_id=keep.id):
            item = QListWidgetItem(self._label(row))
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            self.duplicates.addItem(item)
        has = self.duplicates.count() > 0
        self.duplicates.setFixedHeight(min(self.duplicates.count(), 4) * 24 + 8)
        self.duplicates_label.setVisible(has)
        self.duplicates.setVisible(has)

        self.preview = QLabel(self.tr("Nothing chosen yet."))
        self.preview.setObjectName("muted")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet("background: #f6f8fb; border: 1px solid #dde3ea; border-radius: 4px;"
                                   " padding: 8px 10px;")
        self.preview.setMinimumHeight(90)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("primary")
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates)
        layout.addWidget(QLabel(self.tr("Or find the company:")))
        layout.addWidget(self.search)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if has:
            self.duplicates.setCurrentRow(0)

    def _label(self, row: CompanyRow) -> str:
        place = " ".join(x for x in (row.postal_code, row.city) if x)
        return " · ".join(x for x in (row.name, place, self.tr("CVR %1").replace("%1", row.cvr) if row.cvr else "")
                          if x)

    # --- choosing ------------------------------------------------------------------------------
    def _suggest(self) -> None:
        rows = [r for r in self._services.companies.suggest(self.search.text(), limit=13) if r.id != self._keep.id]
        self._suggestions = {self._label(r): r.id for r in rows[:12]}
        self._completions.setStringList(list(self._suggestions))
        if rows and self.search.hasFocus():
            self.search.completer().complete()

    def _pick_suggestion(self, label: str) -> None:
        cid = self._suggestions.get(label)
        if cid is not None:
            self.duplicates.clearSelection()
            self.choose(cid)

    def _pick_item(self, item, _previous=None) -> None:
        if item is not None:
            self.choose(uuid.UUID(item.data(Qt.ItemDataRole.UserRole)))

    def choose(self, company_id: uuid.UUID) -> None:
        """Show what merging this company into the kept one would do."""
        self.error.hide()
        try:
            p = self._services.companies.merge_preview(self._keep.id, company_id)
        except JobCRMError as e:
            self.remove_id = None
            self.merge_button.setEnabled(False)
            self.error.setText(str(e))
            self.error.show()
            return
        self.remove_id = company_id
        lines = [self.tr("\u201c%1\u201d%2 is merged into \u201c%3\u201d and then removed.")
                 .replace("%1", p.removed_name)
                 .replace("%2", " (" + self.tr("CVR %1").replace("%1", p.removed_cvr) + ")" if p.removed_cvr else "")
                 .replace("%3", p.kept_name),
                 self.tr("Moves here: %1 contact persons, %2 contacts in the history, %3 promises (%4 open).")
                 .replace("%1", str(p.persons)).replace("%2", str(p.contacts)).replace("%3", str(p.promises))
                 .replace("%4", str(p.open_promises))]
        if p.filled:
            lines.append(self.tr("Filled in from it (empty here): %1.").replace("%1", ", ".join(p.filled)))
        if p.joined:
            lines.append(self.tr("Its notes are added to: %1.").replace("%1", ", ".join(p.joined)))
        self.preview.setObjectName("")
        self.preview.setText("\n".join(lines))
        self.merge_button.setEnabled(True)

    # --- merging -------------------------------------------------------------------------------
    def merge(self) -> None:
        if self.remove_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Merge companies"), self.tr(
            "Merge the two companies? The duplicate is removed and this cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.result_ = self._services.companies.merge(self._keep.id, self.remove_id)
        except JobCRMError as e:
            self.error.setText(str(e))
            self.error.show()
            return
        self.accept()
