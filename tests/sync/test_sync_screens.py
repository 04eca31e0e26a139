"""The sync screens over the real engine and a real PostgreSQL server: after a same-field conflict the status
bar says when the laptop synced and how many conflicts wait, the conflict list shows the company, the field
and both values in Danish, and restoring from the dialog brings the lost value back on every laptop."""

import os

import pytest

from jobcrm.ui.dialogs.sync_dialogs import ConflictsDialog
from jobcrm.ui.sync_ui import SyncIndicator
from tests.sync.conftest import TODAY, become, edit_company, new_company

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def danish_ui(qapp):
    from jobcrm.ui.i18n import install_translators

    qapp._test_translators = install_translators(qapp, "da")
    yield


def test_conflict_list_and_status_over_the_real_engine(team, danish_ui, qtbot, tmp_path):
    from jobcrm.ui.events import AppEvents
    from jobcrm.ui.tasks import TaskRunner

    a, b = team.laptop("a"), team.laptop("b")
    become(a, "AA", "Anna Andersen")
    team.sync("a", "b")
    become(b, "BB", "Bo Berg")
    x = new_company(a, "Fjordens Fisk", email="info@fisk.dk")
    team.sync("b", "a", "b")
    edit_company(a, x.id, email="anna@fisk.dk")
    edit_company(b, x.id, email="bo@fisk.dk")
    team.sync("a", "b", "a")
    loser_laptop = a if a.companies.get(x.id).email == "bo@fisk.dk" else b
    lost = "anna@fisk.dk" if loser_laptop is a else "bo@fisk.dk"

    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.show_status(loser_laptop.sync.status(), TODAY)
    assert indicator.label.text().startswith("Synkroniseret ")
    assert indicator.conflicts_button.text() == "1 konflikt"

    tasks = TaskRunner(AppEvents(), synchronous=True)
    dialog = ConflictsDialog(loser_laptop, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    cells = [dialog.table.item(0, col).text() for col in range(dialog.table.columnCount())
             if dialog.table.item(0, col) is not None]
    assert "Fjordens Fisk" in cells[0] and "E-mail" in cells and lost in cells
    if os.environ.get("JOBCRM_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["JOBCRM_SHOTS"], "real-conflicts.png"))
        indicator.grab().save(os.path.join(os.environ["JOBCRM_SHOTS"], "real-indicator.png"))
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert loser_laptop.companies.get(x.id).email == lost
    assert dialog.table.rowCount() == 0 or dialog.show_restored.isChecked()
    team.sync("a", "b", "a")
    assert a.companies.get(x.id).email == b.companies.get(x.id).email == lost
    tasks.shutdown()
