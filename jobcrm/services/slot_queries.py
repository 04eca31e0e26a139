"""Queries shared by the slot, mentor and placement services and their inbox flags (inside a session)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from jobcrm.domain import slots as rules
from jobcrm.domain.vocab import SUBSIDISED_SCHEMES
from jobcrm.models import (
    Company,
    Consultant,
    Mentor,
    Placement,
    PlacementExtension,
    Setting,
    Slot,
    SlotMentor,
)
from jobcrm.services.settings import DEFAULTS
from jobcrm.services.slot_dto import ExtensionDTO, MentorDTO, PlacementDTO, RatioCheck


def read_setting(s: Session, key: str):
    """An office setting read in the caller's session (flag sources only get a session)."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    row = s.scalar(select(Setting.value_json).where(Setting.key == key))
    return DEFAULTS[key] if row is None else json.loads(row)


def placement_end():
    """The last day a placement occupies its seat: the day it was ended, else its planned end."""
    return func.coalesce(Placement.ended_on, Placement.planned_end)


def occupied_count(day: dt.date):
    """Correlated count of the placements occupying a slot's seats on `day` (for WHERE/ORDER BY)."""
    return (select(func.count()).where(Placement.slot_id == Slot.id, Placement.deleted_at.is_(None),
                                       Placement.start_date <= day, placement_end() >= day)
            .correlate(Slot).scalar_subquery())


def slot_is_open(day: dt.date):
    return (or_(Slot.closed_on.is_(None), Slot.closed_on > day),
            or_(Slot.available_to.is_(None), Slot.available_to >= day))


def intervals_for(s: Session, slot_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[rules.Interval]]:
    ids = list(slot_ids)
    out: dict[uuid.UUID, list[rules.Interval]] = {i: [] for i in ids}
    if not ids:
        return out
    for slot_id, start, end in s.execute(
        select(Placement.slot_id, Placement.start_date, placement_end())
        .where(Placement.slot_id.in_(ids), Placement.deleted_at.is_(None))
    ):
        out[slot_id].append((start, end))
    return out


def seat_state(slot: Slot, intervals: list[rules.Interval], day: dt.date) -> rules.SeatState:
    return rules.seat_state(slot.capacity, intervals, day, available_from=slot.available_from,
                            available_to=slot.available_to, closed_on=slot.closed_on)


def verify_overdue(state: rules.SeatState, verified_on: dt.date | None, available_from: dt.date, day: dt.date,
                   days: int) -> bool:
    last = verified_on or available_from
    return state.status == "ledig" and (day - last).days > days


# --- mentors ---------------------------------------------------------------------------------------
def active_mentees(s: Session, mentor_ids: Iterable[uuid.UUID], day: dt.date) -> dict[uuid.UUID, int]:
    """Placements running or planned on `day` per mentor."""
    ids = list(mentor_ids)
    if not ids:
        return {}
    return dict(s.execute(
        select(Placement.mentor_id, func.count())
        .where(Placement.mentor_id.in_(ids), Placement.deleted_at.is_(None), placement_end() >= day)
        .group_by(Placement.mentor_id)
    ).all())


def mentor_dtos(s: Session, mentors: list[Mentor], day: dt.date) -> list[MentorDTO]:
    ids = [m.id for m in mentors]
    counts = active_mentees(s, ids, day)
    companies = dict(s.execute(select(Company.id, Company.name).where(
        Company.id.in_({m.company_id for m in mentors if m.company_id}))).all()) if ids else {}
    slots = dict(s.execute(
        select(SlotMentor.mentor_id, func.count()).join(Slot, Slot.id == SlotMentor.slot_id)
        .where(SlotMentor.mentor_id.in_(ids), SlotMentor.deleted_at.is_(None), Slot.deleted_at.is_(None))
        .group_by(SlotMentor.mentor_id)).all()) if ids else {}
    return [mentor_dto(m, companies.get(m.company_id), counts.get(m.id, 0), slots.get(m.id, 0)) for m in mentors]


def mentor_dto(m: Mentor, company_name: str | None, mentees: int, slot_count: int = 0) -> MentorDTO:
    return MentorDTO(
        id=m.id, name=m.name, company_id=m.company_id, company_name=company_name, organisation=m.organisation,
        kind=m.kind, title=m.title, phone=m.phone, email=m.email,
        competences=tuple(c for c in (m.competences or "").split(",") if c), course_date=m.course_date,
        max_mentees=m.max_mentees, active_mentees=mentees, presentation=m.presentation,
        has_photo=m.photo_type is not None, slot_count=slot_count,
    )


def mentors_of_slots(s: Session, slot_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[Mentor]]:
    ids = list(slot_ids)
    out: dict[uuid.UUID, list[Mentor]] = {i: [] for i in ids}
    if not ids:
        return out
    for slot_id, mentor in s.execute(
        select(SlotMentor.slot_id, Mentor).join(Mentor, Mentor.id == SlotMentor.mentor_id)
        .where(SlotMentor.slot_id.in_(ids), SlotMentor.deleted_at.is_(None), Mentor.deleted_at.is_(None))
        .order_by(Mentor.name)
    ):
        out[slot_id].append(mentor)
    return out


# --- placements ------------------------------------------------------------------------------------
def placement_rows_query():
    return (
        select(Placement, Slot.title, Slot.scheme, Slot.company_id, Company.name, Mentor.name, Consultant.initials)
        .join(Slot, Slot.id == Placement.slot_id)
        .join(Company, Company.id == Slot.company_id)
        .outerjoin(Mentor, Mentor.id == Placement.mentor_id)
        .outerjoin(Consultant, Consultant.id == Placement.responsible_id)
        .where(Placement.deleted_at.is_(None))
    )


def placement_dtos(s: Session, rows, day: dt.date) -> list[PlacementDTO]:
    ids = [r[0].id for r in rows]
    ext: dict[uuid.UUID, list[ExtensionDTO]] = {}
    if ids:
        for e in s.scalars(select(PlacementExtension).where(PlacementExtension.placement_id.in_(ids),
                                                            PlacementExtension.deleted_at.is_(None))
                           .order_by(PlacementExtension.created_at)):
            ext.setdefault(e.placement_id, []).append(ExtensionDTO(e.from_end, e.to_end, e.reason, e.created_at))
    out = []
    for p, slot_title, scheme, company_id, company_name, mentor_name, initials in rows:
        out.append(PlacementDTO(
            id=p.id, slot_id=p.slot_id, slot_title=slot_title, scheme=scheme, company_id=company_id,
            company_name=company_name, candidate_ref=p.candidate_ref, candidate_note=p.candidate_note,
            start_date=p.start_date, planned_end=p.planned_end, original_end=p.original_end,
            hours_per_week=p.hours_per_week, mentor_id=p.mentor_id, mentor_name=mentor_name,
            responsible_id=p.responsible_id, responsible_initials=initials, first_day_time=p.first_day_time,
            meeting_point=p.meeting_point, ask_for=p.ask_for, ended_on=p.ended_on, outcome=p.outcome,
            end_note=p.end_note, status=rules.placement_status(p.start_date, p.planned_end, p.ended_on, day),
            extensions=tuple(ext.get(p.id, ())),
        ))
    return out


# --- rimelighedskrav -------------------------------------------------------------------------------
def ratio_check(s: Session, company_id: uuid.UUID, start: dt.date, end: dt.date, *, extra: int = 0,
                exclude_placement: uuid.UUID | None = None) -> RatioCheck:
    """Subsidised placements (praktik, løntilskud, virksomhedscenter) at the company at the same time
    during [start, end], plus `extra` new ones, against what its ordinary staff allows."""
    company = s.get(Company, company_id)
    q = (select(Placement.start_date, placement_end())
         .join(Slot, Slot.id == Placement.slot_id)
         .where(Slot.company_id == company_id, Slot.scheme.in_(SUBSIDISED_SCHEMES), Slot.deleted_at.is_(None),
                Placement.deleted_at.is_(None), Placement.start_date <= end, placement_end() >= start))
    if exclude_placement is not None:
        q = q.where(Placement.id != exclude_placement)
    intervals = [(a, b) for a, b in s.execute(q)] + [(start, end)] * extra
    concurrent = rules.max_concurrent(intervals, start, end)
    employees = company.employees if company else None
    if employees is None:
        msg = ("Antal ansatte mangler på virksomheden, så rimelighedskravet (forholdet mellem ordinært ansatte "
               "og personer i praktik/løntilskud) kan ikke vurderes.") if concurrent else None
        return RatioCheck(None, None, concurrent, msg)
    per = int(read_setting(s, "subsidy_employees_per_person"))
    allowed = rules.allowed_subsidised(employees, per)
    msg = None
    if concurrent > allowed:
        verb = "får" if extra else "har"
        msg = (f"Rimelighedskravet: virksomheden {verb} {concurrent} personer i praktik/løntilskud samtidig, men med "
               f"{employees} ansatte er der plads til {allowed} (1 pr. {per} ordinært ansatte).")
    return RatioCheck(employees, allowed, concurrent, msg)
