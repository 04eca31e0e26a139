"""Local change capture (every table accounted for; bulk statements captured; pulled changes not re-sent) and
the server commands (`jobcrm server init/status/add-user`, `jobcrm sync` with a consultant's own login)."""

from __future__ import annotations

import json
import subprocess
import sys

from sqlalchemy import text

from jobcrm.clock import Clock
from jobcrm.models import Base
from jobcrm.services.registry import Services
from jobcrm.services.sync_api import NOT_CONFIGURED, OFFLINE
from jobcrm.sync.tables import APPEND_ONLY, EDITABLE, LOCAL_TABLES, sync_tables
from tests.sync.conftest import TODAY, assert_all_equal, become, new_company


def test_every_table_is_accounted_for_as_editable_append_only_or_local():
    """A table added by a later feature syncs automatically (as editable); this fails until its author has said
    whether it is edited in place, append-only (never conflicts) or the laptop's own bookkeeping."""
    tables = set(Base.metadata.tables)
    unaccounted = tables - EDITABLE - APPEND_ONLY - LOCAL_TABLES
    assert not unaccounted, f"add these tables to EDITABLE, APPEND_ONLY or LOCAL_TABLES in jobcrm/sync/tables.py: " \
                            f"{sorted(unaccounted)}"
    assert not (EDITABLE & APPEND_ONLY) and not ((EDITABLE | APPEND_ONLY) & LOCAL_TABLES)
    assert set(sync_tables()) == tables - LOCAL_TABLES
    assert {"sync_outbox", "sync_push", "sync_row_clock", "sync_conflict", "sync_state",
            "audit_log", "retention_log"} == LOCAL_TABLES


def test_capture_starts_when_a_server_is_set_and_covers_every_synced_table(tmp_path):
    s = Services.open(tmp_path / "x.db", Clock(fixed_today=TODAY))
    try:
        assert s.sync.status().state == NOT_CONFIGURED
        new_company(s, "Før serveren")
        assert s.sync.status().pending_changes == 0  # no server: nothing is queued
        s.sync.set_server_url("postgresql+psycopg://nobody@127.0.0.1:1/none")
        with s.engine.connect() as c:
            triggers = set(c.execute(text("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                                          "AND name LIKE 'sync_a%'")).scalars())
        assert triggers == set(sync_tables())
    finally:
        s.close()


def test_bulk_statements_are_captured_too(team):
    """A company merge moves contacts and persons with bulk UPDATEs that bypass the ORM: they still sync."""
    a, b = team.laptop("a"), team.laptop("b")
    become(a, "AA", "Anna Andersen")
    keep, dup = new_company(a, "Hansen VVS"), new_company(a, "Hansen V.V.S.")
    a.history.log(dup.id, "telefon", "Ringede til dubletten")
    team.sync("a", "b")
    a.companies.merge(keep.id, dup.id)
    team.sync("a", "b")
    assert_all_equal(team)
    assert [h.summary for h in b.history.timeline(keep.id)] == ["Ringede til dubletten"]
    assert dup.id not in b.companies.search_ids()
    # What b pulled is not queued to be sent back.
    assert b.sync.status().pending_changes == 0


def test_an_unreachable_server_leaves_the_laptop_working_and_says_offline(tmp_path):
    s = Services.open(tmp_path / "x.db", Clock(fixed_today=TODAY))
    try:
        s.sync.set_server_url("postgresql+psycopg://nobody@127.0.0.1:1/none")
        new_company(s, "Offline Firma")
        try:
            s.sync.sync_now()
            raise AssertionError("the sync should fail")
        except Exception as e:  # noqa: BLE001
            assert "kan ikke nås" in str(e)
        st = s.sync.status()
        assert st.state == OFFLINE and st.pending_changes == 1 and "kan ikke nås" in st.message
        assert s.companies.count() == 1
    finally:
        s.close()


def _jobcrm(*args, db=None):
    cmd = [sys.executable, "-m", "jobcrm.cli"] + (["--db", str(db), "--today", TODAY.isoformat()] if db else [])
    return subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=180)


def test_server_commands_and_a_consultant_syncing_with_their_own_login(server_url, tmp_path):
    out = _jobcrm("server", "init", server_url)  # already initialised: an upgrade that has nothing to do
    assert out.returncode == 0 and "skemaversion" in out.stdout, out.stderr
    out = _jobcrm("server", "add-user", server_url, "KL", "--password", "hemmelig-1")
    assert out.returncode == 0 and "jobcrm_kl" in out.stdout, out.stderr
    login = server_url.replace("postgres@", "jobcrm_kl:hemmelig-1@")
    db = tmp_path / "kl.db"
    assert _jobcrm("demo", "--companies", "5", db=db).returncode == 0
    out = _jobcrm("--as", "MAJ", "sync", "--server", login, db=db)
    assert out.returncode == 0 and "Synkroniseret" in out.stdout, out.stderr
    out = _jobcrm("server", "status", server_url, "--json")
    assert out.returncode == 0, out.stderr
    status = json.loads(out.stdout)
    assert status["revision"] and status["last_seq"] > 0 and status["laptops"] == 1
    assert {t["name"] for t in status["teams"]} >= {"Team Erhverv Nord"}
    out = _jobcrm("sync", "--status", db=db)
    assert "0 ændringer venter" in out.stdout
    out = _jobcrm("server", "status", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert out.returncode == 1 and "kan ikke nås" in out.stderr
    out = _jobcrm("sync", "--server", "mysql://x@y/z", db=db)
    assert out.returncode == 2 and "PostgreSQL" in out.stderr
