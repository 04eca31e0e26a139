"""`jobcrm campaigns …`, `jobcrm report …` and `jobcrm print campaign`, as a script would use them."""

import json

import openpyxl
import pypdf

from tests.cli.test_cli import jobcrm

BASE = ("--today", "2026-11-24", "--as", "MAJ")


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def test_create_call_book_and_report(tmp_path):
    db = str(tmp_path / "c.db")
    base = ("--db", db, *BASE)
    jobcrm("--db", db, "--today", "2026-11-24", "demo", "--companies", "40", tmp_path=tmp_path, check=True)
    made = json.loads(jobcrm(*base, "campaigns", "create", "--name", "Ny kampagne", "--from", "23.11.2026", "--to",
                             "2027-02-26", "--employees", "5-100", "--message", "Vi ringer om jobcentrets tilbud.",
                             "--json", tmp_path=tmp_path, check=True).stdout)
    # The demo campaign has just called every demo company: all are left out, with the reason.
    assert made["build"]["added"] == 0 and made["build"]["excluded"]["anden_kampagne"] > 0
    # A second round of that campaign, calling again those it called before, gets a list.
    made = json.loads(jobcrm(*base, "campaigns", "create", "--name", "Vinter 2026", "--from", "23.11.2026", "--to",
                             "2027-02-26", "--employees", "5-100", "--previous", "Luk op for nye jobmuligheder 2026",
                             "--include-contacted", "--json", tmp_path=tmp_path, check=True).stdout)
    assert made["campaign"]["template_name"] == "Kampagnebesøg"
    assert made["build"]["added"] > 0 and sum(made["build"]["excluded"].values()) > 0
    queue = json.loads(jobcrm(*base, "campaigns", "targets", "Vinter 2026", "--which", "at-ringe", "--json",
                              tmp_path=tmp_path, check=True).stdout)
    first, second = queue[0], queue[1]
    company = first["cvr"] or first["company_id"]

    refused = jobcrm(*base, "campaigns", "call", "Vinter 2026", "--company", company, "--outcome", "takket nej",
                     tmp_path=tmp_path)
    assert refused.returncode == 1 and refused.stderr.strip() == "jobcrm: Vælg hvorfor virksomheden takkede nej."
    far = jobcrm(*base, "campaigns", "call", "Vinter 2026", "--company", company, "--outcome", "booket", "--at",
                 "2027-02-16 10:00", "--consultant", "KBH", tmp_path=tmp_path)
    assert far.returncode == 1 and "Besøget ligger 12 uger ude i fremtiden (over 6 uger)" in far.stderr
    assert far.stderr.strip().endswith("Brug --force for at booke alligevel.")
    booked = jobcrm(*base, "campaigns", "call", "Vinter 2026", "--company", company, "--outcome", "booket", "--at",
                    "2027-02-16 10:00", "--consultant", "KBH", "--force", tmp_path=tmp_path, check=True).stdout
    assert "Besøg booket 16.02.2027 kl. 10:00 hos KBH (Kampagnebesøg)." in booked
    assert "Advarsel: Besøget ligger 12 uger ude i fremtiden" in booked
    again = jobcrm(*base, "campaigns", "call", "Vinter 2026", "--company", second["company_id"], "--outcome",
                   "ikke_truffet", "--again", "+3 arbejdsdage", tmp_path=tmp_path, check=True).stdout
    assert "Ring igen 27.11.2026 (opfølgning i indbakken)." in again

    shown = json.loads(jobcrm(*base, "campaigns", "show", "Vinter 2026", "--json", tmp_path=tmp_path,
                              check=True).stdout)
    assert (shown["total"]["booked"], shown["total"]["not_reached"], shown["total"]["booking_rate"]) == (1, 1, 100.0)
    assert shown["booked_beyond_lead"] == 1 and shown["total"]["visits_planned"] == 1
    human = jobcrm(*base, "campaigns", "show", "Vinter 2026", tmp_path=tmp_path, check=True).stdout
    assert "bookingrate 100,0 %" in human and "Ordinære jobordrer" in human
    listed = jobcrm(*base, "campaigns", "list", tmp_path=tmp_path, check=True).stdout
    assert "Vinter 2026" in listed and "Luk op for nye jobmuligheder 2026" in listed  # and the demo's

    xlsx = tmp_path / "vinter.xlsx"
    jobcrm(*base, "campaigns", "export", "Vinter 2026", str(xlsx), tmp_path=tmp_path, check=True)
    wb = openpyxl.load_workbook(xlsx)
    figures = {r[0]: r[1] for r in wb["Resultat"].iter_rows(values_only=True) if r[0]}
    assert figures["Booket"] == 1 and figures["Ikke truffet – ring igen"] == 1
    pdf = tmp_path / "vinter.pdf"
    printed = jobcrm(*base, "print", "campaign", "Vinter 2026", str(pdf), tmp_path=tmp_path, check=True)
    assert printed.stdout.startswith('Kampagneresultater for "Vinter 2026" gemt i')
    assert "Kampagneresultater – Vinter 2026" in _text(pdf)

    report = json.loads(jobcrm(*base, "report", "--from", "2026-11-01", "--to", "2026-11-30", "--team",
                               "Team Erhverv Nord", "--json", tmp_path=tmp_path, check=True).stdout)
    assert report["team"] == "Team Erhverv Nord" and report["pending"] == []
    contacts = next(t for t in report["tables"] if t["key"] == "kontakter")
    assert [r["label"][:3] for r in contacts["rows"]] == ["KBH", "LSØ", "MAJ", "PAN"]
    rpdf = tmp_path / "rapport.pdf"
    jobcrm(*base, "report", "--from", "2026-11-01", "--to", "2026-11-30", "--pdf", str(rpdf), tmp_path=tmp_path,
           check=True)
    assert "Aktivitetsrapport – Alle teams" in _text(rpdf)
    bad = jobcrm(*base, "report", "--from", "2026-11-30", "--to", "2026-11-01", tmp_path=tmp_path)
    assert bad.returncode == 1 and bad.stderr.strip() == "jobcrm: Periodens sidste dag ligger før den første."
    usage = jobcrm(*base, "report", "--from", "2026-11-01", tmp_path=tmp_path)
    assert usage.returncode == 2 and "--to" in usage.stderr
