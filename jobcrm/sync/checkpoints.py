"""Kill points for the resume tests: with JOBCRM_SYNC_KILL_AT=N in the environment the process kills itself
(SIGKILL, no clean-up) at the N-th checkpoint it reaches. Without the variable a checkpoint costs nothing."""

from __future__ import annotations

import os
import signal

_KILL_AT = int(os.environ.get("JOBCRM_SYNC_KILL_AT", "0") or 0)
_count = 0


def checkpoint(_label: str) -> None:
    global _count
    if not _KILL_AT:
        return
    _count += 1
    if _count == _KILL_AT:
        os.kill(os.getpid(), signal.SIGKILL)
