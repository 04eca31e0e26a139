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


def _campaign(services):
    from jobcrm.services.campaign_dto import CampaignCriteria, CampaignInput

    return services.campaigns.create(CampaignInput(
        name="Luk op for nye jobmuligheder", starts_on=dt.date(2026, 11, 23), ends_on=dt.date(2027, 3, 31),
        message="Vi fortæller om jobcentrets tilbud.", criteria=CampaignCriteria(employees_min=5)))


@pytest.mark.parametrize("kept_is_further", [False, True])
def test_merge_of_two_companies_on_the_same_call_list_keeps_one_target_with_the_furthest_outcome(
        services, consultant, kept_is_further):
    from sqlalchemy import func, select

    from jobcrm.models import CampaignCall, CampaignTarget
    from jobcrm.services.campaign_dto import CallInput

    keep = make(services, "Jensens VVS ApS", postal_code="7100", employees=10, phone="75 12 34 56")
    dup = make(services, "Jensen VVS", postal_code="7100", employees=10, phone="75 65 43 21")
    other = make(services, "Hansens Tømrer", postal_code="7100", employees=10, phone="75 11 11 11")
    camp = _campaign(services)
    services.campaigns.build_list(camp.id)
    t_keep = services.campaigns.target_for_company(camp.id, keep.id)
    t_dup = services.campaigns.target_for_company(camp.id, dup.id)
    behind, ahead = (t_dup, t_keep) if kept_is_further else (t_keep, t_dup)
    services.campaigns.record_call(CallInput(behind.id, "ikke_truffet", call_again="+2 arbejdsdage"))
    services.campaigns.record_call(CallInput(ahead.id, "ikke_truffet", call_again="+2 arbejdsdage"))
    services.campaigns.record_call(CallInput(ahead.id, "takket_nej", reason="travlhed"))

    services.companies.merge(keep.id, dup.id)  # used to fail on uq_campaign_target_company

    target = services.campaigns.target_for_company(camp.id, keep.id)
    assert target.id == t_keep.id  # the kept company's row stays, with the furthest state of the two
    assert (target.last_outcome, target.calls) == ("takket_nej", 3)
    assert services.campaigns.count_targets(camp.id, "alle") == 2  # Jensens VVS once, and Hansens Tømrer
    assert {t.company_name for t in services.campaigns.targets(camp.id, "alle")} == {"Jensens VVS ApS",
                                                                                     "Hansens Tømrer"}
    calls = services.campaigns.calls(camp.id)
    assert len(calls) == 3 and {c.company_name for c in calls} == {"Jensens VVS ApS"}
    with services.ctx.sessions() as s:  # every call hangs on the one live row; the folded row is a tombstone
        assert set(s.scalars(select(CampaignCall.target_id))) == {t_keep.id}
        folded = s.get(CampaignTarget, t_dup.id)
        assert folded.deleted_at is not None and folded.company_id == dup.id
        assert s.scalar(select(func.count()).select_from(CampaignTarget).where(
            CampaignTarget.company_id == other.id)) == 1


def test_merge_keeps_the_booked_visit_of_the_removed_companys_target(services, consultant):
    from jobcrm.services.campaign_dto import CallInput

    keep = make(services, "Jensens VVS ApS", postal_code="7100", employees=10, phone="75 12 34 56")
    dup = make(services, "Jensen VVS", postal_code="7100", employees=10, phone="75 65 43 21")
    camp = _campaign(services)
    services.campaigns.build_list(camp.id)
    t_dup = services.campaigns.target_for_company(camp.id, dup.id)
    booked = services.campaigns.record_call(CallInput(t_dup.id, "booket", start=dt.datetime(2026, 12, 2, 10, 0)),
                                            confirm=True)
    services.companies.merge(keep.id, dup.id)
    target = services.campaigns.target_for_company(camp.id, keep.id)
    assert target.last_outcome == "booket" and target.visit_id == booked.visit_id
    assert services.visits.get(booked.visit_id).company_id == keep.id


def test_only_campaign_target_ties_a_company_in_a_unique_constraint():
    """Merge folds duplicate campaign targets; a new table with a unique constraint on a company column
    needs the same (jobcrm/services/merge_dedupe.py) — this test says so when one appears."""
    from sqlalchemy import UniqueConstraint

    from jobcrm.models import Base

    tied = set()
    for table in Base.metadata.sorted_tables:
        company_cols = {fk.parent.name for fk in table.foreign_keys if fk.column.table.name == "company"}
        for con in [*table.constraints, *table.indexes]:
            unique = isinstance(con, UniqueConstraint) or getattr(con, "unique", False)
            if unique and company_cols & {c.name for c in con.columns}:
                tied.add(table.name)
    assert tied == {"campaign_target"}
