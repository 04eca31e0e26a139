"""Start-up in a subprocess (never a second QApplication in the test process)."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def run(*args, tmp_path, timeout=90):
    env = dict(os.environ, JOBCRM_DATA_DIR=str(tmp_path / "userdata"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "jobcrm.cli", *args], capture_output=True, text=True, env=env,
                          timeout=timeout)


def test_app_starts_creates_and_migrates_its_database_and_quits(tmp_path):
    db = tmp_path / "first.db"
    out = run("--db", str(db), "--quit-after", "1", tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert db.exists()
    check = run("--db", str(db), "check", tmp_path=tmp_path)
    assert check.returncode == 0 and "skemaversion" in check.stdout


def test_screenshot_of_every_page(tmp_path):
    db = str(tmp_path / "demo.db")
    assert run("--db", db, "--today", "2026-11-24", "demo", "--companies", "60", tmp_path=tmp_path).returncode == 0
    for page in ("indbakke", "virksomheder", "team"):
        png = tmp_path / f"{page}.png"
        out = run("--db", db, "--today", "2026-11-24", "--screenshot", str(png), "--page", page, tmp_path=tmp_path)
        assert out.returncode == 0, out.stderr
        image = QImage(str(png))
        assert image.width() >= 960 and image.height() >= 600
        # The dark-blue sidebar is there: the window was really painted, not left blank.
        assert image.pixelColor(20, image.height() // 2).name() == "#1f3a5f"


def test_welcome_view_on_an_empty_database(tmp_path):
    png = tmp_path / "welcome.png"
    out = run("--db", str(tmp_path / "empty.db"), "--screenshot", str(png), tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    image = QImage(str(png))
    assert not image.isNull()
    assert image.pixelColor(20, image.height() // 2).name() != "#1f3a5f"  # no sidebar before "Hvem er du?"
