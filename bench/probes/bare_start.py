"""The cold-start floor: a bare QApplication + QMainWindow shown, import sqlalchemy.orm, open the same
SQLite file, one indexed SELECT, then painted and saved like `jobcrm --screenshot` does."""

import sqlite3
import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 800)
window.show()
import sqlalchemy.orm  # noqa: E402,F401

conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT id FROM consultant WHERE initials = ?", ("MAJ",)).fetchone()
app.processEvents()
ok = window.grab().save(sys.argv[2])
conn.close()
sys.exit(0 if ok else 1)
