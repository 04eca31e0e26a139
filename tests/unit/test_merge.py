"""Possible duplicates (similar names in the same postal code) and merging two companies."""

import datetime as dt

import pytest

from jobcrm.errors import NotFound, ValidationError
from jobcrm.services.companies import CompanyFilter, normalise_company_name, similar_names
from jobcrm.services.dto import CompanyInput, ContactPersonInput
from jobcrm.services.promises import PromiseInput


def make(services, name, **kw):
    return services.companies.create(CompanyInput(name=name, **kw))


def test_names_are_normalised_and_compared():
    assert normalise_company_name("Jensens VVS ApS") == "jensens vvs"
    assert normalise_company_name("Bæk & Søn A/S") == "bæk søn"
    assert normalise_company_name("Hansen I/S") == "hansen"
    assert similar_names("Jensens VVS ApS", "JENSENS VVS")
    assert similar_names("Jensens VVS", "Jensen VVS A/S")  # ratio >= 0.85
    assert similar_names("Malermester Holm", "Malermester Holm & Søn ApS")  # one contains the other
    assert not similar_names("Jensens VVS", "Hansens Tømrer")
    assert not similar_names("A/S", "ApS")


def test_possible_duplicates_in_the_same_postal_code(services):
    a = make(services, "Jensens VVS ApS", postal_code="7100", city="Vejle")
    make(services, "Jensens VVS", postal_code="8000")  # other postal code
    make(services, "Hansens Tømrer", postal_code="7100")
    b = make(services, "Jensen VVS A/S", postal_code="7100")
    found = services.companies.possible_duplicates("JENSENS VVS", "7100")
    assert [r.id for r in found] == [b.id, a.id]
    assert [r.id for r in services.companies.possible_duplicates("Jensens VVS", "7100", exclude_id=a.id)] == [b.id]
    assert services.companies.possible_duplicates("Jensens VVS", None) == []
    services.companies.delete(b.id)
    assert [r.id for r in services.companies.possible_duplicates("Jensens VVS", "7100")] == [a.id]


def test_merge_moves_everything_and_leaves_a_trail(services, consultant):
    keep = make(services, "Jensens VVS ApS", postal_code="7100", special_notes="Ring før kl. 9")
    dup = make(services, "Jensen VVS", cvr="10150817", postal_code="7100", phone="12345678",
               special_notes="Ejer hedder Bo")
    services.companies.add_person(keep.id, ContactPersonInput("Anne Holm", is_primary=True))
    services.companies.add_person(dup.id, ContactPersonInput("Bo Jensen", is_primary=True))
    when = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)
    services.history.log(keep.id, "telefon", "Første opkald", occurred_at=when - dt.timedelta(days=30))
    services.history.log(dup.id, "mail", "Sendt tilbud om praktik", occurred_at=when)
    services.promises.create(PromiseInput("Ring igen", dt.date(2026, 11, 26), consultant.id, company_id=keep.id))
    services.promises.create(PromiseInput("Send CV", dt.date(2026, 11, 25), consultant.id, company_id=dup.id))

    result = services.companies.merge(keep.id, dup.id)
    assert (result.moved_persons, result.moved_contacts, result.moved_promises) == (1, 1, 1)

    c = services.companies.get(keep.id)
    assert sorted((p.name, p.is_primary) for p in c.contact_persons) == [("Anne Holm", True), ("Bo Jensen", False)]
    assert c.last_contact_at == when
    assert c.next_due_date == dt.date(2026, 11, 25)
    assert (c.cvr, c.phone) == ("10150817", "12 34 56 78")  # empty facts filled from the removed company
    assert "Ring før kl. 9" in c.special_notes and "Ejer hedder Bo" in c.special_notes
    assert [e.summary for e in services.history.timeline(keep.id)] == ["Sendt tilbud om praktik", "Første opkald"]
    assert {p.title for p in services.promises.open_for_company(keep.id)} == {"Ring igen", "Send CV"}
    with pytest.raises(NotFound):
        services.companies.get(dup.id)
    assert services.companies.find_by_cvr("10150817") == keep.id
    assert services.companies.search_ids(CompanyFilter(text="tilbud")) == [keep.id]
    assert services.companies.search_ids(CompanyFilter(text="Bo Jensen")) == [keep.id]
    (at, name, cvr), = services.companies.merges(keep.id)
    assert (name, cvr) == ("Jensen VVS", "10150817")


def test_merge_refuses_itself_and_deleted_companies(services):
    a = make(services, "A")
    b = make(services, "B")
    with pytest.raises(ValidationError):
        services.companies.merge(a.id, a.id)
    services.companies.delete(b.id)
    with pytest.raises(NotFound):
        services.companies.merge(a.id, b.id)
    assert services.companies.merges(a.id) == []


def test_merge_preview_says_what_will_move_and_changes_nothing(services, consultant):
    keep = make(services, "Jensens VVS ApS", postal_code="7100", special_notes="Ring før 9")
    dup = make(services, "Jensen VVS", postal_code="7100", phone="75123456", cvr="10150817",
               special_notes="Spørg efter Bo", working_hours="7-15")
    services.companies.add_person(dup.id, ContactPersonInput("Bo Jensen"))
    gone = services.companies.add_person(dup.id, ContactPersonInput("Gammel Kontakt"))
    services.companies.delete_person(gone.id)
    for i in range(3):
        services.history.log(dup.id, "telefon", f"Opkald {i}")
    services.promises.create(PromiseInput("Send CV", dt.date(2026, 12, 1), consultant.id, dup.id))
    p = services.promises.create(PromiseInput("Ring igen", dt.date(2026, 12, 2), consultant.id, dup.id))
    services.promises.done(p.id)
    preview = services.companies.merge_preview(keep.id, dup.id)
    assert (preview.kept_name, preview.removed_name, preview.removed_cvr) == ("Jensens VVS ApS", "Jensen VVS",
                                                                              "10150817")
    assert (preview.persons, preview.contacts, preview.promises, preview.open_promises) == (1, 3, 2, 1)
    assert preview.filled == ("CVR", "Telefon", "Mødetider") and preview.joined == ("Særlige forhold",)
    assert services.companies.get(dup.id).name == "Jensen VVS"  # nothing happened yet
    with pytest.raises(ValidationError):
        services.companies.merge_preview(keep.id, keep.id)
