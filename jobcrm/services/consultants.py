"""Consultants, teams, and who is using this copy of JobCRM."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from jobcrm.domain import validation as v
from jobcrm.domain.vocab import ROLE
from jobcrm.errors import Conflict, NotFound, ValidationError
from jobcrm.models import Consultant, Team
from jobcrm.services.changes import ChangeSet
from jobcrm.services.context import ServiceContext
from jobcrm.services.dto import ConsultantDTO, ConsultantInput, TeamDTO
from jobcrm.services.settings import SettingsService


def consultant_dto(c: Consultant) -> ConsultantDTO:
    return ConsultantDTO(
        id=c.id, initials=c.initials, name=c.name, email=c.email, phone=c.phone, team_id=c.team_id,
        team_name=c.team.name if c.team else None, role=c.role, active=c.active,
    )


class ConsultantService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService):
        self._ctx = ctx
        self._settings = settings

    # --- reading -------------------------------------------------------------------------------
    def list(self, *, active_only: bool = True) -> list[ConsultantDTO]:
        with self._ctx.sessions() as s:
            q = (select(Consultant).options(joinedload(Consultant.team))  # the team name without a query each
                 .where(Consultant.deleted_at.is_(None)).order_by(Consultant.initials))
            if active_only:
                q = q.where(Consultant.active.is_(True))
            return [consultant_dto(c) for c in s.scalars(q)]

    def teams(self) -> list[TeamDTO]:
        with self._ctx.sessions() as s:
            rows = s.scalars(select(Team).where(Team.deleted_at.is_(None)).order_by(Team.name))
            return [TeamDTO(t.id, t.name) for t in rows]

    def get(self, consultant_id: uuid.UUID) -> ConsultantDTO:
        with self._ctx.sessions() as s:
            c = s.get(Consultant, consultant_id)
            if c is None or c.deleted_at is not None:
                raise NotFound("Konsulenten findes ikke.")
            return consultant_dto(c)

    def by_initials(self, initials: str) -> ConsultantDTO:
        with self._ctx.sessions() as s:
            c = s.scalar(select(Consultant).where(func.upper(Consultant.initials) == initials.strip().upper(),
                                                  Consultant.deleted_at.is_(None)))
            if c is None:
                raise NotFound(f'Der findes ingen konsulent med initialerne "{initials.strip()}".')
            return consultant_dto(c)

    def count(self) -> int:
        with self._ctx.sessions() as s:
            return s.scalar(select(func.count()).select_from(Consultant).where(Consultant.deleted_at.is_(None)))

    # --- writing -------------------------------------------------------------------------------
    def create(self, data: ConsultantInput) -> ConsultantDTO:
        errors: dict[str, str] = {}
        initials = (data.initials or "").strip().upper()
        if not initials:
            errors["initials"] = "Initialer skal udfyldes."
        elif not initials.replace("Æ", "A").replace("Ø", "O").replace("Å", "A").isalnum() or len(initials) > 10:
            errors["initials"] = "Initialer må kun være bogstaver og tal (højst 10)."
        name = (data.name or "").strip()
        if not name:
            errors["name"] = "Navn skal udfyldes."
        if data.role not in ROLE:
            errors["role"] = f'Rolle "{data.role}" findes ikke.'
        email = phone = None
        try:
            email = v.clean_email(data.email)
        except ValueError as e:
            errors["email"] = str(e)
        try:
            phone = v.clean_phone(data.phone)
        except ValueError as e:
            errors["phone"] = str(e)
        if errors:
            raise ValidationError(errors)
        with self._ctx.sessions.begin() as s:
            if s.scalar(select(Consultant.id).where(func.upper(Consultant.initials) == initials)):
                raise Conflict(f'Initialerne "{initials}" er allerede i brug.')
            team = self._team(s, data.team_name)
            c = Consultant(initials=initials, name=name, email=email, phone=phone, role=data.role,
                           team_id=team.id if team else None, active=True)
            self._ctx.stamp_create(c)
            s.add(c)
            s.flush()
            s.refresh(c)
            return consultant_dto(c)

    def _team(self, s: Session, name: str | None) -> Team | None:
        if not name or not name.strip():
            return None
        team = s.scalar(select(Team).where(Team.name == name.strip()))
        if team is None:
            team = Team(name=name.strip())
            self._ctx.stamp_create(team)
            s.add(team)
            s.flush()
        return team

    # --- the current user ----------------------------------------------------------------------
    def current(self) -> ConsultantDTO | None:
        raw = self._settings.get("current_consultant_id")
        if not raw:
            return None
        try:
            return self.get(uuid.UUID(raw))
        except (NotFound, ValueError):
            return None

    def set_current(self, consultant_id: uuid.UUID) -> ChangeSet:
        c = self.get(consultant_id)
        self._ctx.actor.id = c.id
        return self._settings.set("current_consultant_id", str(c.id))
