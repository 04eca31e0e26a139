"""A sync killed with SIGKILL at every checkpoint it reaches (staging, each push batch before and after the
server's commit, the server applying a batch, each pulled page before and after applying it, the first-sync
snapshot), then run again: the next run finishes the job, with no duplicate and no lost change."""

from __future__ import annotations

import os
import signal
import sys

from sqlalchemy import create_engine, text

from jobcrm.clock import Clock
from jobcrm.services.registry import Services
from tests.sync.conftest import TODAY, assert_all_equal, become, edit_company, new_company


def _sync_in_child(db, url, k: int) -> int:
    """Fork a process that syncs the laptop `db` and kills itself (SIGKILL) at its k-th checkpoint.
    Returns the signal that ended it (0 when the sync finished)."""
    pid = os.fork()
    if pid == 0:  # the child: its own engines and connections, nothing shared with the test process
        code = 1
        try:
            from jobcrm.sync import checkpoints, service

            service.PUSH_BATCH = service.PULL_PAGE = 5  # small batches: more commit points to be killed at
            checkpoints.kill_at(k)
            s = _open(db)
            s.sync.sync_now(url)
            s.close()
            code = 0
        except BaseException as e:  # noqa: BLE001 - report and leave without running the parent's clean-up
            print(f"sync failed: {e!r}", file=sys.stderr)
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return os.WTERMSIG(status)
    assert os.WEXITSTATUS(status) == 0, "the resumed sync failed"
    return 0


def _sync_until_done(db, url) -> int:
    """Sync killed at checkpoint 1, then (resuming) at 2, 3 … until a run completes. Returns the number of kills."""
    kills, k = 0, 1
    while (sig := _sync_in_child(db, url, k)) == signal.SIGKILL:
        kills += 1
        k += 1
    assert sig == 0
    return kills


def _open(path):
    return Services.open(path, Clock(fixed_today=TODAY))


def test_sync_killed_at_every_checkpoint_resumes_without_duplicates_or_loss(team, tmp_path):
    url = team.url
    a_db, b_db = tmp_path / "a.db", tmp_path / "b.db"
    a = _open(a_db)
    a.sync.set_server_url(url)
    become(a, "AA", "Anna Andersen")
    firms = [new_company(a, f"Firma {i}", phone=f"1000000{i}") for i in range(4)]
    for f in firms:
        a.history.log(f.id, "telefon", f"Ringede til {f.name}")
        a.history.log(f.id, "mail", f"Skrev til {f.name}")
    a.close()
    kills = _sync_until_done(a_db, url)

    b = _open(b_db)  # a new laptop: its first sync is mostly pulling
    b.sync.set_server_url(url)
    b.close()
    kills += _sync_until_done(b_db, url)

    # Offline edits on both, one field edited on both, then both syncs killed over and over again.
    a, b = _open(a_db), _open(b_db)
    become(b, "BB", "Bo Berg")
    for f in firms[:2]:
        edit_company(a, f.id, city="Aalborg")
        edit_company(b, f.id, email="bo@firma.dk")
        b.history.log(f.id, "besøg", f"Besøg hos {f.name}")
    edit_company(a, firms[3].id, phone="20202020")
    edit_company(b, firms[3].id, phone="30303030")
    a.close()
    b.close()
    kills += _sync_until_done(b_db, url)
    kills += _sync_until_done(a_db, url)
    kills += _sync_until_done(b_db, url)

    team.laptops.update(a=_open(a_db), b=_open(b_db))
    data = assert_all_equal(team)
    print(f"\nkill points exercised: {kills}")
    assert kills >= 25
    # Nothing lost, nothing twice: exactly the history entered, every edit present.
    assert sorted(r["summary"] for r in data["contact"]) == sorted(
        [f'"Ringede til Firma {i}"' for i in range(4)] + [f'"Skrev til Firma {i}"' for i in range(4)]
        + [f'"Besøg hos Firma {i}"' for i in range(2)])
    a = team.laptops["a"]
    for f in firms[:2]:
        got = a.companies.get(f.id)
        assert (got.city, got.email) == ("Aalborg", "bo@firma.dk")
    assert a.companies.get(firms[3].id).phone in ("20 20 20 20", "30 30 30 30")
    assert [c.field for c in a.sync.conflicts()] == ["phone"]
    engine = create_engine(url)
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM server_log WHERE tbl = 'contact'")).scalar() == 10
    engine.dispose()
