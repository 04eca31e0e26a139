"""The printed backlog for the team meeting: the table with every consultant's figures, the 12-week chart and
each consultant's overdue promises, oldest first, in Danish on landscape pages."""

import datetime as dt

import pypdf

from jobcrm.clock import Clock
from jobcrm.pdf import backlog as pdf
from jobcrm.services.dto import CompanyInput, ConsultantInput
from jobcrm.services.promises import PromiseInput

D = dt.date


def _pages(data: bytes, tmp_path) -> list[str]:
    path = tmp_path / "backlog.pdf"
    path.write_bytes(data)
    reader = pypdf.PdfReader(path)
    assert all(p.mediabox.width > p.mediabox.height for p in reader.pages)  # landscape
    return [" ".join(p.extract_text().split()) for p in reader.pages]


def _team(services, consultant):
    peh = services.consultants.create(ConsultantInput("PEH", "Peter Holm", team_name="Team Erhverv Nord"))
    services.consultants.create(ConsultantInput("ØKJ", "Øjvind Kjær", team_name="Team Erhverv Nord"))
    holm = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    staal = services.companies.create(CompanyInput(name="Vestjysk Stål A/S"))
    services.ctx.clock = Clock(fixed_now=dt.datetime(2026, 10, 1, 12, 0))
    add = services.promises.create
    old = add(PromiseInput("Sende 2-3 CV'er på tømrer", D(2026, 11, 2), consultant.id, holm.id)).id
    add(PromiseInput("Ringe til Åse om praktikken", D(2026, 11, 20), consultant.id, staal.id))
    add(PromiseInput("Vender tilbage om elevplads", D(2026, 11, 23), consultant.id, staal.id,
                     promised_by="virksomheden"))
    add(PromiseInput("Evaluering før afslutning", D(2026, 12, 10), consultant.id, holm.id))
    add(PromiseInput("Send løntilskudsmateriale", D(2026, 11, 25), peh.id, holm.id))
    services.ctx.clock = Clock(fixed_now=dt.datetime(2026, 11, 10, 9, 0))
    services.promises.reschedule(old, D(2026, 11, 12), "Kontaktpersonen er på ferie")
    services.ctx.clock = Clock(fixed_now=dt.datetime(2026, 11, 24, 10, 30))
    return peh


def test_backlog_pdf_has_the_table_the_chart_and_the_overdue_items(services, consultant, tmp_path):
    _team(services, consultant)
    team = services.backlog.team("Team Erhverv Nord")
    report = services.backlog.report(team.id)
    pages = _pages(pdf.build(report), tmp_path)
    first, everything = pages[0], " ".join(pages)
    assert "Opfølgninger – Team Erhverv Nord" in first
    assert "Status tirsdag 24.11.2026 (uge 48) · 3 konsulenter · 5 åbne aftaler · 3 overskredne, heraf 1 over 7 dage" \
        in first
    # every consultant's row, as the Team page shows it (most overdue first), and the totals
    # MAJ: 4 open, 3 overdue, 1 > 7 days, oldest 12 days (12.11), none due this week, none done, no kept %.
    assert "MAJ – Maja Jørgensen 4 3 1 12 0 0 –" in first
    assert "PEH – Peter Holm 1 0 0 – 1 0 –" in first
    assert "ØKJ – Øjvind Kjær 0 0 0 – 0 0 –" in first
    assert "I alt 5 3 1 12 1 0 –" in first
    assert first.index("MAJ – Maja") < first.index("PEH – Peter") < first.index("ØKJ – Øjvind")
    # the chart: twelve weeks, the current one up to today
    assert "uge 37" in first and "uge 48" in first and "den lyse søjle er indeværende uge til og med i dag" in first
    # the overdue items per consultant, oldest first: company, what, who, due, working days over, reschedules
    assert "MAJ – Maja Jørgensen: 3 overskredne aftaler, heraf 1 over 7 dage" in everything
    assert "Holm Byg ApS Sende 2-3 CV'er på tømrer Jobcentret 12.11.2026 8 1" in everything
    assert "Vestjysk Stål A/S Vender tilbage om elevplads Virksomheden 23.11.2026 1" in everything
    assert everything.index("Sende 2-3 CV'er") < everything.index("Ringe til Åse") \
        < everything.index("Vender tilbage om elevplads")
    assert "Evaluering før afslutning" not in everything  # not overdue
    assert "PEH – Peter Holm: ingen overskredne aftaler" in everything
    assert "Udskrevet 24.11.2026 · Side 1 af" in first


def test_chart_numbers_are_the_team_page_numbers(services, consultant):
    _team(services, consultant)
    team = services.backlog.team()
    report = services.backlog.report(team.id)
    assert [w.count for w in report.weeks] == [w.count for w in services.backlog.overdue_by_week(team.id)]
    assert report.weeks[-1].count == 3


def test_a_long_list_says_how_many_are_not_shown(services, consultant, tmp_path, monkeypatch):
    _team(services, consultant)
    monkeypatch.setattr(pdf, "MAX_ITEMS_PER_CONSULTANT", 2)
    everything = " ".join(_pages(pdf.build(services.backlog.report(services.backlog.team().id)), tmp_path))
    assert "… og 1 nyere overskredne aftaler, som ikke er vist her" in everything
    assert "Vender tilbage om elevplads" not in everything  # the newest of MAJ's three
