"""The company card's Besøg tab: the company's visits, newest first (planned, held, cancelled), with
"Planlæg besøg" and Enter/double-click to open the visit's guide."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
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

from jobcrm.domain.vocab import VISIT_STATUS, VISIT_TYPE
from jobcrm.ui import fmt


class CompanyVisitsList(QWidget):
    plan_requested = Signal(object)  # company id
    open_requested = Signal(object)  # visit id

    def __init__(self, services, company_id: uuid.UUID, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self.company_id = company_id
        self._ids: list[uuid.UUID] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Plan a visit…"))
        self.plan_button.clicked.connect(lambda: self.plan_requested.emit(self.company_id))
        bar.addWidget(self.plan_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Type"), self.tr("Status"),
                                              self.tr("Consultant"), self.tr("Guide")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._open)
        self.table.cellDoubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No visits with this company yet."))
        self.empty.setObjectName("muted")
        layout.addWidget(self.empty)
        self.reload()

    def reload(self) -> None:
        rows = self._services.visits.for_company(self.company_id, 50)
        now = self._services.ctx.clock.now().astimezone()
        self._ids = [r.id for r in rows]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            start = r.start_at.astimezone()
            late = r.status == "planlagt" and r.end_at < now
            status = self.tr("Register the outcome") if late else VISIT_STATUS.label(r.status, self._lang)
            cells = (f"{fmt.date(start.date())} {start:%H:%M}", VISIT_TYPE.label(r.visit_type, self._lang), status,
                     "+".join((r.consultant_initials, *r.other_initials)), r.template_name or "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if late and col == 2:
                    item.setForeground(QBrush(QColor("#b3261e")))
                self.table.setItem(i, col, item)
        self.table.resizeColumnToContents(0)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _open(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self._ids):
            self.open_requested.emit(self._ids[row])

    def count(self) -> int:
        return self.table.rowCount()

