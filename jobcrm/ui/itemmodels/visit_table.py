"""The visit list's model: rows fetched from SQL a page at a time as the view scrolls (fetchMore), in the
order the service gives (by start time). The total comes from a COUNT, never from loading every row."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jobcrm.domain.vocab import VISIT_STATUS, VISIT_TYPE
from jobcrm.services.visit_dto import VisitFilter, VisitRow
from jobcrm.ui import fmt
from jobcrm.ui.itemmodels.list_table import ListTableModel

PAGE_SIZE = 100


class VisitTableModel(ListTableModel):
    COLUMNS = ("date", "time", "company", "type", "status", "guide", "consultant")

    def __init__(self, service, now: Callable[[], dt.datetime], lang: str = "da", parent=None):
        super().__init__([], parent)
        self._headers = [self.tr("Date"), self.tr("Time"), self.tr("Company"), self.tr("Type"), self.tr("Status"),
                         self.tr("Guide"), self.tr("Consultant")]
        self._svc = service
        self._now = now
        self._lang = lang
        self.filter = VisitFilter()
        self.total = 0
        self.page_loads = 0

    def load(self, f: VisitFilter) -> None:
        """Start over with a new filter: the count and the first page."""
        self.filter = f
        self.total = self._svc.count(f)
        self.page_loads = 1
        self.set_rows(self._svc.page(f, 0, PAGE_SIZE))

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = self._svc.page(self.filter, len(self._rows), PAGE_SIZE)
        if not more:
            self.total = len(self._rows)
            return
        self.page_loads += 1
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def id_at(self, row: int) -> uuid.UUID | None:
        r = self.row_at(row)
        return r.id if r else None

    def row_of(self, visit_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == visit_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r: VisitRow | None = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        key = self.COLUMNS[index.column()]
        now = self._now()
        late = r.status == "planlagt" and r.end_at < (now.astimezone() if now.tzinfo is None else now)
        if role == Qt.ItemDataRole.DisplayRole:
            start, end = r.start_at.astimezone(), r.end_at.astimezone()
            if key == "date":
                return fmt.date(start.date())
            if key == "time":
                return f"{start:%H:%M}–{end:%H:%M}"
            if key == "company":
                return r.company_name
            if key == "type":
                return VISIT_TYPE.label(r.visit_type, self._lang)
            if key == "status":
                return self.tr("Register the outcome") if late else VISIT_STATUS.label(r.status, self._lang)
            if key == "guide":
                state = {"i_gang": self.tr(" (started)"), "registreret": ""}.get(r.guide_state, "")
                return (r.template_name or "") + state
            if key == "consultant":
                return "+".join((r.consultant_initials, *r.other_initials))
        if role == Qt.ItemDataRole.ForegroundRole:
            if late and key == "status":
                return QBrush(QColor("#b3261e"))
            if r.status not in ("planlagt", "afholdt", "afholdt_telefonisk"):
                return QBrush(QColor("#7a8591"))
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None
