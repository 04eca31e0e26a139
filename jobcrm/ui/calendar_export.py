"""Filer → Eksportér kalender (.ics)…: the current consultant's open promises (and planned visits, once the
visits feature registers them) as an iCalendar file for Outlook. The save dialog offers two kinds: all-day
events (Outlook's desktop app skips to-dos on import) and to-dos (VTODO, for calendars that show tasks)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jobcrm.ui import file_output


def export_calendar(parent: QWidget, services, tasks) -> None:
    me = services.ctx.actor.id
    if me is None:
        return
    user = services.consultants.get(me)
    filters = [QCoreApplication.translate("CalendarExport", "Outlook calendar – promises as all-day events (*.ics)"),
               QCoreApplication.translate("CalendarExport", "Calendar with to-dos (*.ics)")]
    name = QCoreApplication.translate("CalendarExport", "JobCRM follow-ups %1").replace("%1", user.initials) + ".ics"
    chosen = file_output.ask_save_path(parent, QCoreApplication.translate("CalendarExport", "Export calendar"), name, filters, ".ics")
    if chosen is not None:
        path, kind = chosen
        write_calendar(parent, services, tasks, path, "event" if kind == 0 else "todo")


def write_calendar(parent: QWidget, services, tasks, path: Path, promises_as: str) -> None:
    svc, me = services.calendar, services.ctx.actor.id

    def done(result) -> None:
        count = result.todos + result.events
        message = QCoreApplication.translate("CalendarExport", "Calendar saved: %1 items in %2").replace("%1", str(count)) \
            .replace("%2", str(path))
        if hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(message, 8000)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("CalendarExport", "Export calendar"), str(exc))

    tasks.run(lambda: svc.export(path, me, promises_as=promises_as), done, failed)
