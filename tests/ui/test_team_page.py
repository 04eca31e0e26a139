"""The team lead's page: the backlog table sorts, drills down, and selected items are handed over."""

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt

from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.promises import PromiseInput
from jobcrm.ui.itemmodels.backlog_table import BacklogTableModel, ItemsTableModel

D = dt.date


def setup_team(services, consultant):
    peh = services.consultants.create(ConsultantInput("PEH", "Peter Holm", team_name="Team Erhverv Nord"))
    company = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    for due in (D(2026, 11, 2), D(2026, 11, 20), D(2026, 12, 3)):
        services.promises.create(PromiseInput("Ring om praktik", due, consultant.id, company.id))
    services.promises.create(PromiseInput("Send CV'er", D(2026, 11, 23), peh.id, company.id))
    return peh


def test_models_pass_the_model_tester(qtmodeltester, services, consultant):
    setup_team(services, consultant)
    team = services.backlog.team()
    model = BacklogTableModel()
    model.set_rows(services.backlog.table(team.id))
    qtmodeltester.check(model)
    items = ItemsTableModel()
    items.set_rows(services.backlog.items(consultant.id), D(2026, 11, 24))
    qtmodeltester.check(items)


def test_team_page_table_drill_down_and_hand_over(window, services, consultant):
    peh = setup_team(services, consultant)
    window.start("team")
    page = window.team_page
    assert page.team_combo.currentText() == "Team Erhverv Nord"
    first = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert first == ["MAJ – Maja Jørgensen", "PEH – Peter Holm"]  # most overdue first
    assert page.proxy.index(0, 2).data() == "2" and page.proxy.index(0, 4).data() == "22"
    assert page.summary.text() == "2 konsulenter · 4 åbne aftaler · 3 overskredne"
    assert [w.count for w in page.chart.weeks][-1] == 3
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, 0).data().startswith("PEH")
    page._select_consultant(consultant.id)
    assert page.items.rowCount() == 3 and page.items_title.text() == "Åbne aftaler for MAJ – Maja Jørgensen (3)"
    sel = page.items_view.selectionModel()
    for r in (0, 1):
        sel.select(page.items.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    assert page.reassign_button.isEnabled()
    page.reassign(page.selected_ids(), peh.id, "Maja er syg")
    rows = {r.initials: r for r in services.backlog.table(services.backlog.team().id)}
    assert rows["MAJ"].open == 1 and rows["PEH"].open == 3
    assert page.items.rowCount() == 1  # the page refreshed from the broadcast
