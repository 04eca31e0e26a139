"""The inbox's model: group header rows (Overskredet, I dag, Denne uge, Senere, Signaler) followed by
their promises. Header rows span the table and are not selectable, so the arrow keys skip them."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from jobcrm.domain.vocab import PROMISE_SOURCE, PROMISED_BY, PURPOSE
from jobcrm.services.dto import FlagDTO, InboxDTO, InboxRow
from jobcrm.ui import fmt

# (header background, header text / due colour) per group: Odoo's colour language.
GROUP_COLOURS = {
    "signaler": ("#fdecea", "#b3261e"),
    "overskredet": ("#fdecea", "#b3261e"),
    "i_dag": ("#fff4d1", "#8a5a00"),
    "denne_uge": ("#e8eef7", "#1f3a5f"),
    "senere": ("#e5f3e8", "#1e6b34"),
}
GROUP_ORDER = ("signaler", "overskredet", "i_dag", "denne_uge", "senere")


class InboxTableModel(QAbstractTableModel):
    COLUMNS = ("company", "what", "who", "due", "source")

    def __init__(self, lang: str = "da", parent=None):
        super().__init__(parent)
        self._lang = lang
        self._entries: list[tuple[str, object]] = []  # ("group", key) | ("row", InboxRow) | ("flag", FlagDTO)
        self._counts: dict[str, int] = {}
        self._headers = [self.tr("Company"), self.tr("What"), self.tr("Who promised"), self.tr("Due"),
                         self.tr("Source")]
        self._group_titles = {
            "signaler": self.tr("Flags"), "overskredet": self.tr("Overdue"), "i_dag": self.tr("Today"),
            "denne_uge": self.tr("This week"), "senere": self.tr("Later"),
        }
        self._today = dt.date.today()

    # --- content -------------------------------------------------------------------------------
    def set_inbox(self, box: InboxDTO) -> None:
        self.beginResetModel()
        self._today = box.today
        self._entries = []
        self._counts = dict(box.counts)
        self._counts["signaler"] = len(box.flags)
        if box.flags:
            self._entries.append(("group", "signaler"))
            self._entries += [("flag", f) for f in box.flags]
        for key in GROUP_ORDER[1:]:
            rows = box.group(key)
            if rows:
                self._entries.append(("group", key))
                self._entries += [("row", r) for r in rows]
        self.endResetModel()

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._entries) and self._entries[row][0] == "group"

    def header_rows(self) -> list[int]:
        return [i for i, e in enumerate(self._entries) if e[0] == "group"]

    def inbox_row(self, row: int) -> InboxRow | None:
        if 0 <= row < len(self._entries) and self._entries[row][0] == "row":
            return self._entries[row][1]  # type: ignore[return-value]
        return None

    def flag_at(self, row: int) -> FlagDTO | None:
        if 0 <= row < len(self._entries) and self._entries[row][0] == "flag":
            return self._entries[row][1]  # type: ignore[return-value]
        return None

    def row_of(self, promise_id: uuid.UUID) -> int:
        for i, (kind, value) in enumerate(self._entries):
            if kind == "row" and value.promise.id == promise_id:  # type: ignore[union-attr]
                return i
        return -1

    def first_item_row(self, start: int = 0) -> int:
        """The first selectable row at or after `start` (or before it when none follows), else -1."""
        n = len(self._entries)
        for i in list(range(max(0, start), n)) + list(range(min(start, n) - 1, -1, -1)):
            if not self.is_header(i):
                return i
        return -1

    # --- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_header(index.row()):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        kind, value = self._entries[index.row()]
        key = self.COLUMNS[index.column()]
        if kind == "group":
            return self._group_data(value, index.column(), role)  # type: ignore[arg-type]
        if kind == "flag":
            return self._flag_data(value, key, role)  # type: ignore[arg-type]
        return self._row_data(value, key, role)  # type: ignore[arg-type]

    def _group_data(self, group: str, column: int, role):
        bg, fg = GROUP_COLOURS[group]
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return f"{self._group_titles[group]} ({self._counts.get(group, 0)})"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(bg))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(fg))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole + 1:
            return group
        return None

    def _flag_data(self, flag: FlagDTO, key: str, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "company":
                return flag.company_name or ""
            if key == "what":
                return "⚑ " + flag.text
            if key == "due":
                return fmt.date(flag.due)
            return ""
        if role == Qt.ItemDataRole.ForegroundRole and key in ("what", "due"):
            return QBrush(QColor(GROUP_COLOURS["signaler"][1]))
        return None

    def _row_data(self, row: InboxRow, key: str, role):
        p = row.promise
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "company":
                return p.company_name or ""
            if key == "what":
                text = p.title
                if p.recurrence:
                    text += "   ↻ " + self.recurrence_text(p.recurrence)
                if row.flag is not None:
                    text += "   ⚑ " + self.tr("No answer yet – chase the company")
                return text
            if key == "who":
                return PROMISED_BY.label(p.promised_by, self._lang)
            if key == "due":
                return self.due_text(row)
            if key == "source":
                return PROMISE_SOURCE.label(p.source_kind, self._lang)
        if role == Qt.ItemDataRole.ForegroundRole and (key == "due" or (key == "what" and row.flag is not None)):
            return QBrush(QColor(GROUP_COLOURS[row.group][1]))
        if role == Qt.ItemDataRole.FontRole and key == "due" and row.group == "overskredet":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        return None

    def due_text(self, row: InboxRow) -> str:
        p = row.promise
        time = f" {p.due_time:%H:%M}" if p.due_time else ""
        if row.group == "overskredet":
            if row.overdue_working_days == 0:
                return self.tr("Overdue since %1").replace("%1", time.strip() or fmt.date(p.due_date))
            if row.overdue_working_days == 1:
                return self.tr("1 working day overdue")
            return self.tr("%1 working days overdue").replace("%1", str(row.overdue_working_days))
        if row.group == "i_dag":
            return self.tr("Today") + time
        if row.group == "denne_uge":
            return fmt.locale().toString(_qdate(p.due_date), "dddd d.M.") + time
        return fmt.date(p.due_date) + time

    def _tooltip(self, row: InboxRow) -> str:
        p = row.promise
        lines = [p.title]
        if p.details:
            lines.append(p.details)
        lines.append(self.tr("Purpose: %1").replace("%1", PURPOSE.label(p.purpose, self._lang)))
        lines.append(self.tr("Due: %1").replace("%1", fmt.date(p.due_date)))
        if p.reschedule_count:
            lines.append(self.tr("Rescheduled %1 time(s); first agreed %2").replace("%1", str(p.reschedule_count))
                         .replace("%2", fmt.date(p.original_due_date)))
        if p.recurrence:
            lines.append(self.tr("Repeats %1").replace("%1", self.recurrence_text(p.recurrence)))
        return "\n".join(lines)

    def recurrence_text(self, rule: str) -> str:
        """'every week', 'every 14 days, 6 times', 'every month until 31.03.2027' (in the UI's language)."""
        parts = dict(x.split("=", 1) for x in rule.split(";") if "=" in x)
        freq, interval = parts.get("FREQ"), int(parts.get("INTERVAL", "1") or 1)
        if freq == "WEEKLY" and interval == 1:
            text = self.tr("every week")
        elif freq == "WEEKLY" and interval == 2:
            text = self.tr("every 14 days")
        elif freq == "MONTHLY" and interval == 1:
            text = self.tr("every month")
        else:
            text = self.tr("repeats")
        if "COUNT" in parts:
            text += ", " + self.tr("%1 times").replace("%1", parts["COUNT"])
        elif "UNTIL" in parts:
            u = parts["UNTIL"]
            text += " " + self.tr("until %1").replace("%1", f"{u[6:8]}.{u[4:6]}.{u[0:4]}")
        return text


def _qdate(day: dt.date):
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day)
