"""The main window as a consultant uses it: first start, pages, the company list and the company form."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from jobcrm.services.dto import CompanyInput
from jobcrm.ui.dialogs.company_dialog import CompanyDialog
from jobcrm.ui.main_window import PAGE_KEYS


def test_first_start_asks_who_you_are_and_creates_the_profile(window, services, qtbot):
    window.start()
    assert window.root.currentWidget() is window.welcome
    assert window.welcome.findChild(type(window.welcome.demo_button), None) is not None
    assert window.welcome.demo_button.text() == "Indlæs demodata"
    assert window.welcome.import_button.text() == "Importér virksomheder …"
    qtbot.keyClicks(window.welcome.initials, "abc")
    window.welcome.create_button.click()
    assert "Navn skal udfyldes." in window.welcome.error.text()  # nothing created yet
    assert services.consultants.count() == 0
    qtbot.keyClicks(window.welcome.name, "Anne Bech Christensen")
    qtbot.keyClicks(window.welcome.team, "Team Erhverv Syd")
    window.welcome.create_button.click()
    assert window.root.currentWidget() is window.shell
    assert services.consultants.current().initials == "ABC"
    assert "Logget ind som ABC" in window.status_user.text()


def test_demo_data_from_the_welcome_view(window, services):
    window.start()
    window.welcome.demo_button.click()
    assert window.root.currentWidget() is window.shell
    assert window.current_page() == "virksomheder"
    assert window.companies_page.model.rowCount() == 300
    assert window.companies_page.count_label.text() == "300 virksomheder"


def test_pages_switch_from_the_sidebar_and_the_keyboard(window, demo, qtbot):
    window.start()
    titles = []
    for i, key in enumerate(PAGE_KEYS):
        window.nav.setCurrentRow(i)
        assert window.current_page() == key
        titles.append(window.windowTitle())
    assert titles[0].startswith("JobCRM — Indbakke") and titles[1].startswith("JobCRM — Virksomheder")
    assert titles[5].startswith("JobCRM — Team")
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    # Through the window system, as a real key press, so the shortcut map sees it.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "virksomheder"
    window.ui_settings.sync()
    assert window.ui_settings.get("last_page") == "virksomheder"


def test_search_narrows_the_list(window, services, demo, qtbot):
    window.start("virksomheder")
    page = window.companies_page
    first = services.companies.page(0, 1)[0]
    page.search.setText(first.cvr)
    page.reload()  # the debounce timer would do this after 250 ms
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == first.name
    assert page.count_label.text() == "1 af 120 virksomheder"
    page.search.setText("zzzz ingen")
    page.reload()
    assert page.stack.currentWidget() is page.no_match


def test_sorting_by_header_happens_in_sql(window, services, demo):
    window.start("virksomheder")
    page = window.companies_page
    page._on_header_clicked(2)  # By
    cities = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert cities == sorted(cities, key=lambda c: c.split(" ", 1)[1])
    page._on_header_clicked(2)
    assert page.model.sort_spec.descending


def test_edit_a_company_and_see_it_in_the_list(window, services, demo, qtbot, monkeypatch):
    window.start("virksomheder")
    cid = window.companies_page.model.id_at(0)
    seen = {}

    def fill_and_save():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CompanyDialog) and w.isVisible())
        dialog.edits["name"].setText("Aaaa Testfirma ApS")
        dialog.edits["email"].setText("ikke en mail")
        dialog.save()
        seen["error"] = dialog.error_label.text()
        seen["still_open"] = dialog.isVisible()
        dialog.edits["email"].setText("kontakt@testfirma.dk")
        dialog.save()

    QTimer.singleShot(0, fill_and_save)
    window.edit_company(cid)
    assert "E-mail \"ikke en mail\" er ikke en gyldig e-mailadresse" in seen["error"]
    assert seen["still_open"]
    saved = services.companies.get(cid)
    assert saved.name == "Aaaa Testfirma ApS" and saved.email == "kontakt@testfirma.dk"
    row = window.companies_page.model.row_of(cid)
    assert window.companies_page.model.index(row, 0).data() == "Aaaa Testfirma ApS"


def test_company_form_keeps_a_draft_and_offers_it_after_a_crash(qtbot, danish, services, consultant, drafts,
                                                                monkeypatch):
    company = services.companies.create(CompanyInput(name="Holm Byg", city="Vejle"))
    detail = services.companies.get(company.id)
    dialog = CompanyDialog(services, drafts, services.consultants.list(), detail)
    qtbot.addWidget(dialog)
    dialog.edits["special_notes"].setPlainText("Ejeren er syg til januar")
    qtbot.waitUntil(lambda: drafts.load(f"company-{company.id}") is not None, timeout=3000)
    # The "crash": the dialog vanishes without saving or cancelling.
    dialog.deleteLater()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again = CompanyDialog(services, drafts, services.consultants.list(), detail)
    qtbot.addWidget(again)
    assert again.edits["special_notes"].toPlainText() == "Ejeren er syg til januar"
    again.save()
    assert services.companies.get(company.id).special_notes == "Ejeren er syg til januar"
    assert drafts.load(f"company-{company.id}") is None


def test_new_company_with_duplicate_cvr_shows_the_existing_one(qtbot, danish, services, consultant, drafts):
    existing = services.companies.create(CompanyInput(name="Holm Byg", cvr="10150817"))
    dialog = CompanyDialog(services, drafts, services.consultants.list())
    qtbot.addWidget(dialog)
    dialog.edits["name"].setText("Holm Byggeri")
    dialog.edits["cvr"].setText("10150817")
    dialog.save()
    assert dialog.saved is None
    assert 'CVR 10150817 er allerede registreret på "Holm Byg"' in dialog.error_label.text()
    assert existing.id == services.companies.find_by_cvr("10150817")
    assert dialog.values()["name"] == "Holm Byggeri"  # what was typed is still there


def test_edit_form_shows_and_keeps_the_tovholder(qtbot, danish, services, consultant, drafts):
    company = services.companies.create(CompanyInput(name="Holm Byg", owner_id=consultant.id))
    dialog = CompanyDialog(services, drafts, services.consultants.list(), services.companies.get(company.id))
    qtbot.addWidget(dialog)
    assert dialog.edits["owner_id"].currentText() == "MAJ — Maja Jørgensen"
    dialog.edits["city"].setText("Vejle")
    dialog.save()
    saved = services.companies.get(company.id)
    assert saved.owner_id == consultant.id and saved.city == "Vejle"


def test_filters_narrow_the_list_in_sql(window, services, demo):
    window.start("virksomheder")
    page = window.companies_page
    bar = page.filters
    assert bar.owner.count() > 1 and bar.industry.count() > 1 and bar.municipality.count() > 1
    assert bar.status.itemText(0) == "Alle statusser"
    me = services.consultants.current()
    bar.select(bar.owner, me.id)
    mine = [page.model.id_at(r) for r in range(page.model.rowCount())]
    assert mine and all(services.companies.get(cid).owner_id == me.id for cid in mine[:20])
    assert page.count_label.text().endswith("af 120 virksomheder")
    town = bar.municipality.itemData(1)
    bar.select(bar.municipality, town)
    rows = [services.companies.get(page.model.id_at(r)) for r in range(page.model.rowCount())]
    assert all(c.municipality == town and c.owner_id == me.id for c in rows)
    bar.clear_button.click()
    assert page.model.rowCount() == 120
    assert page.count_label.text() == "120 virksomheder"
    bar.select(bar.no_contact, 12)
    assert bar.no_contact.currentText() == "Ingen kontakt i 12 måneder"
    stale = [services.companies.get(page.model.id_at(r)) for r in range(page.model.rowCount())]
    assert stale and all(c.last_contact_at is None for c in stale)  # demo contacts are all within a year
