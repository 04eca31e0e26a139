import datetime as dt

import pytest

from jobcrm.domain.dates import (
    DateParseError,
    WorkCalendar,
    danish_holidays,
    format_date,
    parse_date,
    week_start,
)

D = dt.date
CAL = WorkCalendar()
TODAY = D(2026, 11, 24)  # Tuesday


def test_easter_2026_holidays():
    h = danish_holidays(2026)
    assert h[D(2026, 4, 2)] == "Skærtorsdag"
    assert h[D(2026, 4, 3)] == "Langfredag"
    assert h[D(2026, 4, 5)] == "Påskedag"
    assert h[D(2026, 4, 6)] == "2. påskedag"
    assert h[D(2026, 5, 14)] == "Kristi himmelfartsdag"
    assert h[D(2026, 5, 24)] == "Pinsedag"
    assert h[D(2026, 5, 25)] == "2. pinsedag"
    assert h[D(2026, 12, 25)] == "Juledag" and h[D(2026, 12, 26)] == "2. juledag"
    assert h[D(2026, 1, 1)] == "Nytårsdag"


def test_store_bededag_until_2023_only():
    assert CAL.closed_reason(D(2023, 5, 5)) == "Store bededag"
    assert "Store bededag" not in danish_holidays(2024).values()
    assert CAL.is_working_day(D(2024, 4, 26))  # would have been Store bededag


def test_default_closure_days_and_custom_ones():
    assert CAL.closed_reason(D(2026, 6, 5)) == "Lukkedag"  # Grundlovsdag (a Friday in 2026)
    assert not CAL.is_working_day(D(2026, 12, 24))
    assert not CAL.is_working_day(D(2026, 12, 31))
    open_office = WorkCalendar.from_settings([])
    assert open_office.is_working_day(D(2026, 6, 5))
    moving_day = WorkCalendar.from_settings([], [D(2026, 11, 27)])
    assert not moving_day.is_working_day(D(2026, 11, 27))


def test_weekends_are_never_working_days():
    assert not CAL.is_working_day(D(2026, 11, 28))
    assert not CAL.is_working_day(D(2026, 11, 29))


def test_add_working_days_across_easter():
    # Wednesday 1 April 2026 + 1 working day skips Skærtorsdag, Langfredag, the weekend and 2. påskedag.
    assert CAL.add_working_days(D(2026, 4, 1), 1) == D(2026, 4, 7)


def test_add_working_days_across_christmas_and_new_year():
    # Wed 23 Dec 2026 + 3: 24/12 closed, 25-26 holidays, 27 Sunday, 28, 29, 30 -> 30 Dec.
    assert CAL.add_working_days(D(2026, 12, 23), 3) == D(2026, 12, 30)
    # + 4 skips Nytårsaftensdag and Nytårsdag: 4 January 2027 (Monday).
    assert CAL.add_working_days(D(2026, 12, 23), 4) == D(2027, 1, 4)


def test_add_working_days_backwards_and_zero():
    assert CAL.add_working_days(D(2026, 11, 30), -1) == D(2026, 11, 27)
    assert CAL.add_working_days(D(2026, 11, 28), 0) == D(2026, 11, 30)  # Saturday moves to Monday
    assert CAL.working_days_between(D(2026, 11, 24), D(2026, 11, 27)) == 3


@pytest.mark.parametrize("text,expected", [
    ("24.11.2026", D(2026, 11, 24)),
    ("24.11.26", D(2026, 11, 24)),
    ("24/11-26", D(2026, 11, 24)),
    ("24/11-2026", D(2026, 11, 24)),
    ("1-12-2026", D(2026, 12, 1)),
    ("2026-12-01", D(2026, 12, 1)),
    ("3.12", D(2026, 12, 3)),
    ("3/1", D(2027, 1, 3)),  # already passed this year: next year
    ("i dag", TODAY),
    ("i morgen", D(2026, 11, 25)),
    ("I Morgen", D(2026, 11, 25)),
    ("i overmorgen", D(2026, 11, 26)),
    ("+3", D(2026, 11, 27)),
    ("+3 arbejdsdage", D(2026, 11, 27)),
    ("+4 arbejdsdage", D(2026, 11, 30)),
    ("om 5 arbejdsdage", D(2026, 12, 1)),
    ("+2 uger", D(2026, 12, 8)),
    ("+1 måned", D(2026, 12, 24)),
    ("fredag", D(2026, 11, 27)),
    ("tirsdag", D(2026, 12, 1)),
    ("5. december", D(2026, 12, 5)),
    ("241226", D(2026, 12, 24)),
])
def test_parse_danish_date_input(text, expected):
    assert parse_date(text, TODAY, CAL) == expected


@pytest.mark.parametrize("text", ["", "31.02.2026", "i næste uge måske", "+3 æbler", "99.99.99"])
def test_parse_errors_are_danish_and_helpful(text):
    with pytest.raises(DateParseError) as e:
        parse_date(text, TODAY, CAL)
    assert "24.11.2026" in str(e.value)  # tells what would work


def test_format_and_monday_first_weeks():
    assert format_date(D(2026, 11, 24)) == "24.11.2026"
    assert week_start(D(2026, 11, 29)) == D(2026, 11, 23)  # Sunday belongs to the week starting Monday
