"""Implementations of the `jobcrm` sub-commands. Each takes the opened services and the parsed args."""

from __future__ import annotations

import sys

from jobcrm.domain.dates import format_date, format_datetime
from jobcrm.domain.vocab import RELATIONSHIP
from jobcrm.errors import UsageError


def cmd_demo(services, args) -> int:
    from jobcrm.services.demo import DemoBuilder

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
    if args.action == "export":
        from jobcrm.services.companies import CompanyFilter

        n = services.exporting.companies_csv(args.file, CompanyFilter(text=args.search))
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


def cmd_import(services, args) -> int:
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


COMMANDS = {"demo": cmd_demo, "companies": cmd_companies, "import": cmd_import, "check": cmd_check}
