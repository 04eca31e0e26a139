"""The contract between team-server sync (jobcrm/sync, issue 10) and the UI/CLI that show it.

`Services.sync` is a `SyncService`: the real one when the sync engine is present, `NullSyncService`
(no server configured, nothing pending) otherwise. Everything handed out is a frozen DTO.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

# SyncStatus.state
NOT_CONFIGURED = "not_configured"  # no server URL set: the app works locally, the status bar says nothing
NEVER = "never"                    # a server is set, no sync has finished yet
OK = "ok"                          # the last attempt finished: "Synkroniseret 10:42"
OFFLINE = "offline"                # the server could not be reached: "Offline – 37 ændringer venter"
RUNNING = "running"
ERROR = "error"                    # reached but failed (message says why, in Danish)


@dataclass(frozen=True)
class SyncStatus:
    state: str
    server_url: str | None          # shown without password
    last_sync_at: dt.datetime | None  # UTC, aware; the last sync that finished
    pending_changes: int            # local changes not yet pushed
    open_conflicts: int             # conflicts not yet looked at / restored
    message: str | None = None      # one Danish line for OFFLINE/ERROR


@dataclass(frozen=True)
class SyncProgress:
    phase: str                      # "push" | "pull"
    done: int
    total: int | None


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    conflicts: int                  # new conflicts found in this run
    server_seq: int                 # the server sequence number this laptop has now seen
    finished_at: dt.datetime


@dataclass(frozen=True)
class ConflictDTO:
    """A same-field conflict: the value that lost is kept here and can be restored."""

    id: uuid.UUID
    record_kind: str                # table name, e.g. "company"
    record_id: uuid.UUID
    record_label: str               # what a user recognises: company name, promise title …
    field: str                      # column name
    field_label: str                # Danish label of the field
    kept_value: str | None          # display text of the value that won
    lost_value: str | None          # display text of the value that lost
    kept_by: str | None             # initials of who wrote the winning value
    lost_by: str | None             # initials of who wrote the losing value
    detected_at: dt.datetime        # UTC, aware
    restored_at: dt.datetime | None


@dataclass(frozen=True)
class ConsultantSyncDTO:
    """When each consultant's laptop last synced (the team lead sees stale laptops)."""

    consultant_id: uuid.UUID
    initials: str
    name: str
    last_sync_at: dt.datetime | None  # UTC, aware; None = never synced


class SyncService(Protocol):
    def status(self) -> SyncStatus: ...
    def server_url(self) -> str | None: ...
    def set_server_url(self, url: str | None) -> None: ...
    def sync_now(self, url: str | None = None,
                 progress: Callable[[SyncProgress], None] | None = None) -> SyncResult: ...
    def conflicts(self, offset: int = 0, limit: int = 100, *, include_restored: bool = False) -> list[ConflictDTO]: ...
    def conflict_count(self, *, include_restored: bool = False) -> int: ...
    def restore_conflict(self, conflict_id: uuid.UUID) -> None: ...
    def last_syncs(self) -> list[ConsultantSyncDTO]: ...


class NullSyncService:
    """No team server: the app is a single laptop. Nothing pending, nothing to show."""

    def status(self) -> SyncStatus:
        return SyncStatus(NOT_CONFIGURED, None, None, 0, 0)

    def server_url(self) -> str | None:
        return None

    def set_server_url(self, url: str | None) -> None:
        from jobcrm.errors import JobCRMError

        raise JobCRMError("Denne version af JobCRM kan ikke synkronisere med en teamserver.")

    def sync_now(self, url=None, progress=None) -> SyncResult:
        from jobcrm.errors import JobCRMError

        raise JobCRMError("Der er ikke angivet nogen teamserver.")

    def conflicts(self, offset: int = 0, limit: int = 100, *, include_restored: bool = False) -> list[ConflictDTO]:
        return []

    def conflict_count(self, *, include_restored: bool = False) -> int:
        return 0

    def restore_conflict(self, conflict_id: uuid.UUID) -> None:
        from jobcrm.errors import JobCRMError

        raise JobCRMError("Konflikten findes ikke.")

    def last_syncs(self) -> list[ConsultantSyncDTO]:
        return []
