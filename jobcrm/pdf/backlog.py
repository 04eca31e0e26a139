"""The team backlog for the weekly team meeting ("Opfølgninger – Team …"): the per-consultant table, the
team's overdue count per week for the last 12 weeks, and each consultant's overdue promises, oldest first.

Landscape A4: the table has eight columns and the item lists need room for what was promised. Built from
`BacklogService.report()` (the same numbers the Team page shows). No Qt, no sessions.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from jobcrm.domain.dates import WEEKDAYS_DA, format_date
from jobcrm.domain.vocab import PROMISED_BY
from jobcrm.pdf.base import (
    FONT,
    FONT_BOLD,
    LANDSCAPE,
    LANDSCAPE_CONTENT_WIDTH,
    MUTED,
    RULE,
    SHADE,
    STYLES,
    WARN,
    grid_table,
    para,
    render,
    spacer,
    text,
)
from jobcrm.services.backlog import BacklogReport, OverdueItem
from jobcrm.services.dto import BacklogRow

# Oldest first; a consultant with more overdue promises than this gets a line saying how many more there are.
MAX_ITEMS_PER_CONSULTANT = 50

TABLE_HEADER = ("Konsulent", "Åbne", "Overskredne", "Overskredet > 7 dage", "Ældste overskredne (dage)",
                "Frist denne uge", "Udført, 30 dage", "Til tiden, 90 dage")
ITEM_HEADER = ("Virksomhed", "Hvad", "Hvem har lovet", "Frist", "Arbejdsdage over", "Udsat (gange)")

_RIGHT = ParagraphStyle("cell_right", parent=STYLES["cell"], alignment=TA_RIGHT)
_RIGHT_BOLD = ParagraphStyle("cell_right_bold", parent=STYLES["cell_bold"], alignment=TA_RIGHT)
_RIGHT_WARN = ParagraphStyle("cell_right_warn", parent=_RIGHT, textColor=WARN, fontName=FONT_BOLD)
_HEAD_RIGHT = ParagraphStyle("head_right", parent=STYLES["cell_bold"], alignment=TA_RIGHT)
ZEBRA = colors.HexColor("#f8f9fb")  # as grid_table's
BAR = colors.HexColor("#b3261e")
BAR_CURRENT = colors.HexColor("#d9776f")


def _num(value, *, warn: bool = False, bold: bool = False) -> Paragraph:
    shown = "–" if value is None else str(value)
    style = _RIGHT_WARN if warn and value else (_RIGHT_BOLD if bold else _RIGHT)
    return Paragraph(text(shown), style)


def _kept(pct: float | None, *, bold: bool = False) -> Paragraph:
    if pct is None:
        return Paragraph("–", _RIGHT_BOLD if bold else _RIGHT)
    return Paragraph(text(f"{pct:.0f} %"), _RIGHT_WARN if pct < 70 else (_RIGHT_BOLD if bold else _RIGHT))


def sorted_rows(rows) -> list[BacklogRow]:
    """Most overdue first (as the Team page opens), then the oldest overdue, then initials."""
    return sorted(rows, key=lambda r: (-r.overdue, -(r.oldest_overdue_days or 0), r.initials))


def _team_table(rows: list[BacklogRow]):
    width = LANDSCAPE_CONTENT_WIDTH
    first = 75 * mm
    widths = [first] + [(width - first) / 7] * 7
    header = [para(TABLE_HEADER[0], "cell_bold")] + [Paragraph(text(h), _HEAD_RIGHT) for h in TABLE_HEADER[1:]]
    body = []
    for r in rows:
        body.append([para(f"{r.initials} – {r.name}", "cell"), _num(r.open), _num(r.overdue, warn=True),
                     _num(r.overdue_over_7, warn=True), _num(r.oldest_overdue_days, warn=True),
                     _num(r.due_this_week), _num(r.done_last_30), _kept(r.kept_on_time_pct)])
    done90 = sum(r.done_last_90 for r in rows)
    on_time = sum(round((r.kept_on_time_pct or 0) * r.done_last_90 / 100) for r in rows)
    oldest = max((r.oldest_overdue_days for r in rows if r.oldest_overdue_days is not None), default=None)
    body.append([para("I alt", "cell_bold"), _num(sum(r.open for r in rows), bold=True),
                 _num(sum(r.overdue for r in rows), bold=True), _num(sum(r.overdue_over_7 for r in rows), bold=True),
                 _num(oldest, bold=True), _num(sum(r.due_this_week for r in rows), bold=True),
                 _num(sum(r.done_last_30 for r in rows), bold=True),
                 _kept(round(100 * on_time / done90, 1) if done90 else None, bold=True)])
    t = grid_table(header, body, widths)
    t.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.HexColor("#52606d")),
                           ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#eef1f4"))]))
    return t


def _chart(report: BacklogReport) -> Drawing:
    weeks = list(report.weeks)
    width, height = LANDSCAPE_CONTENT_WIDTH, 62 * mm
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = width - 16 * mm, height - 22 * mm
    counts = [w.count for w in weeks]
    chart.data = [counts]
    chart.strokeColor = None
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    if weeks:
        chart.bars[(0, len(weeks) - 1)].fillColor = BAR_CURRENT  # the current week counts up to today
    chart.barSpacing = 2
    chart.groupSpacing = 10
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 6
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8.5
    chart.categoryAxis.categoryNames = [f"uge {w.week}" for w in weeks]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = RULE
    peak = max(counts, default=0)
    step = _nice_step(peak)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, -(-peak * 1.15 // step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ef")
    chart.valueAxis.gridStrokeWidth = 0.4
    d.add(chart)
    first = weeks[0].week_start if weeks else report.today
    note = (f"Antal åbne aftaler, hvis frist var overskredet ved udgangen af ugen (fra {format_date(first)}); "
            f"den lyse søjle er indeværende uge til og med i dag.")
    d.add(String(12 * mm, 1.5 * mm, note, fontName=FONT, fontSize=8, fillColor=MUTED))
    return d


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if peak / step <= 6:
            return step
    return 10000


def _due(item: OverdueItem) -> str:
    p = item.promise
    return format_date(p.due_date) + (f" kl. {p.due_time:%H:%M}" if p.due_time else "")


def _late(item: OverdueItem) -> str:
    if item.overdue_working_days == 0:
        return "i dag"
    return str(item.overdue_working_days)


def _items_table(title: str, items: tuple[OverdueItem, ...], today) -> Table:
    """The consultant's overdue items under a title row; title and column headers repeat on every page the list
    runs over, so a loose page still says whose promises these are."""
    width = LANDSCAPE_CONTENT_WIDTH
    fixed = [28 * mm, 34 * mm, 24 * mm, 22 * mm]  # who, due, days over, rescheduled
    company = 64 * mm
    widths = [company, width - company - sum(fixed)] + fixed
    header = [para(h, "cell_bold") for h in ITEM_HEADER[:4]] + [Paragraph(text(h), _HEAD_RIGHT)
                                                                 for h in ITEM_HEADER[4:]]
    body = []
    for item in items:
        p = item.promise
        body.append([para(p.company_name or "(ingen virksomhed)", "cell"), para(p.title, "cell"),
                     para(PROMISED_BY.label(p.promised_by), "cell"), para(_due(item), "cell"),
                     _num(_late(item), warn=(today - p.due_date).days > 7),  # red as "> 7 dage" above
                     _num(p.reschedule_count or "", warn=p.reschedule_count >= 3)])
    data = [[para(title, "h2")] + [""] * 5, header] + body
    t = Table(data, colWidths=widths, repeatRows=2, hAlign="LEFT")
    style = [
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("BACKGROUND", (0, 1), (-1, 1), SHADE),
        ("GRID", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 1), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(3, len(data), 2)]
    t.setStyle(TableStyle(style))
    return t


def _consultant_section(row: BacklogRow, items: tuple[OverdueItem, ...], today) -> list:
    n = len(items)
    if n == 0:
        head = f"{row.initials} – {row.name}: ingen overskredne aftaler"
        return [CondPageBreak(20 * mm), spacer(2), para(head, "h2"), para(f"{row.open} åbne aftaler, alle inden for fristen.",
                                                              "small")]
    word = "overskreden aftale" if n == 1 else "overskredne aftaler"
    head = f"{row.initials} – {row.name}: {n} {word}"
    if row.overdue_over_7:
        head += f", heraf {row.overdue_over_7} over 7 dage"
    shown = items[:MAX_ITEMS_PER_CONSULTANT]
    out = [CondPageBreak(35 * mm), spacer(2), _items_table(head, shown, today)]
    if n > len(shown):
        out.append(para(f"… og {n - len(shown)} nyere overskredne aftaler, som ikke er vist her – se Team-siden "
                        f"i JobCRM.", "small"))
    return out


def build(report: BacklogReport) -> bytes:
    today = report.today
    rows = sorted_rows(report.rows)
    total_open = sum(r.open for r in rows)
    total_over = sum(r.overdue for r in rows)
    total_over7 = sum(r.overdue_over_7 for r in rows)
    weekday = WEEKDAYS_DA[today.weekday()]
    title = f"Opfølgninger – {report.team.name}"
    story: list = [
        para(title, "title"),
        para(f"Status {weekday} {format_date(today)} (uge {today.isocalendar().week}) · {len(rows)} konsulenter · "
             f"{total_open} åbne aftaler · {total_over} overskredne, heraf {total_over7} over 7 dage", "subtitle"),
        para("Pr. konsulent", "h1"),
        _team_table(rows),
        para("Overskredet = fristen er passeret (eller er i dag, og klokkeslættet er passeret). Til tiden = udført "
             "senest på fristen, af de aftaler der er udført de seneste 90 dage.", "small"),
        spacer(3),
        KeepTogether([para("Overskredne aftaler ved hver uges udgang – seneste 12 uger", "h1"), _chart(report)]),
    ]
    if rows:
        story += [PageBreak(), para("Overskredne aftaler pr. konsulent – ældste først", "h1")]
    for r in rows:
        story += _consultant_section(r, report.overdue.get(r.consultant_id, ()), today)
    return render(story, title=title, footer=f"JobCRM · {title}", printed_on=today, pagesize=LANDSCAPE)
