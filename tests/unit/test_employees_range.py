"""Antal ansatte as CVR extracts give it: intervals like "10-19" or "20-49 ansatte" are accepted, stored as
the lower bound (to sort and filter by) with the interval kept as text, and shown as the interval."""

import dataclasses

import pytest

from jobcrm.domain.validation import clean_employees
from jobcrm.errors import ValidationError
from jobcrm.services.dto import CompanyInput
from tests.unit.test_import import CVR


@pytest.mark.parametrize("typed,expected", [
    ("12", (12, None)), ("1.200", (1200, None)), ("12 ansatte", (12, None)), (7, (7, None)),
    ("10-19", (10, "10–19")), ("20 - 49 ansatte", (20, "20–49")), ("50–99", (50, "50–99")),
    ("ANTAL_10_19", (10, "10–19")), ("ANTAL_1_1", (1, None)), ("1000+", (1000, "1.000+")),
    ("ANTAL_1000_999999", (1000, "1.000+")), ("1.000-1.999", (1000, "1.000–1.999")), ("", (None, None)),
])
def test_clean_employees(typed, expected):
    assert clean_employees(typed) == expected
    if expected[1]:
        assert clean_employees(expected[1]) == expected  # what is shown can be saved again unchanged


@pytest.mark.parametrize("typed,fragment", [("mange", "helt tal eller et interval"), ("49-20", "baglæns"),
                                            ("-3", "negativt")])
def test_bad_employee_counts_name_the_field(typed, fragment):
    with pytest.raises(ValueError, match="Antal ansatte") as e:
        clean_employees(typed)
    assert fragment in str(e.value)


def test_import_accepts_cvr_intervals_instead_of_rejecting_the_rows(services):
    data = ("CVR;Navn;Antal ansatte\n"
            f"{CVR[0]};Bæk & Søn ApS;10-19\n"
            f"{CVR[1]};Østergaard Smedje;20-49 ansatte\n"
            f"{CVR[2]};Holm Byg;7\n"
            f"{CVR[3]};Mange Folk A/S;rigtig mange\n").encode()
    result = services.importing.import_companies(data)
    assert result.created == 3
    assert [(r.row, r.column) for r in result.rejected] == [(5, "Antal ansatte")]
    baek = services.companies.get(services.companies.find_by_cvr(CVR[0]))
    assert (baek.employees, baek.employees_range, baek.employees_text) == (10, "10–19", "10–19")
    holm = services.companies.get(services.companies.find_by_cvr(CVR[2]))
    assert (holm.employees, holm.employees_range, holm.employees_text) == (7, None, "7")


def test_a_later_import_without_the_column_keeps_the_interval_and_an_exact_count_replaces_it(services):
    services.importing.import_companies(f"CVR;Navn;Ansatte\n{CVR[0]};Bæk & Søn ApS;ANTAL_20_49\n".encode())
    cid = services.companies.find_by_cvr(CVR[0])
    again = services.importing.import_companies(f"CVR;By\n{CVR[0]};Vejle\n".encode())
    assert again.updated == 1
    c = services.companies.get(cid)
    assert (c.city, c.employees, c.employees_range) == ("Vejle", 20, "20–49")
    same = services.importing.import_companies(f"CVR;Ansatte\n{CVR[0]};20-49\n".encode())
    assert (same.updated, same.unchanged) == (0, 1)
    exact = services.importing.import_companies(f"CVR;Ansatte\n{CVR[0]};31\n".encode())
    assert exact.updated == 1
    c = services.companies.get(cid)
    assert (c.employees, c.employees_range, c.employees_text) == (31, None, "31")


def test_the_form_round_trips_an_interval(services):
    c = services.companies.create(CompanyInput(name="Holm Byg", employees="50-99 ansatte"))
    assert (c.employees, c.employees_text) == (50, "50–99")
    kept = services.companies.update(c.id, dataclasses.replace(c.as_input(), city="Vejle"))
    assert (kept.employees, kept.employees_range, kept.city) == (50, "50–99", "Vejle")
    with pytest.raises(ValidationError) as e:
        services.companies.update(c.id, dataclasses.replace(c.as_input(), employees="99-50"))
    assert "Antal ansatte" in e.value.errors["employees"]
    assert services.companies.get(c.id).employees_range == "50–99"  # nothing saved lost


def test_merge_takes_the_interval_with_the_count(services):
    keep = services.companies.create(CompanyInput(name="Holm Byg", postal_code="7100"))
    dup = services.companies.create(CompanyInput(name="Holm Byg ApS", postal_code="7100", employees="10-19"))
    services.companies.merge(keep.id, dup.id)
    assert services.companies.get(keep.id).employees_text == "10–19"
