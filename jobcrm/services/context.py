"""What every service needs: the session factory, the clock, and who is acting."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from jobcrm.clock import Clock


@dataclass
class Actor:
    """The consultant using this copy of JobCRM (set after "Hvem er du?" or by --as)."""

    id: uuid.UUID | None = None


@dataclass
class ServiceContext:
    sessions: sessionmaker[Session]
    clock: Clock = field(default_factory=Clock)
    actor: Actor = field(default_factory=Actor)
    # Called with a kind ("before-import", "before-merge", …) before an operation that changes many records;
    # Services.open wires it to BackupService.before_risky (a backup). No-op for a bare context.
    before_risky: Callable[[str], object] = field(default=lambda kind: None)

    def stamp_create(self, record) -> None:
        now = self.clock.utcnow()
        record.created_at = now
        record.updated_at = now
        record.created_by = self.actor.id
        record.updated_by = self.actor.id

    def stamp_update(self, record) -> None:
        record.updated_at = self.clock.utcnow()
        record.updated_by = self.actor.id
