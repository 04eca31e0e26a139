"""The company list at scale: open it (id snapshot + first page painted) a few times, then scroll from
top to bottom a viewport at a time, painting each, and watch resident memory. Prints JSON."""

import datetime as dt
import gc
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.core import rss_mb  # noqa: E402
from bench.probes._qt import peak_rss_mb, wait_idle  # noqa: E402
from jobcrm.clock import Clock  # noqa: E402
from jobcrm.services.registry import Services  # noqa: E402
from jobcrm.ui.events import AppEvents  # noqa: E402
from jobcrm.ui.pages.companies import CompaniesPage  # noqa: E402
from jobcrm.ui.tasks import TaskRunner  # noqa: E402

db, today, runs = sys.argv[1], dt.date.fromisoformat(sys.argv[2]), int(sys.argv[3])
app = QApplication(sys.argv[:1])
services = Services.open(db, Clock(fixed_today=today))
tasks = TaskRunner(AppEvents())
page = CompaniesPage(services, tasks, services.ctx.clock.today)
page.resize(1366, 760)
page.show()
wait_idle(app, tasks)  # the filter choices

opens, cpus = [], []
for _ in range(runs + 1):
    page.model.set_ids([])
    app.processEvents()
    gc.collect()
    c0, t0 = time.process_time(), time.perf_counter()
    page.reload()
    while page.model.rowCount() == 0:
        app.processEvents()
        time.sleep(0.0005)
    page.table.viewport().repaint()
    opens.append(time.perf_counter() - t0)
    cpus.append(time.process_time() - c0)
    wait_idle(app, tasks)
opens, cpus = opens[1:], cpus[1:]  # the first one warms the caches

gc.collect()
rss_open = rss_mb()
table = page.table
bar = table.verticalScrollBar()
loads0 = page.model.page_loads
t0 = time.perf_counter()
value, peak, steps = 0, rss_open, 0
while True:
    bar.setValue(value)
    table.viewport().repaint()
    steps += 1
    if steps % 100 == 0:
        app.processEvents()
        peak = max(peak, rss_mb())
    if value >= bar.maximum():
        break
    value = min(bar.maximum(), value + bar.pageStep())
scroll_s = time.perf_counter() - t0
gc.collect()
rss_end = rss_mb()
result = {"open_s": opens, "open_cpu_s": cpus, "rows": page.model.rowCount(), "rss_open_mb": rss_open,
          "rss_peak_mb": max(peak, rss_end), "rss_end_mb": rss_end, "hwm_mb": peak_rss_mb(),
          "scroll_s": scroll_s, "page_loads": page.model.page_loads - loads0, "steps": steps}
tasks.shutdown()
services.close()
print(json.dumps(result), flush=True)
os._exit(0)  # skip interpreter teardown: PySide6 widgets without a parent can crash it, after the result
