"""Exporting the company list to an Excel-friendly CSV."""

import datetime as dt

from jobcrm.services.companies import CompanyFilter
from jobcrm.services.dto import CompanyInput
from jobcrm.services.exporting import HEADERS
from jobcrm.services.promises import PromiseInput


def test_export_filtered_list_as_excel_csv(services, consultant, tmp_path):
    a = services.companies.create(CompanyInput(name="Bæk & Søn ApS", cvr="10150817", city="Århus C",
                                               special_notes="Ring før kl. 9; spørg efter Bo", employees=12))
    services.companies.create(CompanyInput(name="Østergaard Smedje", city="Odense C"))
    services.companies.create(CompanyInput(name="=HYPERLINK(\"x\")", city="Vejle"))
    services.promises.create(PromiseInput("Ring igen", dt.date(2026, 11, 24), consultant.id, company_id=a.id))
    target = tmp_path / "liste.csv"
    assert services.exporting.companies_csv(target) == 3
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == ";".join(HEADERS)
    assert lines[1].startswith('"\'=HYPERLINK')  # a formula is never handed to Excel
    first = lines[2].split(";")
    assert first[:2] == ["Bæk & Søn ApS", "10150817"]
    assert '"Ring før kl. 9; spørg efter Bo"' in lines[2]
    assert lines[2].endswith(";24.11.2026;1")
    assert lines[3].startswith("Østergaard Smedje;")

    only = tmp_path / "søgning.csv"
    assert services.exporting.companies_csv(only, CompanyFilter(text="østerg")) == 1
    assert only.read_bytes().decode("utf-8-sig").splitlines()[1].startswith("Østergaard Smedje;")
    assert not list(tmp_path.glob("*.tmp"))


def test_export_as_xlsx_with_date_cells_bold_frozen_header_and_filter(services, consultant, tmp_path):
    from openpyxl import load_workbook

    a = services.companies.create(CompanyInput(name="Bæk & Søn ApS", cvr="10150817", city="Århus C",
                                               special_notes="Ring før kl. 9; spørg efter Bo", employees="10-19"))
    services.companies.create(CompanyInput(name="Østergaard Smedje", city="Odense C", employees=7))
    services.companies.create(CompanyInput(name="=HYPERLINK(\"x\")", city="Vejle"))
    services.promises.create(PromiseInput("Ring igen", dt.date(2026, 12, 1), consultant.id, company_id=a.id))
    target = tmp_path / "liste.xlsx"
    assert services.exporting.companies_file(target) == 3
    assert not list(tmp_path.glob("*.tmp"))
    wb = load_workbook(target)
    ws = wb.active
    assert ws.title == "Virksomheder"
    assert tuple(c.value for c in ws[1]) == HEADERS
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:T4"
    assert ws.column_dimensions["A"].width >= 30
    assert ws["A2"].value == '=HYPERLINK("x")' and ws["A2"].data_type == "s"  # text, never a formula
    row = {h: c for h, c in zip(HEADERS, ws[3], strict=True)}
    assert row["Navn"].value == "Bæk & Søn ApS" and row["By"].value == "Århus C"
    assert row["Særlige forhold"].value == "Ring før kl. 9; spørg efter Bo"
    assert row["Antal ansatte"].value == "10–19"
    due = row["Næste planlagte kontakt"]
    assert due.is_date and due.value.date() == dt.date(2026, 12, 1) and due.number_format == "dd.mm.yyyy"
    assert row["Åbne aftaler"].value == 1
    assert ws["L4"].value == 7  # an exact count is a number cell
    wb.close()

    only = tmp_path / "søgning.xlsx"
    assert services.exporting.companies_xlsx(only, CompanyFilter(text="østerg")) == 1
    wb = load_workbook(only, read_only=True)
    assert [r[0] for r in wb.active.iter_rows(min_row=2, values_only=True)] == ["Østergaard Smedje"]
    wb.close()


def test_export_refuses_an_unknown_suffix(services, tmp_path):
    import pytest

    from jobcrm.errors import JobCRMError

    with pytest.raises(JobCRMError, match=r"\.csv eller \.xlsx"):
        services.exporting.companies_file(tmp_path / "liste.pdf")
    assert not list(tmp_path.glob("liste*"))


def test_a_cancelled_export_leaves_no_file(services, tmp_path):
    import pytest

    from jobcrm.services.exporting import ExportCancelled

    services.companies.create(CompanyInput(name="Holm Byg"))
    for name in ("liste.xlsx", "liste.csv"):
        with pytest.raises(ExportCancelled, match="ingen fil blev gemt"):
            services.exporting.companies_file(tmp_path / name, cancelled=lambda: True)
    assert not list(tmp_path.glob("liste*"))
