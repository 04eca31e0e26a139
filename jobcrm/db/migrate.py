"""Bring a database to the newest schema through Alembic, after a safety copy of the file.

Migrations ship inside the package (`jobcrm/migrations`), with `render_as_batch=True` for SQLite.
The Alembic configuration is built in code: no alembic.ini is needed at run time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a database needs upgrading: start-up on a current database compares the
# stored revision with the head read from the revision files (saves ~0.1 s of imports and script parsing).

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

# Tables that live outside the ORM (SQLite FTS5 indexes, their shadow tables and helpers).
EXTERNAL_TABLE_PREFIXES = ("fts_",)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """For Alembic's models-vs-database comparison: leave the tables outside the ORM alone."""
    return not (type_ == "table" and name and name.startswith(EXTERNAL_TABLE_PREFIXES))


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']\s*(?:#.*)?$", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:[\"']([^\"']+)[\"']|None)\s*(?:#.*)?$", re.M)


def head_from_files() -> str | None:
    """The head revision read from the revision files without Alembic, or None when they are not the simple
    `revision = "x"` / `down_revision = "y"` kind (a merge, say): then Alembic decides."""
    revisions, downs = set(), set()
    for f in (MIGRATIONS_DIR / "versions").glob("[!_]*.py"):
        text = f.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        if down.group(1):
            downs.add(down.group(1))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database (plain SQL; None for a new file)."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                                ).first() is None:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade_to_head(engine: Engine, db_path: Path | None = None,
                    before_migration: Callable[[], object] | None = None) -> str | None:
    """Upgrade the database to head. Before an existing database is changed, `before_migration()` makes the
    safety copy (Services.open passes the backup service's; by default a "before-migration" backup in the
    database's backup folder when `db_path` is given). Returns the path of the safety copy when one was made."""
    if engine.dialect.name == "sqlite":
        fast_head = head_from_files()
        if fast_head is not None and stored_revision(engine) == fast_head:
            return None
    from alembic import command

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
    if current is not None:
        if before_migration is not None:
            made = before_migration()
            copy = str(made) if made is not None else None
        elif db_path is not None and db_path.exists():
            from jobcrm.db.backup_files import configured_folder, create_backup

            copy = str(create_backup(db_path, configured_folder(db_path), "before-migration", dt.datetime.now()))
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return copy
