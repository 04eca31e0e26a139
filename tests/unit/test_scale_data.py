"""The scale data set (`jobcrm demo --scale large`, the benchmark's data) keeps the rules the services keep."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import uuid

import pytest
from sqlalchemy import Boolean, Date, DateTime, Time, Uuid

from jobcrm.clock import Clock
from jobcrm.domain.validation import clean_cvr, danish_sort_key
from jobcrm.models import Base
from jobcrm.services.companies import CompanyFilter
from jobcrm.services.demo_scale import BIG_COMPANY_NAME, ScaleBuilder, ScaleSpec
from jobcrm.services.registry import Services
from tests.conftest import TODAY

SPEC = ScaleSpec().scaled(0.01)  # 1,000 companies, 10,000 contacts, 2,000 promises, 100 consultants


@pytest.fixture(scope="module")
def scale(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "scale.db"
    services = Services.open(path, Clock(fixed_today=TODAY))
    result = ScaleBuilder(services, SPEC).build()
    yield services, result, path
    services.close()


def _shape(value) -> str:
    """How a value is stored, without the value: 2026-11-24 10:00:00.000000 -> 9999-99-99 99:99:99.999999."""
    if isinstance(value, int):
        return "int"
    if re.fullmatch(r"[0-9a-f]{32}", value):
        return "uuid-hex"
    return re.sub(r"\d", "9", value)


def _stored_shapes(path, table: str) -> dict[str, set[str]]:
    conn = sqlite3.connect(path)
    try:
        columns = [c for c in Base.metadata.tables[table].columns
                   if isinstance(c.type, Uuid | DateTime | Date | Time | Boolean)
                   or isinstance(getattr(c.type, "impl", None), DateTime)]
        out = {}
        for c in columns:
            rows = conn.execute(f"SELECT {c.name} FROM {table} WHERE {c.name} IS NOT NULL LIMIT 50").fetchall()
            out[c.name] = {_shape(r[0]) for r in rows}
        return out
    finally:
        conn.close()


def test_counts_follow_the_spec(scale):
    _, result, _ = scale
    c = result.counts
    assert c["company"] == SPEC.companies and c["contact_person"] == SPEC.persons
    assert c["contact"] == SPEC.contacts and c["promise"] == SPEC.promises
    assert c["consultant"] == 100 and c["team"] == 10


def test_bulk_rows_are_stored_exactly_as_the_orm_stores_them(scale, services, consultant):
    """The bulk path writes SQLite text itself; every uuid, date, time, datetime and boolean column must look
    like what SQLAlchemy writes through the services, or the app would misread it."""
    from jobcrm.services.dto import CompanyInput, ContactPersonInput
    from jobcrm.services.promises import PromiseInput

    company = services.companies.create(CompanyInput(name="Malermester Jensen", cvr="10150817"))
    services.companies.add_person(company.id, ContactPersonInput(name="Anne Holm", phone="12345678"))
    services.history.log(company.id, "telefon", "Ringede om praktik.")
    p = services.promises.create(PromiseInput("Sende CV'er", TODAY, consultant.id, company.id,
                                              due_time=dt.time(10, 0)))
    services.promises.reschedule(p.id, TODAY + dt.timedelta(days=7), "Ferie.")
    services.promises.done(p.id)
    _, _, scale_path = scale
    for table in ("company", "contact_person", "contact", "promise", "promise_reschedule", "promise_event",
                  "consultant", "team"):
        orm = _stored_shapes(services.db_path, table)
        bulk = _stored_shapes(scale_path, table)
        for column, shapes in orm.items():
            if shapes and bulk[column]:
                assert bulk[column] == shapes, (table, column, bulk[column], shapes)


def test_derived_company_fields_match_the_history_and_promises(scale):
    services, _, path = scale
    conn = sqlite3.connect(path)
    wrong_last = conn.execute("""
        SELECT count(*) FROM company c WHERE coalesce(c.last_contact_at, '') != coalesce(
            (SELECT max(x.occurred_at) FROM contact x WHERE x.company_id = c.id AND x.deleted_at IS NULL), '')
    """).fetchone()[0]
    wrong_next = conn.execute("""
        SELECT count(*) FROM company c WHERE coalesce(c.next_due_date, '') != coalesce(
            (SELECT min(p.due_date) FROM promise p WHERE p.company_id = c.id AND p.status = 'aaben'
               AND p.deleted_at IS NULL), '')
    """).fetchone()[0]
    live = conn.execute("SELECT count(*) FROM company WHERE deleted_at IS NULL").fetchone()[0]
    indexed = conn.execute("SELECT count(*) FROM fts_company").fetchone()[0]
    paused = conn.execute("SELECT count(*) FROM fts_company_pause").fetchone()[0]
    conn.close()
    assert (wrong_last, wrong_next) == (0, 0)
    assert indexed == live and paused == 0


def test_values_satisfy_the_validators(scale):
    services, _, path = scale
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT name, sort_name, cvr FROM company").fetchall()
    closed_without_event = conn.execute("""
        SELECT count(*) FROM promise p WHERE p.status != 'aaben'
          AND NOT EXISTS (SELECT 1 FROM promise_event e WHERE e.promise_id = p.id)""").fetchone()[0]
    conn.close()
    assert all(clean_cvr(cvr, "CVR") == cvr for _, _, cvr in rows)
    assert len({cvr for _, _, cvr in rows}) == len(rows)
    assert all(sort == danish_sort_key(name) for name, sort, _ in rows)
    assert closed_without_event == 0


def test_the_services_read_it_and_the_busy_consultant_leads(scale):
    services, result, _ = scale
    busy = uuid.UUID(result.busy_consultant_id)
    assert services.consultants.current().initials == "MAJ"
    box = services.inbox.inbox(busy)
    others = [len(services.backlog.items(c.id)) for c in services.consultants.list() if c.id != busy]
    assert len(box.rows) >= max(others)
    assert box.counts["overskredet"] > 0
    big = uuid.UUID(result.big_company_id)
    assert services.companies.get(big).name == BIG_COMPANY_NAME
    assert len(services.history.timeline(big, limit=1000)) == SPEC.big_company_contacts
    assert big in services.companies.search_ids(CompanyFilter(text="nordic facility"))


def test_scale_refuses_a_database_that_already_has_companies(scale):
    from jobcrm.errors import UsageError

    services, _, _ = scale
    with pytest.raises(UsageError, match="tom database"):
        ScaleBuilder(services, SPEC).build()
