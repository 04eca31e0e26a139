"""Start-up stays light: a current database opens without importing Alembic, and the libraries only some
commands need (reportlab, openpyxl, icalendar) are not imported by opening the services or the app's
command line."""

import os
import subprocess
import sys

from jobcrm.db.migrate import head_from_files, head_revision


def test_the_head_read_from_the_files_is_alembics_head():
    assert head_from_files() == head_revision()


def _modules_after(code: str, tmp_path) -> set[str]:
    env = dict(os.environ, JOBCRM_DATA_DIR=str(tmp_path / "userdata"))
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sorted(sys.modules)))"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return set(out.stdout.split())


def test_opening_a_current_database_does_not_import_alembic_or_document_libraries(tmp_path):
    db = tmp_path / "current.db"
    setup = f"from jobcrm.services.registry import Services; Services.open({str(db)!r}).close()"
    first = _modules_after(setup, tmp_path)  # creates and migrates the file: Alembic is needed here
    assert "alembic" in first
    again = _modules_after(setup, tmp_path)
    assert "alembic" not in again
    assert not {"reportlab", "openpyxl", "icalendar"} & again


def test_the_command_line_parser_imports_no_heavy_libraries(tmp_path):
    loaded = _modules_after("from jobcrm.cli import build_parser; build_parser()", tmp_path)
    assert not {"sqlalchemy", "PySide6", "reportlab", "openpyxl", "icalendar", "alembic"} & loaded
