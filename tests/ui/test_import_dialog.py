"""Importér virksomheder in the UI: file, column mapping with a preview, progress and cancel, the result with
the rejected rows that can be saved as CSV."""

from PySide6.QtWidgets import QFileDialog

from jobcrm.services.dto import CompanyInput
from tests.unit.test_import import CVR

FILE = (
    "CVR-nummer;Firmanavn;Postnr.;By;Ansatte;Bemærkning;Farve\r\n"
    f"{CVR[0]};Bæk & Søn ApS;8000;Århus C;10-19;Ring før kl. 9;blå\r\n"
    "12345678;Forkert CVR ApS;8000;Århus C;;;rød\r\n"
    f"{CVR[1]};Holm Byg;7100;Vejle;20-49 ansatte;;grøn\r\n"
    f"{CVR[2]};Østergaard Smedje;5000;Odense C;7;;\r\n"
)


def write(tmp_path, text=FILE, encoding="cp1252", name="firmaer.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def preview_rows(dialog):
    p = dialog.preview
    return [[p.item(r, c).text() for c in range(p.columnCount())] for r in range(p.rowCount())]


def test_import_from_the_menu_with_mapping_preview_and_rejected_rows(window, services, consultant, tmp_path,
                                                                     monkeypatch):
    services.companies.create(CompanyInput(name="Holm Byg (gammelt navn)", cvr=CVR[1], city="Vejle"))
    window.start("virksomheder")
    window.import_action.trigger()
    dialog = window.import_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Importér virksomheder"
    dialog.load_file(write(tmp_path))
    assert dialog.pages.currentIndex() == 1
    assert dialog.file_label.text() == "firmaer.csv — 4 rækker, 7 kolonner · Windows-1252, semikolon"
    # The automatic mapping is preselected; what it does not know is "Ikke importér".
    assert dialog.combos["CVR-nummer"].currentText() == "CVR"
    assert dialog.combos["Postnr."].currentText() == "Postnummer"
    assert dialog.combos["Ansatte"].currentText() == "Antal ansatte"
    assert dialog.combos["Bemærkning"].currentText() == "Ikke importér"
    assert dialog.mapping.item(0, 1).text() == CVR[0]  # an example value from the file
    assert "Importeres ikke: Bemærkning, Farve." in dialog.mapping_message.text()
    rows = preview_rows(dialog)
    headers = [dialog.preview.horizontalHeaderItem(c).text() for c in range(dialog.preview.columnCount())]
    assert headers == ["Række", "Bliver", "CVR", "Navn", "Postnummer", "By", "Antal ansatte"]
    assert rows[0][:4] == ["2", "Ny", CVR[0], "Bæk & Søn ApS"] and rows[0][6] == "10–19"
    assert rows[1][1] == "Afvises"
    assert dialog.rejected_preview.text().startswith("Række 3 — CVR-nummer: ")
    assert "kontrolcifferet" in dialog.rejected_preview.text()
    assert rows[2][1] == "Opdaterer eksisterende"
    assert "1 af de første 4 rækker bliver afvist" in dialog.mapping_message.text()

    dialog.set_column("Bemærkning", "special_notes")  # the user maps a column the guess missed
    assert "Særlige forhold" in [dialog.preview.horizontalHeaderItem(c).text()
                                 for c in range(dialog.preview.columnCount())]
    dialog.set_column("Farve", "name")  # a field can come from one column only: Firmanavn lets go
    assert dialog.combos["Firmanavn"].currentText() == "Ikke importér"
    dialog.set_column("Farve", None)
    dialog.set_column("CVR-nummer", None)
    assert "Ingen kolonne kunne knyttes til Navn eller CVR" in dialog.mapping_message.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_column("CVR-nummer", "cvr")
    dialog.set_column("Firmanavn", "name")
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Importér 4 rækker"

    dialog.import_button.click()
    assert dialog.pages.currentIndex() == 3
    assert dialog.result_title.text() == "Importen er gennemført"
    assert dialog.result_counts.text() == "2 oprettet · 1 opdateret · 0 uændret · 1 afvist"
    model = dialog.rejected_model
    assert [model.index(0, c).data() for c in range(2)] == ["3", "CVR-nummer"]
    assert "kontrolcifferet" in model.index(0, 2).data()
    assert dialog.rejected_detail.text().startswith("Række 3 — CVR-nummer: CVR 12345678")
    baek = services.companies.get(services.companies.find_by_cvr(CVR[0]))
    assert (baek.city, baek.employees_text, baek.special_notes) == ("Århus C", "10–19", "Ring før kl. 9")
    assert services.companies.get(services.companies.find_by_cvr(CVR[1])).name == "Holm Byg"
    assert window.companies_page.model.rowCount() == 3  # the list was told

    target = tmp_path / "afviste.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_rejected_button.click()
    saved = target.read_bytes()
    assert saved.startswith(b"\xef\xbb\xbf")
    lines = saved.decode("utf-8-sig").splitlines()
    assert lines[0].endswith(";Række;Fejl") and lines[1].startswith("12345678;Forkert CVR ApS;")
    assert dialog.saved_label.text() == "Gemt: afviste.csv"


def test_cancel_midway_leaves_the_database_as_it_was(window, services, consultant, tmp_path):
    services.companies.create(CompanyInput(name="Findes i forvejen", cvr=CVR[0]))
    rows = "".join(f"{cvr};Firma {i};7100;Vejle\r\n" for i, cvr in enumerate(CVR[:300]))
    path = write(tmp_path, "CVR;Navn;Postnummer;By\r\n" + rows, "utf-8-sig")
    window.start("virksomheder")
    dialog = window.import_companies()
    dialog.load_file(path)
    seen = []

    def press_cancel(done, total):
        seen.append((done, total))
        if done >= 100:
            dialog.cancel_button.click()  # what the user does while the bar moves

    dialog._progress.connect(press_cancel)
    dialog.import_button.click()
    assert seen[0] == (50, 300) and dialog.progress.maximum() == 300
    assert dialog.result_title.text() == "Importen blev annulleret"
    assert dialog.result_counts.text() == "Intet blev gemt: databasen er som før importen."
    assert dialog.retry_button.isVisible() and not dialog.save_rejected_button.isVisible()
    assert services.companies.count() == 1
    assert services.companies.get(services.companies.find_by_cvr(CVR[0])).name == "Findes i forvejen"
    dialog.retry_button.click()
    assert dialog.pages.currentIndex() == 1  # the mapping is still there to try again


def test_import_is_offered_on_the_welcome_view_and_the_empty_list(window, services, tmp_path):
    window.start()
    window.welcome.import_button.click()
    dialog = window.import_dialog
    assert dialog.isVisible() and dialog.pages.currentIndex() == 0
    dialog.load_file(tmp_path / "findes-ikke.csv")
    assert dialog.file_error.isVisible() and "findes ikke" in dialog.file_error.text()
    empty = write(tmp_path, "", name="tom.csv")
    dialog.load_file(empty)
    assert "Filen er tom." in dialog.file_error.text()
    dialog.reject()
    window.companies_page.import_requested.emit()  # the button under "No companies yet"
    assert window.import_dialog is not dialog and window.import_dialog.isVisible()
