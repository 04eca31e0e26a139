"""Backups (made with the SQLite backup API, listed, rotated, restored) and the start-up checks on the database
file: each damaged or foreign situation is created for real on disk."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jobcrm.clock import Clock
from jobcrm.db import backup_files, safety
from jobcrm.db.backup_files import BackupInfo, Rotation, to_delete
from jobcrm.db.migrate import head_revision
from jobcrm.errors import DatabaseProblem
from jobcrm.services.dto import CompanyInput
from jobcrm.services.registry import Services

NOW = dt.datetime(2026, 11, 24, 9, 30)


def open_at(path, now=NOW, **kw):
    return Services.open(path, Clock(fixed_now=now), **kw)


def companies_in(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM company WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        con.close()


def add(services, name):
    return services.companies.create(CompanyInput(name=name))


def make_db(path, names=("Bæk & Søn ApS",), now=NOW):
    s = open_at(path, now)
    for n in names:
        add(s, n)
    s.close()
    return path


def db_at_revision(path: Path, revision: str) -> Path:
    """A database migrated only up to `revision` (an older JobCRM's file)."""
    from alembic import command

    from jobcrm.db.engine import make_engine
    from jobcrm.db.migrate import alembic_config

    engine = make_engine(path)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    return path


def previous_revision() -> str:
    from alembic.script import ScriptDirectory

    from jobcrm.db.migrate import alembic_config

    return ScriptDirectory.from_config(alembic_config()).get_revision(head_revision()).down_revision


def damage(path: Path) -> None:
    """Overwrite the middle pages of a database with garbage, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(4096 * 3)
        f.write(b"\xde\xad\xbe\xef" * ((size - 4096 * 4) // 4))


# --- making and listing ---------------------------------------------------------------------------------------
def test_backup_is_a_consistent_copy_listed_with_kind_size_revision_and_companies(tmp_path):
    db = make_db(tmp_path / "jobcrm.db", ("A/S Et", "A/S To"))
    s = open_at(db)
    try:
        add(s, "Uncheckpointed ApS")  # still in the WAL: a file copy would miss it, the backup API does not
        info = s.backups.create("manual")
        listed = s.backups.list()
    finally:
        s.close()
    assert Path(info.path).parent == (tmp_path / "jobcrm.db.backups").resolve()
    assert Path(info.path).name == "jobcrm-20261124-093000-manual.db"
    assert companies_in(info.path) == 3
    assert listed == [info]
    assert (info.kind, info.kind_da, info.companies, info.schema_revision) == ("manual", "Manuel", 3, head_revision())
    assert info.size == Path(info.path).stat().st_size and info.created_at == NOW
    con = sqlite3.connect(info.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    con.close()


def test_backup_into_another_folder_and_the_folder_setting(tmp_path):
    db = make_db(tmp_path / "jobcrm.db")
    s = open_at(db)
    try:
        elsewhere = s.backups.create("manual", folder=tmp_path / "usb")
        assert Path(elsewhere.path).parent == tmp_path / "usb"
        s.backups.set_policy(keep_daily=3, keep_weekly=1, folder=str(tmp_path / "kopier"))
        made = s.backups.create("manual")
        assert Path(made.path).parent == tmp_path / "kopier"
        assert s.settings.get("backup_keep_daily") == 3 and s.backups.rotation().keep_weekly == 1
    finally:
        s.close()


# --- rotation ------------------------------------------------------------------------------------------------
def _info(when: dt.datetime, kind="daily") -> BackupInfo:
    return BackupInfo(f"/b/{when:%Y%m%d-%H%M%S}-{kind}.db", when, kind, 1)


def test_rotation_keeps_seven_days_and_four_older_weeks():
    start = dt.datetime(2026, 9, 1, 8, 0)
    daily = [_info(start + dt.timedelta(days=i)) for i in range(70)]  # one a day for ten weeks
    daily += [_info(start + dt.timedelta(days=69, hours=3))]  # a second one on the last day
    kept = sorted(set(b.path for b in daily) - set(b.path for b in to_delete(daily, Rotation())))
    kept_times = sorted(b.created_at for b in daily if b.path in kept)
    last7 = [b.created_at.date() for b in daily[-8:]]
    assert [t.date() for t in kept_times[-7:]] == sorted(set(last7))  # the newest per day, last 7 days
    assert kept_times[-1] == start + dt.timedelta(days=69, hours=3)
    weekly = kept_times[:-7]
    assert len(weekly) == 4
    weeks = [tuple(t.isocalendar())[:2] for t in weekly]
    assert len(set(weeks)) == 4
    assert all(w not in {tuple(t.isocalendar())[:2] for t in kept_times[-7:]} for w in weeks)


def test_rotation_bounds_manual_and_before_copies_separately():
    start = dt.datetime(2026, 11, 1, 8, 0)
    items = [_info(start + dt.timedelta(hours=i), "manual") for i in range(14)]
    items += [_info(start + dt.timedelta(hours=i), "before-import") for i in range(8)]
    items += [_info(start + dt.timedelta(hours=i), "before-merge") for i in range(2)]
    gone = to_delete(items, Rotation())
    assert sorted(b.created_at.hour for b in gone if b.kind == "manual") == [8, 9, 10, 11]  # 4 oldest of 14
    assert len([b for b in gone if b.kind == "before-import"]) == 3
    assert not [b for b in gone if b.kind == "before-merge"]


def test_daily_backups_rotate_on_disk_with_a_fixed_clock(tmp_path):
    db = make_db(tmp_path / "jobcrm.db")
    start = dt.datetime(2026, 10, 1, 8, 0)
    for day in range(40):
        s = open_at(db, start + dt.timedelta(days=day))
        try:
            assert s.backups.auto_if_due() is not None
            assert s.backups.auto_if_due() is None  # the same day: not again
        finally:
            s.close()
    s = open_at(db, start + dt.timedelta(days=39, hours=23))
    try:
        assert s.backups.auto_if_due() is None  # less than a day after the last one
        left = s.backups.list()
    finally:
        s.close()
    assert len(left) == 11 and {b.kind for b in left} == {"daily"}
    assert left[0].created_at == start + dt.timedelta(days=39)
    assert left[6].created_at == start + dt.timedelta(days=33)


# --- backups before risky operations ---------------------------------------------------------------------------
def test_backup_before_import_merge_and_migration(tmp_path):
    db = make_db(tmp_path / "jobcrm.db", ("Keep A/S", "Dublet A/S"))
    s = open_at(db)
    try:
        s.importing.import_companies(b"Firmanavn;Postnr\r\nNy ApS;8000\r\n", dry_run=True)
        assert s.backups.list() == []  # a dry run changes nothing, so no copy
        s.importing.import_companies(b"Firmanavn;Postnr\r\nNy ApS;8000\r\n")
        before_import = [b for b in s.backups.list() if b.kind == "before-import"]
        assert len(before_import) == 1 and before_import[0].companies == 2  # the state before the import
        keep, dup = (r.id for r in s.companies.page(limit=10) if r.name in ("Keep A/S", "Dublet A/S"))
        s.companies.merge(keep, dup)
        before_merge = [b for b in s.backups.list() if b.kind == "before-merge"]
        assert len(before_merge) == 1 and before_merge[0].companies == 3
    finally:
        s.close()

    old = db_at_revision(tmp_path / "old.db", previous_revision())
    s = open_at(old)
    try:
        made = s.backups.list()
        assert s.migration_backup == made[0].path
        assert (made[0].kind, made[0].schema_revision) == ("before-migration", previous_revision())
        assert Path(made[0].path).parent == (tmp_path / "old.db.backups").resolve()
    finally:
        s.close()


def test_a_merge_is_not_started_when_no_backup_can_be_made(tmp_path):
    db = make_db(tmp_path / "jobcrm.db", ("Keep A/S", "Dublet A/S"))
    s = open_at(db)
    try:
        (tmp_path / "blocked").write_text("a file where the folder should be")
        s.settings.set("backup_dir", str(tmp_path / "blocked"))
        keep, dup = (r.id for r in s.companies.page(limit=10))
        with pytest.raises(DatabaseProblem, match="Sikkerhedskopien kunne ikke tages"):
            s.companies.merge(keep, dup)
        assert companies_in(db) == 2
    finally:
        s.close()


# --- restore ------------------------------------------------------------------------------------------------
def test_restore_round_trip_backs_up_the_current_database_first(tmp_path):
    db = make_db(tmp_path / "jobcrm.db", ("Før A/S",))
    s = open_at(db)
    try:
        backup = s.backups.create("manual")
        add(s, "Efter ApS")
        result = s.backups.restore(backup.path)
        # The same services keep working on the restored file (the engine was disposed and reconnects).
        names = [r.name for r in s.companies.page(limit=10)]
    finally:
        s.close()
    assert names == ["Før A/S"]
    assert companies_in(db) == 1
    assert result.safety_copy and companies_in(result.safety_copy) == 2
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    assert [p.name for p in tmp_path.iterdir() if ".restoring" in p.name] == []


def test_restore_migrates_an_older_backup_to_head(tmp_path):
    db = make_db(tmp_path / "jobcrm.db")
    old = db_at_revision(tmp_path / "old-backup.db", previous_revision())
    s = open_at(db)
    try:
        result = s.backups.restore(old)
    finally:
        s.close()
    assert (result.revision_before, result.revision_after) == (previous_revision(), head_revision())
    con = sqlite3.connect(db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    con.close()


def _refusal(tmp_path, make) -> str:
    db = make_db(tmp_path / "jobcrm.db", ("Uændret A/S",))
    before = db.read_bytes()
    bad = make(tmp_path)
    s = open_at(db)
    try:
        with pytest.raises(DatabaseProblem) as e:
            s.backups.restore(bad)
        assert [r.name for r in s.companies.page(limit=5)] == ["Uændret A/S"]
        assert s.backups.list() == []  # refused before anything was copied
    finally:
        s.close()
    assert db.read_bytes() == before
    assert "\n" not in str(e.value)
    return str(e.value)


def test_restore_refuses_a_file_that_is_not_sqlite(tmp_path):
    def make(d):
        (d / "noter.db").write_text("Ikke en database\n" * 100)
        return d / "noter.db"

    assert "ikke en SQLite-database" in _refusal(tmp_path, make)


def test_restore_refuses_an_sqlite_file_that_is_not_jobcrm(tmp_path):
    def make(d):
        con = sqlite3.connect(d / "andet.db")
        con.execute("CREATE TABLE x (a)")
        con.commit()
        con.close()
        return d / "andet.db"

    assert "ikke en JobCRM-database" in _refusal(tmp_path, make)


def test_restore_refuses_a_damaged_backup(tmp_path):
    def make(d):
        bad = make_db(d / "other.db", [f"Firma {i}" for i in range(300)])
        damage(bad)
        return bad

    assert "beskadiget" in _refusal(tmp_path, make)


def test_restore_refuses_a_backup_from_a_newer_version(tmp_path):
    def make(d):
        newer = make_db(d / "newer.db")
        con = sqlite3.connect(newer)
        con.execute("UPDATE alembic_version SET version_num = '9999'")
        con.commit()
        con.close()
        return newer

    assert "nyere version" in _refusal(tmp_path, make)


def test_restore_refuses_a_missing_file(tmp_path):
    assert "findes ikke" in _refusal(tmp_path, lambda d: d / "findes-ikke.db")


# --- start-up situations, created for real ------------------------------------------------------------------------
def test_start_check_passes_a_good_and_a_new_database(tmp_path):
    db = make_db(tmp_path / "jobcrm.db")
    assert safety.check_at_start(db) == head_revision()
    assert safety.check_at_start(tmp_path / "ny.db") is None
    assert not list(tmp_path.glob(".*probe*"))


def _problem_at_start(path) -> safety.StartupProblem:
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(safety.StartupProblem) as e:
        open_at(path, check=True)
    if before is not None:
        assert path.read_bytes() == before  # nothing written to the file
    assert not path.with_name(path.name + ".backups").exists()  # no backup, no migration over it
    return e.value


def test_start_on_a_corrupt_file(tmp_path):
    db = make_db(tmp_path / "jobcrm.db", [f"Firma {i}" for i in range(300)])
    damage(db)
    p = _problem_at_start(db)
    assert p.kind == safety.CORRUPT and "beskadiget" in str(p)


def test_start_on_a_file_that_is_not_sqlite(tmp_path):
    db = tmp_path / "jobcrm.db"
    db.write_bytes(b"PK\x03\x04 et regneark, ikke en database" * 50)
    p = _problem_at_start(db)
    assert p.kind == safety.NOT_SQLITE and "ikke en JobCRM-database" in str(p)


def test_start_on_a_database_from_a_newer_version(tmp_path):
    db = make_db(tmp_path / "jobcrm.db")
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    p = _problem_at_start(db)
    assert p.kind == safety.NEWER and "nyere version" in str(p)


def _run(*cmd) -> int:
    try:
        return subprocess.run(cmd, capture_output=True).returncode
    except OSError:
        return 127


@pytest.fixture
def make_read_only(monkeypatch):
    """Make a folder really read-only. Tests run as root, which ignores permission bits, so this uses the
    immutable attribute (chattr +i), which root must obey too. Where chattr is not available (another
    filesystem, no root) the folder is SIMULATED read-only: the probe's os.open gets EROFS."""

    @contextlib.contextmanager
    def make(path: Path):
        if os.environ.get("JOBCRM_TEST_SIMULATE") or _run("chattr", "+i", str(path)) != 0:
            real_open = os.open

            def refuse(name, *a, **kw):
                if Path(name).parent == path and len(a) > 0 and a[0] & os.O_CREAT:
                    raise OSError(errno.EROFS, "Read-only file system (simulated)")
                return real_open(name, *a, **kw)

            monkeypatch.setattr(safety.os, "open", refuse)
            yield False
            return
        try:
            yield True
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)

    return make


def test_start_in_a_read_only_location_and_open_read_only(tmp_path, make_read_only):
    folder = tmp_path / "laast"
    folder.mkdir()
    db = make_db(folder / "jobcrm.db", ("Læsbar A/S",))
    with make_read_only(folder) as real:
        p = _problem_at_start(db)
        assert p.kind == safety.READ_ONLY and "skrivebeskyttet" in str(p)
        s = open_at(db, read_only=True)
        try:
            assert s.read_only and [r.name for r in s.companies.page(limit=5)] == ["Læsbar A/S"]
            with pytest.raises(DatabaseProblem, match="åbnet skrivebeskyttet, så ændringen blev ikke gemt"):
                add(s, "Ny A/S")
            assert s.backups.before_risky("before-import") is None
        finally:
            s.close()
        if real:  # (a simulated read-only folder lets SQLite make its -shm file)
            assert sorted(x.name for x in folder.iterdir()) == ["jobcrm.db"]


def test_read_only_mode_in_a_writable_folder_never_writes(tmp_path):
    db = make_db(tmp_path / "jobcrm.db", ("Læsbar A/S",))
    before = db.read_bytes()
    s = open_at(db, read_only=True)
    try:
        with pytest.raises(DatabaseProblem) as e:
            add(s, "Ny A/S")
        assert str(e.value).startswith("Databasen er åbnet skrivebeskyttet")
    finally:
        s.close()
    assert db.read_bytes() == before


@pytest.fixture
def tiny_disk(tmp_path, monkeypatch):
    """A real 2 MB filesystem (tmpfs), so the disk can really be filled. Where mounting is not permitted, a
    full disk is SIMULATED: the probe's os.write gets ENOSPC."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if os.environ.get("JOBCRM_TEST_SIMULATE") or _run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)) != 0:
        def full(fd, data):
            raise OSError(errno.ENOSPC, "No space left on device (simulated)")

        monkeypatch.setattr(safety.os, "write", full)
        yield mnt, False
        return
    try:
        yield mnt, True
    finally:
        subprocess.run(["umount", str(mnt)], check=True)


def test_start_on_a_full_disk(tmp_path, tiny_disk):
    src = make_db(tmp_path / "src.db", ("Fuld A/S",))
    mnt, real = tiny_disk
    db = mnt / "jobcrm.db"
    db.write_bytes(src.read_bytes())
    if real:  # fill what is left of the small filesystem (never the real disk)
        with open(mnt / "fyld", "wb", buffering=0) as f, contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * 4096)
    p = _problem_at_start(db)
    assert p.kind == safety.DISK_FULL and "fuld" in str(p)
    s = open_at(db, read_only=True)  # the way forward: read what is there
    try:
        assert [r.name for r in s.companies.page(limit=5)] == ["Fuld A/S"]
    finally:
        s.close()


def test_sqlite_full_during_work_is_explained(tmp_path):
    db = make_db(tmp_path / "jobcrm.db")
    s = open_at(db)  # through the app's engine: a full disk is a Danish DatabaseProblem
    try:
        with s.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
            with pytest.raises(DatabaseProblem, match="Disken er fuld"):
                conn.exec_driver_sql("CREATE TABLE big AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                     "FROM n WHERE i < 100000) SELECT i, randomblob(200) AS b FROM n")
    finally:
        s.close()
    con = sqlite3.connect(db)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError) as e:
        con.execute("CREATE TABLE big AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < 100000) SELECT i, randomblob(200) AS b FROM n")
    con.close()
    assert "Disken er fuld" in safety.explain_write_error(e.value)
    assert safety.classify(e.value, db).kind == safety.DISK_FULL


HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from jobcrm.db.safety import DbLock
    lock = DbLock(sys.argv[1]).acquire()
    print("locked", flush=True)
    time.sleep(60)
""")


def test_database_open_in_another_window_and_a_stale_lock(tmp_path):
    db = make_db(tmp_path / "jobcrm.db")
    other = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "locked"
        with pytest.raises(safety.StartupProblem) as e:
            safety.DbLock(db).acquire()
        assert e.value.kind == safety.IN_USE and "allerede åben i et andet JobCRM-vindue" in str(e.value)
        with pytest.raises(DatabaseProblem, match="åben i et andet JobCRM-vindue"):
            from jobcrm.services.backups import restore_without_services

            restore_without_services(db, db, NOW)
    finally:
        os.kill(other.pid, signal.SIGKILL)  # a crash: the lock file stays behind
        other.wait()
        other.stdout.close()
    assert (tmp_path / "jobcrm.db.lock").exists()
    lock = safety.DbLock(db).acquire()  # a stale lock file does not block
    assert lock.held
    lock.release()


def test_latest_good_backup_skips_damaged_ones(tmp_path):
    db = make_db(tmp_path / "jobcrm.db", [f"Firma {i}" for i in range(300)])
    s = open_at(db)
    try:
        good = s.backups.create("manual")
    finally:
        s.close()
    s = open_at(db, NOW + dt.timedelta(hours=1))
    try:
        bad = s.backups.create("manual")
    finally:
        s.close()
    damage(Path(bad.path))
    assert backup_files.latest_good(Path(good.path).parent).path == good.path


def test_no_backup_is_taken_of_a_damaged_database(tmp_path):
    db = make_db(tmp_path / "jobcrm.db", [f"Firma {i}" for i in range(300)])
    s = open_at(db)
    try:
        good = s.backups.create("manual")
        s.engine.dispose()
        damage(db)
        with pytest.raises(DatabaseProblem, match="ingen sikkerhedskopi"):
            s.backups.create("manual")
        assert [b.path for b in backup_files.list_backups(Path(good.path).parent)] == [good.path]
    finally:
        s.close()


def test_many_imports_within_one_second_keep_the_newest_copies(tmp_path):
    """Copies made within the same second get -2, -3 … in their names; the rotation knows -7 is newer than -6
    (and than the first, unnumbered one) and never removes the copy it has just made."""
    db = make_db(tmp_path / "jobcrm.db", ("Keep A/S",))
    s = open_at(db)  # a fixed clock: every copy has the same time in its name
    try:
        made = [s.backups.before_risky("before-import") for _ in range(7)]
        assert all(Path(p).exists() for p in made[-5:])
        kept = sorted(Path(b.path).name for b in s.backups.list() if b.kind == "before-import")
        assert kept == sorted(Path(p).name for p in made[-5:])  # the newest five, numbered 3 to 7
    finally:
        s.close()
