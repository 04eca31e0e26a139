"""Where JobCRM keeps its data. No Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_FILENAME = "jobcrm.db"


def data_dir() -> Path:
    """The per-user data folder: %APPDATA%\\JobCRM, ~/Library/Application Support/JobCRM, or
    $XDG_DATA_HOME/jobcrm (~/.local/share/jobcrm). JOBCRM_DATA_DIR overrides it."""
    override = os.environ.get("JOBCRM_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "JobCRM"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "JobCRM"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "jobcrm"


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME
