"""The list's queries at scale: the id snapshot as stored keys, one-letter searches as a name jump, and the
quick first answer while typing (first_keys) agreeing with the whole search."""

import uuid

import pytest

from jobcrm.services import companies as companies_module
from jobcrm.services.companies import CompanyFilter, SortSpec
from jobcrm.services.dto import CompanyInput, ContactPersonInput


def make(services, name, **kw):
    return services.companies.create(CompanyInput(name=name, **kw))


def names(services, text):
    return [r.name for r in services.companies.page(flt=CompanyFilter(text=text))]


def test_one_character_jumps_to_the_names_that_start_with_it(services):
    make(services, "Andersen Maler")
    make(services, "Aalborg Tømrer")  # aa is å in Danish order
    make(services, "Ålholm VVS", city="Aabenraa")
    b = make(services, "Bager Ib", city="Aarhus")
    services.companies.add_person(b.id, ContactPersonInput("Anne Andersen"))
    assert names(services, "a") == ["Andersen Maler"]
    assert names(services, "A ") == ["Andersen Maler"]
    assert names(services, "å") == ["Aalborg Tømrer", "Ålholm VVS"]
    assert names(services, "b") == ["Bager Ib"]
    assert names(services, "z") == []
    # From two characters on, every field is searched again: the contact person Anne, the city Aarhus.
    assert names(services, "an") == ["Andersen Maler", "Bager Ib"]
    assert names(services, "aarh") == ["Bager Ib"]
    assert [r.name for r in services.companies.suggest("å")] == ["Aalborg Tømrer", "Ålholm VVS"]


def test_search_keys_are_the_stored_ids_in_list_order(services, demo):
    keys = services.companies.search_keys(CompanyFilter(text="ha"), SortSpec("city", descending=True))
    assert keys and all(isinstance(k, str) and len(k) == 32 for k in keys)
    assert [uuid.UUID(k) for k in keys] == services.companies.search_ids(CompanyFilter(text="ha"),
                                                                          SortSpec("city", descending=True))


@pytest.mark.parametrize("walk_above", [0, 10_000])  # walk the name index always / never
def test_first_answer_is_the_start_of_the_whole_search(services, demo, monkeypatch, walk_above):
    monkeypatch.setattr(companies_module, "_WALK_INDEX_ABOVE", walk_above)
    svc = services.companies
    assert len(svc.search_keys(CompanyFilter(text="ha"))) > 20  # more than the first answer holds
    for text in ("ha", "maler", "ring før", "hans", "zzzz"):
        for descending in (False, True):
            flt, sort = CompanyFilter(text=text), SortSpec("name", descending)
            whole = svc.search_keys(flt, sort)
            keys, matches = svc.first_keys(flt, sort, limit=7)
            assert (keys, matches) == (whole[:7], len(whole)), text


def test_no_first_answer_where_it_would_differ(services, consultant):
    svc = services.companies
    assert svc.first_keys(CompanyFilter(text="ha"), SortSpec("city")) is None
    assert svc.first_keys(CompanyFilter(text="ha", owner_id=consultant.id)) is None
    assert svc.first_keys(CompanyFilter(text="h")) is None  # a one-letter jump is quick as it is
    assert svc.first_keys(CompanyFilter(text="  ")) is None
