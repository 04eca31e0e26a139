"""Full export and import ("Eksportér alt"): every record of every table in one versioned JSON file.

The format is described in docs/interchange.md (the encoding and the value checks are in
interchange_format.py). The export is generic over `Base.metadata.sorted_tables` (parents before children),
so a new table is exported without code here; a table that must stay on this laptop goes into
`LOCAL_ONLY_TABLES` (tests/unit/test_interchange.py fails for a table in neither list).

Output is deterministic: tables in dependency order, rows in primary-key order, keys sorted, dates as ISO
text, timestamps in UTC, no time of export in the file. Rows are streamed from SQL in batches and written
one per line to a temporary file that replaces the target at the end.

The import validates the whole document first (format and version, tables, columns, types, vocabulary
codes, lengths, no CPR-shaped text, references); one rejection and nothing is written. Then, in ONE
transaction, records are matched by primary key: new → inserted; identical → unchanged; incoming newer
(`updated_at`) → updated; local newer (or as new) and different → a conflict, reported and not
overwritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from jobcrm.models import Base
from jobcrm.services import search
from jobcrm.services.context import ServiceContext
from jobcrm.services.interchange_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_REJECTIONS,
    ImportRejected,
    InterchangeError,
    Rejection,
    check_envelope,
    check_value,
    column_kind,
    decode,
    encode,
    os_reason,
    printable,
    read_document,
    record_id,
)

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "ImportRejected", "InterchangeError", "Rejection", "InterchangeService",
           "ImportResult", "ImportConflict", "TableCounts", "ExportResult", "EXPORTED_TABLES", "LOCAL_ONLY_TABLES",
           "exported_tables"]

BATCH = 1000

# Tables that are bookkeeping of this one laptop and never leave it. Sync bookkeeping goes here when it
# lands (one line each, e.g. "sync_state", "sync_outbox"); the audit and retention logs are records and
# are exported (nothing to add for them).
LOCAL_ONLY_TABLES: frozenset[str] = frozenset({"sync_outbox", "sync_push", "sync_row_clock", "sync_conflict",
                                               "sync_state"})

# The tables known to be exported. A table in neither set is still exported (never lose data silently),
# but tests/unit/test_interchange.py fails until it is put in one of them: one line to add.
EXPORTED_TABLES: frozenset[str] = frozenset({
    "team", "consultant", "setting",
    "company", "contact_person", "company_merge", "contact", "contact_participant",
    "promise", "promise_event", "promise_reschedule",
    "guide_template", "guide_template_version", "visit", "visit_participant", "guide_answer", "visit_agreement",
    "job_order", "job_order_requirement", "job_order_referral",
    "slot", "mentor", "slot_mentor", "placement", "placement_extension",
    "campaign", "campaign_target", "campaign_call", "campaign_agreement",
    "audit_log", "retention_log",
})

# Settings that belong to this laptop, not to the office: neither exported nor imported.
LOCAL_SETTING_KEYS: frozenset[str] = frozenset({"current_consultant_id"})


@dataclass(frozen=True)
class TableCounts:
    table: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class ImportConflict:
    table: str
    record_id: str
    fields: tuple[str, ...]  # the columns that differ
    local_updated_at: dt.datetime | None
    incoming_updated_at: dt.datetime | None


@dataclass(frozen=True)
class ImportResult:
    dry_run: bool
    tables: tuple[TableCounts, ...]
    conflicts: tuple[ImportConflict, ...]
    replaced_seeds: tuple[str, ...] = ()  # unused seeded guides replaced by the file's (guide key)

    def total(self, what: str) -> int:
        return sum(getattr(t, what) for t in self.tables)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    tables: tuple[tuple[str, int], ...]  # (table, rows) in file order

    @property
    def rows(self) -> int:
        return sum(n for _, n in self.tables)


# --- the tables ------------------------------------------------------------------------------------------

def exported_tables() -> list[Table]:
    """Every table that is exported, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in LOCAL_ONLY_TABLES]


def _order(table: Table):
    return list(table.primary_key.columns) or list(table.columns)


def _keep_row(table: Table, row: dict) -> bool:
    return not (table.name == "setting" and row.get("key") in LOCAL_SETTING_KEYS)


def _schema_revision(s: Session) -> str | None:
    try:
        return s.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # noqa: BLE001 - a database made without Alembic (tests): no revision
        return None


class InterchangeService:
    def __init__(self, ctx: ServiceContext, before_risky: Callable[[str], Any] | None = None):
        self._ctx = ctx
        self._before_risky = before_risky or (lambda _reason: None)

    # --- export ------------------------------------------------------------------------------------------
    def export_json(self, path: Path | str) -> ExportResult:
        path = Path(path)
        counts: list[tuple[str, int]] = []
        if path.is_dir():
            raise InterchangeError(f"{path} er en mappe — angiv et filnavn, fx {path / 'jobcrm.json'}.")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        except OSError as e:
            raise InterchangeError(f"Kan ikke skrive i mappen {path.parent}: {os_reason(e)}.") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out, self._ctx.sessions() as s:
                # One read transaction: the file is a consistent snapshot even while the app writes.
                s.connection().exec_driver_sql("BEGIN")
                # No time of export in the file: the same data gives the same bytes (the file's own
                # modification time says when it was written).
                head = {"format": FORMAT_NAME, "schema_revision": _schema_revision(s), "version": FORMAT_VERSION}
                out.write("{\n")
                for key, value in head.items():
                    out.write(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
                out.write('"tables": [')
                for i, table in enumerate(exported_tables()):
                    n = self._write_table(s, table, out, first=i == 0)
                    counts.append((table.name, n))
                out.write("\n]\n}\n")
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException as e:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            if isinstance(e, OSError):
                raise InterchangeError(f"Kan ikke skrive {path}: {os_reason(e)}.") from None
            raise
        return ExportResult(path, tuple(counts))

    def _write_table(self, s: Session, table: Table, out, first: bool) -> int:
        kinds = {c.name: column_kind(c) for c in table.columns}
        columns = sorted(kinds)
        out.write(("\n" if first else ",\n") + "{" + f'"columns": {json.dumps(columns)}, "name": {json.dumps(table.name)}'
                  + ', "rows": [')
        n = 0
        result = s.execute(select(table).order_by(*_order(table)).execution_options(yield_per=BATCH))
        for row in result.mappings():
            if not _keep_row(table, row):
                continue
            doc = {c: encode(kinds[c], row[c]) for c in columns}
            out.write(("\n" if n == 0 else ",\n") + json.dumps(doc, ensure_ascii=False, sort_keys=True))
            n += 1
        out.write("\n]}" if n else "]}")
        return n

    # --- import ------------------------------------------------------------------------------------------
    def import_json(self, path: Path | str, dry_run: bool = False) -> ImportResult:
        doc = read_document(path)
        tables = self.validate(doc)
        if not dry_run:
            self._before_risky("before-import")
        with self._ctx.sessions() as s:
            # The file brings its records' own audit log; the import's inserts and updates are not logged again
            # as new changes (else a restored database's export would differ from the file). The key is
            # jobcrm.services.audit.SKIP (the audit log, issue 8 item 6).
            s.info["audit_skip"] = True
            s.begin()
            try:
                result = self._apply(s, tables, dry_run)
                if dry_run:
                    s.rollback()
                else:
                    s.commit()
            except IntegrityError as e:  # a reference broken by replacing a seeded guide, found at commit
                s.rollback()
                raise ImportRejected([Rejection(
                    "fil", None, "henvisninger",
                    f"en post peger på en post, der ikke længere findes ({e.orig})")], 1) from None
            except OperationalError as e:  # locked by another writer, disk full, …
                s.rollback()
                raise InterchangeError(f"Importen kunne ikke gennemføres, intet er ændret: {e.orig}.") from None
            except BaseException:
                s.rollback()
                raise
        return result

    def validate(self, doc: Any) -> dict[str, list[dict]]:
        """The decoded rows per table name; raises ImportRejected naming every problem found."""
        rejections: list[Rejection] = []
        total = 0

        def reject(table, rid, fld, reason):
            nonlocal total
            total += 1
            if len(rejections) < MAX_REJECTIONS:
                rejections.append(Rejection(printable(table), printable(rid), printable(fld), reason))

        check_envelope(doc)
        known = {t.name: t for t in exported_tables()}
        decoded: dict[str, list[dict]] = {}
        for i, block in enumerate(doc["tables"]):
            if not isinstance(block, dict) or not isinstance(block.get("name"), str) or not block["name"]:
                reject(f"tabel nr. {i + 1}", None, "name", "mangler tabellens navn")
                continue
            name = block["name"]
            if name in LOCAL_ONLY_TABLES:
                continue  # another laptop's bookkeeping: never imported
            table = known.get(name)
            if table is None:
                reject(name, None, None, "ukendt tabel (filen er fra en anden version af JobCRM)")
                continue
            if name in decoded:
                reject(name, None, None, "tabellen står to gange i filen")
                continue
            rows = block.get("rows")
            if not isinstance(rows, list):
                reject(name, None, "rows", "skal være en liste af rækker")
                continue
            decoded[name] = self._decode_rows(table, rows, reject)
        if not rejections:
            self._check_keys(decoded, known, reject)
        if rejections:
            raise ImportRejected(rejections, total)
        return decoded

    def _decode_rows(self, table: Table, rows: list, reject) -> list[dict]:
        kinds = {c.name: column_kind(c) for c in table.columns}
        pk = [c.name for c in table.primary_key.columns]
        out: list[dict] = []
        seen: set = set()
        for n, raw in enumerate(rows, start=1):
            if not isinstance(raw, dict):
                reject(table.name, f"række {n}", "rows", "en række skal være et objekt med kolonnenavne")
                continue
            rid = record_id(raw, pk, n)
            ok = True
            for key in raw:
                if key not in kinds:
                    reject(table.name, rid, str(key), "ukendt kolonne")
                    ok = False
            row: dict[str, Any] = {}
            for col in table.columns:
                name = col.name
                if name not in raw:
                    default = col.default.arg if col.default is not None and col.default.is_scalar else None
                    if default is None and not col.nullable:
                        reject(table.name, rid, name, "mangler (feltet skal udfyldes)")
                        ok = False
                    row[name] = default
                    continue
                try:
                    value = decode(kinds[name], raw[name])
                except ValueError as e:
                    reject(table.name, rid, name, str(e))
                    ok = False
                    continue
                problem = check_value(table.name, col, kinds[name], value)
                if problem:
                    reject(table.name, rid, name, problem)
                    ok = False
                row[name] = value
            if not ok:
                continue
            key = tuple(row[c] for c in pk)
            if key in seen:
                reject(table.name, rid, ", ".join(pk), "samme id står to gange i filen")
                continue
            seen.add(key)
            if _keep_row(table, row):
                out.append(row)
        return out

    def _check_keys(self, decoded: dict[str, list[dict]], known: dict[str, Table], reject) -> None:
        """Every reference points at a record in the file or in the database."""
        ids: dict[str, set] = {}
        for name, rows in decoded.items():
            pk = list(known[name].primary_key.columns)
            if len(pk) == 1:
                ids[name] = {r[pk[0].name] for r in rows}
        with self._ctx.sessions() as s:
            for name, rows in decoded.items():
                table = known[name]
                for col in table.columns:
                    for fk in col.foreign_keys:
                        target = fk.column
                        in_file = ids.get(target.table.name, set())
                        missing = {r[col.name] for r in rows if r[col.name] is not None} - in_file
                        found = _existing(s, target, missing)
                        for r in rows:
                            v = r[col.name]
                            if v is not None and v in missing and v not in found:
                                reject(name, record_id(r, [c.name for c in table.primary_key.columns], 0),
                                       col.name, f"peger på {target.table.name} {v}, som hverken findes i filen "
                                                 "eller i databasen")

    def _apply(self, s: Session, decoded: dict[str, list[dict]], dry_run: bool) -> ImportResult:
        search.pause(s, "import")  # opens the transaction; the index is rebuilt at the end
        # A record may point at a later one of its own table (a moved visit, a campaign's earlier round):
        # references are checked at commit (every one was already checked by `validate`).
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        counts: list[TableCounts] = []
        conflicts: list[ImportConflict] = []
        replaced = self._replace_unused_seeds(s, decoded.get("guide_template", []))
        touched_companies = False
        for table in exported_tables():
            rows = decoded.get(table.name)
            if rows is None:
                continue
            c = {"new": 0, "updated": 0, "unchanged": 0, "conflicts": 0}
            pk = list(table.primary_key.columns)
            has_stamp = "updated_at" in table.c
            if is_log_table(table):
                c["new"], c["unchanged"] = _append_log(s, table, rows)
                counts.append(TableCounts(table.name, **c))
                continue
            for start in range(0, len(rows), BATCH):
                chunk = rows[start:start + BATCH]
                local = _load_local(s, table, pk, chunk)
                inserts = []
                for row in chunk:
                    key = tuple(row[col.name] for col in pk)
                    mine = local.get(key)
                    if mine is None:
                        inserts.append(row)
                        c["new"] += 1
                        continue
                    differ = tuple(sorted(k for k in row if row[k] != mine[k]))
                    if not differ:
                        c["unchanged"] += 1
                    elif has_stamp and mine["updated_at"] is not None and row["updated_at"] is not None \
                            and row["updated_at"] > mine["updated_at"]:
                        _update(s, table, pk, row, differ)
                        c["updated"] += 1
                    else:
                        c["conflicts"] += 1
                        conflicts.append(ImportConflict(
                            table.name, record_id(row, [col.name for col in pk], 0), differ,
                            mine.get("updated_at"), row.get("updated_at")))
                if inserts:
                    _insert(s, table, inserts)
            if table.name in ("company", "contact_person", "contact") and (c["new"] or c["updated"]):
                touched_companies = True
            counts.append(TableCounts(table.name, **c))
        if touched_companies:
            search.resume(s)  # rebuild the search index over the imported companies
        else:
            s.execute(text("DELETE FROM fts_company_pause"))
        return ImportResult(dry_run, tuple(counts), tuple(conflicts), tuple(replaced))

    def _replace_unused_seeds(self, s: Session, incoming: list[dict]) -> list[str]:
        """A new database installs the seeded guides itself; when the file brings the same guide (same key,
        another id) and the local one was never used, the file's replaces it, so a restored database is the
        exported one. A used local guide with the same key is refused (it would be two guides with one key)."""
        from jobcrm.models import Campaign, GuideAnswer, GuideTemplate, GuideTemplateVersion, Visit

        replaced = []
        for row in incoming:
            if row["key"] is None:
                continue
            local = s.execute(select(GuideTemplate.id).where(GuideTemplate.key == row["key"])).scalar()
            if local is None or local == row["id"]:
                continue
            versions = list(s.scalars(select(GuideTemplateVersion.id)
                                      .where(GuideTemplateVersion.template_id == local)))
            used = (s.scalar(select(Visit.id).where((Visit.template_id == local)
                                                    | Visit.template_version_id.in_(versions)).limit(1))
                    or s.scalar(select(Campaign.id).where(Campaign.template_id == local).limit(1))
                    or s.scalar(select(GuideAnswer.id).where(GuideAnswer.version_id.in_(versions)).limit(1)))
            if used:
                raise ImportRejected([Rejection(
                    "guide_template", str(row["id"]), "key",
                    f"en anden besøgsguide med nøglen \"{row['key']}\" findes allerede og er i brug")], 1)
            s.execute(delete(GuideTemplateVersion).where(GuideTemplateVersion.template_id == local))
            s.execute(delete(GuideTemplate).where(GuideTemplate.id == local))
            replaced.append(row["key"])
        return replaced


def _insert(s: Session, table: Table, rows: list[dict]) -> None:
    """Insert the rows; a clash with a unique value of another record (same initials, same setting key, …)
    is a rejection naming the record."""
    try:
        with s.begin_nested():
            s.execute(insert(table), rows)
        return
    except IntegrityError:
        pass
    pk = [c.name for c in table.primary_key.columns]
    for row in rows:
        try:
            with s.begin_nested():
                s.execute(insert(table), [row])
        except IntegrityError as e:
            unique = _clashing_columns(table, str(e.orig))
            raise ImportRejected([Rejection(
                table.name, record_id(row, pk, 0), unique or ", ".join(pk),
                "en anden post i databasen har allerede samme værdi"
                + (f" i {unique}" if unique else "") + " (men et andet id)")], 1) from None


def is_log_table(table: Table) -> bool:
    """An append-only log (audit log, retention log): a local integer id and no `updated_at`. Its ids are
    numbered per database, so entries are matched by content, not by id."""
    pk = list(table.primary_key.columns)
    return len(pk) == 1 and column_kind(pk[0]) == "int" and "updated_at" not in table.c


def _append_log(s: Session, table: Table, rows: list[dict]) -> tuple[int, int]:
    """Append the entries not yet present (same content, any id); an entry keeps its id when that id is free
    here, so a restore into an empty database gives the same ids. Returns (appended, already there)."""
    [pk] = list(table.primary_key.columns)
    new = unchanged = 0
    for row in rows:
        same = and_(*((col.is_(None) if row[col.name] is None else col == row[col.name])
                      for col in table.columns if col is not pk))
        if s.execute(select(pk).where(same).limit(1)).first() is not None:
            unchanged += 1
            continue
        taken = s.execute(select(pk).where(pk == row[pk.name])).first() is not None
        s.execute(insert(table), [{k: v for k, v in row.items() if not (taken and k == pk.name)}])
        new += 1
    return new, unchanged


def _update(s: Session, table: Table, pk: list, row: dict, differ: tuple[str, ...]) -> None:
    try:
        with s.begin_nested():
            s.execute(update(table).where(and_(*(col == row[col.name] for col in pk)))
                      .values({k: row[k] for k in differ}))
    except IntegrityError as e:
        unique = _clashing_columns(table, str(e.orig))
        raise ImportRejected([Rejection(
            table.name, record_id(row, [c.name for c in pk], 0), unique or ", ".join(differ),
            "en anden post i databasen har allerede samme værdi" + (f" i {unique}" if unique else ""))],
            1) from None


def _clashing_columns(table: Table, message: str) -> str:
    # sqlite: "UNIQUE constraint failed: consultant.initials"
    if "UNIQUE constraint failed:" not in message:
        return ""
    cols = message.split("UNIQUE constraint failed:", 1)[1].strip()
    return ", ".join(c.strip().split(".", 1)[-1] for c in cols.split(","))


def _existing(s: Session, target, values: set) -> set:
    found: set = set()
    values_list = sorted(values, key=str)
    for start in range(0, len(values_list), 500):
        part = values_list[start:start + 500]
        found.update(s.scalars(select(target).where(target.in_(part))))
    return found


def _load_local(s: Session, table: Table, pk: list, chunk: list[dict]) -> dict[tuple, dict]:
    if len(pk) == 1:
        keys = [row[pk[0].name] for row in chunk]
        rows = s.execute(select(table).where(pk[0].in_(keys))).mappings()
        return {(r[pk[0].name],): dict(r) for r in rows}
    local = {}
    for row in chunk:
        r = s.execute(select(table).where(and_(*(col == row[col.name] for col in pk)))).mappings().first()
        if r is not None:
            local[tuple(row[col.name] for col in pk)] = dict(r)
    return local
