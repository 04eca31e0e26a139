"""The inbox groups as a consultant reads them on Tuesday 24.11.2026, with and without a due time."""

import datetime as dt

from jobcrm.clock import Clock
from jobcrm.services.dto import CompanyInput
from jobcrm.services.inbox import overdue_text
from jobcrm.services.promises import PromiseInput

D = dt.date


def add(services, consultant, company, title, due, time=None, by="jobcentret"):
    return services.promises.create(PromiseInput(title, due, consultant.id, company.id, promised_by=by,
                                                 due_time=time)).id


def test_groups_and_overdue_edges(services, consultant):
    company = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    ids = {
        "fredag": add(services, consultant, company, "Fra fredag", D(2026, 11, 20)),
        "kl10": add(services, consultant, company, "I dag kl. 10", D(2026, 11, 24), dt.time(10, 0)),
        "kl11": add(services, consultant, company, "I dag kl. 11", D(2026, 11, 24), dt.time(11, 0)),
        "idag": add(services, consultant, company, "I dag uden tid", D(2026, 11, 24)),
        "soendag": add(services, consultant, company, "Søndag", D(2026, 11, 29)),
        "mandag": add(services, consultant, company, "Næste mandag", D(2026, 11, 30)),
    }
    services.ctx.clock = Clock(fixed_now=dt.datetime(2026, 11, 24, 10, 30))
    box = services.inbox.inbox(consultant.id)
    group = {r.promise.id: r.group for r in box.rows}
    assert group[ids["fredag"]] == "overskredet"
    assert group[ids["kl10"]] == "overskredet"  # due today and the time has passed
    assert group[ids["kl11"]] == "i_dag"
    assert group[ids["idag"]] == "i_dag"  # no time: due all day, not overdue
    assert group[ids["soendag"]] == "denne_uge"
    assert group[ids["mandag"]] == "senere"
    assert box.counts == {"overskredet": 2, "i_dag": 2, "denne_uge": 1, "senere": 1, "flags": 0}
    assert [r.promise.title for r in box.rows][:2] == ["Fra fredag", "I dag kl. 10"]
    fri = next(r for r in box.rows if r.promise.id == ids["fredag"])
    assert fri.overdue_working_days == 2 and overdue_text(2) == "2 arbejdsdage over"
    # Early in the morning the 10 o'clock promise is not overdue yet.
    services.ctx.clock = Clock(fixed_now=dt.datetime(2026, 11, 24, 8, 0))
    early = {r.promise.id: r.group for r in services.inbox.inbox(consultant.id).rows}
    assert early[ids["kl10"]] == "i_dag"


def test_overdue_counts_working_days_over_christmas(services, consultant):
    company = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    add(services, consultant, company, "Før jul", D(2026, 12, 23))
    services.ctx.clock = Clock(fixed_today=D(2026, 12, 29))
    row = services.inbox.inbox(consultant.id).rows[0]
    assert row.group == "overskredet" and row.overdue_working_days == 2  # 28.12 and 29.12 only


def test_company_promise_past_its_date_raises_a_flag(services, consultant):
    company = services.companies.create(CompanyInput(name="Vestjysk Stål A/S"))
    late = add(services, consultant, company, "Vender tilbage om elevplads", D(2026, 11, 20), by="virksomheden")
    add(services, consultant, company, "Vender tilbage om vikar", D(2026, 11, 27), by="virksomheden")
    add(services, consultant, company, "Sende CV'er", D(2026, 11, 20))
    box = services.inbox.inbox(consultant.id)
    flagged = [r for r in box.rows if r.flag]
    assert [r.promise.id for r in flagged] == [late]
    assert flagged[0].flag.text == "Virksomheden har ikke vendt tilbage – ryk for svar"
    assert flagged[0].flag.company_name == "Vestjysk Stål A/S"
    assert box.counts["flags"] == 1 and box.flags == ()  # shown on its row, not twice
    only = services.inbox.inbox(consultant.id, only_company_promises=True)
    assert {r.promise.title for r in only.rows} == {"Vender tilbage om elevplads", "Vender tilbage om vikar"}
    digest = services.inbox.digest(consultant.id)
    assert (digest.overdue, digest.today, digest.flags, digest.oldest_overdue_working_days) == (2, 0, 1, 2)


def test_flag_sources_are_pluggable(services, consultant):
    from jobcrm.services.dto import FlagDTO

    services.inbox.flags.register("test", lambda s, cid, today: [
        FlagDTO("test", None, None, "Besøg mangler registrering", today, "open_visit")])
    box = services.inbox.inbox(consultant.id)
    assert [f.text for f in box.flags] == ["Besøg mangler registrering"]
    assert box.counts["flags"] == 1
