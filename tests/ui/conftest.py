import pytest

from jobcrm.ui.drafts import DraftStore
from jobcrm.ui.events import AppEvents
from jobcrm.ui.i18n import install_translators
from jobcrm.ui.settings import UiSettings
from jobcrm.ui.tasks import TaskRunner


@pytest.fixture(scope="session")
def danish(qapp):
    """The app's Danish catalogue, as a consultant sees it."""
    translators = install_translators(qapp, "da")
    assert translators, "the compiled Danish catalogue (jobcrm_da.qm) did not load"
    yield
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture
def events():
    return AppEvents()


@pytest.fixture
def tasks(events):
    runner = TaskRunner(events, synchronous=True)
    yield runner
    runner.shutdown()


@pytest.fixture
def ui_settings(tmp_path):
    return UiSettings(tmp_path / "ui.ini")


@pytest.fixture
def drafts(tmp_path):
    return DraftStore(tmp_path / "drafts")


@pytest.fixture
def window(qtbot, danish, services, tasks, events, ui_settings, drafts):
    from jobcrm.ui.main_window import MainWindow

    w = MainWindow(services, tasks, events, ui_settings, drafts)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def window_factory(qtbot, danish, tasks, events, ui_settings, drafts):
    """A main window over the given services (e.g. opened read-only)."""
    from jobcrm.ui.main_window import MainWindow

    def make(services):
        w = MainWindow(services, tasks, events, ui_settings, drafts)
        qtbot.addWidget(w)
        return w

    return make
