"""Measure the company list at scale: opening, scrolling to the bottom, and search while typing.

    .venv/bin/jobcrm --db /tmp/big.db demo --companies 100000        # once (a few minutes)
    .venv/bin/python tools/measure_companies.py --db /tmp/big.db [--repeat 9] [--plans] [--clock cpu]

Not a test: it prints figures (milliseconds) for the real page and model, driven offscreen with the
background work run inline, so a figure is the work between the user's action and the rows on screen
(the search box adds its 250 ms debounce on top). Wall-clock time by default; on a machine busy with
other work, --clock cpu measures this process's CPU time instead (SQLite runs in-process, so that is the
work itself, without the waiting for a CPU). With --plans it also prints SQLite's EXPLAIN QUERY PLAN for
the list's queries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of the values."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def fmt(values: list[float]) -> str:
    return (f"median {statistics.median(values):6.1f}  p95 {pct(values, 95):6.1f}  max {max(values):6.1f} ms"
            f"  (n={len(values)})")


CLOCK = time.perf_counter


class Timed:
    """Wraps a service method and records how long each call took (ms)."""

    def __init__(self, obj, name: str):
        self.calls: list[float] = []
        self._fn = getattr(obj, name)
        setattr(obj, name, self)

    def __call__(self, *a, **kw):
        t0 = CLOCK()
        try:
            return self._fn(*a, **kw)
        finally:
            self.calls.append((CLOCK() - t0) * 1000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=9, help="runs per measurement (the first is a cold run)")
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN for the list's queries")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall-clock time, or this process's CPU time (for a machine busy with other work)")
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from jobcrm.clock import Clock
    from jobcrm.services.companies import CompanyFilter, SortSpec
    from jobcrm.services.registry import Services
    from jobcrm.ui.events import AppEvents
    from jobcrm.ui.i18n import install_translators
    from jobcrm.ui.itemmodels.company_table import MAX_PAGES, PAGE_SIZE
    from jobcrm.ui.pages.companies import CompaniesPage
    from jobcrm.ui.style import STYLESHEET
    from jobcrm.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    app._translators = install_translators(app, "da")
    app.setStyleSheet(STYLESHEET)
    t0 = time.perf_counter()
    services = Services.open(args.db, Clock(fixed_today=dt.date(2026, 11, 24)))
    print(f"database {args.db}: {services.companies.count():,} companies (opened in "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms); times are {args.clock} clock".replace(",", "."))

    tasks = TaskRunner(AppEvents(), synchronous=True)
    page = CompaniesPage(services, tasks, services.ctx.clock.today)
    page.resize(1156, 700)
    page.show()
    app.processEvents()
    svc = services.companies
    keys_t, count_t, rows_t = Timed(svc, "search_keys"), Timed(svc, "count"), Timed(svc, "rows")

    def show() -> None:
        page.table.viewport().repaint()  # the view asks the model for the visible rows, as on screen

    def clear() -> None:
        for t in (keys_t, count_t, rows_t):
            t.calls.clear()

    shown_at: list[float] = []  # when each answer was on screen (a search shows a first answer, then the rest)
    original_show = page._show

    def timed_show(*a, **kw):
        original_show(*a, **kw)
        show()
        shown_at.append(CLOCK())

    page._show = timed_show

    # --- opening the list --------------------------------------------------------------------------
    print("\n1. Opening the company list (id snapshot + count + the first screenful painted)")
    total, snap, cnt, first = [], [], [], []
    for _ in range(args.repeat):
        clear()
        t0 = CLOCK()
        page.reload()
        show()
        total.append((CLOCK() - t0) * 1000)
        snap += keys_t.calls
        cnt += count_t.calls
        first.append(sum(rows_t.calls))
    print(f"   whole:              {fmt(total)}   (cold run {total[0]:.1f} ms)")
    print(f"   id snapshot query:  {fmt(snap)}")
    print(f"   count:              {fmt(cnt)}")
    print(f"   first page of rows: {fmt(first)}")
    print(f"   rows in the snapshot: {page.model.rowCount():,}".replace(",", "."))

    # --- scrolling to the bottom -------------------------------------------------------------------
    print("\n2. Scrolling from the top to the bottom, a screenful at a time")
    model = page.model
    page.reload()
    show()
    clear()
    model.page_loads = 0
    bar = page.table.verticalScrollBar()
    steps: list[float] = []
    peak_pages = 0
    t0 = CLOCK()
    value = 0
    while True:
        s0 = CLOCK()
        bar.setValue(value)
        show()
        steps.append((CLOCK() - s0) * 1000)
        peak_pages = max(peak_pages, len(model._pages))
        if value >= bar.maximum():
            break
        value = min(bar.maximum(), value + bar.pageStep())
    whole = (CLOCK() - t0) * 1000
    rows = model.rowCount()
    cached = sum(len(p) for p in model._pages.values())
    print(f"   {len(steps):,} screenfuls in {whole / 1000:.1f} s; per screenful: {fmt(steps)}".replace(",", "."))
    print(f"   page fetches ({PAGE_SIZE} rows each): {model.page_loads}; per fetch: {fmt(rows_t.calls)}")
    print(f"   cache at the bottom: {len(model._pages)} pages, {cached:,} of {rows:,} rows held "
          f"(bound {MAX_PAGES} pages = {MAX_PAGES * PAGE_SIZE:,} rows; peak {peak_pages} pages)".replace(",", "."))
    clear()
    t0 = CLOCK()
    page.table.scrollToTop()
    show()
    page.table.scrollToBottom()
    show()
    print(f"   jump top → bottom (End key): {(CLOCK() - t0) * 1000:.1f} ms")

    # --- search while typing -----------------------------------------------------------------------
    with services.engine.connect() as conn:
        cvr = conn.execute(text("SELECT cvr FROM company WHERE cvr IS NOT NULL AND deleted_at IS NULL "
                                "ORDER BY sort_name LIMIT 1 OFFSET 500")).scalar()
        person = conn.execute(text("SELECT name FROM contact_person WHERE deleted_at IS NULL "
                                   "ORDER BY rowid LIMIT 1 OFFSET 700")).scalar()
    first_name = person.split()[0]
    prefixes = ["a", "ab", "abc", "å", "hø", "ha", "hans", "holm", cvr[:4], cvr, first_name[:3], first_name,
                person, "vvs", "tømrer", "ring før"]
    print(f"\n3. Search while typing, after the 250 ms debounce: until the first screenful of hits is on screen, "
          f"and until the whole id snapshot is in; {args.repeat} runs each")
    first_all: list[float] = []
    for typed in prefixes:
        firsts, wholes = [], []
        for _ in range(args.repeat):
            page.search.blockSignals(True)  # no debounce timer: run the search now
            page.search.setText(typed)
            page.search.blockSignals(False)
            shown_at.clear()
            t0 = CLOCK()
            page.reload()
            firsts.append((shown_at[0] - t0) * 1000)
            wholes.append((shown_at[-1] - t0) * 1000)
        first_all += firsts[1:]
        print(f"   {typed!r:22} {page.model.rowCount():7,} hits   first screen: median {statistics.median(firsts):5.1f}"
              f" p95 {pct(firsts, 95):5.1f} ms   whole snapshot: median {statistics.median(wholes):5.1f}"
              f" p95 {pct(wholes, 95):5.1f} ms".replace(",", "."))
    print(f"   every keystroke above, first screen (warm runs): {fmt(first_all)}")

    print("\n4. Sorting by a column (click on the header), whole list")
    page.search.blockSignals(True)
    page.search.setText("")
    page.search.blockSignals(False)
    for key in ("name", "city", "owner", "last_contact", "next_due"):
        for descending in (False, True):
            runs = []
            for _ in range(max(3, args.repeat // 3)):
                page.model.sort_spec = SortSpec(key, descending)
                t0 = CLOCK()
                page.reload()
                show()
                runs.append((CLOCK() - t0) * 1000)
            print(f"   {key:13} {'desc' if descending else 'asc ':4}  {fmt(runs)}")
    page.model.sort_spec = SortSpec()

    if args.plans:
        print("\n5. Query plans")
        with services.ctx.sessions() as s:
            for label, flt, sort in (("open", CompanyFilter(), SortSpec()),
                                     ("search 'hans'", CompanyFilter(text="hans"), SortSpec()),
                                     ("search 'a'", CompanyFilter(text="a"), SortSpec()),
                                     ("sort city", CompanyFilter(), SortSpec("city"))):
                q = svc.snapshot_query(flt, sort)
                compiled = q.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
                print(f"   {label}: {compiled}".replace("\n", " "))
                for row in s.execute(text(f"EXPLAIN QUERY PLAN {compiled}")):
                    print(f"      {row[3]}")
    page.close()
    page.deleteLater()
    app.processEvents()
    tasks.shutdown()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
