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
