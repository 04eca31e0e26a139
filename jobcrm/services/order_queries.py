"""The SQL of the order list and of the inbox flag: the filter (status, age, tovholder, responsible,
"ubesatte", "uden ansvarlig", text), the sort, one page of display rows, and the orders past their
feedback deadline. Everything filters and sorts in the database; nothing loads the whole table."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Select, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from jobcrm.domain.vocab import ORDER_OPEN_STATUSES
from jobcrm.models import Company, Consultant, JobOrder, JobOrderReferral, Promise
from jobcrm.services.dto import FlagDTO
from jobcrm.services.order_dto import OrderFilter, OrderRow, OrderSort

MAX_FLAGS = 500


def filtered(flt: OrderFilter, today: dt.date) -> Select:
    """The ids of the live orders (of live companies) matching the filter, unordered."""
    q = (select(JobOrder.id).join(Company, Company.id == JobOrder.company_id)
         .where(JobOrder.deleted_at.is_(None), Company.deleted_at.is_(None)))
    if flt.status == "aabne":
        q = q.where(JobOrder.status.in_(ORDER_OPEN_STATUSES))
    elif flt.status:
        q = q.where(JobOrder.status == flt.status)
    if flt.company_id:
        q = q.where(JobOrder.company_id == flt.company_id)
    if flt.owner_id:
        q = q.where(JobOrder.owner_id == flt.owner_id)
    if flt.responsible_id:
        q = q.where(or_(JobOrder.search_responsible_id == flt.responsible_id,
                        JobOrder.feedback_responsible_id == flt.responsible_id))
    if flt.min_age_days is not None:
        q = q.where(JobOrder.received_on <= today - dt.timedelta(days=flt.min_age_days))
    if flt.max_age_days is not None:
        q = q.where(JobOrder.received_on > today - dt.timedelta(days=flt.max_age_days))
    if flt.unfilled_days is not None:
        hired = exists().where(JobOrderReferral.order_id == JobOrder.id, JobOrderReferral.response == "ansat",
                               JobOrderReferral.deleted_at.is_(None))
        q = q.where(JobOrder.status.in_(ORDER_OPEN_STATUSES), ~hired,
                    JobOrder.received_on < today - dt.timedelta(days=flt.unfilled_days))
    if flt.without_responsible:
        q = q.where(or_(JobOrder.search_responsible_id.is_(None), JobOrder.feedback_responsible_id.is_(None)))
    words = (flt.text or "").strip()
    if words:
        like = f"%{words}%"
        q = q.where(or_(JobOrder.title.ilike(like), Company.name.ilike(like)))
    return q


def ordered(q: Select, sort: OrderSort) -> Select:
    if sort.key == "company":
        col = Company.sort_name
    elif sort.key == "title":
        col = JobOrder.title
    elif sort.key == "status":
        col = JobOrder.status
    elif sort.key == "owner":
        q = q.outerjoin(Consultant, Consultant.id == JobOrder.owner_id)
        col = Consultant.initials
    elif sort.key == "deadline":
        col = JobOrder.feedback_deadline
    else:
        col = JobOrder.received_on
    order = col.desc().nulls_last() if sort.descending else col.asc().nulls_last()
    return q.order_by(order, JobOrder.received_on.desc(), JobOrder.id)


def order_rows(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, OrderRow]:
    """Display rows for a page of ids: one query for the rows, one for the referral counts."""
    owner, search, feedback = aliased(Consultant), aliased(Consultant), aliased(Consultant)
    counts = {oid: (n, bool(h)) for oid, n, h in s.execute(
        select(JobOrderReferral.order_id, func.count(),
               func.max(case((JobOrderReferral.response == "ansat", 1), else_=0)))
        .where(JobOrderReferral.order_id.in_(ids), JobOrderReferral.deleted_at.is_(None))
        .group_by(JobOrderReferral.order_id))}
    q = (select(JobOrder.id, JobOrder.company_id, Company.name, JobOrder.title, JobOrder.status,
                JobOrder.received_on, owner.initials, search.initials, feedback.initials,
                JobOrder.feedback_deadline, JobOrder.positions, JobOrder.cvs_wanted)
         .join(Company, Company.id == JobOrder.company_id)
         .outerjoin(owner, owner.id == JobOrder.owner_id)
         .outerjoin(search, search.id == JobOrder.search_responsible_id)
         .outerjoin(feedback, feedback.id == JobOrder.feedback_responsible_id)
         .where(JobOrder.id.in_(ids)))
    out = {}
    for r in s.execute(q):
        n, hired = counts.get(r[0], (0, False))
        out[r[0]] = OrderRow(*r, cvs_sent=n, hired=hired)
    return out


def order_feedback_overdue(s: Session, consultant_id: uuid.UUID, today: dt.date) -> list[FlagDTO]:
    """Inbox flag (PRODUCT.md §4): an open order past its "Tilbagemelding senest" whose feedback has not been
    given (the feedback promise is not done). For the responsible for feedback, else the order's tovholder."""
    feedback = aliased(Promise)
    responsible = func.coalesce(JobOrder.feedback_responsible_id, JobOrder.owner_id)
    rows = s.execute(
        select(JobOrder.id, JobOrder.company_id, Company.name, JobOrder.title, JobOrder.feedback_deadline)
        .join(Company, Company.id == JobOrder.company_id)
        .outerjoin(feedback, feedback.id == JobOrder.feedback_promise_id)
        .where(JobOrder.deleted_at.is_(None), Company.deleted_at.is_(None),
               JobOrder.status.in_(ORDER_OPEN_STATUSES), JobOrder.feedback_deadline < today,
               responsible == consultant_id,
               or_(JobOrder.feedback_promise_id.is_(None), feedback.status != "udfoert"))
        .order_by(JobOrder.feedback_deadline, JobOrder.id)
        .limit(MAX_FLAGS)
    ).all()
    return [FlagDTO(kind="jobordre_tilbagemelding", company_id=cid, company_name=name,
                    text=f"Tilbagemelding på jobordren er overskredet: {title or 'uden stillingsbetegnelse'}",
                    due=deadline, action="open_order", ref_kind="jobordre", ref_id=oid)
            for oid, cid, name, title, deadline in rows]
