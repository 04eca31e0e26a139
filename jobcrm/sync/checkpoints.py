"""Kill points for the resume tests: with JOBCRM_SYNC_KILL_AT=N in the environment the process kills itself
(SIGKILL, no clean-up) at the N-th checkpoint it reaches. Without the variable a checkpoint costs nothing."""

from __future__ import annotations

import os
import signal

_state = {"kill_at": int(os.environ.get("JOBCRM_SYNC_KILL_AT", "0") or 0), "count": 0}


def kill_at(n: int) -> None:
    """Kill this process at the n-th checkpoint from now (tests, in a forked child)."""
    _state.update(kill_at=n, count=0)


def checkpoint(_label: str) -> None:
    if not _state["kill_at"]:
        return
    _state["count"] += 1
    if _state["count"] == _state["kill_at"]:
        os.kill(os.getpid(), signal.SIGKILL)
