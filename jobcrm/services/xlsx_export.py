"""Excel workbooks (openpyxl) of the campaign results and the activity report: real numbers, dates as dates
(shown 24.11.2026), percentages as percentages, bold headers, frozen header rows, and a bar chart where a
manager would rather look than read. Written in write-only mode so a long call list streams page by page.
No Qt."""

from __future__ import annotations

import datetime as dt
import io
import re

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from jobcrm.domain.dates import format_date
from jobcrm.domain.vocab import (
    CALL_OUTCOME,
    CAMPAIGN_AGREEMENT,
    TARGET_EXCLUSION,
    VISIT_STATUS,
)
from jobcrm.services.campaign_dto import CampaignResults, ResultLine
from jobcrm.services.reports import ActivityReport, ReportTable

DATE = "dd.mm.yyyy"
DATETIME = "dd.mm.yyyy hh:mm"
PCT = "0.0%"
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14, color="1D4E89")
MUTED = Font(italic=True, color="5F6B7A")
HEAD_FILL = PatternFill("solid", fgColor="EEF1F4")
TOTAL_FILL = PatternFill("solid", fgColor="E3E8EF")
WRAP = Alignment(wrap_text=True, vertical="top")
PAGE = 500  # call-list rows fetched per query


def sheet_title(text: str) -> str:
    """A valid, unique-enough sheet name: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", "-", text)[:31]


class _Sheet:
    """A write-only sheet with small helpers for styled cells."""

    def __init__(self, wb: Workbook, title: str, widths: list[float]):
        self.ws = wb.create_sheet(sheet_title(title))
        for i, w in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        self.row = 0

    def cell(self, value, *, font=None, fmt=None, fill=None, align=None):
        c = WriteOnlyCell(self.ws, value=value)
        if font is not None:
            c.font = font
        if fmt is not None:
            c.number_format = fmt
        if fill is not None:
            c.fill = fill
        if align is not None:
            c.alignment = align
        return c

    def append(self, values: list) -> None:
        self.ws.append(values)
        self.row += 1

    def title(self, text: str, *lines: str, freeze: str | None = "B") -> None:
        """The title and a few lines under it, a blank row, and (next) the header row; `freeze` keeps the header
        and the columns before it in view (write-only sheets need it before the first row is written)."""
        if freeze is not None:
            self.ws.freeze_panes = f"{freeze}{len(lines) + 4}"
        self.append([self.cell(text, font=TITLE)])
        for line in lines:
            self.append([self.cell(line, font=MUTED)])
        self.append([])

    def header(self, labels: list[str]) -> None:
        self.append([self.cell(x, font=BOLD, fill=HEAD_FILL, align=WRAP) for x in labels])


def _pct(value: float | None):
    return None if value is None else value / 100


def _local(moment: dt.datetime | None) -> dt.datetime | None:
    return None if moment is None else moment.astimezone().replace(tzinfo=None)


def _bytes(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- campaign results -----------------------------------------------------------------------------------
LINE_COLUMNS: list[tuple[str, str, str | None]] = [
    ("calls", "Opkald", None), ("contacted", "Kontaktet", None), ("booked", "Booket", None),
    ("declined", "Takket nej", None), ("booking_rate", "Bookingrate", PCT), ("not_reached", "Ikke truffet", None),
    ("wrong_number", "Forkert nummer", None), ("already_in_contact", "Allerede i kontakt", None),
    ("visits_booked", "Besøg booket", None), ("visits_held", "Afholdt", None), ("visits_cancelled", "Aflyst", None),
    ("visits_moved", "Flyttet", None), ("visits_no_show", "Udeblevet", None), ("visits_planned", "Planlagt", None),
    ("agreements_total", "Aftaler (pladser)", None), ("agreement_pct", "Aftaler pr. afholdt besøg", PCT),
    ("promises_made", "Opfølgninger lovet", None), ("promises_kept_on_time", "Holdt til tiden", None),
    ("promises_done_late", "Udført for sent", None), ("promises_overdue", "Overskredne", None),
    ("kept_on_time_pct", "Til tiden %", PCT),
]


def line_value(line: ResultLine, key: str):
    if key == "booking_rate":
        return _pct(line.booking_rate)
    if key == "agreement_pct":
        return _pct(line.agreement_pct())
    if key == "kept_on_time_pct":
        return _pct(line.kept_on_time_pct)
    return getattr(line, key)


def campaign_workbook(results: CampaignResults, campaigns, campaign_results) -> bytes:
    """Resultat (key figures), Pr. konsulent, Aftaler (Table 3.1 layout), Besøg and Ringeliste."""
    c = results.campaign
    t = results.total
    wb = Workbook(write_only=True)
    as_of = f"Tal pr. {format_date(results.as_of.date())} kl. {results.as_of:%H:%M}"

    s = _Sheet(wb, "Resultat", [44, 14, 14])
    s.title(f"Kampagneresultater – {c.name}", f"Periode {c.period} · {as_of}", f"Målgruppe: {c.criteria.describe()}",
            freeze="A")
    s.header(["Nøgletal", "Antal", "Andel"])

    def fig(label: str, value, share: float | None = None, *, bold: bool = False) -> None:
        s.append([s.cell(label, font=BOLD if bold else None), s.cell(value, font=BOLD if bold else None),
                  s.cell(_pct(share), fmt=PCT) if share is not None else None])

    fig("Virksomheder på ringelisten", results.on_list)
    for code, n in sorted(results.excluded.items()):
        fig(f"Udeladt: {TARGET_EXCLUSION.label(code)}", n)
    fig("Endnu ikke ringet op", results.not_called)
    fig("Kontaktet (truffet)", t.contacted, bold=True)
    fig("Booket", t.booked, t.booking_rate, bold=True)
    fig("Takket nej", t.declined)
    fig("Allerede i kontakt", t.already_in_contact)
    fig("Ikke truffet – ring igen", t.not_reached)
    fig("Forkert nummer", t.wrong_number)
    s.append([])
    fig("Besøg booket", t.visits_booked, bold=True)
    for label, n in (("Afholdt", t.visits_held), ("Aflyst", t.visits_cancelled), ("Udeblevet", t.visits_no_show),
                     ("Planlagt (endnu ikke afholdt)", t.visits_planned)):
        fig(label, n, 100 * n / t.visits_booked if t.visits_booked else None)
    fig("Heraf flyttet mindst én gang", t.visits_moved)
    fig(f"Booket mere end {results.lead_time_weeks} uger frem", results.booked_beyond_lead)
    fig("– heraf aflyst af virksomheden", results.cancelled_beyond_lead)
    s.append([])
    fig("Opfølgninger lovet på besøgene", t.promises_made, bold=True)
    fig("Holdt til tiden", t.promises_kept_on_time, t.kept_on_time_pct)
    fig("Udført for sent", t.promises_done_late)
    fig("Overskredne, stadig åbne", t.promises_overdue)
    fig("Åbne, ikke forfaldne", t.promises_open)

    a = _Sheet(wb, "Aftaler", [34, 12, 16] + [10] * len(results.lines))
    a.title("Aftaler registreret fra kampagnens besøg", "Antal pladser virksomhederne ønskede besat, og antal i "
            "procent af de afholdte besøg (som Tabel 3.1).")
    a.header(["Type", "Antal", "% af afholdte besøg"] + [x.initials for x in results.lines])
    for kind in CAMPAIGN_AGREEMENT:
        a.append([a.cell(kind.da), t.agreements.get(kind.code, 0),
                  a.cell(_pct(t.agreement_pct(kind.code)), fmt=PCT)]
                 + [x.agreements.get(kind.code, 0) for x in results.lines])
    a.append([a.cell("Samlet", font=BOLD, fill=TOTAL_FILL), a.cell(t.agreements_total, font=BOLD, fill=TOTAL_FILL),
              a.cell(_pct(t.agreement_pct()), fmt=PCT, font=BOLD, fill=TOTAL_FILL)]
             + [a.cell(x.agreements_total, font=BOLD, fill=TOTAL_FILL) for x in results.lines])
    a.append([a.cell("Afholdte besøg"), t.visits_held, None] + [x.visits_held for x in results.lines])
    a.append([a.cell("Besøg med mindst én aftale"), t.visits_with_agreement, None]
             + [x.visits_with_agreement for x in results.lines])

    p = _Sheet(wb, "Pr. konsulent", [26] + [11] * len(LINE_COLUMNS))
    p.title("Pr. konsulent", "Opkald og svar for den, der ringede; besøg og aftaler for konsulenten, besøget blev "
            "booket hos; opfølgninger for den ansvarlige.")
    p.header(["Konsulent"] + [label for _, label, _ in LINE_COLUMNS])
    for line in (*results.lines, t):
        total = line is t
        label = "I alt" if total else f"{line.initials} – {line.name}"
        p.append([p.cell(label, font=BOLD if total else None, fill=TOTAL_FILL if total else None)]
                 + [p.cell(line_value(line, key), fmt=fmt, font=BOLD if total else None,
                           fill=TOTAL_FILL if total else None) for key, _, fmt in LINE_COLUMNS])

    v = _Sheet(wb, "Besøg", [16, 36, 12, 24, 10, 40])
    v.title("Besøg booket i kampagnen", "Som de står nu (efter eventuelle flytninger).", freeze="A")
    v.header(["Tidspunkt", "Virksomhed", "Konsulent", "Status", "Flyttet", "Aftaler"])
    offset = 0
    while True:
        rows = campaign_results.booked_visits(c.id, offset, PAGE)
        for r in rows:
            agreed = ", ".join(f"{CAMPAIGN_AGREEMENT.label(k)} {n}" for k, n in r.agreements.items() if n)
            v.append([v.cell(_local(r.start_at), fmt=DATETIME), r.company_name, r.consultant_initials,
                      VISIT_STATUS.label(r.status), "Ja" if r.moved else None, agreed or None])
        if len(rows) < PAGE:
            break
        offset += PAGE

    r = _Sheet(wb, "Ringeliste", [36, 10, 14, 8, 16, 9, 22, 24, 16, 8, 12, 30, 44])
    r.title("Ringeliste", "Alle virksomheder på listen, også de udeladte med begrundelsen.")
    r.header(["Virksomhed", "CVR", "Telefon", "Postnr.", "By", "Ansatte", "Branche", "Status", "Sidste opkald",
              "Opkald", "Ring igen", "Udeladt", "Begrundelse"])
    ids = campaigns.target_ids(c.id, "alle") + campaigns.target_ids(c.id, "udeladt")
    for i in range(0, len(ids), PAGE):
        chunk = ids[i:i + PAGE]
        rows_by_id = campaigns.target_rows(chunk)
        for tid in chunk:
            x = rows_by_id[tid]
            status = "Udeladt" if x.is_left_out else (CALL_OUTCOME.label(x.last_outcome) if x.last_outcome
                                                       else "Ikke ringet op")
            r.append([x.company_name, x.cvr, x.phone, x.postal_code, x.city, x.employees, x.industry, status,
                      r.cell(_local(x.last_call_at), fmt=DATETIME), x.calls or None,
                      r.cell(x.call_again_on, fmt=DATE), TARGET_EXCLUSION.label(x.excluded) if x.excluded else None,
                      x.excluded_detail])
    return _bytes(wb)


# --- activity report --------------------------------------------------------------------------------------
def report_workbook(report: ActivityReport) -> bytes:
    """Oversigt, then one sheet per table; the targets sheet has a bar chart of held visits against the target."""
    wb = Workbook(write_only=True)
    o = _Sheet(wb, "Oversigt", [44, 60])
    o.title(f"Aktivitetsrapport – {report.scope}", f"Periode {report.period}",
            f"Udskrevet {format_date(report.generated_at.date())} kl. {report.generated_at:%H:%M}", freeze=None)
    o.header(["Afsnit", "Forklaring"])
    for t in report.tables:
        o.append([t.title, o.cell(t.note, align=WRAP)])
    for title in report.pending:
        o.append([title, o.cell("Kommer, når data for afsnittet findes i JobCRM.", font=MUTED)])
    for t in report.tables:
        _table_sheet(wb, t, report)
    return _bytes(wb)


SHEET_NAMES = {"maal": "Mål", "teams": "Pr. team", "besoeg_status": "Besøg efter status",
               "besoeg_type": "Besøg efter type", "kontakter": "Kontakter", "aftaler": "Aftaler",
               "jobordrer": "Jobordrer", "forloeb": "Forløb", "uden_kontakt": "Uden kontakt"}


def _table_sheet(wb: Workbook, t: ReportTable, report: ActivityReport) -> None:
    s = _Sheet(wb, SHEET_NAMES.get(t.key, t.title), [30] + [13] * len(t.columns))
    s.title(t.title, f"{report.scope} · {report.period}", *([t.note] if t.note else []))
    header_row = s.row + 1
    s.header([t.row_header] + [c.label for c in t.columns])
    for row in (*t.rows, *([t.total] if t.total else [])):
        total = row is t.total
        values = [s.cell(_pct(v) if c.kind == "pct" else v, fmt=PCT if c.kind == "pct" else None,
                         font=BOLD if total else None, fill=TOTAL_FILL if total else None)
                  for c, v in zip(t.columns, row.values, strict=True)]
        s.append([s.cell(row.label, font=BOLD if total else None, fill=TOTAL_FILL if total else None)] + values)
    if t.key == "maal" and t.rows:
        chart = BarChart()
        chart.type = "col"
        chart.title = "Afholdte besøg mod mål"
        chart.y_axis.title = "Besøg"
        first, last = header_row + 1, header_row + len(t.rows)
        data = Reference(s.ws, min_col=2, max_col=3, min_row=header_row, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(s.ws, min_col=1, min_row=first, max_row=last))
        chart.height, chart.width = 8, max(14, 1.6 * len(t.rows))
        s.ws.add_chart(chart, f"B{last + 4}")
