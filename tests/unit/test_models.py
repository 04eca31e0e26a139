"""Model-level guarantees: ids are time-ordered UUIDv7, foreign keys are enforced, timestamps are UTC."""

import uuid

import pytest
from sqlalchemy.exc import IntegrityError

from jobcrm.ids import uuid7
from jobcrm.models import Company, ContactPerson


def test_ids_are_time_ordered_uuid7():
    ids = [uuid7() for _ in range(2000)]
    assert all(i.version == 7 for i in ids)
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_foreign_keys_are_enforced(services):
    with pytest.raises(IntegrityError), services.ctx.sessions.begin() as s:
        s.add(ContactPerson(company_id=uuid.uuid4(), name="Uden virksomhed"))


def test_a_record_gets_id_timestamps_and_tombstone_fields(services):
    with services.ctx.sessions.begin() as s:
        c = Company(name="Holm Byg", sort_name="holm byg")
        s.add(c)
    with services.ctx.sessions() as s:
        got = s.get(Company, c.id)
        assert got.id.version == 7
        assert got.created_at.tzinfo is not None and got.updated_at.tzinfo is not None
        assert got.deleted_at is None and not got.is_deleted
