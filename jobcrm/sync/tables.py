"""Which tables sync, and how their values travel as JSON.

Every table of `Base.metadata` syncs unless it is listed in LOCAL_TABLES; each synced table is classified as
EDITABLE or APPEND_ONLY (tests/sync/test_capture_and_server.py fails for a table that is in none of the lists). Records are identified by their primary key, except where IDENTITY says otherwise (settings are the
same setting on every laptop by key; their row id is local).
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
import uuid
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Column, Table, TypeDecorator, and_, select

import jobcrm.models  # noqa: F401  (registers every table)
from jobcrm.models.base import Base

# Local bookkeeping of the laptop: never synced.
# The audit and retention logs are this laptop's record of what happened here and of what was applied from
# the team (integer ids per database): they stay local, the changes themselves travel.
LOCAL_TABLES = frozenset({"sync_outbox", "sync_push", "sync_row_clock", "sync_conflict", "sync_state",
                          "audit_log", "retention_log"})

# Tables whose records are written once and then only added to (contact history, guide answers, logs):
# they never produce a conflict (PRODUCT.md §8).
APPEND_ONLY = frozenset({"contact", "contact_participant", "guide_answer", "promise_event", "promise_reschedule",
                         "campaign_call", "company_merge", "placement_extension", "job_order_referral"})

# Records edited in place: field-by-field merge, same-field edits reported as conflicts. Every synced table is
# in exactly one of EDITABLE and APPEND_ONLY (a test fails for a new table until it is put in one: it syncs
# meanwhile, as editable, but its author decides).
EDITABLE = frozenset({"campaign", "campaign_agreement", "campaign_target", "company", "consultant", "contact_person",
                      "guide_template", "guide_template_version", "job_order", "job_order_requirement", "mentor",
                      "placement", "promise", "setting", "slot", "slot_mentor", "team", "visit", "visit_agreement",
                      "visit_participant"})

# Columns that change with every edit or are derived by the services: merged like every field (the newest
# wins) but never reported as a conflict.
BOOKKEEPING_COLUMNS = frozenset({"created_at", "created_by", "updated_at", "updated_by"})
DERIVED_COLUMNS = {"company": frozenset({"sort_name", "last_contact_at", "next_due_date"})}

# Records identified by something other than their primary key; the primary key then stays local.
IDENTITY = {"setting": ("key",)}
# Rows that stay on the laptop (an SQL condition on the row, for the triggers and the first-sync snapshot).
LOCAL_ROWS = {"setting": "key IN ('current_consultant_id')"}

SCHEMA_TABLES_OUTSIDE_ORM = ("fts_",)  # SQLite search index (jobcrm/db/migrate.py EXTERNAL_TABLE_PREFIXES)


@dataclass(frozen=True)
class SyncTable:
    name: str
    table: Table
    key_cols: tuple[Column, ...]
    cols: tuple[Column, ...]         # the columns that travel
    local_pk: tuple[Column, ...]     # primary-key columns that do not travel (made locally on insert)
    local_rows: str | None

    def conflictable(self, col: str) -> bool:
        return (self.name not in APPEND_ONLY and col not in BOOKKEEPING_COLUMNS
                and col not in DERIVED_COLUMNS.get(self.name, ()))

    def key_where(self, row_key: str):
        values = json.loads(row_key)
        return and_(*[c == decode(c, v) for c, v in zip(self.key_cols, values, strict=True)])

    def row(self, conn, row_key: str) -> dict | None:
        r = conn.execute(select(*self.cols).where(self.key_where(row_key))).first()
        return None if r is None else {c.name: encode(v) for c, v in zip(self.cols, r, strict=True)}

    def make_key(self, values: dict) -> str:
        return key_json([values[c.name] for c in self.key_cols])


def key_json(encoded_values: list) -> str:
    """The row key exactly as SQLite's json_array() writes it in the triggers."""
    return json.dumps(encoded_values, separators=(",", ":"), ensure_ascii=False)


@cache
def sync_tables() -> dict[str, SyncTable]:
    out = {}
    for t in Base.metadata.sorted_tables:  # parents before children
        if t.name in LOCAL_TABLES:
            continue
        ident = IDENTITY.get(t.name)
        key_cols = tuple(t.c[n] for n in ident) if ident else tuple(t.primary_key.columns)
        local_pk = tuple(c for c in t.primary_key.columns if ident and c.name not in ident)
        cols = tuple(c for c in t.columns if c not in local_pk)
        out[t.name] = SyncTable(t.name, t, key_cols, cols, local_pk, LOCAL_ROWS.get(t.name))
    return out


def encode(v):
    """A column value as JSON (the same text from SQLite and from PostgreSQL)."""
    if v is None or isinstance(v, bool | int | float | str):
        return v
    if isinstance(v, uuid.UUID):
        return v.hex
    if isinstance(v, dt.datetime | dt.date | dt.time):
        return v.isoformat()
    if isinstance(v, bytes | memoryview):
        return {"b64": base64.b64encode(bytes(v)).decode()}
    if isinstance(v, decimal.Decimal):
        return str(v)
    raise TypeError(f"cannot sync a value of type {type(v).__name__}")


def _python_type(col: Column):
    t = col.type
    if isinstance(t, TypeDecorator):
        t = t.impl_instance
    try:
        return t.python_type
    except NotImplementedError:
        return object


def decode(col: Column, v):
    if v is None:
        return None
    pt = _python_type(col)
    if pt is uuid.UUID:
        return uuid.UUID(v)
    if pt is dt.datetime:
        d = dt.datetime.fromisoformat(v)
        return d.replace(tzinfo=dt.UTC) if d.tzinfo is None and isinstance(col.type, TypeDecorator) else d
    if pt is dt.date:
        return dt.date.fromisoformat(v)
    if pt is dt.time:
        return dt.time.fromisoformat(v)
    if pt is bytes:
        return base64.b64decode(v["b64"])
    if pt is decimal.Decimal:
        return decimal.Decimal(v)
    return v
