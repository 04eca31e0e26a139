"""A small bar chart of the team's overdue promises per week, drawn with QPainter (no QtCharts in
PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from jobcrm.services.dto import WeekCount


class OverdueChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.weeks: list[WeekCount] = []
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._title = self.tr("Overdue at the end of each week (last 12 weeks)")
        self._week = self.tr("w.")
        self._legend = self.tr("Light bar: this week up to today")

    def sizeHint(self) -> QSize:
        return QSize(600, 170)

    def set_weeks(self, weeks: list[WeekCount]) -> None:
        self.weeks = list(weeks)
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#d5dde8")))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        p.setPen(QColor("#1f3a5f"))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(12, 6, self.width() - 24, 20), Qt.AlignmentFlag.AlignLeft, self._title)
        font.setBold(False)
        p.setFont(font)
        p.setPen(QColor("#5f6b7a"))
        p.drawText(QRectF(12, 6, self.width() - 24, 20), Qt.AlignmentFlag.AlignRight, self._legend)
        if not self.weeks:
            p.end()
            return
        top, bottom, left, right = 34.0, self.height() - 24.0, 14.0, self.width() - 14.0
        peak = max(1, max(w.count for w in self.weeks))
        slot = (right - left) / len(self.weeks)
        bar = slot * 0.62
        for i, w in enumerate(self.weeks):
            x = left + i * slot + (slot - bar) / 2
            height = (bottom - top - 16) * w.count / peak
            rect = QRectF(x, bottom - height, bar, height)
            current = i == len(self.weeks) - 1
            p.fillRect(rect, QColor("#d9776f" if current else "#b3261e"))
            p.setPen(QColor("#1f1f1f"))
            p.drawText(QRectF(x - 6, bottom - height - 16, bar + 12, 14), Qt.AlignmentFlag.AlignCenter, str(w.count))
            p.setPen(QColor("#5f6b7a"))
            p.drawText(QRectF(left + i * slot, bottom + 4, slot, 16), Qt.AlignmentFlag.AlignCenter,
                       f"{self._week} {w.week}")
        p.setPen(QPen(QColor("#9aa7b8")))
        p.drawLine(int(left), int(bottom), int(right), int(bottom))
        p.end()
