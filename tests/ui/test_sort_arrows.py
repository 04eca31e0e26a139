"""The header's sort arrow points down for a descending sort (largest first), as in Windows and Excel."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionHeader

from jobcrm.ui.sort_arrows import SortArrowStyle


def _arrow(style, indicator) -> str:
    """'up' or 'down': which way the drawn arrow points (its widest row is at the bottom or the top)."""
    img = QImage(24, 24, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    opt = QStyleOptionHeader()
    opt.rect = img.rect().adjusted(4, 4, -4, -4)
    opt.sortIndicator = indicator
    opt.state = QStyle.StateFlag.State_Enabled
    p = QPainter(img)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, opt, p)
    p.end()
    widths = [sum(1 for x in range(24) if img.pixelColor(x, y).lightness() < 200) for y in range(24)]
    rows = [w for w in widths if w]
    assert len(rows) >= 2, "no arrow was drawn"
    return "down" if rows[0] > rows[-1] else "up"


def test_descending_sort_shows_a_downward_arrow(qapp):
    base = QApplication.style().name()
    ours = SortArrowStyle(base)
    # QHeaderView hands the style SortUp for a descending sort (and SortDown for ascending) ...
    assert _arrow(QApplication.style(), QStyleOptionHeader.SortIndicator.SortUp) == "up"
    # ... so the team table sorted "most overdue first" showed ▲; with the proxy it shows ▼.
    assert _arrow(ours, QStyleOptionHeader.SortIndicator.SortUp) == "down"
    assert _arrow(ours, QStyleOptionHeader.SortIndicator.SortDown) == "up"


def test_a_header_sorted_descending_asks_for_sort_up(qapp, qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    seen = []

    class Recording(SortArrowStyle):
        def drawPrimitive(self, element, option, painter, widget=None):
            if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow:
                seen.append(option.sortIndicator)
            super().drawPrimitive(element, option, painter, widget)

    model = QStandardItemModel(3, 2)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().setStyle(Recording(QApplication.style().name()))
    view.setSortingEnabled(True)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    view.resize(300, 150)
    view.horizontalHeader().grab()
    assert seen and set(seen) == {QStyleOptionHeader.SortIndicator.SortUp}  # which the proxy draws as ▼
