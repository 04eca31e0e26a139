"""A company's contact history, newest first, fetched a page at a time as the view scrolls
(canFetchMore/fetchMore over HistoryService.timeline's keyset paging). The last column shows the due date
of a promise made in the contact: red while open and overdue, grey once done or cancelled."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jobcrm.domain.vocab import CHANNEL, PROMISE_STATUS, PROMISED_BY
from jobcrm.services.dto import ContactDTO
from jobcrm.ui import fmt

PAGE_SIZE = 50


class TimelineModel(QAbstractTableModel):
    COLUMNS = ("when", "channel", "who", "summary", "promise")

    def __init__(self, history, lang: str = "da", parent=None, today: Callable[[], object] | None = None):
        super().__init__(parent)
        self._history = history
        self._lang = lang
        self._today = today
        self._company_id: uuid.UUID | None = None
        self._channel: str | None = None
        self._consultant_id: uuid.UUID | None = None
        self._rows: list[ContactDTO] = []
        self._exhausted = True
        self.page_loads = 0
        self._headers = [self.tr("When"), self.tr("Channel"), self.tr("Who"), self.tr("Summary"),
                         self.tr("Promise due")]

    def load(self, company_id: uuid.UUID, channel: str | None = None,
             consultant_id: uuid.UUID | None = None) -> None:
        """Start over for this company and filter; the first page is fetched at once."""
        self.beginResetModel()
        self._company_id, self._channel, self._consultant_id = company_id, channel, consultant_id
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore()

    def entry(self, row: int) -> ContactDTO | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._company_id is not None and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        last = self._rows[-1] if self._rows else None
        page = self._history.timeline(
            self._company_id, before=(last.occurred_at, last.id) if last else None, limit=PAGE_SIZE,
            channel=self._channel, consultant_id=self._consultant_id)
        self.page_loads += 1
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        c = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "when":
                return fmt.datetime(c.occurred_at)
            if key == "channel":
                return CHANNEL.label(c.channel, self._lang)
            if key == "who":
                return c.consultant_initials or ""
            if key == "promise":
                if not c.promises:
                    return ""
                more = f" +{len(c.promises) - 1}" if len(c.promises) > 1 else ""
                return fmt.date(c.promises[0].due_date) + more
            return self._summary_line(c)
        if role == Qt.ItemDataRole.ToolTipRole and key == "summary":
            return self._summary_line(c)
        if role == Qt.ItemDataRole.ToolTipRole and key == "promise" and c.promises:
            return "\n".join(self.promise_lines(c))
        if role == Qt.ItemDataRole.ForegroundRole and key == "promise" and c.promises:
            first = c.promises[0]
            if first.status != "aaben":
                return QBrush(QColor("#8a94a3"))
            if self._today is not None and first.due_date < self._today():
                return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None

    def promise_lines(self, c: ContactDTO) -> list[str]:
        """"Aftale: Sende to CV'er — Jobcentret, frist 05.12.2026 (Åben)" for each promise made in the contact."""
        return [self.tr("Promise: %1 — %2, due %3 (%4)").replace("%1", p.title)
                .replace("%2", PROMISED_BY.label(p.promised_by, self._lang)).replace("%3", fmt.date(p.due_date))
                .replace("%4", PROMISE_STATUS.label(p.status, self._lang)) for p in c.promises]

    def _summary_line(self, c: ContactDTO) -> str:
        text = " ".join(c.summary.split())
        if c.person_names:
            text = self.tr("With %1:").replace("%1", ", ".join(c.person_names)) + " " + text
        return text
