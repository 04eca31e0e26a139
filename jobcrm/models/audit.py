"""The audit log (who created, changed or deleted what, and when; PRODUCT.md §9) and the retention log (what
the GDPR purge removed: kind, how many, when, the cutoff — never the personal data itself).

Both are local logs, not synchronised records: they have no RecordMixin, an integer id, and no foreign keys, so
a merge or a purge never rewrites history by cascading into them. Rows are written by jobcrm.services.audit.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jobcrm.models.base import Base


class AuditLog(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    actor_id: Mapped[uuid.UUID | None]
    action: Mapped[str] = mapped_column(String(10))  # create / update / delete / restore
    record_kind: Mapped[str] = mapped_column(String(40))  # the table name
    record_id: Mapped[uuid.UUID]
    company_id: Mapped[uuid.UUID | None]  # the company the record belongs to, for the company card
    field: Mapped[str | None] = mapped_column(String(60))  # the column, for an update
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_audit_log_company_at", "company_id", "at", "id"),  # the company card, newest first
        Index("ix_audit_log_record", "record_kind", "record_id", "at"),  # one record's history; the purge
        Index("ix_audit_log_at", "at"),  # pruning old rows
    )


class RetentionLog(Base):
    __tablename__ = "retention_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    kind: Mapped[str] = mapped_column(String(60))  # what was purged, e.g. "placement"
    count: Mapped[int]
    cutoff: Mapped[dt.date]  # records that ended before this day were purged
