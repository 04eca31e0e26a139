"""`jobcrm backup [DIR]`, `jobcrm backups [--json]` and `jobcrm restore FILE`, as an administrator runs them."""

import json
from pathlib import Path

from tests.cli.test_cli import jobcrm


def test_backup_list_and_restore_round_trip(tmp_path):
    db = tmp_path / "x.db"
    jobcrm("--db", str(db), "--today", "2026-11-24", "demo", "--companies", "15", tmp_path=tmp_path, check=True)
    made = jobcrm("--db", str(db), "backup", tmp_path=tmp_path, check=True).stdout.strip()
    assert Path(made).parent == (tmp_path / "x.db.backups").resolve() and made.endswith("-manual.db")
    elsewhere = jobcrm("--db", str(db), "backup", str(tmp_path / "usb"), tmp_path=tmp_path, check=True).stdout.strip()
    assert Path(elsewhere).parent == tmp_path / "usb" and Path(elsewhere).is_file()

    listed = json.loads(jobcrm("--db", str(db), "backups", "--json", tmp_path=tmp_path, check=True).stdout)
    assert [(b["path"], b["kind"], b["companies"]) for b in listed] == [(made, "manual", 15)]
    human = jobcrm("--db", str(db), "backups", tmp_path=tmp_path, check=True).stdout
    assert "Manuel" in human and "15 virksomheder" in human

    csv = tmp_path / "nye.csv"
    csv.write_text("Firmanavn;Postnr\nNy Virksomhed ApS;8000\n", encoding="utf-8")
    jobcrm("--db", str(db), "import", "companies", str(csv), tmp_path=tmp_path, check=True)
    assert len(json.loads(jobcrm("--db", str(db), "companies", "list", "--json", tmp_path=tmp_path).stdout)) == 16

    out = jobcrm("--db", str(db), "restore", made, tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "Gendannet fra" in out.stdout and "Den tidligere database er gemt som" in out.stdout
    assert len(json.loads(jobcrm("--db", str(db), "companies", "list", "--json", tmp_path=tmp_path).stdout)) == 15
    kinds = {b["kind"] for b in json.loads(jobcrm("--db", str(db), "backups", "--json", tmp_path=tmp_path).stdout)}
    assert kinds == {"manual", "before-import", "before-restore"}


def test_restore_refusals_are_one_danish_line(tmp_path):
    db = tmp_path / "x.db"
    jobcrm("--db", str(db), "backup", tmp_path=tmp_path, check=True)
    text = tmp_path / "noter.txt"
    text.write_text("hej\n")
    for file, reason in ((text, "ikke en SQLite-database"), (tmp_path / "mangler.db", "findes ikke")):
        out = jobcrm("--db", str(db), "restore", str(file), tmp_path=tmp_path)
        assert out.returncode == 1
        assert out.stderr.count("\n") == 1 and reason in out.stderr and "Traceback" not in out.stderr


def test_commands_on_a_damaged_or_foreign_file_give_one_line(tmp_path):
    db = tmp_path / "x.db"
    db.write_bytes(b"ikke en database " * 300)
    out = jobcrm("--db", str(db), "backups", tmp_path=tmp_path)
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "ikke en JobCRM-database" in out.stderr
