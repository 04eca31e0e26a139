"""Calendar export: open promises as VTODO with due dates in Danish time, stable UIDs, and events that other
features register (planned visits) as VEVENT — in a file icalendar parses and Outlook imports."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from jobcrm.clock import Clock
from jobcrm.errors import JobCRMError
from jobcrm.services.calendar import CalendarEvent, copenhagen_timezone
from jobcrm.services.dto import CompanyInput, ConsultantInput, ContactPersonInput
from jobcrm.services.promises import PromiseInput

D = dt.date
CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def data(services, consultant):
    peh = services.consultants.create(ConsultantInput("PEH", "Peter Holm", team_name="Team Erhverv Nord"))
    holm = services.companies.create(CompanyInput(name="Holm Byg ApS", phone="75 12 34 56", address="Søndergade 12",
                                                  postal_code="7100", city="Vejle"))
    services.companies.add_person(holm.id, ContactPersonInput("Hanne Holm", title="HR-chef", phone="20 30 40 50",
                                                              is_primary=True))
    services.ctx.clock = Clock(fixed_now=dt.datetime(2026, 11, 2, 9, 0))
    add = services.promises.create
    ids = {
        "cv": add(PromiseInput("Sende 2-3 CV'er på tømrer", D(2026, 11, 20), consultant.id, holm.id,
                               purpose="cv_opfoelgning")).id,
        "summer": add(PromiseInput("Ringe om sommerferiens vikarer", D(2027, 6, 1), consultant.id, holm.id,
                                   due_time=dt.time(9, 30))).id,
        "winter": add(PromiseInput("Evaluering før afslutning", D(2026, 12, 10), consultant.id, None,
                                   due_time=dt.time(13, 0), purpose="evaluering")).id,
        "peh": add(PromiseInput("Send løntilskudsmateriale", D(2026, 11, 25), peh.id, holm.id)).id,
        "done": add(PromiseInput("Allerede gjort", D(2026, 11, 3), consultant.id, holm.id)).id,
    }
    services.promises.done(ids["done"])
    services.promises.reschedule(ids["cv"], D(2026, 11, 26), "Kontaktpersonen er syg")
    services.ctx.clock = Clock(fixed_now=dt.datetime(2026, 11, 24, 10, 0))
    return ids, peh


def _parse(data: bytes):
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF line endings only
    return icalendar.Calendar.from_ical(data)


def test_open_promises_become_todos_with_due_dates_and_stable_uids(services, consultant, data, tmp_path):
    ids, _peh = data
    target = tmp_path / "maj.ics"
    result = services.calendar.export(target, consultant.id)
    assert (result.todos, result.events) == (3, 0)
    cal = _parse(target.read_bytes())
    assert str(cal["method"]) == "PUBLISH" and str(cal["version"]) == "2.0"
    assert str(cal["prodid"]).startswith("-//JobCRM//")
    assert str(cal["x-wr-calname"]) == "JobCRM – opfølgninger for MAJ"
    [tz] = cal.walk("VTIMEZONE")
    assert str(tz["tzid"]) == "Europe/Copenhagen"
    todos = {str(t["uid"]): t for t in cal.walk("VTODO")}
    assert set(todos) == {f"{ids[k]}@jobcrm" for k in ("cv", "summer", "winter")}  # not done ones, not PEH's
    cv = todos[f"{ids['cv']}@jobcrm"]
    assert cv.decoded("due") == D(2026, 11, 26)  # a date without time: an all-day due date, as rescheduled
    assert str(cv["summary"]) == "Sende 2-3 CV'er på tømrer – Holm Byg ApS"
    assert str(cv["status"]) == "NEEDS-ACTION" and int(cv["sequence"]) == 1
    assert "Opfølgning på fremsendte CV'er" in cv["categories"].cats and "JobCRM" in cv["categories"].cats
    description = str(cv["description"])
    assert "Hvem gør hvad: Jobcentret har lovet det" in description
    assert "Virksomhed: Holm Byg ApS, tlf. 75 12 34 56" in description
    assert "Kontaktperson: Hanne Holm (HR-chef, tlf. 20 30 40 50)" in description
    assert "Udsat 1 gang (først aftalt til 20.11.2026)" in description
    assert str(cv["location"]) == "Søndergade 12, 7100 Vejle"
    summer = todos[f"{ids['summer']}@jobcrm"].decoded("due")
    assert summer == dt.datetime(2027, 6, 1, 9, 30, tzinfo=CPH) and summer.utcoffset() == dt.timedelta(hours=2)
    assert "DUE;TZID=Europe/Copenhagen:20270601T093000" in target.read_text(encoding="utf-8")
    winter = todos[f"{ids['winter']}@jobcrm"]
    assert winter.decoded("due").astimezone(dt.UTC) == dt.datetime(2026, 12, 10, 12, 0, tzinfo=dt.UTC)
    assert str(winter["summary"]) == "Evaluering før afslutning"  # no company: just what


def test_everyone_and_a_registered_event_source(services, consultant, data):
    ids, peh = data
    seen = []

    def visits(session, consultant_id, today):
        seen.append((consultant_id, today))
        start = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)
        return [CalendarEvent(uid="besoeg-1@jobcrm", summary="Besøg – Holm Byg ApS", description="Førstegangsbesøg",
                              location="Søndergade 12, 7100 Vejle", start=start, end=start + dt.timedelta(hours=1),
                              categories=("JobCRM", "Besøg"))]

    services.calendar.register_events(visits)
    with pytest.raises(ValueError):
        services.calendar.register_events(visits)
    everyone = services.calendar.build()
    assert seen == [(None, D(2026, 11, 24))]
    cal = _parse(everyone.data)
    assert str(cal["x-wr-calname"]) == "JobCRM – alle opfølgninger"
    assert len(cal.walk("VTODO")) == 4 and f"{ids['peh']}@jobcrm" in {str(t["uid"]) for t in cal.walk("VTODO")}
    [event] = cal.walk("VEVENT")
    assert str(event["uid"]) == "besoeg-1@jobcrm" and str(event["summary"]) == "Besøg – Holm Byg ApS"
    assert event.decoded("dtstart") == dt.datetime(2026, 11, 26, 9, 0, tzinfo=CPH)  # written in Danish time
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(hours=1)
    assert list(event["categories"].cats) == ["JobCRM", "Besøg"]
    services.calendar.build(peh.id)
    assert seen[-1] == (peh.id, D(2026, 11, 24))


def test_outlook_variant_writes_promises_as_all_day_events(services, consultant, data):
    ids, _peh = data
    result = services.calendar.build(consultant.id, promises_as="event")
    cal = _parse(result.data)
    assert cal.walk("VTODO") == [] and (result.todos, result.events) == (0, 3)
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    cv = events[f"{ids['cv']}@jobcrm"]
    assert str(cv["summary"]) == "Frist: Sende 2-3 CV'er på tømrer – Holm Byg ApS"
    assert (cv.decoded("dtstart"), cv.decoded("dtend")) == (D(2026, 11, 26), D(2026, 11, 27))
    assert str(cv["transp"]) == "TRANSPARENT"


def test_the_time_zone_follows_danish_summer_time():
    tz = copenhagen_timezone().to_tz()
    for moment in (dt.datetime(2026, 11, 24, 9), dt.datetime(2027, 3, 28, 1, 30), dt.datetime(2027, 3, 28, 3, 30),
                   dt.datetime(2027, 7, 1, 12), dt.datetime(2027, 10, 31, 3, 30)):
        assert moment.replace(tzinfo=tz).utcoffset() == moment.replace(tzinfo=CPH).utcoffset()
    text = copenhagen_timezone().to_ical().decode()
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text and "RDATE" not in text  # the form Outlook reads


def test_events_need_aware_times_and_a_missing_folder_is_a_clear_error(services, consultant, tmp_path):
    with pytest.raises(ValueError):
        CalendarEvent("x@jobcrm", "Besøg", "", None, dt.datetime(2026, 11, 26, 9), dt.datetime(2026, 11, 26, 10))
    with pytest.raises(JobCRMError, match="findes ikke"):
        services.calendar.export(tmp_path / "mangler" / "x.ics", consultant.id)
    assert not (tmp_path / "mangler").exists()


def test_planned_visits_are_events_in_the_consultants_calendar(services, consultant, data):
    from jobcrm.services.companies import CompanyFilter
    from jobcrm.services.visit_dto import VisitInput

    holm = services.companies.search_ids(CompanyFilter(text="Holm Byg"))[0]
    services.visits.plan(VisitInput(holm, dt.datetime(2026, 11, 27, 10, 0), consultant_id=consultant.id))
    export = services.calendar.build(consultant.id)
    events = [c for c in _parse(export.data).walk("VEVENT")]
    assert export.events == 1 and len(events) == 1
    assert str(events[0]["SUMMARY"]) == "Besøg: Holm Byg ApS"
    # the visit was planned at 10:00 wall-clock on this machine; the event holds that instant
    assert events[0].decoded("DTSTART") == dt.datetime(2026, 11, 27, 10, 0).astimezone()
    assert "Søndergade 12" in str(events[0]["LOCATION"])
