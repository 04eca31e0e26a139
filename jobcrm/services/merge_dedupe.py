"""Merging two companies where both are on the same link row that must be unique per company.

Today the only such table is campaign_target (one row per campaign and company,
uq_campaign_target_company): when both companies are on the same campaign's call list, moving the removed
company's row over would break the constraint. The two rows become one: the kept company's row stays (its id
is what the campaign screens know) and takes the state of the more advanced of the two; the removed company's
row is tombstoned and left pointing at the removed (also tombstoned) company; its calls move to the kept row.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from jobcrm.models import CampaignCall, CampaignTarget

# How far a company got on a call list: not called < not reached < wrong number / already in contact <
# declined < booked. A row with a booked visit beats one without; a company on the list beats an excluded one.
OUTCOME_RANK = {None: 0, "ikke_truffet": 1, "forkert_nummer": 2, "allerede_kontakt": 3, "takket_nej": 4,
                "booket": 5}
_STATE = ("position", "excluded", "excluded_detail", "included_anyway", "last_outcome", "last_call_at",
          "last_caller_id", "call_again_on", "visit_id")
_EPOCH = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)


def target_rank(t: CampaignTarget) -> tuple:
    on_list = t.excluded is None or bool(t.included_anyway)
    last = t.last_call_at or _EPOCH
    if last.tzinfo is None:
        last = last.replace(tzinfo=dt.UTC)
    return (t.deleted_at is None, t.visit_id is not None, OUTCOME_RANK.get(t.last_outcome, 0), on_list, last)


def dedupe_campaign_targets(s: Session, ctx, keep_id: uuid.UUID, remove_id: uuid.UUID) -> set[uuid.UUID]:
    """Fold the removed company's campaign targets into the kept company's where both are on the same
    campaign. Returns the ids of the removed company's rows that must NOT be moved to the kept company."""
    kept = {t.campaign_id: t for t in s.scalars(select(CampaignTarget).where(CampaignTarget.company_id == keep_id))}
    leave: set[uuid.UUID] = set()
    for gone in s.scalars(select(CampaignTarget).where(CampaignTarget.company_id == remove_id,
                                                       CampaignTarget.campaign_id.in_(kept))).all():
        mine = kept[gone.campaign_id]
        if target_rank(gone) > target_rank(mine):
            for name in _STATE:
                setattr(mine, name, getattr(gone, name))
            mine.deleted_at = gone.deleted_at
        elif mine.visit_id is None and gone.visit_id is not None:
            mine.visit_id = gone.visit_id  # never lose the link to a booked visit
        mine.calls = (mine.calls or 0) + (gone.calls or 0)
        ctx.stamp_update(mine)
        s.execute(update(CampaignCall).where(CampaignCall.target_id == gone.id).values(target_id=mine.id))
        if gone.deleted_at is None:
            gone.deleted_at = ctx.clock.utcnow()
        ctx.stamp_update(gone)
        leave.add(gone.id)
    s.flush()
    return leave
