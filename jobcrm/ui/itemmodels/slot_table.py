"""The team's slot list: an ordered id snapshot from SQL, rows fetched a page at a time into a bounded
cache (like the company list). Status is coloured: Ledig green, Besat amber, Lukket grey."""

from __future__ import annotations

import uuid
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jobcrm.domain.vocab import SCHEME, SLOT_STATUS
from jobcrm.services.slot_dto import SlotFilter, SlotRow, SlotSort
from jobcrm.ui import fmt

PAGE_SIZE = 200
MAX_PAGES = 50
STATUS_COLOURS = {  # background, text
    "ledig": (QColor("#e3f4e8"), QColor("#1e6b34")),
    "besat": (QColor("#fff1d6"), QColor("#8a5a00")),
    "lukket": (QColor("#eceff3"), QColor("#5f6b7a")),
}
RED = QColor("#b3261e")


class SlotTableModel(QAbstractTableModel):
    COLUMNS = (
        ("status", None), ("free", "free"), ("company", "company"), ("municipality", "municipality"),
        ("scheme", "scheme"), ("title", "title"), ("mentor", None), ("vacant", None), ("verified", "verified"),
    )

    def __init__(self, service, lang: str = "da", parent=None):
        super().__init__(parent)
        self._svc = service
        self._lang = lang
        self._ids: list[uuid.UUID] = []
        self._pages: OrderedDict[int, dict[uuid.UUID, SlotRow]] = OrderedDict()
        self.filter = SlotFilter()
        self.sort_spec = SlotSort()
        self.page_loads = 0
        self._headers = [self.tr("Status"), self.tr("Free"), self.tr("Company"), self.tr("Municipality"),
                         self.tr("Scheme"), self.tr("Title"), self.tr("Mentor"), self.tr("Vacant (days)"),
                         self.tr("Last confirmed")]

    def set_ids(self, ids: list[uuid.UUID]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def id_at(self, row: int) -> uuid.UUID | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> SlotRow | None:
        return self._row(row) if 0 <= row < len(self._ids) else None

    def row_of(self, slot_id: uuid.UUID) -> int:
        try:
            return self._ids.index(slot_id)
        except ValueError:
            return -1

    def invalidate(self, ids) -> None:
        wanted = set(ids)
        for page in self._pages.values():
            for sid in wanted & page.keys():
                del page[sid]
        for sid in wanted:
            r = self.row_of(sid)
            if r >= 0:
                self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))

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
        row = self._row(index.row())
        if row is None:
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.BackgroundRole and key == "status":
            return QBrush(STATUS_COLOURS[row.status][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status":
                return QBrush(STATUS_COLOURS[row.status][1])
            if key == "verified" and row.verify_overdue:
                return QBrush(RED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "verified" and row.verify_overdue:
                return self.tr("Not confirmed for a long time: is the slot still vacant?")
            if key in ("title", "company") and row.tags:
                return ", ".join(row.tags)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("free", "vacant"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: SlotRow, key: str) -> str:
        if key == "status":
            return SLOT_STATUS.label(row.status, self._lang)
        if key == "free":
            return f"{row.free}/{row.capacity}" if row.status != "lukket" else ""
        if key == "company":
            return row.company_name
        if key == "municipality":
            return (row.municipality or "").removesuffix(" Kommune")
        if key == "scheme":
            return SCHEME.label(row.scheme, self._lang)
        if key == "title":
            return row.title
        if key == "mentor":
            return ", ".join(row.mentor_names)
        if key == "vacant":
            return str(row.days_vacant) if row.status == "ledig" else ""
        if key == "verified":
            return fmt.date(row.verified_on)
        return ""

    def _row(self, r: int) -> SlotRow | None:
        p = r // PAGE_SIZE
        page = self._pages.get(p)
        if page is None:
            page = self._svc.rows(self._ids[p * PAGE_SIZE:(p + 1) * PAGE_SIZE])
            self.page_loads += 1
            self._pages[p] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(p)
        sid = self._ids[r]
        if sid not in page:
            page.update(self._svc.rows([sid]))
        return page.get(sid)

    def sort_key_for_column(self, column: int) -> str | None:
        return self.COLUMNS[column][1]

    def column_for_sort_key(self, key: str) -> int:
        return next(i for i, c in enumerate(self.COLUMNS) if c[1] == key)
