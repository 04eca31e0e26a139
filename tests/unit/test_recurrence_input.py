"""Recurring promises made from the quick log or "Udført og planlæg næste" form one series; an end date before
the due date is refused with a Danish message naming the field."""

import datetime as dt

import pytest

from jobcrm.domain import recurrence as rec
from jobcrm.errors import ValidationError
from jobcrm.models import Promise
from jobcrm.services.dto import CompanyInput
from jobcrm.services.promises import PromiseInput
from jobcrm.services.quicklog import QuickLogInput

D = dt.date


def test_quick_log_promise_with_recurrence_starts_a_series(services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    rule = rec.build_rule("hver 14. dag", count=2)
    result = services.quicklog.log(QuickLogInput(c.id, "telefon", "Aftalt løbende opfølgning",
                                                 promise_title="Opfølgning på praktikken", due="+1 arbejdsdage",
                                                 recurrence=rule))
    first = result.promise
    assert first.recurrence == "FREQ=WEEKLY;INTERVAL=2;COUNT=2" and first.due_date == D(2026, 11, 25)
    services.promises.done(first.id)
    [second] = services.promises.open_for_company(c.id)
    assert second.due_date == D(2026, 12, 9)
    with services.ctx.sessions() as s:
        assert s.get(Promise, first.id).series_id == s.get(Promise, second.id).series_id is not None
    services.promises.done(second.id)
    assert services.promises.open_for_company(c.id) == []


def test_end_date_before_the_due_date_is_refused(services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    rule = rec.build_rule("hver uge", until=D(2026, 11, 30))
    with pytest.raises(ValidationError) as e:
        services.promises.create(PromiseInput("Ring", D(2026, 12, 3), consultant.id, c.id, recurrence=rule))
    assert e.value.errors == {"recurrence": "Gentagelsen slutter 30.11.2026, før fristen 03.12.2026. Vælg en senere "
                                            "slutdato."}
    with pytest.raises(ValidationError) as e:
        services.quicklog.log(QuickLogInput(c.id, "telefon", "Snak", recurrence=rule))
    assert "promise_title" in e.value.errors  # a repetition without a promise
    assert rec.until(rule) == D(2026, 11, 30) and rec.until("FREQ=WEEKLY;COUNT=3") is None

