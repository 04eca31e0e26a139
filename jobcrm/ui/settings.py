"""UI state (window geometry, language, column widths) declared once with defaults; unknown keys raise.
Business settings live in the database (services.settings)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

_DEFAULTS: dict[str, Any] = {
    "language": "da",  # "da" or "en"
    "window_geometry": QByteArray(),
    "window_state": QByteArray(),
    "last_page": "indbakke",
    "company_columns": [],  # column widths of the company list
}


class UiSettings:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        default = _DEFAULTS[key]  # KeyError for unknown keys, by design
        value = self._qs.value(key)
        if value is None:
            return default
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()
        if isinstance(default, list):
            try:
                decoded = json.loads(value)
            except (TypeError, ValueError):
                return default
            return decoded if isinstance(decoded, list) else default
        return type(default)(value)

    def set(self, key: str, value: Any) -> None:
        default = _DEFAULTS[key]
        if isinstance(default, list):
            value = json.dumps(value)
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()
