"""The one broadcast for changes: every mutation's ChangeSet goes out on `AppEvents.changed`."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    changed = Signal(object)  # ChangeSet
    user_changed = Signal(object)  # ConsultantDTO | None
