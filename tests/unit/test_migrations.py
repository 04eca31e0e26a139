"""The schema comes from Alembic migrations, and the migrations match the models."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from jobcrm.db.engine import make_engine
from jobcrm.db.migrate import current_revision, head_revision, include_object, upgrade_to_head
from jobcrm.errors import DatabaseProblem
from jobcrm.models import Base


def test_empty_database_upgrades_to_head(tmp_path):
    engine = make_engine(tmp_path / "new.db")
    assert upgrade_to_head(engine, tmp_path / "new.db") is None  # nothing to back up in a new file
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert {"company", "contact_person", "contact", "promise", "promise_reschedule", "consultant", "team",
            "setting"} <= tables
    engine.dispose()


def test_models_and_migrations_agree(tmp_path):
    engine = make_engine(tmp_path / "m.db")
    upgrade_to_head(engine)
    with engine.connect() as conn:
        opts = {"compare_type": True, "include_object": include_object}  # fts_* tables live outside the ORM
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    engine.dispose()
    assert diff == [], f"models differ from migrations; add an Alembic revision: {diff}"


def test_sqlite_pragmas(tmp_path):
    engine = make_engine(tmp_path / "p.db")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    engine.dispose()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    engine = make_engine(path)
    upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseProblem, match="nyere version"):
        upgrade_to_head(engine, path)
    engine.dispose()
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_future"


def test_older_database_is_copied_then_upgraded_keeping_its_data(tmp_path):
    from alembic import command

    from jobcrm.db.migrate import alembic_config

    path = tmp_path / "old.db"
    engine = make_engine(path)
    cfg = alembic_config(engine)
    with engine.begin() as conn:  # a database made by the first release
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO team (id, name, created_at, updated_at) VALUES "
                             "('00000000000070008000000000000001', 'Team Gammel', '2026-01-01', '2026-01-01')")
    assert head_revision() != "0001"
    copy = upgrade_to_head(engine, path)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM team").fetchall() == [("Team Gammel",)]
    engine.dispose()
    assert copy is not None
    snapshot = sqlite3.connect(copy)
    assert snapshot.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert snapshot.execute("SELECT name FROM team").fetchall() == [("Team Gammel",)]
