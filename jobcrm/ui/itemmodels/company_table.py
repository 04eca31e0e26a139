"""The company list's model (Anki's browser table): an ordered id snapshot from SQL, rows fetched a
page at a time on demand into a bounded cache. Sorting and filtering happen in the database.

The snapshot holds the ids as the database stores them (hex text, from CompanyService.search_keys):
100,000 of those cost a few milliseconds, 100,000 UUID objects ten times more. A page's ids become
UUIDs only when its rows are fetched."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jobcrm.domain.vocab import RELATIONSHIP
from jobcrm.services.companies import CompanyFilter, CompanyService, SortSpec
from jobcrm.services.dto import CompanyRow
from jobcrm.ui import fmt

PAGE_SIZE = 200
MAX_PAGES = 50


class CompanyTableModel(QAbstractTableModel):
    # (key, sort key or None); the headers are in __init__ so they can be translated
    COLUMNS = (
        ("name", "name"), ("cvr", None), ("city", "city"), ("industry", None), ("owner", "owner"),
        ("status", None), ("last_contact", "last_contact"), ("next_due", "next_due"), ("open", None),
    )

    def __init__(self, service: CompanyService, today: Callable[[], object], lang: str = "da", parent=None):
        super().__init__(parent)
        self._svc = service
        self._today = today
        self._lang = lang
        self._keys: list[str] = []
        self._pages: OrderedDict[int, dict[uuid.UUID, CompanyRow]] = OrderedDict()
        self.filter = CompanyFilter()
        self.sort_spec = SortSpec()
        self.page_loads = 0  # how many pages were fetched (tests assert scrolling stays lazy)
        self._headers = [
            self.tr("Name"), self.tr("CVR"), self.tr("City"), self.tr("Industry"), self.tr("Owner"),
            self.tr("Status"), self.tr("Last contact"), self.tr("Next follow-up"), self.tr("Open"),
        ]

    # --- snapshot ------------------------------------------------------------------------------
    def set_ids(self, ids: list[str] | list[uuid.UUID]) -> None:
        """A new snapshot: keys from CompanyService.search_keys (or ids)."""
        keys = ids if not ids or isinstance(ids[0], str) else [i.hex for i in ids]
        self.beginResetModel()
        self._keys = keys if isinstance(keys, list) else list(keys)
        self._pages.clear()
        self.endResetModel()

    def extend_ids(self, keys: list[str]) -> None:
        """The whole snapshot after a first answer: when it starts with the rows shown, the rest is appended
        (the view keeps its scroll position and selection); otherwise it replaces them."""
        n = len(self._keys)
        if len(keys) < n or keys[:n] != self._keys:
            self.set_ids(keys)
            return
        if len(keys) > n:
            self.beginInsertRows(QModelIndex(), n, len(keys) - 1)
            self._keys = keys
            self.endInsertRows()

    def id_at(self, row: int) -> uuid.UUID | None:
        return uuid.UUID(self._keys[row]) if 0 <= row < len(self._keys) else None

    def row_of(self, company_id: uuid.UUID) -> int:
        try:
            return self._keys.index(company_id.hex)
        except ValueError:
            return -1

    def invalidate(self, ids: tuple[uuid.UUID, ...]) -> None:
        """Drop cached rows for these ids and repaint just them."""
        wanted = set(ids)
        for page in self._pages.values():
            for cid in wanted & page.keys():
                del page[cid]
        for cid in wanted:
            r = self.row_of(cid)
            if r >= 0:
                self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))

    # --- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            key = self.COLUMNS[section][0]
            tips = {"open": self.tr("Open promises with the company"),
                    "next_due": self.tr("The earliest open promise (red: overdue)"),
                    "owner": self.tr("The consultant who owns the company (tovholder)")}
            sortable = self.COLUMNS[section][1] is not None
            tip = tips.get(key, "")
            hint = self.tr("Click to sort") if sortable else ""
            return "\n".join(x for x in (tip, hint) if x) or None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._keys)):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        overdue = row.next_due_date is not None and row.next_due_date < self._today()
        if role == Qt.ItemDataRole.ForegroundRole and key == "next_due" and overdue:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "open":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: CompanyRow, key: str) -> str:
        if key == "name":
            return row.name
        if key == "cvr":
            return row.cvr or ""
        if key == "city":
            return f"{row.postal_code} {row.city}" if row.postal_code and row.city else (row.city or "")
        if key == "industry":
            return row.industry or ""
        if key == "owner":
            return row.owner_initials or ""
        if key == "status":
            return RELATIONSHIP.label(row.relationship_status, self._lang)
        if key == "last_contact":
            return fmt.date(row.last_contact_at.astimezone().date()) if row.last_contact_at else ""
        if key == "next_due":
            return fmt.date(row.next_due_date)
        if key == "open":
            return str(row.open_promises) if row.open_promises else ""
        return ""

    def _row(self, r: int) -> CompanyRow | None:
        p = r // PAGE_SIZE
        page = self._pages.get(p)
        if page is None:
            ids = [uuid.UUID(k) for k in self._keys[p * PAGE_SIZE:(p + 1) * PAGE_SIZE]]
            page = self._svc.rows(ids)
            self.page_loads += 1
            self._pages[p] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(p)
        cid = uuid.UUID(self._keys[r])
        if cid not in page:  # invalidated or deleted meanwhile: fetch just that row
            page.update(self._svc.rows([cid]))
        return page.get(cid)

    def sort_key_for_column(self, column: int) -> str | None:
        return self.COLUMNS[column][1]

    def column_for_sort_key(self, key: str) -> int:
        return next(i for i, c in enumerate(self.COLUMNS) if c[1] == key)
