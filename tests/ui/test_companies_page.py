"""The company list page: exporting what is shown, the first answer while typing, one-letter searches."""

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from jobcrm.services.companies import CompanyFilter
from jobcrm.services.dto import CompanyInput
from jobcrm.services.exporting import HEADERS
from jobcrm.ui.pages import companies as companies_module


def search(page, text):
    page.search.setText(text)
    page.reload()  # what the debounce timer does 250 ms later


def test_export_offers_xlsx_and_csv_for_the_list_as_filtered(window, services, demo, tmp_path, monkeypatch):
    window.start("virksomheder")
    page = window.companies_page
    assert page.export_button.text() == "Eksportér …"
    search(page, "ha")
    shown = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert 0 < len(shown) < 120
    asked = []

    def save_as(parent, caption, directory, filters):
        asked.append((caption, filters))
        return str(tmp_path / "liste"), filters.split(";;")[0]  # no suffix typed: the chosen type decides

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page.export_button.click()
    assert asked == [("Eksportér virksomhedslisten", "Excel-projektmappe (*.xlsx);;CSV til Excel (*.csv)")]
    wb = load_workbook(tmp_path / "liste.xlsx", read_only=True)
    rows = list(wb.active.iter_rows(values_only=True))
    wb.close()
    assert rows[0] == HEADERS and [r[0] for r in rows[1:]] == shown
    assert page.export_status.text() == f"Gemt: {len(shown)} virksomheder i liste.xlsx"
    assert page.export_button.isEnabled()

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "liste.csv"), "Excel-projektmappe (*.xlsx)"))
    page.export_button.click()  # a typed suffix wins
    lines = (tmp_path / "liste.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert [line.split(";")[0] for line in lines[1:]] == shown

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "mangler" / "liste.xlsx"), ""))
    page.export_button.click()
    assert page.export_status.text().startswith("Filen ") and "kan ikke skrives" in page.export_status.text()


def test_typing_shows_a_first_answer_then_the_whole_list(window, services, demo, monkeypatch):
    monkeypatch.setattr(companies_module, "PAGE_SIZE", 5)
    window.start("virksomheder")
    page = window.companies_page
    steps = []
    for name in ("set_ids", "extend_ids"):
        original = getattr(page.model, name)
        monkeypatch.setattr(page.model, name, lambda keys, _o=original, _n=name: (steps.append((_n, len(keys))),
                                                                                  _o(keys)))
    search(page, "ha")
    everything = services.companies.search_ids(CompanyFilter(text="ha"))
    assert steps == [("set_ids", 5), ("extend_ids", len(everything))]
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == everything
    assert page.count_label.text() == f"{len(everything)} af 120 virksomheder"


def test_one_letter_jumps_to_names_and_explains_when_none(window, services, consultant):
    for name in ("Holm Byg", "Hansen VVS", "Bager Ib"):
        services.companies.create(CompanyInput(name=name, city="Horsens"))
    window.start("virksomheder")
    page = window.companies_page
    search(page, "h")
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Hansen VVS", "Holm Byg"]
    search(page, "x")
    assert page.stack.currentWidget() is page.no_match
    assert page.no_match.text().startswith("Intet virksomhedsnavn begynder med »x«. Skriv mindst to tegn")
    search(page, "hors")  # two letters or more: every field again (the city here)
    assert page.model.rowCount() == 3
    search(page, "zz")
    assert page.no_match.text() == "Ingen virksomheder matcher søgningen."
