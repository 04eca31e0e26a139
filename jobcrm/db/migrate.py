"""Bring a database to the newest schema through Alembic, after a safety copy of the file.

Migrations ship inside the package (`jobcrm/migrations`), with `render_as_batch=True` for SQLite.
The Alembic configuration is built in code: no alembic.ini is needed at run time.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

# Tables that live outside the ORM (SQLite FTS5 indexes, their shadow tables and helpers).
EXTERNAL_TABLE_PREFIXES = ("fts_",)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """For Alembic's models-vs-database comparison: leave the tables outside the ORM alone."""
    return not (type_ == "table" and name and name.startswith(EXTERNAL_TABLE_PREFIXES))


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_copy(db_path: Path, label: str) -> Path:
    """A consistent copy through SQLite's online backup API (never a raw copy of a WAL database)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-{label}-{stamp}.db")
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade_to_head(engine: Engine, db_path: Path | None = None) -> str | None:
    """Upgrade the database to head. Returns the path of the safety copy when one was made."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        from jobcrm.errors import DatabaseProblem

        raise DatabaseProblem(
            "Databasen er lavet af en nyere version af JobCRM end denne. Opdatér JobCRM, eller vælg en "
            "anden databasefil."
        )
    copy = None
    if db_path is not None and current is not None and db_path.exists():
        copy = str(backup_copy(db_path, f"before-{head}"))
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return copy
