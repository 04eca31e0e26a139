"""Child process for the crash test: fills a visit guide the way a consultant types, says "SAVED" once the
autosave has written it, then keeps typing — and is killed (SIGKILL) by the test in the middle of that.

    python guide_crash_child.py DB VISIT_ID DRAFTS_DIR
"""

import datetime as dt
import os
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    db, visit_id, drafts_dir = sys.argv[1], uuid.UUID(sys.argv[2]), Path(sys.argv[3])
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import jobcrm.ui  # noqa: F401  (the PySide workaround)
    from jobcrm.clock import Clock
    from jobcrm.services.registry import Services
    from jobcrm.ui.dialogs.guide_form import GuideForm
    from jobcrm.ui.drafts import DraftStore

    app = QApplication(sys.argv[:1])
    services = Services.open(db, Clock(fixed_today=dt.date(2026, 11, 24)))
    form = GuideForm(services, DraftStore(drafts_dir), visit_id, "da")
    form.show()
    first = form.items["s1i4"]
    second = form.items["s1i7"]
    said = []

    def on_saved(_at) -> None:
        if said:
            return
        said.append(True)
        print("SAVED", flush=True)
        QTest.keyClicks(second.edit, "38 ansatte, heraf ")  # still typing when the power goes

    form.saved.connect(on_saved)
    QTest.keyClicks(first.edit, "Landmænd og entreprenører")
    form.tools = form.sections[2]
    form.tools.items["s3i11"].box.click()  # "Job med løntilskud" ticked
    return app.exec()  # the autosave timer fires on its own; the test kills us after "SAVED"


if __name__ == "__main__":
    raise SystemExit(main())
