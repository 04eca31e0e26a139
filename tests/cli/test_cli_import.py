"""`jobcrm import companies FILE.csv [--dry-run] [--json]` in a subprocess."""

import json

from tests.cli.test_cli import jobcrm
from tests.unit.test_import import CVR

CSV = (f"CVR-nummer;Firmanavn;Postnr;By;Farve\n{CVR[0]};Bæk & Søn ApS;8000;Århus C;blå\n"
       f"12345678;Forkert CVR;8000;Århus C;rød\n{CVR[1]};Østergaard;5000;Odense C;\n")


def test_import_dry_run_then_real_then_again(tmp_path):
    db = str(tmp_path / "x.db")
    f = tmp_path / "firmaer.csv"
    f.write_bytes(CSV.encode("cp1252"))
    dry = jobcrm("--db", db, "import", "companies", str(f), "--dry-run", tmp_path=tmp_path, check=True)
    assert "Prøvekørsel — intet er gemt: 2 oprettet, 0 opdateret, 1 afvist." in dry.stdout
    assert "Række 3 (CVR-nummer):" in dry.stdout
    assert "Kolonner der ikke blev importeret: Farve" in dry.stdout
    listed = json.loads(jobcrm("--db", db, "companies", "list", "--json", tmp_path=tmp_path, check=True).stdout)
    assert listed == []
    real = jobcrm("--db", db, "import", "companies", str(f), tmp_path=tmp_path, check=True)
    assert "Import gennemført: 2 oprettet, 0 opdateret, 1 afvist." in real.stdout
    listed = json.loads(jobcrm("--db", db, "companies", "list", "--json", tmp_path=tmp_path, check=True).stdout)
    assert sorted(r["name"] for r in listed) == ["Bæk & Søn ApS", "Østergaard"]
    f.write_bytes(CSV.replace("Østergaard", "Østergaard Smedje").encode("utf-8-sig"))
    again = jobcrm("--db", db, "import", "companies", str(f), "--json", tmp_path=tmp_path, check=True)
    data = json.loads(again.stdout)
    assert (data["created"], data["updated"], data["unchanged"]) == (0, 1, 1)
    assert data["unmapped_columns"] == ["Farve"]
    assert data["rejected"] == [{"row": 3, "column": "CVR-nummer",
                                 "reason": "CVR 12345678 er ikke et gyldigt CVR-nummer (kontrolcifferet passer ikke).",
                                 "values": ["12345678", "Forkert CVR", "8000", "Århus C", "rød"]}]


def test_missing_or_unreadable_file_gives_one_line(tmp_path):
    db = str(tmp_path / "x.db")
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    nameless = tmp_path / "uden.csv"
    nameless.write_text("A;B\n1;2\n")
    for path in (tmp_path / "findes-ikke.csv", tmp_path, empty, nameless):
        out = jobcrm("--db", db, "import", "companies", str(path), tmp_path=tmp_path)
        assert out.returncode != 0, path
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("jobcrm: "), (path, out.stderr)
        assert "Traceback" not in out.stderr


def test_companies_merge(tmp_path):
    db = str(tmp_path / "x.db")
    f = tmp_path / "firmaer.csv"
    f.write_text(f"CVR;Navn;Postnr\n{CVR[0]};Jensens VVS ApS;7100\n{CVR[1]};Jensen VVS;7100\n", encoding="utf-8")
    jobcrm("--db", db, "import", "companies", str(f), tmp_path=tmp_path, check=True)
    out = jobcrm("--db", db, "companies", "merge", CVR[0], CVR[1], tmp_path=tmp_path, check=True)
    assert out.stdout.startswith('"Jensen VVS" er lagt sammen med "Jensens VVS ApS": 0 kontaktpersoner')
    listed = json.loads(jobcrm("--db", db, "companies", "list", "--json", tmp_path=tmp_path, check=True).stdout)
    assert [r["name"] for r in listed] == ["Jensens VVS ApS"]
    again = jobcrm("--db", db, "companies", "merge", CVR[0], CVR[1], tmp_path=tmp_path)
    assert again.returncode != 0 and again.stderr.strip().startswith("jobcrm: ")
    assert len(again.stderr.strip().splitlines()) == 1


def test_companies_export(tmp_path):
    db = str(tmp_path / "x.db")
    f = tmp_path / "firmaer.csv"
    f.write_text(f"CVR;Navn;By\n{CVR[0]};Bæk & Søn;Århus C\n{CVR[1]};Jensen VVS;Vejle\n", encoding="utf-8")
    jobcrm("--db", db, "import", "companies", str(f), tmp_path=tmp_path, check=True)
    out = tmp_path / "ud.csv"
    res = jobcrm("--db", db, "companies", "export", str(out), "--search", "århus", tmp_path=tmp_path, check=True)
    assert res.stdout.startswith("1 virksomheder gemt")
    lines = out.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Navn;CVR;") and lines[1].startswith(f"Bæk & Søn;{CVR[0]};")
    bad = jobcrm("--db", db, "companies", "export", str(tmp_path / "nope" / "ud.csv"), tmp_path=tmp_path)
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1


def test_companies_export_xlsx_by_suffix(tmp_path):
    from openpyxl import load_workbook

    db = str(tmp_path / "x.db")
    f = tmp_path / "firmaer.csv"
    f.write_text(f"CVR;Navn;By;Antal ansatte\n{CVR[0]};Bæk & Søn;Århus C;20-49 ansatte\n{CVR[1]};Jensen VVS;Vejle;3\n",
                 encoding="utf-8")
    jobcrm("--db", db, "import", "companies", str(f), tmp_path=tmp_path, check=True)
    out = tmp_path / "ud.xlsx"
    res = jobcrm("--db", db, "companies", "export", str(out), tmp_path=tmp_path, check=True)
    assert res.stdout.startswith("2 virksomheder gemt")
    wb = load_workbook(out, read_only=True)
    rows = list(wb.active.iter_rows(values_only=True))
    wb.close()
    assert rows[0][:2] == ("Navn", "CVR")
    assert rows[1][:2] == ("Bæk & Søn", CVR[0]) and rows[1][11] == "20–49" and rows[2][11] == 3
    bad = jobcrm("--db", db, "companies", "export", str(tmp_path / "ud.pdf"), tmp_path=tmp_path)
    assert bad.returncode == 2 and ".xlsx eller .csv" in bad.stderr and not (tmp_path / "ud.pdf").exists()
