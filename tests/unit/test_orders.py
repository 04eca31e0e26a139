"""Job orders: the good job order's completeness, no CPR numbers anywhere, status rules, the promises an
order makes (and their inbox flag), the referral log, and the list's filters in SQL."""

import dataclasses
import datetime as dt

import pytest

from jobcrm.clock import Clock
from jobcrm.domain.order_rules import completeness
from jobcrm.errors import ValidationError
from jobcrm.services.dto import CompanyInput, ConsultantInput, ContactPersonInput
from jobcrm.services.order_dto import OrderFilter, OrderInput, ReferralInput, RequirementInput
from jobcrm.services.orders import FREE_TEXT
from jobcrm.services.registry import Services
from tests.conftest import TODAY

CPR = "Kandidat 010190-1234 passer godt"


@pytest.fixture
def company(services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS", cvr="10150817", owner_id=consultant.id,
                                               address="Industrivej 4", postal_code="7100", city="Vejle",
                                               employees="35"))
    person = services.companies.add_person(c.id, ContactPersonInput("Hanne Holm", title="HR-chef", phone="12345678",
                                                                    email="hanne@holmbyg.dk", is_primary=True))
    return services.companies.get(c.id), person


def full_order(company_id, person_id, consultant_id, **changes) -> OrderInput:
    base = OrderInput(
        company_id=company_id, title="Murersvend", offer_types=("ordinaer",), positions=2,
        work_content="Murerarbejde på nybyggeri og renovering.", professional_quals="Svendebrev som murer",
        personal_quals="Mødestabil, kan arbejde selvstændigt", physical_demands="Tunge løft, arbejde i højden",
        culture="Arbejdstøj udleveres; rå men hjertelig tone", hours=("fuld_tid",), working_times="7–15.30",
        employment="fast", start_date="01.01.2027", contact_person_id=person_id, contact_form="cv",
        cvs_wanted=3, cv_deadline="+5 arbejdsdage", search_responsible_id=consultant_id,
        feedback_responsible_id=consultant_id, feedback_deadline="+8 arbejdsdage",
        requirements=(RequirementInput("uddannelse", "Murer", "ufravigelig"),
                      RequirementInput("erfaring", "2 år", "knap"),
                      RequirementInput("certifikat", "Stilladskursus", "knap"),
                      RequirementInput("koerekort", "B", "ufravigelig"),
                      RequirementInput("straffeattest", "Ren", "ufravigelig")))
    return dataclasses.replace(base, **changes)


# --- completeness ----------------------------------------------------------------------------------
def test_an_empty_order_lists_the_minimum_of_seed_003_first(services, company, consultant):
    c, _ = company
    score = completeness(OrderInput(c.id))
    labels = [i.label for i in score.missing]
    assert labels[:8] == ["Stillingsbetegnelse", "Faglige kvalifikationer", "Krav til uddannelse",
                          "Antal års erfaring fra branchen", "Certifikater", "Kørekort", "Straffeattest",
                          "Hvilke krav er ufravigelige, og hvilke er knap så vigtige?"]
    assert score.score == 0 and score.done == 0


def test_a_full_order_scores_100_and_each_gap_lowers_it(services, company, consultant):
    c, person = company
    full = full_order(c.id, person.id, consultant.id)
    assert completeness(full, person).score == 100
    assert completeness(full, person).missing == ()
    without_person = completeness(full, None)
    assert [i.label for i in without_person.missing] == [
        "Kontaktperson på virksomheden (navn, stilling, mail og telefon)"]
    assert without_person.score < 100
    unprioritised = dataclasses.replace(full, requirements=(RequirementInput("koerekort", "B"),))
    labels = [i.label for i in completeness(unprioritised, person).minimum_missing]
    assert "Krav til uddannelse" in labels and "Hvilke krav er ufravigelige, og hvilke er knap så vigtige?" in labels
    # Only an order whose contact form is "CV'er" asks for the number of CVs and their deadline.
    cvs = dataclasses.replace(full, cvs_wanted=None)
    assert "Antal CV'er og frist for CV'er" in [i.label for i in completeness(cvs, person).missing]
    assert "Antal CV'er og frist for CV'er" not in [
        i.label for i in completeness(dataclasses.replace(cvs, contact_form="direkte"), person).missing]


def test_an_incomplete_order_can_be_saved_and_reports_what_is_missing(services, company):
    c, _ = company
    result = services.orders.create(OrderInput(c.id, title="Lagermedarbejder"))
    assert result.order.title == "Lagermedarbejder"
    assert 0 < result.completeness.score < 30
    assert result.completeness.missing[0].label == "Faglige kvalifikationer"


# --- no CPR numbers --------------------------------------------------------------------------------
@pytest.mark.parametrize("field", [f for f in FREE_TEXT if f != "status_note"] + ["status_note"])
def test_every_free_text_field_refuses_a_cpr_number(services, company, consultant, field):
    c, person = company
    data = full_order(c.id, person.id, consultant.id, **{field: CPR})
    with pytest.raises(ValidationError) as e:
        services.orders.create(data)
    assert field in e.value.errors and "CPR" in e.value.errors[field]
    assert services.orders.count() == 0


@pytest.mark.parametrize("ref", ["010190-1234", "0101901234", "01.01.90-1234", "Kandidat 311299 1234"])
def test_a_candidate_reference_that_looks_like_a_cpr_number_is_refused(services, company, consultant, ref):
    c, person = company
    data = full_order(c.id, person.id, consultant.id, referrals=(ReferralInput(ref, "i dag", True),))
    with pytest.raises(ValidationError) as e:
        services.orders.create(data)
    assert "CPR" in e.value.errors["referrals"]


def test_requirement_text_and_referral_note_refuse_cpr_numbers(services, company, consultant):
    c, person = company
    with pytest.raises(ValidationError, match="Krav, linje 1.*CPR"):
        services.orders.create(OrderInput(c.id, requirements=(RequirementInput("faglig", CPR),)))
    with pytest.raises(ValidationError, match="CPR"):
        services.orders.create(OrderInput(c.id, referrals=(ReferralInput("AB", "i dag", True, note=CPR),)))


def test_saved_order_is_unchanged_when_an_edit_is_refused(services, company, consultant):
    c, person = company
    saved = services.orders.create(full_order(c.id, person.id, consultant.id)).order
    with pytest.raises(ValidationError):
        services.orders.update(saved.id, dataclasses.replace(saved.as_input(), culture=CPR, title="Ændret"))
    assert services.orders.get(saved.id).title == "Murersvend"


# --- validation ------------------------------------------------------------------------------------
def test_bad_input_names_the_field_in_danish(services, company):
    c, _ = company
    with pytest.raises(ValidationError) as e:
        services.orders.create(OrderInput(c.id, positions="to", cvs_wanted="0", start_date="32.13.2026",
                                          offer_types=("månelanding",)))
    errors = e.value.errors
    assert "Antal stillinger" in errors["positions"]
    assert errors["cvs_wanted"] == "Antal CV'er skal være mindst 1."
    assert errors["start_date"].startswith("Ansættelsesdato:")
    assert "Tilbyder" in errors["offer_types"]
    with pytest.raises(ValidationError, match="Vælg virksomheden"):
        services.orders.create(OrderInput(None, title="x"))


def test_referral_needs_consent_and_a_date_not_in_the_future(services, company):
    c, _ = company
    with pytest.raises(ValidationError, match="samtykke"):
        services.orders.create(OrderInput(c.id, referrals=(ReferralInput("AB", "i dag", consent=False),)))
    with pytest.raises(ValidationError, match="fremtiden"):
        services.orders.create(OrderInput(c.id, referrals=(ReferralInput("AB", "i morgen", consent=True),)))


# --- status ----------------------------------------------------------------------------------------
def test_inactivated_only_when_the_wanted_cvs_are_sent(services, company, consultant):
    c, person = company
    order = services.orders.create(full_order(c.id, person.id, consultant.id, cvs_wanted=2)).order
    with pytest.raises(ValidationError, match=r"ønskede antal CV'er er sendt \(0 af 2 sendt\)"):
        services.orders.set_status(order.id, "inaktiveret")
    first = services.orders.add_referral(order.id, ReferralInput("AB-17", "i dag", True))
    assert first.offers == ()
    second = services.orders.add_referral(order.id, ReferralInput("Sag 4711", "i dag", True))
    assert [o.status for o in second.offers] == ["inaktiveret"]
    assert "2 af 2" in second.offers[0].text
    done = services.orders.set_status(order.id, "Inaktiveret (nok henvisninger)")
    assert done.order.status == "inaktiveret" and done.order.status_changed_on == TODAY


def test_hired_offers_closing_as_need_met_and_closing_cancels_the_feedback_promise(services, company, consultant):
    c, person = company
    order = services.orders.create(full_order(c.id, person.id, consultant.id)).order
    result = services.orders.add_referral(order.id, ReferralInput("AB-17", "i dag", True, response="ansat"))
    assert [o.status for o in result.offers] == ["afsluttet_daekket"]
    assert "AB-17 er ansat" in result.offers[0].text
    closed = services.orders.set_status(order.id, "afsluttet_daekket")
    assert closed.offers == ()
    feedback = services.promises.get(closed.order.feedback_promise_id)
    assert feedback.status == "aflyst" and "Afsluttet – behov dækket" in feedback.cancel_reason
    # Reopening gives the company a feedback promise again.
    reopened = services.orders.set_status(order.id, "under_behandling")
    assert services.promises.get(reopened.order.feedback_promise_id).status == "aaben"


def test_cancelling_needs_a_reason_and_deadline_closing_needs_the_deadline_passed(services, company, consultant):
    c, person = company
    order = services.orders.create(full_order(c.id, person.id, consultant.id)).order
    with pytest.raises(ValidationError, match="Skriv hvorfor ordren annulleres"):
        services.orders.set_status(order.id, "annulleret")
    with pytest.raises(ValidationError, match="CV-fristen 01.12.2026 er ikke udløbet"):
        services.orders.set_status(order.id, "afsluttet_frist")
    cancelled = services.orders.set_status(order.id, "annulleret", "Virksomheden har ansat en fra eget netværk")
    assert cancelled.order.status == "annulleret"
    assert cancelled.order.status_note == "Virksomheden har ansat en fra eget netværk"


# --- promises and the inbox flag -------------------------------------------------------------------
def test_feedback_deadline_creates_one_promise_that_follows_the_order(services, company, consultant):
    c, person = company
    other = services.consultants.create(ConsultantInput("PKH", "Per Holm"))
    result = services.orders.create(full_order(c.id, person.id, consultant.id))
    order = result.order
    p = services.promises.get(order.feedback_promise_id)
    assert (p.due_date, p.responsible_id, p.source_kind, p.purpose) == (
        dt.date(2026, 12, 4), consultant.id, "jobordre", "ordre_tilbagemelding")
    assert "Murersvend" in p.title
    # Saving again makes no duplicate; a new deadline moves it (with the reason kept) and a new
    # responsible takes it over.
    again = services.orders.update(order.id, order.as_input())
    assert again.promises_created == () and again.order.feedback_promise_id == p.id
    moved = services.orders.update(order.id, dataclasses.replace(
        order.as_input(), feedback_deadline="10.12.2026", feedback_responsible_id=other.id)).order
    p = services.promises.get(moved.feedback_promise_id)
    assert (p.due_date, p.responsible_id, p.reschedule_count) == (dt.date(2026, 12, 10), other.id, 1)
    history = [e.text for e in services.promises.history(p.id)]
    assert any("Tilbagemelding senest er ændret" in t for t in history)
    # Removing the deadline cancels the promise.
    cleared = services.orders.update(order.id, dataclasses.replace(moved.as_input(), feedback_deadline=None)).order
    assert services.promises.get(cleared.feedback_promise_id).status == "aflyst"


def test_contact_wishes_make_lead_promises_for_the_tovholder(services, company, consultant):
    c, person = company
    order = services.orders.create(full_order(c.id, person.id, consultant.id, wish_retention=True,
                                              wish_competence=True)).order
    retention = services.promises.get(order.retention_promise_id)
    competence = services.promises.get(order.competence_promise_id)
    assert retention.title == "Virksomheden ønsker kontakt om fastholdelse/sygefravær"
    assert "kompetenceudvikling" in competence.title
    assert retention.responsible_id == consultant.id and retention.company_id == c.id
    assert retention.due_date == dt.date(2026, 11, 27)  # + 3 working days (the office default)
    unticked = services.orders.update(order.id, dataclasses.replace(order.as_input(), wish_retention=False)).order
    assert services.promises.get(unticked.retention_promise_id).status == "aflyst"
    assert services.promises.get(unticked.competence_promise_id).status == "aaben"


def test_feedback_deadline_passed_raises_an_inbox_flag_until_the_feedback_is_given(db_path, company, consultant,
                                                                                      services):
    c, person = company
    order = services.orders.create(full_order(c.id, person.id, consultant.id)).order  # deadline 04.12.2026
    assert [f for f in services.inbox.inbox(consultant.id).flags if f.kind == "jobordre_tilbagemelding"] == []
    later = Services.open(db_path, Clock(fixed_today=dt.date(2026, 12, 7)))
    try:
        flags = [f for f in later.inbox.inbox(consultant.id).flags if f.kind == "jobordre_tilbagemelding"]
        assert len(flags) == 1
        flag = flags[0]
        assert (flag.ref_kind, flag.ref_id, flag.action, flag.due) == ("jobordre", order.id, "open_order",
                                                                       dt.date(2026, 12, 4))
        assert flag.text == "Tilbagemelding på jobordren er overskredet: Murersvend"
        assert flag.company_name == "Holm Byg ApS"
        later.promises.done(order.feedback_promise_id)  # feedback given
        assert [f for f in later.inbox.inbox(consultant.id).flags if f.kind == "jobordre_tilbagemelding"] == []
    finally:
        later.close()


def test_closed_orders_raise_no_flag(db_path, company, consultant, services):
    c, person = company
    order = services.orders.create(full_order(c.id, person.id, consultant.id)).order
    services.orders.set_status(order.id, "annulleret", "Stillingen er nedlagt")
    later = Services.open(db_path, Clock(fixed_today=dt.date(2026, 12, 7)))
    try:
        assert [f for f in later.inbox.inbox(consultant.id).flags if f.kind == "jobordre_tilbagemelding"] == []
    finally:
        later.close()


# --- referral log ----------------------------------------------------------------------------------
def test_referral_log_keeps_lines_and_records_responses(services, company, consultant):
    c, person = company
    order = services.orders.create(full_order(c.id, person.id, consultant.id)).order
    a = services.orders.add_referral(order.id, ReferralInput("AB-17", "23.11.2026", True)).order
    first = a.referrals[0]
    assert (first.candidate_ref, first.sent_on, first.consent, first.response) == (
        "AB-17", dt.date(2026, 11, 23), True, "sendt")
    b = services.orders.add_referral(order.id, ReferralInput("Sag 4711", "i dag", True)).order
    assert [r.candidate_ref for r in b.referrals] == ["AB-17", "Sag 4711"] and b.cvs_sent == 2
    c2 = services.orders.set_referral_response(order.id, first.id, "samtale").order
    line = next(r for r in c2.referrals if r.id == first.id)
    assert (line.response, line.responded_on) == ("samtale", TODAY)
    # Removing a line from the form leaves a tombstone, the other keeps its id.
    d = services.orders.update(order.id, dataclasses.replace(c2.as_input(), referrals=c2.as_input().referrals[1:]))
    assert [r.candidate_ref for r in d.order.referrals] == ["Sag 4711"]
    assert d.order.referrals[0].id == b.referrals[1].id


# --- the list --------------------------------------------------------------------------------------
def test_list_filters_in_sql(services, company, consultant):
    c, person = company
    other = services.consultants.create(ConsultantInput("PKH", "Per Holm"))
    old = services.orders.create(full_order(c.id, person.id, consultant.id, title="Gammel", received_on="01.09.2026"))
    services.orders.create(full_order(c.id, person.id, consultant.id, title="Ny", received_on="20.11.2026",
                                      owner_id=other.id, search_responsible_id=None))
    hired = services.orders.create(full_order(c.id, person.id, consultant.id, title="Besat", received_on="01.08.2026"))
    services.orders.add_referral(hired.order.id, ReferralInput("AB", "01.09.2026", True, "ansat"))
    done = services.orders.create(full_order(c.id, person.id, consultant.id, title="Lukket", received_on="01.07.2026"))
    services.orders.set_status(done.order.id, "annulleret", "Ikke længere behov")

    def titles(**kw):
        return sorted(r.title for r in services.orders.page(flt=OrderFilter(**kw)))

    assert titles() == ["Besat", "Gammel", "Lukket", "Ny"]
    assert titles(status="aabne") == ["Besat", "Gammel", "Ny"]
    assert titles(status="annulleret") == ["Lukket"]
    assert titles(unfilled_days=30) == ["Gammel"]  # open, nobody hired, older than 30 days
    assert titles(min_age_days=60) == ["Besat", "Gammel", "Lukket"]
    assert titles(max_age_days=14) == ["Ny"]
    assert titles(owner_id=other.id) == ["Ny"]
    assert titles(without_responsible=True) == ["Ny"]
    assert titles(responsible_id=consultant.id) == ["Besat", "Gammel", "Lukket", "Ny"]
    assert titles(text="holm") == ["Besat", "Gammel", "Lukket", "Ny"]
    assert titles(text="gam") == ["Gammel"]
    assert services.orders.count(OrderFilter(status="aabne")) == 3
    rows = {r.title: r for r in services.orders.page()}
    assert rows["Besat"].hired and rows["Besat"].cvs_sent == 1 and rows["Gammel"].cvs_sent == 0
    # The company card: open orders first, newest first.
    assert [r.title for r in services.orders.for_company(c.id)] == ["Ny", "Gammel", "Besat", "Lukket"]
    assert services.orders.resolve(str(old.order.id)[-8:]) == old.order.id
    assert services.orders.resolve(str(old.order.id)) == old.order.id


def test_deleted_order_disappears_and_its_promises_are_cancelled(services, company, consultant):
    c, person = company
    order = services.orders.create(full_order(c.id, person.id, consultant.id, wish_retention=True)).order
    services.orders.delete(order.id)
    assert services.orders.count() == 0
    assert services.promises.get(order.feedback_promise_id).status == "aflyst"
    assert services.promises.get(order.retention_promise_id).status == "aflyst"


def test_demo_data_has_orders_in_every_status_with_referrals_and_long_unfilled_ones(services, demo):
    rows = services.orders.page(0, 1000)
    assert len(rows) == 120 // 5
    assert {r.status for r in rows} >= {"under_behandling", "afsluttet_daekket"}
    assert any(r.hired for r in rows) and any(r.cvs_sent for r in rows)
    assert services.orders.count(OrderFilter(unfilled_days=30)) > 0
    for r in rows[:10]:  # every demo order is valid by the service's own rules
        detail = services.orders.get(r.id)
        services.orders.validate(detail.as_input())


def test_merging_a_duplicate_company_moves_its_orders(services, company, consultant):
    c, person = company
    dup = services.companies.create(CompanyInput(name="Holm Byg", owner_id=consultant.id))
    order = services.orders.create(OrderInput(dup.id, title="Tømrer", feedback_deadline="+3 arbejdsdage")).order
    result = services.companies.merge(c.id, dup.id)
    assert result.moved_other >= 1
    moved = services.orders.get(order.id)
    assert moved.company_id == c.id and moved.company_name == "Holm Byg ApS"
    assert [r.title for r in services.orders.for_company(c.id)] == ["Tømrer"]
