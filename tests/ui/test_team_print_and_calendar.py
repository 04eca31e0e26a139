"""The team lead prints the backlog from the Team page; a consultant exports the calendar from the File menu."""

import datetime as dt

import icalendar
import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.promises import PromiseInput

D = dt.date


def _setup(services, consultant):
    peh = services.consultants.create(ConsultantInput("PEH", "Peter Holm", team_name="Team Erhverv Nord"))
    company = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    for due in (D(2026, 11, 2), D(2026, 11, 20), D(2026, 12, 3)):
        services.promises.create(PromiseInput("Ring om praktik", due, consultant.id, company.id))
    services.promises.create(PromiseInput("Send CV'er", D(2026, 11, 23), peh.id, company.id))


def test_print_button_saves_the_pdf_and_opens_it(window, services, consultant, tmp_path, monkeypatch):
    _setup(services, consultant)
    window.start("team")
    page = window.team_page
    asked = {}

    def save_dialog(parent, title, start, filters):
        asked.update(title=title, start=start, filters=filters)
        return str(tmp_path / "teammøde"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    opened = []
    page.open_file = lambda path: opened.append(path) or True
    assert page.print_button.text() == "Udskriv…"
    page.print_button.click()
    assert asked["title"] == "Udskriv opfølgningerne" and asked["filters"] == "PDF-filer (*.pdf)"
    assert asked["start"].endswith("Opfølgninger Team Erhverv Nord 2026-11-24.pdf")
    target = tmp_path / "teammøde.pdf"  # the missing .pdf is added
    assert opened == [target]
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    assert "Opfølgninger – Team Erhverv Nord" in text and "Ring om praktik" in text
    assert window.statusBar().currentMessage() == f"Gemt i {target}"


def test_print_says_where_the_file_is_when_it_cannot_be_opened(window, services, consultant, tmp_path, monkeypatch):
    _setup(services, consultant)
    window.start("team")
    page = window.team_page
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    page.open_file = lambda path: False
    page.print_to(tmp_path / "x.pdf")
    assert shown == [f"Opfølgningerne er gemt i\n{tmp_path / 'x.pdf'}\n\nÅbn filen derfra for at udskrive den."]
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    page.print_to(tmp_path / "mangler" / "x.pdf")
    assert warned and warned[0].startswith(f"PDF-filen kunne ikke gemmes i {tmp_path / 'mangler' / 'x.pdf'}:")


def test_export_calendar_from_the_file_menu(window, services, consultant, tmp_path, monkeypatch):
    _setup(services, consultant)
    window.start("indbakke")
    file_menu = window.menuBar().actions()[0].menu()
    assert "Eksportér &kalender (.ics)…" in [a.text() for a in file_menu.actions()]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filters: (str(tmp_path / "maja.ics"), filters.split(";;")[1]))
    window.calendar_action.trigger()
    cal = icalendar.Calendar.from_ical((tmp_path / "maja.ics").read_bytes())
    assert [str(t["summary"]) for t in cal.walk("VTODO")] == ["Ring om praktik – Holm Byg ApS"] * 3
    assert window.statusBar().currentMessage() == f"Kalender gemt: 3 poster i {tmp_path / 'maja.ics'}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filters: (str(tmp_path / "outlook.ics"), filters.split(";;")[0]))
    window.calendar_action.trigger()
    cal = icalendar.Calendar.from_ical((tmp_path / "outlook.ics").read_bytes())
    assert cal.walk("VTODO") == [] and len(cal.walk("VEVENT")) == 3


def test_small_team_table_leaves_the_room_to_the_drill_down(window, services, consultant, qtbot):
    _setup(services, consultant)
    window.resize(1366, 800)
    window.show()
    qtbot.waitExposed(window)
    window.start("team")
    page = window.team_page
    table, items = page.split.sizes()
    header = page.table.horizontalHeader().height()
    assert table <= header + 2 * 26 + 12 < items  # two consultants: two rows, no empty block
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Heraf > 7 dage"
    assert page.chart._legend == "Lys søjle: denne uge til og med i dag"


def test_export_everything_from_the_file_menu(window, services, consultant, tmp_path, monkeypatch):
    """Filer → Eksportér alt (JSON)… writes the same file as `jobcrm export json` and says how much it wrote."""
    import json

    _setup(services, consultant)
    window.start("indbakke")
    file_menu = window.menuBar().actions()[0].menu()
    assert "Eksportér &alt (JSON)…" in [a.text() for a in file_menu.actions()]
    asked = {}

    def save_as(parent, title, start, filters):
        asked.update(title=title, start=start)
        return str(tmp_path / "alt"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.export_all_action.trigger()
    assert asked["title"] == "Eksportér alt" and asked["start"].endswith("JobCRM alt 24.11.2026.json")
    doc = json.loads((tmp_path / "alt.json").read_text("utf-8"))  # ".json" added to the typed name
    promises = next(t["rows"] for t in doc["tables"] if t["name"] == "promise")
    assert sorted(p["title"] for p in promises) == ["Ring om praktik"] * 3 + ["Send CV'er"]
    rows = sum(len(t["rows"]) for t in doc["tables"])
    assert window.statusBar().currentMessage() == \
        f"Alt er eksporteret: {rows:,} poster i {tmp_path / 'alt.json'}".replace(",", ".")
