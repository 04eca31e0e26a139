"""`jobcrm export json FILE` and `jobcrm import json FILE [--dry-run] [--json]`: the full export and import
("Eksportér alt", issue 8; the format is docs/interchange.md). Output is Danish; a bad file gives one line
and a non-zero exit, and changes nothing."""

from __future__ import annotations

import sys
from pathlib import Path

MAX_CONFLICTS_SHOWN = 20
TABLE_LABELS = {
    "company": "virksomheder", "contact_person": "kontaktpersoner", "contact": "kontakthistorik",
    "contact_participant": "deltagere i kontakter", "company_merge": "sammenlægninger", "promise": "aftaler",
    "promise_event": "aftalehændelser", "promise_reschedule": "udsættelser", "visit": "besøg",
    "visit_participant": "besøgsdeltagere", "guide_answer": "guidesvar", "visit_agreement": "besøgsaftaler",
    "guide_template": "besøgsguides", "guide_template_version": "guideversioner", "job_order": "jobordrer",
    "job_order_requirement": "ordrekrav", "job_order_referral": "formidlinger", "slot": "pladser",
    "mentor": "mentorer", "slot_mentor": "mentorer på pladser", "placement": "forløb",
    "placement_extension": "forlængelser", "campaign": "kampagner", "campaign_target": "ringelister",
    "campaign_call": "opkald", "campaign_agreement": "kampagneaftaler", "consultant": "konsulenter",
    "team": "teams", "setting": "indstillinger",
}


def _label(table: str) -> str:
    label = TABLE_LABELS.get(table)
    return f"{label} ({table})" if label else table


def add_export_parsers(sub, parser_class) -> None:
    exp = sub.add_parser("export", help="eksportér data til en fil")
    esub = exp.add_subparsers(dest="what", required=True, parser_class=parser_class)
    ejson = esub.add_parser("json", help="eksportér alt (alle poster i alle tabeller) til en JSON-fil, "
                                         "se docs/interchange.md")
    ejson.add_argument("file", type=Path, metavar="FIL.json")
    ejson.add_argument("--json", action="store_true", help="skriv optællingen som JSON")


def add_import_json_parser(isub) -> None:
    ijson = isub.add_parser("json", help="importér en fuld eksport (jobcrm export json) ind i databasen")
    ijson.add_argument("file", type=Path, metavar="FIL.json")
    ijson.add_argument("--dry-run", action="store_true", help="vis hvad der ville ske, men gem intet")
    ijson.add_argument("--json", action="store_true")


def _n(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def cmd_export(services, args) -> int:
    from jobcrm.cli import print_json

    result = services.interchange.export_json(args.file)
    if args.json:
        print_json({"file": str(result.path), "rows": result.rows, "tables": dict(result.tables)})
        return 0
    print(f"Eksporteret {_n(result.rows)} poster fra {len(result.tables)} tabeller til {result.path}.")
    return 0


def cmd_import_json(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.domain.dates import format_datetime
    from jobcrm.services.interchange import ImportRejected

    try:
        result = services.interchange.import_json(args.file, dry_run=args.dry_run)
    except ImportRejected as e:
        if args.json:
            print_json({"rejected": e.rejections, "total": e.total})
        raise
    if args.json:
        print_json(result)
        return 0
    head = "Prøvekørsel — intet er gemt" if result.dry_run else "Import gennemført"
    conflicts = result.total("conflicts")
    print(f"{head}: {_n(result.total('new'))} nye, {_n(result.total('updated'))} opdateret, "
          f"{_n(result.total('unchanged'))} uændret, {_n(conflicts)} "
          f"{'konflikt' if conflicts == 1 else 'konflikter'}.")
    for t in result.tables:
        if t.new or t.updated or t.conflicts:
            print(f"  {_label(t.table)}: {_n(t.new)} nye, {_n(t.updated)} opdateret, {_n(t.unchanged)} uændret, "
                  f"{_n(t.conflicts)} konflikter")
    if result.replaced_seeds:
        print("Ubrugte standardguides erstattet af filens: " + ", ".join(result.replaced_seeds))
    for c in result.conflicts[:MAX_CONFLICTS_SHOWN]:
        print(f"  Konflikt i {_label(c.table)} {c.record_id} ({', '.join(c.fields)}): din version er ændret "
              f"{format_datetime(c.local_updated_at)}, filens {format_datetime(c.incoming_updated_at)} — "
              "din er beholdt.")
    if conflicts > MAX_CONFLICTS_SHOWN:
        print(f"  … og {_n(conflicts - MAX_CONFLICTS_SHOWN)} konflikter mere (brug --json for dem alle).",
              file=sys.stdout)
    return 0


INTERCHANGE_COMMANDS = {"export": cmd_export}
