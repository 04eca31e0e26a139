"""Demo visits: planned visits this week and next, held visits with filled guides (through the real
services, so their promises and contact-history entries are what the app itself would write), a visit
that is waiting for its registration (the inbox flag), and a cancelled and a moved one.
Bounded in number, whatever the number of demo companies."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import select

from jobcrm.domain.dates import week_start
from jobcrm.models import Company, Consultant, ContactPerson
from jobcrm.services.companies import CompanyService
from jobcrm.services.context import ServiceContext
from jobcrm.services.guides import NOTE, GuideService
from jobcrm.services.history import HistoryService
from jobcrm.services.promises import PromiseService
from jobcrm.services.settings import SettingsService
from jobcrm.services.visit_dto import AgreementInput, OutcomeInput, VisitInput
from jobcrm.services.visits import VisitService

ANSWERS = {
    "s1i1": ["Produktion af stålkonstruktioner til landbrug og industri.", "Rengøring og facility service for "
             "kontorer og institutioner.", "Tømrer- og snedkerarbejde, mest renovering for private.",
             "Detailhandel med dagligvarer; to butikker i byen."],
    "s1i4": ["Kunderne er primært landmænd og entreprenører; leverandører er to stålgrossister.",
             "Kommunen og private virksomheder; fast leverandør af rengøringsmidler.",
             "Private husejere og boligforeninger."],
    "s1i5": ["Mest nationalt, lidt eksport til Tyskland og Sverige.", "Kun lokalt.", "Nationalt."],
    "s1i6": ["Smede, svejsere, lagerfolk og to på kontoret.", "Servicemedarbejdere, to formænd.",
             "Tømrere, lærlinge og en projektleder."],
    "s1i7": ["32 ansatte, heraf 4 lærlinge.", "45 ansatte, mange på deltid.", "12 ansatte.", "18 ansatte."],
    "s2i1": ["Nye ordrer fra udlandet; de skal op i produktion efter nytår.", "At fastholde medarbejderne; "
             "høj personaleomsætning.", "Generationsskifte om to år."],
    "s2i2": ["Mangler faglærte svejsere nu; på længere sigt automatisering.", "Sygefravær og rekruttering til "
             "aftenholdet.", "Svært at få lærlinge; på sigt mangler de en formand."],
    "s2i3": ["Travlt i branchen lokalt; usikkert globalt.", "Stabil efterspørgsel.", "Opgangstider, men "
             "prispres."],
    "s2i4": ["Sparring om løntilskud og virksomhedspraktik som vej ind.", "Fastholdelse af sygemeldte.",
             "Voksenlærlinge."],
    "s2i5": ["Mest via netværk og Jobnet; oplærer selv.", "Opslag på Facebook; høj udskiftning.",
             "Anbefalinger fra medarbejderne."],
}

NEED_TEXTS = {
    "aktuelt": ("Nu", "To svejsere til produktionen"),
    "snarligt": ("Inden for 2-3 måneder", "Nye ordrer efter nytår"),
    "i_fremtiden": ("Til foråret (sæsonarbejde)", "Sæsonen starter i april"),
    "intet": (None, None),
}


def add_demo_visits(ctx: ServiceContext, settings: SettingsService, rng: random.Random, max_companies: int = 40) -> int:
    """Create the demo visits. Returns how many visits were made."""
    promises = PromiseService(ctx, settings.calendar)
    guides = GuideService(ctx, promises, settings.calendar)
    guides.ensure_seeded()
    visits = VisitService(ctx, guides, CompanyService(ctx), HistoryService(ctx), promises)
    today = ctx.clock.today()
    cal = settings.calendar()
    with ctx.sessions() as s:
        cons = {c.initials: c.id for c in s.scalars(select(Consultant).where(Consultant.active.is_(True)))}
        companies = s.execute(select(Company.id, Company.owner_id).where(Company.deleted_at.is_(None))
                              .order_by(Company.id).limit(400)).all()
        primary = dict(s.execute(select(ContactPerson.company_id, ContactPerson.id)
                                 .where(ContactPerson.is_primary.is_(True), ContactPerson.active.is_(True))).all())
    if not companies or "MAJ" not in cons:
        return 0
    picked = rng.sample(companies, min(max_companies, len(companies)))
    maj = cons["MAJ"]
    others = [c for i, c in cons.items() if i != "MAJ"]
    templates = {r.key: r.id for r in guides.list_templates()}
    actor = ctx.actor.id
    made = 0

    def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute))

    def plan(company, consultant, start, vtype="foerstegang", template="samtaleguide", minutes=60, with_=()):
        nonlocal made
        ctx.actor.id = consultant
        made += 1
        return visits.plan(VisitInput(
            company_id=company, start=start, end=start + dt.timedelta(minutes=minutes), consultant_id=consultant,
            other_consultant_ids=with_, contact_person_id=primary.get(company), visit_type=vtype,
            template_id=templates.get(template)))

    def held(visit, need: str, detail: bool = True) -> None:
        """Fill the Appendix B guide with realistic answers and register the visit."""
        fill = guides.open_guide(visit.id)
        answers: dict[str, object] = {}
        for sec in fill.version.sections:
            for item in sec.items:
                pool = ANSWERS.get(item.key)
                if pool and (detail or rng.random() < 0.5):
                    answers[item.key] = rng.choice(pool)
                elif item.kind == "tick" and rng.random() < 0.35:
                    answers[item.key] = True
                elif item.kind == "choice" and item.options and rng.random() < 0.7:
                    answers[item.key] = rng.choice(item.options)
        if fill.version.template_key == "samtaleguide":
            answers["s4" + NOTE] = "Ingen aktuelle kampagner drøftet."
        when, why = NEED_TEXTS[need]
        agreements = []
        if need in ("aktuelt", "snarligt"):
            agreements.append(AgreementInput(id=uuid.uuid4(), title="Sende 3-5 cv'er på relevante kandidater",
                                             due_text="+5 arbejdsdage", purpose="cv_opfoelgning"))
        if need == "intet":
            agreements.append(AgreementInput(id=uuid.uuid4(), title="Høre om behovet igen om et halvt år",
                                             due_text="+6 måneder", purpose="genkontakt"))
        if need in ("i_fremtiden", "snarligt"):
            agreements.append(AgreementInput(id=uuid.uuid4(), title="Ringe igen når sæsonen nærmer sig",
                                             due_text="+2 måneder", purpose="genkontakt"))
        if rng.random() < 0.5:
            agreements.append(AgreementInput(id=uuid.uuid4(), title="Vender tilbage om praktikplads",
                                             promised_by="virksomheden", due_text="+10 arbejdsdage"))
        outcome = OutcomeInput(labour_need=need, labour_need_when=when, labour_need_why=why,
                               schemes=tuple(rng.sample(["loentilskud", "praktik", "ordinaer", "voksenlaerling",
                                                         "jobrotation", "mentor"], 2)),
                               materials=("pjece", "visitkort"),
                               summary="Godt møde med indehaveren; rundvisning i produktionen.")
        guides.autosave(visit.id, answers, agreements, outcome)
        result = guides.register(visit.id)
        for pid in result.promise_ids:  # what was due a while ago has mostly been done
            p = promises.get(pid)
            if p.due_date < today - dt.timedelta(days=3) and p.promised_by == "jobcentret" and rng.random() < 0.85:
                promises.done(pid)

    monday = week_start(today)
    # Two companies with a history: registered visits ~4 months and ~5 weeks ago, and a follow-up this week.
    for n, (company, _owner) in enumerate(picked[:2]):
        first = plan(company, maj, at(cal.add_working_days(today, -85 - n), 10))
        held(first, "i_fremtiden")
        second = plan(company, maj, at(cal.add_working_days(today, -25 - n), 13), vtype="opfoelgning")
        held(second, rng.choice(["snarligt", "aktuelt"]))
        plan(company, maj, at(monday + dt.timedelta(days=2 + n), 9 + 2 * n), vtype="opfoelgning")
    # Held and registered in the last weeks, by several consultants.
    for i, (company, owner) in enumerate(picked[2:10]):
        who = maj if i % 3 == 0 else (owner if owner in cons.values() else rng.choice(others))
        day = cal.add_working_days(today, -rng.randint(2, 30))
        held(plan(company, who, at(day, rng.choice([8, 9, 10, 13, 14]))), rng.choice(list(NEED_TEXTS)),
             detail=rng.random() < 0.6)
    # Waiting for registration: the flag "Besøg mangler registrering".
    if len(picked) > 10:
        plan(picked[10][0], maj, at(cal.add_working_days(today, -1), 14), vtype="kampagne", template="kampagne")
    # Planned this week and next (MAJ's calendar and the team's).
    slots = [(0, 9), (0, 13), (1, 10), (3, 8), (3, 14), (4, 10), (7, 9), (8, 13), (9, 10), (10, 14), (11, 9)]
    for i, (company, _owner) in enumerate(picked[11:30]):
        d, h = slots[i % len(slots)]
        day = monday + dt.timedelta(days=d)
        if day < today:
            day += dt.timedelta(days=7)
        who = maj if i < len(slots) else rng.choice(others)
        kind = rng.choice(["foerstegang", "foerstegang", "opfoelgning", "kampagne", "konkret"])
        template = {"kampagne": "kampagne", "konkret": "praktikstart"}.get(kind, "samtaleguide")
        with_ = (rng.choice(others),) if i == 3 else ()
        plan(company, who, at(day, h, rng.choice([0, 30])), vtype=kind, template=template, with_=with_)
    # A cancelled and a moved visit.
    if len(picked) > 31:
        v = plan(picked[30][0], maj, at(cal.add_working_days(today, -3), 11))
        visits.set_status(v.id, "aflyst_virksomhed", "Travlhed i produktionen – ringer selv igen.")
        v = plan(picked[31][0], maj, at(cal.add_working_days(today, -2), 9))
        visits.set_status(v.id, "flyttet", "Kontaktpersonen var syg.", at(cal.add_working_days(today, 6), 9))
        made += 1
    ctx.actor.id = actor
    return made
