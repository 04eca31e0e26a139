"""The company card's "Historik for ændringer" tab: who created, changed or deleted what on the company and its
records (persons, promises, orders, slots, placements, visits, …), newest first, fetched a page at a time from
AuditService.company_page as the view scrolls (keyset paging)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from jobcrm.ui import fmt
from jobcrm.ui.itemmodels.list_table import ListTableModel

PAGE_SIZE = 100
MAX_VALUE = 80  # long texts are cut in the cell; the tooltip shows them whole


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE - 1] + "…"


class AuditModel(ListTableModel):
    COLUMNS = ("when", "who", "what", "field", "change")

    def __init__(self, audit, company_id: uuid.UUID, parent=None):
        super().__init__([], parent)
        self._audit = audit
        self._company_id = company_id
        self._exhausted = False
        self.page_loads = 0
        self._headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Field"), self.tr("Change")]

    def reload(self) -> None:
        self._exhausted = False
        self.set_rows([])
        self.fetchMore()

    def entry(self, row: int):
        return self.row_at(row)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        last = self._rows[-1] if self._rows else None
        page = self._audit.company_page(self._company_id, after=(last.at, last.id) if last else None,
                                        limit=PAGE_SIZE)
        self.page_loads += 1
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def change_text(self, e) -> str:
        if e.action == "create":
            return self.tr("Created")
        if e.action == "delete":
            return self.tr("Deleted")
        if e.action == "restore":
            return self.tr("Restored")
        empty = self.tr("(empty)")
        return f"{_short(e.old) or empty} → {_short(e.new) or empty}"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        e = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "when":
                return fmt.datetime(e.at)
            if key == "who":
                return e.who
            if key == "what":
                return e.what
            if key == "field":
                return e.field
            return self.change_text(e)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("what", "change"):
            if key == "change" and e.action == "update":
                return self.tr("Before: %1\nAfter: %2").replace("%1", e.old or self.tr("(empty)")).replace(
                    "%2", e.new or self.tr("(empty)"))
            return e.what
        if role == Qt.ItemDataRole.ForegroundRole and key == "change" and e.action in ("create", "delete",
                                                                                      "restore"):
            return QBrush(QColor("#b3261e" if e.action == "delete" else "#1e6b3a"))
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None


class CompanyAuditTab(QWidget):
    """The tab itself: an explanation line, the table, and a note when there is nothing yet."""

    def __init__(self, services, company_id: uuid.UUID, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self.company_id = company_id
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Who created, changed or deleted what on this company and its records, newest "
                               "first."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = AuditModel(services.audit, company_id, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No changes recorded for this company yet."))
        self.empty.setObjectName("muted")
        layout.addWidget(self.empty)
        self._loaded = False

    def showEvent(self, event) -> None:  # the first page is read when the tab is first shown
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def refresh(self) -> None:
        """After a change on the card: read again now if shown, else when next shown."""
        if self.isVisible():
            self.reload()
        else:
            self._loaded = False

    def reload(self) -> None:
        self._loaded = True
        self.model.reload()
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows:
            for col, width in ((0, 115), (1, 50), (2, 200), (3, 120)):
                self.table.setColumnWidth(col, width)

    def visible_rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and the screenshot check)."""
        m = self.model
        return [tuple(m.data(m.index(r, c)) or "" for c in range(m.columnCount())) for r in range(m.rowCount())]
