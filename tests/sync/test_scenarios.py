"""Laptops working offline against one team server (PostgreSQL): after every scenario all databases hold the
same data and nothing entered is lost."""

from __future__ import annotations

import datetime as dt

from jobcrm.clock import Clock
from jobcrm.services.sync_api import OK, SyncProgress
from tests.sync.conftest import assert_all_equal, become, edit_company, new_company


def _team_of_three(team):
    a, b, c = team.laptop("a"), team.laptop("b"), team.laptop("c")
    become(a, "AA", "Anna Andersen")
    team.sync("a", "b", "c")  # a new laptop syncs first, then its user is created or picked
    become(b, "BB", "Bo Berg")
    become(c, "CC", "Cecilie Carlsen", team_name="Team Syd")
    team.sync("b", "c", "a")
    return a, b, c


def test_offline_work_on_three_laptops_reaches_everyone_whatever_the_order(team):
    a, b, c = _team_of_three(team)
    # Offline for a while: each laptop adds companies, contact persons and history.
    x = new_company(a, "Aalborg Stål A/S", city="Aalborg")
    a.history.log(x.id, "telefon", "Første opkald: interesseret i praktik")
    y = new_company(b, "Bryggeriet Bøgh", city="Brønderslev")
    b.companies.add_person(y.id, __import__("jobcrm.services.dto", fromlist=["ContactPersonInput"])
                           .ContactPersonInput("Birte Bøgh", title="Direktør"))
    b.history.log(y.id, "besøg", "Besøg hos Birte")
    z = new_company(c, "Cykelværkstedet", city="Hjørring")
    c.history.log(z.id, "mail", "Sendt materiale")
    team.sync("c", "a", "b")
    team.sync("c", "a")  # the second round brings b's changes to c and a
    data = assert_all_equal(team)
    names = {r["name"] for r in data["company"]}
    assert {'"Aalborg Stål A/S"', '"Bryggeriet Bøgh"', '"Cykelværkstedet"'} <= names
    for s in (a, b, c):
        assert s.history.count(x.id) == 1 and s.history.count(y.id) == 1 and s.history.count(z.id) == 1
        assert [p.name for p in s.companies.get(y.id).contact_persons] == ["Birte Bøgh"]
    # Syncing again changes nothing: idempotent.
    again = team.sync("a", "b", "c")
    assert [r.pushed for r in again] == [0, 0, 0]
    assert assert_all_equal(team) == data


def test_different_fields_are_both_kept_and_the_same_field_is_decided_with_the_loser_kept(team):
    a, b, c = _team_of_three(team)
    x = new_company(a, "Fjordens Fisk", phone="11111111", city="Skagen")
    team.sync("a", "b")
    edit_company(a, x.id, phone="22222222")
    edit_company(b, x.id, city="Frederikshavn")
    team.sync("a", "b", "a")
    for s in (a, b):
        got = s.companies.get(x.id)
        assert (got.phone, got.city) == ("22 22 22 22", "Frederikshavn")
    assert a.sync.conflict_count() == 0 and b.sync.conflict_count() == 0

    # The same field on both laptops, offline.
    edit_company(a, x.id, email="anna@fisk.dk")
    edit_company(b, x.id, email="bo@fisk.dk")
    team.sync("a", "b", "a", "c")
    data = assert_all_equal(team)
    winner = a.companies.get(x.id).email
    assert winner in ("anna@fisk.dk", "bo@fisk.dk")
    loser = ({"anna@fisk.dk", "bo@fisk.dk"} - {winner}).pop()
    for s in (a, b, c):
        [conflict] = s.sync.conflicts()
        assert (conflict.record_label, conflict.field, conflict.field_label) == ("Fjordens Fisk", "email", "E-mail")
        assert (conflict.kept_value, conflict.lost_value) == (winner, loser)
        assert {conflict.kept_by, conflict.lost_by} == {"AA", "BB"}
    # The loser restores the value from the conflict list; it reaches everyone.
    loser_laptop = a if loser == "anna@fisk.dk" else b
    loser_laptop.sync.restore_conflict(loser_laptop.sync.conflicts()[0].id)
    assert loser_laptop.sync.conflict_count() == 0
    assert loser_laptop.sync.conflict_count(include_restored=True) == 1
    team.sync("a", "b", "c")
    assert {s.companies.get(x.id).email for s in (a, b, c)} == {loser}
    assert [s.sync.conflict_count() for s in (a, b, c)] == [0, 0, 0]  # closed everywhere once restored
    assert assert_all_equal(team) != data


def test_a_delete_against_an_edit_keeps_the_tombstone_and_the_edit(team):
    a, b, c = _team_of_three(team)
    x = new_company(a, "Lukket Lager ApS", phone="33333333")
    team.sync("a", "b", "c")
    a.companies.delete(x.id)
    edit_company(b, x.id, phone="44444444", special_notes="Ring før kl. 9")
    team.sync("b", "a", "b", "c")
    data = assert_all_equal(team)
    [row] = [r for r in data["company"] if r["name"] == '"Lukket Lager ApS"']
    assert row["deleted_at"] != "null" and row["phone"] == '"44 44 44 44"'
    for s in (a, b, c):
        assert x.id not in s.companies.search_ids()


def test_clock_skew_between_laptops_does_not_undo_a_later_edit(team):
    a = team.laptop("a")
    become(a, "AA", "Anna Andersen")
    x = new_company(a, "Skæve Ure A/S", phone="55555555")
    team.sync("a")
    # b's clock is three hours behind; c's a day ahead.
    real = dt.datetime.now()
    b = team.laptop("b", Clock(fixed_now=real - dt.timedelta(hours=3)))
    c = team.laptop("c", Clock(fixed_now=real + dt.timedelta(days=1)))
    team.sync("b", "c")
    become(b, "BB", "Bo Berg")
    become(c, "CC", "Cecilie Carlsen")
    # c (clock ahead) edits first, then b (clock behind) edits after seeing c's value: b's edit is the later one.
    edit_company(c, x.id, phone="66666666")
    team.sync("c", "b")
    edit_company(b, x.id, phone="77777777")
    team.sync("b", "c", "a")
    assert {s.companies.get(x.id).phone for s in (a, b, c)} == {"77 77 77 77"}
    assert b.sync.conflict_count() == 0
    # Concurrent edits with skewed clocks: decided the same way everywhere.
    edit_company(b, x.id, web="b.dk")
    edit_company(c, x.id, web="c.dk")
    team.sync("b", "c", "b", "a")
    assert len({s.companies.get(x.id).web for s in (a, b, c)}) == 1
    assert_all_equal(team)


def test_first_sync_of_a_new_laptop_pulls_the_team_with_progress_and_status(team):
    a, b, c = _team_of_three(team)
    for i in range(12):
        new_company(a, f"Firma {i:02d}")
    team.sync("a")
    d = team.laptop("d")
    assert d.sync.status().state == "never"
    seen: list[SyncProgress] = []
    result = d.sync.sync_now(progress=seen.append)
    pulls = [p for p in seen if p.phase == "pull"]
    assert pulls[0].done == 0 and pulls[0].total == result.pulled > 12
    assert [p.done for p in pulls if p.total == pulls[0].total][-1] == result.pulled
    assert d.companies.count() == a.companies.count()
    st = d.sync.status()
    assert st.state == OK and st.pending_changes == 0 and st.last_sync_at is not None
    # The team lead sees when each consultant last synced; never-synced consultants show None.
    syncs = {s.initials: s.last_sync_at for s in d.sync.last_syncs()}
    assert set(syncs) == {"AA", "BB", "CC"} and all(syncs.values())
    new_company(d, "Ny på holdet")
    assert d.sync.status().pending_changes == 1


def test_a_laptop_limited_to_its_team_gets_the_shared_records_but_not_other_teams_history(team):
    a, b, c = _team_of_three(team)  # a and b: Team Nord; c: Team Syd
    x = new_company(a, "Fælles Firma")
    a.history.log(x.id, "telefon", "Nord ringede")
    team.sync("a", "c")
    c.history.log(x.id, "telefon", "Syd ringede")
    team.sync("c")
    e = team.laptop("e")
    e.sync.set_team_only(True)
    team.sync("e")  # no user chosen yet: the shared records only (teams, consultants, companies …)
    assert e.companies.get(x.id).name == "Fælles Firma"
    assert e.history.count(x.id) == 0
    become(e, "CC", "Cecilie Carlsen")  # picked from the synced list: Team Syd
    team.sync("e")
    summaries = [h.summary for h in e.history.timeline(x.id)]
    assert summaries == ["Syd ringede"]
