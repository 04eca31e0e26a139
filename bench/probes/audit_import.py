"""What the audit log costs a big CSV import: `python -m bench.probes.audit_import [ROWS]` imports ROWS companies
(default 100,000) into a fresh database twice — with the audit log, and with the session hooks left out — and prints
the seconds and the audit rows written. Not a test: figures for the report (issue 8)."""

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select


def _cvrs(n: int):
    """n valid CVR numbers (modulus 11 with weights 2,7,6,5,4,3,2,1)."""
    number = 10000000
    while n:
        if sum(int(d) * w for d, w in zip(str(number), (2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0:
            yield number
            n -= 1
        number += 1


def _csv(rows: int) -> bytes:
    lines = ["Navn;CVR;Adresse;Postnr;By;Telefon;Branche"]
    for i, cvr in enumerate(_cvrs(rows)):
        lines.append(f"Firma {i} ApS;{cvr};Vejen {i % 200};{7000 + i % 900};By {i % 97};"
                     f"{70000000 + i};Bygge og anlæg")
    return "\n".join(lines).encode("utf-8")


def _run(data: bytes, audit: bool) -> tuple[float, int]:
    import jobcrm.services.registry as registry
    from jobcrm.clock import Clock
    from jobcrm.models import AuditLog

    original = registry.install_audit
    if not audit:
        registry.install_audit = lambda ctx: None
    try:
        with tempfile.TemporaryDirectory() as d:
            services = registry.Services.open(Path(d) / "b.db", Clock(fixed_today=dt.date(2026, 11, 24)))
            started = time.perf_counter()
            result = services.importing.import_companies(data)
            seconds = time.perf_counter() - started
            with services.ctx.sessions() as s:
                n = s.scalar(select(func.count()).select_from(AuditLog))
            assert result.created == data.count(b"\n"), (result.created, len(result.rejected))
            services.close()
    finally:
        registry.install_audit = original
    return seconds, n


if __name__ == "__main__":
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    data = _csv(rows)
    for audit in (False, True):
        seconds, n = _run(data, audit)
        print(f"{rows} companies imported {'with' if audit else 'without'} the audit log: {seconds:.1f} s, "
              f"{n} audit rows")
