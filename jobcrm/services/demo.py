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
from jobcrm.services.demo_orders import add_demo_orders
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


def _mail_part(text: str) -> str:
    t = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return "".join(ch for ch in t if ch.isalnum())


class DemoBuilder:
    def __init__(self, ctx: ServiceContext, settings: SettingsService, seed: int = 1):
        self._ctx = ctx
        self._settings = settings
        self.rng = random.Random(seed)

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
        add_demo_orders(self._ctx, rng.random(), cal)
        current = next(c for c in consultants if c[1] == "MAJ")
        self._settings.set("current_consultant_id", str(current[0]))
        self._ctx.actor.id = current[0]
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
            for _ in range(rng.choices([0, 1, 2, 3], [35, 35, 20, 10])[0]):
                who, purpose, title = rng.choice(N.PROMISE_TITLES)
                pid = uuid7()
                state = rng.choices(["open", "done", "cancelled"], [55, 40, 5])[0]
                offset = rng.randint(-45, 40) if state == "open" else rng.randint(-120, -1)
                due = cal.add_working_days(today + dt.timedelta(days=offset), 0)
                created = now - dt.timedelta(days=max(3, -offset + rng.randint(3, 30)))
                row = {
                    "id": pid, "company_id": cid, "title": title.format(job=job, person=rng.choice(people)),
                    "details": None, "promised_by": who, "responsible_id": rng.choice([owner, owner, owner,
                                                                                       rng.choice(cons_ids)]),
                    "due_date": due, "due_time": dt.time(rng.choice([9, 10, 13]), 0) if rng.random() < 0.15 else None,
                    "purpose": purpose, "source_kind": rng.choice(["manuel", "kontakt", "besoeg"]),
                    "source_id": None, "contact_person_id": None, "status": "aaben", "done_at": None,
                    "done_by": None, "cancel_reason": None, "cancelled_at": None, "recurrence": None, "series_id": None,
                    "original_due_date": due, "created_at": created, "updated_at": created, "created_by": None,
                    "updated_by": None, "deleted_at": None,
                }
                if state == "done":
                    late = rng.random() < 0.3
                    done_day = due + dt.timedelta(days=rng.randint(1, 10) if late else -rng.randint(0, 3))
                    row["status"] = "udfoert"
                    row["done_at"] = dt.datetime.combine(min(done_day, today), dt.time(12, 0), dt.UTC)
                    row["done_by"] = row["responsible_id"]
                elif state == "cancelled":
                    row["status"] = "aflyst"
                    row["cancel_reason"] = "Virksomheden har ikke længere behov."
                    row["cancelled_at"] = dt.datetime.combine(min(due, today), dt.time(12, 0), dt.UTC)
                elif rng.random() < 0.15:  # rescheduled once, with a reason
                    earlier = cal.add_working_days(due, -rng.randint(3, 10))
                    row["original_due_date"] = earlier
                    reschedules.append({
                        "id": uuid7(), "promise_id": pid, "from_date": earlier, "to_date": due,
                        "reason": rng.choice(["Kontaktpersonen er på ferie.", "Afventer svar fra borgeren.",
                                              "Virksomheden bad om at vente til næste måned."]),
                        "created_at": created, "updated_at": created, "created_by": None, "updated_by": None,
                        "deleted_at": None,
                    })
                if row["status"] == "aaben":
                    next_due = due if next_due is None or due < next_due else next_due
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

