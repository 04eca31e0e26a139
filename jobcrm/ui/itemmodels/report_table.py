"""One table of the activity report (ReportTable): a row per consultant or team and the total in bold;
percentages with a warning threshold in red."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from jobcrm.services.reports import ReportRow, ReportTable
from jobcrm.ui.itemmodels.list_table import ListTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Header text that wraps onto a second line instead of being cut; the label column left, the numbers right.
LEFT_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)
RIGHT_WRAP = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)


def value_text(value, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "pct":
        return f"{value:.0f} %"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return f"{int(value):,}".replace(",", ".")


class ReportTableModel(ListTableModel):
    def __init__(self, table: ReportTable, total_label: str, row_header: str | None = None, parent=None):
        super().__init__([row_header or table.row_header] + [c.label for c in table.columns], parent)
        self.table = table
        self.COLUMNS = ("label", *(c.key for c in table.columns))
        rows: list[tuple[ReportRow, bool]] = [(r, False) for r in table.rows]
        if table.total is not None:
            rows.append((ReportRow("", total_label, table.total.values), True))
        self.set_rows(rows)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT_WRAP if section == 0 else RIGHT_WRAP
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        row, total = item
        col = index.column()
        column = self.table.columns[col - 1] if col > 0 else None
        value = row.values[col - 1] if col > 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label if col == 0 else value_text(value, column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column is not None and column.warns(value):
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole and col > 0:
            return f"{row.label}: {column.label}"
        return None
