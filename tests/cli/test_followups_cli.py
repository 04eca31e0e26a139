"""`jobcrm followups` and `jobcrm backlog` as a script or an administrator uses them."""

import json

from tests.cli.test_cli import jobcrm


def test_followups_list_done_reschedule_and_backlog(tmp_path):
    db = str(tmp_path / "x.db")
    base = ("--db", db, "--today", "2026-11-24")
    jobcrm(*base, "demo", "--companies", "60", tmp_path=tmp_path, check=True)
    listed = json.loads(jobcrm(*base, "followups", "--json", tmp_path=tmp_path, check=True).stdout)
    assert listed and {r["responsible"] for r in listed} == {"MAJ"}
    overdue = json.loads(jobcrm(*base, "followups", "--overdue", "--json", tmp_path=tmp_path, check=True).stdout)
    assert overdue and all(r["group"] == "overskredet" and r["due_date"] <= "2026-11-24" for r in overdue)
    assert all(r["state"].endswith("over") or r["state"].startswith("overskredet") for r in overdue)
    team = json.loads(jobcrm(*base, "followups", "--team", "Team Erhverv Nord", "--due-by", "2026-11-30", "--json",
                             tmp_path=tmp_path, check=True).stdout)
    assert len({r["responsible"] for r in team}) > 1 and all(r["due_date"] <= "2026-11-30" for r in team)

    target = overdue[0]["id"]
    no_reason = jobcrm(*base, "followups", "reschedule", target, "--to", "+3", "--reason", " ", tmp_path=tmp_path)
    assert no_reason.returncode != 0 and no_reason.stderr.strip() == "jobcrm: Skriv hvorfor aftalen udsættes."
    moved = jobcrm(*base, "followups", "reschedule", target, "--to", "+3", "--reason", "Kontaktpersonen er syg",
                   tmp_path=tmp_path, check=True)
    assert "Udsat til 27.11.2026" in moved.stdout and "udsat 1 gang" in moved.stdout  # +3 working days
    done = jobcrm(*base, "followups", "done", target, tmp_path=tmp_path, check=True)
    assert done.stdout.startswith("Udført: ")
    again = jobcrm(*base, "followups", "done", target, tmp_path=tmp_path)
    assert again.returncode != 0 and "allerede udført" in again.stderr
    after = json.loads(jobcrm(*base, "followups", "--json", tmp_path=tmp_path, check=True).stdout)
    assert target not in {r["id"] for r in after} and len(after) == len(listed) - 1

    backlog = json.loads(jobcrm(*base, "backlog", "--json", tmp_path=tmp_path, check=True).stdout)
    assert backlog["team"] == "Team Erhverv Nord"
    maj = next(r for r in backlog["consultants"] if r["initials"] == "MAJ")
    assert maj["open"] == len(after)
    human = jobcrm(*base, "backlog", tmp_path=tmp_path, check=True)
    assert human.stdout.startswith("Team Erhverv Nord – opfølgninger pr. 24.11.2026")


def test_followups_bad_input_gives_one_line(tmp_path):
    db = str(tmp_path / "y.db")
    base = ("--db", db, "--today", "2026-11-24")
    jobcrm(*base, "demo", "--companies", "5", tmp_path=tmp_path, check=True)
    for args in (["followups", "done", "nope"], ["followups", "--consultant", "QQQ"],
                 ["followups", "--overdue", "--due-by", "2026-12-01"], ["backlog", "--team", "Ukendt"],
                 ["followups", "reschedule", "01a20fe8-33cc-714d-a290-d3e7af3bcadb", "--to", "i morgen",
                  "--reason", "x"]):
        out = jobcrm(*base, *args, tmp_path=tmp_path)
        lines = out.stderr.strip().splitlines()
        assert out.returncode != 0 and len(lines) == 1 and lines[0].startswith("jobcrm: "), (args, out.stderr)
