"""Plads (placement slot), Mentor, the slot–mentor link, and Forløb (placement) with its extensions.

Personal data: a placement's candidate reference and free-text notes about the citizen live only in
the columns listed in `Placement.PERSONAL_COLUMNS`, so the retention purge (PRODUCT.md §9) can blank
exactly those a set time after the placement ended. Never a CPR number (the services refuse it).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from jobcrm.models.base import Base, RecordMixin
from jobcrm.models.promise import Promise

# A mentor photo is stored in the row (simplest to sync as one record) after the service has scaled
# it down to a small JPEG; this is the hard upper bound for what is stored.
MAX_PHOTO_BYTES = 200 * 1024


class Slot(RecordMixin, Base):
    __tablename__ = "slot"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"))
    scheme: Mapped[str] = mapped_column(String(30))  # vocab.SCHEME
    title: Mapped[str] = mapped_column(String(200))
    tasks: Mapped[str | None] = mapped_column(Text)  # Arbejdsopgaver
    opportunities: Mapped[str | None] = mapped_column(Text)  # Muligheder på virksomheden
    qualifications: Mapped[str | None] = mapped_column(Text)  # Kvalifikationer
    special_conditions: Mapped[str | None] = mapped_column(Text)  # Særlige forhold/hensyn
    hours_per_week: Mapped[int | None]
    working_hours: Mapped[str | None] = mapped_column(Text)  # Mødetider
    available_from: Mapped[dt.date]
    available_to: Mapped[dt.date | None]
    capacity: Mapped[int] = mapped_column(default=1)  # seats
    tags: Mapped[str | None] = mapped_column(String(500))  # "tag, tag" in lower case
    absence_handling: Mapped[str | None] = mapped_column(Text)  # aftalt håndtering af fravær
    what_to_bring: Mapped[str | None] = mapped_column(Text)  # "Det skal du have med" on the presentation
    site_address: Mapped[str | None] = mapped_column(String(200))  # when not the company's address
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    verified_on: Mapped[dt.date | None]  # sidst bekræftet
    verified_by: Mapped[uuid.UUID | None]
    closed_on: Mapped[dt.date | None]
    close_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_slot_company_id", "company_id"),
        Index("ix_slot_responsible_id", "responsible_id"),
        Index("ix_slot_scheme", "scheme"),
    )


class Mentor(RecordMixin, Base):
    __tablename__ = "mentor"

    name: Mapped[str] = mapped_column(String(200))
    company_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("company.id"))  # a colleague's company
    organisation: Mapped[str | None] = mapped_column(String(200))  # external organisation
    kind: Mapped[str] = mapped_column(String(20), default="kollega")  # vocab.MENTOR_KIND
    title: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    competences: Mapped[str | None] = mapped_column(String(500))  # vocab.MENTOR_COMPETENCE codes, comma separated
    course_date: Mapped[dt.date | None]  # mentorkursus
    max_mentees: Mapped[int] = mapped_column(default=2)
    presentation: Mapped[str | None] = mapped_column(Text)  # a few friendly lines for the Praktikpræsentation
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))  # small JPEG, <= MAX_PHOTO_BYTES
    photo_type: Mapped[str | None] = mapped_column(String(30))

    __table_args__ = (Index("ix_mentor_company_id", "company_id"),)


class SlotMentor(RecordMixin, Base):
    """A mentor attached to a slot. Removing the link sets the tombstone; adding it again revives it."""

    __tablename__ = "slot_mentor"

    slot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("slot.id"))
    mentor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mentor.id"), index=True)

    __table_args__ = (UniqueConstraint("slot_id", "mentor_id"),)


class Placement(RecordMixin, Base):
    """Forløb: a candidate (pseudonymous reference) in a slot from start to planned end."""

    __tablename__ = "placement"

    # The columns holding personal data about the citizen; the retention purge blanks these.
    PERSONAL_COLUMNS = ("candidate_ref", "candidate_note", "end_note")

    slot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("slot.id"))
    candidate_ref: Mapped[str | None] = mapped_column(String(60))  # initials or case number; never CPR
    candidate_note: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[dt.date]
    planned_end: Mapped[dt.date]  # with extensions
    original_end: Mapped[dt.date]  # as first planned
    hours_per_week: Mapped[int | None]
    mentor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mentor.id"))
    responsible_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultant.id"))
    # The first day, for the citizen's handout: when to come, where to meet, whom to ask for.
    first_day_time: Mapped[str | None] = mapped_column(String(60))
    meeting_point: Mapped[str | None] = mapped_column(String(200))
    ask_for: Mapped[str | None] = mapped_column(String(200))
    ended_on: Mapped[dt.date | None]  # the last day, when ended (early or as planned)
    outcome: Mapped[str | None] = mapped_column(String(30))  # vocab.PLACEMENT_OUTCOME
    end_note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_placement_slot_id", "slot_id"),
        Index("ix_placement_mentor_id", "mentor_id"),
        Index("ix_placement_responsible_id", "responsible_id"),
    )


class PlacementExtension(RecordMixin, Base):
    """One extension ("forlænget"): the planned end moved, kept forever with the placement."""

    __tablename__ = "placement_extension"

    placement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("placement.id"), index=True)
    from_end: Mapped[dt.date]
    to_end: Mapped[dt.date]
    reason: Mapped[str | None] = mapped_column(Text)


# A placement's follow-up plan is found by (source_kind, source_id); the index lives here, with the
# feature that needs it, so promise.py stays as the inbox feature left it.
Index("ix_promise_source", Promise.source_kind, Promise.source_id)
