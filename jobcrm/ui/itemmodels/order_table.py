"""The order list's model: an ordered id snapshot from SQL, rows fetched a page at a time into a bounded
cache (like the company list). Sorting and filtering happen in the database."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from jobcrm.domain.vocab import ORDER_OPEN_STATUSES, ORDER_STATUS
from jobcrm.services.order_dto import OrderFilter, OrderRow, OrderSort
from jobcrm.ui import fmt

PAGE_SIZE = 200
MAX_PAGES = 50
RED = QColor("#b3261e")
GREEN = QColor("#1e7b34")
GREY = QColor("#8a94a3")


class OrderTableModel(QAbstractTableModel):
    # (key, sort key or None); headers are translated in __init__
    COLUMNS = (
        ("received", "received"), ("age", None), ("company", "company"), ("title", "title"),
        ("status", "status"), ("cvs", None), ("owner", "owner"), ("search", None), ("deadline", "deadline"),
    )

    def __init__(self, service, today: Callable[[], dt.date], lang: str = "da", parent=None):
        super().__init__(parent)
        self._svc = service
        self._today = today
        self._lang = lang
        self._ids: list[uuid.UUID] = []
        self._pages: OrderedDict[int, dict[uuid.UUID, OrderRow]] = OrderedDict()
        self.filter = OrderFilter(status="aabne")
        self.sort_spec = OrderSort()
        self.page_loads = 0
        self._headers = [self.tr("Received"), self.tr("Days"), self.tr("Company"), self.tr("Job title"),
                         self.tr("Status"), self.tr("CVs sent"), self.tr("Owner"), self.tr("Search"),
                         self.tr("Feedback by")]

    # --- snapshot ------------------------------------------------------------------------------
    def set_ids(self, ids: list[uuid.UUID]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def id_at(self, row: int) -> uuid.UUID | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, order_id: uuid.UUID) -> int:
        try:
            return self._ids.index(order_id)
        except ValueError:
            return -1

    def invalidate(self, ids) -> None:
        wanted = set(ids)
        for page in self._pages.values():
            for oid in wanted & page.keys():
                del page[oid]
        for oid in wanted:
            r = self.row_of(oid)
            if r >= 0:
                self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))

    # --- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        late = self._feedback_late(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "deadline" and late:
                return QBrush(RED)
            if key == "status" and row.status not in ORDER_OPEN_STATUSES:
                return QBrush(GREY)
            if key == "cvs" and row.hired:
                return QBrush(GREEN)
        if role == Qt.ItemDataRole.FontRole and key == "deadline" and late:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("age", "cvs"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "deadline" and late:
                return self.tr("The feedback deadline has passed")
            if key == "cvs" and row.hired:
                return self.tr("A candidate has been hired")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _feedback_late(self, row: OrderRow) -> bool:
        return (row.feedback_deadline is not None and row.feedback_deadline < self._today()
                and row.status in ORDER_OPEN_STATUSES)

    def _display(self, row: OrderRow, key: str) -> str:
        if key == "received":
            return fmt.date(row.received_on)
        if key == "age":
            return str((self._today() - row.received_on).days)
        if key == "company":
            return row.company_name
        if key == "title":
            return row.title or self.tr("(no job title)")
        if key == "status":
            return ORDER_STATUS.label(row.status, self._lang)
        if key == "cvs":
            text = f"{row.cvs_sent} / {row.cvs_wanted}" if row.cvs_wanted else str(row.cvs_sent)
            return ("✓ " if row.hired else "") + text
        if key == "owner":
            return row.owner_initials or ""
        if key == "search":
            return row.search_initials or "—"
        if key == "deadline":
            return fmt.date(row.feedback_deadline)
        return ""

    def row(self, r: int) -> OrderRow | None:
        p = r // PAGE_SIZE
        page = self._pages.get(p)
        if page is None:
            ids = self._ids[p * PAGE_SIZE:(p + 1) * PAGE_SIZE]
            page = self._svc.rows(ids)
            self.page_loads += 1
            self._pages[p] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(p)
        oid = self._ids[r]
        if oid not in page:
            page.update(self._svc.rows([oid]))
        return page.get(oid)

    def sort_key_for_column(self, column: int) -> str | None:
        return self.COLUMNS[column][1]

    def column_for_sort_key(self, key: str) -> int:
        return next(i for i, c in enumerate(self.COLUMNS) if c[1] == key)
