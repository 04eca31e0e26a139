"""The two line editors of the order editor: requirement lines (Krav: kind, what, priority Ufravigelig /
Knap så vigtig; in order) and the referral log (formidlingslog: candidate reference, date sent, consent,
response). Small tables edited in place; lines keep their ids so a save updates rather than replaces."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.order_rules import REQUIRED_KINDS
from jobcrm.domain.vocab import PRIORITY, REFERRAL_RESPONSE, REQUIREMENT_KIND
from jobcrm.ui import fmt

ID_ROLE = Qt.ItemDataRole.UserRole


def _combo(items, current) -> QComboBox:
    combo = QComboBox()
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _table(columns: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(columns)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    t.verticalHeader().hide()
    t.verticalHeader().setDefaultSectionSize(30)
    return t


class RequirementLines(QWidget):
    changed = Signal()

    def __init__(self, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = _table([self.tr("Requirement"), self.tr("What is required"), self.tr("Priority")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 190)
        self.table.setColumnWidth(2, 150)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add requirement"))
        self.add_button.clicked.connect(lambda: self.add_line())
        self.minimum_button = QPushButton(self.tr("Add the minimum list"))
        self.minimum_button.setToolTip(self.tr("Education, experience, certificates, driving licence and criminal "
                                               "record: one line each that is not there yet"))
        self.minimum_button.clicked.connect(self.add_minimum)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for b in (self.add_button, self.minimum_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)

    def add_line(self, kind: str = "faglig", text: str = "", priority: str | None = None,
                 line_id: str | None = None, at: int | None = None) -> int:
        r = self.table.rowCount() if at is None else at
        self.table.blockSignals(True)
        self.table.insertRow(r)
        kind_combo = _combo([(t.code, t.label(self._lang)) for t in REQUIREMENT_KIND], kind)
        kind_combo.setProperty("line_id", line_id)
        prio = _combo([(None, self.tr("— not said —"))] + [(t.code, t.label(self._lang)) for t in PRIORITY],
                      priority)
        kind_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        prio.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(r, 0, kind_combo)
        self.table.setItem(r, 1, QTableWidgetItem(text))
        self.table.setCellWidget(r, 2, prio)
        self.table.blockSignals(False)
        self.changed.emit()
        return r

    def add_minimum(self) -> None:
        present = {line["kind"] for line in self.lines()}
        for kind, _label in REQUIRED_KINDS:
            if kind not in present:
                self.add_line(kind)
        self.table.setFocus()

    def remove_current(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.changed.emit()

    def move_current(self, step: int) -> None:
        r = self.table.currentRow()
        target = r + step
        if r < 0 or not (0 <= target < self.table.rowCount()):
            return
        line = self.lines()[r]
        self.table.removeRow(r)
        self.add_line(line["kind"], line["text"], line["priority"], line["id"], at=target)
        self.table.selectRow(target)

    def lines(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            kind = self.table.cellWidget(r, 0)
            item = self.table.item(r, 1)
            out.append({"id": kind.property("line_id"), "kind": kind.currentData(),
                        "text": item.text() if item else "", "priority": self.table.cellWidget(r, 2).currentData()})
        return out

    def set_lines(self, lines: list[dict]) -> None:
        self.table.setRowCount(0)
        for line in lines:
            self.add_line(line.get("kind") or "faglig", line.get("text") or "", line.get("priority"), line.get("id"))


class ReferralLines(QWidget):
    """The referral log. Dates are typed the Danish way (24.11.2026); the service checks them."""

    changed = Signal()
    COLS = ("candidate", "sent", "consent", "response", "responded", "note")

    def __init__(self, today, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self._lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = _table([self.tr("Candidate reference"), self.tr("CV sent"), self.tr("Consent"),
                             self.tr("Response"), self.tr("Response date"), self.tr("Note")])
        for col, width in enumerate((170, 100, 80, 160, 110)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("CV sent…"))
        self.add_button.setToolTip(self.tr("Log a CV sent to the company (a new line dated today)"))
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)

    def add_line(self, candidate: str = "", sent: str | None = None, consent: bool = False, response: str = "sendt",
                 responded: str = "", note: str = "", line_id: str | None = None) -> int:
        r = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(r)
        ref = QTableWidgetItem(candidate)
        ref.setData(ID_ROLE, line_id)
        ref.setToolTip(self.tr("Initials or the job centre's case number — never a CPR number"))
        self.table.setItem(r, 0, ref)
        self.table.setItem(r, 1, QTableWidgetItem(sent if sent is not None else fmt.date(self._today())))
        check = QTableWidgetItem(self.tr("Yes"))
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if consent else Qt.CheckState.Unchecked)
        check.setToolTip(self.tr("The candidate has agreed to the CV being sent"))
        self.table.setItem(r, 2, check)
        combo = _combo([(t.code, t.label(self._lang)) for t in REFERRAL_RESPONSE], response)
        combo.currentIndexChanged.connect(lambda _i, row=r: self._response_changed(row))
        self.table.setCellWidget(r, 3, combo)
        self.table.setItem(r, 4, QTableWidgetItem(responded))
        self.table.setItem(r, 5, QTableWidgetItem(note))
        self.table.blockSignals(False)
        self.table.setCurrentCell(r, 0)
        self.changed.emit()
        return r

    def _response_changed(self, _row: int) -> None:
        # the answer's date defaults to today when the answer is recorded
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 3)
            item = self.table.item(r, 4)
            if combo.currentData() != "sendt" and item is not None and not item.text().strip():
                item.setText(fmt.date(self._today()))
        self.changed.emit()

    def remove_current(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.changed.emit()

    def set_response(self, row: int, response: str) -> None:
        combo = self.table.cellWidget(row, 3)
        combo.setCurrentIndex(max(combo.findData(response), 0))

    def lines(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            def text(col, row=r):
                item = self.table.item(row, col)
                return item.text() if item else ""
            out.append({"id": self.table.item(r, 0).data(ID_ROLE), "candidate": text(0), "sent": text(1),
                        "consent": self.table.item(r, 2).checkState() == Qt.CheckState.Checked,
                        "response": self.table.cellWidget(r, 3).currentData(), "responded": text(4),
                        "note": text(5)})
        return out

    def set_lines(self, lines: list[dict]) -> None:
        self.table.setRowCount(0)
        for line in lines:
            self.add_line(line.get("candidate") or "", line.get("sent") or "", bool(line.get("consent")),
                          line.get("response") or "sendt", line.get("responded") or "", line.get("note") or "",
                          line.get("id"))


def to_uuid(value) -> uuid.UUID | None:
    if not value:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def date_text(value: dt.date | None) -> str:
    return fmt.date(value) if value else ""
