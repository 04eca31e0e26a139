"""`jobcrm backup [DIR]`, `jobcrm backups [--json]` and `jobcrm restore FILE`."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from jobcrm.db.backup_files import format_size
from jobcrm.domain.dates import format_datetime


def add_backup_parsers(sub, parser_class) -> None:
    b = sub.add_parser("backup", help="tag en sikkerhedskopi af databasen nu (skriver stien)")
    b.add_argument("dir", nargs="?", type=Path, metavar="MAPPE",
                   help="mappe til kopien (standard: mappen til sikkerhedskopier, som roteres)")
    bl = sub.add_parser("backups", help="list sikkerhedskopierne, nyeste først")
    bl.add_argument("--json", action="store_true")
    r = sub.add_parser("restore", help="gendan databasen fra en sikkerhedskopi (den nuværende kopieres først)")
    r.add_argument("file", type=Path, metavar="FIL")


def cmd_backup(services, args) -> int:
    info = services.backups.create("manual", folder=args.dir)
    print(info.path)
    return 0


def cmd_backups(services, args) -> int:
    items = services.backups.list()
    if args.json:
        from jobcrm.cli import print_json

        print_json([{"path": b.path, "created_at": b.created_at.isoformat(timespec="seconds"), "kind": b.kind,
                     "size": b.size, "schema_revision": b.schema_revision, "companies": b.companies} for b in items])
        return 0
    if not items:
        print(f"Ingen sikkerhedskopier i {services.backups.folder()}")
        return 0
    for b in items:
        companies = "" if b.companies is None else f"  {b.companies} virksomheder"
        print(f"{format_datetime(b.created_at)}  {b.kind_da:<18} {format_size(b.size):>9}{companies}  {b.path}")
    return 0


def cmd_restore(args) -> int:
    """Without services: the current database may be the damaged one that needs the restore."""
    from jobcrm.config import default_db_path
    from jobcrm.services.backups import restore_without_services

    db = Path(args.db or default_db_path())
    result = restore_without_services(db, args.file, dt.datetime.now())
    print(f"Gendannet fra {result.restored_from} (skemaversion {result.revision_before}"
          + (f", opdateret til {result.revision_after})" if result.revision_after != result.revision_before else ")"))
    if result.safety_copy:
        print(f"Den tidligere database er gemt som {result.safety_copy}")
    if result.moved_aside:
        print(f"Den beskadigede database er flyttet til {result.moved_aside}", file=sys.stderr)
    return 0


BACKUP_COMMANDS = {"backup": cmd_backup, "backups": cmd_backups}
RAW_COMMANDS = {"restore": cmd_restore}  # run without opening the database first
