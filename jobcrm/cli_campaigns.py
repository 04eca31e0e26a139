"""`jobcrm campaigns …`, `jobcrm report …` and `jobcrm print campaign`.

cli.py adds the parsers with `add_campaign_parsers(sub, parser_class)` and `add_campaign_print_parser(prsub)`;
cli_commands.py registers CAMPAIGN_COMMANDS and CAMPAIGN_PRINTERS.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from jobcrm.domain.dates import DateParseError, format_date, parse_date
from jobcrm.domain.vocab import (
    CALL_OUTCOME,
    CAMPAIGN_AGREEMENT,
    DECLINE_REASON,
    TARGET_EXCLUSION,
)
from jobcrm.errors import JobCRMError, UsageError

WHICH = {"alle": "alle", "at-ringe": "at_ringe", "ikke-ringet": "ikke_ringet", "ring-igen": "ring_igen",
         "booket": "booket", "takket-nej": "takket_nej", "andre": "andre", "udeladt": "udeladt"}


def add_campaign_parsers(sub, parser_class) -> None:
    ca = sub.add_parser("campaigns", help="kampagner: ringelister, opkald, bookinger og resultater")
    csub = ca.add_subparsers(dest="action", required=True, parser_class=parser_class)
    cl = csub.add_parser("list", help="kampagnerne med ringelisternes tal")
    cl.add_argument("--json", action="store_true")
    cs = csub.add_parser("show", help="kampagnens resultater (live): kontaktet, booket, besøg, aftaler, opfølgninger")
    cs.add_argument("id", metavar="ID|NAVN")
    cs.add_argument("--json", action="store_true")
    cc = csub.add_parser("create", help="opret en kampagne og byg ringelisten")
    cc.add_argument("--name", required=True, metavar="NAVN")
    cc.add_argument("--from", dest="date_from", required=True, metavar="DATO")
    cc.add_argument("--to", dest="date_to", required=True, metavar="DATO")
    cc.add_argument("--purpose", metavar="TEKST", help="formål")
    cc.add_argument("--message", metavar="TEKST", help="budskab")
    cc.add_argument("--material", metavar="TEKST", help="materiale")
    cc.add_argument("--guide", metavar="NAVN", help='besøgsguide (standard: "Kampagnebesøg")')
    cc.add_argument("--minutes", type=int, default=60, help="et booket besøgs længde (standard 60)")
    cc.add_argument("--employees", metavar="FRA-TIL", help='antal ansatte, fx "5-100", "20-" eller "-50"')
    cc.add_argument("--industry", action="append", default=[], metavar="BRANCHE", help="kan gentages")
    cc.add_argument("--kommune", action="append", default=[], metavar="KOMMUNE", help="kan gentages")
    cc.add_argument("--sector", choices=("privat", "offentlig"))
    cc.add_argument("--no-cooperation-months", type=int, metavar="N",
                    help="udelad virksomheder med samarbejde de seneste N måneder (12 = det seneste år)")
    cc.add_argument("--include-contacted", action="store_true",
                    help="medtag virksomheder, der allerede er kontaktet om kampagnen (tidligere runde)")
    cc.add_argument("--previous", metavar="ID|NAVN", help="tidligere runde af samme kampagne")
    cc.add_argument("--no-build", action="store_true", help="byg ikke ringelisten endnu")
    cc.add_argument("--json", action="store_true")
    cb = csub.add_parser("build", help="byg eller udvid ringelisten efter kampagnens filter")
    cb.add_argument("id", metavar="ID|NAVN")
    ct = csub.add_parser("targets", help="ringelisten (også de udeladte med begrundelse)")
    ct.add_argument("id", metavar="ID|NAVN")
    ct.add_argument("--which", choices=tuple(WHICH), default="alle")
    ct.add_argument("--limit", type=int, default=200)
    ct.add_argument("--offset", type=int, default=0)
    ct.add_argument("--json", action="store_true")
    call = csub.add_parser("call", help="registrér et opkald fra ringelisten")
    call.add_argument("id", metavar="ID|NAVN")
    call.add_argument("--company", required=True, metavar="CVR|ID")
    call.add_argument("--outcome", required=True, metavar="UDFALD",
                      help="booket, takket_nej, ikke_truffet, forkert_nummer, allerede_kontakt")
    call.add_argument("--reason", metavar="ÅRSAG", help="ved takket nej: " + ", ".join(DECLINE_REASON.codes()))
    call.add_argument("--note", metavar="TEKST")
    call.add_argument("--consultant", metavar="INITIALER", help="ved booket: hvis kalender (standard: dig)")
    call.add_argument("--at", metavar='"ÅÅÅÅ-MM-DD TT:MM"', help="ved booket: besøgets tidspunkt")
    call.add_argument("--minutes", type=int, help="ved booket: besøgets længde (standard: kampagnens)")
    call.add_argument("--again", metavar="DATO", help='ved ikke truffet: hvornår der ringes igen (fx "+2 arbejdsdage")')
    call.add_argument("--not-interested", action="store_true", help='ved takket nej: markér "Ikke interesseret"')
    call.add_argument("--force", action="store_true", help="book trods advarsler (dobbeltbooking, køretid, frist)")
    call.add_argument("--json", action="store_true")
    ag = csub.add_parser("agreements", help="registrér aftaler fra et afholdt kampagnebesøg, fx praktik=2 ordinaer=1")
    ag.add_argument("id", metavar="ID|NAVN")
    ag.add_argument("--visit", required=True, metavar="BESØGS-ID")
    ag.add_argument("places", nargs="+", metavar="TYPE=ANTAL", help=", ".join(CAMPAIGN_AGREEMENT.codes()))
    ex = csub.add_parser("export", help="resultater og ringeliste som Excel-fil (.xlsx)")
    ex.add_argument("id", metavar="ID|NAVN")
    ex.add_argument("file", type=Path, metavar="FIL.xlsx")

    rp = sub.add_parser("report", help="aktivitetsrapport for ledelsen: besøg, kontakter, aftaler, jobordrer, forløb")
    rp.add_argument("--from", dest="date_from", required=True, metavar="DATO")
    rp.add_argument("--to", dest="date_to", required=True, metavar="DATO")
    rp.add_argument("--team", metavar="NAVN", help="standard: alle teams")
    rp.add_argument("--months", type=int, metavar="N", help="virksomheder uden kontakt i N måneder (standard 6)")
    out = rp.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--xlsx", type=Path, metavar="FIL.xlsx")
    out.add_argument("--pdf", type=Path, metavar="FIL.pdf")


def add_campaign_print_parser(prsub) -> None:
    pc = prsub.add_parser("campaign", help="kampagnens resultater (nøgletal, aftaler efter type, pr. konsulent)")
    pc.add_argument("id", metavar="ID|NAVN")
    pc.add_argument("file", metavar="FIL.pdf")


def _day(services, text: str, option: str) -> dt.date:
    try:
        return parse_date(text, services.ctx.clock.today(), services.settings.calendar())
    except DateParseError as e:
        raise UsageError(f"{option}: {e}") from None


def _when(text: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise UsageError(f'--at skal skrives som "ÅÅÅÅ-MM-DD TT:MM" (fik "{text}")') from None


def _employees(text: str | None) -> tuple[int | None, int | None]:
    if not text:
        return None, None
    m = re.fullmatch(r"\s*(\d*)\s*[-–]\s*(\d*)\s*", text)
    if not m or not (m.group(1) or m.group(2)):
        raise UsageError(f'--employees skal skrives som "5-100", "20-" eller "-50" (fik "{text}")')
    return (int(m.group(1)) if m.group(1) else None), (int(m.group(2)) if m.group(2) else None)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} %".replace(".", ",")


def _write(target: Path, data: bytes) -> None:
    from jobcrm.pdf.base import write_atomically

    if not target.parent.is_dir():
        raise JobCRMError(f"mappen {target.parent} findes ikke")
    try:
        write_atomically(target, data)
    except OSError as e:
        raise JobCRMError(f"kunne ikke skrive {target}: {e.strerror or e}") from None


def cmd_campaigns(services, args) -> int:
    handler = {"list": _list, "show": _show, "create": _create, "build": _build, "targets": _targets,
               "call": _call, "agreements": _agreements, "export": _export}[args.action]
    return handler(services, args)


def _list(services, args) -> int:
    from jobcrm.cli import print_json

    rows = services.campaigns.list()
    today = services.ctx.clock.today()
    if args.json:
        print_json([{**r.__dict__, "state": r.state(today)} for r in rows])
        return 0
    print(f"{'Kampagne':40} {'Periode':23} {'Status':9} {'På liste':>8} {'Udeladt':>7} {'Ringet':>6} "
          f"{'Booket':>6} {'Nej':>5}  Id")
    for r in rows:
        period = f"{format_date(r.starts_on)}–{format_date(r.ends_on)}"
        print(f"{r.name[:40]:40} {period:23} {r.state(today):9} {r.on_list:>8} {r.excluded:>7} {r.called:>6} "
              f"{r.booked:>6} {r.declined:>5}  {r.id}")
    print(f"{len(rows)} kampagner.")
    return 0


def results_as_dict(r) -> dict:
    """Campaign results for --json, with the derived rates."""
    from jobcrm.services.dto import to_jsonable

    def line(x) -> dict:
        d = to_jsonable(x)
        d.update(booking_rate=x.booking_rate, agreements_total=x.agreements_total,
                 agreements_per_visit_pct=x.agreement_pct(), kept_on_time_pct=x.kept_on_time_pct,
                 agreement_pct_by_kind={k: x.agreement_pct(k) for k in CAMPAIGN_AGREEMENT.codes()})
        return d

    return {"campaign": to_jsonable(r.campaign), "as_of": r.as_of.isoformat(timespec="seconds"),
            "on_list": r.on_list, "not_called": r.not_called, "excluded": r.excluded,
            "lead_time_weeks": r.lead_time_weeks, "booked_beyond_lead": r.booked_beyond_lead,
            "cancelled_beyond_lead": r.cancelled_beyond_lead, "total": line(r.total),
            "consultants": [line(x) for x in r.lines]}


def _show(services, args) -> int:
    from jobcrm.cli import print_json

    r = services.campaign_results.results(services.campaigns.resolve(args.id))
    if args.json:
        print_json(results_as_dict(r))
        return 0
    c, t = r.campaign, r.total
    print(f"{c.name} ({c.period})")
    print(f"Målgruppe: {c.criteria.describe()}. Guide: {c.template_name or '–'}.")
    excluded = ", ".join(f"{TARGET_EXCLUSION.label(k)} {n}" for k, n in sorted(r.excluded.items()))
    print(f"Ringeliste: {r.on_list} virksomheder, {r.not_called} endnu ikke ringet op"
          + (f"; udeladt: {excluded}" if excluded else "") + ".")
    print(f"Kontaktet {t.contacted}: booket {t.booked}, takket nej {t.declined}, allerede i kontakt "
          f"{t.already_in_contact} – bookingrate {_pct(t.booking_rate)}. Ikke truffet {t.not_reached}, forkert nummer "
          f"{t.wrong_number}.")
    print(f"Besøg: {t.visits_booked} booket, {t.visits_held} afholdt, {t.visits_cancelled} aflyst, "
          f"{t.visits_no_show} udeblevet, {t.visits_planned} planlagt; {t.visits_moved} flyttet.")
    if r.booked_beyond_lead:
        print(f"{r.booked_beyond_lead} booket mere end {r.lead_time_weeks} uger frem, {r.cancelled_beyond_lead} af "
              f"dem aflyst af virksomheden.")
    print(f"Aftaler (pladser) pr. type, % af {t.visits_held} afholdte besøg:")
    for k in CAMPAIGN_AGREEMENT:
        n = t.agreements.get(k.code, 0)
        print(f"  {k.da:24} {n:>6} {_pct(t.agreement_pct(k.code)):>8}")
    print(f"  {'Samlet':24} {t.agreements_total:>6} {_pct(t.agreement_pct()):>8}")
    print(f"Opfølgninger lovet på besøgene: {t.promises_made}; holdt til tiden {t.promises_kept_on_time}, for sent "
          f"{t.promises_done_late}, overskredne {t.promises_overdue}, ikke forfaldne {t.promises_open} – til tiden "
          f"{_pct(t.kept_on_time_pct)}.")
    print(f"\n{'Konsulent':26} {'Opkald':>6} {'Kontakt.':>8} {'Booket':>6} {'Nej':>5} {'Rate':>8} {'Besøg':>5} "
          f"{'Afholdt':>7} {'Aflyst':>6} {'Aftaler':>7} {'Til tiden':>9}")
    for x in (*r.lines, t):
        name = "I alt" if x is t else f"{x.initials} {x.name}"
        print(f"{name[:26]:26} {x.calls:>6} {x.contacted:>8} {x.booked:>6} {x.declined:>5} "
              f"{_pct(x.booking_rate):>8} {x.visits_booked:>5} {x.visits_held:>7} {x.visits_cancelled:>6} "
              f"{x.agreements_total:>7} {_pct(x.kept_on_time_pct):>9}")
    return 0


def _create(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.services.campaign_dto import CampaignCriteria, CampaignInput

    lo, hi = _employees(args.employees)
    criteria = CampaignCriteria(employees_min=lo, employees_max=hi, industries=tuple(args.industry),
                                municipalities=tuple(args.kommune), sector=args.sector,
                                no_cooperation_months=args.no_cooperation_months,
                                not_contacted_before=not args.include_contacted)
    template = services.guides.resolve_template(args.guide) if args.guide else None
    previous = services.campaigns.resolve(args.previous) if args.previous else None
    c = services.campaigns.create(CampaignInput(
        name=args.name, starts_on=_day(services, args.date_from, "--from"),
        ends_on=_day(services, args.date_to, "--to"), purpose=args.purpose, message=args.message,
        material=args.material, template_id=template, visit_minutes=args.minutes, previous_id=previous,
        criteria=criteria))
    built = None if args.no_build else services.campaigns.build_list(c.id)
    if args.json:
        print_json({"campaign": c, "build": built})
        return 0
    print(f'Kampagne oprettet: "{c.name}" ({c.period}), guide {c.template_name or "–"}.')
    print(f"Målgruppe: {c.criteria.describe()}.")
    if built is not None:
        _print_build(built)
    print(f"Id: {c.id}")
    return 0


def _print_build(b) -> None:
    excluded = ", ".join(f"{TARGET_EXCLUSION.label(k)} {n}" for k, n in sorted(b.excluded.items()))
    print(f"Ringeliste: {b.matching} virksomheder passer på filteret; {b.added} sat på listen"
          + (f", udeladt: {excluded}" if excluded else "")
          + (f"; {b.already_on_list} var der allerede" if b.already_on_list else "") + ".")


def _build(services, args) -> int:
    _print_build(services.campaigns.build_list(services.campaigns.resolve(args.id)))
    return 0


def _targets(services, args) -> int:
    from jobcrm.cli import print_json

    cid = services.campaigns.resolve(args.id)
    which = WHICH[args.which]
    rows = services.campaigns.targets(cid, which, args.offset, args.limit)
    total = services.campaigns.count_targets(cid, which)
    if args.json:
        print_json(rows)
        return 0
    print(f"{'Virksomhed':36} {'Telefon':12} {'By':16} {'Ans.':>5} {'Status':26} Begrundelse")
    for t in rows:
        if t.is_left_out:
            status = "Udeladt: " + TARGET_EXCLUSION.label(t.excluded)
        elif t.last_outcome:
            status = CALL_OUTCOME.label(t.last_outcome)
            if t.last_outcome == "ikke_truffet" and t.call_again_on:
                status += f" {format_date(t.call_again_on)}"
        else:
            status = "Ikke ringet op"
        emp = "" if t.employees is None else str(t.employees)
        print(f"{t.company_name[:36]:36} {(t.phone or '')[:12]:12} {(t.city or '')[:16]:16} {emp:>5} "
              f"{status[:26]:26} {t.excluded_detail or ''}")
    shown = f" (viser {len(rows)})" if total > len(rows) else ""
    print(f"{total} virksomheder{shown}.")
    return 0


def _call(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.services.campaign_dto import CallInput
    from jobcrm.services.campaigns import BookingNeedsConfirmation

    if services.ctx.actor.id is None:
        raise UsageError("ingen aktuel konsulent: brug --as INITIALER")
    cid = services.campaigns.resolve(args.id)
    target = services.campaigns.target_for_company(cid, services.companies.resolve(args.company))
    outcome = args.outcome if args.outcome in CALL_OUTCOME else CALL_OUTCOME.lookup(args.outcome)
    if outcome is None:
        raise UsageError(f'ukendt udfald "{args.outcome}": brug {", ".join(CALL_OUTCOME.codes())}')
    start = _when(args.at) if args.at else None
    if outcome == "booket" and start is None:
        raise UsageError('ved booket skal --at "ÅÅÅÅ-MM-DD TT:MM" angives')
    consultant = services.consultants.by_initials(args.consultant).id if args.consultant else None
    data = CallInput(target.id, outcome, reason=args.reason, note=args.note, consultant_id=consultant, start=start,
                     minutes=args.minutes, call_again=args.again, mark_not_interested=args.not_interested)
    try:
        result = services.campaigns.record_call(data, confirm=args.force)
    except BookingNeedsConfirmation as e:
        lines = " ".join(w.text for w in e.warnings)
        raise JobCRMError(f"ikke booket – {lines} Brug --force for at booke alligevel.") from None
    if args.json:
        print_json(result)
        return 0
    print(f"{result.call.company_name}: {CALL_OUTCOME.label(result.call.outcome)}.")
    if result.visit_id:
        v = services.visits.get(result.visit_id)
        start = v.start_at.astimezone()
        print(f"Besøg booket {format_date(start.date())} kl. {start:%H:%M} hos {v.consultant_initials} "
              f"({v.template_name}). Id: {v.id}")
    for w in result.warnings:
        print(f"Advarsel: {w.text}")
    if result.call.promise_id:
        p = services.promises.get(result.call.promise_id)
        print(f"Ring igen {format_date(p.due_date)} (opfølgning i indbakken).")
    return 0


def _agreements(services, args) -> int:
    cid = services.campaigns.resolve(args.id)
    vid = services.visits.resolve(args.visit)
    places: dict[str, int] = {}
    for item in args.places:
        kind, _, n = item.partition("=")
        code = kind if kind in CAMPAIGN_AGREEMENT else CAMPAIGN_AGREEMENT.lookup(kind)
        if code is None or not n.strip().isdigit():
            raise UsageError(f'"{item}" skal skrives som TYPE=ANTAL, med TYPE en af: '
                             f'{", ".join(CAMPAIGN_AGREEMENT.codes())}')
        places[code] = int(n)
    saved = services.campaign_results.set_agreements(cid, vid, places)
    shown = ", ".join(f"{CAMPAIGN_AGREEMENT.label(k)} {n}" for k, n in saved.items()) or "ingen"
    print(f"Aftaler registreret for besøget: {shown}.")
    return 0


def _export(services, args) -> int:
    from jobcrm.services.xlsx_export import campaign_workbook

    if args.file.suffix.lower() != ".xlsx":
        raise UsageError(f"filen skal ende på .xlsx (fik {args.file.name})")
    r = services.campaign_results.results(services.campaigns.resolve(args.id))
    data = campaign_workbook(r, services.campaigns, services.campaign_results)
    _write(args.file, data)
    print(f'Resultater for "{r.campaign.name}" gemt i {args.file} ({len(data) // 1024 + 1} kB).')
    return 0


def cmd_report(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.services.reports import report_as_dict

    first = _day(services, args.date_from, "--from")
    last = _day(services, args.date_to, "--to")
    report = services.reports.build(first, last, args.team, args.months)
    if args.json:
        print_json(report_as_dict(report))
        return 0
    if args.xlsx:
        from jobcrm.services.xlsx_export import report_workbook

        if args.xlsx.suffix.lower() != ".xlsx":
            raise UsageError(f"filen skal ende på .xlsx (fik {args.xlsx.name})")
        data = report_workbook(report)
        _write(args.xlsx, data)
        print(f"Aktivitetsrapport ({report.scope}, {report.period}) gemt i {args.xlsx} ({len(data) // 1024 + 1} kB).")
        return 0
    if args.pdf:
        from jobcrm.pdf.report import build

        if args.pdf.suffix.lower() != ".pdf":
            raise UsageError(f"filen skal ende på .pdf (fik {args.pdf.name})")
        data = build(report)
        _write(args.pdf, data)
        print(f"Aktivitetsrapport ({report.scope}, {report.period}) gemt i {args.pdf} ({len(data) // 1024 + 1} kB).")
        return 0
    from jobcrm.pdf.report import value_text

    print(f"Aktivitetsrapport – {report.scope} – {report.period}")
    for t in report.tables:
        print(f"\n{t.title}")
        width = max(12, *(len(c.label) for c in t.columns)) if len(t.columns) <= 6 else 10
        print(f"{t.row_header:28}" + "".join(f"{c.label[:width]:>{width + 1}}" for c in t.columns))
        for row in (*t.rows, *([t.total] if t.total else [])):
            print(f"{row.label[:28]:28}" + "".join(f"{value_text(v, c.kind):>{width + 1}}"
                                                  for c, v in zip(t.columns, row.values, strict=True)))
    for title in report.pending:
        print(f"\n{title}: kommer, når data for afsnittet findes i JobCRM.")
    return 0


def print_campaign(services, args):
    from jobcrm.pdf.campaign import build

    r = services.campaign_results.results(services.campaigns.resolve(args.id))
    return build(r), f'Kampagneresultater for "{r.campaign.name}"'


CAMPAIGN_COMMANDS = {"campaigns": cmd_campaigns, "report": cmd_report}
CAMPAIGN_PRINTERS = {"campaign": print_campaign}
