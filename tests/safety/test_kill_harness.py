"""Crash safety, proven: the writers (the CLI's `log`, the visit-guide autosave, CSV imports) are killed with
SIGKILL at random (seeded) moments; after every kill the database opens, passes `PRAGMA integrity_check`,
holds every write that was reported as committed and no half-written record. tools/kill_harness.py runs
larger counts (`python tools/kill_harness.py --kills 2000`)."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools import kill_harness as kh  # noqa: E402

CI_KILLS = {"log": 65, "import": 50, "guide": 35}  # 150 kills: ≈ 1–2.5 minutes on a busy 2-core machine


def test_every_writer_survives_being_killed_at_random_moments(tmp_path):
    outcome = kh.run(CI_KILLS, seed=20261124, directory=tmp_path)
    assert outcome.kills == sum(CI_KILLS.values())
    assert outcome.by_writer == CI_KILLS
    # The kills landed among real writes: every writer reported commits that were then checked.
    assert all(outcome.reported[w] >= CI_KILLS[w] for w in CI_KILLS), outcome.reported


@pytest.fixture
def prepared(tmp_path):
    def make(writer):
        db = tmp_path / f"{writer}.db"
        kh.prepare(writer, db)
        return db
    return make


def _services(db):
    services = kh._services(str(db))
    services.ctx.actor.id = services.consultants.by_initials("KH").id
    return services


def test_the_check_finds_a_contact_whose_promise_was_lost(prepared):
    from jobcrm.services.quicklog import QuickLogInput

    db = prepared("log")
    services = _services(db)
    company = services.companies.resolve("12345674")
    services.quicklog.log(QuickLogInput(company_id=company, channel="telefon", summary="KH kørsel 1 nr 1",
                                        promise_title="KH aftale 1-1", due="i morgen"))
    kh.check("log", db, kh.Ledger(runs=1))  # a whole contact with its promise passes
    services.quicklog.log(QuickLogInput(company_id=company, channel="telefon", summary="KH kørsel 1 nr 2"))
    services.close()
    with pytest.raises(kh.HarnessFailure, match="without its promise"):
        kh.check("log", db, kh.Ledger(runs=1))


def test_the_check_finds_a_reported_write_that_is_missing(prepared):
    db = prepared("log")
    with pytest.raises(kh.HarnessFailure, match="reported as committed but missing"):
        kh.check("log", db, kh.Ledger(committed=[f"{'1' * 32} {'2' * 32}"], runs=1))


def test_the_check_finds_an_import_with_only_some_of_its_rows(prepared):
    db = prepared("import")
    services = _services(db)
    data = kh.batch_csv(1, 2)  # an even batch is UTF-8
    lines = data.decode("utf-8-sig").splitlines()
    services.importing.import_companies("\n".join(lines[:-2]).encode())  # the last valid row left out
    services.close()
    with pytest.raises(kh.HarnessFailure, match="half written"):
        kh.check("import", db, kh.Ledger(runs=1))


def test_the_check_finds_guide_answers_from_two_saves(prepared):
    db = prepared("guide")
    import uuid

    visit_id = uuid.UUID(Path(str(db) + ".visit").read_text())
    services = _services(db)
    services.guides.autosave(visit_id, {k: f"KH 1-1 {k}" for k in kh.GUIDE_KEYS})
    kh.check("guide", db, kh.Ledger(committed=["1-1"], runs=1))
    services.guides.autosave(visit_id, {kh.GUIDE_KEYS[0]: f"KH 1-2 {kh.GUIDE_KEYS[0]}"})
    services.close()
    with pytest.raises(kh.HarnessFailure, match="half-written save"):
        kh.check("guide", db, kh.Ledger(committed=["1-1"], runs=1))


def test_the_command_line_tool_counts_the_kills(tmp_path, capsys):
    assert kh.main(["--kills", "6", "--seed", "3", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("6 kills survived (log 3")
