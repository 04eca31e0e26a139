import datetime as dt

import pytest

from jobcrm.errors import Conflict, ValidationError
from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.promises import PromiseInput


def test_consultant_profile_and_current_user(services):
    assert services.consultants.current() is None
    c = services.consultants.create(ConsultantInput("søl", "Søren Østergaard Lund", team_name="Team Syd",
                                                    role="teamleder"))
    assert c.initials == "SØL" and c.team_name == "Team Syd"
    services.consultants.set_current(c.id)
    assert services.consultants.current().id == c.id
    assert services.ctx.actor.id == c.id
    with pytest.raises(Conflict):
        services.consultants.create(ConsultantInput("SØL", "En anden"))
    with pytest.raises(ValidationError) as e:
        services.consultants.create(ConsultantInput("", "", role="chef"))
    assert set(e.value.errors) == {"initials", "name", "role"}


def test_records_carry_who_created_them(services, consultant):
    company = services.companies.create(CompanyInput(name="Holm Byg"))
    with services.ctx.sessions() as s:
        from jobcrm.models import Company

        row = s.get(Company, company.id)
        assert row.created_by == consultant.id and row.updated_by == consultant.id


def test_logging_contacts_updates_last_contact_and_pages_newest_first(services, consultant):
    company = services.companies.create(CompanyInput(name="Holm Byg"))
    base = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    for i in range(25):
        services.history.log(company.id, "telefon", f"Opkald nr. {i}", occurred_at=base + dt.timedelta(days=i))
    first = services.history.timeline(company.id, limit=10)
    assert [e.summary for e in first][:2] == ["Opkald nr. 24", "Opkald nr. 23"]
    second = services.history.timeline(company.id, limit=10, before=(first[-1].occurred_at, first[-1].id))
    third = services.history.timeline(company.id, limit=10, before=(second[-1].occurred_at, second[-1].id))
    seen = [e.summary for e in first + second + third]
    assert len(seen) == 25 and len(set(seen)) == 25
    assert services.companies.get(company.id).last_contact_at == base + dt.timedelta(days=24)
    assert first[0].consultant_initials == "MAJ"


def test_contact_log_rejects_unknown_channel_and_cpr(services, consultant):
    company = services.companies.create(CompanyInput(name="Holm Byg"))
    with pytest.raises(ValidationError) as e:
        services.history.log(company.id, "brevdue", "")
    assert set(e.value.errors) == {"channel", "summary"}
    with pytest.raises(ValidationError):
        services.history.log(company.id, "Telefon", "Borger 010190-1234 ringede")
    assert services.history.log(company.id, "Besøg", "Godt møde").channel == "besoeg"


def test_promise_sets_company_next_due(services, consultant):
    company = services.companies.create(CompanyInput(name="Holm Byg"))
    services.promises.create(PromiseInput("Sende CV'er", dt.date(2026, 12, 3), consultant.id, company.id))
    services.promises.create(PromiseInput("Ringe om praktik", dt.date(2026, 11, 27), consultant.id, company.id,
                                          promised_by="virksomheden"))
    assert services.companies.get(company.id).next_due_date == dt.date(2026, 11, 27)
    open_ = services.promises.open_for_company(company.id)
    assert [p.title for p in open_] == ["Ringe om praktik", "Sende CV'er"]
    assert open_[0].responsible_initials == "MAJ" and open_[0].reschedule_count == 0
    row = services.companies.rows([company.id])[company.id]
    assert row.open_promises == 2


def test_office_settings_refuse_unknown_keys(services):
    assert services.settings.get("closure_days") == [[5, 6], [24, 12], [31, 12]]
    services.settings.set("closure_days", [[5, 6]])
    assert services.settings.calendar().is_working_day(dt.date(2026, 12, 24))
    with pytest.raises(KeyError):
        services.settings.get("no_such_setting")
