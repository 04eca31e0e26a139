"""Konsulent and Team."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jobcrm.models.base import Base, RecordMixin


class Team(RecordMixin, Base):
    __tablename__ = "team"

    name: Mapped[str] = mapped_column(String(100), unique=True)

    members: Mapped[list[Consultant]] = relationship(back_populates="team")


class Consultant(RecordMixin, Base):
    """Konsulent: a user of JobCRM (consultant, team lead or administrator)."""

    __tablename__ = "consultant"

    initials: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(30))
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("team.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="konsulent")
    active: Mapped[bool] = mapped_column(default=True)

    team: Mapped[Team | None] = relationship(back_populates="members")
