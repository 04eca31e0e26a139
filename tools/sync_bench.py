"""Sync figures (issue 10): the first sync of the scale data set (scaled down by --factor, then extrapolated
linearly) and an incremental sync of 1,000 changes. Uses a fresh database on the PostgreSQL server given by
--pg (default JOBCRM_TEST_PG or the local one) and drops it afterwards.

    .venv/bin/python tools/sync_bench.py --factor 0.01
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from jobcrm.clock import Clock  # noqa: E402
from jobcrm.services.demo_scale import SCALES, ScaleBuilder  # noqa: E402
from jobcrm.services.registry import Services  # noqa: E402
from jobcrm.sync.server import init_server  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--factor", type=float, default=0.01, help="share of the large scale data set (1 = 100,000 companies)")
    p.add_argument("--pg", default=os.environ.get("JOBCRM_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"))
    args = p.parse_args()
    admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
    name = f"jobcrm_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(args.pg).set(database=name).render_as_string(hide_password=False)
    tmp = Path(tempfile.mkdtemp())
    try:
        init_server(url)
        a = Services.open(tmp / "a.db", Clock())
        t = time.perf_counter()
        spec = SCALES["large"].scaled(args.factor)
        result = ScaleBuilder(a, replace(spec, seed=1)).build()
        counts = result.counts
        rows = sum(counts.values())
        print(f"data set: factor {args.factor}: {counts} ({rows} records, built in {time.perf_counter() - t:.1f} s)")
        a.sync.set_server_url(url)
        t = time.perf_counter()
        r = a.sync.sync_now()
        push_s = time.perf_counter() - t
        print(f"first sync of the laptop holding the data (push): {r.pushed} changes in {push_s:.1f} s "
              f"({r.pushed / push_s:.0f}/s)")
        b = Services.open(tmp / "b.db", Clock())
        t = time.perf_counter()
        r = b.sync.sync_now(url)
        pull_s = time.perf_counter() - t
        print(f"first sync of a new laptop (pull): {r.pulled} changes in {pull_s:.1f} s ({r.pulled / pull_s:.0f}/s)")
        scale = 1 / args.factor
        print(f"extrapolated to the full scale data set (x{scale:.0f}, linear): push {push_s * scale / 60:.1f} min, "
              f"pull {pull_s * scale / 60:.1f} min")
        # 1,000 changes on a: edits of 1,000 companies' phone numbers through one bulk UPDATE.
        with a.engine.begin() as c:
            ids = [r[0] for r in c.execute(text("SELECT id FROM company ORDER BY id LIMIT 1000"))]
            c.execute(text("UPDATE company SET phone = '99 99 99 99' WHERE id = :i"), [{"i": i} for i in ids])
        t = time.perf_counter()
        r = a.sync.sync_now()
        inc_push = time.perf_counter() - t
        t = time.perf_counter()
        r2 = b.sync.sync_now()
        inc_pull = time.perf_counter() - t
        print(f"incremental: {r.pushed} changes pushed in {inc_push:.2f} s; {r2.pulled} pulled by the other laptop "
              f"in {inc_pull:.2f} s")
        a.close()
        b.close()
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
