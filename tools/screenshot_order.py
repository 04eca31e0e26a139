"""Render the job order editor offscreen to a PNG, to look at it the way a consultant would.

    .venv/bin/python tools/screenshot_order.py --db /tmp/demo.db --today 2026-11-24 --out /tmp/order.png [--tab N]

Without --order it picks an open demo order about two-thirds complete, so the completeness panel has
something to say (preferring one with CVs sent).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--order", help="the order's id (default: a demo order about 2/3 complete)")
    parser.add_argument("--tab", type=int, default=0, help="0 Jobbet, 1 Krav og profil, 2 Ansættelse, 3 Formidlingslog")
    parser.add_argument("--lang", default="da")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from jobcrm.clock import Clock
    from jobcrm.services.order_dto import OrderFilter
    from jobcrm.services.registry import Services
    from jobcrm.ui.dialogs.order_editor import OrderEditor
    from jobcrm.ui.drafts import DraftStore
    from jobcrm.ui.events import AppEvents
    from jobcrm.ui.i18n import install_translators
    from jobcrm.ui.style import STYLESHEET
    from jobcrm.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    app._translators = install_translators(app, args.lang)
    app.setStyleSheet(STYLESHEET)
    services = Services.open(args.db, Clock(fixed_today=args.today))
    if args.order:
        order = services.orders.get(uuid.UUID(args.order))
    else:
        details = [services.orders.get(r.id) for r in services.orders.page(0, 300, OrderFilter(status="aabne"))]
        if not details:
            print("no open orders in the database (load the demo data first)", file=sys.stderr)
            return 1

        def fit(d):
            score = services.orders.completeness(d, d.contact_person).score
            return abs(score - 65), d.cvs_sent == 0

        order = min(details, key=fit)
    tasks = TaskRunner(AppEvents(), synchronous=True)
    with tempfile.TemporaryDirectory() as tmp:
        editor = OrderEditor(services, DraftStore(Path(tmp)), order, None, args.lang, tasks)
        editor.show()
        editor.tabs.setCurrentIndex(args.tab)
        editor.tabs.currentWidget().setFocus()
        for _ in range(5):
            app.processEvents()
        ok = editor.grab().save(args.out)
        editor.reject()
    tasks.shutdown()
    services.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
