"""Bad input, property-based: every validator and parser in jobcrm/domain either returns a clean value or
raises a ValueError whose Danish message names the field — for any text at all, never another exception."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobcrm.domain import recurrence as rec
from jobcrm.domain import validation as v
from jobcrm.domain.dates import DateParseError, WorkCalendar, format_date, parse_date, parse_time
from jobcrm.domain.order_rules import status_problem
from jobcrm.domain.slots import normalise_tags, split_tags
from jobcrm.domain.vocab import ORDER_STATUS
from tests.safety.props import ANY_TEXT, PURE, TYPED, cpr_numbers, danish, text_with_cpr

TODAY = dt.date(2026, 11, 24)
CLEANERS = [
    (v.clean_cvr, "CVR"), (v.clean_pnumber, "P-nummer"), (v.clean_phone, "Telefon"), (v.clean_email, "E-mail"),
    (v.clean_postal_code, "Postnummer"), (v.clean_nonnegative_int, "Antal CV'er"),
]


def _named(message: str, label: str) -> None:
    assert label in message, f"{message!r} does not name {label}"
    assert danish(message), message


@pytest.mark.parametrize(("clean", "label"), CLEANERS, ids=[c[1] for c in CLEANERS])
@PURE
@given(text=st.one_of(ANY_TEXT, st.none()))
def test_a_field_cleaner_returns_a_clean_value_or_a_danish_reason_naming_the_field(clean, label, text):
    try:
        value = clean(text, label)
    except ValueError as e:
        _named(str(e), label)
        return
    if value is None:
        assert text is None or not text.strip()
    elif clean is not v.clean_nonnegative_int:
        assert clean(value, label) == value  # cleaning a clean value changes nothing


@PURE
@given(text=ANY_TEXT)
def test_a_clean_cvr_has_eight_digits_and_a_valid_check_digit(text):
    try:
        value = v.clean_cvr(text)
    except ValueError:
        return
    assert value is None or (len(value) == 8 and v.cvr_check_ok(value))


@PURE
@given(number=st.integers(10_000_000, 99_999_999))
def test_cvr_check_digit_decides(number):
    text = str(number)
    if v.cvr_check_ok(text):
        assert v.clean_cvr(f"DK-{text[:4]} {text[4:]}") == text
    else:
        with pytest.raises(ValueError, match="kontrolcifferet"):
            v.clean_cvr(text)


@PURE
@given(digits=st.text(alphabet="0123456789", min_size=8, max_size=8), prefix=st.sampled_from(("", "+45", "0045 ")))
def test_every_danish_phone_number_is_accepted_and_shown_in_pairs(digits, prefix):
    shown = v.clean_phone(f"{prefix}{digits[:4]}-{digits[4:]}")
    assert shown.replace(" ", "") == digits and len(shown) == 11


@PURE
@given(value=st.one_of(ANY_TEXT, st.integers(-10**30, 10**30), st.text(alphabet="0123456789.-–+ ", max_size=40)))
def test_employees_is_a_storable_number_or_a_danish_reason(value):
    try:
        number, interval = v.clean_employees(value)
    except ValueError as e:
        _named(str(e), "Antal ansatte")
        return
    assert number is None or 0 <= number < 2**63  # SQLite stores it (a bigger int would crash the save)
    assert interval is None or number is not None


@PURE
@given(cpr=cpr_numbers(), text=text_with_cpr())
def test_cpr_shaped_numbers_are_always_detected_and_masking_removes_them(cpr, text):
    assert v.looks_like_cpr(cpr) and v.looks_like_cpr(text)
    assert not v.looks_like_cpr(v.mask_cpr(text))
    with pytest.raises(ValueError, match="CPR"):
        v.refuse_cpr(text, "Særlige forhold")


@PURE
@given(text=ANY_TEXT)
def test_the_cpr_detector_and_the_sort_key_take_any_text(text):
    assert v.looks_like_cpr(v.mask_cpr(text)) is False
    assert isinstance(v.danish_sort_key(text), str)


@PURE
@given(text=st.one_of(TYPED, st.text(max_size=25), st.from_regex(
    r"(om |\+)?-?\d{1,4} ?(arbejdsdage?|dage?|uger?|måneder|md|ad|hverdage|xyz)?", fullmatch=True),
    st.from_regex(r"\d{1,2}[./-]\d{1,2}([./-]\d{2,4})?|\d{1,2}\.? [a-zæøå]{3,9}( \d{4})?", fullmatch=True)))
def test_a_date_phrase_gives_a_date_or_a_danish_reason(text):
    try:
        day = parse_date(text, TODAY, WorkCalendar())
    except DateParseError as e:
        assert danish(str(e)) and ("dato" in str(e).lower() or "forstås" in str(e)), str(e)
        return
    assert isinstance(day, dt.date)


@PURE
@given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_a_date_shown_danish_reads_back_as_the_same_date(day):
    assert parse_date(format_date(day), TODAY) == day


@PURE
@given(n=st.integers(-400, 400), holidays=st.booleans())
def test_working_days_land_on_a_working_day(n, holidays):
    calendar = WorkCalendar()
    day = parse_date(f"+{n}arbejdsdage" if n >= 0 else f"{n} arbejdsdage", TODAY, calendar)
    if n:
        assert calendar.is_working_day(day)
        assert (day > TODAY) == (n > 0)


@PURE
@given(text=st.one_of(TYPED, st.from_regex(r"(kl\.? ?)?\d{1,4}([:.]\d{1,3})?", fullmatch=True)))
def test_a_time_gives_a_time_or_a_danish_reason(text):
    try:
        assert isinstance(parse_time(text), dt.time)
    except DateParseError as e:
        assert "klokkeslæt" in str(e)


@PURE
@given(rule=st.one_of(ANY_TEXT, st.from_regex(
    r"(RRULE:)?FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY|X)(;INTERVAL=-?\d{1,3})?(;COUNT=-?\d{1,4})?(;UNTIL=\d{0,9})?"
    r"(;BYDAY=[A-Z0-9,+-]{0,8})?(;BYMONTHDAY=-?\d{0,3})?", fullmatch=True)))
def test_a_recurrence_rule_is_understood_or_refused_in_danish(rule):
    try:
        clean = rec.validate_rule(rule)
    except rec.RecurrenceError as e:
        assert "forstås ikke" in str(e)
        return
    if clean is not None:
        rec.until(clean)
        rec.describe(clean)
        rec.next_occurrence(clean, TODAY, TODAY)


@PURE
@given(preset=ANY_TEXT, count=st.one_of(st.none(), st.integers(-5, 500)),
       until=st.one_of(st.none(), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))))
def test_a_recurrence_preset_builds_a_valid_rule_or_says_why_not(preset, count, until):
    try:
        rule = rec.build_rule(preset, until=until, count=count)
    except rec.RecurrenceError as e:
        assert danish(str(e))
        return
    assert rec.validate_rule(rule) == rule


@PURE
@given(old=st.one_of(st.none(), st.sampled_from([s.code for s in ORDER_STATUS]), ANY_TEXT),
       new=st.one_of(st.sampled_from([s.code for s in ORDER_STATUS]), ANY_TEXT),
       wanted=st.one_of(st.none(), st.integers(0, 50)), sent=st.integers(0, 60), note=st.one_of(st.none(), ANY_TEXT),
       deadline=st.one_of(st.none(), st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 1, 1))))
def test_an_order_status_change_is_allowed_or_refused_with_a_danish_reason(old, new, wanted, sent, note, deadline):
    problem = status_problem(old, new, cvs_wanted=wanted, sent=sent, note=note, cv_deadline=deadline, today=TODAY)
    assert problem is None or danish(problem)
    if new == "annulleret" and old != new and not (note or "").strip():
        assert problem == "Skriv hvorfor ordren annulleres."


@PURE
@given(text=st.one_of(st.none(), ANY_TEXT, st.lists(ANY_TEXT, max_size=5)))
def test_slot_tags_are_normalised_once_and_for_all(text):
    tags = normalise_tags(text)
    assert normalise_tags(tags) == tags
    assert all(t == " ".join(t.split()).casefold() and t for t in split_tags(tags))
