"""The company card's "Pladser" tab: the company's slots with status and free seats, and a new slot."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import SCHEME, SLOT_STATUS
from jobcrm.ui import fmt
from jobcrm.ui.itemmodels.slot_table import RED, STATUS_COLOURS


class CompanySlotsTab(QWidget):
    open_slot = Signal(object)  # slot id
    new_slot = Signal(object)  # company id

    def __init__(self, services, company_id: uuid.UUID, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self.company_id = company_id
        self._rows: list = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Status"), self.tr("Free"), self.tr("Scheme"),
                                              self.tr("Title"), self.tr("Mentor"), self.tr("Last confirmed")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 70), (1, 50), (2, 160), (4, 140), (5, 100)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda i: self._open(i.row()))
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("No placement slots at this company yet."))
        self.empty.setObjectName("muted")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New slot…"))
        self.new_button.clicked.connect(lambda: self.new_slot.emit(self.company_id))
        self.open_button = QPushButton(self.tr("Open slot"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        row.addWidget(self.new_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self._rows = self._services.slots.for_company(self.company_id)
        self.table.setRowCount(len(self._rows))
        for r, s in enumerate(self._rows):
            values = (SLOT_STATUS.label(s.status, self._lang), f"{s.free}/{s.capacity}" if s.status != "lukket" else "",
                      SCHEME.label(s.scheme, self._lang), s.title, ", ".join(s.mentor_names), fmt.date(s.verified_on))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 0:
                    bg, fg = STATUS_COLOURS[s.status]
                    item.setBackground(QBrush(bg))
                    item.setForeground(QBrush(fg))
                if col == 5 and s.verify_overdue:
                    item.setForeground(QBrush(RED))
                self.table.setItem(r, col, item)
        self.table.setVisible(bool(self._rows))
        self.empty.setVisible(not self._rows)
        self.open_button.setEnabled(bool(self._rows))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.open_slot.emit(self._rows[row].id)
