"""`jobcrm slots …`, `jobcrm placements …`, `jobcrm mentors …` and `jobcrm print presentation`.

cli.py adds the parsers with `add_slot_parsers(sub)` and `add_presentation_parser(prsub)`;
cli_commands.py registers SLOT_COMMANDS and PRINTERS["presentation"].
"""

from __future__ import annotations

from pathlib import Path

from jobcrm.domain.dates import format_date
from jobcrm.domain.vocab import (
    MENTOR_COMPETENCE,
    MENTOR_KIND,
    PLACEMENT_OUTCOME,
    PLACEMENT_STATUS,
    SCHEME,
    SLOT_STATUS,
)
from jobcrm.errors import UsageError


def add_slot_parsers(sub, parser_class) -> None:
    slots = sub.add_parser("slots", help="praktik- og løntilskudspladser")
    ssub = slots.add_subparsers(dest="action", required=True, parser_class=parser_class)
    sl = ssub.add_parser("list", help="teamets pladser med status (Ledig/Besat/Lukket) og ledige pladser i dag")
    sl.add_argument("--free", action="store_true", help="kun pladser med mindst én ledig plads i dag")
    sl.add_argument("--scheme", metavar="ORDNING", help="fx praktik, loentilskud_privat, \"Virksomhedspraktik\"")
    sl.add_argument("--tag", action="append", default=[], metavar="TAG", help="skal have dette tag (kan gentages)")
    sl.add_argument("--kommune", metavar="KOMMUNE")
    sl.add_argument("--search", default="", metavar="TEKST", help="titel, virksomhed, opgaver, by")
    sl.add_argument("--closed", action="store_true", help="vis også lukkede pladser")
    sl.add_argument("--limit", type=int, default=200)
    sl.add_argument("--offset", type=int, default=0)
    sl.add_argument("--json", action="store_true")
    ss = ssub.add_parser("show", help="vis en plads med mentorer, forløb og status")
    ss.add_argument("id", metavar="ID")
    ss.add_argument("--json", action="store_true")
    sa = ssub.add_parser("add", help="opret en plads")
    sa.add_argument("--company", required=True, metavar="CVR|ID")
    sa.add_argument("--scheme", required=True, metavar="ORDNING")
    sa.add_argument("--title", required=True)
    sa.add_argument("--capacity", default="1", metavar="ANTAL")
    sa.add_argument("--from", dest="available_from", metavar="DATO")
    sa.add_argument("--to", dest="available_to", metavar="DATO")
    sa.add_argument("--hours", metavar="TIMER", help="timer pr. uge")
    sa.add_argument("--working-hours", metavar="TEKST", help="mødetider")
    sa.add_argument("--tasks", metavar="TEKST")
    sa.add_argument("--tags", metavar="TAG, TAG")
    sa.add_argument("--mentor", action="append", default=[], metavar="MENTOR-ID")
    sa.add_argument("--json", action="store_true")
    sc = ssub.add_parser("confirm", help="bekræft at pladsen stadig er ledig (sidst bekræftet = i dag)")
    sc.add_argument("id", metavar="ID")

    placements = sub.add_parser("placements", help="forløb (borgere i praktik/løntilskud)")
    psub = placements.add_subparsers(dest="action", required=True, parser_class=parser_class)
    pl = psub.add_parser("list", help="forløb, nyeste start først")
    pl.add_argument("--active", action="store_true", help="kun planlagte og igangværende i dag")
    pl.add_argument("--slot", metavar="PLADS-ID")
    pl.add_argument("--limit", type=int, default=200)
    pl.add_argument("--json", action="store_true")
    ps = psub.add_parser("start", help="start et forløb på en plads (laver opfølgningsplanen)")
    ps.add_argument("slot", metavar="PLADS-ID")
    ps.add_argument("--candidate", required=True, metavar="REFERENCE", help="initialer eller sagsnummer, aldrig CPR")
    ps.add_argument("--start", required=True, metavar="DATO")
    length = ps.add_mutually_exclusive_group()
    length.add_argument("--weeks", type=int, metavar="UGER", help="standard: kontorets 4 uger")
    length.add_argument("--end", metavar="DATO", help="planlagt slutdato")
    ps.add_argument("--hours", metavar="TIMER")
    ps.add_argument("--mentor", metavar="MENTOR-ID")
    ps.add_argument("--time", dest="first_day_time", metavar="KL", help="mødetid første dag, fx 8.00")
    ps.add_argument("--meet", dest="meeting_point", metavar="STED", help="mødested første dag")
    ps.add_argument("--ask-for", metavar="NAVN", help="hvem borgeren skal spørge efter")
    ps.add_argument("--json", action="store_true")
    pe = psub.add_parser("extend", help="forlæng et forløb (standard 4 uger)")
    pe.add_argument("id", metavar="ID")
    pext = pe.add_mutually_exclusive_group()
    pext.add_argument("--weeks", type=int, metavar="UGER")
    pext.add_argument("--to", metavar="DATO")
    pe.add_argument("--reason", metavar="TEKST")
    pend = psub.add_parser("end", help="afslut et forløb med et udfald")
    pend.add_argument("id", metavar="ID")
    pend.add_argument("--outcome", required=True, metavar="UDFALD",
                      help="fx ordinaer, \"Ordinær ansættelse\", uddannelse, afbrudt_sygdom")
    pend.add_argument("--on", metavar="DATO", help="sidste dag (standard: i dag)")
    pend.add_argument("--note", metavar="TEKST")

    mentors = sub.add_parser("mentors", help="mentorkorpset")
    msub = mentors.add_subparsers(dest="action", required=True, parser_class=parser_class)
    ml = msub.add_parser("list", help="mentorer med antal mentees og maksimum")
    ml.add_argument("--search", default="")
    ml.add_argument("--json", action="store_true")
    mc = msub.add_parser("coverage", help="hvilke mentorkompetencer teamet dækker, og hvilke det mangler")
    mc.add_argument("--json", action="store_true")


def add_presentation_parser(prsub) -> None:
    pr = prsub.add_parser("presentation", help="Praktikpræsentation for borger og virksomhed")
    pr.add_argument("slot", metavar="PLADS-ID")
    pr.add_argument("--placement", metavar="FORLØB-ID", help="med borgerens første dag")
    pr.add_argument("file", type=Path, metavar="FIL.pdf")


def _scheme(text: str | None) -> str | None:
    if not text:
        return None
    code = text if text in SCHEME else SCHEME.lookup(text)
    if code is None:
        raise UsageError(f'ukendt ordning "{text}" (brug {", ".join(SCHEME.codes())})')
    return code


def _status(row) -> str:
    if row.status == "ledig":
        text = f"Ledig {row.free}/{row.capacity}" if row.capacity > 1 else "Ledig"
        return text + (f", {row.days_vacant} d" if row.days_vacant else "")
    return SLOT_STATUS.label(row.status)


def cmd_slots(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.services.slot_dto import SlotFilter, SlotInput

    if args.action == "list":
        flt = SlotFilter(text=args.search, scheme=_scheme(args.scheme), tags=tuple(args.tag),
                         municipality=args.kommune, min_free=1 if args.free else 0, include_closed=args.closed)
        rows = services.slots.page(args.offset, args.limit, flt)
        if args.json:
            print_json(rows)
            return 0
        today = services.ctx.clock.today()
        print(f"Pladser pr. {format_date(today)}:")
        print(f"{'Status':18} {'Virksomhed':28} {'Kommune':12} {'Ordning':24} {'Titel':26} {'Bekræftet':10}  Id")
        for r in rows:
            warn = "!" if r.verify_overdue else " "
            print(f"{_status(r)[:18]:18} {r.company_name[:28]:28} {(r.municipality or '')[:12]:12} "
                  f"{SCHEME.label(r.scheme)[:24]:24} {r.title[:26]:26} {format_date(r.verified_on):10}{warn} {r.id}")
        total = services.slots.count(flt)
        print(f"Viser {len(rows)} af {total} pladser.")
        return 0
    if args.action == "show":
        return _show_slot(services, services.slots.resolve(args.id), args.json)
    if args.action == "add":
        company_id = services.companies.resolve(args.company)
        mentors = tuple(_uuid(m, "mentor-id") for m in args.mentor)
        slot = services.slots.create(SlotInput(
            company_id=company_id, scheme=args.scheme, title=args.title, capacity=args.capacity,
            available_from=args.available_from, available_to=args.available_to, hours_per_week=args.hours,
            working_hours=args.working_hours, tasks=args.tasks, tags=args.tags, mentor_ids=mentors))
        if args.json:
            print_json(slot)
        else:
            print(f'Plads oprettet: "{slot.title}" hos {slot.company_name} ({SCHEME.label(slot.scheme)}, '
                  f"{slot.capacity} plads{'er' if slot.capacity > 1 else ''}). Id: {slot.id}")
        return 0
    if args.action == "confirm":
        sid = services.slots.resolve(args.id)
        services.slots.confirm(sid)
        slot = services.slots.get(sid)
        print(f'"{slot.title}" hos {slot.company_name}: sidst bekræftet {format_date(slot.verified_on)}.')
        return 0
    raise AssertionError(args.action)


def _uuid(text: str, what: str):
    import uuid

    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise UsageError(f'"{text}" er ikke et gyldigt {what}') from None


def _show_slot(services, slot_id, as_json: bool) -> int:
    from jobcrm.cli import print_json

    s = services.slots.get(slot_id)
    if as_json:
        print_json(s)
        return 0
    head = f"{s.title} — {s.company_name}"
    print(head)
    print("=" * len(head))
    status = SLOT_STATUS.label(s.status)
    if s.status == "ledig":
        status += f": {s.free} af {s.capacity} ledige"
        if s.days_vacant:
            status += f", ledig i {s.days_vacant} dage (siden {format_date(s.vacant_since)})"
    elif s.status == "besat":
        status += f": alle {s.capacity} optaget"
    elif s.closed_on:
        status += f" {format_date(s.closed_on)}: {s.close_reason}"
    print(f"Status pr. {format_date(s.on)}: {status}")
    last = f"{format_date(s.verified_on)}" + (f" af {s.verified_by_initials}" if s.verified_by_initials else "")
    print(f"Sidst bekræftet: {last}" + ("  (bør bekræftes)" if s.verify_overdue else ""))
    if s.ratio and s.ratio.message:
        print(f"ADVARSEL: {s.ratio.message}")
    period = f"fra {format_date(s.available_from)}" + (f" til {format_date(s.available_to)}" if s.available_to else "")
    facts = [("Ordning", SCHEME.label(s.scheme)), ("Pladser", s.capacity), ("Ledig", period),
             ("Timer pr. uge", s.hours_per_week), ("Mødetider", s.working_hours), ("Arbejdssted", s.place),
             ("Kommune", s.company_municipality), ("Arbejdsopgaver", s.tasks),
             ("Muligheder", s.opportunities), ("Kvalifikationer", s.qualifications),
             ("Særlige hensyn", s.special_conditions), ("Fravær", s.absence_handling),
             ("Tag med", s.what_to_bring), ("Tags", ", ".join(s.tags)),
             ("Ansvarlig", f"{s.responsible_initials} — {s.responsible_name}" if s.responsible_initials else None)]
    for label, value in facts:
        if value not in (None, ""):
            print(f"{label + ':':17}{' '.join(str(value).split())}")
    print(f"\nMentorer ({len(s.mentors)}):")
    for m in s.mentors:
        comp = "; ".join(MENTOR_COMPETENCE.label(c) for c in m.competences)
        print(f"  {m.name} ({MENTOR_KIND.label(m.kind)}) — {m.active_mentees} af højst {m.max_mentees} mentees"
              + (f" — {m.phone}" if m.phone else "") + (f"\n    {comp}" if comp else ""))
    if not s.mentors:
        print("  (ingen)")
    print(f"\nForløb ({len(s.placements)}):")
    for p in s.placements:
        print("  " + _placement_line(p))
    if not s.placements:
        print("  (ingen)")
    print(f"\nId: {s.id}")
    return 0


def _placement_line(p) -> str:
    status = PLACEMENT_STATUS.label(p.status)
    if p.outcome:
        status += f" ({PLACEMENT_OUTCOME.label(p.outcome)})"
    elif p.needs_outcome:
        status += " (mangler udfald)"
    ext = f", forlænget {len(p.extensions)}x" if p.extensions else ""
    mentor = f", mentor {p.mentor_name}" if p.mentor_name else ""
    return (f"{p.candidate_ref or '(slettet)':12} {format_date(p.start_date)}–{format_date(p.end_date)} "
            f"{status}{ext}{mentor}  [{p.id}]")


def cmd_placements(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.services.slot_dto import PlacementInput

    if args.action == "list":
        slot_id = services.slots.resolve(args.slot) if args.slot else None
        rows = services.placements.list(active=args.active, slot_id=slot_id, limit=args.limit)
        if args.json:
            print_json(rows)
            return 0
        for p in rows:
            print(f"{p.company_name[:26]:26} {p.slot_title[:22]:22} " + _placement_line(p))
        print(f"{len(rows)} forløb.")
        return 0
    if args.action == "start":
        result = services.placements.start(PlacementInput(
            slot_id=services.slots.resolve(args.slot), candidate_ref=args.candidate, start_date=args.start,
            planned_end=args.end, weeks=args.weeks, hours_per_week=args.hours,
            mentor_id=_uuid(args.mentor, "mentor-id") if args.mentor else None, first_day_time=args.first_day_time,
            meeting_point=args.meeting_point, ask_for=args.ask_for))
        if args.json:
            print_json({"placement": result.placement, "promise_ids": result.promise_ids,
                        "warnings": result.warnings})
            return 0
        p = result.placement
        print(f"Forløb startet: {p.candidate_ref} i \"{p.slot_title}\" hos {p.company_name}, "
              f"{format_date(p.start_date)}–{format_date(p.planned_end)}. Id: {p.id}")
        for promise in services.placements.plan(p.id):
            print(f"  Aftale {format_date(promise.due_date)}: {promise.title}"
                  + (" (gentages)" if promise.recurrence else ""))
        for w in result.warnings:
            print(f"ADVARSEL: {w}")
        return 0
    if args.action == "extend":
        p = services.placements.extend(services.placements.resolve(args.id), weeks=args.weeks, to=args.to,
                                       reason=args.reason)
        print(f"Forløbet {p.candidate_ref} er forlænget til {format_date(p.planned_end)}.")
        return 0
    if args.action == "end":
        r = services.placements.end(services.placements.resolve(args.id), args.outcome, ended_on=args.on,
                                    note=args.note)
        p = r.placement
        print(f"Forløbet {p.candidate_ref} er afsluttet {format_date(p.ended_on)}: "
              f"{PLACEMENT_OUTCOME.label(p.outcome)}.")
        if r.aftercare_ids:
            print("Efterværn er planlagt en gang om måneden.")
        return 0
    raise AssertionError(args.action)


def cmd_mentors(services, args) -> int:
    from jobcrm.cli import print_json

    if args.action == "list":
        rows = services.mentors.list(args.search)
        if args.json:
            print_json(rows)
            return 0
        for m in rows:
            full = " FULDT BOOKET" if m.active_mentees >= m.max_mentees else ""
            print(f"{m.name[:26]:26} {MENTOR_KIND.label(m.kind)[:28]:28} {m.where[:26]:26} "
                  f"{m.active_mentees}/{m.max_mentees}{full}  [{m.id}]")
        return 0
    if args.action == "coverage":
        rows = services.mentors.coverage()
        if args.json:
            print_json(rows)
            return 0
        for r in rows:
            state = f"{len(r.mentors)} mentorer, {r.with_room} med plads" if r.covered else "INGEN MENTOR"
            print(f"{r.label[:62]:62} {state}")
        return 0
    raise AssertionError(args.action)


def print_presentation(services, args):
    from jobcrm.pdf import presentation

    slot_id = services.slots.resolve(args.slot)
    placement_id = services.placements.resolve(args.placement) if args.placement else None
    data = presentation.load(services, slot_id, placement_id)
    return presentation.render_pdf(data), "Praktikpræsentation"


SLOT_COMMANDS = {"slots": cmd_slots, "placements": cmd_placements, "mentors": cmd_mentors}
