"""Backups of the database (`services.backups`): made, listed, rotated and restored; the automatic copy at start;
and `before_risky(kind)`, the hook services call before an operation that changes many records at once.

The hook is also `ctx.before_risky` (ServiceContext), so a service calls `self._ctx.before_risky("before-import")`
without depending on this service. The file work lives in jobcrm/db/backup_files.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from jobcrm.db import backup_files, safety
from jobcrm.db.backup_files import BackupInfo, RestoreResult, Rotation, default_folder, format_size  # noqa: F401

# The start-up problems and the lock, for the UI (which does not import jobcrm.db).
from jobcrm.db.safety import (  # noqa: F401
    CORRUPT,
    DISK_FULL,
    FOREIGN,
    IN_USE,
    NEWER,
    NOT_SQLITE,
    READ_ONLY,
    UNREADABLE,
    DbLock,
    StartupProblem,
    problem,
)
from jobcrm.errors import DatabaseProblem, ValidationError
from jobcrm.services.context import ServiceContext
from jobcrm.services.settings import SettingsService

AUTO_INTERVAL = dt.timedelta(days=1)


class BackupService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService, db_path: Path | None,
                 dispose: Callable[[], None] | None = None, read_only: bool = False):
        self._ctx = ctx
        self._settings = settings
        self._db_path = db_path.resolve() if db_path is not None else None
        self._dispose = dispose
        self._read_only = read_only
        self.lock: safety.DbLock | None = None  # the app's lock on the database, when it holds one

    # --- where and how many ---------------------------------------------------------------------------------
    def folder(self) -> Path:
        if self._db_path is None:
            raise DatabaseProblem("En database i hukommelsen har ingen sikkerhedskopier.")
        custom = self._settings.get("backup_dir")
        return Path(custom) if custom else backup_files.default_folder(self._db_path)

    def rotation(self) -> Rotation:
        g = self._settings.get
        return Rotation(g("backup_keep_daily"), g("backup_keep_weekly"), g("backup_keep_manual"),
                        g("backup_keep_before"))

    def set_policy(self, *, keep_daily: int, keep_weekly: int, folder: str | None) -> None:
        """Change how many automatic copies are kept and where backups go (None: next to the database)."""
        if not 1 <= keep_daily <= 365:
            raise ValidationError.single("backup_keep_daily", "Antal daglige kopier skal være mellem 1 og 365.")
        if not 0 <= keep_weekly <= 520:
            raise ValidationError.single("backup_keep_weekly", "Antal ugentlige kopier skal være mellem 0 og 520.")
        if folder:
            p = Path(folder)
            if p.exists() and not p.is_dir():
                raise ValidationError.single("backup_dir", f"Mappen til sikkerhedskopier er en fil: {folder}")
        self._settings.set("backup_keep_daily", keep_daily)
        self._settings.set("backup_keep_weekly", keep_weekly)
        self._settings.set("backup_dir", folder or None)

    # --- making and listing ---------------------------------------------------------------------------------
    def create(self, kind: str = "manual", folder: Path | str | None = None) -> BackupInfo:
        """A backup now. Into `folder` when given (no rotation there), else into the backup folder, which is
        then rotated."""
        if self._db_path is None:
            raise DatabaseProblem("En database i hukommelsen kan ikke sikkerhedskopieres.")
        try:  # a damaged database is not copied: the rotation would push good copies out
            safety.inspect_file(self._db_path, integrity="quick")
        except safety.StartupProblem as e:
            if e.kind == safety.CORRUPT:
                raise DatabaseProblem("Databasen er beskadiget, så der tages ingen sikkerhedskopi af den (de gode "
                                      "kopier bevares). Gendan en sikkerhedskopi med jobcrm restore FIL.") from e
            raise
        target_folder = Path(folder) if folder is not None else self.folder()
        path = backup_files.create_backup(self._db_path, target_folder, kind, self._ctx.clock.now())
        if folder is None:
            backup_files.rotate(target_folder, self.rotation(), protect=path)
        return self.describe(path, kind)

    def describe(self, path: Path | str, kind: str | None = None) -> BackupInfo:
        for b in backup_files.list_backups(Path(path).parent):
            if Path(b.path) == Path(path):
                return b
        p = Path(path)
        return BackupInfo(str(p), self._ctx.clock.now(), kind or "manual", p.stat().st_size)

    def list(self) -> list[BackupInfo]:
        """The backups in the backup folder, newest first."""
        if self._db_path is None:
            return []
        return backup_files.list_backups(self.folder())

    def latest_good(self) -> BackupInfo | None:
        return None if self._db_path is None else backup_files.latest_good(self.folder())

    def before_risky(self, kind: str) -> str | None:
        """The hook for operations that change many records at once (kinds "before-import", "before-merge",
        "before-migration", "before-restore"). Returns the backup path; None for an in-memory database or a
        read-only one (nothing can change there). Raises DatabaseProblem when no copy could be made, so the
        operation is not started without one."""
        if self._db_path is None or self._read_only or not self._db_path.exists():
            return None
        return self.create(kind).path

    def auto_if_due(self) -> BackupInfo | None:
        """The automatic daily copy at start, when the newest daily copy is older than a day."""
        if self._db_path is None or self._read_only or not self._db_path.exists():
            return None
        now = self._ctx.clock.now()
        daily = [b for b in backup_files.list_backups(self.folder(), details=False) if b.kind == "daily"]
        if daily and now - daily[0].created_at < AUTO_INTERVAL:
            return None
        return self.create("daily")

    # --- restoring ------------------------------------------------------------------------------------------
    def verify(self, file: Path | str) -> str:
        """The schema revision of a file that can be restored, or DatabaseProblem with the reason it cannot."""
        return backup_files.verify_backup(Path(file))

    def restore(self, file: Path | str) -> RestoreResult:
        """Replace the database with `file` (see backup_files.restore_database). After this the services read the
        restored database; the app restarts its window so nothing stale stays on screen."""
        if self._db_path is None:
            raise DatabaseProblem("En database i hukommelsen kan ikke gendannes.")
        if self._read_only:
            raise DatabaseProblem("Databasen er åbnet skrivebeskyttet; luk JobCRM og åbn den normalt for at gendanne.")
        held_here = self.lock is not None and self.lock.held
        if not held_here and safety.DbLock(self._db_path).is_locked_elsewhere():
            raise DatabaseProblem("Kan ikke gendanne: databasen er åben i JobCRM. Luk programmet først.")
        folder = self.folder()
        return backup_files.restore_database(self._db_path, Path(file), folder, self._ctx.clock.now(),
                                             dispose=self._dispose)


def restore_without_services(db_path: Path, file: Path | str, now: dt.datetime) -> RestoreResult:
    """Restore when the current database cannot (or should not) be opened: the start-up rescue of a damaged
    file and `jobcrm restore`. Refuses while another JobCRM holds the database."""
    db_path = Path(db_path)
    lock = safety.DbLock(db_path)
    try:
        lock.acquire()
    except safety.StartupProblem:
        raise DatabaseProblem("Kan ikke gendanne: databasen er åben i et andet JobCRM-vindue. Luk det først.") from None
    try:
        return backup_files.restore_database(db_path, Path(file), backup_files.configured_folder(db_path), now)
    finally:
        lock.release()


def rescue_backup(db_path: Path) -> BackupInfo | None:
    """The latest good backup of a database that cannot be opened (its own backup folder setting when it can
    still be read, else the default folder)."""
    db_path = Path(db_path)
    folder = backup_files.configured_folder(db_path) if db_path.exists() else default_folder(db_path)
    return backup_files.latest_good(folder)
