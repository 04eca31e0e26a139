"""System flags for the inbox (PRODUCT.md §4). A flag source is a small query registered with the
inbox: (session, consultant_id, today) -> list of FlagDTO. Later features register their own
(visits without an outcome, order feedback deadlines, ending placements, stale slots)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobcrm.models import Company, Promise
from jobcrm.services.dto import FlagDTO
from jobcrm.services.order_queries import order_feedback_overdue

FlagSource = Callable[[Session, uuid.UUID, dt.date], list[FlagDTO]]

MAX_PER_SOURCE = 500


class FlagRegistry:
    """The flag sources the inbox asks, in order."""

    def __init__(self) -> None:
        self._sources: dict[str, FlagSource] = {}

    def register(self, kind: str, source: FlagSource) -> None:
        if kind in self._sources:
            raise ValueError(f"flag source {kind!r} is already registered")
        self._sources[kind] = source

    def kinds(self) -> tuple[str, ...]:
        return tuple(self._sources)

    def collect(self, s: Session, consultant_id: uuid.UUID, today: dt.date) -> list[FlagDTO]:
        flags: list[FlagDTO] = []
        for source in self._sources.values():
            flags.extend(source(s, consultant_id, today)[:MAX_PER_SOURCE])
        return flags


def company_promise_overdue(s: Session, consultant_id: uuid.UUID, today: dt.date) -> list[FlagDTO]:
    """The company promised to come back ("Virksomheden vender tilbage senest …") and has not: chase it."""
    rows = s.execute(
        select(Promise.id, Promise.company_id, Company.name, Promise.due_date)
        .outerjoin(Company, Company.id == Promise.company_id)
        .where(Promise.responsible_id == consultant_id, Promise.status == "aaben", Promise.due_date < today,
               Promise.promised_by == "virksomheden", Promise.deleted_at.is_(None))
        .order_by(Promise.due_date)
        .limit(MAX_PER_SOURCE)
    ).all()
    return [FlagDTO(kind="virksomhed_svar", company_id=cid, company_name=name,
                    text="Virksomheden har ikke vendt tilbage – ryk for svar", due=due, action="open_company",
                    ref_kind="promise", ref_id=pid)
            for pid, cid, name, due in rows]


def default_flags() -> FlagRegistry:
    registry = FlagRegistry()
    registry.register("virksomhed_svar", company_promise_overdue)
    from jobcrm.services.slot_flags import SLOT_FLAG_SOURCES  # slots and placements (issue 7)

    for kind, source in SLOT_FLAG_SOURCES.items():
        registry.register(kind, source)
    from jobcrm.services.visits import visits_missing_registration

    registry.register("besoeg_registrering", visits_missing_registration)
    registry.register("jobordre_tilbagemelding", order_feedback_overdue)
    return registry
