"""`jobcrm orders …` and `jobcrm print order` as a script would use them."""

import json

import pypdf

from tests.cli.test_cli import jobcrm


def test_create_refer_close_show_and_print_an_order(tmp_path):
    db = str(tmp_path / "x.db")
    base = ("--db", db, "--today", "2026-11-24")
    jobcrm(*base, "demo", "--companies", "5", tmp_path=tmp_path, check=True)
    cvr = json.loads(jobcrm(*base, "companies", "list", "--json", tmp_path=tmp_path, check=True).stdout)[0]["cvr"]
    made = jobcrm(*base, "orders", "create", "--company", cvr, "--title", "Lagermedarbejder", "--offer", "ordinaer",
                  "--hours", "fuld_tid", "--contact-form", "cv", "--cvs", "2", "--feedback-deadline",
                  "+5 arbejdsdage", "--requirement", "koerekort:B:ufravigelig", "--wish", "fastholdelse", "--json",
                  tmp_path=tmp_path, check=True)
    order = json.loads(made.stdout)
    oid = order["id"]
    assert order["title"] == "Lagermedarbejder" and order["feedback_deadline"] == "2026-12-01"
    assert order["owner_initials"] == "MAJ"

    refused = jobcrm(*base, "orders", "refer", oid[-8:], "--candidate", "010190-1234", "--consent",
                     tmp_path=tmp_path)
    assert refused.returncode == 1 and "CPR" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    no_consent = jobcrm(*base, "orders", "refer", oid, "--candidate", "AB-17", tmp_path=tmp_path)
    assert no_consent.returncode == 1 and "samtykke" in no_consent.stderr
    jobcrm(*base, "orders", "refer", oid, "--candidate", "AB-17", "--consent", tmp_path=tmp_path, check=True)
    second = jobcrm(*base, "orders", "refer", oid, "--candidate", "Sag 4711", "--consent", "--response", "ansat",
                    tmp_path=tmp_path, check=True)
    assert "2 af 2 CV'er sendt" in second.stdout and "Afsluttet – behov dækket" in second.stdout

    shown = json.loads(jobcrm(*base, "orders", "show", oid, "--json", tmp_path=tmp_path, check=True).stdout)
    assert shown["cvs_sent"] == 2 and [o["status"] for o in shown["offers"]] == ["afsluttet_daekket", "inaktiveret"]
    assert shown["completeness"]["missing"][0]["label"] == "Faglige kvalifikationer"
    human = jobcrm(*base, "orders", "show", oid[-8:], tmp_path=tmp_path, check=True).stdout
    assert "Formidlingslog (2 CV'er sendt af 2 ønskede)" in human and "Den gode jobordre:" in human

    closed = jobcrm(*base, "orders", "status", oid, "afsluttet_daekket", tmp_path=tmp_path, check=True)
    assert "Afsluttet – behov dækket" in closed.stdout
    assert json.loads(jobcrm(*base, "orders", "list", "--status", "åbne", "--json", tmp_path=tmp_path,
                             check=True).stdout) == [r for r in json.loads(jobcrm(
                                 *base, "orders", "list", "--json", "--limit", "500", tmp_path=tmp_path,
                                 check=True).stdout) if r["status"] in ("under_behandling", "inaktiveret")]
    listed = jobcrm(*base, "orders", "list", "--status", "Afsluttet – behov dækket", tmp_path=tmp_path, check=True)
    assert "Lagermedarbejder" in listed.stdout

    pdf = tmp_path / "ordre.pdf"
    printed = jobcrm(*base, "print", "order", oid[-8:], str(pdf), tmp_path=tmp_path, check=True)
    assert printed.stdout.startswith("Ordreblanket gemt i")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "Lagermedarbejder" in text and "Kontakter med virksomheden:" in text
    blank = tmp_path / "blank.pdf"
    out = jobcrm(*base, "print", "order", "--blank", str(blank), tmp_path=tmp_path, check=True)
    assert out.stdout.startswith("Blank ordreblanket gemt i") and blank.stat().st_size > 1000


def test_order_commands_refuse_bad_input_in_one_line(tmp_path):
    db = str(tmp_path / "x.db")
    for args, code in ((["print", "order", str(tmp_path / "x.pdf")], 2),
                       (["print", "order", "--blank", "abcdef12", str(tmp_path / "x.pdf")], 2),
                       (["orders", "show", "nope"], 1),
                       (["orders", "list", "--status", "færdig"], 2)):
        out = jobcrm("--db", db, *args, tmp_path=tmp_path)
        assert out.returncode == code, (args, out.stderr)
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("jobcrm: "), (args, out.stderr)
    assert not (tmp_path / "x.pdf").exists()
