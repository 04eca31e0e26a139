"""Campaign results, live: contacted, booked, declined and the booking rate; the booked visits as they stand
after any moves (held, cancelled, moved, no-show, still planned); agreements by type (registered from the
visits, seed 000 Table 3.1 / seed 001 Table 1) per held visit; and whether the promises made at the campaign's
visits were kept on time — per consultant and in total. Every figure is an SQL aggregate.

Where the figures come from:
- Calls: each company on the list counts once, by its latest call (campaign_target.last_outcome), attributed
  to whoever made that call. "Kontaktet" (reached) = Booket + Takket nej + Allerede i kontakt; the booking
  rate is Booket / Kontaktet (seed 000 L1077–1085: 10,572 of 33,753 = 31 %).
- Visits: the visit each "Booket" call planned, followed through its moves (visit.moved_from_id) to the visit
  as it stands now, counted for that visit's consultant.
- Agreements ("tilkendegivelser"): campaign_agreement rows registered for a campaign visit, by type, counted
  as places the company wants filled; "per besøg" divides by the held visits (2,990 / 5,397 = 55.4 %).
- Promises: those made at the campaign's visits (source "besoeg", any visit of the chain), by the responsible
  consultant. Kept on time = done on or before the due date.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import and_, exists, func, literal, select
from sqlalchemy.orm import aliased

from jobcrm.errors import ValidationError
from jobcrm.models import (
    CampaignAgreement,
    CampaignCall,
    CampaignTarget,
    Company,
    Consultant,
    Promise,
    Visit,
)
from jobcrm.services.campaign_dto import BookedVisitRow, CampaignResults, ResultLine
from jobcrm.services.campaigns import count_if
from jobcrm.services.context import ServiceContext

HELD = ("afholdt", "afholdt_telefonisk")
CANCELLED = ("aflyst_virksomhed", "aflyst_jobcenter")


def booked_chain(campaign_id: uuid.UUID):
    """A recursive CTE (root, vid, depth, lead_days): every visit a campaign call booked, and the visits it was
    moved to."""
    roots = (select(CampaignCall.visit_id.label("root"), CampaignCall.visit_id.label("vid"),
                    literal(0).label("depth"), CampaignCall.lead_days.label("lead_days"))
             .where(CampaignCall.campaign_id == campaign_id, CampaignCall.visit_id.is_not(None),
                    CampaignCall.deleted_at.is_(None))
             .cte("chain", recursive=True))
    moved = (select(roots.c.root, Visit.id, roots.c.depth + 1, roots.c.lead_days)
             .join(Visit, Visit.moved_from_id == roots.c.vid).where(Visit.deleted_at.is_(None)))
    return roots.union_all(moved)


def final_visits(campaign_id: uuid.UUID):
    """(root, vid, moved, lead_days) for each booked visit as it stands now: the end of its move chain."""
    chain = booked_chain(campaign_id)
    child = aliased(Visit)
    has_child = exists().where(child.moved_from_id == chain.c.vid, child.deleted_at.is_(None))
    return (select(chain.c.root, chain.c.vid, (chain.c.depth > 0).label("moved"), chain.c.lead_days)
            .where(~has_child).subquery("final")), chain


class CampaignResultsService:
    def __init__(self, ctx: ServiceContext, campaigns, settings):
        self._ctx = ctx
        self._campaigns = campaigns
        self._settings = settings

    def results(self, campaign_id: uuid.UUID) -> CampaignResults:
        campaign = self._campaigns.get(campaign_id)
        today = self._ctx.clock.today()
        lead_weeks = int(self._settings.get("campaign_booking_lead_weeks"))
        lines: dict[uuid.UUID | None, dict] = defaultdict(lambda: defaultdict(int))
        agreements: dict[uuid.UUID | None, dict[str, int]] = defaultdict(dict)
        on_list = (CampaignTarget.excluded.is_(None)) | (CampaignTarget.included_anyway.is_(True))
        live_target = and_(CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None))
        final, chain = final_visits(campaign_id)
        with self._ctx.sessions() as s:
            # The list.
            n_on_list, not_called = s.execute(select(count_if(on_list), count_if(and_(
                on_list, CampaignTarget.calls == 0))).where(live_target)).one()
            excluded = dict(s.execute(select(CampaignTarget.excluded, func.count())
                                      .where(live_target, ~on_list).group_by(CampaignTarget.excluded)).all())
            # Calls: companies by their latest outcome, for whoever made that call; calls made per caller.
            for caller, outcome, n in s.execute(
                    select(CampaignTarget.last_caller_id, CampaignTarget.last_outcome, func.count())
                    .where(live_target, on_list, CampaignTarget.last_outcome.is_not(None))
                    .group_by(CampaignTarget.last_caller_id, CampaignTarget.last_outcome)):
                lines[caller][outcome] += n
            for caller, n in s.execute(select(CampaignCall.caller_id, func.count())
                                       .where(CampaignCall.campaign_id == campaign_id,
                                              CampaignCall.deleted_at.is_(None))
                                       .group_by(CampaignCall.caller_id)):
                lines[caller]["calls"] += n
            # Visits as they stand, for their consultant.
            status = Visit.status
            for row in s.execute(
                    select(Visit.consultant_id, func.count(), count_if(status.in_(HELD)),
                           count_if(status.in_(CANCELLED)), count_if(final.c.moved | (status == "flyttet")),
                           count_if(status == "udeblevet"), count_if(status.in_(("planlagt", "flyttet"))))
                    .select_from(final).join(Visit, Visit.id == final.c.vid).where(Visit.deleted_at.is_(None))
                    .group_by(Visit.consultant_id)):
                cid, booked, held, cancelled, moved, no_show, planned = row
                line = lines[cid]
                line["visits_booked"] += booked
                line["visits_held"] += held
                line["visits_cancelled"] += cancelled
                line["visits_moved"] += moved
                line["visits_no_show"] += no_show
                line["visits_planned"] += planned
            beyond = lead_weeks * 7
            booked_beyond, cancelled_beyond = s.execute(
                select(count_if(final.c.lead_days > beyond),
                       count_if(and_(final.c.lead_days > beyond, status == "aflyst_virksomhed")))
                .select_from(final).join(Visit, Visit.id == final.c.vid)).one()
            # Agreements registered from the visits, by type (places), and visits with at least one.
            live_agreement = and_(CampaignAgreement.campaign_id == campaign_id, CampaignAgreement.deleted_at.is_(None))
            for cid, kind, places in s.execute(
                    select(CampaignAgreement.consultant_id, CampaignAgreement.kind, func.sum(CampaignAgreement.places))
                    .where(live_agreement).group_by(CampaignAgreement.consultant_id, CampaignAgreement.kind)):
                agreements[cid][kind] = int(places or 0)
            for cid, n in s.execute(select(CampaignAgreement.consultant_id,
                                           func.count(func.distinct(CampaignAgreement.visit_id)))
                                    .where(live_agreement, CampaignAgreement.places > 0)
                                    .group_by(CampaignAgreement.consultant_id)):
                lines[cid]["visits_with_agreement"] += n
            # Promises made at the campaign's visits.
            done_day = func.date(Promise.done_at)
            visit_ids = select(chain.c.vid)
            for row in s.execute(
                    select(Promise.responsible_id, func.count(),
                           count_if(and_(Promise.status == "udfoert", done_day <= Promise.due_date)),
                           count_if(and_(Promise.status == "udfoert", done_day > Promise.due_date)),
                           count_if(and_(Promise.status == "aaben", Promise.due_date < today)),
                           count_if(and_(Promise.status == "aaben", Promise.due_date >= today)))
                    .where(Promise.source_kind == "besoeg", Promise.source_id.in_(visit_ids),
                           Promise.deleted_at.is_(None))
                    .group_by(Promise.responsible_id)):
                cid, made, kept, late, overdue, open_ = row
                line = lines[cid]
                line["promises_made"] += made
                line["promises_kept_on_time"] += kept
                line["promises_done_late"] += late
                line["promises_overdue"] += overdue
                line["promises_open"] += open_
            ids = [c for c in set(lines) | set(agreements) if c is not None]
            names = {c.id: (c.initials, c.name) for c in s.scalars(select(Consultant).where(Consultant.id.in_(ids)))}
        out = []
        for cid in set(lines) | set(agreements):
            initials, name = names.get(cid, ("–", "Ukendt")) if cid is not None else ("–", "Uden konsulent")
            out.append(self._line(cid, initials, name, lines.get(cid, {}), agreements.get(cid, {})))
        out.sort(key=lambda r: (r.initials == "–", r.initials))
        total = self._sum(out)
        return CampaignResults(
            campaign=campaign, as_of=self._ctx.clock.now(), total=total, lines=tuple(out), on_list=n_on_list or 0,
            excluded={k: v for k, v in excluded.items() if k}, not_called=not_called or 0,
            lead_time_weeks=lead_weeks, booked_beyond_lead=booked_beyond or 0,
            cancelled_beyond_lead=cancelled_beyond or 0)

    @staticmethod
    def _line(cid, initials: str, name: str, d: dict, agreements: dict[str, int]) -> ResultLine:
        return ResultLine(
            consultant_id=cid, initials=initials, name=name, calls=d.get("calls", 0),
            contacted=d.get("booket", 0) + d.get("takket_nej", 0) + d.get("allerede_kontakt", 0),
            booked=d.get("booket", 0), declined=d.get("takket_nej", 0),
            already_in_contact=d.get("allerede_kontakt", 0), not_reached=d.get("ikke_truffet", 0),
            wrong_number=d.get("forkert_nummer", 0), visits_booked=d.get("visits_booked", 0),
            visits_held=d.get("visits_held", 0), visits_cancelled=d.get("visits_cancelled", 0),
            visits_moved=d.get("visits_moved", 0), visits_no_show=d.get("visits_no_show", 0),
            visits_planned=d.get("visits_planned", 0), visits_with_agreement=d.get("visits_with_agreement", 0),
            agreements=dict(agreements), promises_made=d.get("promises_made", 0),
            promises_kept_on_time=d.get("promises_kept_on_time", 0),
            promises_done_late=d.get("promises_done_late", 0), promises_overdue=d.get("promises_overdue", 0),
            promises_open=d.get("promises_open", 0))

    @staticmethod
    def _sum(lines: list[ResultLine]) -> ResultLine:
        numeric = [f for f in ResultLine.__dataclass_fields__
                   if f not in ("consultant_id", "initials", "name", "agreements")]
        totals = {f: sum(getattr(r, f) for r in lines) for f in numeric}
        agreements: dict[str, int] = defaultdict(int)
        for r in lines:
            for k, n in r.agreements.items():
                agreements[k] += n
        return ResultLine(consultant_id=None, initials="I alt", name="I alt", agreements=dict(agreements), **totals)

    # --- the booked visits ------------------------------------------------------------------------
    def booked_visits(self, campaign_id: uuid.UUID, offset: int = 0, limit: int = 200) -> list[BookedVisitRow]:
        """The campaign's visits as they stand (after moves), by time, a page at a time."""
        final, _chain = final_visits(campaign_id)
        with self._ctx.sessions() as s:
            rows = s.execute(
                select(final.c.vid, final.c.root, Visit.company_id, Company.name, Consultant.initials, Visit.start_at,
                       Visit.status, final.c.moved)
                .select_from(final).join(Visit, Visit.id == final.c.vid).join(Company, Company.id == Visit.company_id)
                .join(Consultant, Consultant.id == Visit.consultant_id)
                .where(Visit.deleted_at.is_(None))
                .order_by(Visit.start_at.desc(), Visit.id).offset(offset).limit(limit)).all()
            vids = [r[0] for r in rows]
            agreements: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
            if vids:
                for vid, kind, places in s.execute(
                        select(CampaignAgreement.visit_id, CampaignAgreement.kind, func.sum(CampaignAgreement.places))
                        .where(CampaignAgreement.campaign_id == campaign_id, CampaignAgreement.visit_id.in_(vids),
                               CampaignAgreement.deleted_at.is_(None))
                        .group_by(CampaignAgreement.visit_id, CampaignAgreement.kind)):
                    agreements[vid][kind] = int(places or 0)
        return [BookedVisitRow(visit_id=vid, booked_visit_id=root, company_id=cid, company_name=name,
                               consultant_initials=initials, start_at=start, status=status,
                               moved=bool(moved) or status == "flyttet", agreements=agreements.get(vid, {}))
                for vid, root, cid, name, initials, start, status, moved in rows]

    def count_booked_visits(self, campaign_id: uuid.UUID) -> int:
        final, _chain = final_visits(campaign_id)
        with self._ctx.sessions() as s:
            return s.scalar(select(func.count()).select_from(final).join(Visit, Visit.id == final.c.vid)
                            .where(Visit.deleted_at.is_(None))) or 0

    # --- agreements from a visit -----------------------------------------------------------------
    def set_agreements(self, campaign_id: uuid.UUID, visit_id: uuid.UUID, places: dict[str, int],
                       note: str | None = None) -> dict[str, int]:
        """Register the agreements made at a campaign visit, by type: {kind: places}. Replaces what was registered
        for the visit before (0 removes a type). The visit must be one of the campaign's and held."""
        from jobcrm.domain import validation as v
        from jobcrm.domain.vocab import CAMPAIGN_AGREEMENT

        errors = {}
        for kind, n in places.items():
            if kind not in CAMPAIGN_AGREEMENT:
                errors[kind] = f'Aftaletypen "{kind}" findes ikke. Vælg en af: ' + \
                    ", ".join(t.da for t in CAMPAIGN_AGREEMENT) + "."
            elif not isinstance(n, int) or n < 0 or n > 999:
                errors[kind] = f"Antal for {CAMPAIGN_AGREEMENT.label(kind)} skal være et helt tal fra 0 til 999."
        note = (note or "").strip() or None
        if v.looks_like_cpr(note):
            errors["note"] = "Noten ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes i JobCRM."
        if errors:
            raise ValidationError(errors)
        final, chain = final_visits(campaign_id)
        with self._ctx.sessions.begin() as s:
            in_campaign = s.scalar(select(func.count()).select_from(chain).where(chain.c.vid == visit_id))
            visit = s.get(Visit, visit_id)
            if not in_campaign or visit is None or visit.deleted_at is not None:
                raise ValidationError.single("visit", "Besøget er ikke booket i denne kampagne.")
            if visit.status not in HELD and any(places.values()):
                raise ValidationError.single("visit", "Aftaler registreres for et afholdt besøg. Registrér besøget "
                                                      "som afholdt først (besøgsguiden).")
            existing = {a.kind: a for a in s.scalars(select(CampaignAgreement).where(
                CampaignAgreement.visit_id == visit_id, CampaignAgreement.campaign_id == campaign_id))}
            now = self._ctx.clock.utcnow()
            for kind, n in places.items():
                row = existing.get(kind)
                if n == 0:
                    if row is not None and row.deleted_at is None:
                        row.deleted_at = now
                        self._ctx.stamp_update(row)
                    continue
                if row is None:
                    row = CampaignAgreement(campaign_id=campaign_id, visit_id=visit_id, company_id=visit.company_id,
                                            consultant_id=visit.consultant_id, kind=kind, places=n, note=note)
                    self._ctx.stamp_create(row)
                    s.add(row)
                else:
                    row.places, row.note, row.deleted_at = n, note, None
                    row.consultant_id = visit.consultant_id
                    self._ctx.stamp_update(row)
        return self.agreements_for_visit(campaign_id, visit_id)

    def agreements_for_visit(self, campaign_id: uuid.UUID, visit_id: uuid.UUID) -> dict[str, int]:
        with self._ctx.sessions() as s:
            return {k: int(n) for k, n in s.execute(
                select(CampaignAgreement.kind, CampaignAgreement.places).where(
                    CampaignAgreement.campaign_id == campaign_id, CampaignAgreement.visit_id == visit_id,
                    CampaignAgreement.deleted_at.is_(None)))}
