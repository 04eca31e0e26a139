"""`make bench` / `python -m bench`: the figures of issue 9 at job-centre scale, each with its floor.

Prints the table (figure | measured | CPU | floor | ratio | target | ok) and writes bench-results.json.
"measured" is wall-clock time (what is judged against the target); "CPU" the CPU time of the same runs,
which stays steady when other work shares the cores.
Options: --only KEY[,KEY] (see --list), --runs N, --rebuild (the cached scale database), --quick
(fewer runs, a 10,000-row import: for trying things, not for reporting), --json PATH.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from bench.core import BenchEnv, Result, fmt
from bench.data import TODAY, ensure_scale_db
from bench.figures import FIGURES


def _measured(r: Result) -> str:
    if not r.measured:
        return r.note if r.ok is None else "–"
    unit = r.unit
    parts = []
    for k, v in r.measured.items():
        u = "MB" if "MB" in k else unit
        label = k.replace(" MB", "")
        parts.append(f"{fmt(v)} {u}" if k in ("median", r.main) and len(r.measured) == 1 else f"{label} {fmt(v)} {u}")
    return "; ".join(parts)


def _ok(r: Result) -> str:
    return "–" if r.ok is None else ("ja" if r.ok else "NEJ")


def print_table(rows: list[tuple], out=sys.stdout) -> None:
    headers = ("figur", "målt", "CPU", "gulv", "forhold", "mål", "ok")
    widths = [max(len(str(x[i])) for x in [headers, *rows]) for i in range(len(headers))]
    line = " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line, file=out)
    print("-+-".join("-" * w for w in widths), file=out)
    for row in rows:
        print(" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)), file=out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    p.add_argument("--only", help="kun disse figurer (kommasepareret nøgler)")
    p.add_argument("--list", action="store_true", help="vis figurernes nøgler")
    p.add_argument("--runs", type=int, default=9, help="målinger pr. figur (medianen vises)")
    p.add_argument("--quick", action="store_true", help="færre målinger og en lille import (til afprøvning)")
    p.add_argument("--rebuild", action="store_true", help="byg skala-databasen forfra")
    p.add_argument("--json", type=Path, default=Path("bench-results.json"))
    args = p.parse_args(argv)
    if args.list:
        for f in FIGURES:
            print(f"{f.key:14} {f.title}")
        return 0
    wanted = set(args.only.split(",")) if args.only else None
    unknown = (wanted or set()) - set(FIGURES.keys())
    if unknown:
        print(f"bench: ukendte figurer: {', '.join(sorted(unknown))} (se --list)", file=sys.stderr)
        return 2
    runs = 3 if args.quick else max(3, args.runs)

    db, meta = ensure_scale_db(rebuild=args.rebuild)
    work = Path(tempfile.mkdtemp(prefix="jobcrm-bench-"))
    env = BenchEnv(db=db, meta=meta, runs=runs, work=work, today=TODAY.isoformat(), quick=args.quick)
    load_before = os.getloadavg()
    started = time.perf_counter()
    rows, results = [], {}
    try:
        for f in FIGURES:
            if wanted and f.key not in wanted:
                continue
            print(f"… {f.title}", file=sys.stderr, flush=True)
            try:
                r = f.fn(env)
            except Exception as e:  # noqa: BLE001 - one broken figure must not hide the others
                traceback.print_exc()
                r = Result(ok=False, note=f"fejl: {e}")
            ratio = r.ratio
            rows.append((f.title, _measured(r), "–" if r.cpu is None else f"{fmt(r.cpu)} {r.unit}",
                         "–" if r.floor is None else f"{fmt(r.floor)} {r.unit}",
                         "–" if ratio is None else f"{ratio:.2f}×", f.target, _ok(r)))
            results[f.key] = {"title": f.title, "target": f.target, "measured": r.measured, "unit": r.unit,
                              "main": r.main, "cpu": r.cpu, "floor": r.floor, "ratio": ratio, "ok": r.ok,
                              "noise": r.noise,
                              "note": r.note, "extra": {k: v for k, v in r.extra.items() if k != "queries"}}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    load_after = os.getloadavg()
    print()
    print_table(rows)
    print()
    for key, r in results.items():
        details = "; ".join(x for x in (r["noise"], r["note"] if r["measured"] else "") if x)
        if details:
            print(f"  {key}: {details}")
    cores = os.cpu_count()
    machine = (f"{platform.python_implementation()} {platform.python_version()}, {cores} kerner, "
               f"belastning (1 min) {load_before[0]:.1f} før / {load_after[0]:.1f} efter; "
               f"{time.perf_counter() - started:.0f} s i alt")
    print(f"\nMaskine: {machine}. Data: {meta['counts'].get('company')} virksomheder, "
          f"{meta['counts'].get('contact')} kontakter, {meta['counts'].get('promise')} aftaler "
          f"(cache {meta['key']}, {meta.get('size_mb')} MB).")
    if load_before[0] > (cores or 1) * 0.7 or load_after[0] > (cores or 1) * 0.7:
        print("Maskinen var belastet af andre processer under målingen: tallene er støjfyldte.")
    args.json.write_text(json.dumps({
        "when": dt.datetime.now().isoformat(timespec="seconds"), "machine": machine, "runs": runs,
        "quick": args.quick, "data": meta, "figures": results,
    }, indent=2, ensure_ascii=False))
    print(f"Skrevet: {args.json}")
    return 1 if any(r["note"].startswith("fejl:") for r in results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
