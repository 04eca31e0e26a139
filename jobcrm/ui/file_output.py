"""Writing a file the user asked for (a printed PDF, a calendar): where to save it, and opening it afterwards
in the program the system uses for it (PySide6-Essentials has no PDF viewer of its own)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def safe_file_name(name: str) -> str:
    """A file name from a title: characters Windows refuses are replaced, whitespace collapsed."""
    return " ".join(re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", name).split())


def ask_save_path(parent: QWidget | None, title: str, suggested_name: str, name_filters: list[str],
                  suffix: str) -> tuple[Path, int] | None:
    """The save dialog. Returns the chosen path (with `suffix` added when the user left it out) and the index
    of the chosen name filter, or None when cancelled."""
    start = str(documents_dir() / safe_file_name(suggested_name))
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, ";;".join(name_filters))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    index = name_filters.index(chosen) if chosen in name_filters else 0
    return target, index


def open_with_system(path: Path) -> bool:
    """Open the file in the system's viewer (the PDF reader, the calendar). False if that is not possible."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
