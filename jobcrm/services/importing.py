"""Importing companies from a CSV file (a CVR-register extract or an Excel sheet). No Qt.

- The bytes are decoded as UTF-8 (with or without BOM), else Windows-1252; the delimiter is a comma or
  a semicolon, whichever the header line uses.
- Columns are mapped to company fields by their headers (the usual Danish and English names, compared
  without case, spaces or punctuation); `mapping` overrides the guess (the UI's mapping step).
- Each row goes through `validate_company`. A CVR that is already registered is updated (only the
  mapped, non-empty cells); a CVR that appears twice in the file is rejected the second time.
  Antal ansatte may be an interval as CVR extracts give it ("10-19", "20-49 ansatte", "ANTAL_10_19"):
  the lower bound is stored as the number and the interval is kept as text (company.employees_range).
- `preview_rows` runs the same checks on the first rows without writing (the UI's mapping step).
- All or nothing: one transaction. Rejected rows are listed and the valid ones imported, but an error
  or a cancel rolls back everything; `dry_run` always rolls back. Large imports pause the search-index
  triggers inside the same transaction and rebuild the index before the commit.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from jobcrm.domain import validation as v
from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.ids import uuid7
from jobcrm.models import Company
from jobcrm.services import search
from jobcrm.services.companies import COMPANY_LABELS, validate_company
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import CompanyInput

# Field -> header spellings, normalised with `normalise_header` (lower case, letters and digits only).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "cvr": ("cvr", "cvrnummer", "cvrnr", "cvrno", "cvrnumber", "cvrnum", "cvrnumre", "vat", "vatnumber"),
    "name": ("navn", "name", "firmanavn", "virksomhed", "virksomhedsnavn", "firma", "company", "companyname",
             "navnpåvirksomhed"),
    "p_number": ("pnummer", "pnr", "pno", "pnumber", "produktionsenhed", "pnummerproduktionsenhed"),
    "address": ("adresse", "address", "vejnavn", "vej", "gade", "beliggenhedsadresse", "street", "streetaddress"),
    "postal_code": ("postnummer", "postnr", "zip", "zipcode", "postcode", "postalcode"),
    "city": ("by", "city", "postdistrikt", "bynavn", "town"),
    "municipality": ("kommune", "kommunenavn", "municipality"),
    "phone": ("telefon", "tlf", "tlfnr", "telefonnummer", "telefonnr", "phone", "phonenumber", "telephone"),
    "email": ("email", "mail", "emailadresse", "epost", "emailaddress"),
    "web": ("web", "hjemmeside", "website", "www", "url", "webadresse"),
    "industry": ("branche", "industry", "branchetekst", "branchebetegnelse", "hovedbranche"),
    "employees": ("antalansatte", "ansatte", "employees", "medarbejdere", "antalmedarbejdere",
                  "numberofemployees", "antalansatteinterval", "ansatteinterval", "intervalansatte",
                  "antalansatteiintervaller", "beskæftigede", "antalbeskæftigede", "årsbeskæftigelse",
                  "aarsbeskaeftigelse"),
    "special_notes": ("særligeforhold", "saerligeforhold", "noter", "note", "notes", "bemærkninger"),
}
IMPORT_FIELDS = tuple(HEADER_ALIASES)
_ALIAS_TO_FIELD = {alias: f for f, aliases in HEADER_ALIASES.items() for alias in aliases}
PAUSE_INDEX_ABOVE = 200  # rows; below this the triggers keep the search index in step row by row
_PROGRESS_EVERY = 50
_FLUSH_EVERY = 500


class ImportCancelled(JobCRMError):
    def __init__(self) -> None:
        super().__init__("Importen blev annulleret — intet blev gemt.")


@dataclass(frozen=True)
class ParsedCsv:
    encoding: str  # "utf-8-sig", "utf-8" or "cp1252"
    delimiter: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number in the file, header = 1; cells)


@dataclass(frozen=True)
class RejectedRow:
    row: int  # as in the file, the header being row 1
    column: str  # the file's column header(s) at fault, comma separated
    reason: str  # Danish, from the validators
    values: tuple[str, ...] = ()  # the row's original cells


@dataclass(frozen=True)
class PreviewRow:
    """One row as the import would treat it: action "opret", "opdater", "uændret" or "afvis"."""

    row: int
    action: str
    values: dict[str, str]  # field -> the value as it will be saved (as in the file when rejected)
    column: str = ""  # when rejected: the file's column(s) at fault
    reason: str = ""


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    rejected: tuple[RejectedRow, ...]
    unmapped_columns: tuple[str, ...]
    mapping: dict[str, str]  # column header -> field
    columns: tuple[str, ...]
    encoding: str
    delimiter: str
    dry_run: bool
    created_ids: tuple[uuid.UUID, ...] = field(default=(), repr=False)


def normalise_header(text: str) -> str:
    return re.sub(r"[^0-9a-zæøåäöü]", "", (text or "").casefold())


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding used: UTF-8 with or without BOM, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(first_line: str) -> str:
    semis, commas = first_line.count(";"), first_line.count(",")
    return ";" if semis and semis >= commas else ","


def parse_csv(data: bytes) -> ParsedCsv:
    text, encoding = decode(data)
    if not text.strip():
        raise ValidationError.single("file", "Filen er tom.")
    first = text.lstrip("\r\n").splitlines()[0]
    delim = _delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    headers: tuple[str, ...] | None = None
    rows = []
    try:
        for number, cells in enumerate(reader, start=1):
            if headers is None:
                if not any(c.strip() for c in cells):
                    raise ValidationError.single("file", "Filens første række skal være kolonneoverskrifter.")
                headers = tuple((c.strip() or f"Kolonne {i}") for i, c in enumerate(cells, start=1))
                continue
            if any(c.strip() for c in cells):
                rows.append((number, tuple(cells)))
    except csv.Error as e:
        raise ValidationError.single("file", f"Filen kan ikke læses som CSV ({e}).") from None
    assert headers is not None
    return ParsedCsv(encoding, delim, headers, tuple(rows))


def auto_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Column header -> field for every header recognised (the first column wins when two mean the same)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for h in headers:
        f = _ALIAS_TO_FIELD.get(normalise_header(h))
        if f and f not in taken:
            out[h] = f
            taken.add(f)
    return out


def resolve_mapping(headers: tuple[str, ...], override: dict[str, str | None] | None) -> dict[str, str]:
    """The guessed mapping with the caller's choices on top (a column mapped to None or "" is ignored)."""
    mapping = auto_mapping(headers)
    if override:
        for col, f in override.items():
            if col not in headers:
                raise ValidationError.single("mapping", f'Kolonnen "{col}" findes ikke i filen.')
            if f and f not in IMPORT_FIELDS:
                raise ValidationError.single("mapping", f'Feltet "{f}" kan ikke importeres.')
            mapping.pop(col, None)
            if f:
                for other, of in list(mapping.items()):
                    if of == f and other not in override:
                        del mapping[other]
                mapping[col] = f
    used = list(mapping.values())
    twice = {f for f in used if used.count(f) > 1}
    if twice:
        labels = ", ".join(COMPANY_LABELS[f] for f in sorted(twice))
        raise ValidationError.single("mapping", f"Flere kolonner er knyttet til samme felt: {labels}.")
    if "name" not in used and "cvr" not in used:
        raise ValidationError.single(
            "mapping", "Ingen kolonne kunne knyttes til Navn eller CVR — vælg kolonnerne i importen.")
    return mapping


class ImportService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx

    def preview(self, data: bytes, mapping: dict[str, str | None] | None = None, limit: int = 20):
        """What the mapping step shows: the parsed file, the mapping in force and the first rows."""
        parsed = parse_csv(data)
        resolved = resolve_mapping(parsed.headers, mapping) if mapping is not None else auto_mapping(parsed.headers)
        return parsed, resolved, parsed.rows[:limit]

    def import_companies(self, data: bytes, *, mapping: dict[str, str | None] | None = None, dry_run: bool = False,
                         progress: Callable[[int, int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None,
                         pause_index_above: int = PAUSE_INDEX_ABOVE) -> ImportResult:
        parsed = parse_csv(data)
        cols = resolve_mapping(parsed.headers, mapping)
        index = {h: i for i, h in enumerate(parsed.headers)}
        unmapped = tuple(h for h in parsed.headers if h not in cols)
        total = len(parsed.rows)
        rejected: list[RejectedRow] = []
        created: list[uuid.UUID] = []
        updated = unchanged = 0
        if not dry_run:
            self._ctx.before_risky("before-import")  # a backup first (BackupService.before_risky)

        s = self._ctx.sessions()
        try:
            existing = dict(s.execute(select(Company.cvr, Company.id)
                                      .where(Company.cvr.is_not(None), Company.deleted_at.is_(None))).all())
            paused = total > pause_index_above
            if paused:
                search.pause(s, "import")
            check = _RowChecker(s, cols, index, existing)
            for done, (number, cells) in enumerate(parsed.rows, start=1):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                target, values, given, bad = check(number, cells)
                if bad is not None:
                    rejected.append(bad)
                elif target is None:
                    c = Company(id=uuid7(), **values)
                    self._ctx.stamp_create(c)
                    s.add(c)
                    created.append(c.id)
                else:
                    changes = _changes(target, values, given)
                    if changes:
                        for k, val in changes.items():
                            setattr(target, k, val)
                        self._ctx.stamp_update(target)
                        updated += 1
                    else:
                        unchanged += 1
                if done % _FLUSH_EVERY == 0:
                    s.flush()
                if progress is not None and (done % _PROGRESS_EVERY == 0 or done == total):
                    progress(done, total)
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            s.flush()
            if dry_run:
                s.rollback()
            else:
                if paused:
                    search.resume(s)
                s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()
        if progress is not None and total == 0:
            progress(0, 0)
        return ImportResult(
            created=len(created), updated=updated, unchanged=unchanged, rejected=tuple(rejected),
            unmapped_columns=unmapped, mapping=cols, columns=parsed.headers, encoding=parsed.encoding,
            delimiter=parsed.delimiter, dry_run=dry_run, created_ids=() if dry_run else tuple(created),
        )

    def preview_rows(self, parsed: ParsedCsv, mapping: dict[str, str | None] | None = None,
                     limit: int = 20) -> tuple[dict[str, str], tuple[PreviewRow, ...]]:
        """The mapping in force and the first `limit` rows as the import would treat them (nothing is
        written). Raises ValidationError for a mapping that cannot be imported (no Navn/CVR, a field twice)."""
        cols = resolve_mapping(parsed.headers, mapping)
        index = {h: i for i, h in enumerate(parsed.headers)}
        rows = parsed.rows[:limit]
        cvr_col = next((index[c] for c, f in cols.items() if f == "cvr"), None)
        wanted = set()
        if cvr_col is not None:
            for _n, cells in rows:
                try:
                    cvr = v.clean_cvr(cells[cvr_col] if cvr_col < len(cells) else "")
                except ValueError:
                    continue
                if cvr:
                    wanted.add(cvr)
        out = []
        with self._ctx.sessions() as s:
            existing = dict(s.execute(select(Company.cvr, Company.id).where(
                Company.cvr.in_(wanted), Company.deleted_at.is_(None))).all()) if wanted else {}
            check = _RowChecker(s, cols, index, existing)
            for number, cells in rows:
                target, values, given, bad = check(number, cells)
                if bad is not None:
                    out.append(PreviewRow(number, "afvis", given, bad.column, bad.reason))
                    continue
                shown = {f: _shown(f, values) for f in cols.values()}
                if target is None:
                    out.append(PreviewRow(number, "opret", shown))
                else:
                    action = "opdater" if _changes(target, values, given) else "uændret"
                    out.append(PreviewRow(number, action, shown))
        return cols, tuple(out)

    def import_file(self, path: Path | str, **kw) -> ImportResult:
        return self.import_companies(read_file(path), **kw)


class _RowChecker:
    """The checks every row goes through, shared by the import and its preview: CVR (also against the
    rows before it in the file), then `validate_company` on the row laid over the existing company."""

    def __init__(self, s, cols: dict[str, str], index: dict[str, int], existing: dict[str, uuid.UUID]):
        self._s = s
        self._cols = cols
        self._index = index
        self._column_of = {f: col for col, f in cols.items()}
        self._existing = existing
        self._seen_cvr: dict[str, int] = {}

    def __call__(self, number: int, cells: tuple[str, ...]):
        """(existing company or None, validated values, the row's non-empty cells by field, RejectedRow or None)."""
        index = self._index
        raw = {f: (cells[index[col]].strip() if index[col] < len(cells) else "") for col, f in self._cols.items()}
        given = {f: val for f, val in raw.items() if val}

        def reject(errors: dict[str, str]):
            columns = [self._column_of.get(f, COMPANY_LABELS.get(f, f)) for f in errors]
            return None, None, given, RejectedRow(number, ", ".join(columns), " ".join(errors.values()), cells)

        try:
            cvr_clean = v.clean_cvr(given.get("cvr"), COMPANY_LABELS["cvr"])
        except ValueError as e:
            return reject({"cvr": str(e)})
        if cvr_clean and cvr_clean in self._seen_cvr:
            return reject({"cvr": f"CVR {cvr_clean} står også i række {self._seen_cvr[cvr_clean]}."})
        target = self._s.get(Company, self._existing[cvr_clean]) if cvr_clean in self._existing else None
        if target is not None:
            base = {f: getattr(target, f) for f in CompanyInput.field_names()}
            if target.employees_range:
                base["employees"] = target.employees_range
            base.update(given)
            data_in = CompanyInput(**base)
        else:
            data_in = CompanyInput(**{"name": "", **given})
        try:
            values = validate_company(data_in)
        except ValidationError as e:
            return reject(e.errors)
        if cvr_clean:
            self._seen_cvr[cvr_clean] = number
        return target, values, given, None


def _changes(target: Company, values: dict, given: dict[str, str]) -> dict:
    """What an import row changes on an existing company: the fields the row gives, and what follows."""
    keys = set(given) | ({"sort_name"} if "name" in given else set()) | (
        {"employees_range"} if "employees" in given else set())
    return {k: values[k] for k in keys if getattr(target, k) != values[k]}


def _shown(f: str, values: dict) -> str:
    if f == "employees" and values.get("employees_range"):
        return values["employees_range"]
    value = values.get(f)
    return "" if value is None else str(value)


def read_file(path: Path | str) -> bytes:
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise JobCRMError(f"Filen {p} findes ikke.") from None
    except IsADirectoryError:
        raise JobCRMError(f"{p} er en mappe, ikke en fil.") from None
    except OSError as e:
        raise JobCRMError(f"Filen {p} kan ikke læses ({e.strerror or e}).") from None


def write_rejected_csv(result: ImportResult, target) -> None:
    """The rejected rows as CSV for Excel (UTF-8 with BOM, semicolons): the original columns, "Række", "Fejl".
    `target` is a path or a binary stream."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    width = len(result.columns)
    w.writerow([*result.columns, "Række", "Fejl"])
    for r in result.rejected:
        cells = list(r.values[:width]) + [""] * max(0, width - len(r.values))
        w.writerow([*cells, r.row, f"{r.column}: {r.reason}"])
    data = buf.getvalue().encode("utf-8-sig")
    if isinstance(target, str | Path):
        Path(target).write_bytes(data)
    else:
        target.write(data)
