"""`jobcrm server init|status|add-user` (the team's PostgreSQL database) and `jobcrm sync`, `jobcrm conflicts`
(a laptop). cli.py adds the parsers with `add_sync_parsers(sub, parser_class)`; `server` runs without opening the
local database (run_server); cli_commands.py registers SYNC_COMMANDS."""

from __future__ import annotations

import sys
import uuid

from jobcrm.errors import UsageError


def add_sync_parsers(sub, parser_class) -> None:
    server = sub.add_parser("server", help="teamserveren (PostgreSQL): opret/opgradér, status, brugere")
    ssub = server.add_subparsers(dest="action", required=True, parser_class=parser_class)
    si = ssub.add_parser("init", help="opret eller opgradér teamets database (samme migreringer som appen)")
    si.add_argument("url", metavar="URL", help="postgresql+psycopg://bruger@vært:5432/database")
    st = ssub.add_parser("status", help="skemaversion, konsulenter, teams, sidste ændringsnummer og synkroniseringer")
    st.add_argument("url", metavar="URL")
    st.add_argument("--json", action="store_true")
    su = ssub.add_parser("add-user", help="opret et PostgreSQL-login til en konsulent (med teamets rettigheder)")
    su.add_argument("url", metavar="URL")
    su.add_argument("initials", metavar="INITIALER")
    su.add_argument("--password", help="adgangskode (standard: en tilfældig, som udskrives)")
    su.add_argument("--login", help="login-navn (standard: jobcrm_<initialer>)")
    su.add_argument("--json", action="store_true")

    sy = sub.add_parser("sync", help="synkronisér med teamserveren: send egne ændringer, hent teamets")
    sy.add_argument("--server", metavar="URL", help="teamserverens adresse (huskes til næste gang)")
    team = sy.add_mutually_exclusive_group()
    team.add_argument("--team-only", action="store_true", help="hent kun eget teams data (plus fælles stamdata)")
    team.add_argument("--all-teams", action="store_true", help="hent alle teams' data (standard)")
    sy.add_argument("--status", action="store_true", help="vis kun status (ventende ændringer, konflikter)")
    sy.add_argument("--quiet", action="store_true", help="ingen fremdrift undervejs")
    sy.add_argument("--json", action="store_true")

    co = sub.add_parser("conflicts", help="konflikter fra synkronisering: list eller gendan den værdi der tabte")
    co.add_argument("restore", nargs="?", metavar="ID", help="gendan den tabte værdi i denne konflikt")
    co.add_argument("--all", action="store_true", help="vis også gendannede")
    co.add_argument("--json", action="store_true")


def _fmt(t) -> str:
    return t.astimezone().strftime("%d.%m.%Y %H:%M") if t else "aldrig"


def run_server(args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.sync import server as srv

    if args.action == "init":
        out = srv.init_server(args.url)
        what = "oprettet" if out["before"] is None else (
            "opgraderet" if out["before"] != out["revision"] else "allerede opdateret")
        print(f"Teamserveren {srv.redact(args.url)} er {what} (skemaversion {out['revision']}); "
              f"konsulenternes logins får rettigheder gennem rollen {out['role']}.")
        return 0
    if args.action == "add-user":
        out = srv.add_user(args.url, args.initials, args.password, args.login)
        if args.json:
            print_json(out)
            return 0
        print(f"Login {out['login']} {'oprettet' if out['created'] else 'opdateret'} til {out['initials']}.")
        if not args.password:
            print(f"Adgangskode: {out['password']}")
        print(f"Konsulenten synkroniserer med: jobcrm sync --server {out['url']}")
        print("(adgangskoden lægges i ~/.pgpass eller i adressen som bruger:kode@vært)")
        return 0
    out = srv.server_status(args.url)
    if args.json:
        print_json(out)
        return 0
    print(f"Teamserver:   {out['server']}")
    print(f"Skemaversion: {out['revision']}")
    print(f"Ændringer:    {out['changes']} (sidste nummer {out['last_seq']}), bærbare: {out['laptops']}")
    print("Teams:        " + (", ".join(f"{t['name']} ({t['consultants']})" for t in out["teams"]) or "ingen"))
    print("Konsulenter:")
    for k in out["consultants"] or []:
        print(f"  {k['initials']:<6} {k['name']:<30} {k['team'] or '':<20} senest synkroniseret {_fmt(k['last_sync_at'])}")
    if not out["consultants"]:
        print("  ingen endnu")
    return 0


def cmd_sync(services, args) -> int:
    from jobcrm.cli import print_json

    sync = services.sync
    if args.team_only or args.all_teams:
        sync.set_team_only(bool(args.team_only))
    if args.status:
        st = sync.status()
        if args.json:
            print_json(st)
        else:
            print(f"Teamserver: {st.server_url or 'ingen'}; senest synkroniseret {_fmt(st.last_sync_at)}; "
                  f"{st.pending_changes} ændringer venter; {st.open_conflicts} konflikter"
                  + (f"; {st.message}" if st.message else ""))
        return 0

    def progress(p) -> None:
        if args.quiet or args.json or not p.total or not sys.stderr.isatty() and p.done != p.total:
            return
        what = "Sender" if p.phase == "push" else "Henter"
        print(f"\r{what} {p.done}/{p.total if p.total is not None else '?'} ændringer", end="", file=sys.stderr)
        if p.done == p.total:
            print(file=sys.stderr)

    result = sync.sync_now(args.server, progress)
    if args.json:
        print_json(result)
    else:
        print(f"Synkroniseret: {result.pushed} sendt, {result.pulled} hentet, {result.conflicts} nye konflikter "
              f"(ændringsnummer {result.server_seq}).")
    return 0


def cmd_conflicts(services, args) -> int:
    from jobcrm.cli import print_json

    if args.restore:
        try:
            cid = uuid.UUID(args.restore)
        except ValueError:
            raise UsageError(f"ugyldigt konflikt-id {args.restore!r}") from None
        services.sync.restore_conflict(cid)
        print("Den tabte værdi er gendannet og sendes med næste synkronisering.")
        return 0
    rows = services.sync.conflicts(0, 1000, include_restored=args.all)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("Ingen konflikter.")
    for c in rows:
        print(f"{c.id}  {c.record_label} · {c.field_label}: beholdt {c.kept_value!r} ({c.kept_by or '?'}), "
              f"tabt {c.lost_value!r} ({c.lost_by or '?'})" + (" — gendannet" if c.restored_at else ""))
    return 0


SYNC_COMMANDS = {"sync": cmd_sync, "conflicts": cmd_conflicts}
