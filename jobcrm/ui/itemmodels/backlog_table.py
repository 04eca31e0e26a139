"""The team backlog's models: one row per consultant (a few dozen rows at most, so the view sorts them
through a proxy with a numeric sort role), and a consultant's open promises for the drill-down."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from jobcrm.services.dto import PromiseDTO
from jobcrm.ui import fmt
from jobcrm.ui.itemmodels.list_table import ListTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RED = "#b3261e"


class BacklogTableModel(ListTableModel):
    COLUMNS = ("consultant", "open", "overdue", "overdue7", "oldest", "week", "done30", "kept")

    def __init__(self, parent=None):
        super().__init__([], parent)
        self._headers = [self.tr("Consultant"), self.tr("Open"), self.tr("Overdue"), self.tr("Overdue > 7 days"),
                         self.tr("Oldest overdue (days)"), self.tr("Due this week"), self.tr("Done, 30 days"),
                         self.tr("Kept on time (90 days)")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        value = {
            "consultant": f"{r.initials} – {r.name}", "open": r.open, "overdue": r.overdue,
            "overdue7": r.overdue_over_7, "oldest": r.oldest_overdue_days, "week": r.due_this_week,
            "done30": r.done_last_30, "kept": r.kept_on_time_pct,
        }[key]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "–"
            if key == "kept":
                return f"{value:.0f} %"
            return str(value)
        if role == SORT_ROLE:
            if key == "consultant":
                return r.initials
            return -1.0 if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "consultant":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in ("overdue", "overdue7", "oldest") and value:
                return QBrush(QColor(RED))
            if key == "kept" and value is not None and value < 70:
                return QBrush(QColor(RED))
        if role == Qt.ItemDataRole.UserRole:
            return r.consultant_id
        return None


class ItemsTableModel(ListTableModel):
    """A consultant's open promises, oldest first."""

    COLUMNS = ("company", "what", "due", "late", "moved")

    def __init__(self, parent=None):
        super().__init__([], parent)
        self._today = dt.date.today()
        self._headers = [self.tr("Company"), self.tr("What"), self.tr("Due"), self.tr("Days overdue"),
                         self.tr("Rescheduled")]

    def set_rows(self, rows: list[PromiseDTO], today: dt.date) -> None:
        self._today = today
        super().set_rows(rows)

    def promise_at(self, row: int) -> PromiseDTO | None:
        return self.row_at(row)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        p = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        late = (self._today - p.due_date).days
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "company":
                return p.company_name or ""
            if key == "what":
                return p.title
            if key == "due":
                return fmt.date(p.due_date)
            if key == "late":
                return str(late) if late > 0 else ""
            if key == "moved":
                return str(p.reschedule_count) if p.reschedule_count else ""
        if role == Qt.ItemDataRole.ForegroundRole and key in ("due", "late") and late > 0:
            return QBrush(QColor(RED))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("late", "moved"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        return None
