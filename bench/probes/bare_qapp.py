"""The memory floor: resident memory of a bare QApplication (offscreen)."""

import json
import sys

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from bench.core import rss_mb  # noqa: E402

app = QApplication(sys.argv[:1])
app.processEvents()
print(json.dumps({"rss_mb": rss_mb()}))
