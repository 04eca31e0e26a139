"""Rapporter: the activity report for management. For a period, per consultant (and per team): visits by status
and by type, contacts by channel, promises made / kept on time / overdue, job orders by status and how they
ended, placements started and ended by outcome, companies with no contact in N months — and progress against
the period targets (visits and job orders per consultant per month, seed 003 §5.18).

Every figure is one GROUP BY query per section over the consultants in scope; nothing loads a table.

Sections are pluggable: `REPORT_SECTIONS` is a list of (title, function `(runner) -> ReportTable | None`); the
runner holds the session and the scope. A section that returns None is listed in `pending` (not available
in this database); another feature adds its section with `register_section()`.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from jobcrm.domain.dates import format_date
from jobcrm.domain.vocab import (
    CHANNEL,
    ORDER_OPEN_STATUSES,
    ORDER_STATUS,
    PLACEMENT_OUTCOME,
    VISIT_STATUS,
    VISIT_TYPE,
)
from jobcrm.errors import NotFound, ValidationError
from jobcrm.models import (
    Company,
    Consultant,
    Contact,
    JobOrder,
    JobOrderReferral,
    Placement,
    Promise,
    Team,
    Visit,
)
from jobcrm.services.context import ServiceContext


def count_if(cond):
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


@dataclass(frozen=True)
class ReportColumn:
    key: str
    label: str
    kind: str = "count"  # "count", "pct" (a percentage, None shown as "–")
    warn_below: float | None = None  # shown in red below this (e.g. kept on time under 70 %)
    warn_above: float | None = None  # shown in red above this (e.g. a large share without contact)

    def warns(self, value) -> bool:
        if value is None:
            return False
        return (self.warn_below is not None and value < self.warn_below) or \
            (self.warn_above is not None and value > self.warn_above)


@dataclass(frozen=True)
class ReportRow:
    key: str  # the consultant's or team's id, "" for the total
    label: str  # "MAJ – Maja Jensen"
    values: tuple[float | int | None, ...]

    def get(self, table: ReportTable, key: str):
        return self.values[table.index(key)]


@dataclass(frozen=True)
class ReportTable:
    key: str
    title: str
    columns: tuple[ReportColumn, ...]
    rows: tuple[ReportRow, ...]
    total: ReportRow | None = None
    note: str | None = None
    row_header: str = "Konsulent"

    def index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)


@dataclass(frozen=True)
class Chart:
    """A bar chart the UI draws with QPainter and the PDF with reportlab: one bar per label, optionally with a
    target line per bar (the period target)."""

    key: str
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    targets: tuple[float | None, ...] = ()
    unit: str = ""  # "" or "%"
    note: str | None = None


@dataclass(frozen=True)
class ActivityReport:
    date_from: dt.date
    date_to: dt.date
    team_id: uuid.UUID | None
    team_name: str | None
    generated_at: dt.datetime
    months: float  # the period in months (whole months exactly), for the targets
    no_contact_months: int
    tables: tuple[ReportTable, ...]
    charts: tuple[Chart, ...]
    pending: tuple[str, ...] = ()  # sections whose data is not available in this database yet

    @property
    def scope(self) -> str:
        return self.team_name or "Alle teams"

    @property
    def period(self) -> str:
        return f"{format_date(self.date_from)}–{format_date(self.date_to)}"

    def table(self, key: str) -> ReportTable | None:
        return next((t for t in self.tables if t.key == key), None)


@dataclass(frozen=True)
class Scope:
    """What a section needs: the period (local days and their UTC bounds), the consultants, today."""

    date_from: dt.date
    date_to: dt.date
    start: dt.datetime  # aware UTC, local midnight of date_from
    end: dt.datetime  # aware UTC, local midnight after date_to (exclusive)
    today: dt.date
    now: dt.datetime  # aware UTC
    consultants: tuple[tuple[uuid.UUID, str, str, uuid.UUID | None, str | None], ...]  # id, initials, name, team
    no_contact_months: int
    months: float
    targets: dict[str, float] = field(default_factory=dict)

    @property
    def ids(self) -> list[uuid.UUID]:
        return [c[0] for c in self.consultants]


def _label(initials: str, name: str) -> str:
    return f"{initials} – {name}"


def months_in(date_from: dt.date, date_to: dt.date) -> float:
    """The period's length in months: each calendar month it touches counts by the share of its days covered
    (a whole month = 1, 1.–15. June = 0.5)."""
    total = 0.0
    day = date_from.replace(day=1)
    while day <= date_to:
        days = _calendar.monthrange(day.year, day.month)[1]
        first = max(date_from, day)
        last = min(date_to, day.replace(day=days))
        total += ((last - first).days + 1) / days
        day = day + relativedelta(months=1)
    return round(total, 3)


class _Runner:
    """What a section gets: the session and the scope, and `table()` to run a `SELECT consultant_id, n1, n2, …
    GROUP BY consultant_id` into one row per consultant in scope (zeros where nothing happened) and a total.
    `derived` appends computed columns (percentages) to the counts."""

    def __init__(self, session: Session, scope: Scope):
        self.s = session
        self.scope = scope

    def table(self, key: str, title: str, columns: list[ReportColumn], q, *, note: str | None = None,
              derived: Callable[[list], list] | None = None) -> ReportTable:
        found = {r[0]: list(r[1:]) for r in self.s.execute(q)}
        width = len(q.selected_columns) - 1  # the counts after the consultant id
        rows = []
        sums = [0] * width
        for cid, initials, name, _team, _tname in self.scope.consultants:
            counts = [int(x or 0) for x in found.get(cid, [0] * width)]
            sums = [a + b for a, b in zip(sums, counts, strict=True)]
            values = derived(counts) if derived else counts
            rows.append(ReportRow(str(cid), _label(initials, name), tuple(values)))
        total = ReportRow("", "I alt", tuple(derived(sums) if derived else sums))
        return ReportTable(key, title, tuple(columns), tuple(rows), total, note)


def pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


# --- sections -------------------------------------------------------------------------------------------
def visits_by_status(r: _Runner) -> ReportTable:
    sc = r.scope
    cols = [ReportColumn(t.code, t.da) for t in VISIT_STATUS] + [ReportColumn("i_alt", "I alt")]
    q = (select(Visit.consultant_id, *(count_if(Visit.status == t.code) for t in VISIT_STATUS), func.count())
         .where(Visit.consultant_id.in_(sc.ids), Visit.deleted_at.is_(None), Visit.start_at >= sc.start,
                Visit.start_at < sc.end)
         .group_by(Visit.consultant_id))
    return r.table("besoeg_status", "Besøg efter status", cols, q, note=(
        "Besøg med starttidspunkt i perioden, for den konsulent der har besøget. Planlagt = endnu ikke registreret "
        "(også besøg, hvis tid er passeret)."))


def visits_by_type(r: _Runner) -> ReportTable:
    sc = r.scope
    held = Visit.status.in_(("afholdt", "afholdt_telefonisk"))
    cols = [ReportColumn(t.code, t.da) for t in VISIT_TYPE] + [ReportColumn("i_alt", "Afholdt i alt")]
    q = (select(Visit.consultant_id, *(count_if(and_(held, Visit.visit_type == t.code)) for t in VISIT_TYPE),
                count_if(held))
         .where(Visit.consultant_id.in_(sc.ids), Visit.deleted_at.is_(None), Visit.start_at >= sc.start,
                Visit.start_at < sc.end)
         .group_by(Visit.consultant_id))
    return r.table("besoeg_type", "Afholdte besøg efter type", cols, q,
                   note="Afholdt og afholdt telefonisk, efter besøgstype.")


def contacts_by_channel(r: _Runner) -> ReportTable:
    sc = r.scope
    cols = [ReportColumn(t.code, t.da) for t in CHANNEL] + [ReportColumn("i_alt", "I alt")]
    q = (select(Contact.consultant_id, *(count_if(Contact.channel == t.code) for t in CHANNEL), func.count())
         .where(Contact.consultant_id.in_(sc.ids), Contact.deleted_at.is_(None), Contact.occurred_at >= sc.start,
                Contact.occurred_at < sc.end)
         .group_by(Contact.consultant_id))
    return r.table("kontakter", "Kontakter efter kanal", cols, q,
                   note="Indførsler i kontakthistorikken i perioden (også kampagneopkald og registrerede besøg).")


def promises(r: _Runner) -> ReportTable:
    sc = r.scope
    due_in = and_(Promise.due_date >= sc.date_from, Promise.due_date <= sc.date_to)
    done_day = func.date(Promise.done_at)
    kept = and_(due_in, Promise.status == "udfoert", done_day <= Promise.due_date)
    late = and_(due_in, Promise.status == "udfoert", done_day > Promise.due_date)
    overdue = and_(due_in, Promise.status == "aaben", Promise.due_date < sc.today)
    cols = [ReportColumn("oprettet", "Oprettet"), ReportColumn("frist", "Frist i perioden"),
            ReportColumn("til_tiden", "Holdt til tiden"), ReportColumn("for_sent", "Udført for sent"),
            ReportColumn("overskredet", "Overskredet, åbne"), ReportColumn("aabne", "Åbne, ikke forfaldne"),
            ReportColumn("aflyst", "Aflyst"), ReportColumn("pct", "Til tiden %", "pct", warn_below=70)]
    q = (select(Promise.responsible_id,
                count_if(and_(Promise.created_at >= sc.start, Promise.created_at < sc.end)),
                count_if(due_in), count_if(kept), count_if(late), count_if(overdue),
                count_if(and_(due_in, Promise.status == "aaben", Promise.due_date >= sc.today)),
                count_if(and_(due_in, Promise.status == "aflyst")))
         .where(Promise.responsible_id.in_(sc.ids), Promise.deleted_at.is_(None),
                or_(due_in, and_(Promise.created_at >= sc.start, Promise.created_at < sc.end)))
         .group_by(Promise.responsible_id))

    def derived(c: list) -> list:
        return c + [pct(c[2], c[2] + c[3] + c[4])]

    return r.table("aftaler", "Aftaler (opfølgninger)", cols, q, derived=derived, note=(
        "Oprettet = lavet i perioden. De øvrige kolonner gælder aftaler med frist i perioden, for den ansvarlige "
        "konsulent. Til tiden % = holdt til tiden af de forfaldne (til tiden + for sent + overskredne)."))


def placements(r: _Runner) -> ReportTable:
    sc = r.scope
    ended = and_(Placement.ended_on >= sc.date_from, Placement.ended_on <= sc.date_to)
    cols = ([ReportColumn("startet", "Startet"), ReportColumn("afsluttet", "Afsluttet")]
            + [ReportColumn(t.code, t.da) for t in PLACEMENT_OUTCOME])
    q = (select(Placement.responsible_id,
                count_if(and_(Placement.start_date >= sc.date_from, Placement.start_date <= sc.date_to)),
                count_if(ended), *(count_if(and_(ended, Placement.outcome == t.code)) for t in PLACEMENT_OUTCOME))
         .where(Placement.responsible_id.in_(sc.ids), Placement.deleted_at.is_(None))
         .group_by(Placement.responsible_id))
    return r.table("forloeb", "Forløb startet og afsluttet, efter udfald", cols, q,
                   note="Forløb (praktik, løntilskud m.fl.) med startdato eller slutdato i perioden, for den "
                        "ansvarlige konsulent.")


def no_contact(r: _Runner) -> ReportTable:
    sc = r.scope
    since = sc.today - relativedelta(months=sc.no_contact_months)
    cut = dt.datetime.combine(since, dt.time()).astimezone(dt.UTC)
    live = and_(Company.deleted_at.is_(None), Company.relationship_status.not_in(("ophoert",)))
    stale = or_(Company.last_contact_at.is_(None), Company.last_contact_at < cut)
    n = sc.no_contact_months
    cols = [ReportColumn("virksomheder", "Tovholder for"), ReportColumn("uden_kontakt", f"Uden kontakt i {n} mdr."),
            ReportColumn("aldrig", "Aldrig kontaktet"), ReportColumn("pct", "Andel %", "pct", warn_above=25)]
    q = (select(Company.owner_id, func.count(), count_if(stale), count_if(Company.last_contact_at.is_(None)))
         .where(Company.owner_id.in_(sc.ids), live).group_by(Company.owner_id))

    def derived(c: list) -> list:
        return c + [pct(c[1], c[0])]

    return r.table("uden_kontakt", f"Virksomheder uden kontakt i {n} måneder", cols, q, derived=derived, note=(
        f"Pr. {format_date(sc.today)}: virksomheder, konsulenten er tovholder for, uden indførsel i "
        f"kontakthistorikken siden {format_date(since)} (ophørte virksomheder tæller ikke med)."))


def job_orders(r: _Runner) -> ReportTable:
    """Job orders taken in the period by their status now, and how orders ended in the period (their status
    changed to an end status then), for the order's tovholder; "heraf ansat" counts ended orders with a
    candidate hired through the job centre (a referral answered "Ansat") — an order registered is not an
    order filled (seed 001 L514, L522)."""
    sc = r.scope
    received = and_(JobOrder.received_on >= sc.date_from, JobOrder.received_on <= sc.date_to)
    ended = and_(JobOrder.status.not_in(ORDER_OPEN_STATUSES), JobOrder.status_changed_on >= sc.date_from,
                 JobOrder.status_changed_on <= sc.date_to)
    hired = JobOrder.id.in_(select(JobOrderReferral.order_id).where(JobOrderReferral.response == "ansat",
                                                                     JobOrderReferral.deleted_at.is_(None)))
    ending = [t for t in ORDER_STATUS if t.code not in ORDER_OPEN_STATUSES]
    cols = ([ReportColumn("modtaget", "Modtaget")]
            + [ReportColumn("nu_" + t.code, f"Heraf nu: {t.da}") for t in ORDER_STATUS]
            + [ReportColumn("endt", "Endt i perioden")]
            + [ReportColumn("endt_" + t.code, t.da) for t in ending]
            + [ReportColumn("ansat", "Heraf ansat via jobcentret")])
    q = (select(JobOrder.owner_id, count_if(received),
                *(count_if(and_(received, JobOrder.status == t.code)) for t in ORDER_STATUS),
                count_if(ended), *(count_if(and_(ended, JobOrder.status == t.code)) for t in ending),
                count_if(and_(ended, hired)))
         .where(JobOrder.owner_id.in_(sc.ids), JobOrder.deleted_at.is_(None),
                or_(received, ended))
         .group_by(JobOrder.owner_id))
    return r.table("jobordrer", "Jobordrer efter status, og hvordan de endte", cols, q, note=(
        "Modtaget = jobordrer taget i perioden, med deres status nu. Endt i perioden = status skiftet til en "
        "afsluttende status i perioden; heraf ansat = mindst én kandidat ansat via jobcentret (formidlingsloggen). "
        "For ordrens tovholder."))


def orders_received_query(sc: Scope):
    """(owner_id, job orders received in the period), for the targets."""
    return (select(JobOrder.owner_id, func.count())
            .where(JobOrder.owner_id.in_(sc.ids), JobOrder.deleted_at.is_(None),
                   JobOrder.received_on >= sc.date_from, JobOrder.received_on <= sc.date_to)
            .group_by(JobOrder.owner_id))


REPORT_SECTIONS: list[tuple[str, Callable[[_Runner], ReportTable | None]]] = [
    ("Besøg efter status", visits_by_status),
    ("Besøg efter type", visits_by_type),
    ("Kontakter efter kanal", contacts_by_channel),
    ("Aftaler", promises),
    ("Jobordrer", job_orders),
    ("Forløb", placements),
    ("Virksomheder uden kontakt", no_contact),
]


def register_section(title: str, section: Callable[[_Runner], ReportTable | None],
                     before: str | None = None) -> None:
    """Add a section (e.g. from a feature merged later). `before` names an existing section's title."""
    index = next((i for i, (t, _) in enumerate(REPORT_SECTIONS) if t == before), len(REPORT_SECTIONS))
    REPORT_SECTIONS.insert(index, (title, section))


class ReportService:
    def __init__(self, ctx: ServiceContext, settings):
        self._ctx = ctx
        self._settings = settings

    def team_id(self, name_or_id: str | uuid.UUID | None) -> uuid.UUID | None:
        if name_or_id is None or (isinstance(name_or_id, str) and not name_or_id.strip()):
            return None
        with self._ctx.sessions() as s:
            if isinstance(name_or_id, uuid.UUID):
                t = s.get(Team, name_or_id)
            else:
                wanted = name_or_id.strip().casefold()
                t = next((x for x in s.scalars(select(Team).where(Team.deleted_at.is_(None)))
                          if x.name.casefold() == wanted), None)
            if t is None or t.deleted_at is not None:
                names = ", ".join(f'"{x}"' for x in s.scalars(select(Team.name).where(Team.deleted_at.is_(None))
                                                              .order_by(Team.name)))
                raise NotFound(f'Teamet "{name_or_id}" findes ikke.' + (f" Vælg et af: {names}." if names else ""))
            return t.id

    def targets(self) -> dict[str, float]:
        return {"visits": float(self._settings.get("report_target_visits_per_month")),
                "orders": float(self._settings.get("report_target_orders_per_month"))}

    def set_targets(self, visits_per_month: float | None = None, orders_per_month: float | None = None) -> None:
        for key, value, label in (("report_target_visits_per_month", visits_per_month, "besøg"),
                                  ("report_target_orders_per_month", orders_per_month, "jobordrer")):
            if value is None:
                continue
            if not isinstance(value, int | float) or value < 0 or value > 1000:
                raise ValidationError.single(key, f"Målet for {label} pr. måned skal være et tal fra 0 til 1000.")
            self._settings.set(key, value)

    def build(self, date_from: dt.date, date_to: dt.date, team: str | uuid.UUID | None = None,
              no_contact_months: int | None = None) -> ActivityReport:
        if not isinstance(date_from, dt.date) or not isinstance(date_to, dt.date):
            raise ValidationError.single("date_from", "Angiv periodens første og sidste dag.")
        if date_to < date_from:
            raise ValidationError.single("date_to", "Periodens sidste dag ligger før den første.")
        if (date_to - date_from).days > 3 * 366:
            raise ValidationError.single("date_to", "Perioden kan højst være tre år.")
        n_months = int(no_contact_months or self._settings.get("report_no_contact_months"))
        if not 1 <= n_months <= 120:
            raise ValidationError.single("no_contact_months", "Antal måneder uden kontakt skal være mellem 1 og 120.")
        team_id = self.team_id(team)
        targets = self.targets()
        with self._ctx.sessions() as s:
            q = (select(Consultant.id, Consultant.initials, Consultant.name, Consultant.team_id, Team.name)
                 .outerjoin(Team, Team.id == Consultant.team_id)
                 .where(Consultant.deleted_at.is_(None), Consultant.active.is_(True))
                 .order_by(Consultant.initials))
            if team_id is not None:
                q = q.where(Consultant.team_id == team_id)
            consultants = tuple(tuple(r) for r in s.execute(q))
            team_name = s.get(Team, team_id).name if team_id else None
            scope = Scope(date_from=date_from, date_to=date_to,
                          start=dt.datetime.combine(date_from, dt.time()).astimezone(dt.UTC),
                          end=dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()).astimezone(dt.UTC),
                          today=self._ctx.clock.today(), now=self._ctx.clock.utcnow(), consultants=consultants,
                          no_contact_months=n_months, months=months_in(date_from, date_to), targets=targets)
            runner = _Runner(s, scope)
            tables: list[ReportTable] = []
            pending: list[str] = []
            for title, section in REPORT_SECTIONS:
                table = section(runner) if consultants else None
                if table is None:
                    if consultants:
                        pending.append(title)
                    continue
                tables.append(table)
            tables.insert(0, self._progress(runner, tables))
            if team_id is None:
                teams = self._by_team(scope, tables)
                if teams is not None:
                    tables.insert(1, teams)
        charts = self._charts(scope, tables)
        return ActivityReport(date_from=date_from, date_to=date_to, team_id=team_id, team_name=team_name,
                              generated_at=self._ctx.clock.now(), months=scope.months, no_contact_months=n_months,
                              tables=tuple(tables), charts=tuple(charts), pending=tuple(pending))

    # --- targets --------------------------------------------------------------------------------
    def _progress(self, r: _Runner, tables: list[ReportTable]) -> ReportTable:
        """Held visits and job orders received against the period's targets (per month × months)."""
        sc = r.scope
        visit_goal = round(sc.targets["visits"] * sc.months, 1)
        order_goal = round(sc.targets["orders"] * sc.months, 1)
        by_type = next(t for t in tables if t.key == "besoeg_type")
        held = {row.key: row.values[by_type.index("i_alt")] for row in by_type.rows}
        orders = {str(k): v for k, v in r.s.execute(orders_received_query(sc))}
        cols = (ReportColumn("besoeg", "Besøg afholdt"), ReportColumn("besoeg_maal", "Mål, besøg"),
                ReportColumn("besoeg_pct", "Besøg % af mål", "pct"), ReportColumn("ordrer", "Jobordrer modtaget"),
                ReportColumn("ordrer_maal", "Mål, jobordrer"), ReportColumn("ordrer_pct", "Jobordrer % af mål", "pct"))
        rows = []
        for cid, initials, name, _t, _tn in sc.consultants:
            v, o = held.get(str(cid), 0), orders.get(str(cid), 0)
            rows.append(ReportRow(str(cid), _label(initials, name), (
                v, visit_goal, pct(v, visit_goal), o, order_goal, pct(o, order_goal))))
        n = len(sc.consultants)
        tv, to = sum(x.values[0] for x in rows), sum(x.values[3] for x in rows)
        total = ReportRow("", "I alt", (tv, round(visit_goal * n, 1), pct(tv, visit_goal * n), to,
                                        round(order_goal * n, 1), pct(to, order_goal * n)))
        per = "måned" if sc.months == 1 else f"måned × {sc.months:.2f} måneder".replace(".", ",")
        note = (f"Mål pr. konsulent: {sc.targets['visits']:g} afholdte besøg og {sc.targets['orders']:g} modtagne "
                f"jobordrer pr. {per} (indstillinger).")
        return ReportTable("maal", "Mål for perioden", cols, tuple(rows), total, note)

    def _by_team(self, sc: Scope, tables: list[ReportTable]) -> ReportTable | None:
        """Key figures per team (sums of the consultants' rows) when the report covers every team."""
        teams: dict[str, str] = {}
        member: dict[str, str] = {}
        for cid, _i, _n, tid, tname in sc.consultants:
            key = str(tid) if tid else ""
            teams[key] = tname or "Uden team"
            member[str(cid)] = key
        if len(teams) < 2:
            return None
        picks = [("maal", "besoeg", "Besøg afholdt"), ("kontakter", "i_alt", "Kontakter"),
                 ("aftaler", "til_tiden", "Aftaler holdt til tiden"), ("aftaler", "for_sent", "Udført for sent"),
                 ("aftaler", "overskredet", "Overskredne"), ("maal", "ordrer", "Jobordrer modtaget"),
                 ("forloeb", "startet", "Forløb startet"), ("uden_kontakt", "uden_kontakt", "Uden kontakt")]
        by_key = {t.key: t for t in tables}
        picks = [p for p in picks if p[0] in by_key]
        sums: dict[str, list] = {k: [None] * len(picks) for k in teams}
        for i, (tkey, col, _label) in enumerate(picks):
            table = by_key[tkey]
            idx = table.index(col)
            for row in table.rows:
                value = row.values[idx]
                if value is not None:  # None (e.g. job orders before the job-order model) stays None
                    team_sums = sums[member[row.key]]
                    team_sums[i] = (team_sums[i] or 0) + value
        cols = [ReportColumn(f"{t}:{c}", label) for t, c, label in picks] + [
            ReportColumn("pct", "Til tiden %", "pct", warn_below=70)]
        kept, late, over = (next((i for i, p in enumerate(picks) if p[1] == k), None)
                            for k in ("til_tiden", "for_sent", "overskredet"))

        def with_pct(vals: list) -> tuple:
            if None in (kept, late, over):
                return (*vals, None)
            k, la, o = (vals[kept] or 0), (vals[late] or 0), (vals[over] or 0)
            return (*vals, pct(k, k + la + o))

        def total_of(i: int):
            found = [r.values[i] for r in rows if r.values[i] is not None]
            return sum(found) if found else None

        for k in teams:  # a team without members in a section counts 0 there, unless nobody has the data
            sums[k] = [0 if v is None and any(sums[t][i] is not None for t in teams) else v
                       for i, v in enumerate(sums[k])]
        rows = tuple(ReportRow(k, teams[k], with_pct(sums[k])) for k in sorted(teams, key=lambda k: teams[k]))
        total = ReportRow("", "I alt", with_pct([total_of(i) for i in range(len(picks))]))
        return ReportTable("teams", "Pr. team", tuple(cols), rows, total, row_header="Team",
                           note="Summen af teamets konsulenter i de enkelte afsnit.")

    # --- charts ---------------------------------------------------------------------------------
    @staticmethod
    def _charts(sc: Scope, tables: list[ReportTable]) -> list[Chart]:
        by_key = {t.key: t for t in tables}
        charts = []
        goal = by_key.get("maal")
        if goal is not None and goal.rows:
            initials = tuple(r.label.split(" – ")[0] for r in goal.rows)
            charts.append(Chart("besoeg_maal", "Afholdte besøg mod mål", initials,
                                tuple(float(r.values[0]) for r in goal.rows),
                                tuple(r.values[1] for r in goal.rows),
                                note="Søjle: afholdte besøg i perioden. Streg: periodens mål."))
        prom = by_key.get("aftaler")
        if prom is not None and prom.rows:
            i = prom.index("pct")
            charts.append(Chart("til_tiden", "Aftaler holdt til tiden", tuple(r.label.split(" – ")[0] for r in prom.rows),
                                tuple(float(r.values[i] or 0) for r in prom.rows), unit="%",
                                note="Andel af de forfaldne aftaler med frist i perioden, der blev holdt til tiden."))
        contacts = by_key.get("kontakter")
        if contacts is not None and contacts.total is not None:
            labels = tuple(c.label for c in contacts.columns[:-1])
            charts.append(Chart("kanaler", "Kontakter efter kanal (i alt)", labels,
                                tuple(float(v) for v in contacts.total.values[:-1])))
        return charts


def report_as_dict(report: ActivityReport) -> dict:
    """The report for --json: plain types, dates as ISO strings."""
    def table(t: ReportTable) -> dict:
        return {"key": t.key, "title": t.title, "note": t.note, "row_header": t.row_header,
                "columns": [{"key": c.key, "label": c.label, "kind": c.kind} for c in t.columns],
                "rows": [{"key": r.key, "label": r.label, "values": list(r.values)} for r in t.rows],
                "total": {"label": t.total.label, "values": list(t.total.values)} if t.total else None}
    return {"from": report.date_from.isoformat(), "to": report.date_to.isoformat(), "team": report.team_name,
            "generated_at": report.generated_at.isoformat(timespec="seconds"), "months": report.months,
            "no_contact_months": report.no_contact_months, "pending": list(report.pending),
            "tables": [table(t) for t in report.tables]}

