"""What every printed JobCRM document shares: A4 pages with a footer ("Udskrevet 24.11.2026 · Side 1 af 3"),
one set of paragraph styles, user text escaped for reportlab's mini-markup, tick boxes and ruled lines to
write on, and an atomic write so a failed print never leaves half a PDF behind. No Qt.

reportlab is imported here and only here at module level; callers import `jobcrm.pdf.<document>` lazily
(when printing), so start-up does not pay for it.

The built-in Helvetica is used: its WinAnsi encoding covers æ ø å and the other Danish letters, and it needs
no font files. Characters outside WinAnsi (e.g. emoji) are replaced by "?" in `text()`, never dropped silently
by reportlab as black boxes.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jobcrm.domain.dates import format_date

PAGE = A4
MARGIN = 18 * mm
FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
FONT_ITALIC = "Helvetica-Oblique"
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#1d4e89")
WARN = colors.HexColor("#b42318")

CONTENT_WIDTH = PAGE[0] - 2 * MARGIN
LANDSCAPE = landscape(A4)
LANDSCAPE_CONTENT_WIDTH = LANDSCAPE[0] - 2 * MARGIN


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=FONT, fontSize=10, leading=13, textColor=INK, alignment=TA_LEFT)
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES: dict[str, ParagraphStyle] = {
    "title": _style("title", fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=4, textColor=ACCENT),
    "subtitle": _style("subtitle", fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=8),
    "h1": _style("h1", fontName=FONT_BOLD, fontSize=13, leading=16, spaceBefore=10, spaceAfter=4, textColor=ACCENT),
    "h2": _style("h2", fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2),
    "body": _style("body"),
    "small": _style("small", fontSize=8.5, leading=10.5, textColor=MUTED),
    "label": _style("label", fontName=FONT_BOLD, fontSize=9, leading=11.5),
    "cell": _style("cell", fontSize=9, leading=11.5),
    "cell_bold": _style("cell_bold", fontName=FONT_BOLD, fontSize=9, leading=11.5),
    "warning": _style("warning", fontName=FONT_BOLD, fontSize=10, leading=13, textColor=WARN),
}


def text(value) -> str:
    """User text made safe for a Paragraph: None → "", XML escaped, line breaks kept, non-WinAnsi → "?"."""
    if value is None:
        return ""
    s = str(value).encode("cp1252", errors="replace").decode("cp1252")
    return escape(s).replace("\r\n", "\n").replace("\n", "<br/>")


def para(value, style: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of user text (escaped) or, with markup=True, of our own reportlab markup."""
    return Paragraph(value if markup else text(value), STYLES[style])


def field_table(rows: Sequence[tuple[str, object]], label_width: float = 42 * mm,
                width: float = CONTENT_WIDTH) -> Table:
    """Label/value pairs as a two-column table with light rules; values are user text and wrap."""
    data = [[para(label, "label"), para(value, "cell")] for label, value in rows]
    t = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def grid_table(header: Sequence[object], rows: Iterable[Sequence[object]], col_widths: Sequence[float],
               *, zebra: bool = True, repeat_header: bool = True) -> Table:
    """A data table: bold shaded header repeated on each page, wrapped cells, thin grid. Header cells and
    body cells may also be ready-made flowables (e.g. right-aligned paragraphs for number columns)."""
    data = [[h if isinstance(h, Flowable) else para(h, "cell_bold") for h in header]]
    data += [[c if isinstance(c, Flowable) else para(c, "cell") for c in row] for row in rows]
    t = Table(data, colWidths=list(col_widths), repeatRows=1 if repeat_header else 0, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if zebra:
        for i in range(2, len(data), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f8f9fb")))
    t.setStyle(TableStyle(style))
    return t


class CheckBox(Flowable):
    """A tick box (ticked or empty) followed by its label, for forms printed from data or left blank."""

    def __init__(self, label: str, checked: bool = False, size: float = 3.6 * mm, font_size: float = 9.5):
        super().__init__()
        self.label, self.checked, self.size, self.font_size = label, checked, size, font_size

    def wrap(self, availWidth, availHeight):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.width = self.size + 2 * mm + stringWidth(self.label, FONT, self.font_size)
        self.height = max(self.size, self.font_size) + 1
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(0, 0.5, self.size, self.size)
        if self.checked:
            c.setLineWidth(1.4)
            s = self.size
            c.line(0.7, 0.5 + s * 0.5, s * 0.4, 1.2)
            c.line(s * 0.4, 1.2, s - 0.5, 0.5 + s - 0.6)
        c.setFillColor(INK)
        c.setFont(FONT, self.font_size)
        c.drawString(self.size + 2 * mm, 1.5, self.label.encode("cp1252", "replace").decode("cp1252"))


def checkbox_row(options: Sequence[tuple[str, bool]], width: float = CONTENT_WIDTH, per_row: int = 4) -> Table:
    """Several tick boxes side by side (wrapping onto more rows), e.g. Tilbyder: ☐ Job ☒ Praktik …"""
    cells = [CheckBox(label, checked) for label, checked in options]
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)] or [[""]]
    for r in rows:
        r.extend([""] * (per_row - len(r)))
    t = Table(rows, colWidths=[width / per_row] * per_row, hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


class WriteLines(Flowable):
    """N ruled lines to write on by hand (blank forms, "Noter")."""

    def __init__(self, lines: int = 3, spacing: float = 8 * mm, width: float | None = None):
        super().__init__()
        self.lines, self.spacing, self._width = lines, spacing, width

    def wrap(self, availWidth, availHeight):
        self.width = self._width or availWidth
        self.height = self.lines * self.spacing
        return self.width, self.height

    def draw(self):
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for i in range(self.lines):
            y = self.height - (i + 1) * self.spacing + 1
            self.canv.line(0, y, self.width, y)


class SignatureLine(Flowable):
    """A line to sign on with a caption underneath ("Dato og underskrift, virksomheden")."""

    def __init__(self, caption: str, width: float = 75 * mm):
        super().__init__()
        self.caption, self.width, self.height = caption, width, 16 * mm

    def draw(self):
        c = self.canv
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.line(0, 5 * mm, self.width, 5 * mm)
        c.setFont(FONT, 8.5)
        c.setFillColor(MUTED)
        c.drawString(0, 1.5 * mm, self.caption)


def spacer(h_mm: float = 4) -> Spacer:
    return Spacer(1, h_mm * mm)


def _numbered_canvas(footer_left: str, printed_on: dt.date, page_width: float = PAGE[0]):
    """A canvas class that writes 'Side n af N' once the page count is known (two-pass on save)."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int):
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            y = MARGIN * 0.55
            self.line(MARGIN, y + 3.5 * mm, page_width - MARGIN, y + 3.5 * mm)
            self.drawString(MARGIN, y, footer_left.encode("cp1252", "replace").decode("cp1252"))
            self.drawRightString(page_width - MARGIN, y,
                                 f"Udskrevet {format_date(printed_on)} · Side {self._pageNumber} af {total}")
            self.restoreState()

    return NumberedCanvas


def render(story: list, *, title: str, footer: str, printed_on: dt.date, author: str = "JobCRM",
           on_page: Callable | None = None, pagesize: tuple[float, float] = PAGE) -> bytes:
    """Lay out a story on A4 pages with the shared footer; returns the PDF bytes. Wide documents pass
    `pagesize=LANDSCAPE` (their content is then `LANDSCAPE_CONTENT_WIDTH` wide)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 4 * mm, title=title, author=author, creator="JobCRM",
                            lang="da-DK")
    kwargs = {"canvasmaker": _numbered_canvas(footer, printed_on, pagesize[0])}
    if on_page is not None:
        kwargs.update(onFirstPage=on_page, onLaterPages=on_page)
    doc.build(story, **kwargs)
    return buf.getvalue()


def write_atomically(path: str | os.PathLike, data: bytes) -> Path:
    """Write via a temporary file in the same folder and rename, so a failure leaves no half-written PDF."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".jobcrm-", suffix=".tmp", dir=target.parent if str(target.parent) else ".")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
