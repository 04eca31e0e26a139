"""Sort arrows the way consultants know them from Windows and Excel: ▲ for an ascending sort (A–Å, smallest
first), ▼ for a descending one (largest first). QHeaderView hands the style "SortUp" for a descending sort
(Qt's own, Mac-like convention), so a table sorted by "most overdue first" showed an arrow pointing up. This
proxy style swaps the two when the header arrow is drawn; it is installed once for the application."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionHeader

_SWAP = {QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
         QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp}


class SortArrowStyle(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader) \
                and option.sortIndicator in _SWAP:
            swapped = QStyleOptionHeader(option)
            swapped.sortIndicator = _SWAP[option.sortIndicator]
            option = swapped
        super().drawPrimitive(element, option, painter, widget)


def install(app: QApplication) -> None:
    """Wrap the application's style (call before setting the style sheet)."""
    if not isinstance(app.style(), SortArrowStyle):
        app.setStyle(SortArrowStyle(app.style().name()))
