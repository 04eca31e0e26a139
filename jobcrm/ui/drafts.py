"""Autosaved drafts of what the user is typing, so a crash loses nothing.

Each draft is a small JSON file written atomically (temporary file + rename) in the drafts folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path
from typing import Any


class DraftStore:
    def __init__(self, folder: Path):
        self._folder = folder

    def _path(self, key: str) -> Path:
        return self._folder / (re.sub(r"[^A-Za-z0-9_.-]", "_", key) + ".json")

    def save(self, key: str, data: dict[str, Any]) -> None:
        self._folder.mkdir(parents=True, exist_ok=True)
        target = self._path(key)
        tmp = target.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)

    def load(self, key: str) -> dict[str, Any] | None:
        try:
            with open(self._path(key), encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def discard(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(key).unlink()
