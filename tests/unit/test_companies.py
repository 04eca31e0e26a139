import dataclasses

import pytest

from jobcrm.errors import Conflict, NotFound, ValidationError
from jobcrm.services.companies import CompanyFilter, SortSpec
from jobcrm.services.dto import CompanyInput, ContactPersonInput


def make(services, name="Malermester Jensen ApS", **kw):
    return services.companies.create(CompanyInput(name=name, **kw))


def test_create_and_read_back_normalised(services, consultant):
    c = make(services, cvr="10150817", phone="+45 86 12 34 56", email="Info@Jensen.DK", postal_code="5500",
             city="Middelfart", employees="12", owner_id=consultant.id, special_notes="Ring før kl. 9")
    got = services.companies.get(c.id)
    assert got.cvr == "10150817" and got.phone == "86 12 34 56" and got.email == "info@jensen.dk"
    assert got.employees == 12 and got.owner_initials == "MAJ"
    assert got.created_at.tzinfo is not None
    assert got.created_at == got.updated_at


def test_every_bad_field_is_named_in_danish(services):
    with pytest.raises(ValidationError) as e:
        make(services, name=" ", cvr="12345678", p_number="12", phone="12", email="x@", postal_code="55",
             employees="mange")
    errors = e.value.errors
    assert set(errors) == {"name", "cvr", "p_number", "phone", "email", "postal_code", "employees"}
    assert errors["name"] == "Navn skal udfyldes."
    assert errors["cvr"].startswith("CVR ")
    assert "Antal ansatte" in errors["employees"]
    assert services.companies.count() == 0  # nothing half-saved


def test_duplicate_cvr_is_refused_with_a_link(services):
    first = make(services, cvr="10150817")
    with pytest.raises(Conflict) as e:
        make(services, name="Andet navn", cvr="10150817")
    assert e.value.existing_id == first.id
    assert "Malermester Jensen ApS" in str(e.value)


def test_update_keeps_what_was_saved_when_input_is_bad(services):
    c = make(services, cvr="10150817", city="Middelfart")
    bad = dataclasses.replace(c.as_input(), email="ikke-en-mail")
    with pytest.raises(ValidationError):
        services.companies.update(c.id, bad)
    assert services.companies.get(c.id).city == "Middelfart"
    good = dataclasses.replace(c.as_input(), city="Fredericia", special_notes="Ny ejer fra januar")
    updated = services.companies.update(c.id, good)
    assert updated.city == "Fredericia" and updated.special_notes == "Ny ejer fra januar"


def test_free_text_refuses_cpr_numbers(services):
    with pytest.raises(ValidationError) as e:
        make(services, special_notes="Borger 010190-1234 starter mandag")
    assert "CPR" in e.value.errors["special_notes"]


def test_soft_delete_hides_the_company(services):
    c = make(services)
    services.companies.delete(c.id)
    assert services.companies.search_ids() == []
    with pytest.raises(NotFound):
        services.companies.get(c.id)


def test_list_sorts_in_danish_order_and_filters(services, consultant):
    for name, city in [("Åens Rengøring", "Vejle"), ("Ærø Slagteri", "Odense C"), ("Bækgaard Transport", "Vejle"),
                       ("Østergaard El", "Kolding"), ("Andersen Maler", "Kolding")]:
        make(services, name=name, city=city, owner_id=consultant.id if city == "Vejle" else None)
    names = [r.name for r in services.companies.page()]
    assert names == ["Andersen Maler", "Bækgaard Transport", "Ærø Slagteri", "Østergaard El", "Åens Rengøring"]
    desc = services.companies.page(sort=SortSpec("name", descending=True))
    assert desc[0].name == "Åens Rengøring"
    by_city = [r.city for r in services.companies.page(sort=SortSpec("city"))]
    assert by_city == sorted(by_city)
    mine = services.companies.page(flt=CompanyFilter(owner_id=consultant.id))
    assert {r.name for r in mine} == {"Åens Rengøring", "Bækgaard Transport"}
    assert [r.name for r in services.companies.page(flt=CompanyFilter(text="øster"))] == ["Østergaard El"]
    assert [r.name for r in services.companies.page(flt=CompanyFilter(text="transport"))] == ["Bækgaard Transport"]


def test_contact_persons_primary_is_unique(services):
    c = make(services)
    a = services.companies.add_person(c.id, ContactPersonInput("Hanne Holm", title="HR-chef", is_primary=True))
    b = services.companies.add_person(c.id, ContactPersonInput("Jens Lund", phone="12345678", is_primary=True))
    persons = services.companies.get(c.id).contact_persons
    assert [p.name for p in persons if p.is_primary] == ["Jens Lund"]
    assert b.phone == "12 34 56 78"
    with pytest.raises(ValidationError) as e:
        services.companies.update_person(a.id, ContactPersonInput("", email="nej"))
    assert set(e.value.errors) == {"name", "email"}
    services.companies.delete_person(a.id)
    assert [p.name for p in services.companies.get(c.id).contact_persons] == ["Jens Lund"]


def test_resolve_by_cvr_or_id(services):
    c = make(services, cvr="10150817")
    assert services.companies.resolve("10 15 08 17") == c.id
    assert services.companies.resolve(str(c.id)) == c.id
    with pytest.raises(NotFound):
        services.companies.resolve("25313763")
