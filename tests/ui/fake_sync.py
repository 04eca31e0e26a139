"""An in-memory `SyncService` (jobcrm/services/sync_api.py) for the sync screens' tests and screenshots:
the real engine is built separately against the same Protocol."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import uuid

from jobcrm.errors import JobCRMError
from jobcrm.services.sync_api import (
    NEVER,
    NOT_CONFIGURED,
    OFFLINE,
    OK,
    ConflictDTO,
    ConsultantSyncDTO,
    SyncProgress,
    SyncResult,
    SyncStatus,
)


def local(y, m, d, hh=0, mm=0) -> dt.datetime:
    """A local (Danish) wall-clock time as the aware UTC timestamp the service hands out."""
    return dt.datetime(y, m, d, hh, mm).astimezone(dt.UTC)


class FakeSyncService:
    def __init__(self, url: str | None = None, state: str | None = None):
        self.url = url
        self.state = state or (NOT_CONFIGURED if url is None else NEVER)
        self.last_sync_at: dt.datetime | None = None
        self.pending = 0
        self.message: str | None = None
        self.items: list[ConflictDTO] = []
        self.consultants: list[ConsultantSyncDTO] = []
        self.fail_with: Exception | None = None  # the next sync_now raises this
        self.gate: threading.Event | None = None  # when set, sync_now waits for it (to hold a sync "running")
        self.entered = threading.Event()
        self.calls: list[str] = []  # the thread name of every sync_now
        self.active = 0
        self.max_active = 0
        self.pulls = 0  # what the next sync pulls
        self.progress_steps: list[SyncProgress] = []
        self.restored: list[uuid.UUID] = []
        self._lock = threading.Lock()

    # --- the Protocol ----------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        if self.url is None:
            return SyncStatus(NOT_CONFIGURED, None, None, 0, 0)
        return SyncStatus(self.state, self.url, self.last_sync_at, self.pending, self.conflict_count(),
                          self.message)

    def server_url(self) -> str | None:
        return self.url

    def set_server_url(self, url: str | None) -> None:
        if url is not None and not url.startswith("postgresql"):
            raise JobCRMError("Serveradresse: skal begynde med postgresql://")
        self.url = url
        self.state = NOT_CONFIGURED if url is None else NEVER

    def sync_now(self, url=None, progress=None) -> SyncResult:
        with self._lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            self.calls.append(threading.current_thread().name)
        try:
            self.entered.set()
            if self.gate is not None:
                self.gate.wait(10)
            for step in self.progress_steps:
                if progress is not None:
                    progress(step)
            if self.fail_with is not None:
                exc, self.fail_with = self.fail_with, None
                self.state, self.message = OFFLINE, str(exc)
                raise exc
            self.state, self.message, self.pending = OK, None, 0
            self.last_sync_at = dt.datetime.now(dt.UTC)
            return SyncResult(pushed=3, pulled=self.pulls, conflicts=0, server_seq=42, finished_at=self.last_sync_at)
        finally:
            with self._lock:
                self.active -= 1

    def conflicts(self, offset: int = 0, limit: int = 100, *, include_restored: bool = False) -> list[ConflictDTO]:
        rows = [c for c in self.items if include_restored or c.restored_at is None]
        return rows[offset:offset + limit]

    def conflict_count(self, *, include_restored: bool = False) -> int:
        return sum(1 for c in self.items if include_restored or c.restored_at is None)

    def restore_conflict(self, conflict_id: uuid.UUID) -> None:
        for i, c in enumerate(self.items):
            if c.id == conflict_id:
                self.items[i] = dataclasses.replace(c, restored_at=dt.datetime.now(dt.UTC))
                self.restored.append(conflict_id)
                return
        raise JobCRMError("Konflikten findes ikke.")

    def last_syncs(self) -> list[ConsultantSyncDTO]:
        return list(self.consultants)

    # --- test data -----------------------------------------------------------------------------
    def add_conflict(self, label: str, field_label: str, kept: str | None, lost: str | None, kept_by: str,
                     lost_by: str, detected_at: dt.datetime, kind: str = "company",
                     restored_at: dt.datetime | None = None) -> ConflictDTO:
        c = ConflictDTO(uuid.uuid4(), kind, uuid.uuid4(), label, field_label.lower(), field_label, kept, lost,
                        kept_by, lost_by, detected_at, restored_at)
        self.items.append(c)
        return c


def demo_conflicts(fake: FakeSyncService) -> None:
    """What a Tuesday morning after two offline days may look like."""
    fake.add_conflict("Holm Byg ApS", "Telefon", "75 12 34 56", "75 12 34 99", "PEH", "MAJ", local(2026, 11, 24, 8, 12))
    fake.add_conflict("Holm Byg ApS", "Branche", "Bygge og anlæg", "Tømrer", "MAJ", "PEH", local(2026, 11, 24, 8, 12))
    fake.add_conflict("Ring om praktikaftale", "Forfalder", "01.12.2026", "27.11.2026", "PEH", "MAJ",
                      local(2026, 11, 23, 16, 40), kind="promise")
    fake.add_conflict("Vestjysk Rengøring A/S", "Note", "Vil gerne have to i praktik fra januar", None, "ANK", "MAJ",
                      local(2026, 11, 20, 9, 5))
    fake.add_conflict("Lene Dahl (Brdr. Dahl)", "E-mail", "lene@dahl.dk", "ld@brdr-dahl.dk", "MAJ", "ANK",
                      local(2026, 11, 18, 14, 30), kind="contact_person", restored_at=local(2026, 11, 19, 10, 0))
