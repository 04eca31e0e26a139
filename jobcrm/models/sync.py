"""The laptop's sync bookkeeping (issue 10). Local only: these tables are never synced themselves.

- sync_outbox     every local change, written by SQLite triggers (jobcrm/sync/capture.py), until it is staged
- sync_push       staged changes with a stable change id and per-field HLC stamps, until the server has them
- sync_row_clock  per record, the HLC stamp of each field's current value (and of a hard delete)
- sync_conflict   same-field conflicts: the value that lost, restorable
- sync_state      key/value: server URL, last server sequence number seen, the HLC, this laptop's node id
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jobcrm.ids import uuid7
from jobcrm.models.base import Base, utcnow


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(64))
    row_key: Mapped[str] = mapped_column(Text)
    op: Mapped[str] = mapped_column(String(1))  # I, U, D
    cols: Mapped[str | None] = mapped_column(Text)  # JSON array of changed columns (nulls for unchanged)
    at_ms: Mapped[int] = mapped_column(BigInteger)  # wall clock of the edit, ms since 1970 (UTC)


class SyncPush(Base):
    __tablename__ = "sync_push"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid7)
    tbl: Mapped[str] = mapped_column(String(64))
    row_key: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)  # JSON (jobcrm/sync/merge.py describes it)


class SyncRowClock(Base):
    __tablename__ = "sync_row_clock"

    tbl: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_key: Mapped[str] = mapped_column(Text, primary_key=True)
    clocks: Mapped[str] = mapped_column(Text)  # JSON {column: [hlc, actor]}; "__del__" for a hard delete


class SyncConflict(Base):
    __tablename__ = "sync_conflict"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    server_seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    tbl: Mapped[str] = mapped_column(String(64))
    row_key: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(64))
    kept_value: Mapped[str | None] = mapped_column(Text)  # JSON-encoded column value
    lost_value: Mapped[str | None] = mapped_column(Text)
    kept_actor: Mapped[str | None] = mapped_column(String(80))
    lost_actor: Mapped[str | None] = mapped_column(String(80))
    detected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    restored_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class SyncState(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
