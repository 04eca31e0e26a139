"""Bar charts drawn with QPainter (no QtCharts in PySide6-Essentials), in the look of the team's overdue chart:
vertical bars with their value and an optional red target mark per bar (held visits against the target), and
horizontal bars for a funnel (the call list: on the list → called → reached → booked → held)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#1d4e89")
BAR_LIGHT = QColor("#8fb3d9")
TARGET = QColor("#b42318")
INK = QColor("#1f1f1f")
MUTED = QColor("#5f6b7a")
FRAME = QColor("#d5dde8")
AXIS = QColor("#9aa7b8")


def value_text(value: float, unit: str = "") -> str:
    text = f"{value:.0f}" if float(value).is_integer() or unit == "%" else f"{value:.1f}".replace(".", ",")
    return text + (" %" if unit == "%" else "")


class _Frame(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None, height: int = 190):
        super().__init__(parent)
        self.title = title
        self.note = ""
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._height = height

    def sizeHint(self) -> QSize:
        return QSize(480, self._height)

    def _begin(self) -> QPainter:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(FRAME))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#1f3a5f"))
        p.drawText(QRectF(12, 6, self.width() - 24, 20), Qt.AlignmentFlag.AlignLeft, self.title)
        font.setBold(False)
        p.setFont(font)
        if self.note:
            p.setPen(MUTED)
            p.drawText(QRectF(12, self.height() - 20, self.width() - 24, 16), Qt.AlignmentFlag.AlignLeft, self.note)
        return p


class BarChart(_Frame):
    """Vertical bars; `targets` (same length, None for none) draws a red mark across each bar."""

    def __init__(self, title: str = "", parent: QWidget | None = None, height: int = 200):
        super().__init__(title, parent, height)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.targets: list[float | None] = []
        self.unit = ""
        self.color = BAR

    def set_data(self, labels, values, targets=(), unit: str = "", note: str = "") -> None:
        self.labels, self.values = list(labels), [float(v or 0) for v in values]
        self.targets, self.unit, self.note = list(targets), unit, note
        self.update()

    def paintEvent(self, _event) -> None:
        p = self._begin()
        if not self.values:
            p.end()
            return
        bottom_pad = 40 if self.note else 24
        top, bottom, left, right = 34.0, self.height() - bottom_pad, 14.0, self.width() - 14.0
        peak = max([*self.values, *(t for t in self.targets if t is not None), 100 if self.unit == "%" else 1])
        slot = (right - left) / len(self.values)
        bar = min(slot * 0.6, 56)
        metrics = QFontMetrics(p.font())
        for i, value in enumerate(self.values):
            x = left + i * slot + (slot - bar) / 2
            height = (bottom - top - 16) * value / peak
            p.fillRect(QRectF(x, bottom - height, bar, height), self.color)
            p.setPen(INK)
            p.drawText(QRectF(x - 12, bottom - height - 16, bar + 24, 14), Qt.AlignmentFlag.AlignCenter,
                       value_text(value, self.unit))
            target = self.targets[i] if i < len(self.targets) else None
            if target is not None:
                y = bottom - (bottom - top - 16) * target / peak
                p.setPen(QPen(TARGET, 2.2))
                p.drawLine(int(x - 4), int(y), int(x + bar + 4), int(y))
            p.setPen(MUTED)
            label = metrics.elidedText(self.labels[i], Qt.TextElideMode.ElideRight, int(slot) - 2)
            p.drawText(QRectF(left + i * slot, bottom + 4, slot, 16), Qt.AlignmentFlag.AlignCenter, label)
        p.setPen(QPen(AXIS))
        p.drawLine(int(left), int(bottom), int(right), int(bottom))
        p.end()


class FunnelChart(_Frame):
    """Horizontal bars, label on the left and the value after the bar."""

    def __init__(self, title: str = "", parent: QWidget | None = None, height: int = 170):
        super().__init__(title, parent, height)
        self.labels: list[str] = []
        self.values: list[float] = []

    def set_data(self, labels, values) -> None:
        self.labels, self.values = list(labels), [float(v or 0) for v in values]
        self.update()

    def paintEvent(self, _event) -> None:
        p = self._begin()
        if not self.values:
            p.end()
            return
        metrics = QFontMetrics(p.font())
        label_w = max(metrics.horizontalAdvance(x) for x in self.labels) + 16
        top, bottom = 32.0, self.height() - 10.0
        left, right = 12.0 + label_w, self.width() - 60.0
        row = (bottom - top) / len(self.values)
        bar = min(row * 0.66, 22)
        peak = max(max(self.values), 1)
        for i, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            y = top + i * row + (row - bar) / 2
            p.setPen(INK)
            p.drawText(QRectF(12, y, label_w - 10, bar), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       label)
            width = (right - left) * value / peak
            p.fillRect(QRectF(left, y, width, bar), BAR if i < len(self.values) - 1 else BAR_LIGHT)
            p.drawText(QRectF(left + width + 6, y, 60, bar), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       value_text(value))
        p.end()
