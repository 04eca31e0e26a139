"""An ordered list of record ids kept as SQLite stores them (32 hex digits), made into `uuid.UUID` only when
read. The company list's id snapshot holds up to 100,000 ids; turning every one into a UUID object up
front (through SQLAlchemy's Uuid type) took four times as long as the query itself."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from typing import overload

from sqlalchemy import String, type_coerce


def raw_ids(column):
    """`column` (a Uuid column) selected as its stored text, for an IdList."""
    return type_coerce(column, String)


class IdList(Sequence[uuid.UUID]):
    """A read-only sequence of UUIDs over their stored hex text. Compares equal to a list of the same ids."""

    __slots__ = ("_hex", "_pos")

    def __init__(self, hex_ids: Sequence[str] = ()):
        self._hex = hex_ids if isinstance(hex_ids, list) else list(hex_ids)
        self._pos: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self._hex)

    @overload
    def __getitem__(self, i: int) -> uuid.UUID: ...

    @overload
    def __getitem__(self, i: slice) -> list[uuid.UUID]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [uuid.UUID(h) for h in self._hex[i]]
        return uuid.UUID(self._hex[i])

    def __iter__(self) -> Iterator[uuid.UUID]:
        return (uuid.UUID(h) for h in self._hex)

    def __contains__(self, value: object) -> bool:
        return isinstance(value, uuid.UUID) and self._index_of(value) is not None

    def index(self, value: uuid.UUID, start: int = 0, stop: int | None = None) -> int:
        found = self._index_of(value) if isinstance(value, uuid.UUID) else None
        if found is None or found < start or (stop is not None and found >= stop):
            raise ValueError(f"{value!r} is not in the list")
        return found

    def _index_of(self, value: uuid.UUID) -> int | None:
        if self._pos is None:  # built on first lookup (ids are unique)
            self._pos = {h: i for i, h in enumerate(self._hex)}
        return self._pos.get(value.hex)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IdList):
            return self._hex == other._hex
        if isinstance(other, list | tuple):
            return len(other) == len(self._hex) and all(
                isinstance(o, uuid.UUID) and o.hex == h for o, h in zip(other, self._hex, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable-looking sequences are not hashable

    def __repr__(self) -> str:
        return f"IdList({len(self._hex)} ids)"
