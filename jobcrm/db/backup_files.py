"""Backup files of a database: made with SQLite's online backup API (never a file copy of a live WAL database),
named `<database name>-<YYYYmmdd-HHMMSS>-<kind>.db` in the backup folder, listed, rotated, verified and restored.
Plain sqlite3 and paths, so the migration step and the start-up rescue can use it before any service exists.

Rotation (decided here, shown in README):
- `daily` (the automatic copy made at start when the newest one is older than a day): the newest copy of each of
  the last `keep_daily` days that have one, plus the newest copy of each of the `keep_weekly` ISO weeks before
  those (weeks that already hold a kept daily copy do not count).
- `manual` (`jobcrm backup`, "Tag sikkerhedskopi nu"): the newest `keep_manual`.
- `before-*` (before a migration, an import, a merge, a restore): the newest `keep_before` of each kind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jobcrm.db import safety
from jobcrm.errors import DatabaseProblem

KINDS = ("daily", "manual", "before-migration", "before-import", "before-merge", "before-restore")
KIND_DA = {"daily": "Automatisk", "manual": "Manuel", "before-migration": "Før opdatering",
           "before-import": "Før import", "before-merge": "Før sammenlægning", "before-restore": "Før gendannelse"}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z]+(?:-[a-z]+)?)(?:-(?P<n>\d+))?\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: str
    created_at: dt.datetime  # local wall-clock time, from the file name
    kind: str
    size: int
    schema_revision: str | None = None
    companies: int | None = None

    @property
    def kind_da(self) -> str:
        return KIND_DA.get(self.kind, self.kind)


@dataclass(frozen=True)
class Rotation:
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_manual: int = 10
    keep_before: int = 5


def default_folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _copy_database(source_uri: str, target: Path) -> None:
    """The online backup API from `source_uri` into a new file `target`, left in rollback-journal mode so the
    copy is one self-contained file."""
    src = sqlite3.connect(source_uri, uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()


def create_backup(db_path: Path, folder: Path, kind: str, now: dt.datetime) -> Path:
    """A consistent copy of the database into `folder`; written to a `.part` file and renamed, so a copy that is
    listed is always whole. Raises DatabaseProblem with a Danish reason."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    db_path = Path(db_path)
    if not db_path.exists():
        raise DatabaseProblem(f"Der er ingen database at tage en sikkerhedskopi af: {db_path}")
    stamp = now.strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A second copy within the same second is numbered after the highest number there (not the first free
        # one: the rotation may have removed an older copy, and its name must not come back as the oldest).
        prefix = f"{db_path.name.removesuffix('.db')}-{stamp}-{kind}"
        taken = [int(m.group("n") or 1) for f in folder.glob(prefix + "*.db")
                 if (m := _NAME.match(f.name)) and m.group("kind") == kind]
        n = max(taken, default=0) + 1
        target = folder / (f"{prefix}.db" if n == 1 else f"{prefix}-{n}.db")
        part = target.with_name(target.name + ".part")
        try:
            try:
                _copy_database(safety.read_only_uri(db_path), part)
            except sqlite3.OperationalError as e:
                if "unable to open" not in str(e).lower():
                    raise
                part.unlink(missing_ok=True)  # a WAL database whose folder is read-only: read it immutable
                _copy_database(safety.read_only_uri(db_path, immutable=True), part)
            os.replace(part, target)
            _fsync_dir(folder)
        finally:
            part.unlink(missing_ok=True)
    except (sqlite3.Error, OSError) as e:
        p = safety.classify(e, folder) if isinstance(e, sqlite3.Error) else None
        if (p is not None and p.kind == safety.DISK_FULL) or getattr(e, "errno", None) == 28:
            raise DatabaseProblem(f"Sikkerhedskopien kunne ikke tages: disken med {folder} er fuld.") from e
        raise DatabaseProblem(f"Sikkerhedskopien kunne ikke tages i {folder}: {e}") from e
    return target


def parse_name(path: Path) -> tuple[dt.datetime, str] | None:
    m = _NAME.match(path.name)
    if m is None or m.group("kind") not in KINDS:
        return None
    return dt.datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S"), m.group("kind")


def _details(path: Path) -> tuple[str | None, int | None]:
    """Schema revision and number of (not deleted) companies, read from a closed backup file; (None, None) when
    the file cannot be read."""
    try:
        con = sqlite3.connect(safety.read_only_uri(path, immutable=True), uri=True)
    except sqlite3.Error:
        return None, None
    try:
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        count = con.execute("SELECT count(*) FROM company WHERE deleted_at IS NULL").fetchone()
        return (rev[0] if rev else None), count[0]
    except sqlite3.Error:
        return None, None
    finally:
        con.close()


def list_backups(folder: Path, *, details: bool = True) -> list[BackupInfo]:
    """The backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for f in folder.glob("*.db"):
        parsed = parse_name(f)
        if parsed is None:
            continue
        try:
            size = f.stat().st_size
        except OSError:
            continue
        rev, companies = _details(f) if details else (None, None)
        found.append(BackupInfo(str(f), parsed[0], parsed[1], size, rev, companies))
    found.sort(key=_age_key, reverse=True)
    return found


def _age_key(b: BackupInfo) -> tuple:
    """Newest last: the time in the name, then the number added to a second copy within the same second."""
    m = _NAME.match(Path(b.path).name)
    return b.created_at, int(m.group("n") or 1) if m else 1, b.path


def to_delete(backups: list[BackupInfo], rule: Rotation, protect: str | None = None) -> list[BackupInfo]:
    """Which backups the rotation removes (see the module docstring). `backups` in any order; `protect` (the
    copy just made) is never removed."""
    ordered = sorted(backups, key=_age_key, reverse=True)
    keep: set[str] = set()
    days: set[dt.date] = set()
    daily_weeks: set[tuple[int, int]] = set()
    weeks: set[tuple[int, int]] = set()
    per_kind: dict[str, int] = {}
    for b in ordered:
        if b.kind == "daily":
            day = b.created_at.date()
            week = tuple(b.created_at.isocalendar())[:2]
            if day not in days and len(days) < rule.keep_daily:
                days.add(day)
                daily_weeks.add(week)
                keep.add(b.path)
            elif day not in days and week not in daily_weeks and week not in weeks and len(weeks) < rule.keep_weekly:
                weeks.add(week)
                keep.add(b.path)
        else:
            limit = rule.keep_manual if b.kind == "manual" else rule.keep_before
            per_kind[b.kind] = per_kind.get(b.kind, 0) + 1
            if per_kind[b.kind] <= limit:
                keep.add(b.path)
    return [b for b in ordered if b.path not in keep and b.path != protect]


def rotate(folder: Path, rule: Rotation, protect: Path | str | None = None) -> list[str]:
    """Delete what the rotation does not keep (never `protect`, the copy just made); returns the deleted paths."""
    gone = []
    for b in to_delete(list_backups(folder, details=False), rule, str(protect) if protect else None):
        with contextlib.suppress(OSError):
            Path(b.path).unlink()
            gone.append(b.path)
    return gone


# --- restore ------------------------------------------------------------------------------------------------
_REFUSALS = {
    safety.NOT_SQLITE: "Kan ikke gendanne: {f} er ikke en SQLite-database.",
    safety.FOREIGN: "Kan ikke gendanne: {f} er ikke en JobCRM-database.",
    safety.CORRUPT: "Kan ikke gendanne: {f} er beskadiget (integritetstjekket fejlede).",
    safety.NEWER: "Kan ikke gendanne: {f} er lavet af en nyere version af JobCRM end denne; opdatér JobCRM først.",
}


def verify_backup(file: Path) -> str:
    """The schema revision of a file that may be restored; DatabaseProblem with a one-line Danish reason for a
    file that is missing, not SQLite, not a JobCRM database, damaged (integrity_check) or from a newer version."""
    file = Path(file)
    if not file.is_file():
        raise DatabaseProblem(f"Kan ikke gendanne: filen {file} findes ikke.")
    try:
        rev = safety.inspect_file(file, integrity="full")
    except safety.StartupProblem as e:
        template = _REFUSALS.get(e.kind, "Kan ikke gendanne: {f} kan ikke læses.")
        raise DatabaseProblem(template.format(f=file)) from e
    if rev is None:
        raise DatabaseProblem(_REFUSALS[safety.FOREIGN].format(f=file))
    return rev


@dataclass(frozen=True)
class RestoreResult:
    restored_from: str
    safety_copy: str | None  # the backup of the database as it was before the restore
    moved_aside: str | None  # a damaged database that could not be copied is renamed, never deleted
    revision_before: str
    revision_after: str


def restore_database(db_path: Path, source: Path, folder: Path, now: dt.datetime, *,
                     dispose: Callable[[], None] | None = None) -> RestoreResult:
    """Replace the database with the backup `source`: verify it, back up the current database (kind
    before-restore), copy the backup next to the database and migrate that copy to head, then close the engine
    (`dispose`), remove the old -wal/-shm files and atomically rename the copy over the database."""
    from jobcrm.db.engine import make_engine
    from jobcrm.db.migrate import upgrade_to_head

    db_path, source = Path(db_path), Path(source)
    rev = verify_backup(source)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise DatabaseProblem("Kan ikke gendanne: filen er selve den database, der er åben.")
    safety_copy = None
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            safety.inspect_file(db_path, integrity="quick")
            safety_copy = str(create_backup(db_path, folder, "before-restore", now))
        except safety.StartupProblem:
            safety_copy = None  # damaged or foreign: it is moved aside below instead of copied
    staged = db_path.with_name(f".{db_path.name}.restoring")
    for f in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm"), Path(f"{staged}-journal")):
        f.unlink(missing_ok=True)
    try:
        _copy_database(safety.read_only_uri(source, immutable=True), staged)
        engine = make_engine(staged)
        try:
            upgrade_to_head(engine)
            with engine.connect() as conn:
                after = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
        finally:
            engine.dispose()
    except Exception as e:  # noqa: BLE001 - whatever failed, the database is left as it was
        for f in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
            f.unlink(missing_ok=True)
        if isinstance(e, DatabaseProblem):
            raise
        raise DatabaseProblem(f"Gendannelsen mislykkedes, og databasen er uændret: {e}") from e
    if dispose is not None:
        dispose()
    moved = None
    if safety_copy is None and db_path.exists():
        moved_path = db_path.with_name(f"{db_path.name}.beskadiget-{now.strftime('%Y%m%d-%H%M%S')}")
        os.replace(db_path, moved_path)
        moved = str(moved_path)
    for suffix in ("-wal", "-shm", "-journal"):  # they belong to the old file: never apply them to the new one
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(staged, db_path)
    _fsync_dir(db_path.parent)
    return RestoreResult(str(source), safety_copy, moved, rev, after)


def read_setting(db_path: Path, key: str):
    """A setting read straight from the file (for the start-up rescue and before a migration, when no service
    exists yet); None when it cannot be read."""
    import json

    try:
        con = sqlite3.connect(safety.read_only_uri(db_path), uri=True)
        try:
            row = con.execute("SELECT value_json FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
        return json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, OSError):
        return None


def configured_folder(db_path: Path) -> Path:
    custom = read_setting(db_path, "backup_dir")
    return Path(custom) if custom else default_folder(db_path)


def latest_good(folder: Path) -> BackupInfo | None:
    """The newest backup that passes the checks a restore makes."""
    for b in list_backups(folder, details=False):
        try:
            safety.inspect_file(b.path, integrity="quick", immutable=True)
        except safety.StartupProblem:
            continue
        return b
    return None


def format_size(size: int) -> str:
    """Danish: 12,3 MB."""
    value, unit = float(size), "B"
    for unit in ("B", "kB", "MB", "GB"):  # noqa: B007 - the last unit is the one used
        if value < 1024 or unit == "GB":
            break
        value /= 1024
    return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}".replace(".", ",")
