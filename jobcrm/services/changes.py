"""What a mutation changed (Anki's OpChanges idea): the UI broadcasts it and views refresh just that."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    entity: str  # "company", "contact_person", "contact", "promise", "consultant", "setting", "all"
    ids: tuple[uuid.UUID, ...] = ()
    kind: str = "update"  # "create", "update", "delete", "reset"
    related: tuple[ChangeSet, ...] = field(default_factory=tuple)

    def touches(self, entity: str) -> bool:
        return self.entity in (entity, "all") or any(r.touches(entity) for r in self.related)
