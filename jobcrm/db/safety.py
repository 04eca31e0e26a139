"""Start-up checks on the database file, the lock that keeps a second JobCRM window out, and the Danish
explanation of SQLite errors. No Qt: the UI shows what these find (jobcrm/ui/dialogs/db_problem.py).

Every check here only reads (the file header, a read-only connection) or writes a small probe file next to the
database: nothing is migrated, backed up or repaired over a file that failed a check.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import sys
from pathlib import Path

from jobcrm.errors import DatabaseProblem

SQLITE_HEADER = b"SQLite format 3\x00"

# The kinds of start-up problem; the UI picks its title and its ways forward by kind.
CORRUPT = "corrupt"
NOT_SQLITE = "not_sqlite"
FOREIGN = "foreign"  # an SQLite file, but not a JobCRM database
NEWER = "newer"
READ_ONLY = "read_only"
DISK_FULL = "disk_full"
IN_USE = "in_use"
UNREADABLE = "unreadable"


class StartupProblem(DatabaseProblem):
    """The database cannot be opened for normal work. `kind` is one of the constants above."""

    def __init__(self, kind: str, path: Path | str, message: str, detail: str = ""):
        self.kind = kind
        self.path = Path(path)
        self.detail = detail  # SQLite's own words, for a support person; not shown in the message
        super().__init__(message)


def message_for(kind: str, path: Path | str, detail: str = "") -> str:
    p = str(path)
    return {
        CORRUPT: f"Databasefilen {p} er beskadiget (integritetstjekket fejlede). Gendan den seneste "
                 "gode sikkerhedskopi, eller åbn filen skrivebeskyttet for at se, hvad der kan læses.",
        NOT_SQLITE: f"Filen {p} er ikke en JobCRM-database (den er slet ikke en SQLite-database). Vælg en anden "
                    "fil, eller gendan en sikkerhedskopi.",
        FOREIGN: f"Filen {p} er en SQLite-database, men ikke en JobCRM-database. Vælg en anden fil.",
        NEWER: f"Databasen {p} er lavet af en nyere version af JobCRM end denne{detail}. Opdatér JobCRM, "
               "eller vælg en anden fil.",
        READ_ONLY: f"Der kan ikke gemmes i {p}: filen eller mappen er skrivebeskyttet. Åbn den skrivebeskyttet "
                   "for at læse, eller flyt databasen til en mappe, hvor du må skrive.",
        DISK_FULL: f"Disken med databasen {p} er fuld, så intet nyt kan gemmes. Frigør plads (slet eller flyt "
                   "store filer), og start JobCRM igen — eller åbn databasen skrivebeskyttet.",
        IN_USE: f"Databasen {p} er allerede åben i et andet JobCRM-vindue. Skift til det vindue, eller åbn "
                "denne skrivebeskyttet.",
        UNREADABLE: f"Filen {p} kan ikke læses ({detail}).",
    }[kind]


def problem(kind: str, path: Path | str, detail: str = "") -> StartupProblem:
    return StartupProblem(kind, path, message_for(kind, path, detail), detail)


# --- reading a file without changing it ---------------------------------------------------------------------
def read_only_uri(path: Path | str, *, immutable: bool = False) -> str:
    """A `file:` URI that opens the database read-only. `immutable=1` also needs no -shm file, for a location
    where nothing can be created (the WAL index cannot be made there)."""
    from urllib.parse import quote

    p = quote(Path(path).resolve().as_posix())
    return f"file:{p}?mode=ro" + ("&immutable=1" if immutable else "")


def revisions_from_files() -> set[str]:
    """Every Alembic revision this app ships, read from the revision files (no Alembic import)."""
    from jobcrm.db.migrate import MIGRATIONS_DIR

    found = set()
    for f in (MIGRATIONS_DIR / "versions").glob("[!_]*.py"):
        m = re.search(r"^revision\s*(?::\s*str\s*)?=\s*[\"']([^\"']+)[\"']", f.read_text(encoding="utf-8"), re.M)
        if m:
            found.add(m.group(1))
    return found


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == SQLITE_HEADER


def inspect_file(path: Path | str, *, integrity: str = "quick", immutable: bool = False) -> str | None:
    """Check a database file without writing to it. Returns its Alembic revision (None for an empty file);
    raises StartupProblem (CORRUPT, NOT_SQLITE, FOREIGN, NEWER, UNREADABLE). `integrity` is "quick"
    (PRAGMA quick_check), "full" (integrity_check) or "none"."""
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            return None
        if not has_sqlite_header(path):
            raise problem(NOT_SQLITE, path)
    except OSError as e:
        raise problem(UNREADABLE, path, e.strerror or str(e)) from e
    try:
        con = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
    except sqlite3.Error as e:
        raise classify(e, path) from e
    try:
        try:
            if integrity != "none":
                pragma = "quick_check" if integrity == "quick" else "integrity_check"
                rows = [r[0] for r in con.execute(f"PRAGMA {pragma}(5)")]
                if rows != ["ok"]:
                    raise problem(CORRUPT, path, " ".join(rows).replace("\n", " ")[:500])
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if "alembic_version" not in tables or "company" not in tables:
                raise problem(FOREIGN, path)
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error as e:
            if not immutable and ("unable to open" in str(e).lower() or "i/o error" in str(e).lower()):
                # A WAL database where its -shm cannot be made (a read-only folder, a full disk): read it as
                # immutable; the writability check that follows names the real problem.
                con.close()
                return inspect_file(path, integrity=integrity, immutable=True)
            raise classify(e, path) from e
    finally:
        con.close()
    revision = revision[0] if revision else None
    if revision is not None and revision not in revisions_from_files():
        raise problem(NEWER, path, f" (skemaversion {revision})")
    return revision


def probe_writable(path: Path) -> None:
    """Can JobCRM write here? Opens the database file for writing (without writing to it) and writes a small
    probe file in its folder (SQLite needs the folder for its -wal and -shm files). Raises READ_ONLY or
    DISK_FULL. Root ignores permission bits, so tests make a location read-only with `chattr +i`."""
    folder = path.parent
    try:
        if path.exists():
            with open(path, "r+b"):
                pass
        probe_file = folder / f".{path.name}.probe-{os.getpid()}"
        try:
            fd = os.open(probe_file, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            try:
                os.write(fd, b"\0" * 65536)  # a few pages, what a small transaction needs
                os.fsync(fd)
            finally:
                os.close(fd)
        finally:
            with contextlib.suppress(OSError):
                probe_file.unlink()
    except OSError as e:
        if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            raise problem(DISK_FULL, path) from e
        if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise problem(READ_ONLY, path) from e
        raise problem(UNREADABLE, path, e.strerror or str(e)) from e


def check_at_start(path: Path | str, *, integrity: str = "quick") -> str | None:
    """Everything the app checks before it opens (and perhaps migrates) the database. Returns the stored
    revision; raises StartupProblem. The order matters: a damaged or foreign file is reported as such even when
    it also sits in a read-only folder."""
    path = Path(path)
    if not path.exists():
        if path.parent.exists():
            probe_writable(path)
        return None
    revision = inspect_file(path, integrity=integrity)
    probe_writable(path)
    return revision


def classify(exc: BaseException, path: Path | str) -> StartupProblem:
    """An SQLite error (raw or wrapped by SQLAlchemy) as the start-up problem a user can act on."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    code = getattr(orig, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or "disk full" in text:
        return problem(DISK_FULL, path)
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return problem(READ_ONLY, path)
    if code == sqlite3.SQLITE_NOTADB or "not a database" in text:
        return problem(NOT_SQLITE, path)
    if code == sqlite3.SQLITE_CORRUPT or "malformed" in text or "corrupt" in text:
        return problem(CORRUPT, path, str(orig).replace("\n", " ")[:200])
    if "unable to open" in text:
        return problem(READ_ONLY, path)
    if "locked" in text or "busy" in text:
        return problem(IN_USE, path)
    return problem(UNREADABLE, path, str(orig).replace("\n", " ")[:200])


def explain_write_error(exc: BaseException) -> str | None:
    """The Danish sentence for a failed write during work (read-only mode, a full disk), or None when the error
    is not one of those."""
    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, sqlite3.Error):
        return None
    text = str(orig).lower()
    code = getattr(orig, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_READONLY or "readonly" in text:
        return ("Databasen er åbnet skrivebeskyttet, så ændringen blev ikke gemt. Luk JobCRM og åbn databasen "
                "normalt for at kunne gemme.")
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return "Disken er fuld, så ændringen blev ikke gemt. Frigør plads på disken, og prøv igen."
    return None


# --- one JobCRM window per database --------------------------------------------------------------------------
class DbLock:
    """An exclusive OS lock on `<database>.lock`, held while the app has the database open. The kernel releases
    it when the process ends, however it ends, so a lock file left by a killed JobCRM never blocks."""

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self.path = self.db_path.with_name(self.db_path.name + ".lock")
        self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> DbLock:
        """Take the lock or raise StartupProblem(IN_USE). A folder where no lock file can be made is left to
        the writability check (nothing to lock against there)."""
        try:
            f = open(self.path, "a+b")  # noqa: SIM115 - held open for the life of the lock
        except OSError:
            return self
        try:
            if sys.platform == "win32":
                import msvcrt

                f.seek(0)
                msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            f.close()
            raise problem(IN_USE, self.db_path) from e
        with contextlib.suppress(OSError):
            f.seek(0)
            f.truncate()
            f.write(str(os.getpid()).encode())
            f.flush()
        self._file = f
        return self

    def release(self) -> None:
        if self._file is None:
            return
        with contextlib.suppress(OSError):
            if sys.platform == "win32":
                import msvcrt

                self._file.seek(0)
                msvcrt.locking(self._file.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
        self._file.close()
        self._file = None

    def is_locked_elsewhere(self) -> bool:
        """True when another process holds the lock (this one does not take it)."""
        if self.held:
            return False
        try:
            self.acquire()
        except StartupProblem:
            return True
        self.release()
        return False
