"""Implementations of the `jobcrm` sub-commands. Each takes the opened services and the parsed args."""

from __future__ import annotations

import datetime as dt
import sys

from jobcrm.domain.dates import format_date, format_datetime
from jobcrm.domain.vocab import AGREEMENT, CHANNEL, PERSON_ROLE, PROMISED_BY, RELATIONSHIP, SECTOR
from jobcrm.errors import UsageError


def cmd_demo(services, args) -> int:
    from jobcrm.services.demo import DemoBuilder

    if args.scale:
        return _demo_scale(services, args)

    if args.companies < 1 or args.companies > 1_000_000:
        raise UsageError("--companies skal være mellem 1 og 1.000.000")

    def progress(done: int, total: int) -> None:
        if total >= 10_000:
            print(f"\r{done:,} / {total:,} virksomheder".replace(",", "."), end="", file=sys.stderr, flush=True)

    result = DemoBuilder(services.ctx, services.settings, args.seed).build(args.companies, progress)
    if args.companies >= 10_000:
        print(file=sys.stderr)
    print(f"Demodata indlæst: {result.companies} virksomheder, {result.contact_persons} kontaktpersoner, "
          f"{result.contacts} kontakter, {result.promises} aftaler, {result.consultants} konsulenter. "
          f"Du er nu {result.current_user}.")
    return 0


def _demo_scale(services, args) -> int:
    from dataclasses import replace

    from jobcrm.services.demo_scale import SCALES, ScaleBuilder

    def progress(what: str, done: int, total: int) -> None:
        text = f"{done:,} / {total:,} {what}".replace(",", ".") if total > 1 else f"{what} …"
        print(f"\r{text:60}", end="", file=sys.stderr, flush=True)

    result = ScaleBuilder(services, replace(SCALES[args.scale], seed=args.seed)).build(progress)
    print(file=sys.stderr)
    c = result.counts
    print(f"Demodata i skala indlæst på {result.seconds:.0f} s: {c.get('company', 0)} virksomheder, "
          f"{c.get('contact_person', 0)} kontaktpersoner, {c.get('contact', 0)} kontakter, "
          f"{c.get('promise', 0)} aftaler, {c.get('consultant', 0)} konsulenter i {c.get('team', 0)} teams. "
          f"Du er nu {result.busy_initials}.")
    return 0


def cmd_companies(services, args) -> int:
    from jobcrm.cli import print_json

    if args.action == "list":
        rows = services.companies.page(args.offset, args.limit)
        if args.json:
            print_json(rows)
            return 0
        total = services.companies.count()
        print(f"{'Navn':40} {'CVR':8}  {'By':16} {'Tovh.':5} {'Status':24} {'Sidste kontakt':16} Næste")
        for r in rows:
            print(f"{r.name[:40]:40} {r.cvr or '':8}  {(r.city or '')[:16]:16} {r.owner_initials or '':5} "
                  f"{RELATIONSHIP.label(r.relationship_status)[:24]:24} "
                  f"{format_datetime(r.last_contact_at)[:16]:16} {format_date(r.next_due_date)}")
        print(f"Viser {len(rows)} af {total} virksomheder.")
        return 0
    if args.action == "search":
        return _search(services, args)
    if args.action == "show":
        return _show(services, args)
    if args.action == "export":
        from jobcrm.services.companies import CompanyFilter
        from jobcrm.services.exporting import CSV_SUFFIXES, XLSX_SUFFIXES

        if args.file.suffix.lower() not in CSV_SUFFIXES + XLSX_SUFFIXES:
            raise UsageError(f'filen skal hedde .xlsx eller .csv (fik "{args.file.name}")')
        n = services.exporting.companies_file(args.file, CompanyFilter(text=args.search))
        print(f"{n} virksomheder gemt i {args.file}.")
        return 0
    if args.action == "merge":
        keep = services.companies.resolve(args.keep)
        remove = services.companies.resolve(args.remove)
        r = services.companies.merge(keep, remove)
        kept = services.companies.get(keep)
        print(f'"{r.removed_name}" er lagt sammen med "{kept.name}": {r.moved_persons} kontaktpersoner, '
              f"{r.moved_contacts} kontakter og {r.moved_promises} aftaler er flyttet.")
        return 0
    raise AssertionError(args.action)


def _search(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.services.companies import CompanyFilter

    if not args.text.strip():
        raise UsageError("skriv hvad der skal søges efter")
    rows = services.companies.page(0, args.limit, CompanyFilter(text=args.text))
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r.name[:40]:40} {r.cvr or '':8}  {(r.postal_code or '') + ' ' + (r.city or ''):22} "
              f"{r.owner_initials or '':5} {RELATIONSHIP.label(r.relationship_status)}")
    total = len(services.companies.search_ids(CompanyFilter(text=args.text)))
    print(f"{total} virksomheder passer til \"{args.text}\"" + (f" (viser {len(rows)})." if total > len(rows) else "."))
    return 0


def _show(services, args) -> int:
    from jobcrm.cli import print_json

    cid = services.companies.resolve(args.ref)
    c = services.companies.get(cid)
    contacts = services.history.timeline(cid, limit=20)
    promises = services.promises.open_for_company(cid)
    if args.json:
        print_json({"company": c, "contacts": contacts, "open_promises": promises})
        return 0
    print(c.name)
    print("=" * len(c.name))
    if c.special_notes:
        print(f"SÆRLIGE FORHOLD: {c.special_notes}")
    facts = [("CVR", c.cvr), ("P-nummer", c.p_number), ("Adresse", c.address),
             ("By", " ".join(x for x in (c.postal_code, c.city) if x)), ("Kommune", c.municipality),
             ("Telefon", c.phone), ("E-mail", c.email), ("Web", c.web), ("Branche", c.industry),
             ("Antal ansatte", c.employees_text), ("Sektor", SECTOR.label(c.sector)),
             ("Tovholder", f"{c.owner_initials} — {c.owner_name}" if c.owner_initials else None),
             ("Status", RELATIONSHIP.label(c.relationship_status)), ("Aftaletype", AGREEMENT.label(c.agreement_type)),
             ("Mødetider", c.working_hours), ("Fraværspolitik", c.absence_policy),
             ("Alkoholpolitik", c.alcohol_policy), ("Kerneydelse/historik", c.core_business), ("Tags", c.tags),
             ("Seneste kontakt", format_datetime(c.last_contact_at)), ("Næste aftale", format_date(c.next_due_date))]
    for label, value in facts:
        if value not in (None, ""):
            print(f"{label + ':':22}{value}")
    print("\nKontaktpersoner:")
    for p in c.contact_persons or ():
        flags = (" (primær)" if p.is_primary else "") + ("" if p.active else " (inaktiv)")
        bits = ", ".join(x for x in (p.title, PERSON_ROLE.label(p.role), p.phone, p.mobile, p.email) if x)
        print(f"  {p.name}{flags} — {bits}")
    if not c.contact_persons:
        print("  (ingen)")
    print(f"\nÅbne aftaler ({len(promises)}):")
    today = services.ctx.clock.today()
    for p in promises:
        late = " OVERSKREDET" if p.due_date < today else ""
        print(f"  {format_date(p.due_date)}{late}  {PROMISED_BY.label(p.promised_by)} lover: {p.title} "
              f"(ansvarlig {p.responsible_initials})")
    print(f"\nSeneste kontakter ({len(contacts)}):")
    for x in contacts:
        who = f" med {', '.join(x.person_names)}" if x.person_names else ""
        print(f"  {format_datetime(x.occurred_at)}  {CHANNEL.label(x.channel):9} {x.consultant_initials or '—'}"
              f"{who}: {' '.join(x.summary.split())}")
    return 0


def cmd_log(services, args) -> int:
    import datetime as dt

    from jobcrm.cli import print_json
    from jobcrm.services.quicklog import QuickLogInput

    cid = services.companies.resolve(args.company)
    consultant = services.consultants.by_initials(args.consultant).id if args.consultant else None
    responsible = services.consultants.by_initials(args.responsible).id if args.responsible else None
    at = None
    if args.at:
        try:
            at = dt.datetime.strptime(args.at.strip(), "%Y-%m-%d %H:%M")
        except ValueError:
            raise UsageError(f'--at skal skrives som "ÅÅÅÅ-MM-DD TT:MM" (fik "{args.at}")') from None
    if services.ctx.actor.id is None and (consultant is None or (args.promise and responsible is None)):
        raise UsageError("ingen aktuel konsulent: brug --as INITIALER (eller --consultant/--responsible)")
    if args.promise and not args.due:
        raise UsageError("--promise kræver --due (fx --due +3arbejdsdage)")
    if args.due and not args.promise:
        raise UsageError("--due kræver --promise (hvad blev der aftalt?)")
    person_ids = ()
    if args.person:
        wanted = args.person.strip().casefold()
        found = [p for p in services.companies.get(cid).contact_persons if p.name.casefold() == wanted]
        if not found:
            raise UsageError(f'virksomheden har ingen kontaktperson ved navn "{args.person}"')
        person_ids = (found[0].id,)
    result = services.quicklog.log(QuickLogInput(
        company_id=cid, channel=args.channel, summary=args.summary, person_ids=person_ids, occurred_at=at,
        consultant_id=consultant, promise_title=args.promise, promised_by=args.promised_by, due=args.due,
        responsible_id=responsible))
    if args.json:
        print_json(result)
        return 0
    c = result.contact
    print(f"Kontakt logget: {c.company_name}, {CHANNEL.label(c.channel).lower()} {format_datetime(c.occurred_at)} "
          f"({c.consultant_initials}).")
    if result.promise:
        p = result.promise
        print(f"Aftale oprettet: {PROMISED_BY.label(p.promised_by)} lover \"{p.title}\" senest "
              f"{format_date(p.due_date)} (ansvarlig {p.responsible_initials}).")
    return 0


def cmd_import(services, args) -> int:
    if args.what == "json":  # the full import (issue 8)
        from jobcrm.cli_interchange import cmd_import_json

        return cmd_import_json(services, args)
    from jobcrm.cli import print_json
    from jobcrm.errors import JobCRMError
    from jobcrm.services.importing import read_file

    data = read_file(args.file)

    shown = []

    def progress(done: int, total: int) -> None:
        if total >= 5_000:
            shown.append(done)
            print(f"\r{done:,} / {total:,} rækker".replace(",", "."), end="", file=sys.stderr, flush=True)

    try:
        result = services.importing.import_companies(data, dry_run=args.dry_run, progress=progress)
    except KeyboardInterrupt:
        raise JobCRMError("Importen blev afbrudt — intet blev gemt.") from None
    finally:
        if shown:
            print(file=sys.stderr)
    if args.json:
        print_json(result)
        return 0
    rejected_rows = len({r.row for r in result.rejected})
    head = "Prøvekørsel — intet er gemt" if result.dry_run else "Import gennemført"
    counts = f"{result.created} oprettet, {result.updated} opdateret"
    if result.unchanged:
        counts += f", {result.unchanged} uændret"
    print(f"{head}: {counts}, {rejected_rows} afvist.")
    for r in result.rejected:
        print(f"  Række {r.row} ({r.column}): {r.reason}")
    if result.unmapped_columns:
        print("Kolonner der ikke blev importeret: " + ", ".join(result.unmapped_columns))
    return 0


def cmd_check(services, args) -> int:
    report = services.health.check()
    if report.ok:
        print(f"OK: integritet {report.integrity}, skemaversion {report.schema_revision}, "
              f"journal {report.journal_mode}, {report.path}")
        return 0
    print(f"jobcrm: {report.problem}", file=sys.stderr)
    return 1


COMMANDS = {"demo": cmd_demo, "companies": cmd_companies, "import": cmd_import, "check": cmd_check,
            "log": cmd_log}


def _promise_id(text: str):
    import uuid

    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise UsageError(f'"{text}" er ikke et aftale-id (brug det fulde id fra "jobcrm followups").') from None


def _state(row) -> str:
    from jobcrm.services.inbox import overdue_text

    if row.group == "overskredet":
        return overdue_text(row.overdue_working_days, row.promise.due_time)
    return {"i_dag": "i dag", "denne_uge": "denne uge", "senere": "senere"}[row.group]


def cmd_followups(services, args) -> int:
    import re

    from jobcrm.cli import print_json
    from jobcrm.domain.vocab import PROMISED_BY

    if args.action == "done":
        pid = _promise_id(args.id)
        services.promises.done(pid)
        p = services.promises.get(pid)
        print(f"Udført: {p.title} ({p.company_name or 'ingen virksomhed'}).")
        return 0
    if args.action == "reschedule":
        pid = _promise_id(args.id)
        to = args.to.strip()
        if re.fullmatch(r"\+\s*\d+", to):  # "+3" means working days here, like the inbox's quick choices
            to = f"{to} arbejdsdage"
        services.promises.reschedule(pid, to, args.reason)
        p = services.promises.get(pid)
        print(f"Udsat til {format_date(p.due_date)}: {p.title} (udsat {p.reschedule_count} gang(e)).")
        return 0
    if args.team:
        team = services.backlog.team(args.team)
        people = [c for c in services.consultants.list() if c.team_id == team.id]
    elif args.consultant:
        people = [services.consultants.by_initials(args.consultant)]
    else:
        me = services.consultants.get(services.ctx.actor.id) if services.ctx.actor.id else None
        if me is None:
            raise UsageError("angiv --consultant eller --team (ingen aktuel bruger er valgt)")
        people = [me]
    rows = [r for c in people for r in services.inbox.inbox(c.id).rows]
    if args.overdue:
        rows = [r for r in rows if r.group == "overskredet"]
    if args.due_by:
        rows = [r for r in rows if r.promise.due_date <= args.due_by]
    rows.sort(key=lambda r: (r.promise.due_date, r.promise.due_time or dt.time(23, 59), r.promise.responsible_initials))
    if args.json:
        print_json([{
            "id": r.promise.id, "company": r.promise.company_name, "title": r.promise.title,
            "promised_by": r.promise.promised_by, "responsible": r.promise.responsible_initials,
            "due_date": r.promise.due_date, "due_time": r.promise.due_time, "group": r.group,
            "state": _state(r), "overdue_working_days": r.overdue_working_days,
            "reschedule_count": r.promise.reschedule_count,
        } for r in rows])
        return 0
    print(f"{'Id':36}  {'Frist':10} {'Tilstand':20} {'Ansv.':5} {'Hvem':12} {'Virksomhed':30} Hvad")
    for r in rows:
        p = r.promise
        print(f"{p.id!s:36}  {format_date(p.due_date):10} {_state(r)[:20]:20} {p.responsible_initials:5} "
              f"{PROMISED_BY.label(p.promised_by)[:12]:12} {(p.company_name or '')[:30]:30} {p.title}")
    overdue = sum(1 for r in rows if r.group == "overskredet")
    print(f"{len(rows)} åbne aftaler, heraf {overdue} overskredne (i dag er {format_date(services.ctx.clock.today())}).")
    return 0


def cmd_backlog(services, args) -> int:
    from jobcrm.cli import print_json

    team = services.backlog.team(args.team)
    rows = services.backlog.table(team.id)
    if args.json:
        print_json({"team": team.name, "consultants": rows})
        return 0
    print(f"{team.name} – opfølgninger pr. {format_date(services.ctx.clock.today())}")
    print(f"{'Konsulent':28} {'Åbne':>5} {'Overskr.':>8} {'>7 dage':>7} {'Ældste':>6} {'Uge':>4} {'Udf.30':>6} "
          f"{'Til tiden':>9}")
    for r in rows:
        kept = f"{r.kept_on_time_pct:.0f} %" if r.kept_on_time_pct is not None else "–"
        oldest = str(r.oldest_overdue_days) if r.oldest_overdue_days is not None else "–"
        print(f"{(r.initials + ' ' + r.name)[:28]:28} {r.open:>5} {r.overdue:>8} {r.overdue_over_7:>7} {oldest:>6} "
              f"{r.due_this_week:>4} {r.done_last_30:>6} {kept:>9}")
    return 0


COMMANDS.update({"followups": cmd_followups, "backlog": cmd_backlog})


def cmd_calendar(services, args) -> int:
    if args.file.suffix.lower() != ".ics":
        raise UsageError(f"kalenderfilen skal ende på .ics (fik {args.file.name})")
    who = services.consultants.by_initials(args.consultant).id if args.consultant else None
    result = services.calendar.export(args.file, who, promises_as="event" if args.as_events else "todo")
    parts = [f"{result.todos} opgaver"] if not args.as_events else []
    parts.append(f"{result.events} begivenheder")
    print(f"{result.name}: {' og '.join(parts)} gemt i {args.file}.")
    return 0


COMMANDS["calendar"] = cmd_calendar


# `jobcrm print WHAT ...`: handlers keyed by the sub-command name; each returns the PDF bytes and a
# one-line description, and cmd_print writes the file atomically (no half-written PDF on failure).
PRINTERS: dict = {}


def cmd_print(services, args) -> int:
    from pathlib import Path

    from jobcrm.errors import JobCRMError
    from jobcrm.pdf.base import write_atomically

    target = Path(args.file)
    if not target.parent.is_dir():
        raise JobCRMError(f"mappen {target.parent} findes ikke")
    data, what = PRINTERS[args.what](services, args)
    try:
        write_atomically(target, data)
    except OSError as e:
        raise JobCRMError(f"kunne ikke skrive {target}: {e.strerror or e}") from None
    print(f"{what} gemt i {target} ({len(data) // 1024 + 1} kB).")
    return 0


COMMANDS["print"] = cmd_print

from jobcrm.cli_slots import SLOT_COMMANDS, print_presentation  # noqa: E402 - issue 7

COMMANDS.update(SLOT_COMMANDS)
PRINTERS["presentation"] = print_presentation

def print_backlog(services, args):
    from jobcrm.pdf import backlog as pdf

    team = services.backlog.team(args.team)
    return pdf.build(services.backlog.report(team.id)), f"Opfølgninger for {team.name}"


PRINTERS["backlog"] = print_backlog

# Visits, visit guides and their printed documents (jobcrm/cli_visits.py).
from jobcrm.cli_visits import VISIT_COMMANDS, VISIT_PRINTERS  # noqa: E402

COMMANDS.update(VISIT_COMMANDS)
PRINTERS.update(VISIT_PRINTERS)
from jobcrm.cli_orders import cmd_orders, print_order  # noqa: E402  (job orders: `jobcrm orders`, `print order`)

COMMANDS["orders"] = cmd_orders
PRINTERS["order"] = print_order

# Campaigns and the activity report (jobcrm/cli_campaigns.py, issue 11).
from jobcrm.cli_campaigns import CAMPAIGN_COMMANDS, CAMPAIGN_PRINTERS  # noqa: E402

COMMANDS.update(CAMPAIGN_COMMANDS)
PRINTERS.update(CAMPAIGN_PRINTERS)

# The GDPR retention purge (jobcrm/cli_retention.py, issue 8).
from jobcrm.cli_retention import RETENTION_COMMANDS  # noqa: E402

COMMANDS.update(RETENTION_COMMANDS)
from jobcrm.cli_interchange import INTERCHANGE_COMMANDS  # noqa: E402  (issue 8: jobcrm export json)

COMMANDS.update(INTERCHANGE_COMMANDS)
# Team server sync (jobcrm/cli_sync.py, issue 10); `jobcrm server …` is run by cli.run_command itself.
from jobcrm.cli_sync import SYNC_COMMANDS  # noqa: E402

COMMANDS.update(SYNC_COMMANDS)
# Backups (jobcrm/cli_backups.py, issue 8); `restore` runs without opening the database (cli.run_command).
from jobcrm.cli_backups import BACKUP_COMMANDS  # noqa: E402

COMMANDS.update(BACKUP_COMMANDS)
