"""Render the visit pieces offscreen to PNGs, to look at them the way a consultant would.

    .venv/bin/python tools/screenshot_visits.py --db /tmp/demo.db --today 2026-11-24 --guide /tmp/guide.png
    .venv/bin/python tools/screenshot_visits.py --db /tmp/demo.db --today 2026-11-24 --editor /tmp/editor.png
    .venv/bin/python tools/screenshot_visits.py --db /tmp/demo.db --today 2026-11-24 --brief /tmp/brief.png
    .venv/bin/python tools/screenshot_visits.py --db /tmp/demo.db --today 2026-11-24 --plan /tmp/plan.png

--guide opens the guide of the current user's next planned visit and types a few answers into it the way a
consultant would (keyboard and clicks), so the picture shows a guide being filled: touched and untouched
themes, an agreement, the "Gemt" indicator. Nothing is registered.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--lang", default="da")
    parser.add_argument("--guide", metavar="PNG")
    parser.add_argument("--scroll", type=int, default=0, help="scroll the guide to this theme (0-based) first")
    parser.add_argument("--editor", metavar="PNG")
    parser.add_argument("--brief", metavar="PNG")
    parser.add_argument("--plan", metavar="PNG")
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from jobcrm.clock import Clock
    from jobcrm.services.registry import Services
    from jobcrm.services.visit_dto import VisitFilter
    from jobcrm.ui.drafts import DraftStore
    from jobcrm.ui.i18n import install_translators
    from jobcrm.ui.style import STYLESHEET

    app = QApplication(sys.argv[:1])
    app._translators = install_translators(app, args.lang)
    app.setStyleSheet(STYLESHEET)
    services = Services.open(args.db, Clock(fixed_today=args.today))
    me = services.consultants.current()
    today = services.ctx.clock.today()
    drafts = DraftStore(Path(tempfile.mkdtemp(prefix="jobcrm-shot-")))
    rows = services.visits.page(VisitFilter(consultant_id=me.id, date_from=today, status="planlagt"), 0, 20)
    samtale = [r for r in rows if r.template_name == "Samtaleguide ved virksomhedsbesøg"]
    visit = (samtale or rows)[0]

    def grab(widget, path: str) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(path)
        print(f"wrote {path}")

    if args.guide:
        from jobcrm.ui.dialogs.guide_form import GuideForm

        form = GuideForm(services, drafts, visit.id, args.lang)
        form.resize(1366, 860)
        form.show()
        app.processEvents()
        first = form.sections[0]
        items = list(first.items.values())
        QTest.keyClicks(items[0].edit, "Hoteldrift med restaurant og konferencer; 64 værelser.")
        items[1].box.click()
        QTest.keyClicks(items[3].edit, "Erhvervsgæster og turister; leverandører er lokale grossister.")
        QTest.keyClicks(items[6].edit, "38 ansatte, heraf 12 i køkkenet")
        second = form.sections[1]
        QTest.keyClicks(list(second.items.values())[1].edit, "Mangler kokke og tjenere til sommersæsonen.")
        tools = form.sections[2]
        for key in ("s3i1", "s3i2", "s3i11", "s3i15"):
            tools.items[key].box.click()
        row = form.agreements.add_row()
        QTest.keyClicks(row.title, "Sende 3 cv'er på kokke")
        QTest.keyClicks(row.due, "+5 arbejdsdage")
        form.save_now()
        form.go_to(args.scroll)
        form.nav.setCurrentRow(args.scroll)
        items[6].edit.setFocus(Qt.FocusReason.OtherFocusReason)
        grab(form, args.guide)
    if args.editor:
        from jobcrm.ui.dialogs.template_editor import TemplateEditor

        editor = TemplateEditor(services, args.lang)
        editor.resize(1280, 800)
        top = editor.tree.topLevelItem(2)
        editor.tree.setCurrentItem(top.child(1))
        grab(editor, args.editor)
    if args.brief:
        from jobcrm.ui.dialogs.visit_brief import VisitBriefDialog

        with_history = [r for r in rows if r.visit_type == "opfoelgning"] or rows
        dialog = VisitBriefDialog(services, with_history[0].id, args.lang)
        grab(dialog, args.brief)
    if args.plan:
        from jobcrm.ui.dialogs.plan_visit import PlanVisitDialog

        dialog = PlanVisitDialog(services, drafts, visit.company_id, None, args.lang)
        dialog.date.setText("fredag")
        dialog.time.setText("10:00")
        grab(dialog, args.plan)
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
