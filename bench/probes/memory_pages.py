"""Resident memory of the whole app at scale after visiting every page (and the big company's card),
wired like jobcrm.app.run_app. Prints JSON."""

import datetime as dt
import gc
import json
import os
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.core import rss_mb  # noqa: E402
from bench.probes._qt import peak_rss_mb, wait_idle  # noqa: E402
from jobcrm.clock import Clock  # noqa: E402
from jobcrm.config import data_dir  # noqa: E402
from jobcrm.services.registry import Services  # noqa: E402
from jobcrm.ui.drafts import DraftStore  # noqa: E402
from jobcrm.ui.events import AppEvents  # noqa: E402
from jobcrm.ui.i18n import install_translators  # noqa: E402
from jobcrm.ui.main_window import PAGE_KEYS, MainWindow  # noqa: E402
from jobcrm.ui.settings import UiSettings  # noqa: E402
from jobcrm.ui.style import STYLESHEET  # noqa: E402
from jobcrm.ui.tasks import TaskRunner  # noqa: E402

db, today, initials, big = sys.argv[1], dt.date.fromisoformat(sys.argv[2]), sys.argv[3], uuid.UUID(sys.argv[4])
app = QApplication(sys.argv[:1])
translators = install_translators(app, "da")
app.setStyleSheet(STYLESHEET)
services = Services.open(db, Clock(fixed_today=today))
services.ctx.actor.id = services.consultants.by_initials(initials).id
events = AppEvents()
tasks = TaskRunner(events)
window = MainWindow(services, tasks, events, UiSettings(data_dir() / "jobcrm-ui.ini"),
                    DraftStore(data_dir() / "drafts"), "da")
window.resize(1366, 800)
window.start("indbakke")
window.show()
wait_idle(app, tasks)
for key in PAGE_KEYS:
    window.show_page(key)
    wait_idle(app, tasks)
    window.repaint()
    app.processEvents()
card = window.open_card(big)
wait_idle(app, tasks)
card.repaint()
app.processEvents()
gc.collect()
result = {"rss_mb": rss_mb(), "hwm_mb": peak_rss_mb(), "pages": list(PAGE_KEYS)}
tasks.shutdown()
services.close()
print(json.dumps(result), flush=True)
os._exit(0)  # skip interpreter teardown: PySide6 widgets without a parent can crash it, after the result
