"""Promise actions as a consultant uses them: working-day dates, done, reschedule, cancel, recurrence,
hand-over — and that nothing is ever silently lost (every change leaves history)."""

import datetime as dt

import pytest

from jobcrm.clock import Clock
from jobcrm.domain.recurrence import RecurrenceError, build_rule, describe
from jobcrm.errors import ValidationError
from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.promises import PromiseInput

D = dt.date


def at(services, day):
    services.ctx.clock = Clock(fixed_today=day)


@pytest.fixture
def company(services, consultant):
    return services.companies.create(CompanyInput(name="Holm Byg ApS"))


def promise(services, consultant, company, due, **kw):
    return services.promises.create(PromiseInput(kw.pop("title", "Ring om praktikplads"), due, consultant.id,
                                                 company.id, **kw))


@pytest.mark.parametrize("today,phrase,expected", [
    (D(2026, 4, 1), "+3 arbejdsdage", D(2026, 4, 9)),  # Skærtorsdag, Langfredag, weekend, 2. påskedag
    (D(2026, 5, 13), "+1 arbejdsdag", D(2026, 5, 15)),  # Kristi himmelfartsdag 14.5
    (D(2026, 5, 13), "om 2 arbejdsdage", D(2026, 5, 18)),  # ... and the weekend
    (D(2026, 12, 22), "+3 arbejdsdage", D(2026, 12, 29)),  # juleaftensdag (closed), juledag, 2. juledag, weekend
    (D(2026, 11, 27), "+1 arbejdsdag", D(2026, 11, 30)),  # Friday -> Monday
    (D(2026, 11, 24), "i morgen", D(2026, 11, 25)),
])
def test_working_day_phrases_use_the_danish_calendar(services, today, phrase, expected):
    at(services, today)
    assert services.promises.resolve_date(phrase) == expected


def test_office_closure_day_counts(services):
    at(services, D(2026, 6, 4))  # Thursday before Grundlovsdag (5.6, an office closure day by default)
    assert services.promises.resolve_date("+1 arbejdsdag") == D(2026, 6, 8)
    services.settings.set("closure_days", [])
    assert services.promises.resolve_date("+1 arbejdsdag") == D(2026, 6, 5)


def test_reschedule_needs_a_reason_and_keeps_history(services, consultant, company):
    at(services, D(2026, 12, 22))
    p = promise(services, consultant, company, D(2026, 12, 22))
    with pytest.raises(ValidationError) as e:
        services.promises.reschedule(p.id, "+3 arbejdsdage", "   ")
    assert e.value.errors["reason"] == "Skriv hvorfor aftalen udsættes."
    assert services.promises.get(p.id).due_date == D(2026, 12, 22)  # nothing changed
    change = services.promises.reschedule(p.id, "+3 arbejdsdage", "Kontaktpersonen holder juleferie")
    assert change.entity == "promise" and change.ids == (p.id,) and change.touches("company")
    services.promises.reschedule(p.id, D(2027, 1, 8), "Afventer budget")
    after = services.promises.get(p.id)
    assert after.due_date == D(2027, 1, 8) and after.original_due_date == D(2026, 12, 22)
    assert after.reschedule_count == 2
    texts = [h.text for h in services.promises.history(p.id)]
    assert "Udsat fra 22.12.2026 til 29.12.2026: Kontaktpersonen holder juleferie" in texts
    assert "Udsat fra 29.12.2026 til 08.01.2027: Afventer budget" in texts
    assert services.companies.get(company.id).next_due_date == D(2027, 1, 8)
    with pytest.raises(ValidationError, match="passeret"):
        services.promises.reschedule(p.id, D(2026, 12, 1), "For sent")
    with pytest.raises(ValidationError, match="forstås ikke"):
        services.promises.reschedule(p.id, "på et tidspunkt", "Ved ikke")


def test_done_and_cancel(services, consultant, company):
    p1 = promise(services, consultant, company, D(2026, 11, 20))
    p2 = promise(services, consultant, company, D(2026, 11, 26), title="Sende CV'er")
    services.promises.done(p1.id)
    done = services.promises.get(p1.id)
    assert done.status == "udfoert" and done.done_at is not None
    with pytest.raises(ValidationError, match="allerede udført"):
        services.promises.done(p1.id)
    with pytest.raises(ValidationError, match="aflyses"):
        services.promises.cancel(p2.id, "")
    services.promises.cancel(p2.id, "Virksomheden har ansat selv")
    gone = services.promises.get(p2.id)
    assert gone.status == "aflyst" and gone.cancel_reason == "Virksomheden har ansat selv"
    assert services.promises.open_for_company(company.id) == []
    assert services.companies.get(company.id).next_due_date is None


def test_done_and_next_creates_the_follow_up(services, consultant, company):
    p = promise(services, consultant, company, D(2026, 11, 24), promised_by="jobcentret", purpose="cv_opfoelgning")
    change = services.promises.done_and_next(p.id, "+5 arbejdsdage", title="Høre om samtalerne")
    assert len(change.related[0].ids) == 1
    nxt = services.promises.get(change.related[0].ids[0])
    assert nxt.due_date == D(2026, 12, 1) and nxt.title == "Høre om samtalerne" and nxt.status == "aaben"
    assert nxt.purpose == "cv_opfoelgning" and nxt.company_id == company.id
    assert services.promises.get(p.id).status == "udfoert"


def test_recurrence_presets():
    assert build_rule("hver uge", count=6) == "FREQ=WEEKLY;INTERVAL=1;COUNT=6"
    assert build_rule("hver 14. dag", until=D(2027, 3, 31)) == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270331"
    assert build_rule("Månedligt") == "FREQ=MONTHLY;INTERVAL=1"
    assert describe("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270331") == "hver 14. dag til 31.03.2027"
    with pytest.raises(RecurrenceError):
        build_rule("hvert skudår")


def test_weekly_recurrence_creates_the_next_until_count_is_reached(services, consultant, company):
    p = promise(services, consultant, company, D(2026, 12, 10), recurrence=build_rule("hver uge", count=3))
    first = services.promises.done(p.id)
    second = services.promises.get(first.related[0].ids[0])
    assert second.due_date == D(2026, 12, 17) and second.recurrence == p.recurrence
    nxt = services.promises.done(second.id)
    third = services.promises.get(nxt.related[0].ids[0])
    assert third.original_due_date == D(2026, 12, 24)  # the rhythm ...
    assert third.due_date == D(2026, 12, 28)  # ... but not on juleaftensdag, juledag or the weekend
    last = services.promises.done(third.id)
    assert all(r.entity != "promise" for r in last.related)  # COUNT=3: the series ends
    assert services.promises.open_for_company(company.id) == []


def test_monthly_recurrence_until_a_date(services, consultant, company):
    p = promise(services, consultant, company, D(2026, 12, 1), recurrence=build_rule("månedligt", until=D(2027, 2, 28)))
    c1 = services.promises.done(p.id)
    jan = services.promises.get(c1.related[0].ids[0])
    assert jan.due_date == D(2027, 1, 4)  # 1.1 is Nytårsdag, then a weekend
    c2 = services.promises.done(jan.id)
    feb = services.promises.get(c2.related[0].ids[0])
    assert feb.due_date == D(2027, 2, 1)
    services.promises.done(feb.id)
    assert services.promises.open_for_company(company.id) == []


def test_cancelling_a_recurring_promise_ends_the_series(services, consultant, company):
    p = promise(services, consultant, company, D(2026, 12, 1), recurrence="FREQ=WEEKLY;INTERVAL=1")
    services.promises.cancel(p.id, "Forløbet er afbrudt")
    assert services.promises.open_for_company(company.id) == []


def test_reassign_moves_items_and_logs_it(services, consultant, company):
    other = services.consultants.create(ConsultantInput("PEH", "Peter Holm", team_name="Team Erhverv Nord"))
    a = promise(services, consultant, company, D(2026, 11, 20))
    b = promise(services, consultant, company, D(2026, 11, 30))
    change = services.promises.reassign([a.id, b.id], other.id, "Maja er syg")
    assert set(change.ids) == {a.id, b.id}
    assert services.promises.get(a.id).responsible_initials == "PEH"
    assert [r.promise.id for r in services.inbox.inbox(consultant.id).rows] == []
    assert len(services.inbox.inbox(other.id).rows) == 2
    texts = [h.text for h in services.promises.history(a.id)]
    assert "Overdraget fra MAJ til PEH: Maja er syg" in texts
    with pytest.raises(ValidationError):
        services.promises.reassign([], other.id)
