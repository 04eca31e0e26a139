"""Render a company card offscreen to a PNG, to look at it the way a consultant would.

    .venv/bin/python tools/screenshot_card.py --db /tmp/co.db --today 2026-11-24 --out /tmp/card.png [--cvr CVR]
    .venv/bin/python tools/screenshot_card.py --db /tmp/co.db --quicklog --out /tmp/log.png

Without --cvr it picks the company with the longest contact history (and særlige forhold when possible).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--cvr")
    parser.add_argument("--lang", default="da")
    parser.add_argument("--out", required=True)
    parser.add_argument("--quicklog", action="store_true", help="shoot the quick-log dialog instead")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from jobcrm.clock import Clock
    from jobcrm.services.registry import Services
    from jobcrm.ui.i18n import install_translators
    from jobcrm.ui.style import STYLESHEET

    app = QApplication(sys.argv[:1])
    app._translators = install_translators(app, args.lang)
    app.setStyleSheet(STYLESHEET)
    services = Services.open(args.db, Clock(fixed_today=args.today))
    if args.cvr:
        company_id = services.companies.resolve(args.cvr)
    else:
        with services.engine.connect() as conn:
            hex_id = conn.execute(text(
                "SELECT c.id FROM company c JOIN contact x ON x.company_id = c.id WHERE c.deleted_at IS NULL "
                "GROUP BY c.id ORDER BY c.special_notes IS NOT NULL DESC, count(*) DESC LIMIT 1")).scalar()
        import uuid

        company_id = uuid.UUID(hex_id)
    if args.quicklog:
        from jobcrm.ui.dialogs.quick_log import QuickLogDialog
        from jobcrm.ui.drafts import DraftStore

        widget = QuickLogDialog(services, DraftStore(__import__("pathlib").Path("/tmp/jobcrm-shot-drafts")),
                                company_id=company_id, lang=args.lang)
    else:
        from jobcrm.ui.dialogs.company_card import CompanyCard

        widget = CompanyCard(services, company_id, args.lang)
    widget.show()
    for _ in range(5):
        app.processEvents()
    ok = widget.grab().save(args.out)
    widget.close()
    widget.deleteLater()
    app.processEvents()
    del widget
    services.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
