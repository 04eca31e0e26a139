"""`jobcrm purge [--dry-run] [--json]`: the GDPR retention purge (issue 8, PRODUCT.md §9). The app runs the same
purge at every start; this command lets an administrator run it, or see what it would remove, at any time."""

from __future__ import annotations


def add_purge_parser(sub) -> None:
    p = sub.add_parser("purge", help="slet persondata om borgere (kandidatreferencer, forløbsnoter) efter "
                                     "opbevaringsperioden (indstillingen retention_months)")
    p.add_argument("--dry-run", action="store_true", help="vis kun hvad der ville blive slettet")
    p.add_argument("--json", action="store_true")


def cmd_purge(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.services.retention import KIND_LABELS

    result = services.retention.purge(dry_run=args.dry_run)
    if args.json:
        print_json({"cutoff": result.cutoff, "dry_run": result.dry_run, "counts": result.counts})
        return 0
    cutoff = f"{result.cutoff.day:02d}.{result.cutoff.month:02d}.{result.cutoff.year}"
    if not result.counts:
        print(f"Intet at slette: ingen forløb eller formidlinger afsluttet før {cutoff} har persondata tilbage.")
        return 0
    verb = "Ville slette" if result.dry_run else "Slettet"
    print(f"{verb} persondata afsluttet før {cutoff}:")
    for kind, n in result.counts.items():
        print(f"  {KIND_LABELS.get(kind, kind)}: {n}")
    if result.dry_run:
        print("Intet er ændret (--dry-run).")
    return 0


RETENTION_COMMANDS = {"purge": cmd_purge}
