"""Render a slot card (a slot with its mentor and placements) offscreen to a PNG.

    .venv/bin/python tools/screenshot_slot.py --db /tmp/demo.db --today 2026-11-24 --out /tmp/slot.png [--slot ID]
    .venv/bin/python tools/screenshot_slot.py --db /tmp/demo.db --out /tmp/prev.png --preview

Without --slot it picks a slot whose mentor has a photo and that has the most placements.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pick_slot(services) -> uuid.UUID:
    best, score = None, (-1, -1)
    for row in services.slots.page(0, 500, __import__("jobcrm.services.slot_dto", fromlist=["SlotFilter"])
                                   .SlotFilter(include_closed=True)):
        d = services.slots.get(row.id)
        s = (int(any(m.has_photo for m in d.mentors)), len(d.placements))
        if s > score:
            best, score = row.id, s
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--slot")
    parser.add_argument("--lang", default="da")
    parser.add_argument("--out", required=True)
    parser.add_argument("--preview", action="store_true", help="shoot the presentation preview instead")
    parser.add_argument("--mentors", action="store_true", help="shoot the mentor corps (coverage tab) instead")
    args = parser.parse_args()

    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from jobcrm.clock import Clock
    from jobcrm.services.registry import Services
    from jobcrm.ui.drafts import DraftStore
    from jobcrm.ui.i18n import install_translators
    from jobcrm.ui.style import STYLESHEET

    app = QApplication(sys.argv[:1])
    app._translators = install_translators(app, args.lang)
    app.setStyleSheet(STYLESHEET)
    services = Services.open(args.db, Clock(fixed_today=args.today))
    slot_id = uuid.UUID(args.slot) if args.slot else pick_slot(services)
    drafts = DraftStore(Path("/tmp/jobcrm-shot-drafts"))
    if args.preview:
        from jobcrm.ui.dialogs.presentation_preview import PresentationPreview

        d = services.slots.get(slot_id)
        running = [p for p in d.placements if p.status != "afsluttet"]
        widget = PresentationPreview(services, slot_id, running[0].id if running else None)
    elif args.mentors:
        from jobcrm.ui.dialogs.mentor_corps import MentorCorpsDialog

        widget = MentorCorpsDialog(services, drafts, args.lang)
        widget.tabs.setCurrentIndex(1)
    else:
        from jobcrm.ui.dialogs.slot_card import SlotCard

        widget = SlotCard(services, drafts, slot_id, args.lang)
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
