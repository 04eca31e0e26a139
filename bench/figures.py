"""The figures of issue 9, each with its floor measured in the same run (see bench/core.py).

To add a figure when a feature lands, write a function `(env) -> Result` and decorate it with
`@FIGURES.add(key, title, target)`; using an existing key replaces that figure (the two PDF figures
below are placeholders to replace).
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

from bench.core import BenchEnv, FigureRegistry, Result, Stats, children_cpu, fmt, timed, within

FIGURES = FigureRegistry()
PROBES = Path(__file__).resolve().parent / "probes"


def _ms(stats: Stats) -> float:
    return stats.median * 1000


def _cpu_ms(stats: Stats) -> float | None:
    return None if stats.cpu_median is None else stats.cpu_median * 1000


def _connect(env: BenchEnv) -> sqlite3.Connection:
    """A plain sqlite3 connection with the app's pragmas, for the hand-written floors."""
    conn = sqlite3.connect(env.db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _probe(env: BenchEnv, script: str, *args: str, timeout: float = 600) -> dict:
    out = subprocess.run([sys.executable, str(PROBES / script), *args], capture_output=True, text=True,
                         env=env.env(), timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"{script} fejlede: {out.stderr.strip()[-800:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- 1. cold start --------------------------------------------------------------------------------------
@FIGURES.add("cold_start", "Koldstart til indbakken er tegnet (subproces, offscreen)",
             "≤ 2,0× gulv og ≤ 0,6 s")
def cold_start(env: BenchEnv) -> Result:
    """Wall time from starting the process to the inbox painted and saved (the app's own --screenshot path),
    against a bare QApplication + QMainWindow shown + import sqlalchemy.orm + opening the same file + one
    indexed SELECT, painted and saved the same way. Runs alternate so load changes hit both alike."""
    png = env.work / "start.png"
    app_cmd = [sys.executable, "-m", "jobcrm.cli", "--db", str(env.db), "--today", env.today,
               "--as", env.meta["busy_initials"], "--screenshot", str(png), "--page", "indbakke"]
    floor_cmd = [sys.executable, str(PROBES / "bare_start.py"), str(env.db), str(png)]

    def run(cmd) -> tuple[float, float]:
        c0, t0 = children_cpu(), time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, env=env.env(), timeout=120)
        elapsed, cpu = time.perf_counter() - t0, children_cpu() - c0
        if out.returncode != 0:
            raise RuntimeError(out.stderr.strip()[-800:])
        return elapsed, cpu

    # An installed app has its bytecode (pip compiles it); this checkout may not (PYTHONDONTWRITEBYTECODE).
    package = Path(__file__).resolve().parents[1] / "jobcrm"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True,
                   env={k: v for k, v in env.env().items() if k != "PYTHONDONTWRITEBYTECODE"})
    run(app_cmd), run(floor_cmd)  # warm the file cache
    runs = max(3, env.runs // 2)
    app, floor = [], []
    for _ in range(runs):
        app.append(run(app_cmd))
        floor.append(run(floor_cmd))
    a = Stats(tuple(x[0] for x in app), tuple(x[1] for x in app))
    f = Stats(tuple(x[0] for x in floor), tuple(x[1] for x in floor))
    return Result({"median": a.median}, unit="s", main="median", floor=f.median, cpu=a.cpu_median,
                  ok=within(a.median, limit=0.6, floor=f.median, max_ratio=2.0),
                  noise=f"app {a.noise(1, 's')}; gulv {f.noise(1, 's')}, CPU {fmt(f.cpu_median)} s "
                        f"(CPU: appens tråde kan bruge mere CPU end vægtid)")


# --- 2. inbox -------------------------------------------------------------------------------------------
INBOX_SQL = """
SELECT p.id, p.company_id, p.title, p.details, p.promised_by, p.responsible_id, p.due_date, p.due_time,
       p.purpose, p.source_kind, p.status, p.recurrence, p.original_due_date, p.done_at, p.cancel_reason,
       c.name, k.initials, (SELECT count(*) FROM promise_reschedule r WHERE r.promise_id = p.id)
FROM promise p LEFT JOIN company c ON c.id = p.company_id JOIN consultant k ON k.id = p.responsible_id
WHERE p.responsible_id = ? AND p.status = 'aaben' AND p.deleted_at IS NULL
ORDER BY p.due_date, p.due_time IS NULL, p.due_time, p.id
"""
FLAG_SQL = """
SELECT p.id, p.company_id, c.name, p.due_date FROM promise p LEFT JOIN company c ON c.id = p.company_id
WHERE p.responsible_id = ? AND p.status = 'aaben' AND p.due_date < ? AND p.promised_by = 'virksomheden'
  AND p.deleted_at IS NULL ORDER BY p.due_date LIMIT 500
"""


@FIGURES.add("inbox", "Indbakke for konsulenten med ~2.000 åbne aftaler", "≤ 3× gulv og ≤ 50 ms")
def inbox(env: BenchEnv) -> Result:
    services = env.services()
    try:
        busy = uuid.UUID(env.meta["busy_consultant_id"])
        box = services.inbox.inbox(busy)
        stats = timed(lambda: services.inbox.inbox(busy), env.runs)
    finally:
        services.close()
    conn = _connect(env)
    try:
        def by_hand():
            rows = conn.execute(INBOX_SQL, (env.meta["busy_consultant_id"],)).fetchall()
            flags = conn.execute(FLAG_SQL, (env.meta["busy_consultant_id"], env.today)).fetchall()
            return rows, flags
        rows, _ = by_hand()
        floor = timed(by_hand, env.runs)
    finally:
        conn.close()
    assert len(rows) == len(box.rows), (len(rows), len(box.rows))
    return Result({"median": _ms(stats)}, main="median", floor=_ms(floor), cpu=_cpu_ms(stats),
                  ok=within(_ms(stats), limit=50, floor=_ms(floor), max_ratio=3),
                  noise=f"{stats.noise()}; gulv {floor.noise()}, CPU {fmt(_cpu_ms(floor))} ms",
                  note=f"{len(box.rows)} åbne aftaler")


# --- 3. team table --------------------------------------------------------------------------------------
TEAM_SQL = """
SELECT k.id, k.initials, k.name, coalesce(o.n, 0), coalesce(o.overdue, 0), coalesce(o.over7, 0), o.oldest,
       coalesce(o.week, 0), coalesce(d.d30, 0), coalesce(d.d90, 0), coalesce(d.on_time, 0)
FROM consultant k
LEFT JOIN (
  SELECT responsible_id, count(*) AS n,
    sum(due_date < :today OR (due_date = :today AND due_time IS NOT NULL AND due_time < :time)) AS overdue,
    sum(due_date < :week_ago) AS over7,
    min(CASE WHEN due_date < :today OR (due_date = :today AND due_time IS NOT NULL AND due_time < :time)
        THEN due_date END) AS oldest,
    sum(NOT (due_date < :today OR (due_date = :today AND due_time IS NOT NULL AND due_time < :time))
        AND due_date >= :today AND due_date <= :sunday) AS week
  FROM promise WHERE responsible_id IN (SELECT id FROM consultant WHERE team_id = :team) AND status = 'aaben'
    AND deleted_at IS NULL GROUP BY responsible_id
) o ON o.responsible_id = k.id
LEFT JOIN (
  SELECT responsible_id, sum(done_at >= :since30) AS d30, count(*) AS d90, sum(date(done_at) <= due_date) AS on_time
  FROM promise WHERE responsible_id IN (SELECT id FROM consultant WHERE team_id = :team) AND status = 'udfoert'
    AND done_at >= :since90 AND deleted_at IS NULL GROUP BY responsible_id
) d ON d.responsible_id = k.id
WHERE k.team_id = :team AND k.active = 1 AND k.deleted_at IS NULL ORDER BY k.initials
"""


@FIGURES.add("team_table", "Teamtabel for 100 konsulenter (alle 10 teams)", "≤ 3× gulv og ≤ 150 ms")
def team_table(env: BenchEnv) -> Result:
    import datetime as dt

    services = env.services()
    try:
        teams = services.consultants.teams()
        rows = [r for t in teams for r in services.backlog.table(t.id)]
        stats = timed(lambda: [services.backlog.table(t.id) for t in teams], env.runs)
        chart = timed(lambda: services.backlog.overdue_by_week(teams[0].id), max(3, env.runs // 2))
    finally:
        services.close()
    today = dt.date.fromisoformat(env.today)
    now = dt.datetime.combine(today, dt.time(12, 0))

    def stamp(day: dt.date) -> str:
        return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    params = {"today": today.isoformat(), "time": now.time().strftime("%H:%M:%S.%f"),
              "week_ago": (today - dt.timedelta(days=7)).isoformat(),
              "sunday": (today + dt.timedelta(days=6 - today.weekday())).isoformat(),
              "since30": stamp(today - dt.timedelta(days=30)), "since90": stamp(today - dt.timedelta(days=90))}
    conn = _connect(env)
    try:
        team_ids = [t.id.hex for t in teams]
        hand = [r for t in team_ids for r in conn.execute(TEAM_SQL, {**params, "team": t}).fetchall()]
        floor = timed(lambda: [conn.execute(TEAM_SQL, {**params, "team": t}).fetchall() for t in team_ids], env.runs)
    finally:
        conn.close()
    assert sum(r.open for r in rows) == sum(h[3] for h in hand), "the hand-written aggregate disagrees"
    return Result({"median": _ms(stats)}, main="median", floor=_ms(floor), cpu=_cpu_ms(stats),
                  ok=within(_ms(stats), limit=150, floor=_ms(floor), max_ratio=3),
                  noise=f"{stats.noise()}; gulv {floor.noise()}, CPU {fmt(_cpu_ms(floor))} ms",
                  note=f"{len(rows)} konsulenter; teamsidens 12-ugers graf (ét team) {fmt(_ms(chart))} ms",
                  extra={"chart_one_team_ms": _ms(chart)})


# --- 4. search while typing -----------------------------------------------------------------------------
LEGAL_FORMS = {"aps", "a/s", "i/s", "&", "v/", "afd."}  # nobody searches for these alone


def typed_queries(conn: sqlite3.Connection, n: int = 200, seed: int = 9) -> list[str]:
    """What consultants type into the search field, as the list sees it after the debounce: the first
    letters of a company name word (sometimes two words), a town, a contact person, a CVR or a phone number."""
    from jobcrm.services.search import fts_query

    rng = random.Random(seed)
    sample = conn.execute("SELECT name, city, cvr, phone FROM company WHERE deleted_at IS NULL "
                          "AND rowid % 997 = 0").fetchall()
    persons = [r[0] for r in conn.execute("SELECT name FROM contact_person WHERE rowid % 2003 = 0")]
    out: list[str] = []
    while len(out) < n:
        name, city, cvr, phone = rng.choice(sample)
        kind = rng.choices(["name", "two", "city", "person", "cvr", "phone"], [40, 15, 15, 12, 10, 8])[0]
        words = [w for w in name.split() if w.casefold() not in LEGAL_FORMS and not w.startswith("v/")] or [name]
        if kind == "name":
            word = rng.choice(words)
            text = word[:rng.randint(3, max(3, len(word)))] if rng.random() > 0.08 else word[:2]
        elif kind == "two":
            text = " ".join(words[:2])
            text = text[:rng.randint(len(words[0]) + 2, len(text))] if len(words) > 1 else text
        elif kind == "city":
            text = city[:rng.randint(3, len(city))]
        elif kind == "person":
            first, last = rng.choice(persons).split(" ", 1)
            text = f"{first} {last[:rng.randint(1, len(last))]}"
        elif kind == "cvr":
            text = cvr[:rng.randint(4, 8)]
        else:
            text = phone[:rng.choice((5, 8, 11))]
        text = text.lower() if rng.random() < 0.8 else text
        if fts_query(text) is not None:  # "&" alone searches for nothing
            out.append(text)
    return out


SEARCH_SQL = """
SELECT c.id FROM fts_company f JOIN fts_company_key k ON k.doc_id = f.rowid JOIN company c ON c.id = k.company_id
WHERE fts_company MATCH ? AND c.deleted_at IS NULL ORDER BY c.sort_name, c.id
"""
ROWS_SQL = """
SELECT c.id, c.name, c.cvr, c.city, c.postal_code, c.industry, k.initials, c.relationship_status,
       c.last_contact_at, c.next_due_date,
       (SELECT count(*) FROM promise p WHERE p.company_id = c.id AND p.status = 'aaben' AND p.deleted_at IS NULL)
FROM company c LEFT JOIN consultant k ON k.id = c.owner_id WHERE c.id IN ({})
"""
FIRST_PAGE = 200  # the company list fetches rows a page of 200 at a time


@FIGURES.add("search", "Virksomhedssøgning mens der tastes (p50 / p95 over 200 søgninger)", "p95 ≤ 50 ms")
def search(env: BenchEnv) -> Result:
    """Per query what the list does: the id snapshot for the text, the total, and the first page of rows;
    the floor is the FTS5 query and the same first page written by hand."""
    from jobcrm.services.companies import CompanyFilter
    from jobcrm.services.search import fts_query

    conn = _connect(env)
    queries = typed_queries(conn)
    services = env.services()
    svc = services.companies
    app_times, hand_times, hits = [], [], []
    try:
        def app(q: str):
            ids = svc.search_ids(CompanyFilter(text=q))
            svc.count()
            svc.rows(list(ids[:FIRST_PAGE]))
            return len(ids)

        def hand(q: str):
            match = fts_query(q)
            ids = [r[0] for r in conn.execute(SEARCH_SQL, (match,))]
            conn.execute("SELECT count(*) FROM company WHERE deleted_at IS NULL").fetchone()
            page = ids[:FIRST_PAGE]
            if page:
                conn.execute(ROWS_SQL.format(",".join("?" * len(page))), page).fetchall()
            return len(ids)

        for q in queries[:10]:  # warm up
            app(q), hand(q)
        app_cpu = []
        for q in queries:
            c0, t0 = time.process_time(), time.perf_counter()
            n = app(q)
            c1, t1 = time.process_time(), time.perf_counter()
            m = hand(q)
            t2 = time.perf_counter()
            assert n == m, (q, n, m)
            app_times.append(t1 - t0)
            app_cpu.append(c1 - c0)
            hand_times.append(t2 - t1)
            hits.append(n)
    finally:
        services.close()
        conn.close()
    a, h, cpu = Stats(tuple(app_times)), Stats(tuple(hand_times)), Stats(tuple(app_cpu))
    worst = max(range(len(queries)), key=lambda i: app_times[i])
    return Result({"p50": a.pct(50) * 1000, "p95": a.pct(95) * 1000}, main="p95", floor=h.pct(95) * 1000,
                  ok=a.pct(95) * 1000 <= 50, cpu=cpu.pct(95) * 1000,
                  noise=f"max {fmt(a.max * 1000)} ms ({queries[worst]!r}, {hits[worst]} træf); gulv p50 "
                        f"{fmt(h.pct(50) * 1000)} ms",
                  note=f"træf pr. søgning: median {int(Stats(tuple(hits)).median)}, max {max(hits)}",
                  extra={"queries": queries})


# --- 5. company list -------------------------------------------------------------------------------------
@FIGURES.add("company_list", "Virksomhedslisten: åbn, rul fra top til bund",
             "åbn ≤ 150 ms; hukommelsesvækst ved rul ≤ 50 MB")
def company_list(env: BenchEnv) -> Result:
    r = _probe(env, "list_scroll.py", str(env.db), env.today, str(max(3, env.runs // 2)))
    opens = Stats(tuple(r["open_s"]), tuple(r["open_cpu_s"]))
    growth = r["rss_peak_mb"] - r["rss_open_mb"]
    return Result({"åbn": _ms(opens), "vækst MB": growth}, main="åbn", cpu=_cpu_ms(opens),
                  ok=_ms(opens) <= 150 and growth <= 50,
                  noise=f"åbn {opens.noise()}",
                  note=f"{r['rows']} rækker; rul {r['scroll_s']:.0f} s med {r['page_loads']} sidehentninger; "
                       f"RSS {r['rss_open_mb']:.0f} → top {r['rss_peak_mb']:.0f} → slut {r['rss_end_mb']:.0f} MB",
                  extra=r)


# --- 6. company timeline --------------------------------------------------------------------------------
TIMELINE_SQL = """
SELECT x.id, x.company_id, c.name, x.occurred_at, x.channel, k.initials, x.summary, x.purpose, x.link_kind, x.link_id
FROM contact x JOIN company c ON c.id = x.company_id LEFT JOIN consultant k ON k.id = x.consultant_id
WHERE x.company_id = ? AND x.deleted_at IS NULL ORDER BY x.occurred_at DESC, x.id DESC LIMIT 50
"""
PARTICIPANTS_SQL = """
SELECT cp.contact_id, p.name FROM contact_participant cp JOIN contact_person p ON p.id = cp.person_id
WHERE cp.contact_id IN ({})
"""


@FIGURES.add("timeline", "Virksomhedens tidslinje, første side (virksomhed med 5.000 kontakter)",
             "≤ 30 ms")
def timeline(env: BenchEnv) -> Result:
    big = uuid.UUID(env.meta["big_company_id"])
    services = env.services()
    try:
        page = services.history.timeline(big)
        stats = timed(lambda: services.history.timeline(big), env.runs)
        card = timed(lambda: (services.companies.get(big), services.history.timeline(big),
                              services.promises.open_for_company(big)), env.runs)
    finally:
        services.close()
    conn = _connect(env)
    try:
        def by_hand():
            rows = conn.execute(TIMELINE_SQL, (big.hex,)).fetchall()
            ids = [r[0] for r in rows]
            return rows, conn.execute(PARTICIPANTS_SQL.format(",".join("?" * len(ids))), ids).fetchall()
        floor = timed(by_hand, env.runs)
    finally:
        conn.close()
    return Result({"median": _ms(stats)}, main="median", floor=_ms(floor), ok=_ms(stats) <= 30, cpu=_cpu_ms(stats),
                  noise=f"{stats.noise()}; gulv {floor.noise()}",
                  note=f"{len(page)} rækker; hele virksomhedskortet (stamdata, personer, side 1, aftaler) "
                       f"{fmt(_ms(card))} ms", extra={"card_ms": _ms(card)})


# --- 7. PDFs ----------------------------------------------------------------------------------------------
# Built from the demo data set (orders, slots, mentors with photos, placements), in the run's scratch folder:
# the scale data set has no orders or slots yet (bench/data.py's extension point).
def _demo_services(env: BenchEnv):
    import datetime as dt

    from jobcrm.clock import Clock
    from jobcrm.services.demo import DemoBuilder
    from jobcrm.services.registry import Services

    path = env.work / "pdf-demo.db"
    fresh = not path.exists()
    services = Services.open(path, Clock(fixed_today=dt.date.fromisoformat(env.today)))
    if fresh:
        DemoBuilder(services.ctx, services.settings, seed=3).build(300)
    return services


@FIGURES.add("pdf_order", "Ordreblanket (PDF)", "≤ 250 ms")
def pdf_order(env: BenchEnv) -> Result:
    from sqlalchemy import func, select

    from jobcrm.models import Contact, JobOrder
    from jobcrm.pdf import order_form

    services = _demo_services(env)
    try:
        with services.ctx.sessions() as s:  # the order whose company has the longest history
            oid = s.execute(select(JobOrder.id).join(Contact, Contact.company_id == JobOrder.company_id)
                            .group_by(JobOrder.id).order_by(func.count().desc()).limit(1)).scalar_one()

        def build():
            order = services.orders.get(oid)
            contacts = services.orders.form_contacts(order.company_id, services.history)
            return order_form.build(order, contacts, printed_on=services.ctx.clock.today())
        pages = build().count(b"/Type /Page\n") or None
        stats = timed(build, env.runs)
    finally:
        services.close()
    return Result({"median": _ms(stats)}, main="median", ok=_ms(stats) <= 250, cpu=_cpu_ms(stats),
                  noise=stats.noise(), note="ordre, kontakthistorik side 2" + (f", {pages} sider" if pages else ""))


@FIGURES.add("pdf_practicum", "Praktikpræsentation (PDF) med foto", "≤ 400 ms")
def pdf_practicum(env: BenchEnv) -> Result:
    from sqlalchemy import select

    from jobcrm.models import Mentor, Placement, SlotMentor
    from jobcrm.pdf import presentation

    services = _demo_services(env)
    try:
        with services.ctx.sessions() as s:  # a slot whose mentor has a photo, with a placement when there is one
            with_photo = select(SlotMentor.slot_id).join(Mentor, Mentor.id == SlotMentor.mentor_id) \
                .where(Mentor.photo.is_not(None))
            slot_id = s.execute(with_photo.join(Placement, Placement.slot_id == SlotMentor.slot_id).limit(1)).scalar() \
                or s.execute(with_photo.limit(1)).scalar_one()
            placement_id = s.execute(select(Placement.id).where(Placement.slot_id == slot_id).limit(1)).scalar()

        def build():
            return presentation.render_pdf(presentation.load(services, slot_id, placement_id))
        stats = timed(build, env.runs)
    finally:
        services.close()
    return Result({"median": _ms(stats)}, main="median", ok=_ms(stats) <= 400, cpu=_cpu_ms(stats),
                  noise=stats.noise(), note="med mentorens foto" + (" og forløbets start" if placement_id else ""))


# --- 8. CSV import ---------------------------------------------------------------------------------------
def company_csv(n: int, seed: int = 5) -> bytes:
    """A CVR-register extract as Excel saves it: UTF-8 with BOM, semicolons, Danish headers."""
    from jobcrm.services import demo_names as N
    from jobcrm.services.demo import _mail_part, _phone, make_cvr

    rng = random.Random(seed)
    taken: set[str] = set()
    lines = ["CVR-nummer;Navn;Adresse;Postnr;By;Kommune;Telefon;E-mail;Branche;Antal ansatte"]
    for _ in range(n):
        industry = rng.choice(list(N.INDUSTRY_PATTERNS))
        patterns, (lo, hi), _jobs = N.INDUSTRY_PATTERNS[industry]
        postal, city, kommune = rng.choice(N.TOWNS)
        surname, surname2 = rng.sample(N.SURNAMES, 2)
        street = rng.choice(N.STREETS)
        name = rng.choice(patterns).format(surname=surname, surname2=surname2, town=city.split()[0], street=street,
                                           brand=rng.choice(N.BRANDS))
        domain = _mail_part(name.split()[0] + surname)[:20] + ".dk"
        lines.append(";".join([make_cvr(rng, taken), name, f"{street} {rng.randint(1, 120)}", postal, city, kommune,
                               _phone(rng), f"kontakt@{domain}", industry, str(rng.randint(lo, hi))]))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


@FIGURES.add("csv_import", "CSV-import af 100.000 virksomheder (med fremdrift)", "≤ 30 s")
def csv_import(env: BenchEnv) -> Result:
    import datetime as dt

    from jobcrm.clock import Clock
    from jobcrm.services.registry import Services

    n = 10_000 if env.quick else 100_000
    data = company_csv(n)
    times, cpus, progress_calls = [], [], []
    for i in range(1 if env.quick else 2):
        target = env.work / f"import-{i}.db"
        services = Services.open(target, Clock(fixed_today=dt.date.fromisoformat(env.today)))
        calls: list[tuple[int, int]] = []
        try:
            c0, t0 = time.process_time(), time.perf_counter()
            result = services.importing.import_companies(data, progress=lambda d, t, calls=calls: calls.append((d, t)))
            times.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
            count = services.companies.count()
        finally:
            services.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        assert result.created == n and count == n and not result.rejected, (result.created, count, result.rejected[:3])
        assert calls and calls[-1] == (n, n)
        progress_calls.append(len(calls))
    s = Stats(tuple(times), tuple(cpus))
    return Result({"median": s.median}, unit="s", main="median", ok=s.median <= 30 and min(progress_calls) > 10,
                  cpu=s.cpu_median,
                  noise=s.noise(1, "s"),
                  note=f"{n} rækker i en tom database; {progress_calls[0]} fremdriftsmeldinger")


# --- 9. memory ------------------------------------------------------------------------------------------
@FIGURES.add("memory", "Residenshukommelse efter besøg på alle sider i skala", "≤ 400 MB")
def memory(env: BenchEnv) -> Result:
    app = _probe(env, "memory_pages.py", str(env.db), env.today, env.meta["busy_initials"],
                 env.meta["big_company_id"])
    bare = _probe(env, "bare_qapp.py")
    return Result({"RSS": app["rss_mb"]}, unit="MB", main="RSS", floor=bare["rss_mb"], ok=app["rss_mb"] <= 400,
                  noise=f"top (VmHWM) {app['hwm_mb']:.0f} MB",
                  note=f"sider: {', '.join(app['pages'])} + virksomhedskortet for den store virksomhed",
                  extra=app)
