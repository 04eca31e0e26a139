"""The Rapporter page: period presets, the team, the tables and charts from the report service, the targets, and
the export and print buttons."""

import datetime as dt

import openpyxl
import pypdf
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.visit_dto import OutcomeInput, VisitInput
from jobcrm.ui.pages.reports import preset_period


def _held_visit(services, consultant, day):
    company = services.companies.create(CompanyInput(name=f"Firma {day}", owner_id=consultant.id))
    v = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, day, 9)))
    services.guides.open_guide(v.id)
    services.guides.autosave(v.id, {}, [], OutcomeInput(labour_need="intet"))
    services.guides.register(v.id)


def test_presets_give_whole_months_quarters_and_years():
    today = dt.date(2026, 11, 24)
    assert preset_period("month", today) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert preset_period("last_month", today) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert preset_period("quarter", today) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert preset_period("last_quarter", today) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert preset_period("year", today) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_the_page_shows_the_users_team_this_month(window, services, consultant):
    services.consultants.create(ConsultantInput("KBH", "Karen Bach", team_name="Team Syd"))
    _held_visit(services, consultant, 3)
    _held_visit(services, consultant, 10)
    window.start("rapporter")
    page = window.reports_page
    assert window.nav.currentItem().text() == "Rapporter"
    assert page.team.currentText() == "Team Erhverv Nord" and page.preset.currentText() == "Denne måned"
    assert page.summary.text() == "Team Erhverv Nord · 01.11.2026–30.11.2026 (1 måned) · 1 konsulent"
    goal = page.views["maal"].model()
    assert goal.headerData(0, Qt.Orientation.Horizontal) == "Konsulent"
    assert [goal.index(0, c).data() for c in range(4)] == ["MAJ – Maja Jørgensen", "2", "8", "25 %"]
    assert page.visits_chart.values == [2.0] and page.visits_chart.targets == [8.0]
    assert "teams" not in page.views
    page.team.setCurrentIndex(page.team.findData(""))
    assert "teams" in page.views and page.views["teams"].model().rowCount() == 3  # two teams and the total
    page.preset.setCurrentIndex(page.preset.findData("last_month"))
    assert (page.date_from.date(), page.date_to.date()) == (QDate(2026, 10, 1), QDate(2026, 10, 31))
    assert page.views["maal"].model().index(0, 1).data() == "0"
    page.date_from.setDate(QDate(2026, 11, 1))
    assert page.preset.currentData() == "custom"


def test_targets_export_and_print(window, services, consultant, tmp_path, monkeypatch):
    _held_visit(services, consultant, 3)
    window.start("rapporter")
    page = window.reports_page
    services.reports.set_targets(visits_per_month=4)
    page.reload()
    assert page.views["maal"].model().index(0, 3).data() == "25 %"
    opened = []
    page.open_file = lambda path: opened.append(path) or True
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filters: (str(tmp_path / "rapport"), filters))
    page.export_button.click()
    page.print_button.click()
    assert opened == [tmp_path / "rapport.xlsx", tmp_path / "rapport.pdf"]
    assert "Mål" in openpyxl.load_workbook(tmp_path / "rapport.xlsx").sheetnames
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "rapport.pdf").pages)
    assert "Aktivitetsrapport – Team Erhverv Nord" in text and "Afholdte besøg mod mål" in text


def test_report_table_model_passes_the_model_tester(qtmodeltester, services, consultant):
    from jobcrm.ui.itemmodels.report_table import ReportTableModel

    report = services.reports.build(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    for table in report.tables:
        qtmodeltester.check(ReportTableModel(table, "I alt"))
