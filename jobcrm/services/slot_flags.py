"""Inbox flags for slots and placements (PRODUCT.md §4), registered in flags.default_flags():

- a slot vacant longer than N days ("Hvorfor har en plads stået ledig længe?");
- a vacant slot nobody has confirmed for N days ("er pladserne stadig ledige?");
- a placement ending within N working days with no evaluation planned;
- a placement past its end with no outcome registered.

A slot's flags go to its responsible consultant (else the company's tovholder); a placement's to its
responsible consultant. N comes from the office settings.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from jobcrm.domain.dates import WorkCalendar, format_date
from jobcrm.models import Company, Placement, Promise, Slot
from jobcrm.services import slot_queries as q
from jobcrm.services.dto import FlagDTO
from jobcrm.services.flags import MAX_PER_SOURCE


def _vacant_slots(s: Session, consultant_id: uuid.UUID, today: dt.date, *extra):
    """The consultant's open slots with a free seat today (all in SQL), oldest first. Two indexed
    queries — slots they are responsible for, and unassigned slots at companies they own — rather than
    one OR that would scan every slot."""
    cols = (Slot.id, Slot.company_id, Slot.title, Slot.capacity, Slot.available_from, Slot.available_to,
            Slot.closed_on, Slot.verified_on)
    owned = select(Company.id).where(Company.owner_id == consultant_id, Company.deleted_at.is_(None))
    rows = []
    for mine in (Slot.responsible_id == consultant_id,
                 and_(Slot.company_id.in_(owned), Slot.responsible_id.is_(None))):
        rows += s.execute(
            select(*cols, Company.name).join(Company, Company.id == Slot.company_id)
            .where(mine, Slot.deleted_at.is_(None), Company.deleted_at.is_(None), *q.slot_is_open(today),
                   Slot.available_from <= today, *extra, Slot.capacity > q.occupied_count(today))
        ).all()
    rows.sort(key=lambda r: (r.available_from, r.id))
    return [(row, row.name) for row in rows]  # the row has the slot's columns by name


def slot_vacant_long(s: Session, consultant_id: uuid.UUID, today: dt.date) -> list[FlagDTO]:
    days = int(q.read_setting(s, "slot_vacant_flag_days"))
    # Only a slot available for longer than N days can have been vacant that long.
    rows = _vacant_slots(s, consultant_id, today, Slot.available_from < today - dt.timedelta(days=days))
    intervals = q.intervals_for(s, [slot.id for slot, _ in rows])
    out = []
    for slot, cname in rows:
        state = q.seat_state(slot, intervals[slot.id], today)
        if state.status == "ledig" and state.days_vacant > days:
            out.append(FlagDTO(
                kind="plads_ledig_laenge", company_id=slot.company_id, company_name=cname,
                text=f"Pladsen \"{slot.title}\" har stået ledig i {state.days_vacant} dage – hvorfor?",
                due=state.vacant_since + dt.timedelta(days=days + 1) if state.vacant_since else None,
                action="open_slot", ref_kind="slot", ref_id=slot.id))
    out.sort(key=lambda f: (f.due or today, str(f.ref_id)))
    return out[:MAX_PER_SOURCE]


def slot_not_verified(s: Session, consultant_id: uuid.UUID, today: dt.date) -> list[FlagDTO]:
    days = int(q.read_setting(s, "slot_verify_flag_days"))
    last_seen = func.coalesce(Slot.verified_on, Slot.available_from)
    rows = _vacant_slots(s, consultant_id, today, last_seen < today - dt.timedelta(days=days))[:MAX_PER_SOURCE]
    out = []
    for slot, cname in rows:
        last = slot.verified_on or slot.available_from
        out.append(FlagDTO(
            kind="plads_ikke_bekraeftet", company_id=slot.company_id, company_name=cname,
            text=f"Er pladsen \"{slot.title}\" stadig ledig? Sidst bekræftet {format_date(last)} "
                 f"({(today - last).days} dage siden)",
            due=last + dt.timedelta(days=days + 1), action="confirm_slot", ref_kind="slot", ref_id=slot.id))
    out.sort(key=lambda f: (f.due or today, str(f.ref_id)))
    return out


def placement_ending_without_evaluation(s: Session, consultant_id: uuid.UUID, today: dt.date) -> list[FlagDTO]:
    n = int(q.read_setting(s, "placement_ending_flag_working_days"))
    cal = WorkCalendar.from_settings([tuple(x) for x in q.read_setting(s, "closure_days")],
                                     [dt.date.fromisoformat(x) for x in q.read_setting(s, "closure_dates")])
    horizon = cal.add_working_days(today, n)
    evaluation_planned = exists().where(Promise.source_kind == "forloeb", Promise.source_id == Placement.id,
                                        Promise.purpose == "evaluering", Promise.status.in_(("aaben", "udfoert")),
                                        Promise.deleted_at.is_(None))
    rows = s.execute(
        select(Placement.id, Placement.candidate_ref, Placement.planned_end, Slot.title, Company.id, Company.name)
        .join(Slot, Slot.id == Placement.slot_id).join(Company, Company.id == Slot.company_id)
        .where(Placement.responsible_id == consultant_id, Placement.deleted_at.is_(None),
               Placement.ended_on.is_(None), Placement.planned_end >= today, Placement.planned_end <= horizon,
               ~evaluation_planned)
        .order_by(Placement.planned_end).limit(MAX_PER_SOURCE)
    ).all()
    return [FlagDTO(kind="forloeb_slutter", company_id=cid, company_name=cname,
                    text=f"Forløbet {ref} ({title}) slutter {format_date(end)} uden planlagt evaluering",
                    due=end, action="open_placement", ref_kind="placement", ref_id=pid)
            for pid, ref, end, title, cid, cname in rows]


def placement_missing_outcome(s: Session, consultant_id: uuid.UUID, today: dt.date) -> list[FlagDTO]:
    rows = s.execute(
        select(Placement.id, Placement.candidate_ref, Placement.planned_end, Slot.title, Company.id, Company.name)
        .join(Slot, Slot.id == Placement.slot_id).join(Company, Company.id == Slot.company_id)
        .where(Placement.responsible_id == consultant_id, Placement.deleted_at.is_(None),
               Placement.ended_on.is_(None), Placement.planned_end < today)
        .order_by(Placement.planned_end).limit(MAX_PER_SOURCE)
    ).all()
    return [FlagDTO(kind="forloeb_udfald", company_id=cid, company_name=cname,
                    text=f"Forløbet {ref} ({title}) sluttede {format_date(end)} – registrér udfaldet",
                    due=end, action="open_placement", ref_kind="placement", ref_id=pid)
            for pid, ref, end, title, cid, cname in rows]


SLOT_FLAG_SOURCES = {
    "plads_ledig_laenge": slot_vacant_long,
    "plads_ikke_bekraeftet": slot_not_verified,
    "forloeb_slutter": placement_ending_without_evaluation,
    "forloeb_udfald": placement_missing_outcome,
}
