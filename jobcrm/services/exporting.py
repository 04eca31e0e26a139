"""Exporting the (filtered) company list for Excel. No Qt.

- CSV that Excel opens as it is: UTF-8 with BOM, semicolons, Danish headers, dates as 24.11.2026.
- XLSX (openpyxl, write-only/streamed so 100,000 rows stay in constant memory): real date cells shown as
  dd.mm.yyyy, numbers as numbers, a bold and frozen header row with an autofilter, sensible column widths.

Both are written to a temporary file next to the target and moved into place at the end, so a failed
export leaves no half file behind. Antal ansatte is the interval ("10–19") when the count came as one.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import func, select

from jobcrm.domain.dates import format_date
from jobcrm.domain.vocab import AGREEMENT, RELATIONSHIP, SECTOR
from jobcrm.errors import JobCRMError
from jobcrm.models import Company, Consultant, Promise
from jobcrm.services.companies import CompanyFilter, CompanyService, SortSpec
from jobcrm.services.context import ServiceContext

HEADERS = ("Navn", "CVR", "P-nummer", "Adresse", "Postnummer", "By", "Kommune", "Telefon", "E-mail", "Web",
           "Branche", "Antal ansatte", "Sektor", "Tovholder", "Status", "Aftaletype", "Særlige forhold",
           "Sidste kontakt", "Næste planlagte kontakt", "Åbne aftaler")
# Column widths in the XLSX (Excel's character units), in the order of HEADERS.
XLSX_WIDTHS = (36, 10, 12, 28, 11, 18, 16, 13, 28, 24, 26, 13, 10, 10, 22, 18, 48, 14, 14, 11)
XLSX_SUFFIXES = (".xlsx",)
CSV_SUFFIXES = (".csv", ".txt")
_CHUNK = 900  # ids per query (below SQLite's bound-parameter limit)
Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


class ExportCancelled(JobCRMError):
    def __init__(self) -> None:
        super().__init__("Eksporten blev annulleret — ingen fil blev gemt.")


def _cell(value) -> str:
    """Text as Excel should show it: a leading = or @ would start a formula, so it gets a quote mark."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text[:1] in ("=", "@") else text


def _csv_value(value) -> str:
    if isinstance(value, dt.date):
        return format_date(value)
    return _cell(value)


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        write(tmp)
        tmp.replace(path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise JobCRMError(f"Filen {path} kan ikke skrives ({e.strerror or e}).") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class ExportService:
    def __init__(self, ctx: ServiceContext, companies: CompanyService):
        self._ctx = ctx
        self._companies = companies

    def company_records(self, flt: CompanyFilter = CompanyFilter(), sort: SortSpec = SortSpec(),
                        progress: Progress = None, cancelled: Cancelled = None) -> Iterator[tuple]:
        """The list's rows in order under HEADERS, as values: text, int, date or None (read in chunks).
        `cancelled` is asked before each chunk; when it says yes, ExportCancelled is raised."""
        ids = self._companies.search_ids(flt, sort)
        total = len(ids)
        with self._ctx.sessions() as s:
            owners = dict(s.execute(select(Consultant.id, Consultant.initials)).all())
        for start in range(0, total, _CHUNK):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            chunk = ids[start:start + _CHUNK]
            with self._ctx.sessions() as s:
                companies = {c.id: c for c in s.scalars(select(Company).where(Company.id.in_(chunk)))}
                open_counts = dict(s.execute(
                    select(Promise.company_id, func.count())
                    .where(Promise.company_id.in_(chunk), Promise.status == "aaben", Promise.deleted_at.is_(None))
                    .group_by(Promise.company_id)).all())
            for cid in chunk:
                c = companies[cid]
                last = c.last_contact_at.astimezone().date() if c.last_contact_at else None
                yield (c.name, c.cvr, c.p_number, c.address, c.postal_code, c.city, c.municipality, c.phone,
                       c.email, c.web, c.industry, c.employees_range or c.employees, SECTOR.label(c.sector),
                       owners.get(c.owner_id), RELATIONSHIP.label(c.relationship_status),
                       AGREEMENT.label(c.agreement_type) if c.agreement_type else None, c.special_notes,
                       last, c.next_due_date, open_counts.get(cid, 0))
            if progress is not None:
                progress(min(start + _CHUNK, total), total)

    def company_rows(self, flt: CompanyFilter = CompanyFilter(), sort: SortSpec = SortSpec(),
                     progress: Progress = None) -> Iterator[tuple]:
        """The list's rows as display text (dates as 24.11.2026), as the CSV has them."""
        for record in self.company_records(flt, sort, progress):
            yield tuple(format_date(x) if isinstance(x, dt.date) else x for x in record)

    def companies_csv(self, target, flt: CompanyFilter = CompanyFilter(), sort: SortSpec = SortSpec(),
                      progress: Progress = None, cancelled: Cancelled = None) -> int:
        """Write the list to `target` (a path or a binary stream); returns the number of companies written.
        A path is written (streamed) to a temporary file first, so a failed export leaves no half file behind."""
        count = 0

        def write(out) -> None:
            nonlocal count
            w = csv.writer(out, delimiter=";", lineterminator="\r\n")
            w.writerow(HEADERS)
            for record in self.company_records(flt, sort, progress, cancelled):
                w.writerow([_csv_value(x) for x in record])
                count += 1

        if isinstance(target, str | Path):
            def to_file(tmp: Path) -> None:
                with tmp.open("w", encoding="utf-8-sig", newline="") as out:
                    write(out)

            _atomic_write(Path(target), to_file)
        else:
            buf = io.StringIO(newline="")
            write(buf)
            target.write(buf.getvalue().encode("utf-8-sig"))
        return count

    def companies_xlsx(self, path: Path | str, flt: CompanyFilter = CompanyFilter(), sort: SortSpec = SortSpec(),
                       progress: Progress = None, cancelled: Cancelled = None) -> int:
        """Write the list as an Excel workbook (streamed); returns the number of companies written."""
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        date_columns = {HEADERS.index("Sidste kontakt"), HEADERS.index("Næste planlagte kontakt")}
        path = Path(path)
        count = 0

        def write(tmp: Path) -> None:
            nonlocal count
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("Virksomheder")
            for i, width in enumerate(XLSX_WIDTHS, start=1):  # must come before the first row in write-only mode
                ws.column_dimensions[get_column_letter(i)].width = width
            ws.freeze_panes = "A2"
            bold, fill = Font(bold=True), PatternFill("solid", fgColor="EEF2F7")
            header = []
            for text in HEADERS:
                cell = WriteOnlyCell(ws, value=text)
                cell.font, cell.fill = bold, fill
                cell.alignment = Alignment(vertical="center")
                header.append(cell)
            ws.append(header)
            n = 0
            try:
                for record in self.company_records(flt, sort, progress, cancelled):
                    row = []
                    for i, value in enumerate(record):
                        if i in date_columns and value is not None:
                            cell = WriteOnlyCell(ws, value=value)
                            cell.number_format = "dd.mm.yyyy"
                            row.append(cell)
                        elif isinstance(value, str) and value.startswith("="):
                            row.append(_xlsx_text(ws, value, WriteOnlyCell))
                        else:
                            row.append(value)
                    ws.append(row)
                    n += 1
                ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{n + 1}"
                wb.save(tmp)
            except BaseException:
                if not ws.closed:  # end the streamed sheet and its temporary file now, not at garbage collection
                    with contextlib.suppress(Exception):
                        ws.close()
                raise
            count = n

        _atomic_write(path, write)
        return count

    def companies_file(self, path: Path | str, flt: CompanyFilter = CompanyFilter(), sort: SortSpec = SortSpec(),
                       progress: Progress = None, cancelled: Cancelled = None) -> int:
        """CSV or XLSX, chosen by the file's suffix (.xlsx → workbook, .csv → Excel CSV)."""
        suffix = Path(path).suffix.lower()
        if suffix in XLSX_SUFFIXES:
            return self.companies_xlsx(path, flt, sort, progress, cancelled)
        if suffix in CSV_SUFFIXES:
            return self.companies_csv(path, flt, sort, progress, cancelled)
        raise JobCRMError(f'Filen skal hedde .csv eller .xlsx (fik "{Path(path).name}").')


def _xlsx_text(ws, value: str, cell_type):
    """Text that starts with = stays text in the workbook (openpyxl would write it as a formula)."""
    cell = cell_type(ws, value=value)
    cell.data_type = "s"
    return cell
