"""Shared bits of the GUI probes: wait for the task runner, read memory."""

from __future__ import annotations

import time
from pathlib import Path


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait_idle(app, tasks, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    app.processEvents()
    while not tasks.is_idle():
        if time.monotonic() > deadline:
            raise TimeoutError("the task runner did not become idle")
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
