"""Quick log: a contact and the promise made in it, saved together or not at all."""

import datetime as dt

import pytest

from jobcrm.errors import ValidationError
from jobcrm.services.dto import CompanyInput, ContactPersonInput
from jobcrm.services.quicklog import QuickLogInput


@pytest.fixture
def company(services, consultant):
    return services.companies.create(CompanyInput(name="Holm Byg ApS", cvr="10150817"))


def test_call_with_a_promise_in_one_go(services, consultant, company):
    hanne = services.companies.add_person(company.id, ContactPersonInput("Hanne Holm"))
    result = services.quicklog.log(QuickLogInput(
        company.id, "telefon", "Hanne mangler en lagermedarbejder", person_ids=(hanne.id,),
        promise_title="Sende to CV'er", due="+3 arbejdsdage"))
    assert result.contact.person_names == ("Hanne Holm",)
    assert result.contact.consultant_initials == "MAJ"
    p = result.promise
    assert p.title == "Sende to CV'er" and p.promised_by == "jobcentret" and p.responsible_initials == "MAJ"
    assert p.due_date == dt.date(2026, 11, 27)  # Tuesday 24.11 + 3 working days
    assert p.source_kind == "kontakt"
    assert [x.id for x in services.promises.open_for_company(company.id)] == [p.id]
    detail = services.companies.get(company.id)
    assert detail.next_due_date == dt.date(2026, 11, 27) and detail.last_contact_at is not None
    with services.ctx.sessions() as s:
        from jobcrm.models import Promise

        assert s.get(Promise, p.id).source_id == result.contact.id


def test_company_promise_due_tomorrow(services, consultant, company):
    result = services.quicklog.log(QuickLogInput(company.id, "mail", "Spurgte til lærlinge",
                                                 promise_title="Vender tilbage om lærlinge",
                                                 promised_by="virksomheden", due="i morgen"))
    assert result.promise.promised_by == "virksomheden"
    assert result.promise.due_date == dt.date(2026, 11, 25)


def test_contact_without_promise(services, consultant, company):
    result = services.quicklog.log(QuickLogInput(company.id, "Besøg", "Rundvisning på lageret"))
    assert result.promise is None and result.contact.channel == "besoeg"


def test_bad_promise_saves_nothing(services, consultant, company):
    with pytest.raises(ValidationError) as e:
        services.quicklog.log(QuickLogInput(company.id, "telefon", "Kort snak", promise_title="Ringe igen",
                                            due="på et tidspunkt"))
    assert "forstås ikke som en dato" in e.value.errors["due"]
    with pytest.raises(ValidationError) as e:
        services.quicklog.log(QuickLogInput(company.id, "brevdue", "", promise_title="Ringe igen"))
    assert set(e.value.errors) == {"channel", "summary", "due"}
    with pytest.raises(ValidationError):
        services.quicklog.log(QuickLogInput(company.id, "telefon", "Borger 010190-1234 starter"))
    assert services.history.timeline(company.id) == []
    assert services.promises.open_for_company(company.id) == []


def test_unknown_responsible_rolls_back_the_contact_too(services, consultant, company):
    import uuid

    with pytest.raises(ValidationError):
        services.quicklog.log(QuickLogInput(company.id, "telefon", "Kort snak", promise_title="Ringe igen",
                                            due="i morgen", responsible_id=uuid.uuid4()))
    assert services.history.timeline(company.id) == []
    assert services.companies.get(company.id).last_contact_at is None


def test_type_ahead_suggestions(services, consultant, company):
    services.companies.create(CompanyInput(name="Holmegaard Glas"))
    services.companies.create(CompanyInput(name="Anden A/S"))
    assert [r.name for r in services.companies.suggest("holm")] == ["Holm Byg ApS", "Holmegaard Glas"]
    assert [r.name for r in services.companies.suggest("holm", limit=1)] == ["Holm Byg ApS"]
    assert services.companies.suggest(" ") == []
