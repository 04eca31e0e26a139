"""Filer → Eksportér alt (JSON)…: every record in the documented interchange format (docs/interchange.md), the
same file as `jobcrm export json`. Written in the background; the status bar says how many records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jobcrm.ui import file_output, fmt


def export_everything(parent: QWidget, services, tasks) -> None:
    name = QCoreApplication.translate("FullExport", "JobCRM everything %1").replace("%1", fmt.date(services.ctx.clock.today())) + ".json"
    chosen = file_output.ask_save_path(parent, QCoreApplication.translate("FullExport", "Export everything"), name, [QCoreApplication.translate("FullExport", "JobCRM export (*.json)")],
                                       ".json")
    if chosen is not None:
        write_everything(parent, services, tasks, chosen[0])


def write_everything(parent: QWidget, services, tasks, path: Path) -> None:
    def done(result) -> None:
        message = QCoreApplication.translate("FullExport", "Everything exported: %1 records in %2").replace("%1", f"{result.rows:,}".replace(",", ".")) \
            .replace("%2", str(path))
        if hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(message, 10000)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("FullExport", "Export everything"), str(exc))

    tasks.run(lambda: services.interchange.export_json(path), done, failed)
