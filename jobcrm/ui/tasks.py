"""Background work (Anki's taskman pattern): database calls run one at a time on a single worker
thread; results and errors come back on the GUI thread; a returned ChangeSet is broadcast."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from jobcrm.services.changes import ChangeSet
from jobcrm.ui.events import AppEvents

log = logging.getLogger(__name__)


class TaskRunner(QObject):
    _deliver = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, events: AppEvents, on_error: Callable[[BaseException], None] | None = None,
                 synchronous: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._events = events
        self._default_error = on_error
        self._synchronous = synchronous
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jobcrm-db")
        self._pending = 0
        self._deliver.connect(self._on_deliver)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run `fn` on the database worker; `on_done(result)` or `on_error(exc)` on the GUI thread."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if self._synchronous:
            fut: Future = Future()
            try:
                fut.set_result(fn())
            except BaseException as e:  # noqa: BLE001 - delivered to the error handler
                fut.set_exception(e)
            self._on_deliver((fut, on_done, on_error))
            return
        future = self._pool.submit(fn)
        future.add_done_callback(lambda f: self._deliver.emit((f, on_done, on_error)))

    def _on_deliver(self, payload) -> None:
        future, on_done, on_error = payload
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        exc = future.exception()
        if exc is not None:
            handler = on_error or self._default_error
            if handler is None:
                log.error("background task failed: %s", "".join(traceback.format_exception(exc)))
            else:
                handler(exc)
            return
        result = future.result()
        if on_done is not None:
            on_done(result)
        if isinstance(result, ChangeSet):
            self._events.changed.emit(result)

    def is_idle(self) -> bool:
        return self._pending == 0

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
