"""Start-up paints the first page without loading the others: the company list and the team page load
when first shown (at job-centre scale the list's id snapshot is 100,000 companies)."""

from jobcrm.services.changes import ChangeSet
from jobcrm.services.dto import CompanyInput


def test_start_on_the_inbox_leaves_the_company_list_until_it_is_shown(window, demo, services):
    window.start("indbakke")
    assert window.inbox_page.model.rowCount() > 0
    assert window.companies_page.model.rowCount() == 0  # not loaded yet
    assert window.team_page.model.rowCount() == 0
    window.show_page("virksomheder")
    assert window.companies_page.model.rowCount() == 120
    assert window.companies_page.count_label.text() == "120 virksomheder"
    window.show_page("team")
    assert window.team_page.model.rowCount() > 0


def test_a_change_before_the_list_is_shown_is_there_when_it_is(window, demo, services):
    window.start("indbakke")
    created = services.companies.create(CompanyInput(name="Ab Nyt Firma ApS"))
    window.events.changed.emit(ChangeSet("company", (created.id,), "create"))
    window.show_page("virksomheder")
    assert window.companies_page.model.rowCount() == 121
    row = window.companies_page.model.row_of(created.id)
    assert window.companies_page.model.index(row, 0).data() == "Ab Nyt Firma ApS"


def test_loading_demo_data_reloads_the_list_already_shown(window, services, consultant):
    window.start("virksomheder")
    assert window.companies_page.model.rowCount() == 0
    window.load_demo()
    assert window.current_page() == "virksomheder"
    assert window.companies_page.model.rowCount() == 300
