"""Virksomhed (company) and Kontaktperson (contact person)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jobcrm.models.base import Base, RecordMixin


class Company(RecordMixin, Base):
    __tablename__ = "company"

    name: Mapped[str] = mapped_column(String(200))
    sort_name: Mapped[str] = mapped_column(String(200))  # danish_sort_key(name), for ORDER BY
    cvr: Mapped[str | None] = mapped_column(String(8), index=True)
    p_number: Mapped[str | None] = mapped_column(String(10))
    address: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(4))
    city: Mapped[str | None] = mapped_column(String(100))
    municipality: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    web: Mapped[str | None] = mapped_column(String(200))
    industry: Mapped[str | None] = mapped_column(String(100))
    employees: Mapped[int | None]  # an exact count, or the lower bound of employees_range
    employees_range: Mapped[str | None] = mapped_column(String(20))  # "10–19" as a CVR extract gives it
    sector: Mapped[str] = mapped_column(String(20), default="privat")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))  # tovholder
    relationship_status: Mapped[str] = mapped_column(String(30), default="ny")
    agreement_type: Mapped[str | None] = mapped_column(String(30))
    special_notes: Mapped[str | None] = mapped_column(Text)  # særlige forhold
    absence_policy: Mapped[str | None] = mapped_column(Text)  # fraværspolitik
    alcohol_policy: Mapped[str | None] = mapped_column(Text)  # alkoholpolitik
    working_hours: Mapped[str | None] = mapped_column(Text)  # mødetider
    core_business: Mapped[str | None] = mapped_column(Text)  # kerneydelse/historik
    tags: Mapped[str | None] = mapped_column(String(500))  # comma separated
    # Derived, kept up to date by the services so lists can sort on them without aggregates.
    last_contact_at: Mapped[dt.datetime | None]
    next_due_date: Mapped[dt.date | None]

    contact_persons: Mapped[list[ContactPerson]] = relationship(back_populates="company")

    __table_args__ = (
        Index("ix_company_sort_name", "sort_name"),
        # The list's id snapshot and the live count, read in order from a small covering index.
        Index("ix_company_live_sort_name", "sort_name", "id", sqlite_where=text("deleted_at IS NULL")),
        Index("ix_company_city", "city"),
        Index("ix_company_owner_id", "owner_id"),
        Index("ix_company_last_contact_at", "last_contact_at"),
        Index("ix_company_next_due_date", "next_due_date"),
    )


class ContactPerson(RecordMixin, Base):
    """Kontaktperson at a company."""

    __tablename__ = "contact_person"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))  # stilling
    phone: Mapped[str | None] = mapped_column(String(30))
    mobile: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30), default="andet")
    is_primary: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    company: Mapped[Company] = relationship(back_populates="contact_persons")


class CompanyMerge(RecordMixin, Base):
    """Audit trail of a merge of two companies: `removed_id` (soft-deleted) was merged into `kept_id`.
    The removed company's name and CVR are copied so the trail reads without the deleted row."""

    __tablename__ = "company_merge"

    kept_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"), index=True)
    removed_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"), index=True)
    removed_name: Mapped[str] = mapped_column(String(200))
    removed_cvr: Mapped[str | None] = mapped_column(String(8))
    moved_persons: Mapped[int] = mapped_column(default=0)
    moved_contacts: Mapped[int] = mapped_column(default=0)
    moved_promises: Mapped[int] = mapped_column(default=0)
