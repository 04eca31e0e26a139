"""Render the Kampagner page (a campaign's results, call list or visits) or the call screen offscreen to a PNG.

    .venv/bin/python tools/screenshot_campaign.py --db /tmp/demo.db --today 2026-11-24 --out docs/campaign.png
    .venv/bin/python tools/screenshot_campaign.py --db /tmp/demo.db --today 2026-11-24 --what call --out /tmp/c.png

Without --campaign it shows the campaign with the most calls (the demo's "Luk op for nye jobmuligheder 2026").
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--campaign", help="a campaign's name or id")
    parser.add_argument("--what", choices=("results", "calllist", "visits", "call"), default="results")
    parser.add_argument("--lang", default="da")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from jobcrm.clock import Clock
    from jobcrm.services.registry import Services
    from jobcrm.ui.drafts import DraftStore
    from jobcrm.ui.events import AppEvents
    from jobcrm.ui.i18n import install_translators
    from jobcrm.ui.main_window import MainWindow
    from jobcrm.ui.settings import UiSettings
    from jobcrm.ui.style import STYLESHEET
    from jobcrm.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    app._translators = install_translators(app, args.lang)
    app.setStyleSheet(STYLESHEET)
    services = Services.open(args.db, Clock(fixed_today=args.today))
    events = AppEvents()
    tasks = TaskRunner(events, synchronous=True)
    tmp = Path(tempfile.mkdtemp(prefix="jobcrm-shot-"))
    window = MainWindow(services, tasks, events, UiSettings(tmp / "ui.ini"), DraftStore(tmp / "drafts"), args.lang)
    window.resize(1366, 860)
    window.start("kampagner")
    window.show()
    page = window.campaigns_page
    rows = page.list_model._rows
    wanted = services.campaigns.resolve(args.campaign) if args.campaign else max(rows, key=lambda r: r.called).id
    page.list_view.setCurrentIndex(page.list_model.index(next(i for i, r in enumerate(rows) if r.id == wanted), 0))
    page.tabs.setCurrentIndex({"results": 0, "calllist": 1, "visits": 2}.get(args.what, 0))
    for _ in range(5):
        app.processEvents()
    if args.what == "call":
        dialog = page.start_calling()
        dialog.resize(1180, 800)
        dialog.choose("booket")
        for _ in range(5):
            app.processEvents()
        ok = dialog.grab().save(args.out)
        dialog.close()
    else:
        ok = window.grab().save(args.out)
    window.close()
    tasks.shutdown()
    services.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
