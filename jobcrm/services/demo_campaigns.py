"""Demo campaigns, made through the real services so the call list, the calls, the contact history, the booked
visits, the registered visits with their agreements and the promises are what the app itself would write:

1. "Luk op for nye jobmuligheder 2026": 5–100 ansatte, running since October. Five weeks of calls (each day with the clock of that day), visits booked into Team Erhverv Nord's
   calendars; those that have passed are held (guide registered, agreements by type), cancelled, moved or
   missed; the promises made at them kept on time, late or not yet.
2. "Fastholdelse og jobrotation i industrien": a new campaign for four branches (companies called in the first
   campaign lately are left out, with the reason); the list is built and the first calls were made today, one
   booked further ahead than the lead time.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from types import SimpleNamespace

from sqlalchemy import select

from jobcrm.clock import Clock
from jobcrm.domain.vocab import CAMPAIGN_AGREEMENT
from jobcrm.models import Consultant, ContactPerson, Team
from jobcrm.services.campaign_dto import CallInput, CampaignCriteria, CampaignInput
from jobcrm.services.campaign_results import CampaignResultsService
from jobcrm.services.campaigns import BookingNeedsConfirmation, CampaignService
from jobcrm.services.companies import CompanyService
from jobcrm.services.context import ServiceContext
from jobcrm.services.guides import GuideService
from jobcrm.services.history import HistoryService
from jobcrm.services.promises import PromiseService
from jobcrm.services.settings import SettingsService
from jobcrm.services.visit_dto import AgreementInput, OutcomeInput
from jobcrm.services.visits import VisitService

# Seed 000 Table 3.1 as weights for the agreements registered at a held visit (0.55 per visit).
AGREEMENT_WEIGHTS = {"ordinaer": 945, "opkvalificering": 16, "voksenlaerling": 147, "jobrotation": 243,
                     "loentilskud": 437, "praktik": 940, "andet": 262, "fleksjob": 60, "fastholdelse": 50}
OUTCOMES = (("booket", 31), ("takket_nej", 44), ("ikke_truffet", 15), ("forkert_nummer", 4), ("allerede_kontakt", 6))
DECLINES = (("intet_behov", 50), ("travlhed", 25), ("samarbejder_allerede", 10), ("ikke_relevant", 10),
            ("andet", 5))
NOTES = {
    "takket_nej": ("Vender selv tilbage, hvis behovet opstår.", "Har lige ansat to; ring til foråret.", None, None),
    "allerede_kontakt": ("Har fast kontakt med Kasper om praktikpladser.", "Samarbejder med jobcentret om "
                         "løntilskud."),
    "ikke_truffet": ("Indehaveren er ude på opgave.", "Telefonsvarer; lagt besked.", None),
}


def _services(ctx: ServiceContext, moment: dt.datetime) -> SimpleNamespace:
    """The services as they were at `moment` (local time): the calls and their stamps get that time."""
    c = ServiceContext(ctx.sessions, Clock(fixed_now=moment), ctx.actor)
    settings = SettingsService(c)
    promises = PromiseService(c, settings.calendar)
    guides = GuideService(c, promises, settings.calendar)
    visits = VisitService(c, guides, CompanyService(c), HistoryService(c), promises)
    campaigns = CampaignService(c, settings, visits, guides, promises, settings.calendar)
    return SimpleNamespace(ctx=c, settings=settings, promises=promises, guides=guides, visits=visits,
                           campaigns=campaigns, results=CampaignResultsService(c, campaigns, settings),
                           calendar=settings.calendar())


def _pick(rng: random.Random, weighted) -> str:
    codes, weights = zip(*weighted, strict=True)
    return rng.choices(codes, weights)[0]


def _book(svc, rng: random.Random, target, consultant_id, first_day: dt.date, person_id, lead_max: int = 25):
    """Book the first time without warnings (as a careful booker would), else the last one tried."""
    cal = svc.calendar
    tries = []
    for _ in range(12):
        day = cal.add_working_days(first_day, rng.randint(2, lead_max))
        start = dt.datetime.combine(day, dt.time(rng.choice([8, 9, 10, 11, 13, 14]), rng.choice([0, 0, 30])))
        warnings = svc.campaigns.check_booking(target.campaign_id, target.company_id, consultant_id, start)
        tries.append(start)
        if not warnings:
            break
    data = CallInput(target.id, "booket", consultant_id=consultant_id, start=tries[-1], contact_person_id=person_id)
    try:
        return svc.campaigns.record_call(data)
    except BookingNeedsConfirmation:
        return svc.campaigns.record_call(data, confirm=True)


def add_demo_campaigns(ctx: ServiceContext, settings: SettingsService, rng: random.Random) -> int:
    """Create the demo campaigns. Returns how many calls were made."""
    today = ctx.clock.today()
    cal = settings.calendar()
    actor = ctx.actor.id
    with ctx.sessions() as s:
        cons = {c.initials: c.id for c in s.scalars(select(Consultant).where(Consultant.active.is_(True)))}
        north = set(s.scalars(select(Consultant.id).join(Team, Team.id == Consultant.team_id)
                              .where(Team.name == "Team Erhverv Nord")))
        primary = dict(s.execute(select(ContactPerson.company_id, ContactPerson.id)
                                 .where(ContactPerson.is_primary.is_(True), ContactPerson.active.is_(True))).all())
    if "MAJ" not in cons:
        return 0
    maj = cons["MAJ"]
    bookers = [maj] + [c for c in north if c != maj][:2]
    calendars = sorted(north) or [maj]
    start_day = cal.add_working_days(today, -25)
    now = _services(ctx, dt.datetime.combine(start_day - dt.timedelta(days=3), dt.time(9)))
    ctx.actor.id = maj
    luk = now.campaigns.create(CampaignInput(
        name="Luk op for nye jobmuligheder 2026", starts_on=today.replace(month=10, day=1),
        ends_on=(today + dt.timedelta(days=70)),
        purpose="Nye jobåbninger til ledige i ordinær beskæftigelse, opkvalificeringsjob, voksenlære, jobrotation, "
                "løntilskud og virksomhedspraktik.",
        message="Jobcentret vil gerne høre, om I mangler medarbejdere nu eller senere – og fortælle, hvordan vi kan "
                "hjælpe med at finde dem.",
        material="Postkort før opkaldet; samlemappe med fakta-ark, pjecen og visitkort ved besøget.",
        criteria=CampaignCriteria(employees_min=5, employees_max=100)))
    now.campaigns.build_list(luk.id)
    calls = 0
    booked: list[tuple[uuid.UUID, uuid.UUID]] = []  # (visit id, consultant)
    day = start_day
    while day < today:
        if cal.is_working_day(day):
            for n in range(rng.randint(3, 6)):
                svc = _services(ctx, dt.datetime.combine(day, dt.time(9 + n, rng.randint(0, 50))))
                ctx.actor.id = rng.choice(bookers)
                target = svc.campaigns.next_target(luk.id)
                if target is None:
                    break
                outcome = _pick(rng, OUTCOMES)
                if outcome == "booket":
                    who = rng.choice(calendars)
                    result = _book(svc, rng, target, who, day, primary.get(target.company_id))
                    booked.append((result.visit_id, who))
                else:
                    reason = _pick(rng, DECLINES) if outcome == "takket_nej" else None
                    note = rng.choice(NOTES.get(outcome, (None,)))
                    svc.campaigns.record_call(CallInput(target.id, outcome, reason=reason, note=note,
                                                        mark_not_interested=outcome == "takket_nej"
                                                        and rng.random() < 0.15))
                calls += 1
        day += dt.timedelta(days=1)
    # Visits whose time has passed: held, cancelled, moved or missed.
    later = _services(ctx, dt.datetime.combine(today, dt.time(8)))
    kinds = [(k, w) for k, w in AGREEMENT_WEIGHTS.items() if k in CAMPAIGN_AGREEMENT]
    for visit_id, who in booked:
        v = later.visits.get(visit_id)
        local = v.start_at.astimezone().replace(tzinfo=None)
        if local.date() >= today:
            continue
        ctx.actor.id = who
        roll = rng.random()
        if roll < 0.09:
            later.visits.set_status(visit_id, "aflyst_virksomhed", rng.choice(
                ["Travlhed i produktionen.", "Kontaktpersonen er syg.", "Har skiftet mening om mødet."]))
            continue
        if roll < 0.14:
            new = cal.add_working_days(today, rng.randint(2, 8))
            later.visits.set_status(visit_id, "flyttet", "Virksomheden bad om en anden dag.",
                                    dt.datetime.combine(new, local.time()))
            continue
        if roll < 0.17 and local.date() < today - dt.timedelta(days=3):
            later.visits.set_status(visit_id, "udeblevet")
            continue
        if local.date() >= cal.add_working_days(today, -1):
            continue  # yesterday's: waiting for its registration (the inbox flag)
        at = _services(ctx, local.replace(hour=16, minute=0))
        need = rng.choice(["aktuelt", "aktuelt", "snarligt", "i_fremtiden", "intet"])
        answers = {"k1i1": {"aktuelt": "Ja", "snarligt": "Ja", "i_fremtiden": "Måske senere"}.get(need, "Nej"),
                   "k2i4": True, "k2i5": rng.random() < 0.6, "k4i4": True}
        agreements = [AgreementInput(id=uuid.uuid4(), title="Sende 3-5 cv'er på relevante kandidater",
                                     due_text="+5 arbejdsdage", purpose="cv_opfoelgning")] if need in (
            "aktuelt", "snarligt") else [AgreementInput(id=uuid.uuid4(), title="Ny kontakt, når behovet opstår",
                                                        due_text="+3 måneder", purpose="genkontakt")]
        if rng.random() < 0.4:
            agreements.append(AgreementInput(id=uuid.uuid4(), title="Virksomheden vender tilbage om praktik",
                                             promised_by="virksomheden", due_text="+10 arbejdsdage"))
        at.guides.open_guide(visit_id)
        at.guides.autosave(visit_id, answers, agreements, OutcomeInput(
            labour_need=need, labour_need_when="Til foråret" if need == "i_fremtiden" else None,
            schemes=("ordinaer", "loentilskud", "praktik"), materials=("faktaark", "pjece", "visitkort"),
            summary="Kampagnebesøg hos indehaveren."))
        result = at.guides.register(visit_id)
        places: dict[str, int] = {}
        for _ in range(rng.choices([0, 1, 2], [52, 38, 10])[0]):
            kind = _pick(rng, kinds)
            places[kind] = places.get(kind, 0) + rng.choice([1, 1, 1, 2])
        if places:
            at.results.set_agreements(luk.id, visit_id, places)
        for pid in result.promise_ids:  # kept on time, late, or not yet
            p = later.promises.get(pid)
            if p.promised_by != "jobcentret" or p.due_date >= today:
                continue
            r = rng.random()
            when = p.due_date if r < 0.7 else p.due_date + dt.timedelta(days=rng.randint(2, 6))
            if r < 0.9 and when < today:
                _services(ctx, dt.datetime.combine(when, dt.time(11))).promises.done(pid)
    # The second campaign: built today, the first calls made this morning.
    ctx.actor.id = maj
    svc = _services(ctx, dt.datetime.combine(today, dt.time(8, 30)))
    second = svc.campaigns.create(CampaignInput(
        name="Fastholdelse og jobrotation i industrien", starts_on=today - dt.timedelta(days=1),
        ends_on=today + dt.timedelta(days=95),
        purpose="Kompetenceudvikling af egne medarbejdere med jobrotation, og fastholdelse af sygemeldte.",
        message="Vil I efteruddanne medarbejdere? En ledig kan tage over imens – og vi hjælper med sygefravær.",
        material="Fakta om jobrotation; pjece om fastholdelse.", previous_id=None,
        criteria=CampaignCriteria(employees_min=20, employees_max=100,
                                  industries=("Industri og produktion", "Transport og logistik", "Slagteri og fødevarer",
                                              "Bygge og anlæg"))))
    svc.campaigns.build_list(second.id)
    for i, outcome in enumerate(("takket_nej", "booket", "ikke_truffet", "booket")):
        svc = _services(ctx, dt.datetime.combine(today, dt.time(8, 40 + 4 * i)))
        target = svc.campaigns.next_target(second.id)
        if target is None:
            break
        if outcome == "booket":
            # The second one is booked eight weeks ahead: the lead-time warning was confirmed.
            lead = 40 if i == 3 else 12
            _book(svc, rng, target, maj, cal.add_working_days(today, lead - 10), primary.get(target.company_id), 6)
        else:
            svc.campaigns.record_call(CallInput(target.id, outcome, reason="travlhed" if outcome == "takket_nej"
                                                else None))
        calls += 1
    ctx.actor.id = actor
    return calls
