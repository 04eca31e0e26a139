"""A job order and the promises it makes (tilbagemelding senest, contact wishes) are saved in one transaction:
when making a promise fails, neither the order nor any promise is saved, and an edit is not half applied."""

import dataclasses
import datetime as dt

import pytest

from jobcrm.services.dto import CompanyInput
from jobcrm.services.order_dto import OrderInput


class DiskFull(Exception):
    pass


@pytest.fixture
def company(services, consultant):
    return services.companies.create(CompanyInput(name="Holm Byg ApS", owner_id=consultant.id))


def _promise_count(services) -> int:
    from sqlalchemy import func, select

    from jobcrm.models import Promise

    with services.ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(Promise))


def test_a_new_order_is_saved_with_its_promises(services, company):
    result = services.orders.create(OrderInput(company.id, title="Tømrer", feedback_deadline="01.12.2026",
                                               wish_retention=True))
    assert len(result.promises_created) == 2 and _promise_count(services) == 2
    assert services.orders.get(result.order.id).feedback_promise_id in result.promises_created


def test_a_failing_promise_leaves_neither_the_order_nor_any_promise(services, company, monkeypatch):
    real = services.promises.create_in
    made = []

    def second_fails(s, data):  # the feedback promise is made, then the wish's promise fails
        if made:
            raise DiskFull("disken er fuld")
        made.append(real(s, data))
        return made[-1]

    monkeypatch.setattr(services.promises, "create_in", second_fails)
    with pytest.raises(DiskFull):
        services.orders.create(OrderInput(company.id, title="Tømrer", feedback_deadline="01.12.2026",
                                          wish_retention=True))
    assert len(made) == 1  # one promise was written in the transaction before the failure …
    assert services.orders.count() == 0 and _promise_count(services) == 0  # … and rolled back with the order
    assert services.companies.get(company.id).next_due_date is None


def test_a_failing_reschedule_leaves_the_edited_order_unchanged(services, company, monkeypatch):
    order = services.orders.create(OrderInput(company.id, title="Tømrer", feedback_deadline="01.12.2026")).order
    data = services.orders.get(order.id).as_input()

    def fails(*args, **kwargs):
        raise DiskFull("disken er fuld")

    monkeypatch.setattr(services.promises, "reschedule_in", fails)
    with pytest.raises(DiskFull):
        services.orders.update(order.id, dataclasses.replace(data, title="Tømrersvend",
                                                             feedback_deadline="04.12.2026"))
    after = services.orders.get(order.id)
    assert (after.title, after.feedback_deadline) == ("Tømrer", dt.date(2026, 12, 1))
    [promise] = services.promises.for_source("jobordre", order.id)
    assert promise.due_date == dt.date(2026, 12, 1)


def test_deleting_an_order_cancels_its_promises_in_the_same_transaction(services, company, monkeypatch):
    order = services.orders.create(OrderInput(company.id, title="Tømrer", feedback_deadline="01.12.2026")).order

    def fails(*args, **kwargs):
        raise DiskFull("disken er fuld")

    monkeypatch.setattr(services.promises, "cancel_in", fails)
    with pytest.raises(DiskFull):
        services.orders.delete(order.id)
    assert services.orders.count() == 1  # not deleted while its promise stayed open
    monkeypatch.undo()
    services.orders.delete(order.id)
    assert services.orders.count() == 0
    assert [p.status for p in services.promises.for_source("jobordre", order.id)] == ["aflyst"]
