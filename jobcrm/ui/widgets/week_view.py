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


def _split_line(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """The words that fit on the first line, and the rest (for the second)."""
    words = text.split()
    first = ""
    for n, word in enumerate(words):
        candidate = f"{first} {word}".strip()
        if metrics.horizontalAdvance(candidate) > width and first:
            return first, " ".join(words[n:])
        first = candidate
    return first, ""


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
            if i == 1:  # the company may take two lines: fill the first with whole words, elide the second
                first, rest = _split_line(line, metrics, text_rect.width())
                for part in (first, rest) if rest else (first,):
                    painter.drawText(QRect(text_rect.left(), y, text_rect.width(), metrics.height()),
                                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                     metrics.elidedText(part, Qt.TextElideMode.ElideRight, text_rect.width()))
                    y += metrics.height()
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
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        layout.setSpacing(6)
        outer.addLayout(layout, 1)
        legend = QHBoxLayout()
        for state, text in (("planlagt", self.tr("Planned")), ("mangler", self.tr("Waiting for registration")),
                            ("afholdt", self.tr("Held")), ("aflyst", self.tr("Cancelled, moved or no-show"))):
            mark = QLabel()
            mark.setFixedSize(12, 12)
            mark.setStyleSheet(f"background: {BAR[state]}; border-radius: 2px;")
            legend.addWidget(mark)
            label = QLabel(text)
            label.setObjectName("muted")
            legend.addWidget(label)
            legend.addSpacing(14)
        legend.addStretch(1)
        outer.addLayout(legend)
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

    def set_week(self, monday: dt.date, rows: list[VisitRow], today: dt.date, now: dt.datetime,
                 own_initials: str | None = None) -> None:
        """Show the week. `own_initials`: whose week it is — their initials are left off the cards (only
        other consultants' initials are shown), so the type fits."""
        self.monday = monday
        self._own = own_initials
        keep = self.selected_id()
        by_day: dict[dt.date, list[VisitRow]] = {}
        for r in rows:
            by_day.setdefault(r.start_at.astimezone().date(), []).append(r)
        for i, col in enumerate(self.days):
            day = monday + dt.timedelta(days=i)
            if i < 5:
                name = fmt.locale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat).capitalize()
                col.header.setText(f"{name} {day.day}.{day.month}.")
            else:  # the narrow weekend columns: "Lør 28."
                name = fmt.locale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat).rstrip(".")
                col.header.setText(f"{name.capitalize()} {day.day}.")
                col.header.setToolTip(fmt.long_date(day))
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
        people = [i for i in (r.consultant_initials, *r.other_initials) if i != getattr(self, "_own", None)]
        kind = VISIT_TYPE.label(r.visit_type, self._lang)
        lines = [f"{start:%H:%M}–{end:%H:%M}", r.company_name, f"{kind} · {'+'.join(people)}" if people else kind]
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
