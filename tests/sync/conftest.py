"""Sync tests run against a REAL PostgreSQL server: JOBCRM_TEST_PG (default the local one). Each test module
gets a fresh database (CREATE DATABASE with a unique name, initialised once with `jobcrm server init`, dropped
after); each test gets its own copy of it (CREATE DATABASE … TEMPLATE). When the server cannot be reached the
tests FAIL: CI must provide it (.ci/run starts it)."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from jobcrm.clock import Clock
from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.registry import Services
from jobcrm.sync.server import init_server
from jobcrm.sync.tables import sync_tables

PG = os.environ.get("JOBCRM_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _admin():
    engine = create_engine(PG, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as c:
            c.execute(text("SELECT 1"))
    except Exception as e:  # noqa: BLE001 - any failure to reach the server fails the test
        engine.dispose()
        pytest.fail(f"PostgreSQL for the sync tests is not reachable at {PG} (set JOBCRM_TEST_PG): {e}")
    return engine


def _url(name: str) -> str:
    return make_url(PG).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def template_db():
    admin = _admin()
    name = f"jobcrm_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        init_server(_url(name))
        yield name
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def server_url(template_db):
    admin = _admin()
    name = f"{template_db}_{uuid.uuid4().hex[:6]}"
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template_db}"')
    try:
        yield _url(name)
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


TODAY = dt.date(2026, 11, 24)


@dataclass
class Team:
    """Laptops that share one server."""

    url: str
    tmp_path: object
    laptops: dict

    def laptop(self, name: str, clock: Clock | None = None) -> Services:
        s = Services.open(self.tmp_path / f"{name}.db", clock or Clock(fixed_today=TODAY))
        s.sync.set_server_url(self.url)
        self.laptops[name] = s
        return s

    def sync(self, *names: str):
        return [self.laptops[n].sync.sync_now() for n in names]

    def close(self):
        for s in self.laptops.values():
            s.close()


@pytest.fixture
def team(server_url, tmp_path):
    t = Team(server_url, tmp_path, {})
    yield t
    t.close()


def become(s: Services, initials: str, name: str, team_name: str = "Team Nord"):
    """The laptop's user: created when new, else picked from the synced list."""
    try:
        c = s.consultants.by_initials(initials)
    except Exception:  # noqa: BLE001
        c = s.consultants.create(ConsultantInput(initials, name, team_name=team_name))
    s.consultants.set_current(c.id)
    return c


def new_company(s: Services, name: str, **kw):
    return s.companies.create(CompanyInput(name, **kw))


def edit_company(s: Services, company_id, **changes):
    return s.companies.update(company_id, replace(s.companies.get(company_id).as_input(), **changes))


def dump_engine(engine) -> dict:
    """Every synced table, every row, as JSON values sorted by key (settings local to a laptop left out)."""
    out = {}
    with engine.connect() as c:
        for st in sync_tables().values():
            q = select(*st.cols)
            if st.local_rows:
                q = q.where(text(f"NOT ({st.local_rows})"))
            rows = [dict(zip([col.name for col in st.cols], [json.dumps(_enc(v), ensure_ascii=False) for v in r], strict=True))
                    for r in c.execute(q)]
            out[st.name] = sorted(rows, key=lambda r: [r[k.name] for k in st.key_cols])
    return out


def _enc(v):
    from jobcrm.sync.tables import encode

    return encode(v)


def dump_server(url: str) -> dict:
    engine = create_engine(url)
    try:
        return dump_engine(engine)
    finally:
        engine.dispose()


def assert_all_equal(team: Team) -> dict:
    """All laptops and the server hold the same data; returns it."""
    server = dump_server(team.url)
    for name, s in team.laptops.items():
        mine = dump_engine(s.engine)
        for table in server:
            if mine[table] != server[table]:
                diff = [(k, m.get(k), sv.get(k)) for m, sv in zip(mine[table], server[table], strict=False)
                        for k in sv if m.get(k) != sv.get(k)]
                raise AssertionError(f"{name} differs from the server in {table}: {diff[:6]} "
                                     f"({len(mine[table])} rows here, {len(server[table])} on the server)")
    return server
