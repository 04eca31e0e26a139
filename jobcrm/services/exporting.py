"""Exporting the (filtered) company list as a CSV that Excel opens as it is: UTF-8 with BOM, semicolons,
Danish headers and dates as 24.11.2026. No Qt. (XLSX is not offered: openpyxl is not a pinned dependency.)"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
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
_CHUNK = 900  # ids per query (below SQLite's bound-parameter limit)


def _cell(value) -> str:
    """Text as Excel should show it: a leading = or @ would start a formula, so it gets a quote mark."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text[:1] in ("=", "@") else text


class ExportService:
    def __init__(self, ctx: ServiceContext, companies: CompanyService):
        self._ctx = ctx
        self._companies = companies

    def company_rows(self, flt: CompanyFilter = CompanyFilter(), sort: SortSpec = SortSpec(),
                     progress: Callable[[int, int], None] | None = None):
        """The list's rows in order, as tuples of display text under HEADERS (read in chunks)."""
        ids = self._companies.search_ids(flt, sort)
        total = len(ids)
        for start in range(0, total, _CHUNK):
            chunk = ids[start:start + _CHUNK]
            with self._ctx.sessions() as s:
                companies = {c.id: c for c in s.scalars(select(Company).where(Company.id.in_(chunk)))}
                owners = dict(s.execute(select(Consultant.id, Consultant.initials)).all())
                open_counts = dict(s.execute(
                    select(Promise.company_id, func.count())
                    .where(Promise.company_id.in_(chunk), Promise.status == "aaben", Promise.deleted_at.is_(None))
                    .group_by(Promise.company_id)).all())
            for cid in chunk:
                c = companies[cid]
                last = c.last_contact_at.astimezone().date() if c.last_contact_at else None
                yield (c.name, c.cvr, c.p_number, c.address, c.postal_code, c.city, c.municipality, c.phone,
                       c.email, c.web, c.industry, c.employees, SECTOR.label(c.sector), owners.get(c.owner_id),
                       RELATIONSHIP.label(c.relationship_status),
                       AGREEMENT.label(c.agreement_type) if c.agreement_type else None, c.special_notes,
                       format_date(last), format_date(c.next_due_date), open_counts.get(cid, 0))
            if progress is not None:
                progress(min(start + _CHUNK, total), total)

    def companies_csv(self, target, flt: CompanyFilter = CompanyFilter(), sort: SortSpec = SortSpec(),
                      progress: Callable[[int, int], None] | None = None) -> int:
        """Write the list to `target` (a path or a binary stream); returns the number of companies written.
        A path is written to a temporary file first, so a failed export leaves no half file behind."""
        buf = io.StringIO(newline="")
        w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
        w.writerow(HEADERS)
        n = 0
        for row in self.company_rows(flt, sort, progress):
            w.writerow([_cell(x) for x in row])
            n += 1
        data = buf.getvalue().encode("utf-8-sig")
        if isinstance(target, str | Path):
            path = Path(target)
            tmp = path.with_name(path.name + ".tmp")
            try:
                tmp.write_bytes(data)
                tmp.replace(path)
            except OSError as e:
                tmp.unlink(missing_ok=True)
                raise JobCRMError(f"Filen {path} kan ikke skrives ({e.strerror or e}).") from None
        else:
            target.write(data)
        return n
