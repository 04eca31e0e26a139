"""Bad input at the service level, property-based: whatever a consultant types into the company form, a
contact person, the quick log or a promise, the service either saves clean values or raises the app's
ValidationError (jobcrm/errors.py) with a Danish message per field — never a raw exception — and a refused
save changes nothing. No CPR-shaped number is ever stored through a free-text field."""

import dataclasses
import datetime as dt
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobcrm.clock import Clock
from jobcrm.domain.validation import looks_like_cpr
from jobcrm.errors import Conflict, ValidationError
from jobcrm.services.companies import COMPANY_LABELS, PERSON_LABELS
from jobcrm.services.dto import CompanyInput, ConsultantInput, ContactPersonInput
from jobcrm.services.promises import PromiseInput
from jobcrm.services.quicklog import QuickLogInput
from jobcrm.services.registry import Services
from jobcrm.services.visit_dto import VisitInput
from tests.safety.props import ANY_TEXT, DB, TYPED, danish, text_with_cpr

TODAY = dt.date(2026, 11, 24)
COMPANY_TEXT = ("name", "address", "city", "municipality", "web", "industry", "tags", "special_notes",
                "absence_policy", "alcohol_policy", "working_hours", "core_business")
PERSON_TEXT = ("name", "title")
MAYBE = st.one_of(st.none(), ANY_TEXT)


@dataclasses.dataclass
class World:
    services: Services
    path: object
    me: object
    company: object
    person: object
    promise: object
    visit: object

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return "World(…)"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("props") / "props.db"
    services = Services.open(path, Clock(fixed_today=TODAY))
    me = services.consultants.create(ConsultantInput("MAJ", "Maja Jørgensen", team_name="Team Nord"))
    services.consultants.set_current(me.id)
    services.ctx.actor.id = me.id
    company = services.companies.create(CompanyInput(name="Hotel Silkeborg", cvr="12345674"))
    person = services.companies.add_person(company.id, ContactPersonInput("Jesper Kjær"))
    promise = services.promises.create(PromiseInput("Sende tilbud", TODAY + dt.timedelta(days=3), me.id,
                                                    company_id=company.id))
    visit = services.visits.plan(VisitInput(company_id=company.id, start=dt.datetime(2026, 11, 25, 10, 0)))
    services.guides.open_guide(visit.id)
    yield World(services, path, me, company, person, promise, visit)
    services.close()


def dump(path) -> list:
    """Every row of every table: what "nothing changed" is compared against."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE "
            "'fts_company_%' ORDER BY name")]
        return [(t, sorted(map(repr, con.execute(f'SELECT * FROM "{t}"')))) for t in tables]
    finally:
        con.close()


def refused_properly(e: ValidationError, fields) -> None:
    assert e.errors, "a ValidationError names at least one field"
    for key, message in e.errors.items():
        assert key in fields, f"{key!r} is not a field of the form"
        assert danish(message), message


def no_cpr_in(values: dict) -> None:
    for key, value in values.items():
        assert not (isinstance(value, str) and looks_like_cpr(value)), f"a CPR-shaped number stored in {key}"


company_inputs = st.builds(
    CompanyInput, name=ANY_TEXT, cvr=st.one_of(MAYBE, st.sampled_from(("12345674", "DK 29 40 35 73", "12345678"))),
    p_number=MAYBE, address=MAYBE, postal_code=st.one_of(MAYBE, st.just("8600")), city=MAYBE, municipality=MAYBE,
    phone=st.one_of(MAYBE, TYPED), email=st.one_of(MAYBE, st.emails()), web=MAYBE, industry=MAYBE,
    employees=st.one_of(MAYBE, st.integers(-5, 10**20), st.from_regex(r"\d{1,25}( ?- ?\d{1,25})?", fullmatch=True)),
    sector=st.one_of(st.just("privat"), ANY_TEXT), relationship_status=st.one_of(st.just("ny"), ANY_TEXT),
    agreement_type=MAYBE, special_notes=MAYBE, absence_policy=MAYBE, alcohol_policy=MAYBE, working_hours=MAYBE,
    core_business=MAYBE, tags=MAYBE)


def _stored_company(world, cid) -> dict:
    d = world.services.companies.get(cid)
    return {f: getattr(d, f) for f in COMPANY_TEXT if hasattr(d, f)}


@DB
@given(data=company_inputs)
def test_creating_a_company_saves_clean_values_or_refuses_field_by_field(world, data):
    before = dump(world.path)
    try:
        created = world.services.companies.create(data)
    except ValidationError as e:
        refused_properly(e, COMPANY_LABELS)
        assert dump(world.path) == before
        return
    except Conflict as e:
        assert "CVR" in str(e) and dump(world.path) == before
        return
    no_cpr_in(_stored_company(world, created.id))
    world.services.companies.delete(created.id)


@DB
@given(data=company_inputs)
def test_editing_a_company_keeps_the_old_values_when_refused(world, data):
    before = dump(world.path)
    try:
        world.services.companies.update(world.company.id, data)
    except ValidationError as e:
        refused_properly(e, COMPANY_LABELS)
        assert dump(world.path) == before
        return
    except Conflict:
        assert dump(world.path) == before
        return
    no_cpr_in(_stored_company(world, world.company.id))


person_inputs = st.builds(ContactPersonInput, name=ANY_TEXT, title=MAYBE, phone=st.one_of(MAYBE, TYPED),
                          mobile=MAYBE, email=st.one_of(MAYBE, st.emails()),
                          role=st.one_of(st.just("andet"), ANY_TEXT), is_primary=st.booleans())


@DB
@given(data=person_inputs, edit=st.booleans())
def test_a_contact_person_is_saved_clean_or_refused_field_by_field(world, data, edit):
    before = dump(world.path)
    try:
        if edit:
            saved = world.services.companies.update_person(world.person.id, data)
        else:
            saved = world.services.companies.add_person(world.company.id, data)
    except ValidationError as e:
        refused_properly(e, PERSON_LABELS)
        assert dump(world.path) == before
        return
    no_cpr_in({f: getattr(saved, f) for f in PERSON_TEXT})
    if not edit:
        world.services.companies.delete_person(saved.id)


QUICKLOG_FIELDS = ("channel", "summary", "purpose", "promise_title", "due", "responsible_id", "recurrence",
                   "promised_by")


@DB
@given(channel=st.one_of(st.sampled_from(("telefon", "Besøg", "mail")), ANY_TEXT), summary=ANY_TEXT,
       title=MAYBE, due=st.one_of(MAYBE, st.sampled_from(("i morgen", "+3arbejdsdage", "24.12.2026", "31.02.2026"))),
       recurrence=st.one_of(st.none(), st.just("FREQ=WEEKLY;INTERVAL=1;COUNT=3"), ANY_TEXT),
       promised_by=st.one_of(st.just("jobcentret"), ANY_TEXT))
def test_quick_log_saves_contact_and_promise_together_or_nothing(world, channel, summary, title, due, recurrence,
                                                                   promised_by):
    before = dump(world.path)
    try:
        result = world.services.quicklog.log(QuickLogInput(
            company_id=world.company.id, channel=channel, summary=summary, promise_title=title, due=due,
            recurrence=recurrence, promised_by=promised_by))
    except ValidationError as e:
        refused_properly(e, QUICKLOG_FIELDS)
        assert dump(world.path) == before
        return
    no_cpr_in({"summary": result.contact.summary})
    if result.promise:
        no_cpr_in({"title": result.promise.title})


@DB
@given(title=ANY_TEXT, details=MAYBE, recurrence=st.one_of(st.none(), ANY_TEXT),
       purpose=st.one_of(st.just("andet"), ANY_TEXT), to=st.one_of(ANY_TEXT, st.sampled_from(("+1 uge", "i går"))),
       reason=ANY_TEXT)
def test_a_promise_is_created_and_rescheduled_or_refused_in_danish(world, title, details, recurrence, purpose, to,
                                                                     reason):
    before = dump(world.path)
    try:
        world.services.promises.create(PromiseInput(title, TODAY + dt.timedelta(days=5), world.me.id,
                                                    company_id=world.company.id, details=details,
                                                    recurrence=recurrence, purpose=purpose))
    except ValidationError as e:
        refused_properly(e, ("title", "details", "recurrence", "purpose", "due_date"))
        assert dump(world.path) == before
    before = dump(world.path)
    try:
        world.services.promises.reschedule(world.promise.id, to, reason)
    except ValidationError as e:
        refused_properly(e, ("to", "reason"))
        assert dump(world.path) == before


order_dates = st.one_of(st.none(), ANY_TEXT, st.sampled_from(("+5 arbejdsdage", "24.11.2026", "31.02.2026", "i går")))


@DB
@given(title=MAYBE, positions=st.one_of(MAYBE, st.integers(-3, 10**20)), cvs=st.one_of(MAYBE, st.integers(-3, 10**20)),
       start=order_dates, deadline=order_dates, feedback=order_dates, notes=MAYBE, work=MAYBE,
       contact_form=st.one_of(st.none(), ANY_TEXT), offer=st.lists(ANY_TEXT, max_size=2))
def test_an_order_is_saved_clean_or_refused_field_by_field(world, title, positions, cvs, start, deadline, feedback,
                                                            notes, work, contact_form, offer):
    from jobcrm.services.order_dto import OrderInput
    from jobcrm.services.orders import ORDER_LABELS

    before = dump(world.path)
    try:
        world.services.orders.create(OrderInput(
            world.company.id, title=title, positions=positions, cvs_wanted=cvs, start_date=start, cv_deadline=deadline,
            feedback_deadline=feedback, notes=notes, work_content=work, contact_form=contact_form,
            offer_types=tuple(offer)))
    except ValidationError as e:
        refused_properly(e, (*ORDER_LABELS, "company_id", "offer_types", "hours", "requirements", "referrals"))
        assert dump(world.path) == before
    assert stored_cpr(world.path) == []


FREE_TEXT_SAVES = {
    **{f"company.{f}": (lambda w, t, f=f: w.services.companies.update(
        w.company.id, CompanyInput(**{"name": "Hotel Silkeborg", f: t}))) for f in COMPANY_TEXT},
    **{f"person.{f}": (lambda w, t, f=f: w.services.companies.update_person(
        w.person.id, ContactPersonInput(**{"name": "Jesper Kjær", f: t}))) for f in PERSON_TEXT},
    "contact.summary": lambda w, t: w.services.quicklog.log(QuickLogInput(w.company.id, "telefon", t)),
    "promise.title": lambda w, t: w.services.promises.create(PromiseInput(t, TODAY, w.me.id)),
    "promise.details": lambda w, t: w.services.promises.create(PromiseInput("Ring", TODAY, w.me.id, details=t)),
    "promise.reschedule": lambda w, t: w.services.promises.reschedule(w.promise.id, "+1 uge", t),
    "order.notes": lambda w, t: _order(w, notes=t),
    "order.work_content": lambda w, t: _order(w, work_content=t),
    "visit guide answer": lambda w, t: _refused_answers(w.services.guides.autosave(w.visit.id, {"s1i4": t})),
}


def _order(world, **text):
    from jobcrm.services.order_dto import OrderInput

    return world.services.orders.create(OrderInput(world.company.id, title="Lagermedarbejder", **text))


def _refused_answers(result) -> None:
    """The guide's autosave keeps what it can and reports the answers it refused (the form shows them)."""
    if result.refused:
        raise ValidationError(result.refused)


def stored_cpr(path) -> list:
    """Every text cell in the database that holds a CPR-shaped number (ids and timestamps left out)."""
    con = sqlite3.connect(path)
    found = []
    try:
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"):
            cols = [c[1] for c in con.execute(f'PRAGMA table_info("{table}")')
                    if ("CHAR" in c[2].upper() or "TEXT" in c[2].upper() or not c[2]) and not c[1].endswith("id")]
            for col in cols:
                for (value,) in con.execute(f'SELECT "{col}" FROM "{table}"'):
                    if isinstance(value, str) and looks_like_cpr(value):
                        found.append((table, col, value))
    finally:
        con.close()
    return found


@pytest.mark.parametrize("where", sorted(FREE_TEXT_SAVES))
@DB
@given(text=text_with_cpr())
def test_no_cpr_number_is_ever_stored_through_a_free_text_field(world, where, text):
    try:
        FREE_TEXT_SAVES[where](world, text)
    except ValidationError as e:
        assert any("CPR" in m for m in e.errors.values()), e.errors
    assert stored_cpr(world.path) == [], where
