"""The company card's "Jobordrer" tab: the company's orders (open first, newest first) — opening one opens the
order editor — and buttons for a new order and a blank order form for the next visit."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
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

from jobcrm.domain.vocab import ORDER_OPEN_STATUSES, ORDER_STATUS
from jobcrm.ui import fmt

_RED = QColor("#b3261e")
_GREY = QColor("#8a94a3")


class CompanyOrders(QWidget):
    open_order = Signal(object)  # order id
    new_order = Signal()
    blank_form = Signal()

    def __init__(self, services, company_id: uuid.UUID, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._company_id = company_id
        self._lang = lang
        self._rows: list = []
        self.open_count = 0
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New job order…"))
        self.new_button.clicked.connect(self.new_order)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open_current)
        self.blank_button = QPushButton(self.tr("Blank order form…"))
        self.blank_button.setToolTip(self.tr("An Ordreblanket with the company's facts and contacts, to fill in "
                                             "at the visit"))
        self.blank_button.clicked.connect(self.blank_form)
        for b in (self.new_button, self.open_button, self.blank_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Received"), self.tr("Job title"), self.tr("Status"),
                                              self.tr("CVs"), self.tr("Feedback")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 96), (2, 200), (3, 64), (4, 118)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self._open_current())
        self.table.activated.connect(lambda _i: self._open_current())
        self.table.itemSelectionChanged.connect(lambda: self.open_button.setEnabled(self.table.currentRow() >= 0))
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No job orders from this company yet."))
        self.empty.setObjectName("muted")
        layout.addWidget(self.empty)

    def reload(self) -> None:
        rows = self._services.orders.for_company(self._company_id)
        today = self._services.ctx.clock.today()
        self._rows = rows
        self.open_count = sum(1 for r in rows if r.status in ORDER_OPEN_STATUSES)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cvs = f"{row.cvs_sent} / {row.cvs_wanted}" if row.cvs_wanted else str(row.cvs_sent)
            texts = (fmt.date(row.received_on), row.title or self.tr("(no job title)"),
                     ORDER_STATUS.label(row.status, self._lang), ("✓ " if row.hired else "") + cvs,
                     fmt.date(row.feedback_deadline))
            open_ = row.status in ORDER_OPEN_STATUSES
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if not open_:
                    item.setForeground(QBrush(_GREY))
                elif col == 4 and row.feedback_deadline and row.feedback_deadline < today:
                    item.setForeground(QBrush(_RED))
                    item.setToolTip(self.tr("The feedback deadline has passed"))
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, str(row.id))
                self.table.setItem(r, col, item)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(False)

    def order_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _open_current(self) -> None:
        row = self.order_at(self.table.currentRow())
        if row is not None:
            self.open_order.emit(row.id)
