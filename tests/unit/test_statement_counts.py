"""Guards against N+1 queries: the SQL statements of the main user actions are counted (SQLAlchemy's
before_cursor_execute event) on a small and a ten times larger data set, and must be the same small
number on both. Nothing is timed; `make bench` measures the speed."""

from __future__ import annotations

import contextlib
import uuid

import pytest
from sqlalchemy import event

from jobcrm.clock import Clock
from jobcrm.services.companies import CompanyFilter
from jobcrm.services.demo_scale import ScaleBuilder, ScaleSpec
from jobcrm.services.registry import Services
from tests.conftest import TODAY

SIZES = {"small": 0.0002, "large": 0.002}  # 20 and 200 companies, 200 and 2,000 contacts, 100 consultants


@contextlib.contextmanager
def counted(services: Services):
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    event.listen(services.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(services.engine, "before_cursor_execute", record)


@pytest.fixture(scope="module")
def worlds(tmp_path_factory):
    """Two scale data sets of the same shape, ten times apart, each with its services."""
    out = {}
    for name, factor in SIZES.items():
        services = Services.open(tmp_path_factory.mktemp(name) / "scale.db", Clock(fixed_today=TODAY))
        result = ScaleBuilder(services, ScaleSpec().scaled(factor)).build()
        out[name] = (services, result)
    yield out
    for services, _ in out.values():
        services.close()


def _each(worlds, action) -> dict[str, list[str]]:
    counts = {}
    for name, (services, result) in worlds.items():
        action(services, result)  # warm: the first call may read settings or compile statements
        with counted(services) as statements:
            action(services, result)
        counts[name] = statements
    return counts


def _assert_bounded(counts: dict[str, list[str]], bound: int) -> None:
    small, large = counts["small"], counts["large"]
    assert len(large) == len(small), f"statements grow with the data (N+1?): {len(small)} → {len(large)}:\n" + \
        "\n---\n".join(large)
    assert len(large) <= bound, f"{len(large)} statements:\n" + "\n---\n".join(large)


def test_the_data_sets_differ_tenfold(worlds):
    small, large = worlds["small"][1].counts, worlds["large"][1].counts
    assert large["company"] == 10 * small["company"]
    assert large["contact"] >= 9 * small["contact"]


def test_opening_the_inbox_is_a_fixed_number_of_statements(worlds):
    """What the inbox page loads: the inbox (promises, flags, the office calendar), the calendar and the
    morning-digest setting."""
    def open_inbox(services, result):
        services.inbox.inbox(uuid.UUID(result.busy_consultant_id))
        services.settings.calendar()
        services.settings.get("morning_digest")

    # Since slots, placements, visits and orders registered their inbox flags: about two statements per
    # flag source (its setting and its query) on top of the promises; the same on both data sets.
    _assert_bounded(_each(worlds, open_inbox), bound=22)


def test_opening_a_company_card_is_a_fixed_number_of_statements(worlds):
    """What the card reads: facts and persons, the first timeline page, the open promises, and the
    consultants for the timeline filter."""
    def open_card(services, result):
        cid = uuid.UUID(result.big_company_id)
        detail = services.companies.get(cid)
        assert detail.contact_persons
        assert services.history.timeline(cid, limit=50)
        services.promises.open_for_company(cid)
        services.consultants.list(active_only=False)

    _assert_bounded(_each(worlds, open_card), bound=9)


@pytest.mark.parametrize("text", ["nordic", "nordic facil", "rengøring"])  # the large company matches in both
def test_a_search_is_a_fixed_number_of_statements(worlds, text):
    """What the list runs per keystroke (after the debounce): the id snapshot, the total, the first page."""
    def search(services, result):
        ids = services.companies.search_ids(CompanyFilter(text=text))
        services.companies.count()
        services.companies.rows(list(ids[:200]))

    _assert_bounded(_each(worlds, search), bound=4)


def test_the_team_page_is_a_fixed_number_of_statements(worlds):
    """The team page: the teams, the team, its table and the 12-week chart."""
    def team_page(services, result):
        teams = services.consultants.teams()
        team = services.backlog.team(teams[0].id)
        assert len(services.backlog.table(team.id)) == 10
        services.backlog.overdue_by_week(team.id)

    _assert_bounded(_each(worlds, team_page), bound=6)


def test_the_company_list_page_and_filters_are_a_fixed_number_of_statements(worlds):
    def company_list(services, result):
        ids = services.companies.search_ids()
        services.companies.count()
        services.companies.rows(list(ids[:200]))
        services.companies.filter_choices()
        services.consultants.list()

    _assert_bounded(_each(worlds, company_list), bound=7)
