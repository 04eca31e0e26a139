"""`jobcrm slots`, `jobcrm placements`, `jobcrm mentors` and `jobcrm print presentation`, as a script uses
them: the status of a slot moves with `--today`, CPR is refused with one line, the PDF is written."""

import json

import pypdf

from tests.cli.test_cli import jobcrm


def test_slot_status_over_time_placements_and_the_presentation(tmp_path):
    db = str(tmp_path / "x.db")
    base = ("--db", db, "--today", "2026-11-24")
    jobcrm(*base, "demo", "--companies", "10", tmp_path=tmp_path, check=True)
    company = json.loads(jobcrm(*base, "companies", "list", "--json", tmp_path=tmp_path, check=True).stdout)[0]
    made = json.loads(jobcrm(*base, "slots", "add", "--company", company["cvr"], "--scheme", "Virksomhedspraktik",
                             "--title", "Testplads", "--capacity", "1", "--hours", "20", "--tags",
                             "Kontor og butik", "--json", tmp_path=tmp_path, check=True).stdout)
    sid = made["id"]
    assert made["status"] == "ledig" and made["tags"] == ["kontor og butik"]

    refused = jobcrm(*base, "placements", "start", sid, "--candidate", "010190-1234", "--start", "2026-12-07",
                     tmp_path=tmp_path)
    assert refused.returncode == 1 and "CPR" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    started = jobcrm(*base, "placements", "start", sid, "--candidate", "TT-77", "--start", "2026-12-07",
                     "--time", "8.00", "--meet", "Porten", tmp_path=tmp_path, check=True)
    assert "Aftale 14.12.2026: Ugentlig kontakt om forløbet: TT-77 – Testplads (gentages)" in started.stdout
    assert "Aftale 22.12.2026: Evaluering før forløbets afslutning: TT-77 – Testplads" in started.stdout

    def status(day):
        rows = json.loads(jobcrm("--db", db, "--today", day, "slots", "list", "--json", "--search", "Testplads",
                                 tmp_path=tmp_path, check=True).stdout)
        return rows[0]["status"], rows[0]["free"]

    assert status("2026-12-06") == ("ledig", 1)
    assert status("2026-12-07") == ("besat", 0)
    assert status("2027-01-04") == ("ledig", 1)
    free_only = jobcrm("--db", db, "--today", "2026-12-10", "slots", "list", "--free", "--search", "Testplads",
                       tmp_path=tmp_path, check=True)
    assert "Viser 0 af 0 pladser." in free_only.stdout

    active = json.loads(jobcrm(*base, "placements", "list", "--active", "--json", tmp_path=tmp_path, check=True).stdout)
    pid = next(p["id"] for p in active if p["candidate_ref"] == "TT-77")
    shown = jobcrm(*base, "slots", "show", sid, tmp_path=tmp_path, check=True).stdout
    assert "Status pr. 24.11.2026: Ledig: 1 af 1 ledige" in shown and "TT-77" in shown

    pdf = tmp_path / "p.pdf"
    out = jobcrm(*base, "print", "presentation", sid, "--placement", pid, str(pdf), tmp_path=tmp_path, check=True)
    assert out.stdout.startswith("Praktikpræsentation gemt i")
    text = pypdf.PdfReader(pdf).pages[0].extract_text()
    assert "Mandag 07.12.2026 kl. 8.00" in text and "Porten" in text

    extended = jobcrm(*base, "placements", "extend", pid, tmp_path=tmp_path, check=True)
    assert extended.stdout.strip() == "Forløbet TT-77 er forlænget til 31.01.2027."
    ended = jobcrm("--db", db, "--today", "2027-01-15", "placements", "end", pid, "--outcome", "Ordinær ansættelse",
                   tmp_path=tmp_path, check=True)
    assert "afsluttet 15.01.2027: Ordinær ansættelse" in ended.stdout and "Efterværn" in ended.stdout
    bad = jobcrm(*base, "print", "presentation", "nope", str(pdf), tmp_path=tmp_path)
    assert bad.returncode == 1 and bad.stderr.strip() == 'jobcrm: "nope" er ikke et plads-id.'
    coverage = jobcrm(*base, "mentors", "coverage", tmp_path=tmp_path, check=True).stdout
    assert "Fortsætte som mentor efter ordinær ansættelse" in coverage and "INGEN MENTOR" in coverage
