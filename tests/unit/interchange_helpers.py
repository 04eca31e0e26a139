"""Helpers for the interchange tests: a byte-exact dump of a database file to prove "nothing changed"."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def dump(db_path: Path) -> list[str]:
    """Every table's rows (the search index and Alembic's table included), read from the file itself."""
    con = sqlite3.connect(db_path)
    try:
        return list(con.iterdump())
    finally:
        con.close()
