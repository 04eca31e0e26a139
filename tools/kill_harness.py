"""Crash safety, proven: run a writer in a subprocess, SIGKILL it at a random (seeded) moment, check the
database, start a new writer on the same file, kill it again — many times.

    python tools/kill_harness.py --kills 2000 [--writers log,import,guide] [--seed 1] [--dir DIR]

Writers (each a child process over one database file that grows from kill to kill):

- ``log``: the command line's ``jobcrm --db X log --company … --summary … --promise … --due …`` run again
  and again in the child (the same code path, ``jobcrm.cli.main``); after each call returned the child
  prints ``COMMITTED <contact id> <promise id>``.
- ``import``: CSV imports of companies (``ImportService.import_companies``), batches of 5–260 rows so both
  the row-by-row search index and the paused-index path (above 200 rows) are killed; ``COMMITTED <batch>``.
- ``guide``: the visit guide form (GuideForm, offscreen) autosaving every few milliseconds while it is
  typed into; each save writes the same generation number into several answers; ``SAVED <generation>``.

After every kill: the database opens through ``Services.open``, ``PRAGMA integrity_check`` is "ok", the
search index passes FTS5's integrity check, every write the child reported is there, and nothing is half
written (a logged contact without its promise or the other way round, an import batch with only some of
its rows, guide answers from two different saves). Prints "N kills survived" (exit 0) or what failed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 24)
WRITERS = ("log", "import", "guide")
MARK = "KH"  # every record a child writes carries this marker
GUIDE_KEYS = ("s1i4", "s1i5", "s1i7", "s2i1")  # free-text items of the seeded first-visit guide
ROW_NOTE = "rækker"


class HarnessFailure(AssertionError):
    pass


# --- the children ---------------------------------------------------------------------------------------

def _services(db: str):
    from jobcrm.clock import Clock
    from jobcrm.services.registry import Services

    return Services.open(db, Clock(fixed_today=TODAY))


def child_log(db: str, run: int) -> int:
    """The CLI's `log`, called in-process again and again; one line per returned call."""
    import contextlib
    import json

    from jobcrm.cli import main

    n = 0
    while True:
        n += 1
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--db", db, "--as", "KH", "log", "--company", "12345674", "--channel", "telefon",
                         "--summary", f"{MARK} kørsel {run} nr {n}", "--promise", f"{MARK} aftale {run}-{n}",
                         "--due", "+3arbejdsdage", "--json"])
        if code != 0:
            print(f"FAILED {code}", flush=True)
            return code
        result = json.loads(out.getvalue())
        print(f"COMMITTED {result['contact']['id']} {result['promise']['id']}", flush=True)


def batch_rows(run: int, batch: int) -> int:
    """How many valid rows a batch has (the checker recomputes it from the batch name)."""
    return random.Random(run * 100_003 + batch).choice((5, 17, 40, 120, 199, 201, 260))


def batch_csv(run: int, batch: int) -> bytes:
    rows = batch_rows(run, batch)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";")
    w.writerow(["Navn", "Adresse", "Postnr", "By", "Antal ansatte", "Telefon"])
    for i in range(rows):
        w.writerow([f"{MARK} parti {run}-{batch} {rows} {ROW_NOTE} nr {i}", f"Vej {i}", "8600", "Silkeborg",
                    str(i % 300), f"8{i % 10}12 34 56"])
    w.writerow([f"{MARK} afvist {run}-{batch}", "Vej", "86000", "X", "", ""])  # rejected: bad postal code
    return buf.getvalue().encode("cp1252" if batch % 2 else "utf-8-sig")


def child_import(db: str, run: int) -> int:
    services = _services(db)
    batch = 0
    while True:
        batch += 1
        result = services.importing.import_companies(batch_csv(run, batch))
        if result.created != batch_rows(run, batch) or len(result.rejected) != 1:
            print(f"FAILED batch {run}-{batch}: {result.created} created, {len(result.rejected)} rejected", flush=True)
            return 1
        print(f"COMMITTED {run}-{batch}", flush=True)


def child_guide(db: str, run: int) -> int:
    """The guide form, autosaving after every generation of typing (the timer shortened to 5 ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import jobcrm.ui  # noqa: F401  (the PySide workaround)
    from jobcrm.ui.dialogs import guide_form
    from jobcrm.ui.drafts import DraftStore

    guide_form.AUTOSAVE_MS = 5
    app = QApplication([sys.argv[0]])
    services = _services(db)
    visit_id = uuid.UUID(Path(db + ".visit").read_text().strip())
    drafts = tempfile.mkdtemp(prefix="kh-drafts-")
    form = guide_form.GuideForm(services, DraftStore(Path(drafts)), visit_id, "da")
    form.show()
    state = {"gen": 0}

    def type_generation() -> None:
        state["gen"] += 1
        for key in GUIDE_KEYS:  # one generation = the same number in every field, saved together
            form.items[key].edit.setPlainText(f"{MARK} {run}-{state['gen']} {key}")

    def on_saved(_at) -> None:
        print(f"SAVED {run}-{state['gen']}", flush=True)
        QTimer.singleShot(0, type_generation)

    form.saved.connect(on_saved)
    QTimer.singleShot(0, type_generation)
    return app.exec()


def run_child(argv: list[str]) -> int:
    writer, db, run = argv[0], argv[1], int(argv[2])
    return {"log": child_log, "import": child_import, "guide": child_guide}[writer](db, run)


# --- preparing a database and checking it after a kill ---------------------------------------------------

def prepare(writer: str, db: Path) -> None:
    from jobcrm.services.dto import CompanyInput, ConsultantInput
    from jobcrm.services.visit_dto import VisitInput

    services = _services(str(db))
    try:
        c = services.consultants.create(ConsultantInput("KH", "Kim Hansen", team_name="Team Test"))
        services.consultants.set_current(c.id)
        services.ctx.actor.id = c.id
        company = services.companies.create(CompanyInput(name="Hotel Silkeborg", cvr="12345674", postal_code="8600",
                                                         city="Silkeborg"))
        if writer == "guide":
            visit = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 25, 10, 0)))
            services.guides.open_guide(visit.id)
            Path(str(db) + ".visit").write_text(str(visit.id))
    finally:
        services.close()


@dataclass
class Ledger:
    """What the children reported as committed, over every run on one database."""

    committed: list[str] = field(default_factory=list)
    runs: int = 0


def check(writer: str, db: Path, ledger: Ledger) -> int:
    """Raise HarnessFailure when the database lost or half-wrote something; returns the records verified."""
    from jobcrm.errors import JobCRMError

    try:
        services = _services(str(db))
    except JobCRMError as e:
        raise HarnessFailure(f"the database does not open: {e}") from e
    services.close()
    con = sqlite3.connect(db)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchall()
        if ok != [("ok",)]:
            raise HarnessFailure(f"integrity_check: {ok}")
        try:
            con.execute("INSERT INTO fts_company(fts_company) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as e:
            raise HarnessFailure(f"search index damaged: {e}") from e
        if con.execute("SELECT count(*) FROM fts_company_pause").fetchone()[0]:
            raise HarnessFailure("the search index was left paused")
        return {"log": _check_log, "import": _check_import, "guide": _check_guide}[writer](con, ledger)
    finally:
        con.close()


def _hex(text: str) -> str:
    return uuid.UUID(text).hex


def _check_log(con: sqlite3.Connection, ledger: Ledger) -> int:
    contacts = {r[0]: r[1] for r in con.execute(
        "SELECT id, summary FROM contact WHERE summary LIKE ?", (f"{MARK} %",))}
    promises = {}
    for pid, source, title in con.execute(
            "SELECT id, source_id, title FROM promise WHERE title LIKE ?", (f"{MARK} %",)):
        promises[pid] = (source, title)
    by_contact = {}
    for pid, (source, title) in promises.items():
        if source not in contacts:
            raise HarnessFailure(f"promise {title!r} without its contact")
        if source in by_contact:
            raise HarnessFailure(f"two promises for one contact: {title!r}")
        by_contact[source] = pid
    for cid, summary in contacts.items():
        if cid not in by_contact:
            raise HarnessFailure(f"contact {summary!r} without its promise")
        want = summary.replace("kørsel ", "aftale ").replace(" nr ", "-")
        if promises[by_contact[cid]][1] != want:
            raise HarnessFailure(f"contact {summary!r} carries the promise {promises[by_contact[cid]][1]!r}")
    for line in ledger.committed:
        cid, pid = line.split()
        if _hex(cid) not in contacts or by_contact.get(_hex(cid)) != _hex(pid):
            raise HarnessFailure(f"reported as committed but missing: contact {cid} / promise {pid}")
    if len(contacts) - len(ledger.committed) > ledger.runs:  # at most one finished-but-unreported per kill
        raise HarnessFailure(f"{len(contacts)} contacts for {len(ledger.committed)} reported in {ledger.runs} runs")
    return len(contacts) + len(promises)


def _check_import(con: sqlite3.Connection, ledger: Ledger) -> int:
    batches: dict[str, int] = {}
    for (name,) in con.execute("SELECT name FROM company WHERE name LIKE ?", (f"{MARK} %",)):
        if not name.startswith(f"{MARK} parti "):
            raise HarnessFailure(f"a rejected row was saved: {name!r}")
        key = name.split()[2]
        batches[key] = batches.get(key, 0) + 1
    for key, count in batches.items():
        run, batch = (int(x) for x in key.split("-"))
        if count != batch_rows(run, batch):
            raise HarnessFailure(f"import {key} half written: {count} of {batch_rows(run, batch)} rows")
    for line in ledger.committed:
        if line not in batches:
            raise HarnessFailure(f"import {line} reported as committed but missing")
    found = con.execute("SELECT count(*) FROM fts_company WHERE fts_company MATCH 'parti'").fetchone()[0]
    if found != sum(batches.values()):
        raise HarnessFailure(f"the search index finds {found} of {sum(batches.values())} imported companies")
    return sum(batches.values())


def _check_guide(con: sqlite3.Connection, ledger: Ledger) -> int:
    import json

    values = {}
    for key, payload, deleted in con.execute(
            "SELECT item_key, value_json, deleted_at FROM guide_answer WHERE item_key IN (?, ?, ?, ?)", GUIDE_KEYS):
        if deleted is None:
            values[key] = json.loads(payload)
    if not values:
        if ledger.committed:
            raise HarnessFailure(f"guide saved as {ledger.committed[-1]} but no answers are there")
        return 0
    gens = {v.split()[1] for v in values.values()}
    if len(values) != len(GUIDE_KEYS) or len(gens) != 1:
        raise HarnessFailure(f"guide answers from a half-written save: {values}")
    if ledger.committed:
        last = ledger.committed[-1]
        run, gen = (int(x) for x in gens.pop().split("-"))
        lrun, lgen = (int(x) for x in last.split("-"))
        if (run, gen) < (lrun, lgen):
            raise HarnessFailure(f"guide saved as {last} but the database holds {run}-{gen}")
    for key, value in values.items():
        if not value.endswith(" " + key):
            raise HarnessFailure(f"answer {key} holds {value!r}")
    return len(values)


# --- the harness ----------------------------------------------------------------------------------------

class Zygote:
    """A clean helper process that has imported JobCRM (and PySide6) once and forks one child per kill, so a
    kill costs the write and the check, not the interpreter's start-up. The children write their report
    lines to a file; the harness kills them by pid and the zygote reaps them."""

    def __init__(self, directory: Path):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                   JOBCRM_DATA_DIR=str(directory / "userdata"))
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "zygote"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, env=env, cwd=str(ROOT), text=True, bufsize=1)
        self._ask("ping")

    def _ask(self, line: str) -> str:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        if not answer:
            raise HarnessFailure(f"the zygote died (exit {self.proc.wait(timeout=60)})")
        return answer.strip()

    def spawn(self, writer: str, db: Path, run: int, out: Path) -> int:
        return int(self._ask(f"spawn {writer} {db} {run} {out}").split()[1])

    def reap(self, pid: int) -> int:
        return int(self._ask(f"wait {pid}").split()[1])

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        self.proc.stdout.close()


def _die_with_parent() -> None:
    """Linux: a writer still running when the harness is stopped (Ctrl-C) goes with it."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def zygote_main() -> int:
    _die_with_parent()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import jobcrm.cli  # noqa: F401  (everything a child needs, imported once)
    import jobcrm.services.registry  # noqa: F401
    import jobcrm.ui  # noqa: F401
    from jobcrm.ui.dialogs import guide_form  # noqa: F401

    for line in sys.stdin:
        cmd, *rest = line.split()
        if cmd == "ping":
            answer = "pong"
        elif cmd == "spawn":
            writer, db, run, out = rest
            pid = os.fork()
            if pid == 0:  # the child: report lines to `out`, errors to `out.err`
                try:
                    _die_with_parent()
                    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                    err = os.open(out + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                    os.dup2(fd, 1)
                    os.dup2(err, 2)
                    sys.stdin.close()
                    code = run_child([writer, db, run])
                except BaseException:
                    import traceback

                    traceback.print_exc()
                    code = 70
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code or 0)
            answer = f"PID {pid}"
        elif cmd == "wait":
            _pid, status = os.waitpid(int(rest[0]), 0)
            answer = f"EXIT {-os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)}"
        else:
            answer = f"ERROR {cmd}"
        print(answer, flush=True)
    return 0


def _exited(pid: int) -> bool:
    """True when the child has ended on its own (a zombie waiting for the zygote to reap it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def kill_once(zygote: Zygote, writer: str, db: Path, run: int, rng: random.Random, ledger: Ledger,
              max_delay: float) -> int:
    """Start a writer, let it write for a random moment, SIGKILL it, check the database."""
    out = db.parent / f"{writer}-child.out"
    pid = zygote.spawn(writer, db, run, out)
    try:
        # Wait for the first report so the kill lands among writes, not in the start-up, then a random
        # moment more (sometimes none: killed right after a commit returned).
        deadline = time.monotonic() + 120
        while b"\n" not in (out.read_bytes() if out.exists() else b""):
            if time.monotonic() > deadline or _exited(pid):
                os.kill(pid, signal.SIGKILL)
                raise HarnessFailure(f"{writer} child did not write: {Path(f'{out}.err').read_text()[-2000:]}")
            time.sleep(0.005)
        time.sleep(rng.choice((0.0, rng.uniform(0, max_delay), rng.uniform(0, max_delay / 10))))
        os.kill(pid, signal.SIGKILL)
    finally:
        code = zygote.reap(pid)
    if code != -signal.SIGKILL:
        raise HarnessFailure(f"{writer} child ended with {code} before the kill: {Path(f'{out}.err').read_text()}")
    for line in out.read_text().splitlines():
        word, _, rest = line.strip().partition(" ")
        if word == "FAILED":
            raise HarnessFailure(f"{writer} child: {line.strip()}")
        if word in ("COMMITTED", "SAVED"):
            ledger.committed.append(rest)
    ledger.runs += 1
    return check(writer, db, ledger)


@dataclass
class Outcome:
    kills: int = 0
    verified: int = 0
    by_writer: dict[str, int] = field(default_factory=dict)
    reported: dict[str, int] = field(default_factory=dict)


MAX_DELAY = {"log": 0.8, "import": 1.5, "guide": 0.8}


def run(kills: dict[str, int], seed: int, directory: Path, progress=None) -> Outcome:
    """`kills` many SIGKILLs per writer; raises HarnessFailure at the first damage found."""
    rng = random.Random(seed)
    outcome = Outcome()
    zygote = Zygote(directory)
    try:
        _run(zygote, kills, seed, rng, directory, outcome, progress)
    finally:
        zygote.close()
    return outcome


def _run(zygote, kills, seed, rng, directory, outcome, progress) -> None:
    for writer, count in kills.items():
        if count <= 0:
            continue
        db = directory / f"{writer}.db"
        prepare(writer, db)
        ledger = Ledger()
        for i in range(1, count + 1):
            try:
                verified = kill_once(zygote, writer, db, i, rng, ledger, MAX_DELAY[writer])
            except HarnessFailure as e:
                raise HarnessFailure(f"{writer}, kill {i} (seed {seed}): {e}") from e
            outcome.kills += 1
            outcome.by_writer[writer] = i
            if progress:
                progress(writer, i, count)
        outcome.verified += verified
        outcome.reported[writer] = len(ledger.committed)


def split(total: int, writers: list[str]) -> dict[str, int]:
    """The kills shared out: the guide child starts Qt, so it gets a smaller share."""
    weights = {"log": 4, "import": 3, "guide": 2}
    w = sum(weights[x] for x in writers)
    out = {x: total * weights[x] // w for x in writers}
    out[writers[0]] += total - sum(out.values())
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "child":
        return run_child(argv[1:])
    if argv and argv[0] == "zygote":
        return zygote_main()
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--kills", type=int, default=300, help="SIGKILLs in total (shared between the writers)")
    p.add_argument("--writers", default=",".join(WRITERS), help="comma-separated: log,import,guide")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--dir", type=Path, help="where the databases go (default: a temporary folder)")
    args = p.parse_args(argv)
    writers = [w.strip() for w in args.writers.split(",") if w.strip()]
    if not writers or any(w not in WRITERS for w in writers):
        p.error(f"--writers: choose from {', '.join(WRITERS)}")
    kills = split(args.kills, writers)
    start = time.monotonic()

    def progress(writer, i, count):
        if i % 25 == 0 or i == count:
            print(f"{writer}: {i}/{count} kills", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="kill-harness-") as tmp:
        directory = args.dir or Path(tmp)
        directory.mkdir(parents=True, exist_ok=True)
        try:
            outcome = run(kills, args.seed, directory, progress)
        except HarnessFailure as e:
            print(f"FAILED: {e}")
            return 1
    per = ", ".join(f"{w} {n} ({outcome.reported.get(w, 0)} writes reported)" for w, n in outcome.by_writer.items())
    print(f"{outcome.kills} kills survived ({per}); {outcome.verified} records verified; "
          f"seed {args.seed}; {time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
