"""The GDPR retention purge (issue 8 item 7): candidate references and placement details are blanked a configurable
number of months after the placement ended — also in the audit log — and nothing else in the database changes."""

import datetime as dt
import json
import sqlite3

import pytest

from jobcrm.cli import main
from jobcrm.clock import Clock
from jobcrm.services.companies import CompanyFilter
from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.order_dto import OrderInput, ReferralInput
from jobcrm.services.record_labels import PURGED
from jobcrm.services.registry import Services
from jobcrm.services.slot_dto import PlacementInput, SlotInput

D = dt.date
TODAY = D(2026, 11, 24)  # cutoff with the default 12 months: 24.11.2025


def _world(db_path):
    """Two placements and two referrals made in 2025 (one of each ended before the cutoff), and one running now."""
    past = Services.open(db_path, Clock(fixed_today=D(2025, 3, 3)))
    me = past.consultants.create(ConsultantInput("MAJ", "Maja Jørgensen", team_name="Team Nord"))
    past.consultants.set_current(me.id)
    past.ctx.actor.id = me.id
    company = past.companies.create(CompanyInput(name="Holm Byg ApS", employees=30, owner_id=me.id))
    slot = past.slots.create(SlotInput(company_id=company.id, scheme="praktik", title="Lagermedarbejder",
                                       capacity=3, hours_per_week=25))
    old = past.placements.start(PlacementInput(slot.id, "KL-77", D(2025, 3, 10), weeks=4,
                                               candidate_note="Har brug for faste pauser")).placement
    past.placements.extend(old.id, weeks=2, reason="Sygdom i to uger")
    past.placements.log_contact(old.id, "telefon", "Talt med mentor om KL-77: det går fint.")
    past.placements.end(old.id, "Ordinær ansættelse", ended_on=D(2025, 4, 30), note="Ansat som lagermand")
    later = past.placements.start(PlacementInput(slot.id, "PQ-31", D(2025, 11, 3), weeks=8)).placement  # ends 2025-12-28
    order = past.orders.create(OrderInput(company_id=company.id, title="Truckfører", referrals=(
        ReferralInput("ZZ-1", D(2025, 3, 3), consent=True, note="Stærk på truck"),))).order
    past.close()
    now = Services.open(db_path, Clock(fixed_today=TODAY))
    now.ctx.actor.id = me.id
    current = now.placements.start(PlacementInput(slot.id, "NY-2", D(2026, 11, 30), weeks=4)).placement
    now.orders.update(order.id, OrderInput(company_id=company.id, title="Truckfører", referrals=(
        ReferralInput("ZZ-1", D(2025, 3, 3), consent=True, note="Stærk på truck", id=order.referrals[0].id),
        ReferralInput("YY-9", D(2026, 11, 20), consent=True, note="Ny kandidat"))))
    return now, {"old": old.id, "later": later.id, "current": current.id, "order": order.id, "company": company.id}


def _dump(db_path) -> dict:
    """Every row of every table, keyed by (table, rowid). The full-text index's shadow tables are left out: they
    are derived from the rows (kept in step by triggers), and the search test below checks them."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    out = {}
    virtual = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")]
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                         "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
              if not any(r[0].startswith(v + "_") for v in virtual)]
    for t in tables:
        try:
            rows = conn.execute(f'SELECT rowid AS _rowid, * FROM "{t}"').fetchall()
        except sqlite3.OperationalError:  # WITHOUT ROWID
            rows = [dict(r, _rowid=i) for i, r in enumerate(conn.execute(f'SELECT * FROM "{t}" ORDER BY 1'))]
        for r in rows:
            d = dict(r)
            out[(t, d.pop("_rowid"))] = d
    conn.close()
    return out


def _hex(u) -> str:
    return u.hex


def test_purge_blanks_exactly_the_personal_data_and_touches_nothing_else(db_path):
    services, ids = _world(db_path)
    before = _dump(db_path)
    audit_before = json.dumps([v for (t, _), v in before.items() if t == "audit_log"], default=str)
    assert "Ansat som lagermand" in audit_before  # the end note was logged as a change; the purge must blank it
    result = services.retention.purge()
    assert services.companies.search_ids(CompanyFilter(text="KL-77")) == []  # nor in the search index
    services.close()
    after = _dump(db_path)
    assert result.cutoff == D(2025, 11, 24)
    assert result.counts["placement"] == 1 and result.counts["placement_extension"] == 1
    assert result.counts["job_order_referral"] == 1 and result.counts["promise"] >= 1
    assert result.counts["contact"] == 1 and result.counts["audit_log_values"] >= 1

    allowed = {"placement": {"candidate_ref", "candidate_note", "end_note"}, "placement_extension": {"reason"},
               "promise": {"title", "details"}, "contact": {"summary"},
               "job_order_referral": {"candidate_ref", "note"}, "audit_log": {"old_value", "new_value"}}
    stamps = {"updated_at", "updated_by"}
    changed: dict[str, set] = {}
    new_keys = set(after) - set(before)
    assert set(before) - set(after) == set(), "the purge deleted rows"
    assert {t for t, _ in new_keys} == {"retention_log"}, "only retention_log rows are added"
    for key, old in before.items():
        new = after[key]
        diff = {c for c in old if old[c] != new[c]}
        if not diff:
            continue
        table = key[0]
        assert diff <= allowed.get(table, set()) | (stamps if table != "audit_log" else set()), (key, diff)
        for c in diff - stamps:
            assert new[c] in (None, PURGED) or PURGED in new[c], (key, c, new[c])
        changed.setdefault(table, set()).update(diff)
    assert changed["placement"] >= {"candidate_ref", "candidate_note", "end_note"}

    # The old placement is blanked; the one that ended after the cutoff and the running one are untouched.
    def row(table, rid):
        return next(v for (t, _), v in after.items() if t == table and v.get("id") == _hex(rid))
    assert (row("placement", ids["old"])["candidate_ref"], row("placement", ids["old"])["candidate_note"],
            row("placement", ids["old"])["end_note"]) == (PURGED, None, None)
    assert row("placement", ids["old"])["outcome"] == "ordinaer"  # statistics keep their facts
    assert row("placement", ids["later"])["candidate_ref"] == "PQ-31"
    assert row("placement", ids["current"])["candidate_ref"] == "NY-2"
    refs = {v["candidate_ref"] for (t, _), v in after.items() if t == "job_order_referral"}
    assert refs == {PURGED, "YY-9"}
    # No trace of the purged references anywhere in the database, the audit log included.
    text = json.dumps(list(after.values()), default=str)
    for gone in ("KL-77", "Har brug for faste pauser", "Sygdom i to uger", "Ansat som lagermand", "ZZ-1",
                 "Stærk på truck"):
        assert gone not in text, gone
    for kept in ("PQ-31", "NY-2", "YY-9", "Holm Byg ApS", "Lagermedarbejder"):
        assert kept in text, kept
    # The log says what kind, how many, when and the cutoff — never the data.
    log = [v for (t, _), v in after.items() if t == "retention_log"]
    assert {r["kind"] for r in log} >= {"placement", "placement_extension", "job_order_referral"}
    assert all(r["cutoff"] == "2025-11-24" for r in log)
    assert "KL-77" not in json.dumps(log)


def test_dry_run_changes_nothing_and_a_second_purge_finds_nothing(db_path):
    services, _ = _world(db_path)
    before = _dump(db_path)
    dry = services.retention.purge(dry_run=True)
    assert _dump(db_path) == before
    real = services.retention.purge()
    assert dry.counts == real.counts and dry.dry_run and not real.dry_run
    assert services.retention.purge().counts == {}  # idempotent: at every start, nothing twice
    services.close()


def test_retention_months_is_a_setting(db_path):
    services, ids = _world(db_path)
    services.settings.set("retention_months", 24)
    assert services.retention.purge().counts == {}  # nothing ended before 24.11.2024
    services.settings.set("retention_months", 1)
    counts = services.retention.purge().counts
    assert counts["placement"] == 2  # the one ended 28.12.2025 too, not the running one
    services.close()


def test_purge_command_dry_run_and_json(db_path, capsys):
    services, _ = _world(db_path)
    services.close()
    assert main(["--db", str(db_path), "--today", "2026-11-24", "purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Ville slette persondata afsluttet før 24.11.2025:" in out
    assert "Forløb (kandidatreference og noter): 1" in out and "Intet er ændret (--dry-run)." in out
    assert main(["--db", str(db_path), "--today", "2026-11-24", "purge", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cutoff"] == "2025-11-24" and data["counts"]["job_order_referral"] == 1 and not data["dry_run"]
    assert main(["--db", str(db_path), "--today", "2026-11-24", "purge"]) == 0
    assert capsys.readouterr().out.startswith("Intet at slette")


@pytest.mark.parametrize(("day", "months", "expected"), [
    (D(2026, 11, 24), 12, D(2025, 11, 24)), (D(2026, 3, 31), 1, D(2026, 2, 28)), (D(2026, 1, 15), 13, D(2024, 12, 15))])
def test_cutoff_months(day, months, expected):
    from jobcrm.services.retention import months_before

    assert months_before(day, months) == expected
