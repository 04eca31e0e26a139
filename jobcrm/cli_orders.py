"""`jobcrm orders …` (list, show, create, refer, status) and `jobcrm print order`: job orders from the command
line. Danish output; `--json` where it lists or shows things; one-line reasons on bad input."""

from __future__ import annotations

import argparse

from jobcrm.errors import UsageError

STATUS_WORDS = {"åbne": "aabne", "aabne": "aabne", "alle": None}


def add_orders_parser(sub) -> None:
    orders = sub.add_parser("orders", help="jobordrer: list, vis, opret, formidl, status")
    osub = orders.add_subparsers(dest="action", required=True, parser_class=type(orders))
    olist = osub.add_parser("list", help="list jobordrer (nyeste først)")
    olist.add_argument("--status", metavar="S",
                       help='"åbne", en status (under_behandling, inaktiveret, afsluttet_daekket, afsluttet_frist, '
                            'annulleret) eller dens danske navn')
    olist.add_argument("--company", metavar="CVR|ID", help="kun denne virksomheds ordrer")
    olist.add_argument("--owner", metavar="INITIALER", help="kun ordrer med denne tovholder")
    olist.add_argument("--responsible", metavar="INITIALER", help="ansvarlig for udsøgning eller tilbagemelding")
    olist.add_argument("--unfilled", type=int, metavar="DAGE", help="ubesatte: åbne, ingen ansat, ældre end DAGE")
    olist.add_argument("--without-responsible", action="store_true", help="uden ansvarlig for udsøgning/tilbagemelding")
    olist.add_argument("--limit", type=int, default=100)
    olist.add_argument("--offset", type=int, default=0)
    olist.add_argument("--json", action="store_true")
    oshow = osub.add_parser("show", help="vis en jobordre med krav, formidlingslog og hvad der mangler")
    oshow.add_argument("id", metavar="ID", help="ordrens id (eller dets sidste 8 tegn)")
    oshow.add_argument("--json", action="store_true")

    ocreate = osub.add_parser("create", help="opret en jobordre")
    ocreate.add_argument("--company", required=True, metavar="CVR|ID")
    ocreate.add_argument("--title", metavar="TEKST", help="stillingsbetegnelse")
    ocreate.add_argument("--offer", action="append", default=[], metavar="TYPE",
                         help="tilbyder: ordinaer, praktik, loentilskud, fleksjob, … (kan gentages)")
    ocreate.add_argument("--hours", action="append", default=[], metavar="TIMETAL",
                         help="fuld_tid, deltid, skiftehold, vikar (kan gentages)")
    ocreate.add_argument("--positions", metavar="N")
    ocreate.add_argument("--work", metavar="TEKST", help="arbejdets art/indhold")
    ocreate.add_argument("--professional", metavar="TEKST", help="faglige kvalifikationer")
    ocreate.add_argument("--personal", metavar="TEKST", help="personlige kvalifikationer")
    ocreate.add_argument("--start", metavar="DATO", help="ansættelsesdato")
    ocreate.add_argument("--employment", metavar="FORHOLD", help="fast, tidsbestemt, andet")
    ocreate.add_argument("--contact-form", metavar="FORM", help="cv, formidling, direkte")
    ocreate.add_argument("--cvs", metavar="N", help="antal CV'er virksomheden ønsker")
    ocreate.add_argument("--cv-deadline", metavar="DATO")
    ocreate.add_argument("--feedback-deadline", metavar="DATO", help='tilbagemelding senest, fx "+5 arbejdsdage"')
    ocreate.add_argument("--owner", metavar="INITIALER", help="tovholder (standard: dig)")
    ocreate.add_argument("--search-responsible", metavar="INITIALER")
    ocreate.add_argument("--feedback-responsible", metavar="INITIALER")
    ocreate.add_argument("--wish", action="append", default=[], choices=("fastholdelse", "kompetence"),
                         help="firmaet ønsker kontakt om … (kan gentages)")
    ocreate.add_argument("--requirement", action="append", default=[], metavar="TYPE:TEKST[:PRIORITET]",
                         help='fx "koerekort:B:ufravigelig" (kan gentages)')
    ocreate.add_argument("--json", action="store_true")

    orefer = osub.add_parser("refer", help="log et CV sendt til virksomheden (formidlingslog)")
    orefer.add_argument("id", metavar="ID")
    orefer.add_argument("--candidate", required=True, metavar="REF",
                        help="pseudonym reference: initialer eller sagsnummer — aldrig et CPR-nummer")
    orefer.add_argument("--sent", default="i dag", metavar="DATO")
    orefer.add_argument("--consent", action="store_true", help="kandidaten har givet samtykke til at sende CV'et")
    orefer.add_argument("--response", default="sendt", help="sendt, samtale, ansat, afslag, ingen_respons")

    ostatus = osub.add_parser("status", help="skift status på en jobordre")
    ostatus.add_argument("id", metavar="ID")
    ostatus.add_argument("status", metavar="STATUS")
    ostatus.add_argument("--note", metavar="TEKST", help="begrundelse (kræves ved annullering)")


def add_order_print_parser(prsub) -> None:
    p = prsub.add_parser("order", help="ordreblanketten for en jobordre, eller en blank til et besøg")
    p.add_argument("ref", nargs="?", metavar="ID", help="ordrens id (eller dets sidste 8 tegn)")
    p.add_argument("file", metavar="FIL.pdf")
    p.add_argument("--blank", action="store_true", help="en blank ordreblanket at tage med på besøg")
    p.add_argument("--company", metavar="CVR|ID", help="med --blank: fyld virksomhedsdelen og kontakterne ud")


# --- handlers ------------------------------------------------------------------------------------------
def _consultant(services, initials):
    return services.consultants.by_initials(initials).id if initials else None


def _status(text: str | None):
    from jobcrm.domain.vocab import ORDER_STATUS

    if text is None:
        return None
    key = text.strip().casefold()
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    code = text if text in ORDER_STATUS else ORDER_STATUS.lookup(text)
    if code is None:
        raise UsageError(f'ukendt status "{text}" (brug "åbne" eller en af: {", ".join(ORDER_STATUS.codes())})')
    return code


def cmd_orders(services, args) -> int:
    handler = {"list": _list, "show": _show, "create": _create, "refer": _refer, "status": _set_status}[args.action]
    return handler(services, args)


def _list(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.domain.dates import format_date
    from jobcrm.domain.vocab import ORDER_STATUS
    from jobcrm.services.order_dto import OrderFilter

    if args.limit < 1:
        raise UsageError("--limit skal være mindst 1")
    flt = OrderFilter(
        status=_status(args.status), company_id=services.companies.resolve(args.company) if args.company else None,
        owner_id=_consultant(services, args.owner), responsible_id=_consultant(services, args.responsible),
        unfilled_days=args.unfilled, without_responsible=args.without_responsible)
    rows = services.orders.page(args.offset, args.limit, flt)
    if args.json:
        print_json(rows)
        return 0
    today = services.ctx.clock.today()
    print(f"{'Id':9} {'Modtaget':10} {'Dage':>4}  {'Status':30} {'Virksomhed':28} {'Stilling':28} {'CV':>5} "
          f"{'Tovh.':5} Tilbagemelding")
    for r in rows:
        cvs = f"{r.cvs_sent}/{r.cvs_wanted}" if r.cvs_wanted else str(r.cvs_sent)
        late = " OVERSKREDET" if r.feedback_deadline and r.feedback_deadline < today and r.status in (
            "under_behandling", "inaktiveret") else ""
        print(f"{str(r.id)[-8:]:9} {format_date(r.received_on):10} {(today - r.received_on).days:>4}  "
              f"{ORDER_STATUS.label(r.status)[:30]:30} {r.company_name[:28]:28} {(r.title or '–')[:28]:28} "
              f"{cvs:>5} {r.owner_initials or '':5} {format_date(r.feedback_deadline)}{late}")
    total = services.orders.count(flt)
    print(f"Viser {len(rows)} af {total} jobordrer.")
    return 0


def _show(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.domain.dates import format_date
    from jobcrm.domain.order_rules import status_offers
    from jobcrm.domain.vocab import (
        CONTACT_FORM,
        EMPLOYMENT,
        ORDER_HOURS,
        ORDER_OFFER,
        ORDER_STATUS,
        PRIORITY,
        REFERRAL_RESPONSE,
        REQUIREMENT_KIND,
    )

    o = services.orders.get(services.orders.resolve(args.id))
    score = services.orders.completeness(o, o.contact_person)
    offers = status_offers(o.status, o.cvs_wanted, o.referrals)
    if args.json:
        print_json({"order": o, "cvs_sent": o.cvs_sent, "completeness": {
            "score": score.score, "done": score.done, "total": score.total,
            "missing": [{"key": i.key, "group": i.group, "label": i.label} for i in score.missing]},
            "offers": [{"status": x.status, "text": x.text} for x in offers]})
        return 0
    head = f"{o.title or 'Jobordre uden stillingsbetegnelse'} — {o.company_name}"
    print(head)
    print("=" * len(head))
    person = o.contact_person
    rows = [
        ("Id", str(o.id)), ("Status", ORDER_STATUS.label(o.status) + (f" ({o.status_note})" if o.status_note else "")),
        ("Modtaget", format_date(o.received_on)), ("Tovholder", f"{o.owner_initials} — {o.owner_name}"
                                                   if o.owner_initials else None),
        ("Kontaktperson", ", ".join(x for x in (person.name, person.title, person.phone or person.mobile,
                                                person.email) if x) if person else None),
        ("Tilbyder", ", ".join(ORDER_OFFER.label(x) for x in o.offer_types)),
        ("Antal stillinger", o.positions), ("Timetal", ", ".join(ORDER_HOURS.label(x) for x in o.hours)),
        ("Mødetider", o.working_times), ("Ansættelsesforhold", EMPLOYMENT.label(o.employment)),
        ("Ansættelsesdato", format_date(o.start_date)), ("Arbejdets art/indhold", o.work_content),
        ("Faglige kvalifikationer", o.professional_quals), ("Personlige kvalifikationer", o.personal_quals),
        ("Fysiske krav", o.physical_demands), ("Kulturen på virksomheden", o.culture), ("Øvrige forhold", o.notes),
        ("Kontaktform", CONTACT_FORM.label(o.contact_form)), ("Antal CV'er", o.cvs_wanted),
        ("CV'er senest", format_date(o.cv_deadline)),
        ("Ansvarlig for udsøgning", o.search_responsible_initials),
        ("Ansvarlig for tilbagemelding", o.feedback_responsible_initials),
        ("Tilbagemelding senest", format_date(o.feedback_deadline)),
        ("Ønsker kontakt om", ", ".join(x for x, on in (("fastholdelse/sygefravær", o.wish_retention),
                                                        ("kompetenceudvikling/jobrotation", o.wish_competence)) if on)),
    ]
    for label, value in rows:
        if value not in (None, ""):
            print(f"{label + ':':30}{value}")
    print(f"\nKrav ({len(o.requirements)}):")
    for r in o.requirements:
        prio = PRIORITY.label(r.priority) if r.priority else "ikke prioriteret"
        print(f"  {REQUIREMENT_KIND.label(r.kind)}: {r.text or '–'} ({prio})")
    wanted = f" af {o.cvs_wanted} ønskede" if o.cvs_wanted else ""
    print(f"\nFormidlingslog ({o.cvs_sent} CV'er sendt{wanted}):")
    for r in o.referrals:
        answered = f" {format_date(r.responded_on)}" if r.responded_on else ""
        print(f"  {format_date(r.sent_on)}  {r.candidate_ref:16} samtykke: {'ja' if r.consent else 'nej'}  "
              f"svar: {REFERRAL_RESPONSE.label(r.response)}{answered}")
    print(f"\nDen gode jobordre: {score.score} % ({score.done} af {score.total})")
    for item in score.missing:
        print(f"  mangler: {item.label}")
    for offer in offers:
        print(f"\nForslag: {offer.text}")
    return 0


def _requirement(text: str):
    from jobcrm.services.order_dto import RequirementInput

    parts = text.split(":")
    if len(parts) < 2 or len(parts) > 3:
        raise UsageError(f'--requirement skal skrives TYPE:TEKST[:PRIORITET] (fik "{text}")')
    return RequirementInput(parts[0].strip(), parts[1].strip(), parts[2].strip() if len(parts) == 3 else None)


def _create(services, args) -> int:
    from jobcrm.cli import print_json
    from jobcrm.services.order_dto import OrderInput

    if services.ctx.actor.id is None and not args.owner:
        raise UsageError("ingen aktuel konsulent: brug --as INITIALER eller --owner")
    data = OrderInput(
        company_id=services.companies.resolve(args.company), title=args.title, offer_types=tuple(args.offer),
        hours=tuple(args.hours), positions=args.positions, work_content=args.work,
        professional_quals=args.professional, personal_quals=args.personal, start_date=args.start,
        employment=args.employment, contact_form=args.contact_form, cvs_wanted=args.cvs,
        cv_deadline=args.cv_deadline, feedback_deadline=args.feedback_deadline,
        owner_id=_consultant(services, args.owner),
        search_responsible_id=_consultant(services, args.search_responsible),
        feedback_responsible_id=_consultant(services, args.feedback_responsible),
        wish_retention="fastholdelse" in args.wish, wish_competence="kompetence" in args.wish,
        requirements=tuple(_requirement(x) for x in args.requirement))
    result = services.orders.create(data)
    if args.json:
        print_json(result.order)
        return 0
    _saved("Jobordre oprettet", result)
    return 0


def _saved(head: str, result) -> None:
    from jobcrm.domain.dates import format_date

    o = result.order
    print(f"{head}: {o.title or 'uden stillingsbetegnelse'} hos {o.company_name} (id {o.id}).")
    print(f"Den gode jobordre: {result.completeness.score} % — mangler {len(result.completeness.missing)} punkter.")
    if o.feedback_deadline:
        print(f"Aftale oprettet: tilbagemelding til virksomheden senest {format_date(o.feedback_deadline)}.")
    for offer in result.offers:
        print(f"Forslag: {offer.text}")


def _refer(services, args) -> int:
    from jobcrm.services.order_dto import ReferralInput

    oid = services.orders.resolve(args.id)
    result = services.orders.add_referral(oid, ReferralInput(args.candidate, args.sent, args.consent, args.response))
    o = result.order
    wanted = f" af {o.cvs_wanted}" if o.cvs_wanted else ""
    print(f"CV sendt for {args.candidate.strip()}: {o.cvs_sent}{wanted} CV'er sendt til {o.company_name}.")
    for offer in result.offers:
        print(f"Forslag: {offer.text}")
    return 0


def _set_status(services, args) -> int:
    from jobcrm.domain.vocab import ORDER_STATUS

    code = _status(args.status)
    if code in (None, "aabne"):
        raise UsageError(f'"{args.status}" er ikke en status for én ordre')
    result = services.orders.set_status(services.orders.resolve(args.id), code, args.note)
    print(f"Status er nu {ORDER_STATUS.label(result.order.status)}: {result.order.title or 'jobordre'} hos "
          f"{result.order.company_name}.")
    return 0


def print_order(services, args: argparse.Namespace) -> tuple[bytes, str]:
    from jobcrm.pdf import order_form

    today = services.ctx.clock.today()
    if args.blank:
        if args.ref:
            raise UsageError("brug enten et ordre-id eller --blank, ikke begge")
        company, contacts = None, []
        if args.company:
            cid = services.companies.resolve(args.company)
            company = services.companies.get(cid)
            contacts = services.orders.form_contacts(cid, services.history)
        return order_form.build(None, contacts, printed_on=today, company=company), "Blank ordreblanket"
    if not args.ref:
        raise UsageError("angiv ordrens id (eller --blank for en blank ordreblanket)")
    if args.company:
        raise UsageError("--company bruges kun sammen med --blank")
    order = services.orders.get(services.orders.resolve(args.ref))
    contacts = services.orders.form_contacts(order.company_id, services.history)
    return order_form.build(order, contacts, printed_on=today), "Ordreblanket"
