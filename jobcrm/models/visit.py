"""Besøg (visits) and Besøgsguides (visit-guide templates, their versions and filled answers).

A template's content lives in its versions: each version stores the whole structure (sections and
items) as JSON, so a guide filled with version 3 still renders exactly after version 4 is saved.
Item keys are stable across versions; answers refer to the version and the item key.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jobcrm.models.base import Base, RecordMixin


class GuideTemplate(RecordMixin, Base):
    """Besøgsguide: a named template. `key` marks the seeded ones so they are installed only once."""

    __tablename__ = "guide_template"

    key: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    current_version: Mapped[int] = mapped_column(default=1)


class GuideTemplateVersion(RecordMixin, Base):
    """One saved version of a template: name, description and the sections/items as JSON."""

    __tablename__ = "guide_template_version"

    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("guide_template.id"), index=True)
    version: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    content_json: Mapped[str] = mapped_column(Text)  # {"sections": [{"key", "title", "help", "items": [...]}]}

    __table_args__ = (UniqueConstraint("template_id", "version", name="uq_guide_template_version_number"),)


class Visit(RecordMixin, Base):
    """Besøg: a planned or held company visit, its outcome and the guide filled at it."""

    __tablename__ = "visit"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"))
    consultant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultant.id"))  # main consultant
    contact_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact_person.id"))
    start_at: Mapped[dt.datetime]
    end_at: Mapped[dt.datetime]
    place: Mapped[str | None] = mapped_column(String(300))
    visit_type: Mapped[str] = mapped_column(String(20), default="foerstegang")
    status: Mapped[str] = mapped_column(String(20), default="planlagt")
    status_reason: Mapped[str | None] = mapped_column(Text)  # why cancelled or moved
    note: Mapped[str | None] = mapped_column(Text)  # purpose / preparation note
    moved_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"))
    # The guide: chosen when planning; the version is fixed when filling starts.
    template_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("guide_template.id"))
    template_version_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("guide_template_version.id"))
    guide_started_at: Mapped[dt.datetime | None]
    guide_saved_at: Mapped[dt.datetime | None]  # last autosave
    # Outcome (udbytte).
    labour_need: Mapped[str | None] = mapped_column(String(20))  # aktuelt / snarligt / i_fremtiden / intet
    labour_need_when: Mapped[str | None] = mapped_column(String(200))
    labour_need_why: Mapped[str | None] = mapped_column(Text)
    schemes_presented: Mapped[str | None] = mapped_column(String(500))  # comma-separated SCHEME_PRESENTED codes
    material_handed_over: Mapped[str | None] = mapped_column(String(500))  # comma-separated MATERIAL codes
    material_other: Mapped[str | None] = mapped_column(String(300))
    summary: Mapped[str | None] = mapped_column(Text)  # "Referat", becomes the contact-history entry
    registered_at: Mapped[dt.datetime | None]  # when the outcome was registered
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact.id"))  # the history entry

    __table_args__ = (
        Index("ix_visit_consultant_start", "consultant_id", "start_at"),
        Index("ix_visit_company_start", "company_id", "start_at"),
        Index("ix_visit_status_end", "status", "end_at"),
        Index("ix_visit_start", "start_at"),
    )


class VisitParticipant(RecordMixin, Base):
    """Who else takes part: another consultant (sambesøg) or a contact person of the company."""

    __tablename__ = "visit_participant"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), index=True)
    consultant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact_person.id"))


class GuideAnswer(RecordMixin, Base):
    """One answer in a filled guide: the visit, the template version and the item key. Section-level
    answers use "<section key>#note" and "<section key>#touched"."""

    __tablename__ = "guide_answer"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"))
    version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("guide_template_version.id"))
    item_key: Mapped[str] = mapped_column(String(60))
    value_json: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("visit_id", "item_key", name="uq_guide_answer_visit_item"),)


class VisitAgreement(RecordMixin, Base):
    """An agreement made at the visit (an "aftale" item or a line of the Aftaler section). When the
    visit is registered it becomes a promise (PromiseService); `promise_id` then points at it."""

    __tablename__ = "visit_agreement"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), index=True)
    item_key: Mapped[str | None] = mapped_column(String(60))  # the "aftale" item, or None for the Aftaler list
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(300), default="")
    promised_by: Mapped[str] = mapped_column(String(20), default="jobcentret")
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    due_text: Mapped[str | None] = mapped_column(String(60))  # as typed: "+3 arbejdsdage", "24.11.2026"
    due_date: Mapped[dt.date | None]
    purpose: Mapped[str] = mapped_column(String(40), default="nye_aftaler")
    promise_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("promise.id"))
