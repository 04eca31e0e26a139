"""Jobordre (job order), its requirement lines and its referral log (formidlingslog). PRODUCT.md §5.

Multi-choice fields of the printed form ("Tilbyder", "Timetal") are stored as comma-separated vocabulary
codes. The promises an order creates (feedback deadline, contact wishes) are remembered by id so a later
edit moves or cancels the same promise instead of making a new one.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jobcrm.models.base import Base, RecordMixin


class JobOrder(RecordMixin, Base):
    __tablename__ = "job_order"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"))
    contact_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact_person.id"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))  # tovholder / virksomhedskonsulent
    received_on: Mapped[dt.date]  # the date the order was taken ("Dato" on the form); the order's age counts from it
    status: Mapped[str] = mapped_column(String(30), default="under_behandling")
    status_note: Mapped[str | None] = mapped_column(Text)  # e.g. why it was annulled
    status_changed_on: Mapped[dt.date | None]

    offer_types: Mapped[str | None] = mapped_column(String(200))  # Tilbyder: codes, comma separated
    title: Mapped[str | None] = mapped_column(String(200))  # Stillingsbetegnelse
    positions: Mapped[int] = mapped_column(default=1)  # antal stillinger
    work_content: Mapped[str | None] = mapped_column(Text)  # Arbejdets art/indhold
    professional_quals: Mapped[str | None] = mapped_column(Text)  # Faglige kvalifikationer
    personal_quals: Mapped[str | None] = mapped_column(Text)  # Personlige kvalifikationer
    physical_demands: Mapped[str | None] = mapped_column(Text)  # Fysiske krav
    culture: Mapped[str | None] = mapped_column(Text)  # Kulturen på virksomheden (arbejdstøj, omgangstone)
    notes: Mapped[str | None] = mapped_column(Text)  # øvrige forhold

    hours: Mapped[str | None] = mapped_column(String(100))  # Timetal: codes, comma separated
    working_times: Mapped[str | None] = mapped_column(Text)  # Mødetider
    employment: Mapped[str | None] = mapped_column(String(20))  # Ansættelsesforhold
    start_date: Mapped[dt.date | None]  # Ansættelsesdato

    contact_form: Mapped[str | None] = mapped_column(String(20))  # Kontaktform
    cvs_wanted: Mapped[int | None]
    cv_deadline: Mapped[dt.date | None]

    wish_retention: Mapped[bool] = mapped_column(default=False)  # Fastholdelse/sygefravær
    wish_competence: Mapped[bool] = mapped_column(default=False)  # Kompetenceudvikling/jobrotation
    retention_promise_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("promise.id"))
    competence_promise_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("promise.id"))

    search_responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    feedback_responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    feedback_deadline: Mapped[dt.date | None]  # Tilbagemelding senest
    feedback_promise_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("promise.id"))

    __table_args__ = (
        Index("ix_job_order_company_id", "company_id"),
        Index("ix_job_order_status_received", "status", "received_on"),
        Index("ix_job_order_owner_id", "owner_id"),
        Index("ix_job_order_search_responsible_id", "search_responsible_id"),
        Index("ix_job_order_feedback_responsible_id", "feedback_responsible_id"),
        Index("ix_job_order_feedback_deadline", "feedback_deadline"),
    )


class JobOrderRequirement(RecordMixin, Base):
    """A requirement line: kind (Uddannelse, Erfaring (år), …), what is required, and its priority
    (Ufravigelig / Knap så vigtig; empty until the company has said)."""

    __tablename__ = "job_order_requirement"

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("job_order.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(String(300), default="")
    priority: Mapped[str | None] = mapped_column(String(20))


class JobOrderReferral(RecordMixin, Base):
    """One CV sent to the company (formidlingslog): a pseudonymous candidate reference — never a CPR
    number — the date sent, the candidate's consent to send it, and the company's response."""

    __tablename__ = "job_order_referral"

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("job_order.id"), index=True)
    candidate_ref: Mapped[str] = mapped_column(String(60))
    sent_on: Mapped[dt.date]
    consent: Mapped[bool] = mapped_column(default=False)
    response: Mapped[str] = mapped_column(String(20), default="sendt")
    responded_on: Mapped[dt.date | None]
    note: Mapped[str | None] = mapped_column(Text)
