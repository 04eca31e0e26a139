"""`jobcrm export json FILE` and `jobcrm import json FILE [--dry-run] [--json]` in a subprocess."""

import json

from tests.cli.test_cli import jobcrm


def test_export_import_round_trip_from_the_command_line(tmp_path):
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    jobcrm("--db", a, "--today", "2026-11-24", "demo", "--companies", "15", tmp_path=tmp_path, check=True)
    out = jobcrm("--db", a, "export", "json", str(tmp_path / "alt.json"), tmp_path=tmp_path, check=True)
    assert out.stdout.startswith("Eksporteret ") and "alt.json" in out.stdout

    dry = jobcrm("--db", b, "import", "json", str(tmp_path / "alt.json"), "--dry-run", tmp_path=tmp_path, check=True)
    assert dry.stdout.startswith("Prøvekørsel — intet er gemt: ")
    listed = json.loads(jobcrm("--db", b, "companies", "list", "--json", tmp_path=tmp_path, check=True).stdout)
    assert listed == []

    real = jobcrm("--db", b, "import", "json", str(tmp_path / "alt.json"), tmp_path=tmp_path, check=True)
    assert real.stdout.startswith("Import gennemført: ") and " 0 opdateret, 8 uændret, 0 konflikter." in real.stdout  # 8: the seeded guides, alike everywhere
    listed = json.loads(jobcrm("--db", b, "companies", "list", "--json", tmp_path=tmp_path, check=True).stdout)
    assert len(listed) == 15
    jobcrm("--db", b, "export", "json", str(tmp_path / "igen.json"), tmp_path=tmp_path, check=True)
    assert (tmp_path / "igen.json").read_bytes() == (tmp_path / "alt.json").read_bytes()

    again = jobcrm("--db", b, "import", "json", str(tmp_path / "alt.json"), "--json", tmp_path=tmp_path, check=True)
    data = json.loads(again.stdout)
    company = next(t for t in data["tables"] if t["table"] == "company")
    assert (company["new"], company["updated"], company["unchanged"], company["conflicts"]) == (0, 0, 15, 0)
    assert data["conflicts"] == []

    # The file's copy of a company differs but is not newer: reported as a conflict, this database's kept.
    doc = json.loads((tmp_path / "alt.json").read_text("utf-8"))
    row = next(t for t in doc["tables"] if t["name"] == "company")["rows"][0]
    row["city"] = "Et andet sted"
    (tmp_path / "konflikt.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    clash = jobcrm("--db", b, "import", "json", str(tmp_path / "konflikt.json"), tmp_path=tmp_path, check=True)
    assert ", 1 konflikt." in clash.stdout
    assert f"Konflikt i virksomheder (company) {row['id']} (city):" in clash.stdout and "din er beholdt" in clash.stdout
    shown = json.loads(jobcrm("--db", b, "companies", "show", row["id"], "--json", tmp_path=tmp_path,
                              check=True).stdout)
    assert shown["company"]["city"] != "Et andet sted"


def test_bad_files_give_one_line_and_a_non_zero_exit(tmp_path):
    db = str(tmp_path / "x.db")
    cases = {
        "mangler.json": (None, "findes ikke"),
        "tekst.json": ("ikke json", "ikke gyldig JSON"),
        "andet.json": ('{"format": "andet", "version": 1, "tables": []}', "ikke en JobCRM-eksport"),
        "nyere.json": ('{"format": "jobcrm-interchange", "version": 9, "tables": []}', "opdatér JobCRM"),
        "cpr.json": ('{"format": "jobcrm-interchange", "version": 1, "tables": [{"name": "team", "rows": ['
                     '{"id": "01a210ac-3e01-7327-96d7-7cbc9cf9dd6c", "name": "Team 010190-1234",'
                     ' "created_at": "2026-11-24T10:00:00Z", "updated_at": "2026-11-24T10:00:00Z"}]}]}',
                     "team 01a210ac-3e01-7327-96d7-7cbc9cf9dd6c, name: ser ud til at indeholde et CPR-nummer"),
    }
    for name, (text, reason) in cases.items():
        f = tmp_path / name
        if text is not None:
            f.write_text(text, "utf-8")
        r = jobcrm("--db", db, "import", "json", str(f), tmp_path=tmp_path)
        assert r.returncode == 1, name
        assert r.stderr.count("\n") == 1 and r.stderr.startswith("jobcrm: ") and reason in r.stderr, r.stderr
    r = jobcrm("--db", db, "export", "json", str(tmp_path / "findes-ikke" / "alt.json"), tmp_path=tmp_path)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Kan ikke skrive" in r.stderr
