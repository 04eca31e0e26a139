"""`jobcrm visits`, `jobcrm templates list` and `jobcrm print guide|visit|brief`, as a script would use them;
the PDFs are read back with pypdf."""

import json

import pypdf

from tests.cli.test_cli import jobcrm

BASE = ("--today", "2026-11-24")


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def test_plan_list_and_print_a_visit(tmp_path):
    db = str(tmp_path / "v.db")
    base = ("--db", db, *BASE)
    jobcrm(*base, "demo", "--companies", "40", tmp_path=tmp_path, check=True)
    company = json.loads(jobcrm(*base, "companies", "list", "--json", "--limit", "1", tmp_path=tmp_path,
                                check=True).stdout)[0]
    out = jobcrm(*base, "visits", "plan", "--company", company["cvr"], "--at", "2026-11-26 13:30", "--minutes", "90",
                 "--type", "Kampagnebesøg", "--guide", "kampagnebesøg", "--with", "KBH", tmp_path=tmp_path, check=True)
    assert out.stdout.startswith(f"Besøg planlagt: 26.11.2026 13:30–15:00 {company['name']} (Kampagnebesøg, MAJ, "
                                 "Planlagt). Guide: Kampagnebesøg.")
    visit_id = out.stdout.split("Id: ")[1].strip()

    listed = json.loads(jobcrm(*base, "visits", "--from", "26.11.2026", "--to", "2026-11-26", "--json",
                               tmp_path=tmp_path, check=True).stdout)
    mine = next(r for r in listed if r["id"] == visit_id)
    assert (mine["visit_type"], mine["status"], mine["other_initials"]) == ("kampagne", "planlagt", ["KBH"])
    kbh = json.loads(jobcrm(*base, "visits", "--consultant", "KBH", "--from", "2026-11-26", "--to", "2026-11-26",
                            "--json", tmp_path=tmp_path, check=True).stdout)
    assert visit_id in {r["id"] for r in kbh}  # a joint visit is in both consultants' lists
    human = jobcrm(*base, "visits", tmp_path=tmp_path, check=True).stdout
    assert "besøg fra 24.11.2026" in human.splitlines()[-1]

    brief = tmp_path / "brief.pdf"
    printed = jobcrm(*base, "print", "brief", visit_id, str(brief), tmp_path=tmp_path, check=True)
    assert printed.stdout.startswith(f"Besøgsforberedelse ({company['name']}) gemt i")
    text = _text(brief)
    for expected in ("Besøgsforberedelse", company["name"], "26.11.2026 kl. 13:30–15:00", "Kontaktpersoner",
                     "Åbne aftaler", "Seneste kontakter", "Ændringer siden sidst", "Noter til besøget",
                     "Side 1 af"):
        assert expected in text, expected

    moved = jobcrm(*base, "visits", "status", visit_id, "flyttet", tmp_path=tmp_path)
    assert moved.returncode == 1 and moved.stderr.strip() == "jobcrm: Skriv hvorfor besøget flyttes."
    moved = jobcrm(*base, "visits", "status", visit_id, "flyttet", "--reason", "Syg kontaktperson", "--to",
                   "2026-12-03 09:00", tmp_path=tmp_path, check=True)
    assert "Besøget er flyttet. Nyt besøg: 03.12.2026 09:00–10:30" in moved.stdout


def test_templates_and_printed_guides(tmp_path):
    db = str(tmp_path / "t.db")
    base = ("--db", db, *BASE)
    jobcrm(*base, "demo", "--companies", "40", tmp_path=tmp_path, check=True)
    templates = json.loads(jobcrm(*base, "templates", "list", "--json", tmp_path=tmp_path, check=True).stdout)
    assert [(t["name"], t["version"], t["sections"]) for t in templates] == [
        ("Samtaleguide ved virksomhedsbesøg", 1, 4), ("Kampagnebesøg", 1, 4), ("Jobrotation – fire faser", 1, 4),
        ("Opstart af virksomhedspraktik", 1, 3)]

    blank = tmp_path / "blank.pdf"
    jobcrm(*base, "print", "guide", "Samtaleguide ved virksomhedsbesøg", str(blank), tmp_path=tmp_path, check=True)
    text = _text(blank)
    for expected in ("Samtaleguide ved virksomhedsbesøg", "blank til udfyldning i hånden", "1. Kendskab til virksomheden",
                     "4. Midlertidige kampagner/redskaber", "Hvem er kunderne?/ hvem er leverandører?",
                     "Løntilskud til førtidspensionister (skånejob)", "Aftaler – hvem gør hvad og hvornår",
                     "Virksomhedens behov for arbejdskraft", "Ordninger præsenteret", "Materiale udleveret",
                     "Førstegangsbesøg"):
        assert expected in text, expected
    by_id = tmp_path / "byid.pdf"
    jobcrm(*base, "print", "guide", templates[3]["id"], str(by_id), tmp_path=tmp_path, check=True)
    assert "Opstart af virksomhedspraktik" in _text(by_id) and "Skånebehov" in _text(by_id)

    held = [r for r in json.loads(jobcrm(*base, "visits", "--all", "--from", "2026-01-01", "--to", "2026-11-23",
                                         "--json", tmp_path=tmp_path, check=True).stdout) if r["status"] == "afholdt"]
    assert held
    filled = tmp_path / "filled.pdf"
    jobcrm(*base, "print", "visit", held[-1]["id"], str(filled), tmp_path=tmp_path, check=True)
    text = _text(filled)
    assert "udfyldt" in text and held[-1]["company_name"] in text and "Afholdt" in text
    assert "Udbytte af besøget" in text and "(berørt)" in text

    for args in (["print", "guide", "Ukendt guide", str(tmp_path / "x.pdf")],
                 ["print", "visit", "01a20fe8-33cc-714d-a290-d3e7af3bcadb", str(tmp_path / "x.pdf")],
                 ["visits", "plan", "--company", "12345678", "--at", "i morgen"],
                 ["visits", "--from", "en dag"]):
        out = jobcrm(*base, *args, tmp_path=tmp_path)
        lines = out.stderr.strip().splitlines()
        assert out.returncode in (1, 2) and len(lines) == 1 and lines[0].startswith("jobcrm: "), (args, out.stderr)
    assert not (tmp_path / "x.pdf").exists()
