"""Demo slots, mentors (a few with a drawn avatar photo) and placements for the demo companies.

Built through the services (so every slot, placement and follow-up plan obeys the same rules), for a
bounded number of companies: the large scale data set builds its own in bulk.
"""

from __future__ import annotations

import datetime as dt
import io
import random

from sqlalchemy import select

from jobcrm.errors import ValidationError
from jobcrm.models import Company
from jobcrm.services import demo_names as N
from jobcrm.services.slot_dto import MentorInput, PlacementInput, SlotInput

MAX_SLOTS = 60

# Per industry: (title, tasks, qualifications, opportunities, tags, working hours, what to bring)
SLOT_TEMPLATES = {
    "Malerfirma": ("Malerhjælper", "Afdækning, slibning og spartling; grundmaling af træværk; oprydning på pladsen.",
                   "Kan arbejde på stige. Kørekort er en fordel.",
                   "Oplæring af svend. Mulighed for at tage kursus i sprøjtemaling.",
                   "fysisk arbejde (ikke tungt), skiftende arbejdsopgaver", "Man–tors 7–15, fre 7–12",
                   "Arbejdstøj og sikkerhedssko. Madpakke."),
    "El-installation": ("Lagermedarbejder på el-lageret", "Plukke og pakke materialer til svendenes opgaver, "
                        "modtage varer og holde orden på lageret.", "Ordenssans. Kan læse en plukliste.",
                        "Truckcertifikat kan tages under forløbet.", "fysisk arbejde (ikke tungt), mulighed for at "
                        "arbejde selv", "Man–fre 7–15", "Sikkerhedssko (kan lånes første uge)."),
    "Detailhandel": ("Butiksmedhjælper", "Fylde varer op, holde butikken ryddelig, hjælpe kunder med at finde varer; "
                     "senere kassen.", "Godt humør og lyst til at tale med kunder. Dansk på hverdagsniveau.",
                     "Fast mentor i butikken. Mulighed for ordinære timer om lørdagen efter forløbet.",
                     "kontor og butik, tilgængelig med offentlig transport", "Man–fre 9–15",
                     "Sort bukser; butikken giver T-shirt."),
    "Slagteri og fødevarer": ("Produktionsmedarbejder", "Pakning og mærkning af pålæg, rengøring af maskiner.",
                              "Kan stå op det meste af dagen. Hygiejnekursus gives på stedet.",
                              "Hygiejnebevis. Mulighed for løntilskud og ansættelse ved god fremmøde.",
                              "fysisk arbejde (ikke tungt)", "Man–fre 6–14", "Madpakke. Arbejdstøj udleveres."),
    "Rengøring og facility service": ("Servicemedarbejder", "Rengøring af kontorer og fællesarealer efter plan, "
                                      "opfyldning af forbrugsvarer.", "Stabilt fremmøde. Kan arbejde selvstændigt.",
                                      "Rengøringsteknisk grundkursus. Ansættelse i tilkaldevikar-korpset.",
                                      "mulighed for at arbejde selv, skiftende arbejdsopgaver", "Man–fre 6–11",
                                      "Behagelige sko."),
    "Bygge og anlæg": ("Pladsmand", "Oprydning og affaldssortering på byggepladsen, bære materialer, hjælpe "
                       "håndværkerne.", "Må gerne have erfaring med fysisk arbejde.",
                       "Kursus i arbejdsmiljø. Mulighed for voksenlærlingeforløb som murer.",
                       "fysisk arbejde (ikke tungt), udendørs arbejde", "Man–tors 7–15.30, fre 7–12",
                       "Sikkerhedssko, arbejdsbukser og varmt tøj."),
    "Transport og logistik": ("Lagermedarbejder", "Modtagelse og kontrol af gods, pluk og pak, scanning.",
                              "Kan bruge en håndscanner efter oplæring.", "Truckcertifikat (A) under forløbet.",
                              "fysisk arbejde (ikke tungt), tilgængelig med offentlig transport", "Man–fre 7–15",
                              "Sikkerhedssko og madpakke."),
    "Hotel og restauration": ("Køkkenmedhjælper", "Opvask, klargøring af grøntsager, hjælpe ved anretning af "
                              "frokost.", "Hygiejne og tempo læres undervejs.", "Hygiejnebevis. Mulighed for "
                              "ekstratimer i weekenden.", "skiftende arbejdsopgaver", "Man–fre 8–14",
                              "Skridsikre sko. Kokketøj udleveres."),
    "Pleje og omsorg": ("Serviceassistent i plejen", "Servering af måltider, ledsagelse af beboere, lette "
                        "praktiske opgaver; ingen personlig pleje.", "Empati og tålmodighed. Dansk på "
                        "hverdagsniveau.", "Afklaring til SOSU-uddannelsen. Fast mentor blandt personalet.",
                        "tilgængelig med offentlig transport, dansk på arbejdspladsen", "Man–fre 8–14",
                        "Behagelige sko. Arbejdstøj udleveres."),
    "Industri og produktion": ("Maskinoperatør-hjælper", "Fødning og aftagning ved maskinerne, kvalitetskontrol "
                               "med skydelære, oprydning.", "Ordenssans og stabilitet.",
                               "Internt kursus i kvalitetskontrol; mulighed for ansættelse på holdet.",
                               "fysisk arbejde (ikke tungt)", "Dagshold man–fre 6–14",
                               "Sikkerhedssko; høreværn og briller udleveres."),
    "Landbrug og gartneri": ("Gartnerimedhjælper", "Potning, pasning af planter i drivhuset, pakning af ordrer.",
                             "Kan lide at arbejde med hænderne.", "Grundforløb til gartneruddannelsen.",
                             "fysisk arbejde (ikke tungt), udendørs arbejde, mulighed for at arbejde selv",
                             "Man–fre 7–15", "Tøj der må blive beskidt, og gummistøvler."),
    "Autoværksted": ("Værkstedshjælper", "Dækskifte, vask og klargøring af biler, oprydning i værkstedet.",
                     "Kørekort B.", "Oplæring ved mekanikerne; voksenlærling som mekaniker.",
                     "skiftende arbejdsopgaver", "Man–tors 7.30–16, fre 7.30–13", "Sikkerhedssko."),
}
DEFAULT_TEMPLATE = SLOT_TEMPLATES["Detailhandel"]

MENTOR_PRESENTATIONS = (
    "Jeg har været her i mange år og kender alle opgaverne. Jeg tager imod dig den første dag og viser dig rundt.",
    "Jeg har selv startet i praktik for nogle år siden, så jeg ved godt, hvordan det er at være ny.",
    "Du kan altid komme til mig, hvis der er noget, du er i tvivl om. Vi tager det i dit tempo.",
)


def avatar_png(seed: int, initials: str) -> bytes:
    """A simple friendly avatar (head and shoulders on a soft background), drawn with Pillow."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    size = 320
    backgrounds = [(214, 232, 245), (226, 240, 219), (250, 234, 214), (236, 226, 244)]
    skins = [(241, 204, 177), (224, 172, 135), (190, 134, 98), (142, 96, 66)]
    hairs = [(60, 44, 34), (150, 110, 60), (30, 30, 30), (200, 170, 110), (120, 120, 120)]
    shirts = [(31, 58, 95), (46, 125, 90), (160, 70, 60), (90, 90, 140)]
    img = Image.new("RGB", (size, size), rng.choice(backgrounds))
    d = ImageDraw.Draw(img)
    skin, hair, shirt = rng.choice(skins), rng.choice(hairs), rng.choice(shirts)
    d.ellipse((50, 215, 270, 420), fill=shirt)  # shoulders
    d.rectangle((138, 185, 182, 230), fill=skin)  # neck
    d.ellipse((95, 70, 225, 215), fill=skin)  # face
    d.chord((88, 55, 232, 170), 180, 360, fill=hair)  # hair
    d.ellipse((128, 132, 140, 144), fill=(40, 40, 40))
    d.ellipse((180, 132, 192, 144), fill=(40, 40, 40))
    d.arc((135, 150, 185, 190), 20, 160, fill=(120, 60, 50), width=4)  # smile
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def add_demo_slots(ctx, settings, rng: random.Random) -> int:
    """Slots with mentors and placements for up to MAX_SLOTS demo companies. Returns the slots made."""
    from jobcrm.services.history import HistoryService
    from jobcrm.services.mentors import MentorService
    from jobcrm.services.placements import PlacementService
    from jobcrm.services.promises import PromiseService
    from jobcrm.services.slots import SlotService

    slots, mentors = SlotService(ctx, settings), MentorService(ctx, settings)
    placements = PlacementService(ctx, settings, PromiseService(ctx, settings.calendar), HistoryService(ctx))
    services_ctx = ctx
    today = services_ctx.clock.today()
    with services_ctx.sessions() as s:
        companies = list(s.execute(
            select(Company.id, Company.industry, Company.employees, Company.owner_id)
            .where(Company.deleted_at.is_(None), Company.relationship_status.in_(("aktiv", "kerne")))
            .order_by(Company.sort_name)).all())
    rng.shuffle(companies)
    made = 0
    photos = 0
    # The job centre's own mentor corps, shared by several slots.
    corps = [mentors.create(MentorInput(
        name=f"{rng.choice(N.FIRST_NAMES)} {rng.choice(N.SURNAMES)}", kind=kind, organisation=org,
        title=title, phone=f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        competences=comps, max_mentees=4, course_date=today - dt.timedelta(days=rng.randint(60, 900)),
        presentation="Jeg er mentor fra jobcentret og kommer forbi på arbejdspladsen hver uge."))
        for kind, org, title, comps in (
            ("mentorkorps", "Jobcentrets mentorkorps", "Mentor", ("psykiske", "selvvaerd", "udvikling")),
            ("sprogmentor", "Sprogcentret", "Sprogmentor", ("sprog", "arbejdsfaellesskab")),
        )]
    for cid, industry, _employees, owner in companies[:MAX_SLOTS]:
        title, tasks, quals, opps, tags, hours, bring = SLOT_TEMPLATES.get(industry, DEFAULT_TEMPLATE)
        scheme = rng.choices(["praktik", "loentilskud_privat", "virksomhedscenter", "fleksjob"], [60, 25, 8, 7])[0]
        capacity = 4 if scheme == "virksomhedscenter" else rng.choice([1, 1, 1, 2])
        first, last = rng.choice(N.FIRST_NAMES), rng.choice(N.SURNAMES)
        # Nobody in the demo corps is trained to continue after an ordinary hire: the coverage view shows it.
        competences = tuple(rng.sample(["arbejdsfaellesskab", "udvikling", "rollemodel", "selvvaerd"],
                                       rng.randint(1, 3)))
        photo = None
        if photos < 6 and rng.random() < 0.5:
            photo = avatar_png(made, first[0] + last[0])
            photos += 1
        mentor = mentors.create(MentorInput(
            name=f"{first} {last}", kind="kollega", company_id=cid, title=rng.choice(N.CONTACT_TITLES),
            phone=f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            competences=competences, max_mentees=rng.choice([1, 2, 2, 3]),
            course_date=today - dt.timedelta(days=rng.randint(30, 1500)) if rng.random() < 0.6 else None,
            presentation=rng.choice(MENTOR_PRESENTATIONS)), photo=photo)
        mentor_ids = (mentor.id,) + ((rng.choice(corps).id,) if rng.random() < 0.25 else ())
        available = today - dt.timedelta(days=rng.choice([5, 20, 45, 80, 120, 200]))
        slot = slots.create(SlotInput(
            company_id=cid, scheme=scheme, title=title, capacity=capacity, available_from=available,
            hours_per_week=rng.choice([15, 20, 25, 30, 37]), working_hours=hours, tasks=tasks,
            qualifications=quals, opportunities=opps, tags=tags, what_to_bring=bring,
            special_conditions=rng.choice([None, "Der kan tages hensyn til nedsat tempo i starten.",
                                           "Mulighed for at starte med få timer og trappe op."]),
            absence_handling="Ring til mentoren inden kl. 7.30, hvis du er syg. Jobcentret får besked samme dag.",
            responsible_id=owner, mentor_ids=mentor_ids))
        made += 1
        _describe_company(services_ctx, cid, industry, rng)
        _placements(placements, slot, mentor_ids, rng, today, available)
        _backdate_confirmation(services_ctx, slot.id, rng, today, available)
    return made


def _placements(placements, slot, mentor_ids, rng, today, available) -> None:
    plan = rng.choices(["none", "running", "ended", "planned"], [35, 35, 20, 10])[0]
    if plan == "none":
        return
    seats = 1 if slot.capacity == 1 else rng.randint(1, slot.capacity)
    for n in range(seats):
        ref = f"{chr(65 + rng.randint(0, 25))}{chr(65 + rng.randint(0, 25))}-{rng.randint(1000, 9999)}"
        if plan == "planned":
            start = today + dt.timedelta(days=rng.randint(3, 20))
        elif plan == "running":
            start = max(available, today - dt.timedelta(days=rng.randint(3, 40)))
        else:
            start = max(available, today - dt.timedelta(days=rng.randint(60, 110)))
        start = start + dt.timedelta(days=(7 - start.weekday()) % 7)  # a Monday
        if start > today and plan != "planned":
            start -= dt.timedelta(days=7)
        if start < available:
            continue
        try:
            result = placements.start(PlacementInput(
                slot.id, ref, start, weeks=rng.choice([4, 8, 13]), mentor_id=mentor_ids[0] if n == 0 else mentor_ids[-1],
                first_day_time="8.00", meeting_point="Ved receptionen"))
        except ValidationError:
            continue
        if plan == "ended":
            p = result.placement
            end = min(p.planned_end, today - dt.timedelta(days=rng.randint(1, 20)))
            if end >= p.start_date:
                outcome = rng.choices(["ordinaer", "loentilskud", "uddannelse", "ingen_aendring",
                                       "afbrudt_sygdom"], [30, 20, 15, 25, 10])[0]
                if outcome == "ordinaer" and end + dt.timedelta(days=31) < today:
                    outcome = "uddannelse"  # keeps the demo's efterværn in the future, not overdue on day one
                placements.end(p.id, outcome, ended_on=end)


def _backdate_confirmation(ctx, slot_id, rng, today, available) -> None:
    """Some slots were last confirmed long ago, so the inbox has something to ask about."""
    from jobcrm.models import Slot

    with ctx.sessions.begin() as s:
        slot = s.get(Slot, slot_id)
        slot.verified_on = max(available, today - dt.timedelta(days=rng.choice([0, 3, 12, 25, 40, 70])))


CORE_BUSINESS = (
    "Familieejet virksomhed grundlagt i {year}. Vi er {n} medarbejdere og lægger vægt på en god tone og "
    "på, at nye kolleger bliver taget godt imod.",
    "Lokal virksomhed siden {year} med {n} ansatte. Mange af vores medarbejdere er selv startet i praktik "
    "eller løntilskud hos os.",
    "Vi har {n} medarbejdere og har samarbejdet med jobcentret om praktikpladser i flere år. Hos os er der "
    "plads til at lære i sit eget tempo.",
)


def _describe_company(ctx, company_id, industry, rng) -> None:
    """Demo companies with a slot get a few lines of "kerneydelse/historik" for the presentation."""
    with ctx.sessions.begin() as s:
        c = s.get(Company, company_id)
        if not c.core_business:
            c.core_business = rng.choice(CORE_BUSINESS).format(year=rng.randint(1952, 2015), n=c.employees or 5)
