"""Regenerate the README's screenshots from fresh demo databases (offscreen).

    .venv/bin/python tools/screenshots.py [--big-db PATH]

- docs/main-window.png and docs/welcome.png: the default demo (300 companies) and an empty database.
- docs/campaign.png, docs/campaign-call.png, docs/report.png: a campaign's results, the call screen, the report.
- docs/sync-status.png, docs/sync-conflicts.png: the Team page with last syncs and the conflict list (a fake
  sync service, no server needed).
- docs/company-card.png: a company card with a long contact history (70 entries added to one demo company).
- docs/companies-list.png: the company list at 100,000 demo companies. Building those takes a few minutes;
  --big-db reuses a database made earlier with `jobcrm --db PATH demo --companies 100000` (only read here).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TODAY = "2026-11-24"
sys.path.insert(0, str(ROOT))


def jobcrm(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "jobcrm.cli", *args], check=True)


def give_long_history(db: str, entries: int = 70) -> str:
    """Add `entries` contacts (two years, every channel, several consultants, some with promises) to a demo
    company that has særlige forhold; returns its CVR."""
    from sqlalchemy import text

    from jobcrm.clock import Clock
    from jobcrm.services import demo_names as N
    from jobcrm.services.quicklog import QuickLogInput
    from jobcrm.services.registry import Services

    services = Services.open(db, Clock(fixed_today=dt.date.fromisoformat(TODAY)))
    try:
        with services.engine.connect() as conn:
            cvr = conn.execute(text(
                "SELECT cvr FROM company WHERE special_notes IS NOT NULL AND deleted_at IS NULL AND cvr IS NOT NULL "
                "ORDER BY sort_name LIMIT 1")).scalar()
        company_id = services.companies.resolve(cvr)
        company = services.companies.get(company_id)
        persons = [p for p in company.contact_persons if p.active] or list(company.contact_persons)
        consultants = services.consultants.list()
        rng = random.Random(11)
        today = dt.date.fromisoformat(TODAY)
        job = "lagermedarbejder"
        channels = list(N.CONTACT_SUMMARIES)
        for i in range(entries):
            day = today - dt.timedelta(days=1 + i * 10 + rng.randint(0, 6))
            when = dt.datetime.combine(day, dt.time(rng.randint(7, 14), rng.choice((0, 15, 30, 45))), dt.UTC)
            channel = rng.choices(channels, [40, 25, 20, 4, 4, 4, 3])[0]
            person = rng.choice(persons)
            summary = rng.choice(N.CONTACT_SUMMARIES[channel]).format(person=person.name.split()[0], job=job)
            consultant = rng.choice(consultants[:3])
            promise = i % 9 == 0
            logged = services.quicklog.log(QuickLogInput(
                company_id=company_id, channel=channel, summary=summary, person_ids=(person.id,),
                occurred_at=when, consultant_id=consultant.id,
                promise_title=rng.choice(["Sende to CV'er", "Ringe og høre om praktikken", "Sende materiale om "
                                          "løntilskud"]) if promise else None,
                due=(day + dt.timedelta(days=14)) if promise else None, responsible_id=consultant.id))
            if logged.promise is not None and day < today - dt.timedelta(days=20):
                services.promises.done(logged.promise.id)  # kept, as most promises are
        return cvr
    finally:
        services.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big-db", help="an existing database with 100,000 demo companies (read only)")
    args = parser.parse_args()
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        demo = str(Path(tmp) / "demo.db")
        jobcrm("--db", demo, "--today", TODAY, "demo")
        jobcrm("--db", demo, "--today", TODAY, "--screenshot", str(DOCS / "main-window.png"),
               "--page", "virksomheder")
        for page, name in (("indbakke", "inbox.png"), ("team", "team.png")):
            jobcrm("--db", demo, "--today", "2026-11-24", "--screenshot", str(DOCS / name), "--page", page)
        jobcrm("--db", demo, "--today", "2026-11-24", "--screenshot", str(DOCS / "slots.png"), "--page", "pladser")
        subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot_slot.py"), "--db", demo, "--today",
                        "2026-11-24", "--out", str(DOCS / "slot-dialog.png")], check=True)
        jobcrm("--db", demo, "--today", "2026-11-24", "--screenshot", str(DOCS / "visits-week.png"), "--page", "besoeg")
        subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot_visits.py"), "--db", demo, "--today",
                        "2026-11-24", "--guide", str(DOCS / "visit-guide.png")], check=True)
        jobcrm("--db", demo, "--today", "2026-11-24", "--screenshot", str(DOCS / "orders.png"), "--page", "jobordrer")
        subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot_order.py"), "--db", demo, "--today",
                        "2026-11-24", "--tab", "1", "--out", str(DOCS / "order-editor.png")], check=True)
        subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot_campaign.py"), "--db", demo, "--today",
                        TODAY, "--out", str(DOCS / "campaign.png")], check=True)
        subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot_campaign.py"), "--db", demo, "--today",
                        TODAY, "--what", "call", "--out", str(DOCS / "campaign-call.png")], check=True)
        jobcrm("--db", demo, "--today", TODAY, "--screenshot", str(DOCS / "report.png"), "--page", "rapporter")
        subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot_sync.py"), "--db", demo, "--today", TODAY,
                        "--status", str(DOCS / "sync-status.png"), "--conflicts", str(DOCS / "sync-conflicts.png")],
                       check=True)
        jobcrm("--db", str(Path(tmp) / "empty.db"), "--today", TODAY, "--screenshot",
               str(DOCS / "welcome.png"))
        cvr = give_long_history(demo)
        subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot_card.py"), "--db", demo, "--today", TODAY,
                        "--cvr", cvr, "--out", str(DOCS / "company-card.png")], check=True)
        big = args.big_db
        if big is None:
            big = str(Path(tmp) / "big.db")
            print("building 100,000 demo companies for the list screenshot (a few minutes) …", flush=True)
            jobcrm("--db", big, "--today", TODAY, "demo", "--companies", "100000")
        jobcrm("--db", big, "--today", TODAY, "--screenshot", str(DOCS / "companies-list.png"),
               "--page", "virksomheder")
    print(f"screenshots written to {DOCS.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
