"""`jobcrm visits`, `jobcrm templates` and the visit documents of `jobcrm print` (guide, visit, brief)."""

from __future__ import annotations

import datetime as dt
import uuid

from jobcrm.domain.dates import DateParseError, format_date, format_datetime, parse_date
from jobcrm.domain.vocab import GUIDE_ITEM_KIND, PROMISED_BY, VISIT_STATUS, VISIT_TYPE
from jobcrm.errors import UsageError


def _when(text: str, option: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise UsageError(f'{option} skal skrives som "ÅÅÅÅ-MM-DD TT:MM" (fik "{text}")') from None


def _day(services, text: str | None, option: str) -> dt.date | None:
    if not text:
        return None
    try:
        return parse_date(text, services.ctx.clock.today(), services.settings.calendar())
    except DateParseError as e:
        raise UsageError(f"{option}: {e}") from None


def _visit_id(services, text: str) -> uuid.UUID:
    return services.visits.resolve(text)


def cmd_visits(services, args) -> int:
    if args.action == "plan":
        return _plan(services, args)
    if args.action == "status":
        return _status(services, args)
    if args.action == "show":
        return _show(services, args)
    return _list(services, args)


def _list(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.services.visit_dto import VisitFilter

    consultant = None
    if args.consultant:
        consultant = services.consultants.by_initials(args.consultant).id
    elif not args.all:
        consultant = services.ctx.actor.id  # None (no current user): everyone's
    today = services.ctx.clock.today()
    first = _day(services, args.date_from, "--from")
    last = _day(services, args.date_to, "--to")
    if first is None and last is None:
        first = today
    if first and last and last < first:
        raise UsageError("--to ligger før --from")
    f = VisitFilter(consultant_id=consultant, date_from=first, date_to=last)
    rows = services.visits.page(f, 0, 1000)
    total = services.visits.count(f)
    if args.json:
        print_json(rows)
        return 0
    print(f"{'Id':36}  {'Dato':10} {'Tid':11} {'Kons.':9} {'Status':22} {'Type':16} Virksomhed")
    for r in rows:
        start, end = r.start_at.astimezone(), r.end_at.astimezone()
        who = "+".join((r.consultant_initials, *r.other_initials))
        guide = {"i_gang": " (guide i gang)", "registreret": ""}.get(r.guide_state, "")
        print(f"{r.id!s:36}  {format_date(start.date()):10} {start:%H:%M}–{end:%H:%M} {who[:9]:9} "
              f"{VISIT_STATUS.label(r.status)[:22]:22} {VISIT_TYPE.label(r.visit_type)[:16]:16} "
              f"{r.company_name}{guide}")
    span = f"fra {format_date(first)}" if first else ""
    if last:
        span += f" til {format_date(last)}"
    shown = f" (viser {len(rows)})" if total > len(rows) else ""
    print(f"{total} besøg {span.strip()}{shown}.")
    return 0


def _plan(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.services.visit_dto import VisitInput

    company = services.companies.resolve(args.company)
    consultant = services.consultants.by_initials(args.consultant).id if args.consultant else None
    if consultant is None and services.ctx.actor.id is None:
        raise UsageError("ingen aktuel konsulent: brug --as INITIALER eller --consultant")
    others = tuple(services.consultants.by_initials(x.strip()).id for x in (args.others or "").split(",")
                   if x.strip())
    start = _when(args.at, "--at")
    if not 5 <= args.minutes <= 12 * 60:
        raise UsageError("--minutes skal være mellem 5 og 720")
    visit_type = args.type if args.type in VISIT_TYPE else VISIT_TYPE.lookup(args.type)
    if visit_type is None:
        raise UsageError(f'ukendt besøgstype "{args.type}": brug {", ".join(VISIT_TYPE.codes())}')
    template = services.guides.resolve_template(args.guide) if args.guide else None
    persons = []
    known = services.companies.get(company).contact_persons if args.person else ()
    for name in args.person or ():
        found = [p for p in known if p.name.casefold() == name.strip().casefold()]
        if not found:
            raise UsageError(f'virksomheden har ingen kontaktperson ved navn "{name}"')
        persons.append(found[0].id)
    v = services.visits.plan(VisitInput(
        company_id=company, start=start, end=start + dt.timedelta(minutes=args.minutes), consultant_id=consultant,
        other_consultant_ids=others, contact_person_id=persons[0] if persons else None,
        other_person_ids=tuple(persons[1:]), place=args.place, visit_type=visit_type,
        template_id=template, note=args.note))
    if args.json:
        print_json(v)
        return 0
    from jobcrm.services.visits import describe_visit

    print(f"Besøg planlagt: {describe_visit(v)}. Guide: {v.template_name}.")
    print(f"Id: {v.id}")
    return 0


def _status(services, args) -> int:
    from jobcrm.services.visits import describe_visit

    vid = _visit_id(services, args.id)
    status = args.status if args.status in VISIT_STATUS else VISIT_STATUS.lookup(args.status)
    if status is None:
        raise UsageError(f'ukendt status "{args.status}": brug {", ".join(VISIT_STATUS.codes())}')
    new_start = _when(args.new_at, "--to") if args.new_at else None
    v = services.visits.set_status(vid, status, args.reason, new_start)
    if v.id != vid:
        print(f"Besøget er flyttet. Nyt besøg: {describe_visit(v)}")
        print(f"Id: {v.id}")
    else:
        print(f"Status ændret: {describe_visit(v)}")
    return 0


def _show(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.services.guides import NOTE, answer_text
    from jobcrm.services.visits import describe_visit

    vid = _visit_id(services, args.id)
    fill = services.guides.fill(vid)
    if args.json:
        print_json(fill)
        return 0
    v = fill.visit
    print(describe_visit(v))
    if v.status_reason:
        print(f"Begrundelse: {v.status_reason}")
    print(f"Sted: {v.place or v.company_address or ''}")
    print(f"Guide: {fill.version.name} (version {fill.version.version})")
    for n, sec in enumerate(fill.version.sections, 1):
        mark = "berørt" if fill.touched.get(sec.key) else "IKKE BERØRT"
        print(f"\n{n}. {sec.title} [{mark}]")
        for item in sec.items:
            value = answer_text(item, fill.answers.get(item.key))
            if value:
                print(f"  - {item.text}: {value}")
        note = fill.answers.get(sec.key + NOTE)
        if note:
            print(f"  Noter: {note}")
    agreed = [a for a in fill.agreements if a.title.strip()]
    if agreed:
        print("\nAftaler:")
        for a in agreed:
            state = " (opfølgning oprettet)" if a.promise_id else ""
            print(f"  - {PROMISED_BY.label(a.promised_by)}: {a.title}, frist {format_date(a.due_date) or a.due_text}"
                  f"{state}")
    if v.registered_at:
        print(f"\nRegistreret {format_datetime(v.registered_at)}.")
    return 0


def cmd_templates(services, args) -> int:
    from jobcrm.cli import print_json

    rows = services.guides.list_templates(include_inactive=args.all)
    if args.json:
        print_json(rows)
        return 0
    print(f"{'Navn':40} {'Version':>7} {'Temaer':>6} {'Punkter':>7}  Id")
    for r in rows:
        inactive = " (deaktiveret)" if not r.active else ""
        print(f"{(r.name + inactive)[:40]:40} {r.version:>7} {r.sections:>6} {r.items:>7}  {r.id}")
    kinds = ", ".join(t.da.lower() for t in GUIDE_ITEM_KIND)
    print(f"{len(rows)} besøgsguides. Punkttyper: {kinds}.")
    return 0


def print_guide(services, args):
    from jobcrm.pdf.guide import guide_pdf

    version = services.guides.current(services.guides.resolve_template(args.template))
    return guide_pdf(version, services.ctx.clock.today()), f"Blank besøgsguide ({version.name})"


def print_visit(services, args):
    from jobcrm.pdf.guide import guide_pdf

    fill = services.guides.fill(_visit_id(services, args.id))
    return guide_pdf(fill.version, services.ctx.clock.today(), fill), \
        f"Udfyldt besøgsguide ({fill.visit.company_name})"


def print_brief(services, args):
    from jobcrm.pdf.brief import brief_pdf

    brief = services.visits.brief(_visit_id(services, args.id))
    return brief_pdf(brief, services.ctx.clock.today()), f"Besøgsforberedelse ({brief.company.name})"


VISIT_COMMANDS = {"visits": cmd_visits, "templates": cmd_templates}
VISIT_PRINTERS = {"guide": print_guide, "visit": print_visit, "brief": print_brief}
