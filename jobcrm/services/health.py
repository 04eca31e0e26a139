"""Database health: integrity and schema version (`jobcrm check`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text

from jobcrm.db.migrate import current_revision, head_revision
from jobcrm.services.context import ServiceContext


@dataclass(frozen=True)
class HealthReport:
    ok: bool
    integrity: str
    schema_revision: str | None
    expected_revision: str
    journal_mode: str
    path: str | None
    problem: str | None = None


class HealthService:
    def __init__(self, ctx: ServiceContext, engine: Engine, path: Path | None):
        self._ctx = ctx
        self._engine = engine
        self._path = path

    def check(self, *, quick: bool = False) -> HealthReport:
        with self._engine.connect() as conn:
            pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
            integrity = "; ".join(r[0] for r in conn.execute(text(pragma)))
            journal = conn.execute(text("PRAGMA journal_mode")).scalar_one()
        rev = current_revision(self._engine)
        head = head_revision()
        problem = None
        if integrity != "ok":
            problem = f"Databasen er beskadiget: {integrity}"
        elif rev != head:
            problem = f"Databasens skemaversion er {rev or 'ingen'}, forventet {head}."
        return HealthReport(ok=problem is None, integrity=integrity, schema_revision=rev, expected_revision=head,
                            journal_mode=journal, path=str(self._path) if self._path else None, problem=problem)
