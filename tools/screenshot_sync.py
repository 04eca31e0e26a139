"""Render the team-server screens offscreen (issue 10): the Team page with each laptop's last sync and the
status-bar line, and the conflict list. The sync engine is replaced by the tests' in-memory fake, so the
screens can be looked at without a PostgreSQL server.

    .venv/bin/python tools/screenshot_sync.py --db /tmp/demo.db --today 2026-11-24 \
        --status docs/sync-status.png --conflicts docs/sync-conflicts.png
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="a demo database (`jobcrm --db PATH demo`)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 24))
    parser.add_argument("--lang", default="da")
    parser.add_argument("--status", required=True, help="PNG of the Team page with the status bar")
    parser.add_argument("--conflicts", required=True, help="PNG of the conflict list")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from jobcrm.clock import Clock
    from jobcrm.services.registry import Services
    from jobcrm.services.sync_api import OK, ConsultantSyncDTO
    from jobcrm.ui import sort_arrows
    from jobcrm.ui.drafts import DraftStore
    from jobcrm.ui.events import AppEvents
    from jobcrm.ui.i18n import install_translators
    from jobcrm.ui.main_window import MainWindow
    from jobcrm.ui.settings import UiSettings
    from jobcrm.ui.style import STYLESHEET
    from jobcrm.ui.tasks import TaskRunner
    from tests.ui.fake_sync import FakeSyncService, demo_conflicts, local

    app = QApplication(sys.argv[:1])
    app._translators = install_translators(app, args.lang)
    sort_arrows.install(app)
    app.setStyleSheet(STYLESHEET)
    today = args.today
    services = Services.open(args.db, Clock(fixed_now=dt.datetime.combine(today, dt.time(10, 47))))
    fake = FakeSyncService("postgresql+psycopg://maj@teamserver.kommune.dk/jobcrm", OK)
    fake.last_sync_at = local(today.year, today.month, today.day, 10, 42)
    fake.pending = 0
    demo_conflicts(fake)
    team = services.backlog.team()
    rows = services.backlog.table(team.id)
    offsets = [dt.timedelta(minutes=5), dt.timedelta(hours=2), dt.timedelta(days=4, hours=3), None,
               dt.timedelta(hours=20)]
    now = fake.last_sync_at
    fake.consultants = [ConsultantSyncDTO(r.consultant_id, r.initials, r.name,
                                          None if offsets[i % len(offsets)] is None else now - offsets[i % len(offsets)])
                        for i, r in enumerate(rows)]
    services.sync = fake
    events = AppEvents()
    tasks = TaskRunner(events, synchronous=True)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(services, tasks, events, UiSettings(Path(tmp) / "ui.ini"), DraftStore(Path(tmp) / "d"),
                            args.lang)
        fake.sync_now = lambda url=None, progress=None: None  # noqa: ARG005 - keep the fixed time in the picture
        window.sync_ui.controller.sync_now = lambda: False
        window.start("team")
        window.show()
        for _ in range(5):
            app.processEvents()
        ok = window.grab().save(args.status)
        dialog = window.sync_ui.open_conflicts()
        dialog.show_restored.setChecked(True)
        dialog.table.selectRow(0)
        for _ in range(5):
            app.processEvents()
        ok = dialog.grab().save(args.conflicts) and ok
        dialog.close()
        window.close()
    tasks.shutdown()
    services.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
