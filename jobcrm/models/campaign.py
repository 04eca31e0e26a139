"""Kampagne (campaign), its call list (ringeliste), the calls made from it and the agreements registered from
its visits (seed 000 §5.1 and §5.4; seed 001 part A).

The call list is a snapshot taken when it is built: every company that matched the campaign's filter gets a
row, and a row that was left out keeps the reason (`excluded`, `excluded_detail`) so the list can say why.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jobcrm.models.base import Base, RecordMixin


class Campaign(RecordMixin, Base):
    __tablename__ = "campaign"

    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(Text)  # formål
    message: Mapped[str | None] = mapped_column(Text)  # budskab: what the caller says
    material: Mapped[str | None] = mapped_column(Text)  # materiale: what the company gets (postkort, pjece, …)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    template_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("guide_template.id"))  # the visit guide
    visit_minutes: Mapped[int] = mapped_column(default=60)  # a booked visit's length
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))  # kampagnekoordinator
    criteria_json: Mapped[str] = mapped_column(Text, default="{}")  # the target filter (CampaignCriteria)
    closed: Mapped[bool] = mapped_column(default=False)
    # An earlier round of the same campaign: companies called then count as "already contacted about the
    # campaign" (seed 001 L465: not twice with the same message).
    previous_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("campaign.id"))


class CampaignTarget(RecordMixin, Base):
    """A company on the call list. `excluded` is None for a company to call, else a TARGET_EXCLUSION code.
    The last call's outcome is kept here so the list sorts and counts without reading every call."""

    __tablename__ = "campaign_target"

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaign.id"))
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"))
    position: Mapped[int] = mapped_column(default=0)
    excluded: Mapped[str | None] = mapped_column(String(30))
    excluded_detail: Mapped[str | None] = mapped_column(String(300))
    included_anyway: Mapped[bool] = mapped_column(default=False)  # "Medtag alligevel" after an exclusion
    last_outcome: Mapped[str | None] = mapped_column(String(20))  # CALL_OUTCOME of the latest call
    last_call_at: Mapped[dt.datetime | None]
    last_caller_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    calls: Mapped[int] = mapped_column(default=0)
    call_again_on: Mapped[dt.date | None]  # "Ikke truffet – ring igen": the promise's due date
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"))  # the booked visit

    __table_args__ = (
        UniqueConstraint("campaign_id", "company_id", name="uq_campaign_target_company"),
        Index("ix_campaign_target_list", "campaign_id", "excluded", "position"),
        Index("ix_campaign_target_company_id", "company_id"),
    )


class CampaignCall(RecordMixin, Base):
    """One call from the list: who called, when, the outcome and what it led to (a visit, a promise to
    call again, the contact-history entry)."""

    __tablename__ = "campaign_call"

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaign.id"))
    target_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaign_target.id"), index=True)
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"))
    caller_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))  # booker or consultant
    called_at: Mapped[dt.datetime]
    outcome: Mapped[str] = mapped_column(String(20))  # CALL_OUTCOME
    reason: Mapped[str | None] = mapped_column(String(30))  # DECLINE_REASON when declined
    note: Mapped[str | None] = mapped_column(Text)
    consultant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))  # booked into whose calendar
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"))
    promise_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("promise.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact.id"))
    lead_days: Mapped[int | None]  # booked this many days ahead (seed 001: >6 weeks → more cancellations)

    __table_args__ = (
        Index("ix_campaign_call_campaign_time", "campaign_id", "called_at"),
        Index("ix_campaign_call_company_time", "company_id", "called_at"),
    )


class CampaignAgreement(RecordMixin, Base):
    """An agreement registered from a campaign visit, by type (CAMPAIGN_AGREEMENT), counted as the places the
    company wants filled (seed 001 Table 1) — the "tilkendegivelser" of seed 000 Table 3.1."""

    __tablename__ = "campaign_agreement"

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaign.id"))
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), index=True)
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id"))
    consultant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultant.id"))  # the visit's consultant
    kind: Mapped[str] = mapped_column(String(20))
    places: Mapped[int] = mapped_column(default=1)
    note: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (Index("ix_campaign_agreement_campaign_kind", "campaign_id", "kind"),)
