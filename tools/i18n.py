"""Translation workflow (Qt Linguist).

    python tools/i18n.py              extract strings into resources/i18n/jobcrm_da.ts (keeping existing
                                      translations), compile jobcrm/ui/i18n/jobcrm_da.qm, list what is
                                      still untranslated (exit 1 if anything is)
    python tools/i18n.py --merge-from OTHER.ts [...]
                                      take translations from other catalogues (e.g. both sides of a git
                                      merge conflict: `git show :3:resources/i18n/jobcrm_da.ts > theirs.ts`)
    python tools/i18n.py --fill F     merge translations from a UTF-8 file of "context<TAB>source<TAB>danish"
                                      lines (or "source<TAB>danish" for every context) into the .ts first

Linguist (`pyside6-linguist resources/i18n/jobcrm_da.ts`) edits the same file.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "jobcrm_da.ts"
QM = ROOT / "jobcrm" / "ui" / "i18n" / "jobcrm_da.qm"
SOURCES = [ROOT / "jobcrm" / "ui", ROOT / "jobcrm" / "app.py"]


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def source_files() -> list[str]:
    files: list[str] = []
    for src in SOURCES:
        files += [str(p) for p in sorted(src.rglob("*.py"))] if src.is_dir() else [str(src)]
    return files


def lupdate(ts: Path) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "da_DK", "-ts", str(ts)],
                   check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def messages(ts: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None when unfinished)."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") and tr.text
            out.append((name, msg.findtext("source"), tr.text if done else None))
    return out


def fill(ts: Path, table: Path | None = None, extra: dict[tuple[str, str], str] | None = None) -> int:
    wanted_ctx: dict[tuple[str, str], str] = dict(extra or {})
    wanted_any: dict[str, str] = {}
    for line in (table.read_text(encoding="utf-8").splitlines() if table else []):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 3:
            wanted_ctx[(parts[0], parts[1].replace("\\n", "\n"))] = parts[2].replace("\\n", "\n")
        elif len(parts) == 2:
            wanted_any[parts[0].replace("\\n", "\n")] = parts[1].replace("\\n", "\n")
    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            da = wanted_ctx.get((name, src), wanted_any.get(src))
            if da is None:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.text = da
            tr.attrib.pop("type", None)
            n += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return n


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill", type=Path)
    parser.add_argument("--merge-from", type=Path, nargs="+", default=[])
    args = parser.parse_args()
    others = {(c, s): t for other in args.merge_from for c, s, t in messages(other) if t is not None}
    if args.merge_from:
        TS.write_bytes(args.merge_from[0].read_bytes())
    lupdate(TS)
    if args.fill or others:
        print(f"filled {fill(TS, args.fill, others)} translations")
    lrelease(TS, QM)
    missing = [(c, s) for c, s, t in messages(TS) if t is None]
    for c, s in missing:
        print(f"untranslated: {c}\t{s!r}")
    print(f"{len(messages(TS)) - len(missing)} translated, {len(missing)} untranslated -> {QM.relative_to(ROOT)}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
