"""`jobcrm print backlog --team NAME FILE.pdf` and `jobcrm calendar FILE.ics` as scripts use them."""

import json

import pypdf

from tests.cli.test_cli import jobcrm


def test_print_backlog_writes_the_team_pdf(tmp_path):
    db = str(tmp_path / "x.db")
    base = ("--db", db, "--today", "2026-11-24")
    jobcrm(*base, "demo", "--companies", "80", tmp_path=tmp_path, check=True)
    target = tmp_path / "teammøde.pdf"
    out = jobcrm(*base, "print", "backlog", "--team", "team erhverv syd", str(target), tmp_path=tmp_path, check=True)
    assert out.stdout.startswith(f"Opfølgninger for Team Erhverv Syd gemt i {target}")
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(target).pages)
    assert "Opfølgninger – Team Erhverv Syd" in text
    for who in ("HKJ – Hanne Kjær", "JNØ – Jens Nørgaard", "MFR – Mette Frederiksen Holm", "SØL – Søren Østergaard Lund"):
        assert who in text
    assert "Maja Jørgensen" not in text  # another team


def test_print_backlog_errors_are_one_line(tmp_path):
    db = str(tmp_path / "x.db")
    base = ("--db", db, "--today", "2026-11-24")
    jobcrm(*base, "demo", "--companies", "5", tmp_path=tmp_path, check=True)
    unknown = jobcrm(*base, "print", "backlog", "--team", "Team Månen", str(tmp_path / "x.pdf"), tmp_path=tmp_path)
    assert unknown.returncode == 1 and unknown.stderr.strip() == 'jobcrm: Teamet "Team Månen" findes ikke.'
    nowhere = jobcrm(*base, "print", "backlog", str(tmp_path / "mangler" / "x.pdf"), tmp_path=tmp_path)
    assert nowhere.returncode == 1 and "findes ikke" in nowhere.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_calendar_command_writes_an_ics_for_one_consultant_or_everyone(tmp_path):
    import icalendar

    db = str(tmp_path / "x.db")
    base = ("--db", db, "--today", "2026-11-24")
    jobcrm(*base, "demo", "--companies", "40", tmp_path=tmp_path, check=True)
    mine = json.loads(jobcrm(*base, "followups", "--consultant", "MAJ", "--json", tmp_path=tmp_path, check=True).stdout)
    target = tmp_path / "maj.ics"
    out = jobcrm(*base, "calendar", str(target), "--consultant", "maj", tmp_path=tmp_path, check=True)
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    visits = cal.walk("VEVENT")  # MAJ's planned visits in the demo
    assert visits and all(str(v["SUMMARY"]).startswith("Besøg: ") for v in visits)
    assert out.stdout.strip() == (f"JobCRM – opfølgninger for MAJ: {len(mine)} opgaver og {len(visits)} begivenheder "
                                  f"gemt i {target}.")
    assert {str(t["uid"]) for t in cal.walk("VTODO")} == {f"{r['id']}@jobcrm" for r in mine}
    everyone = jobcrm(*base, "calendar", str(tmp_path / "alle.ics"), tmp_path=tmp_path, check=True)
    assert everyone.stdout.startswith("JobCRM – alle opfølgninger: ")
    outlook = jobcrm(*base, "calendar", str(tmp_path / "o.ics"), "--consultant", "MAJ", "--as-events", tmp_path=tmp_path,
                     check=True)
    assert f"{len(mine) + len(visits)} begivenheder" in outlook.stdout
    wrong = jobcrm(*base, "calendar", str(tmp_path / "x.txt"), tmp_path=tmp_path)
    assert wrong.returncode == 2 and wrong.stderr.strip() == "jobcrm: kalenderfilen skal ende på .ics (fik x.txt)"
