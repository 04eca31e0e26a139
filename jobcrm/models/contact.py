"""Kontakt: an entry in a company's contact history. Append-only in spirit."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from jobcrm.models.base import Base, RecordMixin

# Which contact persons took part in a contact (Kontakt -> Kontaktperson, many-to-many).
contact_participant = Table(
    "contact_participant",
    Base.metadata,
    Column("contact_id", Uuid(), ForeignKey("contact.id"), primary_key=True),
    Column("person_id", Uuid(), ForeignKey("contact_person.id"), primary_key=True),
)


class Contact(RecordMixin, Base):
    __tablename__ = "contact"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"))
    consultant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    occurred_at: Mapped[dt.datetime]
    channel: Mapped[str] = mapped_column(String(20))
    purpose: Mapped[str | None] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text, default="")
    # Links to the items a contact concerns; the target tables arrive with later features.
    link_kind: Mapped[str | None] = mapped_column(String(20))
    link_id: Mapped[uuid.UUID | None]

    __table_args__ = (
        Index("ix_contact_company_time", "company_id", "occurred_at"),
        Index("ix_contact_consultant_time", "consultant_id", "occurred_at"),
    )
