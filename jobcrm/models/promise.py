"""Aftale/opfølgning: a promise with a due date and a responsible consultant, and its reschedules."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jobcrm.models.base import Base, RecordMixin


class Promise(RecordMixin, Base):
    __tablename__ = "promise"

    company_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("company.id"))
    title: Mapped[str] = mapped_column(String(300))  # what was promised
    details: Mapped[str | None] = mapped_column(Text)
    promised_by: Mapped[str] = mapped_column(String(20), default="jobcentret")  # hvem gør hvad
    responsible_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultant.id"))
    due_date: Mapped[dt.date]
    due_time: Mapped[dt.time | None]
    purpose: Mapped[str] = mapped_column(String(40), default="andet")
    source_kind: Mapped[str] = mapped_column(String(20), default="manuel")
    source_id: Mapped[uuid.UUID | None]
    contact_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact_person.id"))
    status: Mapped[str] = mapped_column(String(10), default="aaben")
    done_at: Mapped[dt.datetime | None]
    done_by: Mapped[uuid.UUID | None]
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    cancelled_at: Mapped[dt.datetime | None]
    recurrence: Mapped[str | None] = mapped_column(String(200))  # RFC 5545 RRULE text (dateutil)
    series_id: Mapped[uuid.UUID | None]  # occurrences of one recurring promise share it
    original_due_date: Mapped[dt.date]  # as first agreed; reschedules do not change it

    reschedules: Mapped[list[PromiseReschedule]] = relationship(
        back_populates="promise", order_by="PromiseReschedule.created_at"
    )

    __table_args__ = (
        # The inbox: a consultant's open promises by due date (migration 0006, a prefix of this index).
        Index("ix_promise_backlog", "responsible_id", "status", "due_date", "due_time", "done_at", "deleted_at"),
        # A company's open promises in due-date order straight from the index (migration 0011).
        Index("ix_promise_company_status_due", "company_id", "status", "due_date"),
        # The team table: open and recently done promises per consultant, read from the index alone (0011).
        Index("ix_promise_responsible_status_done", "responsible_id", "status", "done_at", "due_date", "due_time",
              "deleted_at"),
        Index("ix_promise_status_due", "status", "due_date"),
        Index("ix_promise_source_id", "source_id"),  # the promises made in a contact, for its history
    )


class PromiseReschedule(RecordMixin, Base):
    """One "udsat": the due date moved, with the reason. Kept forever with the promise."""

    __tablename__ = "promise_reschedule"

    promise_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("promise.id"), index=True)
    from_date: Mapped[dt.date]
    to_date: Mapped[dt.date]
    reason: Mapped[str] = mapped_column(Text)

    promise: Mapped[Promise] = relationship(back_populates="reschedules")


class PromiseEvent(RecordMixin, Base):
    """What happened to a promise besides reschedules: done, cancelled, handed over (overdraget).
    `from_consultant_id`/`to_consultant_id` are set for a hand-over."""

    __tablename__ = "promise_event"

    promise_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("promise.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "udfoert", "aflyst", "overdraget"
    from_consultant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    to_consultant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    note: Mapped[str | None] = mapped_column(Text)
