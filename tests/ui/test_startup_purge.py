"""The GDPR purge runs when the app starts (issue 8): a subprocess start on a database with long-ended placements
blanks them and logs it, and a second start finds nothing more to do."""

import sqlite3

from tests.ui.test_startup import run


def test_the_app_start_purges_personal_data_past_the_retention_period(tmp_path):
    db = str(tmp_path / "demo.db")
    assert run("--db", db, "--today", "2026-11-24", "demo", "--companies", "60", tmp_path=tmp_path).returncode == 0
    conn = sqlite3.connect(db)
    refs = conn.execute("SELECT count(*) FROM placement WHERE candidate_ref != '[slettet]'").fetchone()[0]
    conn.close()
    assert refs > 0
    # Two years later every demo placement has ended more than 12 months ago.
    out = run("--db", db, "--today", "2028-12-01", "--quit-after", "1", tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(db)
    left = conn.execute("SELECT count(*) FROM placement WHERE candidate_ref != '[slettet]' OR candidate_note "
                        "IS NOT NULL OR end_note IS NOT NULL").fetchone()[0]
    log = dict(conn.execute("SELECT kind, count FROM retention_log WHERE cutoff = '2027-12-01'").fetchall())
    conn.close()
    assert left == 0 and log["placement"] == refs
    again = run("--db", db, "--today", "2028-12-01", "purge", tmp_path=tmp_path)
    assert again.returncode == 0 and again.stdout.startswith("Intet at slette")
