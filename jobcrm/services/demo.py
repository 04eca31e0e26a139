"""Realistic Danish demo data, inserted in bulk (fast enough for 100,000 companies).

Every generated value satisfies the rules the services enforce: valid CVR numbers (modulus 11),
Danish phone numbers, e-mail addresses, known vocabulary codes.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import insert, select

from jobcrm.domain.dates import WorkCalendar
from jobcrm.domain.validation import CVR_WEIGHTS, danish_sort_key
from jobcrm.ids import uuid7
from jobcrm.models import Company, Consultant, Contact, ContactPerson, Promise, PromiseReschedule, Team
from jobcrm.services import demo_names as N
from jobcrm.services import search
from jobcrm.services.context import ServiceContext
from jobcrm.services.demo_campaigns import add_demo_campaigns
from jobcrm.services.demo_orders import add_demo_orders
from jobcrm.services.demo_slots import add_demo_slots
from jobcrm.services.demo_visits import add_demo_visits
from jobcrm.services.promises import refresh_company_next_due
from jobcrm.services.settings import SettingsService

BATCH = 2000


@dataclass(frozen=True)
class DemoResult:
    consultants: int
    companies: int
    contact_persons: int
    contacts: int
    promises: int
    current_user: str


def make_cvr(rng: random.Random, taken: set[str]) -> str:
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        partial = sum(d * w for d, w in zip(body, CVR_WEIGHTS[:7], strict=True))
        check = (-partial) % 11  # weight of the last digit is 1
        if check == 10:
            continue
        cvr = "".join(map(str, body)) + str(check)
        if cvr not in taken:
            taken.add(cvr)
            return cvr


def _phone(rng: random.Random) -> str:
    n = f"{rng.choice('2345679')}{rng.randint(0, 9999999):07d}"
    return f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}"


def _at(day: dt.date, hour: int) -> dt.datetime:
    """Local time on `day` as an aware UTC stamp (how created_at/done_at are stored)."""
    return dt.datetime.combine(day, dt.time(hour, 0)).astimezone(dt.UTC)


def _mail_part(text: str) -> str:
    t = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return "".join(ch for ch in t if ch.isalnum())


class DemoBuilder:
    def __init__(self, ctx: ServiceContext, settings: SettingsService, seed: int = 1):
        self._ctx = ctx
        self._settings = settings
        self.rng = random.Random(seed)
        self._habit: dict[uuid.UUID, tuple[float, float]] = {}

    def build(self, companies: int = 300, progress: Callable[[int, int], None] | None = None) -> DemoResult:
        rng = self.rng
        today = self._ctx.clock.today()
        cal = self._settings.calendar()
        now = self._ctx.clock.utcnow()
        consultants = self._consultants(now)
        cons_ids = [c[0] for c in consultants]
        taken: set[str] = set()
        with self._ctx.sessions() as s:
            taken.update(x for x in s.scalars(select(Company.cvr)) if x)
        counts = {"persons": 0, "contacts": 0, "promises": 0}
        done = 0
        # Bulk inserts with the search-index triggers paused; the index is rebuilt once at the end.
        with search.paused(self._ctx.sessions, "demodata"):
            while done < companies:
                n = min(BATCH, companies - done)
                self._batch(n, rng, today, cal, now, cons_ids, taken, counts)
                done += n
                if progress:
                    progress(done, companies)
            current = next(c for c in consultants if c[1] == "MAJ")
            counts["promises"] += self._story(current[0], today, cal)
        add_demo_orders(self._ctx, rng.random(), cal)
        add_demo_visits(self._ctx, self._settings, rng)
        self._settings.set("current_consultant_id", str(current[0]))
        self._ctx.actor.id = current[0]
        add_demo_slots(self._ctx, self._settings, random.Random(rng.random()))  # slots, mentors, placements
        add_demo_campaigns(self._ctx, self._settings, random.Random(rng.random()))  # campaigns, calls, bookings
        return DemoResult(len(consultants), companies, counts["persons"], counts["contacts"], counts["promises"],
                          current[1])

    def _consultants(self, now: dt.datetime) -> list[tuple[uuid.UUID, str]]:
        out = []
        with self._ctx.sessions.begin() as s:
            teams: dict[str, uuid.UUID] = {t.name: t.id for t in s.scalars(select(Team))}
            existing = {c.initials: c.id for c in s.scalars(select(Consultant))}
            for initials, name, team, role in N.CONSULTANTS:
                if team not in teams:
                    t = Team(name=team, created_at=now, updated_at=now)
                    s.add(t)
                    s.flush()
                    teams[team] = t.id
                if initials in existing:
                    out.append((existing[initials], initials))
                    continue
                first = _mail_part(name.split()[0])
                c = Consultant(initials=initials, name=name, team_id=teams[team], role=role, active=True,
                               email=f"{first}.{_mail_part(initials)}@jobcenter.dk", phone=_phone(self.rng),
                               created_at=now, updated_at=now)
                s.add(c)
                s.flush()
                out.append((c.id, initials))
        return out

    def _story(self, me: uuid.UUID, today: dt.date, cal: WorkCalendar) -> int:
        """A few promises for the demo user whatever the size and seed, so the inbox shows what it does: an
        overdue promise, a company that has not come back (a flag), one due today, a weekly recurring one."""
        story = (
            (-6, "jobcentret", "cv_opfoelgning", "Sende 2-3 CV'er på lagermedarbejder", None),
            (-2, "virksomheden", "genkontakt", "Virksomheden vender tilbage om antal stillinger", None),
            (0, "jobcentret", "opfoelgning_forloeb", "Ringe til mentoren om hvordan praktikken går", None),
            (1, "jobcentret", "opfoelgning_forloeb", "Ugentlig opfølgning på praktikforløbet",
             "FREQ=WEEKLY;INTERVAL=1;COUNT=6"),
            (3, "jobcentret", "nye_aftaler", "Aftale opstart af virksomhedspraktik", None),
        )
        with self._ctx.sessions.begin() as s:
            companies = s.scalars(select(Company.id).where(Company.deleted_at.is_(None)).order_by(Company.id)
                                  .limit(len(story))).all()
            rows = []
            for (days, who, purpose, title, rule), cid in zip(story, companies, strict=False):
                due = cal.add_working_days(today, days)
                made = _at(min(due, today) - dt.timedelta(days=9), 10)
                pid = uuid7()
                rows.append({
                    "id": pid, "company_id": cid, "title": title, "details": None, "promised_by": who,
                    "responsible_id": me, "due_date": due, "due_time": None, "purpose": purpose, "source_kind": "besoeg",
                    "source_id": None, "contact_person_id": None, "status": "aaben", "done_at": None, "done_by": None,
                    "cancel_reason": None, "cancelled_at": None, "recurrence": rule, "series_id": pid if rule else None,
                    "original_due_date": due, "created_at": made, "updated_at": made, "created_by": None,
                    "updated_by": None, "deleted_at": None,
                })
            if rows:
                s.execute(insert(Promise), rows)
                for row in rows:
                    refresh_company_next_due(s, row["company_id"])
        return len(rows)

    def _habits(self, consultant_id: uuid.UUID) -> tuple[float, float]:
        """How a consultant keeps promises: the chance one slips, and by how many days on average. Differs per
        consultant, so the team backlog shows kept-on-time figures from about 50 % to 90 %."""
        if consultant_id not in self._habit:
            self._habit[consultant_id] = (self.rng.uniform(0.12, 0.5), self.rng.uniform(5.0, 16.0))
        return self._habit[consultant_id]

    def _promise(self, rng, today: dt.date, cal: WorkCalendar, company_id, responsible, who, purpose, title,
                 reschedules: list) -> dict:
        """One promise from a steady stream over the last five months and the next six weeks. Most are kept
        on time; some slip by days or weeks and are done late or still open; a few are forgotten. The team's
        overdue count per week therefore hovers around a level instead of rising towards today."""
        p_late, mean_late = self._habits(responsible)
        due = cal.add_working_days(today + dt.timedelta(days=rng.randint(-150, 42)), 0)
        made = min(due - dt.timedelta(days=rng.randint(2, 25)), today - dt.timedelta(days=rng.randint(0, 4)))
        created = _at(made, rng.randint(8, 15))
        row = {
            "id": uuid7(), "company_id": company_id, "title": title, "details": None, "promised_by": who,
            "responsible_id": responsible, "due_date": due,
            "due_time": dt.time(rng.choice([9, 10, 13]), 0) if rng.random() < 0.15 else None,
            "purpose": purpose, "source_kind": rng.choice(["manuel", "kontakt", "besoeg"]), "source_id": None,
            "contact_person_id": None, "status": "aaben", "done_at": None, "done_by": None, "cancel_reason": None,
            "cancelled_at": None, "recurrence": None, "series_id": None, "original_due_date": due,
            "created_at": created, "updated_at": created, "created_by": None, "updated_by": None, "deleted_at": None,
        }
        roll = rng.random()
        if roll < 0.04:  # cancelled around the due date
            day = min(today, max(made, due + dt.timedelta(days=rng.randint(-5, 3))))
            row.update(status="aflyst", cancel_reason="Virksomheden har ikke længere behov.",
                       cancelled_at=_at(day, 12), updated_at=_at(day, 12))
            return row
        if roll < 0.06 and due < today:  # forgotten: nobody did it (the inbox and the backlog show it)
            return row
        if rng.random() < p_late:
            finished = due + dt.timedelta(days=max(1, round(rng.expovariate(1 / mean_late))))
        else:
            finished = due - dt.timedelta(days=rng.randint(0, 3))
        finished = max(finished, made)
        if finished <= today and (finished < today or rng.random() < 0.5):
            row.update(status="udfoert", done_at=_at(finished, rng.randint(8, 15)), done_by=responsible)
            row["updated_at"] = row["done_at"]
        elif rng.random() < 0.15 and due > made + dt.timedelta(days=7):  # moved once, with a reason
            earlier = cal.add_working_days(due, -rng.randint(3, 10))
            if earlier > made:
                row["original_due_date"] = earlier
                moved = _at(min(earlier, today), 9)
                reschedules.append({
                    "id": uuid7(), "promise_id": row["id"], "from_date": earlier, "to_date": due,
                    "reason": rng.choice(["Kontaktpersonen er på ferie.", "Afventer svar fra borgeren.",
                                          "Virksomheden bad om at vente til næste måned."]),
                    "created_at": moved, "updated_at": moved, "created_by": None, "updated_by": None,
                    "deleted_at": None,
                })
        return row

    def _batch(self, n, rng, today, cal: WorkCalendar, now, cons_ids, taken, counts) -> None:
        companies, persons, contacts, promises, reschedules = [], [], [], [], []
        for _ in range(n):
            industry = rng.choice(list(N.INDUSTRY_PATTERNS))
            patterns, (lo, hi), jobs = N.INDUSTRY_PATTERNS[industry]
            postal, city, kommune = rng.choice(N.TOWNS)
            surname, surname2 = rng.sample(N.SURNAMES, 2)
            street = rng.choice(N.STREETS)
            name = rng.choice(patterns).format(surname=surname, surname2=surname2, town=city.split()[0],
                                               street=street, brand=rng.choice(N.BRANDS))
            cid = uuid7()
            owner = rng.choice(cons_ids)
            employees = int(rng.triangular(lo, hi, lo + (hi - lo) * 0.2))
            status = rng.choices(["ny", "aktiv", "kerne", "ikke_interesseret", "ophoert"], [25, 45, 15, 10, 5])[0]
            domain = _mail_part(name.split()[0] + surname)[:20] + ".dk"
            company = {
                "id": cid, "name": name, "sort_name": danish_sort_key(name), "cvr": make_cvr(rng, taken),
                "p_number": f"{rng.randint(1000000000, 9999999999)}" if rng.random() < 0.6 else None,
                "address": f"{street} {rng.randint(1, 120)}", "postal_code": postal, "city": city,
                "municipality": kommune, "phone": _phone(rng), "email": f"kontakt@{domain}", "web": f"www.{domain}",
                "industry": industry, "employees": employees, "sector": "privat", "owner_id": owner,
                "relationship_status": status,
                "agreement_type": rng.choice([None, None, "jobservice", "partnerskab", "samarbejde"]),
                "special_notes": rng.choice([None, None, None, "Ring kun før kl. 9 — værkføreren er på pladsen resten af dagen.",
                                             "Har tidligere haft en dårlig oplevelse med en praktikant; gå stille frem.",
                                             "Ejeren taler helst med én fast konsulent."]),
                "absence_policy": "Sygemelding til nærmeste leder inden kl. 7." if rng.random() < 0.5 else None,
                "alcohol_policy": "Nultolerance i arbejdstiden." if rng.random() < 0.4 else None,
                "working_hours": rng.choice(["Man–tors 7–15.30, fre 7–12", "Dag og aften, skiftende", "8–16", None]),
                "core_business": None, "tags": None, "last_contact_at": None, "next_due_date": None,
                "created_at": now, "updated_at": now, "created_by": None, "updated_by": None, "deleted_at": None,
            }
            companies.append(company)
            people = []
            for k in range(rng.randint(1, 3)):
                first, last = rng.choice(N.FIRST_NAMES), rng.choice(N.SURNAMES)
                pid = uuid7()
                people.append(f"{first} {last}")
                persons.append({
                    "id": pid, "company_id": cid, "name": f"{first} {last}", "title": rng.choice(N.CONTACT_TITLES),
                    "phone": _phone(rng), "mobile": _phone(rng) if rng.random() < 0.6 else None,
                    "email": f"{_mail_part(first)}@{domain}", "role": rng.choice(["beslutningstager", "hr",
                                                                                  "daglig_leder", "mentor", "andet"]),
                    "is_primary": k == 0, "active": rng.random() > 0.1, "created_at": now, "updated_at": now,
                    "created_by": None, "updated_by": None, "deleted_at": None,
                })
            job = rng.choice(jobs)
            last_contact = None
            for _ in range(rng.choices([0, 1, 3, 6, 12], [10, 25, 30, 25, 10])[0]):
                channel = rng.choices(list(N.CONTACT_SUMMARIES), [40, 25, 20, 4, 4, 4, 3])[0]
                when = now - dt.timedelta(days=rng.randint(0, 365), minutes=rng.randint(0, 8 * 60))
                when = when.replace(hour=rng.randint(7, 15), second=0, microsecond=0)
                contacts.append({
                    "id": uuid7(), "company_id": cid, "consultant_id": rng.choice([owner, owner, rng.choice(cons_ids)]),
                    "occurred_at": when, "channel": channel,
                    "summary": rng.choice(N.CONTACT_SUMMARIES[channel]).format(person=rng.choice(people), job=job),
                    "purpose": None, "link_kind": None, "link_id": None, "created_at": when, "updated_at": when,
                    "created_by": None, "updated_by": None, "deleted_at": None,
                })
                last_contact = when if last_contact is None or when > last_contact else last_contact
            company["last_contact_at"] = last_contact
            next_due = None
            for _ in range(rng.choices([0, 1, 2, 3, 4], [25, 30, 25, 12, 8])[0]):
                who, purpose, title = rng.choice(N.PROMISE_TITLES)
                responsible = rng.choice([owner, owner, owner, rng.choice(cons_ids)])
                row = self._promise(rng, today, cal, cid, responsible, who, purpose,
                                    title.format(job=job, person=rng.choice(people)), reschedules)
                if row["status"] == "aaben":
                    next_due = row["due_date"] if next_due is None or row["due_date"] < next_due else next_due
                promises.append(row)
            company["next_due_date"] = next_due
        with self._ctx.sessions.begin() as s:
            s.execute(insert(Company), companies)
            s.execute(insert(ContactPerson), persons)
            if contacts:
                s.execute(insert(Contact), contacts)
            if promises:
                s.execute(insert(Promise), promises)
            if reschedules:
                s.execute(insert(PromiseReschedule), reschedules)
        counts["persons"] += len(persons)
        counts["contacts"] += len(contacts)
        counts["promises"] += len(promises)

