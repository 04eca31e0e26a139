"""Demo data at job-centre scale (PRODUCT.md §10): `jobcrm demo --scale large` and the benchmark's data set.

100,000 companies, 300,000 contact persons, 1,000,000 contact-history entries, 200,000 promises and 100
consultants in 10 teams, built in a few minutes with bulk `executemany` on the raw SQLite connection and the
search-index triggers paused (the index is rebuilt once at the end, by `search.resume`).

The bulk path writes what the services would have written:

- values in SQLAlchemy's SQLite storage formats (uuid as 32 hex digits, "YYYY-MM-DD HH:MM:SS.ffffff"
  naive UTC datetimes, ISO dates, "HH:MM:SS.ffffff" times, 1/0 booleans) — a unit test compares them with
  rows written through the ORM;
- valid CVR numbers (modulus 11, unique), Danish phone numbers, vocabulary codes, `sort_name` from
  `danish_sort_key`;
- the derived company fields: `last_contact_at` = newest live contact, `next_due_date` = earliest open
  promise; an "udfoert"/"aflyst" promise_event for every closed promise, a reschedule row for every moved
  due date (original_due_date kept as first agreed);
- ids are UUIDv7 stamped with the record's creation time, as records made over the years would have.

Realism: contacts fall on working days in office hours over five years, most companies have a few, some
many, one large company has 5,000 ("the company with 5,000 entries"); about 18 % of the promises are
open and a third of those overdue; one consultant (MAJ, the current user) has about 2,000 open.

Features that land later add their rows through `ScaleBuilder(extensions=...)`: a function
`(ScaleBuild) -> dict[str, int]` that bulk-inserts e.g. 50,000 job orders or 20,000 slots with mentors and
placements (the targets are in `ScaleSpec`), using `ScaleBuild.insert` and the ids and helpers it holds.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import select

from jobcrm.domain.dates import WorkCalendar
from jobcrm.domain.validation import danish_sort_key
from jobcrm.errors import UsageError
from jobcrm.models import Base, Company
from jobcrm.services import demo_names as N
from jobcrm.services import search
from jobcrm.services.demo import _mail_part, _phone, make_cvr

# Bump when the generated data changes, so cached benchmark databases are rebuilt.
GENERATOR_VERSION = 2

BUSY_INITIALS = "MAJ"
TEAM_NAMES = (
    "Team Erhverv Nord", "Team Erhverv Syd", "Team Erhverv Øst", "Team Erhverv Vest", "Team Rekruttering",
    "Team Fastholdelse", "Team Ungeindsats", "Team Virksomhedspraktik", "Team Jobrotation", "Team Fleksjob",
)
BIG_COMPANY_NAME = "Nordic Facility Service A/S"
# At 100,000 companies the demo's 35 surnames and first names give a few thousand distinct names; a
# job centre's register has tens of thousands. These widen the pools (common Danish names).
SURNAMES = N.SURNAMES + (
    "Villadsen", "Clausen", "Knudsen", "Mikkelsen", "Jakobsen", "Eriksen", "Simonsen", "Henriksen", "Berg",
    "Jeppesen", "Lassen", "Svendsen", "Iversen", "Kjeldsen", "Frandsen", "Bertelsen", "Ravn", "Bach", "Storm",
    "Vestergaard", "Mathiesen", "Thygesen", "Winther", "Juhl", "Brandt", "Buch", "Krog", "Nygaard", "Lauritsen",
    "Vinther", "Toft", "Kristiansen", "Friis", "Dam", "Kjær-Hansen", "Mogensen", "Carlsen", "Gregersen",
    "Bonde", "Søndergaard", "Enevoldsen", "Holst", "Overgaard", "Steffensen", "Lorenzen", "Nissen", "Mørch",
    "Ebbesen", "Bjerre", "Kirkegaard", "Bundgaard", "Gravesen", "Hedegaard", "Kragh", "Laursen", "Michelsen",
    "Olesen", "Pallesen", "Riis", "Sloth", "Thorsen", "Tranberg", "Vad", "Aabye", "Ahmed", "Ali", "Hussein",
    "Yilmaz", "Nguyen", "Kowalski", "Nowak", "Petrovic", "Demir", "Khan", "Haddad", "Lindberg", "Bruun",
    "Wulff", "Hald", "Munk", "Fog", "Krag", "Lykke", "Borg", "Kofoed", "Marcussen", "Ibsen", "Kaas", "Hviid",
)
FIRST_NAMES = N.FIRST_NAMES + (
    "Anders", "Christian", "Martin", "Jonas", "Simon", "Daniel", "Nikolaj", "Jacob", "Kristian", "Allan",
    "Brian", "Carsten", "Finn", "Hans", "Kim", "Poul", "Torben", "Ulrik", "Bo", "Claus", "Dorthe", "Gitte",
    "Helle", "Jette", "Lone", "Maja", "Nanna", "Rikke", "Signe", "Trine", "Vibeke", "Anja", "Charlotte",
    "Julie", "Line", "Mia", "Sara", "Laura", "Freja", "Cecilie", "Ahmad", "Fatima", "Mohammad", "Aisha",
    "Omar", "Leyla", "Piotr", "Agnieszka", "Tomas", "Oksana", "Emil", "Oliver", "Lukas", "Victor",
)
_BATCH = 2_000  # companies per transaction


@dataclass(frozen=True)
class ScaleSpec:
    companies: int = 100_000
    persons: int = 300_000
    contacts: int = 1_000_000
    promises: int = 200_000
    consultants: int = 100
    teams: int = 10
    busy_open: int = 2_000  # open promises of the busy consultant (MAJ)
    big_company_contacts: int = 5_000  # contact-history entries of the one large company
    # Targets for the features that register extensions (ScaleBuild.spec tells them how many to make).
    orders: int = 50_000
    slots: int = 20_000
    seed: int = 1

    def scaled(self, factor: float) -> ScaleSpec:
        """The same shape, smaller (tests): every count times `factor`, at least one of each."""
        def f(n: int) -> int:
            return max(1, round(n * factor))
        return replace(self, companies=f(self.companies), persons=f(self.persons), contacts=f(self.contacts),
                       promises=f(self.promises), busy_open=f(self.busy_open),
                       big_company_contacts=f(self.big_company_contacts), orders=f(self.orders),
                       slots=f(self.slots))


SCALES = {"large": ScaleSpec()}


# --- SQLAlchemy's SQLite storage formats ------------------------------------------------------------------
def uuid7_hex(rng: random.Random, at: dt.datetime) -> str:
    """A UUIDv7 (as SQLAlchemy stores a Uuid on SQLite: 32 hex digits) stamped with `at` (aware UTC)."""
    ms = int(at.timestamp() * 1000) & ((1 << 48) - 1)
    value = (ms << 80) | (0x7 << 76) | (rng.getrandbits(12) << 64) | (0b10 << 62) | rng.getrandbits(62)
    return f"{value:032x}"


def db_datetime(at: dt.datetime | None) -> str | None:
    """Aware datetime -> naive UTC text, the way UTCDateTime + SQLite DATETIME store it."""
    if at is None:
        return None
    return at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def db_date(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def db_time(t: dt.time | None) -> str | None:
    return None if t is None else t.strftime("%H:%M:%S.%f")


def _record(at: dt.datetime, by: str | None = None) -> dict:
    stamp = db_datetime(at)
    return {"created_at": stamp, "updated_at": stamp, "created_by": by, "updated_by": by, "deleted_at": None}


@dataclass
class ScaleBuild:
    """What an extension gets: the raw connection (inside the build, search triggers paused), the spec, the
    random source, "today", the ids made so far, and helpers to insert rows in the storage formats."""

    conn: sqlite3.Connection
    spec: ScaleSpec
    rng: random.Random
    today: dt.date
    now: dt.datetime  # aware UTC "now" of the data set
    calendar: WorkCalendar
    team_ids: list[str] = field(default_factory=list)
    consultant_ids: list[str] = field(default_factory=list)
    busy_consultant_id: str = ""
    company_ids: list[str] = field(default_factory=list)  # live companies
    company_owner: dict[str, str] = field(default_factory=dict)
    company_persons: dict[str, list[str]] = field(default_factory=dict)  # company -> its person ids
    big_company_id: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    _pending: dict[str, list[dict]] = field(default_factory=dict)
    names_used: set[str] = field(default_factory=set)

    def insert(self, table: str, rows: list[dict]) -> None:
        """executemany over `rows` (dicts keyed by column name; missing columns default to NULL)."""
        if not rows:
            return
        columns = [c.name for c in Base.metadata.tables[table].columns]
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
        defaults = dict.fromkeys(columns)
        self.conn.executemany(sql, (r if len(r) == len(columns) else {**defaults, **r} for r in rows))
        self.counts[table] = self.counts.get(table, 0) + len(rows)

    def later(self, table: str, rows: list[dict]) -> None:
        """Queue rows for the next `flush` (one executemany per table per batch)."""
        self._pending.setdefault(table, []).extend(rows)

    def flush(self) -> None:
        for table, rows in self._pending.items():  # dict order: parents before children
            self.insert(table, rows)
        self._pending = {}

    def new_id(self, at: dt.datetime) -> str:
        return uuid7_hex(self.rng, at)

    def record(self, at: dt.datetime, by: str | None = None) -> dict:
        """The RecordMixin columns for a row created at `at` by consultant `by`."""
        return _record(at, by)

    def working_time(self, day: dt.date, hour_from: int = 8, hour_to: int = 15) -> dt.datetime:
        """An aware UTC moment in office hours on the nearest working day at or before `day`."""
        while not self.calendar.is_working_day(day):
            day -= dt.timedelta(days=1)
        local = dt.datetime.combine(day, dt.time(self.rng.randint(hour_from, hour_to), self.rng.choice((0, 15, 30, 45))))
        return local.astimezone(dt.UTC)


Extension = Callable[[ScaleBuild], dict]
# (name, function) run in order after the base data; features that land later append theirs here.
DEFAULT_EXTENSIONS: tuple[tuple[str, Extension], ...] = ()


@dataclass(frozen=True)
class ScaleResult:
    counts: dict[str, int]
    busy_consultant_id: str
    busy_initials: str
    big_company_id: str
    seconds: float


def _spread(total: int, n: int, values: tuple[int, ...], weights: tuple[int, ...], rng: random.Random) -> list[int]:
    """n counts drawn from the distribution, nudged so they add up to `total` exactly."""
    counts = rng.choices(values, weights, k=n)
    diff = total - sum(counts)
    while diff:
        i = rng.randrange(n)
        if diff > 0:
            counts[i] += 1
            diff -= 1
        elif counts[i] > 0:
            counts[i] -= 1
            diff += 1
    return counts


class ScaleBuilder:
    def __init__(self, services, spec: ScaleSpec = ScaleSpec(),
                 extensions: Iterable[tuple[str, Extension]] = DEFAULT_EXTENSIONS):
        self._services = services
        self.spec = spec
        self.extensions = tuple(extensions)

    def build(self, progress: Callable[[str, int, int], None] | None = None) -> ScaleResult:
        import time

        started = time.perf_counter()
        services, spec = self._services, self.spec
        with services.ctx.sessions() as s:
            if s.scalar(select(Company.id).limit(1)) is not None:
                raise UsageError("--scale kræver en tom database (der er allerede virksomheder i den)")
        today = services.ctx.clock.today()
        now = dt.datetime.combine(today, dt.time(8, 0)).astimezone(dt.UTC)
        raw = services.engine.raw_connection()
        try:
            conn: sqlite3.Connection = raw.driver_connection
            conn.execute("PRAGMA synchronous=OFF")
            conn.execute("PRAGMA cache_size=-400000")  # 400 MB while building
            conn.execute("PRAGMA temp_store=MEMORY")
            b = ScaleBuild(conn, spec, random.Random(spec.seed), today, now, services.settings.calendar())
            conn.execute("BEGIN")
            conn.execute("INSERT INTO fts_company_pause (reason) VALUES ('scale')")
            self._consultants(b)
            conn.commit()
            self._companies(b, progress)
            for name, fn in self.extensions:
                if progress:
                    progress(name, 0, 1)
                conn.execute("BEGIN")
                b.counts.update(fn(b) or {})
                conn.commit()
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA cache_size=-2000")
        finally:
            raw.close()
        if progress:
            progress("søgeindeks", 0, 1)
        with services.ctx.sessions.begin() as s:
            search.resume(s)  # switches the triggers on and rebuilds the index
        services.settings.set("current_consultant_id", str(uuid.UUID(b.busy_consultant_id)))
        services.ctx.actor.id = services.consultants.by_initials(BUSY_INITIALS).id
        return ScaleResult(dict(b.counts), b.busy_consultant_id, BUSY_INITIALS, b.big_company_id,
                           time.perf_counter() - started)

    # --- consultants and teams ---------------------------------------------------------------------------
    def _consultants(self, b: ScaleBuild) -> None:
        rng, spec = b.rng, self.spec
        founded = b.now - dt.timedelta(days=8 * 365)
        teams = []
        for i in range(spec.teams):
            name = TEAM_NAMES[i] if i < len(TEAM_NAMES) else f"Team {i + 1}"
            teams.append({"id": b.new_id(founded), "name": name, **b.record(founded)})
        b.insert("team", teams)
        b.team_ids = [t["id"] for t in teams]
        # The demo's named consultants stay in their teams (MAJ in Team Erhverv Nord); the rest are made up.
        size = max(1, spec.consultants // spec.teams)
        members: list[list[tuple[str, str, str]]] = [[] for _ in teams]
        for initials, name, team, role in N.CONSULTANTS:
            t = next((i for i, x in enumerate(teams) if x["name"] == team), 0)
            members[t].append((initials, name, role))
        taken = {m[0] for group in members for m in group}
        for group in members:
            while len(group) < size and sum(map(len, members)) < spec.consultants:
                first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
                candidates = [(first[0] + last[:2]).upper(), (first[:2] + last[0]).upper(),
                              (first[0] + last[0] + last[-1]).upper()]
                initials = next((c for c in candidates if c not in taken), None)
                n = 2
                while initials is None:
                    initials = f"{first[0]}{last[0]}{n}".upper()
                    initials = None if initials in taken else initials
                    n += 1
                taken.add(initials)
                leader = not any(m[2] == "teamleder" for m in group)
                group.append((initials, f"{first} {last}", "teamleder" if leader else "konsulent"))
        rows = []
        for t, group in enumerate(members):
            for initials, name, role in group:
                joined = founded + dt.timedelta(days=rng.randint(0, 6 * 365))
                rows.append({
                    "id": b.new_id(joined), "initials": initials, "name": name,
                    "email": f"{_mail_part(name.split()[0])}.{_mail_part(initials)}@jobcenter.dk",
                    "phone": _phone(rng), "team_id": b.team_ids[t], "role": role, "active": 1, **b.record(joined),
                })
        b.insert("consultant", rows)
        b.consultant_ids = [r["id"] for r in rows]
        b.busy_consultant_id = next(r["id"] for r in rows if r["initials"] == BUSY_INITIALS)

    # --- companies with their persons, history and promises ---------------------------------------------
    def _companies(self, b: ScaleBuild, progress) -> None:
        spec, rng = self.spec, b.rng
        n = spec.companies
        big = rng.randrange(n)
        persons = _spread(spec.persons, n, (1, 2, 3, 4, 5), (15, 20, 30, 20, 15), rng)
        rest = max(0, spec.contacts - spec.big_company_contacts)
        contacts = _spread(rest, n - 1, (0, 1, 3, 6, 12, 25, 50), (8, 14, 20, 22, 18, 12, 6), rng) if n > 1 else []
        contacts.insert(big, min(spec.contacts, spec.big_company_contacts))
        promises = _spread(spec.promises, n, (0, 1, 2, 3, 5, 8), (20, 25, 25, 15, 10, 5), rng)
        # Open promises: ~18 %; the busy consultant gets `busy_open` of them (p_busy of every open one).
        open_total = spec.promises * 0.18
        natural = 0.8 * open_total / spec.consultants  # what MAJ gets anyway as the owner of 1 % of the companies
        p_busy = min(1.0, max(0.0, (spec.busy_open - natural) / max(1.0, open_total)))
        taken: set[str] = set()
        done = 0
        while done < n:
            upto = min(n, done + _BATCH)
            b.conn.execute("BEGIN")
            for i in range(done, upto):
                self._company(b, i == big, persons[i], contacts[i], promises[i], p_busy, taken)
            b.flush()
            b.conn.commit()
            done = upto
            if progress:
                progress("virksomheder", done, n)

    def _company(self, b: ScaleBuild, is_big: bool, n_persons: int, n_contacts: int, n_promises: int,
                 p_busy: float, taken: set[str]) -> None:
        rng, now, today = b.rng, b.now, b.today
        industry = "Rengøring og facility service" if is_big else rng.choice(list(N.INDUSTRY_PATTERNS))
        patterns, (lo, hi), jobs = N.INDUSTRY_PATTERNS[industry]
        postal, city, kommune = rng.choice(N.TOWNS)
        surname, surname2 = rng.sample(SURNAMES, 2)
        street = rng.choice(N.STREETS)
        name = BIG_COMPANY_NAME if is_big else rng.choice(patterns).format(
            surname=surname, surname2=surname2, town=city.split()[0], street=street, brand=rng.choice(N.BRANDS))
        if not is_big and name in b.names_used:  # a register rarely has the same name twice
            if "A/S" in name or "ApS" in name:  # a branch of a company
                name = f"{name}, afd. {rng.choice(N.STREETS)}"
            else:  # a sole proprietorship carries the owner's name
                name = f"{name} v/{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        b.names_used.add(name)
        created = now - dt.timedelta(days=rng.randint(30, 8 * 365), minutes=rng.randint(0, 600))
        cid = b.new_id(created)
        owner = b.busy_consultant_id if is_big else rng.choice(b.consultant_ids)
        domain = _mail_part(name.split()[0] + surname)[:20] + ".dk"
        deleted = rng.random() < 0.003 and not is_big  # a few removed (merged or closed down) over the years
        company = {
            "id": cid, "name": name, "sort_name": danish_sort_key(name), "cvr": make_cvr(rng, taken),
            "p_number": f"{rng.randint(1000000000, 9999999999)}" if rng.random() < 0.6 else None,
            "address": f"{street} {rng.randint(1, 120)}", "postal_code": postal, "city": city,
            "municipality": kommune, "phone": _phone(rng), "email": f"kontakt@{domain}", "web": f"www.{domain}",
            "industry": industry, "employees": 850 if is_big else int(rng.triangular(lo, hi, lo + (hi - lo) * 0.2)),
            "sector": rng.choices(["privat", "offentlig"], [92, 8])[0], "owner_id": owner,
            "relationship_status": "kerne" if is_big else
            rng.choices(["ny", "aktiv", "kerne", "ikke_interesseret", "ophoert"], [20, 45, 15, 12, 8])[0],
            "agreement_type": rng.choice([None, None, "jobservice", "partnerskab", "samarbejde"]),
            "special_notes": rng.choice([None, None, None, "Ring kun før kl. 9 — værkføreren er på pladsen resten af dagen.",
                                         "Har tidligere haft en dårlig oplevelse med en praktikant; gå stille frem.",
                                         "Ejeren taler helst med én fast konsulent."]),
            "absence_policy": "Sygemelding til nærmeste leder inden kl. 7." if rng.random() < 0.5 else None,
            "alcohol_policy": "Nultolerance i arbejdstiden." if rng.random() < 0.4 else None,
            "working_hours": rng.choice(["Man–tors 7–15.30, fre 7–12", "Dag og aften, skiftende", "8–16", None]),
            "core_business": None, "tags": rng.choice([None, None, None, "netværk", "CSR", "rekrutteringsaftale"]),
            "last_contact_at": None, "next_due_date": None, **b.record(created),
        }
        if deleted:
            company["deleted_at"] = db_datetime(now - dt.timedelta(days=rng.randint(1, 700)))
        person_rows, people = [], []
        for k in range(n_persons):
            first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
            at = created + dt.timedelta(days=rng.randint(0, 400))
            row = {
                "id": b.new_id(min(at, now)), "company_id": cid, "name": f"{first} {last}",
                "title": rng.choice(N.CONTACT_TITLES), "phone": _phone(rng),
                "mobile": _phone(rng) if rng.random() < 0.6 else None, "email": f"{_mail_part(first)}@{domain}",
                "role": rng.choice(["beslutningstager", "hr", "daglig_leder", "mentor", "andet"]),
                "is_primary": int(k == 0), "active": int(rng.random() > 0.1), **b.record(min(at, now)),
            }
            if k > 0 and rng.random() < 0.02:
                row["deleted_at"] = row["updated_at"]
            else:
                people.append((row["id"], row["name"]))
            person_rows.append(row)
        job = rng.choice(jobs)
        contact_rows, participants = [], []
        first_day = max(created.date(), today - dt.timedelta(days=5 * 365))
        span = max(1, (today - first_day).days)
        last_contact = None
        for _ in range(n_contacts):
            # More recent contacts are likelier (the square pulls the draw towards today).
            when = b.working_time(today - dt.timedelta(days=int(span * rng.random() ** 1.6)))
            if when > now:
                when = now - dt.timedelta(hours=rng.randint(1, 48))
            channel = rng.choices(list(N.CONTACT_SUMMARIES), [40, 25, 20, 4, 4, 4, 3])[0]
            person = rng.choice(people) if people else None
            consultant = owner if rng.random() < 0.75 else rng.choice(b.consultant_ids)
            text = rng.choice(N.CONTACT_SUMMARIES[channel]).format(person=person[1] if person else "kontakten", job=job)
            row = {"id": b.new_id(when), "company_id": cid, "consultant_id": consultant, "occurred_at": db_datetime(when),
                   "channel": channel, "purpose": None, "summary": text, "link_kind": None, "link_id": None,
                   **b.record(when, consultant)}
            contact_rows.append(row)
            if person and rng.random() < 0.3:
                participants.append({"contact_id": row["id"], "person_id": person[0]})
            if last_contact is None or when > last_contact:
                last_contact = when
        promise_rows, reschedules, events = [], [], []
        next_due = None
        for _ in range(n_promises):
            who, purpose, title = rng.choice(N.PROMISE_TITLES)
            state = rng.choices(["open", "done", "cancelled"], [0 if deleted else 18, 75, 7])[0]
            if state == "open":  # a third overdue, the rest spread over the next weeks
                offset = -rng.randint(1, 60) if rng.random() < 0.33 else rng.randint(0, 45)
            else:
                offset = -int(min(span, 5 * 365) * rng.random() ** 1.4) - 1
            due = b.calendar.add_working_days(today + dt.timedelta(days=offset), 0)
            made = dt.datetime.combine(due - dt.timedelta(days=rng.randint(3, 40)), dt.time(10, 0)).astimezone(dt.UTC)
            made = min(max(made, created), now)
            responsible = owner if rng.random() < 0.8 else rng.choice(b.consultant_ids)
            if state == "open" and rng.random() < p_busy:
                responsible = b.busy_consultant_id
            person = rng.choice(people) if people else None
            pid = b.new_id(made)
            row = {
                "id": pid, "company_id": cid, "title": title.format(job=job, person=person[1] if person else "kontakten"),
                "details": None, "promised_by": who, "responsible_id": responsible, "due_date": db_date(due),
                "due_time": db_time(dt.time(rng.choice([9, 10, 13]), 0)) if rng.random() < 0.15 else None,
                "purpose": purpose, "source_kind": rng.choice(["manuel", "kontakt", "besoeg"]), "source_id": None,
                "contact_person_id": person[0] if person and rng.random() < 0.5 else None, "status": "aaben",
                "done_at": None, "done_by": None, "cancel_reason": None, "cancelled_at": None, "recurrence": None,
                "series_id": None, "original_due_date": db_date(due), **b.record(made, responsible),
            }
            if state == "open" and rng.random() < 0.02:
                row["recurrence"], row["series_id"] = "FREQ=MONTHLY;INTERVAL=3", b.new_id(made)
            if rng.random() < 0.15:  # moved once, with a reason; the original date stays as first agreed
                earlier = b.calendar.add_working_days(due, -rng.randint(3, 10))
                row["original_due_date"] = db_date(earlier)
                moved = min(max(made, dt.datetime.combine(earlier, dt.time(9)).astimezone(dt.UTC)), now)
                reschedules.append({
                    "id": b.new_id(moved), "promise_id": pid, "from_date": db_date(earlier), "to_date": db_date(due),
                    "reason": rng.choice(["Kontaktpersonen er på ferie.", "Afventer svar fra borgeren.",
                                          "Virksomheden bad om at vente til næste måned."]),
                    **b.record(moved, responsible),
                })
            if state != "open":
                # A quarter closed late, some of them weeks late: the backlog has been about as large in
                # earlier weeks as it is today (the team chart's 12 weeks).
                late = rng.random() < 0.25
                late_by = 1 + int(70 * rng.random() ** 2.5)
                closed_day = min(due + dt.timedelta(days=late_by if late else -rng.randint(0, 3)), today)
                closed = min(dt.datetime.combine(closed_day, dt.time(12, 0)).astimezone(dt.UTC), now)
                stamp = db_datetime(closed)
                if state == "done":
                    row.update(status="udfoert", done_at=stamp, done_by=responsible, updated_at=stamp)
                    kind, note = "udfoert", None
                else:
                    reason = "Virksomheden har ikke længere behov."
                    row.update(status="aflyst", cancel_reason=reason, cancelled_at=stamp, updated_at=stamp)
                    kind, note = "aflyst", reason
                events.append({"id": b.new_id(closed), "promise_id": pid, "kind": kind, "from_consultant_id": None,
                               "to_consultant_id": None, "note": note, **b.record(closed, responsible)})
            elif next_due is None or due < next_due:
                next_due = due
            promise_rows.append(row)
        company["last_contact_at"] = db_datetime(last_contact)
        company["next_due_date"] = db_date(next_due)
        b.later("company", [company])
        b.later("contact_person", person_rows)
        b.later("contact", contact_rows)
        b.later("contact_participant", participants)
        b.later("promise", promise_rows)
        b.later("promise_reschedule", reschedules)
        b.later("promise_event", events)
        if not deleted:
            b.company_ids.append(cid)
            b.company_owner[cid] = owner
            b.company_persons[cid] = [p[0] for p in people]
        if is_big:
            b.big_company_id = cid
