"""Bar charts for the printed reports (reportlab graphics), in the look of the backlog chart: one bar per label,
its value above it, and optionally a target mark across each bar. No Qt."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from jobcrm.pdf.base import FONT, FONT_BOLD, INK, MUTED, RULE

BAR = colors.HexColor("#1d4e89")
BAR_LIGHT = colors.HexColor("#8fb3d9")
TARGET = colors.HexColor("#b42318")
GRID = colors.HexColor("#e3e8ef")


def nice_step(peak: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if peak / step <= 6:
            return step
    return 20000


def _fmt(value: float, unit: str) -> str:
    text = f"{value:.0f}" if float(value).is_integer() or unit == "%" else f"{value:.1f}".replace(".", ",")
    return text + (" %" if unit == "%" else "")


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float], width: float, height: float, *,
              targets: Sequence[float | None] = (), unit: str = "", note: str | None = None,
              color=BAR) -> Drawing:
    """A vertical bar chart with a title line; `targets` draws a red mark across each bar at its target."""
    d = Drawing(width, height)
    d.add(String(0, height - 4 * mm, title, fontName=FONT_BOLD, fontSize=10, fillColor=INK))
    bottom = 12 * mm if note else 8 * mm
    chart = VerticalBarChart()
    chart.x, chart.y = 10 * mm, bottom
    chart.width, chart.height = width - 12 * mm, height - bottom - 9 * mm
    values = [float(v or 0) for v in values] or [0.0]
    labels = list(labels) or [""]
    chart.data = [values]
    chart.strokeColor = None
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = max(4, min(18, 120 / max(1, len(values))))
    chart.barLabelFormat = (lambda v: _fmt(v, unit))
    chart.barLabels.nudge = 6
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5 if len(labels) > 10 else 8.5
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.labels.dy = -3
    from reportlab.pdfbase.pdfmetrics import stringWidth

    slot = chart.width / len(labels)
    if max(stringWidth(x, FONT, chart.categoryAxis.labels.fontSize) for x in labels) > slot * 0.95:
        chart.categoryAxis.labels.angle = 30  # long labels in narrow slots: slanted, so they do not overlap
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.strokeColor = RULE
    peak = max([*values, *(t for t in targets if t is not None)], default=0)
    if unit == "%":
        peak = max(peak, 100)
    step = nice_step(peak)
    top = max(step, -(-peak * 1.15 // step) * step)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    d.add(chart)
    for i, target in enumerate(targets):
        if target is None:
            continue
        y = chart.y + chart.height * min(target, top) / top
        x0 = chart.x + i * slot + slot * 0.12
        d.add(Line(x0, y, x0 + slot * 0.76, y, strokeColor=TARGET, strokeWidth=1.6))
    if note:
        d.add(String(0, 1.5 * mm, note, fontName=FONT, fontSize=7.5, fillColor=MUTED))
    return d


def hbar_chart(title: str, labels: Sequence[str], values: Sequence[float], width: float, height: float, *,
               color=BAR) -> Drawing:
    """Horizontal bars (a funnel or a distribution), label on the left, value at the end of the bar."""
    d = Drawing(width, height)
    d.add(String(0, height - 4 * mm, title, fontName=FONT_BOLD, fontSize=10, fillColor=INK))
    chart = HorizontalBarChart()
    label_w = 38 * mm
    chart.x, chart.y = label_w, 3 * mm
    chart.width, chart.height = width - label_w - 12 * mm, height - 11 * mm
    values = [float(v or 0) for v in values] or [0.0]
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(list(labels))) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = RULE
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 5
    chart.barLabelFormat = (lambda v: _fmt(v, ""))
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    peak = max(values, default=0)
    step = nice_step(peak)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, -(-peak * 1.12 // step) * step)
    chart.valueAxis.valueStep = chart.valueAxis.valueMax
    chart.valueAxis.visible = False
    d.add(chart)
    return d
