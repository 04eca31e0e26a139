"""Aktivitetsrapport, printed (landscape A4): the charts first (held visits against the target, promises kept on
time, contacts by channel), then each table of the report with its total and a line on what it counts. Built
from `ReportService.build()` — the same figures as the Rapporter page. No Qt, no sessions."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Table, TableStyle

from jobcrm.domain.dates import format_date
from jobcrm.pdf.base import (
    LANDSCAPE,
    LANDSCAPE_CONTENT_WIDTH,
    SHADE,
    STYLES,
    WARN,
    grid_table,
    para,
    render,
    spacer,
    text,
)
from jobcrm.pdf.charts import BAR_LIGHT, bar_chart
from jobcrm.services.reports import ActivityReport, ReportTable

_RIGHT = ParagraphStyle("r_right", parent=STYLES["cell"], alignment=TA_RIGHT)
_RIGHT_BOLD = ParagraphStyle("r_right_bold", parent=STYLES["cell_bold"], alignment=TA_RIGHT)
_SMALL = ParagraphStyle("r_small", parent=STYLES["cell"], fontSize=7.5, leading=9.5)
_SMALL_RIGHT = ParagraphStyle("r_small_right", parent=_SMALL, alignment=TA_RIGHT)
_SMALL_RIGHT_BOLD = ParagraphStyle("r_small_right_bold", parent=_SMALL_RIGHT, fontName="Helvetica-Bold")
_SMALL_BOLD = ParagraphStyle("r_small_bold", parent=_SMALL, fontName="Helvetica-Bold")
_HEAD = ParagraphStyle("r_head", parent=STYLES["cell_bold"], fontSize=8, leading=10)
_HEAD_RIGHT = ParagraphStyle("r_head_right", parent=_HEAD, alignment=TA_RIGHT)
_LOW = ParagraphStyle("r_low", parent=_RIGHT, textColor=WARN)
_SMALL_LOW = ParagraphStyle("r_small_low", parent=_SMALL_RIGHT, textColor=WARN)


def value_text(value, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "pct":
        return f"{value:.0f} %"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return f"{int(value):,}".replace(",", ".")


def table_flowable(t: ReportTable) -> Table:
    """A report table: consultant (or team) rows, the total in bold; percentages under 70 in red."""
    small = len(t.columns) > 9
    first = 52 * mm if small else 62 * mm
    rest = (LANDSCAPE_CONTENT_WIDTH - first) / max(1, len(t.columns))
    cell, right, right_bold, bold, low = ((_SMALL, _SMALL_RIGHT, _SMALL_RIGHT_BOLD, _SMALL_BOLD, _SMALL_LOW) if small
                                          else (STYLES["cell"], _RIGHT, _RIGHT_BOLD, STYLES["cell_bold"], _LOW))
    header = [Paragraph(text(t.row_header), _HEAD)] + [Paragraph(text(c.label), _HEAD_RIGHT) for c in t.columns]
    body = []
    for row in t.rows:
        body.append([Paragraph(text(row.label), cell)] + [
            Paragraph(text(value_text(v, c.kind)), low if c.warns(v) else right)
            for c, v in zip(t.columns, row.values, strict=True)])
    if t.total is not None:
        body.append([Paragraph(text(t.total.label), bold)] + [
            Paragraph(text(value_text(v, c.kind)), right_bold) for c, v in zip(t.columns, t.total.values, strict=True)])
    table = grid_table(header, body, [first] + [rest] * len(t.columns))
    if t.total is not None:
        table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.HexColor("#52606d")),
                                   ("BACKGROUND", (0, -1), (-1, -1), SHADE)]))
    return table


def _charts(report: ActivityReport) -> list:
    charts = {c.key: c for c in report.charts}
    half = (LANDSCAPE_CONTENT_WIDTH - 10 * mm) / 2
    cells = []
    if "besoeg_maal" in charts:
        c = charts["besoeg_maal"]
        cells.append(bar_chart(c.title, c.labels, c.values, half, 62 * mm, targets=c.targets, note=c.note))
    if "til_tiden" in charts:
        c = charts["til_tiden"]
        cells.append(bar_chart(c.title + " (%)", c.labels, c.values, half, 62 * mm, unit="%", note=c.note,
                               color=BAR_LIGHT))
    if not cells:
        return []
    while len(cells) < 2:
        cells.append("")
    grid = Table([cells], colWidths=[half + 10 * mm, half])
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out = [grid]
    if "kanaler" in charts:
        c = charts["kanaler"]
        out += [spacer(3), bar_chart(c.title, c.labels, c.values, LANDSCAPE_CONTENT_WIDTH, 48 * mm)]
    return out


def build(report: ActivityReport) -> bytes:
    title = f"Aktivitetsrapport – {report.scope}"
    consultants = len(report.tables[0].rows) if report.tables else 0
    printed = report.generated_at
    story: list = [
        para(title, "title"),
        para(f"Periode {report.period} · {consultants} konsulenter · udskrevet {format_date(printed.date())} "
             f"kl. {printed:%H:%M}", "subtitle"),
    ]
    story += _charts(report)
    for t in report.tables:
        block = [para(t.title, "h1"), table_flowable(t)]
        if t.note:
            block.append(para(t.note, "small"))
        story += [CondPageBreak(45 * mm), KeepTogether(block), spacer(2)]
    if report.pending:
        story.append(para("Endnu ikke med: " + ", ".join(report.pending) + " (kommer, når data for afsnittet findes "
                          "i JobCRM).", "small"))
    return render(story, title=title, footer=f"JobCRM · {title} · {report.period}", printed_on=printed.date(),
                  pagesize=LANDSCAPE)
