"""Measure the inbox and the team backlog at the scale of a large job centre (PRODUCT.md §10): ~200,000
promises, 100 consultants, one very busy consultant with ~2,000 open promises.

    .venv/bin/python tools/measure_inbox.py [--db PATH] [--promises 200000] [--explain]

The database defaults to jobcrm-measure-inbox-200k.db in the temporary folder. The first run builds it (demo data for 20,000 companies, then bulk-inserted promises up to the
target; a few minutes); later runs reuse it. It prints the service call times (first call and the median of
several) and the pages' model fill, for the busy consultant (MAJ) and MAJ's team. A benchmark, not a test:
nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 11, 24)
BUSY_OPEN = 2000
TEAMS = ("Team Erhverv Nord", "Team Erhverv Syd", "Team Midt", "Team Vest", "Team Øst", "Team Kyst",
         "Team Byen", "Team Land")


def build(db: Path, total: int, companies: int) -> None:
    from sqlalchemy import func, insert, select

    from jobcrm.clock import Clock
    from jobcrm.domain.dates import WorkCalendar
    from jobcrm.ids import uuid7
    from jobcrm.models import Company, Consultant, Promise, PromiseReschedule
    from jobcrm.services.demo import DemoBuilder
    from jobcrm.services.dto import ConsultantInput
    from jobcrm.services.registry import Services

    t0 = time.perf_counter()
    services = Services.open(db, Clock(fixed_today=TODAY))
    DemoBuilder(services.ctx, services.settings, seed=42).build(companies)
    print(f"  demo data for {companies:,} companies: {time.perf_counter() - t0:.0f} s", flush=True)
    rng = random.Random(42)
    existing = {c.initials for c in services.consultants.list()}
    n = 0
    while len(existing) < 100:  # 100 consultants in 8 teams, 12-13 each
        initials = f"K{n:02d}"
        n += 1
        if initials not in existing:
            services.consultants.create(ConsultantInput(initials, f"Konsulent {n}", team_name=TEAMS[n % len(TEAMS)]))
            existing.add(initials)
    with services.ctx.sessions() as s:
        company_ids = list(s.scalars(select(Company.id)))
        consultants = {c.initials: c.id for c in s.scalars(select(Consultant))}
        have = s.scalar(select(func.count()).select_from(Promise))
    busy = consultants["MAJ"]
    with services.ctx.sessions() as s:
        busy_open = BUSY_OPEN - s.scalar(select(func.count()).select_from(Promise).where(
            Promise.responsible_id == busy, Promise.status == "aaben"))
    others = [cid for i, cid in consultants.items() if i != "MAJ"]
    cal = WorkCalendar()
    now = dt.datetime.combine(TODAY, dt.time(10, 30)).astimezone(dt.UTC)  # nothing done after 'today'
    rows, moves = [], []

    def promise(responsible, state: str) -> dict:
        if state == "open":  # open: mostly coming up, a share overdue (a long tail for the busy one)
            due = TODAY + dt.timedelta(days=int(rng.triangular(-120, 90, 20)))
        else:  # history over three years
            due = TODAY - dt.timedelta(days=rng.randint(1, 3 * 365))
        due = cal.add_working_days(due, 0)
        created = dt.datetime.combine(due - dt.timedelta(days=rng.randint(3, 30)), dt.time(10), dt.UTC)
        created = min(created, now - dt.timedelta(days=1))
        pid = uuid7()
        row = {"id": pid, "company_id": rng.choice(company_ids), "title": rng.choice(
                   ["Sende 2-3 CV'er", "Ringe om praktikken", "Følge op på jobordren", "Evaluering før afslutning",
                    "Virksomheden vender tilbage om stillinger"]),
               "details": None, "promised_by": rng.choice(["jobcentret"] * 4 + ["virksomheden", "borgeren"]),
               "responsible_id": responsible, "due_date": due,
               "due_time": dt.time(10, 0) if rng.random() < 0.1 else None, "purpose": "andet",
               "source_kind": "besoeg", "source_id": None, "contact_person_id": None, "status": "aaben",
               "done_at": None, "done_by": None, "cancel_reason": None, "cancelled_at": None, "recurrence": None,
               "series_id": None, "original_due_date": due, "created_at": created, "updated_at": created,
               "created_by": None, "updated_by": None, "deleted_at": None}
        if state == "done":
            done = dt.datetime.combine(due + dt.timedelta(days=rng.choice([-2, -1, 0, 0, 0, 1, 3, 8])), dt.time(12),
                                       dt.UTC)
            row.update(status="udfoert", done_at=min(done, now), done_by=responsible, updated_at=min(done, now))
        elif state == "cancelled":
            row.update(status="aflyst", cancel_reason="Ikke længere behov", cancelled_at=created,
                       updated_at=created)
        elif rng.random() < 0.12:
            earlier = cal.add_working_days(due, -rng.randint(3, 10))
            row["original_due_date"] = earlier
            moves.append({"id": uuid7(), "promise_id": pid, "from_date": earlier, "to_date": due,
                          "reason": "Kontaktpersonen er på ferie", "created_at": created, "updated_at": created,
                          "created_by": None, "updated_by": None, "deleted_at": None})
        return row

    def flush(force: bool = False) -> None:
        if len(rows) >= 5000 or (force and rows):
            with services.ctx.sessions.begin() as s:
                s.execute(insert(Promise), rows)
                if moves:
                    s.execute(insert(PromiseReschedule), moves)
            rows.clear()
            moves.clear()

    for _ in range(max(0, busy_open)):
        rows.append(promise(busy, "open"))
        flush()
    for _ in range(3000):
        rows.append(promise(busy, rng.choice(["done"] * 9 + ["cancelled"])))
        flush()
    for _ in range(max(0, total - have - max(0, busy_open) - 3000)):
        rows.append(promise(rng.choice(others), rng.choices(["open", "done", "cancelled"], [12, 83, 5])[0]))
        flush()
    flush(force=True)
    with services.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    services.close()
    print(f"  built in {time.perf_counter() - t0:.0f} s", flush=True)


def timed(fn, runs: int = 15) -> tuple[float, float, float, float, object]:
    """(first call, median and best of the following runs in wall-clock ms, median CPU ms of this process; the
    result). On a machine shared with other work the wall-clock times include waiting for a CPU; the CPU time
    is what the call itself costs, i.e. the wall-clock time on an otherwise idle machine."""
    t = time.perf_counter()
    result = fn()
    first = (time.perf_counter() - t) * 1000
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return first, statistics.median(wall), min(wall), statistics.median(cpu), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "jobcrm-measure-inbox-200k.db")
    parser.add_argument("--promises", type=int, default=200_000)
    parser.add_argument("--companies", type=int, default=20_000)
    parser.add_argument("--explain", action="store_true", help="print SQLite's query plans too")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"Building {args.db} ...", flush=True)
        build(args.db, args.promises, args.companies)

    from sqlalchemy import func, select

    from jobcrm.clock import Clock
    from jobcrm.models import Promise
    from jobcrm.services.registry import Services

    services = Services.open(args.db, Clock(fixed_now=dt.datetime.combine(TODAY, dt.time(10, 30))))
    maj = services.consultants.by_initials("MAJ")
    team = services.backlog.team(maj.team_id)
    with services.ctx.sessions() as s:
        total = s.scalar(select(func.count()).select_from(Promise))
        open_maj = s.scalar(select(func.count()).select_from(Promise).where(Promise.responsible_id == maj.id,
                                                                            Promise.status == "aaben"))
    members = [c for c in services.consultants.list() if c.team_id == team.id]
    print(f"Database {args.db}: {total:,} promises, {len(services.consultants.list())} consultants; "
          f"MAJ has {open_maj:,} open; {team.name} has {len(members)} consultants.")

    results = []

    def measure(label, fn, runs=15):
        first, median, best, cpu, result = timed(fn, runs)
        results.append((label, first, median, best, cpu))
        return result

    box = measure("inbox: InboxService.inbox(MAJ)", lambda: services.inbox.inbox(maj.id))
    measure("inbox: morning digest", lambda: services.inbox.digest(maj.id))
    measure("team: BacklogService.table", lambda: services.backlog.table(team.id))
    measure("team: overdue_by_week (12 weeks)", lambda: services.backlog.overdue_by_week(team.id))
    measure("team: drill-down items(MAJ)", lambda: services.backlog.items(maj.id))
    measure("print: BacklogService.report", lambda: services.backlog.report(team.id), runs=5)

    from PySide6.QtWidgets import QApplication

    from jobcrm.ui.events import AppEvents
    from jobcrm.ui.itemmodels.backlog_table import BacklogTableModel
    from jobcrm.ui.itemmodels.inbox_table import InboxTableModel
    from jobcrm.ui.pages.inbox import InboxPage
    from jobcrm.ui.pages.team import TeamPage
    from jobcrm.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    model = InboxTableModel()
    measure("inbox: model fill (set_inbox)", lambda: model.set_inbox(box))
    rows = services.backlog.table(team.id)
    bmodel = BacklogTableModel()
    measure("team: model fill (set_rows)", lambda: bmodel.set_rows(rows))
    tasks = TaskRunner(AppEvents(), synchronous=True)
    inbox_page = InboxPage(services, tasks)
    inbox_page.resize(1200, 700)
    inbox_page.show()
    inbox_page.consultant_id = maj.id
    measure("inbox page: reload (service + fill + spans)", lambda: (inbox_page.reload(), app.processEvents()))
    team_page = TeamPage(services, tasks)
    team_page.resize(1200, 800)
    team_page.show()
    team_page.team_id = team.id
    measure("team page: reload (table + chart + drill-down)", lambda: (team_page.reload(), app.processEvents()))
    tasks.shutdown()
    for widget in (inbox_page, team_page):
        widget.close()
        widget.deleteLater()
    app.processEvents()

    print(f"\n{'What':50} {'first':>10} {'median':>10} {'best':>10} {'CPU':>10}")
    for label, first, median, best, cpu in results:
        print(f"{label:50} {first:7.1f} ms {median:7.1f} ms {best:7.1f} ms {cpu:7.1f} ms")
    print(f"(wall clock: first call, median and best of the next runs; CPU: median CPU time of this process; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")

    if args.explain:
        from jobcrm.services.promises import promise_rows_query

        q = promise_rows_query().where(Promise.responsible_id == maj.id, Promise.status == "aaben")
        with services.engine.connect() as conn:
            compiled = q.compile(services.engine, compile_kwargs={"literal_binds": True})
            print("\nEXPLAIN QUERY PLAN (inbox):")
            for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled).replace("\n", " ")):
                print("  ", row[-1])
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
