"""The scale database, built once and cached between benchmark runs.

The cache lives in ~/.cache/jobcrm-bench (JOBCRM_BENCH_CACHE overrides it), keyed by the generator
version, the migrations (head revision and the text of every revision), the spec and the extensions, so a
schema change or a new extension (job orders, slots, ...) rebuilds it and an unchanged one is reused.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sys
import time
from pathlib import Path

TODAY = dt.date(2026, 11, 24)


def cache_dir() -> Path:
    return Path(os.environ.get("JOBCRM_BENCH_CACHE") or Path.home() / ".cache" / "jobcrm-bench")


def cache_key(spec, extensions) -> str:
    from jobcrm.db.migrate import MIGRATIONS_DIR, head_revision
    from jobcrm.services.demo_scale import GENERATOR_VERSION

    schema = hashlib.sha1()  # every migration's text: a new index or a re-chained revision rebuilds the data
    for f in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        schema.update(f.name.encode() + f.read_bytes())
    blob = json.dumps({"generator": GENERATOR_VERSION, "head": head_revision(), "schema": schema.hexdigest(),
                       "spec": dataclasses.asdict(spec),
                       "extensions": [name for name, _fn in extensions], "today": TODAY.isoformat()}, sort_keys=True)
    return hashlib.sha1(blob.encode()).hexdigest()[:12]


def ensure_scale_db(*, rebuild: bool = False, spec=None, extensions=None, log=print) -> tuple[Path, dict]:
    """The cached scale database and its facts (building it first when missing or stale)."""
    from jobcrm.clock import Clock
    from jobcrm.services.demo_scale import DEFAULT_EXTENSIONS, ScaleBuilder, ScaleSpec
    from jobcrm.services.registry import Services

    spec = spec or ScaleSpec()
    extensions = DEFAULT_EXTENSIONS if extensions is None else extensions
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    key = cache_key(spec, extensions)
    path, meta_path = folder / f"scale-{key}.db", folder / f"scale-{key}.json"
    if path.exists() and meta_path.exists() and not rebuild:
        return path, json.loads(meta_path.read_text())
    for old in folder.glob("scale-*"):  # stale versions and half-built files: 1+ GB each
        old.unlink()
    building = folder / f"scale-{key}.building.db"
    log(f"Bygger skala-databasen (nøgle {key}) i {folder} – det tager et par minutter …")
    started = time.perf_counter()

    def progress(what: str, done: int, total: int) -> None:
        text = f"{done:,} / {total:,} {what}".replace(",", ".") if total > 1 else f"{what} …"
        print(f"\r  {text:60}", end="", file=sys.stderr, flush=True)

    services = Services.open(building, Clock(fixed_today=TODAY))
    try:
        result = ScaleBuilder(services, spec, extensions).build(progress)
    finally:
        services.close()
    print(file=sys.stderr)
    for suffix in ("-wal", "-shm"):
        Path(str(building) + suffix).unlink(missing_ok=True)
    os.replace(building, path)
    meta = {"key": key, "counts": result.counts, "busy_consultant_id": result.busy_consultant_id,
            "busy_initials": result.busy_initials, "big_company_id": result.big_company_id,
            "build_seconds": round(time.perf_counter() - started, 1), "today": TODAY.isoformat(),
            "size_mb": round(path.stat().st_size / 2**20)}
    meta_path.write_text(json.dumps(meta, indent=2))
    log(f"Skala-databasen er bygget på {meta['build_seconds']:.0f} s ({meta['size_mb']} MB).")
    return path, meta
