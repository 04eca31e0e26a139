"""Demo job orders for the demo companies: every status, orders with referrals (one hired, some with the
wanted CVs sent), orders left unfilled for months, some past their feedback deadline, and orders as
complete or as thin as real ones are. Inserted in bulk, with the feedback promises an order makes
(source_kind "jobordre"), so the inbox, the list and the printed form have something to show.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, insert, select, update

from jobcrm.domain.dates import WorkCalendar
from jobcrm.domain.vocab import ORDER_STATUS
from jobcrm.ids import uuid7
from jobcrm.models import Company, ContactPerson, JobOrder, JobOrderReferral, JobOrderRequirement, Promise
from jobcrm.services import demo_names as N
from jobcrm.services.context import ServiceContext

BATCH = 2000
STATUSES = (("under_behandling", 55), ("inaktiveret", 10), ("afsluttet_daekket", 18), ("afsluttet_frist", 9),
            ("annulleret", 8))
WORK = {
    "default": "Almindeligt forefaldende arbejde som {job} i et travlt team; oplæring de første uger.",
    "Malerfirma": "Malerarbejde inde og ude hos private og erhverv: afdækning, spartling, slibning og maling.",
    "El-installation": "Installationsarbejde i nybyggeri og service hos kunder; fejlfinding og tavlearbejde.",
    "Detailhandel": "Betjening af kunder, varemodtagelse, opfyldning og kasse; skiftende vagter.",
    "Slagteri og fødevarer": "Udskæring og pakning på linjen; arbejde i køl (4 grader) og efter hygiejneregler.",
    "Rengøring og facility service": "Daglig rengøring af kontorer og fællesarealer; tidligt morgenhold.",
    "Transport og logistik": "Pluk og pak på lageret, truckkørsel og læsning af biler.",
    "Hotel og restauration": "Forberedelse i køkkenet, opvask og anretning; weekendvagter efter plan.",
    "Pleje og omsorg": "Personlig pleje og praktisk hjælp hos borgerne; dokumentation i omsorgssystemet.",
    "Industri og produktion": "Betjening af maskiner i produktionen, kvalitetskontrol og rengøring af linjen.",
}
PERSONAL = ("Mødestabil og kan arbejde selvstændigt", "Udadvendt og god til kunder", "Kan indgå i et team og tage "
            "imod instruktion", "Ansvarsbevidst, også når der er travlt")
PHYSICAL = ("Tunge løft og mange timer på benene", "Stående arbejde hele dagen", "Arbejde på stige og stillads",
            "Ikke fysisk hårdt")
CULTURE = ("Arbejdstøj udleveres; uformel tone", "Fast morgenmøde kl. 7; god humor på pladsen",
           "Lille team, alle hjælper hinanden", "Rå men hjertelig omgangstone")
REQS = (("uddannelse", ("Relevant faglært uddannelse", "Ingen krav", "Svendebrev"), ("ufravigelig", "knap")),
        ("erfaring", ("Mindst 1 års erfaring fra branchen", "2 år", "Ingen krav"), ("knap", "ufravigelig")),
        ("certifikat", ("Truckcertifikat B", "Hygiejnebevis", "Stilladskursus"), ("knap",)),
        ("koerekort", ("B", "B – kørsel i firmabil", "C/E"), ("ufravigelig", "knap")),
        ("straffeattest", ("Ren straffeattest", "Børneattest"), ("ufravigelig",)),
        ("sprog", ("Dansk i tale", "Dansk og engelsk"), ("knap",)))


def _stamp(created: dt.datetime) -> dict:
    return {"created_at": created, "updated_at": created, "created_by": None, "updated_by": None,
            "deleted_at": None}


def add_demo_orders(ctx: ServiceContext, seed: float, calendar: WorkCalendar, per_companies: int = 5) -> int:
    """About one order per `per_companies` companies; returns how many were made."""
    rng = random.Random(seed)
    today = ctx.clock.today()
    with ctx.sessions() as s:
        companies = s.execute(select(Company.id, Company.industry, Company.owner_id)
                              .where(Company.deleted_at.is_(None), Company.owner_id.is_not(None))
                              .order_by(Company.id)).all()
        persons = dict(s.execute(select(ContactPerson.company_id, func.min(ContactPerson.id))
                                 .where(ContactPerson.active.is_(True)).group_by(ContactPerson.company_id)).all())
        consultants = sorted({c[2] for c in companies})
    if not companies:
        return 0
    chosen = rng.sample(companies, max(1, min(len(companies), len(companies) // per_companies)))
    rows: dict[str, list[dict]] = {"orders": [], "reqs": [], "refs": [], "promises": []}
    for company_id, industry, owner in chosen:
        _order(rng, today, calendar, company_id, industry, owner, persons.get(company_id), consultants, rows)
        if len(rows["orders"]) >= BATCH:
            _flush(ctx, rows)
    _flush(ctx, rows)
    with ctx.sessions.begin() as s:  # keep each company's "next planned contact" in step with its promises
        ids = [c[0] for c in chosen]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            earliest = dict(s.execute(
                select(Promise.company_id, func.min(Promise.due_date))
                .where(Promise.company_id.in_(chunk), Promise.status == "aaben", Promise.deleted_at.is_(None))
                .group_by(Promise.company_id)).all())
            s.execute(update(Company), [{"id": cid, "next_due_date": earliest.get(cid)} for cid in chunk])
    return len(chosen)


def _order(rng, today, cal, company_id, industry, owner, person_id, consultants, rows) -> None:
    patterns = N.INDUSTRY_PATTERNS.get(industry)
    job = rng.choice(patterns[2]) if patterns else "medarbejder"
    status = rng.choices([s for s, _ in STATUSES], [w for _, w in STATUSES])[0]
    age = rng.choice([rng.randint(0, 20), rng.randint(10, 60), rng.randint(40, 160)])
    received = today - dt.timedelta(days=age)
    created = dt.datetime.combine(received, dt.time(10, 0), dt.UTC)
    full = rng.random()  # how thorough the consultant was: complete orders and thin ones
    oid = uuid7()
    cvs_wanted = rng.choice([None, 2, 3, 3, 5]) if full > 0.2 else None
    contact_form = rng.choice(["cv", "cv", "formidling", "direkte"]) if full > 0.25 else None
    if contact_form != "cv":
        cvs_wanted = None
    deadline = cal.add_working_days(received, rng.randint(5, 15)) if full > 0.15 else None
    search = rng.choice(consultants) if rng.random() < 0.8 else None
    feedback = (owner if rng.random() < 0.7 else rng.choice(consultants)) if rng.random() < 0.85 else None
    if status == "inaktiveret" and not cvs_wanted:
        cvs_wanted, contact_form = 2, "cv"
    order = {
        "id": oid, "company_id": company_id, "contact_person_id": person_id if full > 0.3 else None,
        "owner_id": owner, "received_on": received, "status": status,
        "status_note": "Virksomheden har ansat en fra eget netværk." if status == "annulleret" else None,
        "status_changed_on": received if status == "under_behandling" else min(today, received + dt.timedelta(
            days=rng.randint(5, 40))),
        "offer_types": rng.choice(["ordinaer", "ordinaer", "ordinaer,loentilskud", "praktik", "loentilskud",
                                   "fleksjob", "voksenlaerling"]) if full > 0.1 else None,
        "title": job.capitalize(), "positions": rng.choice([1, 1, 1, 2, 3]),
        "work_content": WORK.get(industry, WORK["default"]).format(job=job) if full > 0.2 else None,
        "professional_quals": f"Erfaring som {job} eller lignende" if full > 0.35 else None,
        "personal_quals": rng.choice(PERSONAL) if full > 0.45 else None,
        "physical_demands": rng.choice(PHYSICAL) if full > 0.55 else None,
        "culture": rng.choice(CULTURE) if full > 0.6 else None, "notes": None,
        "hours": rng.choice(["fuld_tid", "fuld_tid", "deltid", "skiftehold", "fuld_tid,skiftehold", "vikar"])
        if full > 0.25 else None,
        "working_times": rng.choice(["Man–tors 7–15.30, fre 7–12", "8–16", "Dag og aften, skiftende", "6–14"])
        if full > 0.4 else None,
        "employment": rng.choice(["fast", "fast", "tidsbestemt"]) if full > 0.3 else None,
        "start_date": received + dt.timedelta(days=rng.randint(14, 60)) if full > 0.35 else None,
        "contact_form": contact_form, "cvs_wanted": cvs_wanted,
        "cv_deadline": cal.add_working_days(received, rng.randint(3, 10)) if cvs_wanted else None,
        "wish_retention": rng.random() < 0.08, "wish_competence": rng.random() < 0.06,
        "retention_promise_id": None, "competence_promise_id": None,
        "search_responsible_id": search, "feedback_responsible_id": feedback, "feedback_deadline": deadline,
        "feedback_promise_id": None, **_stamp(created),
    }
    rows["orders"].append(order)
    n_reqs = int(full * 6)
    for pos, (kind, texts, prios) in enumerate(rng.sample(REQS, n_reqs)):
        rows["reqs"].append({"id": uuid7(), "order_id": oid, "position": pos, "kind": kind, "text": rng.choice(texts),
                             "priority": rng.choice(prios) if full > 0.3 else None, **_stamp(created)})
    wanted = cvs_wanted or 2
    n_refs = {"under_behandling": rng.randint(0, max(0, wanted - 1)), "inaktiveret": wanted,
              "afsluttet_daekket": rng.randint(1, wanted + 1), "afsluttet_frist": rng.randint(0, 2),
              "annulleret": rng.randint(0, 1)}[status]
    if age < 7:
        n_refs = 0 if status == "under_behandling" else n_refs
    hired_at = rng.randrange(n_refs) if status == "afsluttet_daekket" and n_refs else -1
    for k in range(n_refs):
        sent = min(today, received + dt.timedelta(days=rng.randint(1, max(1, min(age, 30)))))
        response = "ansat" if k == hired_at else rng.choice(["sendt", "samtale", "afslag", "ingen_respons"])
        ref = rng.choice([f"{rng.choice('ABDEFHJKLMNST')}{rng.choice('ABDEFHJKLMNST')}-{rng.randint(10, 99)}",
                          f"Sag {received.year}-{rng.randint(1000, 9999)}"])
        rows["refs"].append({"id": uuid7(), "order_id": oid, "candidate_ref": ref, "sent_on": sent, "consent": True,
                             "response": response, "responded_on": None if response == "sendt" else min(
                                 today, sent + dt.timedelta(days=rng.randint(1, 10))), "note": None,
                             **_stamp(created)})
    responsible = feedback or owner
    if deadline is not None and responsible is not None:
        pid = uuid7()
        open_ = status in ("under_behandling", "inaktiveret")
        given = deadline < today and rng.random() < 0.5  # about half the passed deadlines were kept
        state = "aaben" if open_ and not given else ("udfoert" if given or status == "afsluttet_daekket" else "aflyst")
        rows["promises"].append({
            "id": pid, "company_id": company_id, "title": f"Tilbagemelding til virksomheden på jobordren: {order['title']}",
            "details": None, "promised_by": "jobcentret", "responsible_id": responsible, "due_date": deadline,
            "due_time": None, "purpose": "ordre_tilbagemelding", "source_kind": "jobordre", "source_id": oid,
            "contact_person_id": None, "status": state,
            "done_at": dt.datetime.combine(min(deadline, today), dt.time(12), dt.UTC) if state == "udfoert" else None,
            "done_by": responsible if state == "udfoert" else None,
            "cancel_reason": f"Jobordren er lukket: {ORDER_STATUS.label(status)}." if state == "aflyst"
            else None,
            "cancelled_at": created if state == "aflyst" else None, "recurrence": None, "series_id": None,
            "original_due_date": deadline, **_stamp(created)})
        order["feedback_promise_id"] = pid


def _flush(ctx: ServiceContext, rows: dict[str, list[dict]]) -> None:
    if not rows["orders"]:
        return
    with ctx.sessions.begin() as s:  # Core executemany: several times faster than ORM bulk inserts here
        conn = s.connection()
        for model, key in ((Promise, "promises"), (JobOrder, "orders"), (JobOrderRequirement, "reqs"),
                           (JobOrderReferral, "refs")):
            if rows[key]:
                conn.execute(insert(model.__table__), rows[key])
    for key in rows:
        rows[key].clear()

