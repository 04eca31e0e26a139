"""`jobcrm demo --scale large` is for an empty file: it refuses a database that already has companies
(the full run takes minutes; tests/unit/test_scale_data.py checks the data on a small spec)."""

from tests.cli.test_cli import jobcrm


def test_scale_refuses_a_database_with_companies_in_one_danish_line(tmp_path):
    db = str(tmp_path / "x.db")
    jobcrm("--db", db, "--today", "2026-11-24", "demo", "--companies", "5", tmp_path=tmp_path, check=True)
    out = jobcrm("--db", db, "--today", "2026-11-24", "demo", "--scale", "large", tmp_path=tmp_path)
    assert out.returncode == 2
    assert out.stderr.strip() == "jobcrm: --scale kræver en tom database (der er allerede virksomheder i den)"
    listed = jobcrm("--db", db, "companies", "list", "--json", tmp_path=tmp_path, check=True)
    assert listed.stdout.count('"cvr"') == 5  # nothing added


def test_unknown_scale_is_a_usage_error(tmp_path):
    out = jobcrm("--db", str(tmp_path / "x.db"), "demo", "--scale", "huge", tmp_path=tmp_path)
    assert out.returncode == 2 and "--scale" in out.stderr
