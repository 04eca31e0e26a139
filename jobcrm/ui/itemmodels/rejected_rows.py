"""The rows an import rejected: row number in the file, the column(s) at fault and the reason (Danish,
from the validators). Held in memory with the import result; a view shows them without a widget per row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jobcrm.ui.itemmodels.list_table import ListTableModel


class RejectedRowsModel(ListTableModel):
    COLUMNS = ("row", "column", "reason")

    def __init__(self, parent=None):
        super().__init__([], parent)
        self._headers = [self.tr("Row"), self.tr("Column"), self.tr("Reason")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(r.row) if key == "row" else r.column if key == "column" else r.reason
        if role == Qt.ItemDataRole.ToolTipRole and key == "reason":
            return r.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "row":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
