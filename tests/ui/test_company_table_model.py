"""The company list model: a valid Qt model that fetches rows a page at a time."""

import uuid

from jobcrm.ui.itemmodels.company_table import PAGE_SIZE, CompanyTableModel
from tests.conftest import TODAY


def test_model_passes_qt_model_tester(qtmodeltester, services, demo):
    model = CompanyTableModel(services.companies, lambda: TODAY)
    model.set_ids(services.companies.search_ids())
    qtmodeltester.check(model)


def test_rows_are_loaded_lazily_a_page_at_a_time(services):
    from jobcrm.services.demo import DemoBuilder

    DemoBuilder(services.ctx, services.settings, seed=3).build(1000)
    model = CompanyTableModel(services.companies, lambda: TODAY)
    model.set_ids(services.companies.search_ids())
    assert model.rowCount() == 1000 and model.page_loads == 0
    for r in range(40):  # the first screenful
        model.index(r, 0).data()
    assert model.page_loads == 1
    model.index(999, 0).data()  # jump to the end
    assert model.page_loads == 2
    model.index(PAGE_SIZE * 2, 0).data()
    assert model.page_loads == 3


def test_overdue_next_follow_up_is_red(services, demo):
    from PySide6.QtCore import Qt

    model = CompanyTableModel(services.companies, lambda: TODAY)
    model.set_ids(services.companies.search_ids())
    col = model.column_for_sort_key("next_due")
    reds = []
    for r in range(model.rowCount()):
        row = services.companies.rows([model.id_at(r)])[model.id_at(r)]
        brush = model.index(r, col).data(Qt.ItemDataRole.ForegroundRole)
        if row.next_due_date and row.next_due_date < TODAY:
            reds.append(brush is not None)
        elif row.next_due_date:
            assert brush is None
    assert reds and all(reds)


def test_the_whole_snapshot_after_a_first_answer_keeps_the_selection(qtmodeltester, qtbot, services, demo):
    from PySide6.QtWidgets import QTableView

    keys = services.companies.search_keys()
    model = CompanyTableModel(services.companies, lambda: TODAY)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_ids(keys[:10])  # the first answer while typing
    view.selectRow(3)
    chosen = model.id_at(3)
    model.extend_ids(keys)  # the rest arrives
    assert model.rowCount() == len(keys)
    assert view.currentIndex().row() == 3 and model.id_at(3) == chosen
    model.extend_ids(list(reversed(keys)))  # a different answer replaces the rows
    assert model.id_at(0) == uuid.UUID(keys[-1])
    qtmodeltester.check(model)
