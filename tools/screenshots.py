"""Regenerate the README's screenshots from a fresh demo database (offscreen)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def jobcrm(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "jobcrm.cli", *args], check=True)


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        demo = str(Path(tmp) / "demo.db")
        jobcrm("--db", demo, "--today", "2026-11-24", "demo")
        jobcrm("--db", demo, "--today", "2026-11-24", "--screenshot", str(DOCS / "main-window.png"),
               "--page", "virksomheder")
        for page, name in (("indbakke", "inbox.png"), ("team", "team.png")):
            jobcrm("--db", demo, "--today", "2026-11-24", "--screenshot", str(DOCS / name), "--page", page)
        jobcrm("--db", str(Path(tmp) / "empty.db"), "--today", "2026-11-24", "--screenshot",
               str(DOCS / "welcome.png"))
        jobcrm("--db", demo, "--today", "2026-11-24", "--screenshot", str(DOCS / "slots.png"), "--page", "pladser")
        subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot_slot.py"), "--db", demo, "--today",
                        "2026-11-24", "--out", str(DOCS / "slot-dialog.png")], check=True)
        jobcrm("--db", demo, "--today", "2026-11-24", "--screenshot", str(DOCS / "visits-week.png"), "--page", "besoeg")
        subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot_visits.py"), "--db", demo, "--today",
                        "2026-11-24", "--guide", str(DOCS / "visit-guide.png")], check=True)
        jobcrm("--db", demo, "--today", "2026-11-24", "--screenshot", str(DOCS / "orders.png"), "--page", "jobordrer")
        subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot_order.py"), "--db", demo, "--today",
                        "2026-11-24", "--tab", "1", "--out", str(DOCS / "order-editor.png")], check=True)
    print(f"screenshots written to {DOCS.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
