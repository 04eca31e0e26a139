"""The SQLite engine: WAL, foreign keys on, a busy timeout; and the session factory."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _read_only_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA query_only=ON")  # a second guard: no statement may write
    cur.close()


def _explain_write_errors(context) -> None:
    """A write refused because the database is read-only or the disk is full becomes a DatabaseProblem with a
    Danish sentence, so every screen shows it like any other problem (never a traceback)."""
    from jobcrm.db.safety import explain_write_error
    from jobcrm.errors import DatabaseProblem

    text = explain_write_error(context.original_exception)
    if text is not None:
        raise DatabaseProblem(text) from context.original_exception


def make_engine(path: Path | str, *, echo: bool = False, read_only: bool = False, immutable: bool = False) -> Engine:
    """One engine per process for the database file. `read_only` opens it with SQLite's `mode=ro` (no journal
    change, no writes); `immutable` also for a location where SQLite cannot make its -shm file."""
    if read_only:
        from jobcrm.db.safety import read_only_uri

        engine = create_engine(f"sqlite:///{read_only_uri(path, immutable=immutable)}&uri=true", echo=echo)
        event.listen(engine, "connect", _read_only_pragmas)
        event.listen(engine, "handle_error", _explain_write_errors)
        return engine
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{Path(path)}"
    engine = create_engine(url, echo=echo)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "handle_error", _explain_write_errors)
    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: values stay readable after commit, so services can build DTOs.
    return sessionmaker(engine, expire_on_commit=False)
