"""Every visible string ships in Danish: the catalogue is complete and up to date with the source."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402


def test_catalogue_has_no_untranslated_message():
    missing = [(c, s) for c, s, t in i18n.messages(i18n.TS) if t is None]
    assert missing == []


def test_catalogue_covers_every_string_in_the_source(tmp_path):
    fresh = tmp_path / "fresh.ts"
    fresh.write_bytes(i18n.TS.read_bytes())
    i18n.lupdate(fresh)  # merges the current source strings into a copy
    untranslated = [(c, s) for c, s, t in i18n.messages(fresh) if t is None]
    assert untranslated == [], "run `make translations` and translate these"


def test_compiled_catalogue_is_current(tmp_path):
    qm = tmp_path / "check.qm"
    i18n.lrelease(i18n.TS, qm)
    assert qm.read_bytes() == i18n.QM.read_bytes(), "run `make translations` to rebuild jobcrm_da.qm"


def test_no_tr_call_uses_an_fstring():
    offenders = []
    for path in (ROOT / "jobcrm" / "ui").rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "tr(f\"" in line or "tr(f'" in line:
                offenders.append(f"{path.name}:{n}")
    assert offenders == [], "tr() needs a literal string so lupdate can find it"


def test_lupdate_tool_is_available():
    out = subprocess.run([i18n.tool("pyside6-lupdate"), "-version"], capture_output=True, text=True)
    assert out.returncode == 0
