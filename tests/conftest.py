"""Shared fixtures: a temporary database migrated to head, with services over it and a fixed today."""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from jobcrm.clock import Clock  # noqa: E402
from jobcrm.services.registry import Services  # noqa: E402

TODAY = dt.date(2026, 11, 24)  # a Tuesday


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Never touch the developer's real JobCRM data folder."""
    monkeypatch.setenv("JOBCRM_DATA_DIR", str(tmp_path / "userdata"))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "jobcrm.db"


@pytest.fixture
def services(db_path):
    s = Services.open(db_path, Clock(fixed_today=TODAY))
    yield s
    s.close()


@pytest.fixture
def consultant(services):
    from jobcrm.services.dto import ConsultantInput

    c = services.consultants.create(ConsultantInput("MAJ", "Maja Jørgensen", team_name="Team Erhverv Nord"))
    services.consultants.set_current(c.id)
    return c


@pytest.fixture
def demo(services):
    from jobcrm.services.demo import DemoBuilder

    return DemoBuilder(services.ctx, services.settings, seed=7).build(120)
