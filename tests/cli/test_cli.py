"""The `jobcrm` command as an administrator or a script uses it (in a subprocess, like a user would)."""

import json
import os
import subprocess
import sys


def jobcrm(*args, tmp_path, check=False):
    env = dict(os.environ, JOBCRM_DATA_DIR=str(tmp_path / "userdata"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "jobcrm.cli", *args], capture_output=True, text=True, env=env,
                          check=check, timeout=120)


def test_demo_then_list_companies_as_json(tmp_path):
    db = str(tmp_path / "x.db")
    out = jobcrm("--db", db, "--today", "2026-11-24", "demo", "--companies", "40", tmp_path=tmp_path, check=True)
    assert "40 virksomheder" in out.stdout and "MAJ" in out.stdout
    listed = jobcrm("--db", db, "companies", "list", "--json", tmp_path=tmp_path, check=True)
    rows = json.loads(listed.stdout)
    assert len(rows) == 40
    assert {"id", "name", "cvr", "city", "owner_initials", "next_due_date"} <= set(rows[0])
    human = jobcrm("--db", db, "companies", "list", "--limit", "5", tmp_path=tmp_path, check=True)
    assert "Viser 5 af 40 virksomheder." in human.stdout


def test_check_reports_ok_and_catches_a_damaged_file(tmp_path):
    db = tmp_path / "x.db"
    ok = jobcrm("--db", str(db), "check", tmp_path=tmp_path)
    assert ok.returncode == 0 and ok.stdout.startswith("OK: integritet ok")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    bad = jobcrm("--db", str(junk), "check", tmp_path=tmp_path)
    assert bad.returncode != 0
    assert "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_bad_arguments_give_one_line_and_nonzero_exit(tmp_path):
    for args in (["nonsense"], ["--today", "24-11-2026", "check"], ["demo", "--companies", "0"],
                 ["--as", "XYZ", "--db", str(tmp_path / "y.db"), "check"]):
        out = jobcrm(*args, tmp_path=tmp_path)
        assert out.returncode != 0, args
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("jobcrm: "), (args, out.stderr)


def test_search_log_with_promise_and_show(tmp_path):
    db = str(tmp_path / "x.db")
    base = ("--db", db, "--today", "2026-11-24")
    jobcrm(*base, "demo", "--companies", "30", tmp_path=tmp_path, check=True)
    first = json.loads(jobcrm(*base, "companies", "list", "--json", "--limit", "1", tmp_path=tmp_path,
                              check=True).stdout)[0]
    found = json.loads(jobcrm(*base, "companies", "search", first["cvr"], "--json", tmp_path=tmp_path,
                              check=True).stdout)
    assert [r["id"] for r in found] == [first["id"]]
    word = first["name"].split()[0][:5]
    human = jobcrm(*base, "companies", "search", word, tmp_path=tmp_path, check=True).stdout
    assert first["name"] in human and f'passer til "{word}"' in human
    logged = jobcrm(*base, "log", "--company", first["cvr"], "--channel", "besøg", "--summary",
                    "Rundvisning; vil gerne have en lærling", "--at", "2026-11-24 10:30", "--promise",
                    "Sende to CV'er", "--due", "+3arbejdsdage", "--promised-by", "jobcentret", tmp_path=tmp_path,
                    check=True).stdout
    assert "Kontakt logget:" in logged and "senest 27.11.2026" in logged
    shown = json.loads(jobcrm(*base, "companies", "show", first["cvr"], "--json", tmp_path=tmp_path,
                              check=True).stdout)
    assert shown["company"]["name"] == first["name"]
    assert shown["contacts"][0]["summary"] == "Rundvisning; vil gerne have en lærling"
    assert shown["contacts"][0]["channel"] == "besoeg"
    assert len(shown["contacts"]) <= 20
    assert "Sende to CV'er" in [p["title"] for p in shown["open_promises"]]
    text = jobcrm(*base, "companies", "show", first["id"], tmp_path=tmp_path, check=True).stdout
    assert "Åbne aftaler" in text and "Kontaktpersoner:" in text and "24.11.2026 10:30" in text


def test_log_refuses_bad_input_with_one_line(tmp_path):
    db = str(tmp_path / "x.db")
    jobcrm("--db", db, "demo", "--companies", "5", tmp_path=tmp_path, check=True)
    cvr = json.loads(jobcrm("--db", db, "companies", "list", "--json", tmp_path=tmp_path, check=True).stdout)[0]["cvr"]
    for args in (["--channel", "brevdue", "--summary", "x"], ["--channel", "telefon", "--summary", " "],
                 ["--channel", "telefon", "--summary", "x", "--promise", "Ringe"],
                 ["--channel", "telefon", "--summary", "x", "--promise", "Ringe", "--due", "engang"],
                 ["--channel", "telefon", "--summary", "x", "--at", "i går"]):
        out = jobcrm("--db", db, "log", "--company", cvr, *args, tmp_path=tmp_path)
        lines = out.stderr.strip().splitlines()
        assert out.returncode != 0 and len(lines) == 1 and lines[0].startswith("jobcrm: "), (args, out.stderr)
    missing = jobcrm("--db", db, "companies", "show", "12345678", tmp_path=tmp_path)
    assert missing.returncode == 1 and "Ingen virksomhed" in missing.stderr


def test_output_piped_into_head_is_not_an_error(tmp_path):
    db = str(tmp_path / "x.db")
    jobcrm("--db", db, "--today", "2026-11-24", "demo", "--companies", "200", tmp_path=tmp_path, check=True)
    env = dict(os.environ, JOBCRM_DATA_DIR=str(tmp_path / "userdata"))
    proc = subprocess.Popen([sys.executable, "-m", "jobcrm.cli", "--db", db, "companies", "list", "--limit", "200"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    proc.wait(timeout=60)
    with proc.stderr:
        err = proc.stderr.read().decode()
    assert proc.returncode == 0 and "Traceback" not in err
