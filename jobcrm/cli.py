"""The `jobcrm` command: without a sub-command it starts the app; sub-commands serve administrators,
scripts and tests. Human-readable output by default, `--json` where it lists things; bad input gives a
one-line reason and a non-zero exit."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from jobcrm import __version__
from jobcrm.cli_orders import add_order_print_parser, add_orders_parser
from jobcrm.clock import Clock
from jobcrm.config import default_db_path
from jobcrm.errors import JobCRMError, UsageError, ValidationError

PAGES = ("indbakke", "virksomheder", "besoeg", "jobordrer", "pladser", "team", "kampagner", "rapporter")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        raise UsageError(message)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ugyldig dato {text!r} (brug ÅÅÅÅ-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="jobcrm", description="JobCRM — CRM for virksomhedskonsulenter.")
    p.add_argument("--version", action="version", version=f"JobCRM {__version__}")
    p.add_argument("--db", type=Path, help="databasefil (standard: brugerens datamappe)")
    p.add_argument("--today", type=_date, help="fastlås dagens dato (ÅÅÅÅ-MM-DD) for alle datoregler")
    p.add_argument("--as", dest="as_initials", metavar="INITIALER", help="handl som denne konsulent")
    # App options (used when no sub-command is given).
    p.add_argument("--screenshot", type=Path, metavar="PNG", help="tegn vinduet offscreen til en PNG og afslut")
    p.add_argument("--page", choices=PAGES, help="side til --screenshot")
    p.add_argument("--quit-after", type=float, metavar="SEKUNDER", help="afslut appen efter så mange sekunder")
    p.add_argument("--lang", choices=("da", "en"), help="sprog for brugerfladen")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="fyld databasen med realistiske demodata")
    demo.add_argument("--companies", type=int, default=300)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--scale", choices=("large",),
                      help="job-center-skala i en tom database: 100.000 virksomheder, 1 mio. kontakter, …")

    companies = sub.add_parser("companies", help="virksomheder")
    csub = companies.add_subparsers(dest="action", required=True, parser_class=_Parser)
    clist = csub.add_parser("list", help="list virksomheder")
    clist.add_argument("--json", action="store_true")
    clist.add_argument("--limit", type=int, default=100)
    clist.add_argument("--offset", type=int, default=0)
    csearch = csub.add_parser("search", help="søg som i søgefeltet (navn, CVR, telefon, by, kontaktperson, noter)")
    csearch.add_argument("text")
    csearch.add_argument("--json", action="store_true")
    csearch.add_argument("--limit", type=int, default=50)
    cshow = csub.add_parser("show", help="vis en virksomhed: stamdata, kontaktpersoner, kontakter, åbne aftaler")
    cshow.add_argument("ref", metavar="CVR|ID")
    cshow.add_argument("--json", action="store_true")

    log = sub.add_parser("log", help="log en kontakt (og evt. en aftale) med en virksomhed")
    log.add_argument("--company", required=True, metavar="CVR|ID")
    log.add_argument("--channel", required=True, help="telefon, besøg, mail, video, sms, …")
    log.add_argument("--summary", required=True, metavar="TEKST")
    log.add_argument("--consultant", metavar="INITIALER", help="hvem tog kontakten (standard: dig)")
    log.add_argument("--at", metavar='"ÅÅÅÅ-MM-DD TT:MM"', help="hvornår (standard: nu)")
    log.add_argument("--person", metavar="NAVN", help="kontaktpersonens navn")
    log.add_argument("--promise", metavar="TEKST", help="hvad der blev aftalt")
    log.add_argument("--due", metavar="DATO", help='frist: ÅÅÅÅ-MM-DD, 24.11.2026, "i morgen", +3arbejdsdage')
    log.add_argument("--promised-by", default="jobcentret", choices=("jobcentret", "virksomheden", "borgeren"))
    log.add_argument("--responsible", metavar="INITIALER", help="ansvarlig konsulent for aftalen (standard: dig)")
    log.add_argument("--json", action="store_true")
    cexport = csub.add_parser("export", help="gem listen til Excel: FIL.xlsx (projektmappe) eller FIL.csv "
                                             "(UTF-8 med BOM, semikolon)")
    cexport.add_argument("file", type=Path, metavar="FIL.xlsx|FIL.csv")
    cexport.add_argument("--search", default="", metavar="TEKST", help="kun virksomheder der matcher søgningen")
    cmerge = csub.add_parser("merge", help="læg en dublet sammen med den virksomhed der beholdes")
    cmerge.add_argument("keep", metavar="BEHOLD", help="CVR eller id på virksomheden der beholdes")
    cmerge.add_argument("remove", metavar="FJERN", help="CVR eller id på dubletten der lægges ind i den")

    imp = sub.add_parser("import", help="importér data fra en fil")
    isub = imp.add_subparsers(dest="what", required=True, parser_class=_Parser)
    icomp = isub.add_parser("companies", help="importér virksomheder fra en CSV-fil")
    icomp.add_argument("file", type=Path, metavar="FIL.csv")
    icomp.add_argument("--dry-run", action="store_true", help="vis hvad der ville ske, men gem intet")
    icomp.add_argument("--json", action="store_true")
    from jobcrm.cli_interchange import add_export_parsers, add_import_json_parser  # full export (issue 8)

    add_import_json_parser(isub)
    add_export_parsers(sub, _Parser)

    sub.add_parser("check", help="tjek databasens integritet og skemaversion")

    fu = sub.add_parser("followups", help="aftaler/opfølgninger: list, udført, udsæt")
    who = fu.add_mutually_exclusive_group()
    who.add_argument("--consultant", metavar="INITIALER", help="konsulentens aftaler (standard: dig selv)")
    who.add_argument("--team", metavar="NAVN", help="hele teamets aftaler")
    when = fu.add_mutually_exclusive_group()
    when.add_argument("--overdue", action="store_true", help="kun overskredne")
    when.add_argument("--due-by", type=_date, metavar="DATO", help="kun med frist senest denne dato")
    fu.add_argument("--json", action="store_true")
    fsub = fu.add_subparsers(dest="action", parser_class=_Parser)
    fdone = fsub.add_parser("done", help="markér en aftale som udført")
    fdone.add_argument("id")
    fres = fsub.add_parser("reschedule", help="udsæt en aftale (begrundelse kræves)")
    fres.add_argument("id")
    fres.add_argument("--to", required=True, metavar="DATO|+N",
                      help='ny dato: ÅÅÅÅ-MM-DD, 24.11.2026, "+3" (arbejdsdage) eller "fredag"')
    fres.add_argument("--reason", required=True, metavar="TEKST")

    bl = sub.add_parser("backlog", help="teamets opfølgninger pr. konsulent")
    bl.add_argument("--team", metavar="NAVN", help="standard: dit eget team")
    bl.add_argument("--json", action="store_true")

    from jobcrm.cli_slots import add_slot_parsers  # slots, placements, mentors (issue 7)

    add_slot_parsers(sub, _Parser)
    cal = sub.add_parser("calendar", help="gem åbne aftaler (og planlagte besøg) som iCalendar-fil (.ics) til Outlook")
    cal.add_argument("file", type=Path, metavar="FIL.ics")
    cal.add_argument("--consultant", metavar="INITIALER", help="kun denne konsulents (standard: alle konsulenters)")
    cal.add_argument("--as-events", action="store_true",
                     help="skriv aftalerne som heldagsbegivenheder i stedet for opgaver (Outlooks skrivebordsprogram "
                          "importerer ikke opgaver)")
    vi = sub.add_parser("visits", help="besøg: list, planlæg, skift status, vis")
    vi.add_argument("--consultant", metavar="INITIALER", help="konsulentens besøg (standard: dine egne)")
    vi.add_argument("--all", action="store_true", help="alle konsulenters besøg")
    vi.add_argument("--from", dest="date_from", metavar="DATO", help="fra og med dato (standard: i dag)")
    vi.add_argument("--to", dest="date_to", metavar="DATO", help="til og med dato")
    vi.add_argument("--json", action="store_true")
    visub = vi.add_subparsers(dest="action", parser_class=_Parser)
    vplan = visub.add_parser("plan", help="planlæg et besøg")
    vplan.add_argument("--company", required=True, metavar="CVR|ID")
    vplan.add_argument("--at", required=True, metavar='"ÅÅÅÅ-MM-DD TT:MM"', help="hvornår besøget begynder")
    vplan.add_argument("--minutes", type=int, default=60, help="varighed i minutter (standard 60)")
    vplan.add_argument("--consultant", metavar="INITIALER", help="hvem tager på besøget (standard: dig)")
    vplan.add_argument("--with", dest="others", metavar="INITIALER,...", help="andre konsulenter med på besøget")
    vplan.add_argument("--guide", metavar="NAVN|ID", help='besøgsguide (standard: "Samtaleguide ved virksomhedsbesøg")')
    vplan.add_argument("--type", default="foerstegang", metavar="TYPE",
                       help="foerstegang, opfoelgning, konkret eller kampagne (eller den danske betegnelse)")
    vplan.add_argument("--place", metavar="TEKST", help="sted (standard: virksomhedens adresse)")
    vplan.add_argument("--person", metavar="NAVN", action="append",
                       help="kontaktperson (gentag for flere; den første er hovedkontakt)")
    vplan.add_argument("--note", metavar="TEKST", help="formål/note")
    vplan.add_argument("--json", action="store_true")
    vstat = visub.add_parser("status", help="aflys, flyt eller markér et besøg som udeblevet (begrundelse ved "
                                            "aflysning og flytning)")
    vstat.add_argument("id", metavar="ID")
    vstat.add_argument("status", metavar="STATUS",
                       help="aflyst_virksomhed, aflyst_jobcenter, flyttet, udeblevet eller planlagt")
    vstat.add_argument("--reason", metavar="TEKST")
    vstat.add_argument("--to", dest="new_at", metavar='"ÅÅÅÅ-MM-DD TT:MM"', help="nyt tidspunkt ved flytning")
    vshow = visub.add_parser("show", help="vis et besøg med den udfyldte guide")
    vshow.add_argument("id", metavar="ID")
    vshow.add_argument("--json", action="store_true")

    from jobcrm.cli_campaigns import add_campaign_parsers  # campaigns and the activity report (issue 11)

    add_campaign_parsers(sub, _Parser)

    te = sub.add_parser("templates", help="besøgsguides (skabeloner)")
    tesub = te.add_subparsers(dest="action", required=True, parser_class=_Parser)
    tlist = tesub.add_parser("list", help="list besøgsguides med version og antal punkter")
    tlist.add_argument("--json", action="store_true")
    tlist.add_argument("--all", action="store_true", help="også deaktiverede")
    add_orders_parser(sub)
    from jobcrm.cli_retention import add_purge_parser  # the GDPR purge (issue 8)

    add_purge_parser(sub)

    # `jobcrm print WHAT ... FILE.pdf`: one sub-parser per printable document; handlers live in
    # cli_commands.PRINTERS (keyed by the sub-command name), each writing the PDF atomically.
    pr = sub.add_parser("print", help="udskriv et dokument som PDF")
    prsub = pr.add_subparsers(dest="what", required=True, parser_class=_Parser)
    add_print_parsers(prsub)

    from jobcrm.cli_sync import add_sync_parsers  # team server and sync (issue 10)

    add_sync_parsers(sub, _Parser)
    add_safety_parsers(sub)
    return p


def add_print_parsers(prsub) -> None:
    """The `print` documents. Each adds its own arguments and ends with the output FILE."""
    from jobcrm.cli_slots import add_presentation_parser

    add_presentation_parser(prsub)
    pb = prsub.add_parser("backlog", help="teamets opfølgninger til teammødet (tabel, graf, overskredne aftaler)")
    pb.add_argument("--team", metavar="NAVN", help="standard: dit eget team")
    pb.add_argument("file", type=Path, metavar="FIL.pdf")
    from jobcrm.cli_campaigns import add_campaign_print_parser

    add_campaign_print_parser(prsub)
    pg = prsub.add_parser("guide", help="blank besøgsguide til udfyldning i hånden")
    pg.add_argument("template", metavar="SKABELON", help="navn eller id (se: jobcrm templates list)")
    pg.add_argument("file", metavar="FIL.pdf")
    pv = prsub.add_parser("visit", help="den udfyldte besøgsguide for et besøg")
    pv.add_argument("id", metavar="BESØGS-ID")
    pv.add_argument("file", metavar="FIL.pdf")
    pb = prsub.add_parser("brief", help="besøgsforberedelse for et besøg")
    pb.add_argument("id", metavar="BESØGS-ID")
    pb.add_argument("file", metavar="FIL.pdf")
    add_order_print_parser(prsub)


def add_safety_parsers(sub) -> None:
    from jobcrm.cli_backups import add_backup_parsers  # backups and restore (issue 8)

    add_backup_parsers(sub, _Parser)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as e:
        print(f"jobcrm: {e}", file=sys.stderr)
        return 2
    if args.command is None:
        from jobcrm.app import run_app

        return run_app(args)
    try:
        return run_command(args)
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except UsageError as e:
        print(f"jobcrm: {e}", file=sys.stderr)
        return 2
    except ValidationError as e:
        print(f"jobcrm: {'; '.join(e.errors.values())}", file=sys.stderr)
        return 1
    except JobCRMError as e:
        print(f"jobcrm: {e}", file=sys.stderr)
        return 1


def open_services(args):
    from jobcrm.services.registry import Services

    services = Services.open(args.db or default_db_path(), Clock(fixed_today=args.today))
    if args.as_initials:
        services.ctx.actor.id = services.consultants.by_initials(args.as_initials).id
    return services


def run_command(args) -> int:
    if args.command == "server":  # the team's PostgreSQL database: no local database is opened
        from jobcrm.cli_sync import run_server

        return run_server(args)
    from jobcrm.cli_backups import RAW_COMMANDS
    from jobcrm.cli_commands import COMMANDS

    if args.command in RAW_COMMANDS:
        return RAW_COMMANDS[args.command](args)
    handler = COMMANDS[args.command]
    services = open_services(args)
    try:
        return handler(services, args)
    finally:
        services.close()


def print_json(data) -> None:
    from jobcrm.services.dto import to_jsonable

    json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    raise SystemExit(main())
