"""The week of visits: seven day columns, Monday first, each listing its visits as small cards
(time, company, type and consultant), coloured by status. Arrow keys move inside a day, Tab between days,
Enter opens a visit."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
)

from jobcrm.domain.vocab import VISIT_STATUS, VISIT_TYPE
from jobcrm.services.visit_dto import VisitRow
from jobcrm.ui import fmt

STATE_ROLE = Qt.ItemDataRole.UserRole + 1
BAR = {"planlagt": "#2d5183", "mangler": "#b3261e", "afholdt": "#2e8b4a", "aflyst": "#a3acb6"}
# (background, text colour) per state
COLOURS = {
    "planlagt": ("#e8f0fb", "#1f3a5f"),
    "mangler": ("#fdecea", "#8c1d18"),  # planned, but its time has passed: register the outcome
    "afholdt": ("#e5f3e8", "#1e5b2e"),
    "aflyst": ("#f1f3f5", "#7a8591"),
}


def visit_state(row: VisitRow, now: dt.datetime) -> str:
    if row.status == "planlagt":
        return "mangler" if row.end_at < now else "planlagt"
    if row.status in ("afholdt", "afholdt_telefonisk"):
        return "afholdt"
    return "aflyst"


class CardDelegate(QStyledItemDelegate):
    """Paints a visit as a card: a coloured bar on the left, the time and consultants, the company in bold,
    the type and the state; each line elided to the column's width."""

    def sizeHint(self, option, index) -> QSize:
        lines = (index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n")
        metrics = QFontMetrics(option.font)
        return QSize(option.rect.width(), 12 + metrics.height() * (len(lines) + 1))

    def paint(self, painter: QPainter, option, index) -> None:
        lines = (index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n")
        state = index.data(STATE_ROLE) or "planlagt"
        bg, fg = COLOURS[state]
        rect = option.rect.adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor("#f2b705"), 2) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BAR[state]))
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)
        text_rect = rect.adjusted(11, 4, -5, -3)
        y = text_rect.top()
        base = QFont(option.font)
        for i, line in enumerate(lines):
            font = QFont(base)
            font.setBold(i == 1)
            if i >= 2:
                font.setPointSizeF(max(7.0, base.pointSizeF() - 0.5))
            font.setStrikeOut(state == "aflyst" and i == 1)
            painter.setFont(font)
            metrics = QFontMetrics(font)
            color = QColor(fg) if i < 2 else QColor("#b3261e" if (state == "mangler" and i == 3) else "#5f6b7a")
            painter.setPen(color)
            if i == 1:  # the company may take two lines
                flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
                box = QRect(text_rect.left(), y, text_rect.width(), metrics.height() * 2)
                needed = metrics.boundingRect(box, flags, line)
                if needed.height() > box.height():
                    second = metrics.elidedText(line, Qt.TextElideMode.ElideRight, text_rect.width() * 2 - 12)
                    line = second
                painter.drawText(box, flags, line)
                y += metrics.height() * (2 if needed.height() > metrics.height() else 1)
                continue
            painter.drawText(QRect(text_rect.left(), y, text_rect.width(), metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(line, Qt.TextElideMode.ElideRight, text_rect.width()))
            y += metrics.height()
        painter.restore()


class DayColumn(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dayColumn")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.header = QLabel()
        self.header.setObjectName("dayHeader")
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.header)
        self.list = QListWidget()
        self.list.setObjectName("dayList")
        self.list.setItemDelegate(CardDelegate(self.list))
        self.list.setSpacing(1)
        self.list.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.list, 1)


class WeekView(QFrame):
    visit_selected = Signal(object)  # visit id or None
    visit_activated = Signal(object)  # visit id

    def __init__(self, lang: str = "da", parent=None):
        super().__init__(parent)
        self._lang = lang
        self.monday: dt.date | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.days: list[DayColumn] = []
        for i in range(7):
            col = DayColumn()
            col.list.itemSelectionChanged.connect(lambda c=col: self._on_selected(c))
            col.list.itemActivated.connect(lambda item: self.visit_activated.emit(item.data(Qt.ItemDataRole.UserRole)))
            layout.addWidget(col, 5 if i < 5 else 3)  # weekends narrower
            self.days.append(col)
        self.setStyleSheet(
            "QLabel#dayHeader { background: #eef2f7; border-radius: 4px; padding: 5px; font-weight: bold; }"
            "QLabel#dayHeader[today=\"true\"] { background: #1f3a5f; color: white; }"
            "QListWidget#dayList { border: 1px solid #e3e8ef; border-radius: 4px; background: white; }")

    def set_week(self, monday: dt.date, rows: list[VisitRow], today: dt.date, now: dt.datetime) -> None:
        self.monday = monday
        keep = self.selected_id()
        by_day: dict[dt.date, list[VisitRow]] = {}
        for r in rows:
            by_day.setdefault(r.start_at.astimezone().date(), []).append(r)
        for i, col in enumerate(self.days):
            day = monday + dt.timedelta(days=i)
            form = QLocale.FormatType.LongFormat if i < 5 else QLocale.FormatType.ShortFormat
            name = fmt.locale().dayName(day.isoweekday(), form).capitalize()
            col.header.setText(f"{name} {day.day}.{day.month}.")
            col.header.setProperty("today", day == today)
            col.header.style().unpolish(col.header)
            col.header.style().polish(col.header)
            col.list.blockSignals(True)
            col.list.clear()
            for r in by_day.get(day, []):
                col.list.addItem(self._item(r, now))
            col.list.blockSignals(False)
        if keep is not None:
            self.select(keep)

    def _item(self, r: VisitRow, now: dt.datetime) -> QListWidgetItem:
        start, end = r.start_at.astimezone(), r.end_at.astimezone()
        who = "+".join((r.consultant_initials, *r.other_initials))
        lines = [f"{start:%H:%M}–{end:%H:%M}", r.company_name, f"{VISIT_TYPE.label(r.visit_type, self._lang)} · {who}"]
        state = visit_state(r, now)
        if state == "mangler":
            lines.append(self.tr("Register the outcome"))
        elif state != "planlagt":
            lines.append(VISIT_STATUS.label(r.status, self._lang))
        elif r.guide_state == "i_gang":
            lines.append(self.tr("Guide started"))
        item = QListWidgetItem("\n".join(lines))
        item.setData(STATE_ROLE, state)
        item.setData(Qt.ItemDataRole.UserRole, r.id)
        item.setToolTip("\n".join([r.company_name, r.place or "", VISIT_STATUS.label(r.status, self._lang),
                                   r.template_name or ""]).strip())
        return item

    def _on_selected(self, col: DayColumn) -> None:
        items = col.list.selectedItems()
        if not items:
            return
        for other in self.days:
            if other is not col:
                other.list.blockSignals(True)
                other.list.clearSelection()
                other.list.blockSignals(False)
        self.visit_selected.emit(items[0].data(Qt.ItemDataRole.UserRole))

    def selected_id(self) -> uuid.UUID | None:
        for col in self.days:
            items = col.list.selectedItems()
            if items:
                return items[0].data(Qt.ItemDataRole.UserRole)
        return None

    def select(self, visit_id: uuid.UUID) -> bool:
        for col in self.days:
            for i in range(col.list.count()):
                if col.list.item(i).data(Qt.ItemDataRole.UserRole) == visit_id:
                    col.list.setCurrentRow(i)
                    return True
        return False

    def count(self) -> int:
        return sum(col.list.count() for col in self.days)

    def texts(self, day_index: int) -> list[str]:
        col = self.days[day_index]
        return [col.list.item(i).text() for i in range(col.list.count())]
