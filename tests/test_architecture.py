"""The layers of STYLE.md: Qt stays in jobcrm/ui (and app.py); the UI never touches models or db."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_packages_import_without_qt():
    code = (
        "import sys\n"
        "import jobcrm.models, jobcrm.db.engine, jobcrm.db.migrate, jobcrm.domain.dates, jobcrm.domain.validation\n"
        "import jobcrm.services.registry, jobcrm.services.demo, jobcrm.pdf, jobcrm.cli, jobcrm.cli_commands\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "", f"Qt was imported by a core package: {out.stdout}"


def test_ui_never_imports_models_or_db():
    offenders = []
    for path in (ROOT / "jobcrm" / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(from|import)\s+jobcrm\.(models|db)\b", text, re.M):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_pyside_only_in_ui_and_app():
    offenders = []
    for path in (ROOT / "jobcrm").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("jobcrm/ui/") or rel == "jobcrm/app.py":
            continue
        if re.search(r"^\s*(from|import)\s+PySide6", path.read_text(encoding="utf-8"), re.M):
            offenders.append(rel)
    assert offenders == []
