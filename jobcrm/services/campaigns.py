"""Kampagner: campaigns, their call lists and the calls made from them (seed 000 §3.1–3.3, §5.1, §5.4;
seed 001 part A).

- A campaign has a name, purpose, period, message and material, the visit guide its visits use, and a
  company filter. Building the call list runs the filter in SQL; companies that match but should not be
  called are put on the list *left out, with the reason* ("Ikke interesseret", already contacted about the
  campaign, called in another campaign lately, cooperation within the last year), so the list says why.
- Every call gets an outcome (Booket, Takket nej with a reason, Ikke truffet – ring igen, Forkert nummer,
  Allerede i kontakt) and goes into the company's contact history, linked to the campaign. "Ikke truffet"
  makes a promise to call again (PromiseService). "Booket" plans the visit in the chosen consultant's
  calendar with the campaign's guide (VisitService.plan) after warning about double bookings, too little
  time between visits and bookings further ahead than the lead time.

Results live in campaign_results.py.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from dateutil.relativedelta import relativedelta
from sqlalchemy import and_, case, func, insert, or_, select
from sqlalchemy.orm import Session, aliased

from jobcrm.domain import validation as v
from jobcrm.domain.dates import DateParseError, WorkCalendar, format_date, parse_date
from jobcrm.domain.vocab import CALL_OUTCOME, CHANNEL, DECLINE_REASON, SECTOR, TARGET_EXCLUSION
from jobcrm.errors import JobCRMError, NotFound, ValidationError
from jobcrm.ids import uuid7
from jobcrm.models import (
    Campaign,
    CampaignCall,
    CampaignTarget,
    Company,
    Consultant,
    Contact,
    ContactPerson,
    GuideTemplate,
    Promise,
    Visit,
    VisitParticipant,
)
from jobcrm.services.campaign_dto import (
    BookingWarning,
    BuildResult,
    CallDTO,
    CallInput,
    CallResult,
    CampaignCriteria,
    CampaignDTO,
    CampaignInput,
    CampaignRow,
    TargetRow,
)
from jobcrm.services.changes import ChangeSet
from jobcrm.services.context import ServiceContext
from jobcrm.services.history import insert_contact, validate_contact
from jobcrm.services.promises import PromiseInput
from jobcrm.services.visit_dto import VisitInput
from jobcrm.services.visits import local_day_bounds, to_utc

MAX_LIST = 50_000  # companies per build; a job centre's list is a few hundred to a few thousand
FINAL_OUTCOMES = ("booket", "takket_nej", "allerede_kontakt")  # "reached": the company gave an answer
LINK_KIND = "kampagne"  # contact-history entries of campaign calls: link_kind/link_id = the campaign
CAMPAIGN_TEMPLATE_KEY = "kampagne"  # the seeded "Kampagnebesøg" guide


class BookingNeedsConfirmation(JobCRMError):
    """The booking has warnings the booker has not confirmed yet (book again with confirm=True)."""

    def __init__(self, warnings: list[BookingWarning]):
        self.warnings = tuple(warnings)
        super().__init__(" ".join(w.text for w in warnings))


def count_if(cond):
    """SUM(CASE WHEN cond THEN 1 ELSE 0 END), 0 when there are no rows (portable: SQLite and PostgreSQL)."""
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def _local(moment: dt.datetime) -> dt.datetime:
    """Aware → local wall-clock (naive); naive is taken as local already."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _hhmm(moment: dt.datetime) -> str:
    return f"{_local(moment):%H:%M}"


def _target_query():
    caller = aliased(Consultant)
    owner = aliased(Consultant)
    return (
        select(CampaignTarget, Company.name, Company.cvr, Company.phone, Company.postal_code, Company.city,
               Company.employees, Company.industry, owner.initials, caller.initials)
        .join(Company, Company.id == CampaignTarget.company_id)
        .outerjoin(owner, owner.id == Company.owner_id)
        .outerjoin(caller, caller.id == CampaignTarget.last_caller_id)
    )


def _target_row(row) -> TargetRow:
    t, name, cvr, phone, postal, city, employees, industry, owner, caller = row
    return TargetRow(
        id=t.id, campaign_id=t.campaign_id, company_id=t.company_id, company_name=name, cvr=cvr, phone=phone,
        postal_code=postal, city=city, employees=employees, industry=industry, owner_initials=owner,
        position=t.position, excluded=t.excluded, excluded_detail=t.excluded_detail,
        included_anyway=t.included_anyway, last_outcome=t.last_outcome, last_call_at=t.last_call_at,
        last_caller_initials=caller, calls=t.calls, call_again_on=t.call_again_on, visit_id=t.visit_id)


# Which rows a list view shows.
TARGET_FILTERS = ("alle", "at_ringe", "ikke_ringet", "ring_igen", "booket", "takket_nej", "andre", "udeladt")


def _list_condition(which: str, today: dt.date):
    on_list = or_(CampaignTarget.excluded.is_(None), CampaignTarget.included_anyway.is_(True))
    if which == "udeladt":
        return ~on_list
    if which == "alle":
        return on_list
    if which == "at_ringe":  # the queue: never called, or "ring igen" that has fallen due
        return and_(on_list, or_(CampaignTarget.last_outcome.is_(None), and_(
            CampaignTarget.last_outcome == "ikke_truffet", or_(CampaignTarget.call_again_on.is_(None),
                                                             CampaignTarget.call_again_on <= today))))
    if which == "ikke_ringet":
        return and_(on_list, CampaignTarget.last_outcome.is_(None))
    if which == "ring_igen":
        return and_(on_list, CampaignTarget.last_outcome == "ikke_truffet")
    if which in ("booket", "takket_nej"):
        return and_(on_list, CampaignTarget.last_outcome == which)
    if which == "andre":
        return and_(on_list, CampaignTarget.last_outcome.in_(("forkert_nummer", "allerede_kontakt")))
    raise ValueError(which)


class CampaignService:
    def __init__(self, ctx: ServiceContext, settings, visits, guides, promises,
                 calendar: Callable[[], WorkCalendar] = WorkCalendar):
        self._ctx = ctx
        self._settings = settings
        self._visits = visits
        self._guides = guides
        self._promises = promises
        self._calendar = calendar

    # --- campaigns -----------------------------------------------------------------------------
    def _validate(self, s: Session, data: CampaignInput) -> dict:
        errors: dict[str, str] = {}
        name = " ".join((data.name or "").split())
        if not name:
            errors["name"] = "Giv kampagnen et navn."
        if not isinstance(data.starts_on, dt.date):
            errors["starts_on"] = "Angiv kampagnens startdato."
        if not isinstance(data.ends_on, dt.date):
            errors["ends_on"] = "Angiv kampagnens slutdato."
        elif isinstance(data.starts_on, dt.date) and data.ends_on < data.starts_on:
            errors["ends_on"] = "Kampagnen skal slutte efter den begynder."
        for key, label, text in (("name", "Navnet", name), ("purpose", "Formålet", data.purpose),
                                 ("message", "Budskabet", data.message), ("material", "Materialet", data.material)):
            if key not in errors and v.looks_like_cpr(text):
                errors[key] = f"{label} ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes i JobCRM."
        if not isinstance(data.visit_minutes, int) or not 15 <= data.visit_minutes <= 480:
            errors["visit_minutes"] = "Besøgets længde skal være mellem 15 og 480 minutter."
        template_id = data.template_id or self.campaign_template_id()
        if template_id is not None:
            t = s.get(GuideTemplate, template_id)
            if t is None or t.deleted_at is not None:
                errors["template_id"] = "Besøgsguiden findes ikke."
        owner_id = data.owner_id or self._ctx.actor.id
        if owner_id is not None and s.get(Consultant, owner_id) is None:
            errors["owner_id"] = "Konsulenten findes ikke."
        c = data.criteria
        for key, value in (("employees_min", c.employees_min), ("employees_max", c.employees_max)):
            if value is not None and (not isinstance(value, int) or value < 0):
                errors[key] = "Antal ansatte skal være et helt tal, 0 eller derover."
        if (isinstance(c.employees_min, int) and isinstance(c.employees_max, int)
                and c.employees_max < c.employees_min):
            errors["employees_max"] = "Højeste antal ansatte skal være mindst det laveste."
        if c.sector is not None and c.sector not in SECTOR:
            errors["sector"] = f'Sektor "{c.sector}" findes ikke (privat eller offentlig).'
        if c.no_cooperation_months is not None and (not isinstance(c.no_cooperation_months, int)
                                                    or not 1 <= c.no_cooperation_months <= 120):
            errors["no_cooperation_months"] = "Antal måneder uden samarbejde skal være mellem 1 og 120."
        if data.previous_id is not None and s.get(Campaign, data.previous_id) is None:
            errors["previous_id"] = "Den tidligere kampagne findes ikke."
        if errors:
            raise ValidationError(errors)
        return dict(name=name[:200], purpose=_clean(data.purpose), message=_clean(data.message),
                    material=_clean(data.material), starts_on=data.starts_on, ends_on=data.ends_on,
                    template_id=template_id, visit_minutes=data.visit_minutes, owner_id=owner_id,
                    previous_id=data.previous_id, criteria_json=c.to_json())

    def campaign_template_id(self) -> uuid.UUID | None:
        """The seeded "Kampagnebesøg" guide (the default for a campaign's visits)."""
        with self._ctx.sessions() as s:
            return s.scalar(select(GuideTemplate.id).where(GuideTemplate.key == CAMPAIGN_TEMPLATE_KEY,
                                                           GuideTemplate.deleted_at.is_(None)))

    def create(self, data: CampaignInput) -> CampaignDTO:
        with self._ctx.sessions.begin() as s:
            values = self._validate(s, data)
            c = Campaign(**values)
            self._ctx.stamp_create(c)
            s.add(c)
            s.flush()
            cid = c.id
        return self.get(cid)

    def update(self, campaign_id: uuid.UUID, data: CampaignInput) -> CampaignDTO:
        """Change the campaign. A changed filter affects the next build of the call list; rows already on it
        stay (they may have been called)."""
        with self._ctx.sessions.begin() as s:
            c = self._get(s, campaign_id)
            values = self._validate(s, data)
            if values["previous_id"] == c.id:
                raise ValidationError.single("previous_id", "En kampagne kan ikke være sin egen tidligere runde.")
            for k, val in values.items():
                setattr(c, k, val)
            self._ctx.stamp_update(c)
        return self.get(campaign_id)

    def set_closed(self, campaign_id: uuid.UUID, closed: bool = True) -> CampaignDTO:
        with self._ctx.sessions.begin() as s:
            c = self._get(s, campaign_id)
            c.closed = closed
            self._ctx.stamp_update(c)
        return self.get(campaign_id)

    def _get(self, s: Session, campaign_id: uuid.UUID) -> Campaign:
        c = s.get(Campaign, campaign_id)
        if c is None or c.deleted_at is not None:
            raise NotFound("Kampagnen findes ikke.")
        return c

    def get(self, campaign_id: uuid.UUID) -> CampaignDTO:
        with self._ctx.sessions() as s:
            c = self._get(s, campaign_id)
            template = s.get(GuideTemplate, c.template_id) if c.template_id else None
            owner = s.get(Consultant, c.owner_id) if c.owner_id else None
            prev = s.get(Campaign, c.previous_id) if c.previous_id else None
            return CampaignDTO(
                id=c.id, name=c.name, purpose=c.purpose, message=c.message, material=c.material,
                starts_on=c.starts_on, ends_on=c.ends_on, template_id=c.template_id,
                template_name=template.name if template else None, visit_minutes=c.visit_minutes,
                owner_id=c.owner_id, owner_initials=owner.initials if owner else None, previous_id=c.previous_id,
                previous_name=prev.name if prev else None, criteria=CampaignCriteria.from_json(c.criteria_json),
                closed=c.closed)

    def resolve(self, ref: str) -> uuid.UUID:
        """A campaign by id, the first characters of its id, or its name (case-insensitive), for the CLI."""
        text = (ref or "").strip()
        with self._ctx.sessions() as s:
            rows = s.execute(select(Campaign.id, Campaign.name).where(Campaign.deleted_at.is_(None))).all()
        for cid, name in rows:
            if str(cid) == text.lower() or name.casefold() == text.casefold():
                return cid
        hits = [cid for cid, _ in rows if len(text) >= 6 and str(cid).startswith(text.lower())]
        if len(hits) == 1:
            return hits[0]
        raise NotFound(f'Kampagnen "{ref}" findes ikke.' + (" Se: jobcrm campaigns list." if rows else ""))

    def list(self, include_closed: bool = True) -> list[CampaignRow]:
        """Every campaign with its call-list counts (one GROUP BY), the newest first."""
        on_list = or_(CampaignTarget.excluded.is_(None), CampaignTarget.included_anyway.is_(True))

        count = count_if
        q = (
            select(Campaign.id, Campaign.name, Campaign.starts_on, Campaign.ends_on, Consultant.initials,
                   Campaign.closed, count(on_list), count(~on_list),
                   count(and_(on_list, CampaignTarget.calls > 0)),
                   count(and_(on_list, CampaignTarget.last_outcome == "booket")),
                   count(and_(on_list, CampaignTarget.last_outcome == "takket_nej")))
            .outerjoin(Consultant, Consultant.id == Campaign.owner_id)
            .outerjoin(CampaignTarget, and_(CampaignTarget.campaign_id == Campaign.id,
                                            CampaignTarget.deleted_at.is_(None)))
            .where(Campaign.deleted_at.is_(None))
            .group_by(Campaign.id, Campaign.name, Campaign.starts_on, Campaign.ends_on, Consultant.initials,
                      Campaign.closed)
            .order_by(Campaign.starts_on.desc(), Campaign.name)
        )
        if not include_closed:
            q = q.where(Campaign.closed.is_(False))
        with self._ctx.sessions() as s:
            return [CampaignRow(*r) for r in s.execute(q)]

    def choices(self) -> list[tuple[uuid.UUID, str]]:
        with self._ctx.sessions() as s:
            return [(cid, name) for cid, name in s.execute(
                select(Campaign.id, Campaign.name).where(Campaign.deleted_at.is_(None))
                .order_by(Campaign.starts_on.desc(), Campaign.name))]

    # --- the call list -------------------------------------------------------------------------
    def _round_ids(self, s: Session, campaign: Campaign) -> list[uuid.UUID]:
        """This campaign and its earlier rounds (previous_id chain)."""
        ids = [campaign.id]
        prev = campaign.previous_id
        while prev is not None and prev not in ids and len(ids) < 50:
            ids.append(prev)
            prev = s.scalar(select(Campaign.previous_id).where(Campaign.id == prev))
        return ids

    def matching_count(self, criteria: CampaignCriteria) -> int:
        """How many companies the filter matches (for the editor's live preview)."""
        with self._ctx.sessions() as s:
            return s.scalar(select(func.count()).select_from(Company).where(*self._criteria_conditions(criteria)))

    @staticmethod
    def _criteria_conditions(c: CampaignCriteria) -> list:
        cond = [Company.deleted_at.is_(None)]
        if c.employees_min is not None:
            cond.append(Company.employees >= c.employees_min)
        if c.employees_max is not None:
            cond.append(Company.employees <= c.employees_max)
        if c.industries:
            cond.append(Company.industry.in_(c.industries))
        if c.municipalities:
            cond.append(Company.municipality.in_(c.municipalities))
        if c.sector:
            cond.append(Company.sector == c.sector)
        return cond

    def build_list(self, campaign_id: uuid.UUID) -> BuildResult:
        """Run the campaign's filter and add every matching company that is not on the list yet: to call, or
        left out with the reason. Companies already on the list keep their row (and their calls)."""
        today = self._ctx.clock.today()
        recent_days = int(self._settings.get("campaign_recent_call_days"))
        with self._ctx.sessions.begin() as s:
            campaign = self._get(s, campaign_id)
            crit = CampaignCriteria.from_json(campaign.criteria_json)
            rounds = self._round_ids(s, campaign)
            cond = self._criteria_conditions(crit)
            matching = s.scalar(select(func.count()).select_from(Company).where(*cond)) or 0
            on_list = select(CampaignTarget.company_id).where(CampaignTarget.campaign_id == campaign.id)
            already = s.scalar(select(func.count()).select_from(Company).where(*cond, Company.id.in_(on_list))) or 0
            if matching - already > MAX_LIST:
                raise ValidationError.single("criteria", f"Filteret giver {matching - already:,} virksomheder. "
                                             f"Afgræns det (højst {MAX_LIST:,} ad gangen).".replace(",", "."))
            # Correlated look-ups for the reasons (each on an index: company + time).
            last_round_call = (select(func.max(CampaignCall.called_at))
                               .where(CampaignCall.company_id == Company.id, CampaignCall.campaign_id.in_(rounds),
                                      CampaignCall.deleted_at.is_(None)).scalar_subquery())
            recent_cut = to_utc(dt.datetime.combine(today - dt.timedelta(days=recent_days), dt.time()))
            other = aliased(Campaign)
            other_call = (select(CampaignCall.called_at).where(
                CampaignCall.company_id == Company.id, CampaignCall.campaign_id.not_in(rounds),
                CampaignCall.called_at >= recent_cut, CampaignCall.deleted_at.is_(None))
                .order_by(CampaignCall.called_at.desc()).limit(1).scalar_subquery())
            other_name = (select(other.name).join(CampaignCall, CampaignCall.campaign_id == other.id).where(
                CampaignCall.company_id == Company.id, CampaignCall.campaign_id.not_in(rounds),
                CampaignCall.called_at >= recent_cut, CampaignCall.deleted_at.is_(None))
                .order_by(CampaignCall.called_at.desc()).limit(1).scalar_subquery())
            cols = [Company.id, Company.relationship_status, last_round_call, other_call, other_name]
            if crit.no_cooperation_months:
                since = today - relativedelta(months=crit.no_cooperation_months)
                cut = to_utc(dt.datetime.combine(since, dt.time()))
                last_contact = (select(Contact.occurred_at, Contact.channel, Consultant.initials)
                                .outerjoin(Consultant, Consultant.id == Contact.consultant_id)
                                .where(Contact.company_id == Company.id, Contact.occurred_at >= cut,
                                       Contact.deleted_at.is_(None),
                                       or_(Contact.link_kind.is_(None), Contact.link_kind != LINK_KIND))
                                .order_by(Contact.occurred_at.desc()).limit(1))
                cols += [last_contact.with_only_columns(Contact.occurred_at).scalar_subquery(),
                         last_contact.with_only_columns(Contact.channel).scalar_subquery(),
                         last_contact.with_only_columns(Consultant.initials).scalar_subquery()]
            rows = s.execute(select(*cols).where(*cond, Company.id.not_in(on_list))
                             .order_by(Company.sort_name, Company.id)).all()
            start = (s.scalar(select(func.max(CampaignTarget.position))
                              .where(CampaignTarget.campaign_id == campaign.id)) or 0) + 1
            now = self._ctx.clock.utcnow()
            excluded: dict[str, int] = {}
            values = []
            for i, row in enumerate(rows):
                reason, detail = self._exclusion(row, crit)
                if reason:
                    excluded[reason] = excluded.get(reason, 0) + 1
                values.append(dict(id=uuid7(), campaign_id=campaign.id, company_id=row[0], position=start + i,
                                   excluded=reason, excluded_detail=detail, included_anyway=False, calls=0,
                                   created_at=now, updated_at=now, created_by=self._ctx.actor.id,
                                   updated_by=self._ctx.actor.id))
            for i in range(0, len(values), 2000):
                s.execute(insert(CampaignTarget), values[i:i + 2000])
        return BuildResult(matching=matching, added=len(values) - sum(excluded.values()), excluded=excluded,
                           already_on_list=already)

    @staticmethod
    def _exclusion(row, crit: CampaignCriteria) -> tuple[str | None, str | None]:
        status, round_call, other_at, other_name = row[1], row[2], row[3], row[4]
        if status == "ikke_interesseret":
            return "ikke_interesseret", "Virksomheden er markeret \"Ikke interesseret\"."
        if status == "ophoert":
            return "ophoert", "Virksomheden er markeret \"Ophørt\"."
        if crit.not_contacted_before and round_call is not None:
            return "kontaktet_i_kampagnen", f"Ringet op om kampagnen {format_date(_local(round_call).date())}."
        if other_at is not None:
            return "anden_kampagne", (f"Ringet op {format_date(_local(other_at).date())} i kampagnen "
                                      f"\"{other_name}\".")
        if crit.no_cooperation_months:
            if status in ("aktiv", "kerne"):
                label = "Aktiv samarbejdspartner" if status == "aktiv" else "Kernekunde"
                return "samarbejde", f"{label}."
            contact_at, channel, initials = row[5], row[6], row[7]
            if contact_at is not None:
                who = f", {initials}" if initials else ""
                return "samarbejde", (f"Sidste kontakt {format_date(_local(contact_at).date())} "
                                      f"({CHANNEL.label(channel)}{who}).")
        return None, None

    def include_anyway(self, target_id: uuid.UUID, include: bool = True) -> TargetRow:
        """"Medtag alligevel": call a company that was left out (the reason stays visible)."""
        with self._ctx.sessions.begin() as s:
            t = self._target(s, target_id)
            if t.excluded is None:
                raise ValidationError.single("target", "Virksomheden er allerede på listen.")
            t.included_anyway = include
            self._ctx.stamp_update(t)
        return self.target(target_id)

    def remove_from_list(self, target_id: uuid.UUID) -> TargetRow:
        """Take an uncalled company off the list (it stays visible as left out: "Fjernet fra listen")."""
        with self._ctx.sessions.begin() as s:
            t = self._target(s, target_id)
            if t.calls:
                raise ValidationError.single("target", "Virksomheden er allerede ringet op og kan ikke fjernes.")
            t.excluded = "fjernet"
            t.excluded_detail = "Fjernet fra listen."
            t.included_anyway = False
            self._ctx.stamp_update(t)
        return self.target(target_id)

    def _target(self, s: Session, target_id: uuid.UUID) -> CampaignTarget:
        t = s.get(CampaignTarget, target_id)
        if t is None or t.deleted_at is not None:
            raise NotFound("Virksomheden er ikke på ringelisten.")
        return t

    def target(self, target_id: uuid.UUID) -> TargetRow:
        with self._ctx.sessions() as s:
            row = s.execute(_target_query().where(CampaignTarget.id == target_id)).first()
            if row is None:
                raise NotFound("Virksomheden er ikke på ringelisten.")
            return _target_row(row)

    def target_for_company(self, campaign_id: uuid.UUID, company_id: uuid.UUID) -> TargetRow:
        with self._ctx.sessions() as s:
            row = s.execute(_target_query().where(CampaignTarget.campaign_id == campaign_id,
                                                  CampaignTarget.company_id == company_id)).first()
            if row is None:
                raise NotFound("Virksomheden er ikke på kampagnens ringeliste.")
            return _target_row(row)

    def target_ids(self, campaign_id: uuid.UUID, which: str = "alle") -> list[uuid.UUID]:
        """The ordered ids of the list's rows (the list view's id snapshot; rows are fetched a page at a time)."""
        cond = _list_condition(which, self._ctx.clock.today())
        order = (CampaignTarget.call_again_on.nulls_first(), CampaignTarget.position) if which == "at_ringe" \
            else (CampaignTarget.position,)
        with self._ctx.sessions() as s:
            return list(s.scalars(select(CampaignTarget.id).where(
                CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None), cond)
                .order_by(*order, CampaignTarget.id)))

    def target_rows(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, TargetRow]:
        if not ids:
            return {}
        with self._ctx.sessions() as s:
            return {r.id: r for r in map(_target_row, s.execute(_target_query().where(CampaignTarget.id.in_(ids))))}

    def targets(self, campaign_id: uuid.UUID, which: str = "alle", offset: int = 0,
                limit: int = 100) -> list[TargetRow]:
        ids = self.target_ids(campaign_id, which)[offset:offset + limit]
        rows = self.target_rows(ids)
        return [rows[i] for i in ids]

    def count_targets(self, campaign_id: uuid.UUID, which: str = "alle") -> int:
        with self._ctx.sessions() as s:
            return s.scalar(select(func.count()).select_from(CampaignTarget).where(
                CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None),
                _list_condition(which, self._ctx.clock.today()))) or 0

    def next_target(self, campaign_id: uuid.UUID, after: uuid.UUID | None = None) -> TargetRow | None:
        """The next company to call: "ring igen" that has fallen due first, then the list in order."""
        ids = self.target_ids(campaign_id, "at_ringe")
        if after in ids:
            i = ids.index(after)
            ids = ids[i + 1:] + ids[:i]
        return self.target(ids[0]) if ids else None

    def calls(self, campaign_id: uuid.UUID | None = None, company_id: uuid.UUID | None = None,
              limit: int = 200) -> list[CallDTO]:
        """Calls, newest first: of a campaign, of a company (in every campaign), or both."""
        caller = aliased(Consultant)
        cons = aliased(Consultant)
        q = (select(CampaignCall, Company.name, caller.initials, cons.initials)
             .join(Company, Company.id == CampaignCall.company_id)
             .outerjoin(caller, caller.id == CampaignCall.caller_id)
             .outerjoin(cons, cons.id == CampaignCall.consultant_id)
             .where(CampaignCall.deleted_at.is_(None)))
        if campaign_id is not None:
            q = q.where(CampaignCall.campaign_id == campaign_id)
        if company_id is not None:
            q = q.where(CampaignCall.company_id == company_id)
        with self._ctx.sessions() as s:
            return [CallDTO(id=c.id, campaign_id=c.campaign_id, company_id=c.company_id, company_name=name,
                            called_at=c.called_at, outcome=c.outcome, reason=c.reason, note=c.note,
                            caller_initials=ci, consultant_initials=ki, visit_id=c.visit_id, promise_id=c.promise_id,
                            contact_id=c.contact_id, lead_days=c.lead_days)
                    for c, name, ci, ki in s.execute(q.order_by(CampaignCall.called_at.desc()).limit(limit))]

    # --- booking checks ------------------------------------------------------------------------
    def check_booking(self, campaign_id: uuid.UUID, company_id: uuid.UUID, consultant_id: uuid.UUID,
                      start: dt.datetime, minutes: int | None = None,
                      ignore_visit: uuid.UUID | None = None) -> list[BookingWarning]:
        """What the booker should know before booking this time (nothing here stops the booking):
        the consultant is busy then (double booking); too little time to the visit before or after, more
        needed when the postal codes differ (travel); further ahead than the lead time; outside the campaign's
        period; a closed day; the company already has a visit planned."""
        campaign = self.get(campaign_id)
        minutes = minutes or campaign.visit_minutes
        begin = to_utc(start)
        end = begin + dt.timedelta(minutes=minutes)
        local_start = _local(start)
        day = local_start.date()
        today = self._ctx.clock.today()
        gap_same = int(self._settings.get("campaign_min_gap_minutes"))
        gap_other = int(self._settings.get("campaign_min_gap_other_postcode_minutes"))
        lead_weeks = int(self._settings.get("campaign_booking_lead_weeks"))
        warnings: list[BookingWarning] = []
        with self._ctx.sessions() as s:
            cons = s.get(Consultant, consultant_id)
            who = cons.initials if cons else "Konsulenten"
            company = s.get(Company, company_id)
            here = (company.postal_code or "").strip() if company else ""
            lo, hi = local_day_bounds(day, day)
            mine = or_(Visit.consultant_id == consultant_id, Visit.id.in_(
                select(VisitParticipant.visit_id).where(VisitParticipant.consultant_id == consultant_id,
                                                        VisitParticipant.deleted_at.is_(None))))
            same_day = s.execute(
                select(Visit.id, Visit.start_at, Visit.end_at, Company.name, Company.postal_code, Company.city)
                .join(Company, Company.id == Visit.company_id)
                .where(mine, Visit.deleted_at.is_(None), Visit.start_at < hi, Visit.end_at > lo,
                       Visit.status.in_(("planlagt", "afholdt", "afholdt_telefonisk")))
                .order_by(Visit.start_at)).all()
            planned_here = s.execute(
                select(Visit.start_at, Consultant.initials).join(Consultant, Consultant.id == Visit.consultant_id)
                .where(Visit.company_id == company_id, Visit.status == "planlagt", Visit.deleted_at.is_(None),
                       Visit.start_at >= to_utc(dt.datetime.combine(today, dt.time())))
                .order_by(Visit.start_at).limit(1)).first()
        for vid, v_start, v_end, name, postal, city in same_day:
            if vid == ignore_visit:
                continue
            place = " ".join(x for x in ((postal or "").strip(), city or "") if x)
            where = f"{name}" + (f" ({place})" if place else "")
            if v_start < end and v_end > begin:
                warnings.append(BookingWarning("dobbeltbooking", (
                    f"Dobbeltbooking: {who} har allerede besøg hos {where} kl. {_hhmm(v_start)}–{_hhmm(v_end)}.")))
                continue
            same_area = bool(here) and here == (postal or "").strip()
            need = gap_same if same_area else gap_other
            if v_end <= begin:
                gap = int((begin - v_end).total_seconds() // 60)
                if gap < need:
                    warnings.append(BookingWarning("for_taet", self._gap_text(
                        gap, need, same_area, f"besøget hos {where} slutter kl. {_hhmm(v_end)}", "før")))
            elif v_start >= end:
                gap = int((v_start - end).total_seconds() // 60)
                if gap < need:
                    warnings.append(BookingWarning("for_taet", self._gap_text(
                        gap, need, same_area, f"besøget hos {where} begynder kl. {_hhmm(v_start)}", "efter")))
        ahead = (day - today).days
        if ahead > lead_weeks * 7:
            weeks = ahead // 7
            warnings.append(BookingWarning("lang_frist", (
                f"Besøget ligger {weeks} uger ude i fremtiden (over {lead_weeks} uger). Møder, der bookes så langt "
                f"frem, bliver oftere aflyst – foreslå hellere en tid inden for {lead_weeks} uger.")))
        if day < campaign.starts_on or day > campaign.ends_on:
            warnings.append(BookingWarning("uden_for_perioden", (
                f"{format_date(day)} ligger uden for kampagnens periode ({campaign.period}).")))
        closed = self._calendar().closed_reason(day)
        if closed:
            warnings.append(BookingWarning("lukkedag", f"{format_date(day)} er ikke en arbejdsdag ({closed.lower()})."))
        if planned_here is not None:
            at, initials = planned_here
            warnings.append(BookingWarning("virksomhed_har_besoeg", (
                f"Virksomheden har allerede et planlagt besøg {format_date(_local(at).date())} kl. {_hhmm(at)} "
                f"({initials}).")))
        return warnings

    @staticmethod
    def _gap_text(gap: int, need: int, same_area: bool, other: str, side: str) -> str:
        why = "i samme postnummer" if same_area else "når postnumrene er forskellige (køretid)"
        if side == "før":
            return f"For lidt tid: {other}, kun {gap} min. før dette besøg – der bør være mindst {need} min. {why}."
        return f"For lidt tid: {other}, kun {gap} min. efter dette besøg – der bør være mindst {need} min. {why}."

    # --- calls ---------------------------------------------------------------------------------
    def record_call(self, data: CallInput, confirm: bool = False) -> CallResult:
        """Register one call from the list. "Booket" plans the visit first (raising BookingNeedsConfirmation
        when there are warnings and confirm is False); then the call, its contact-history entry, a promise to
        call again ("Ikke truffet") and the list row are saved in one transaction."""
        today = self._ctx.clock.today()
        outcome = data.outcome if data.outcome in CALL_OUTCOME else CALL_OUTCOME.lookup(data.outcome or "")
        errors: dict[str, str] = {}
        if outcome is None:
            errors["outcome"] = f'Udfaldet "{data.outcome}" findes ikke. Vælg en af: ' + \
                ", ".join(t.da for t in CALL_OUTCOME) + "."
        reason = data.reason if data.reason in DECLINE_REASON else DECLINE_REASON.lookup(data.reason or "")
        if outcome == "takket_nej" and reason is None:
            errors["reason"] = "Vælg hvorfor virksomheden takkede nej."
        note = _clean(data.note)
        if v.looks_like_cpr(note):
            errors["note"] = "Noten ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes i JobCRM."
        call_again = None
        if outcome == "ikke_truffet":
            try:
                call_again = self._call_again_date(data.call_again)
            except DateParseError as e:
                errors["call_again"] = str(e)
            else:
                if call_again < today:
                    errors["call_again"] = "Datoen for at ringe igen er passeret."
        caller = self._ctx.actor.id
        target = self.target(data.target_id)
        campaign = self.get(target.campaign_id)
        if target.is_left_out:
            errors["target"] = (f"{target.company_name} er udeladt fra listen ({TARGET_EXCLUSION.label(target.excluded)})"
                                f". Vælg \"Medtag alligevel\" for at ringe.")
        elif target.last_outcome == "booket" and outcome is not None:
            errors["target"] = f"Der er allerede booket et besøg hos {target.company_name} i kampagnen."
        consultant_id = data.consultant_id or caller
        minutes = data.minutes or campaign.visit_minutes
        if outcome == "booket":
            if consultant_id is None:
                errors["consultant_id"] = "Vælg konsulenten, besøget bookes hos."
            if not isinstance(data.start, dt.datetime):
                errors["start"] = "Angiv dato og klokkeslæt for besøget."
            elif to_utc(data.start) <= self._ctx.clock.utcnow():
                errors["start"] = "Tidspunktet er passeret. Vælg et tidspunkt frem i tiden."
        if errors:
            raise ValidationError(errors)
        warnings: list[BookingWarning] = []
        visit = None
        if outcome == "booket":
            warnings = self.check_booking(campaign.id, target.company_id, consultant_id, data.start, minutes)
            if warnings and not confirm:
                raise BookingNeedsConfirmation(warnings)
            note_text = f"Kampagne: {campaign.name}." + (f" {campaign.message}" if campaign.message else "")
            visit = self._visits.plan(VisitInput(
                company_id=target.company_id, start=data.start, end=data.start + dt.timedelta(minutes=minutes),
                consultant_id=consultant_id, contact_person_id=data.contact_person_id, visit_type="kampagne",
                template_id=campaign.template_id, note=note_text[:2000]))
        try:
            call_id, prev_promise = self._save_call(campaign, target, outcome, reason, note, consultant_id, visit,
                                                    call_again, data, today)
        except BaseException:
            if visit is not None:  # the call could not be saved: do not leave a visit nobody knows about
                self._visits.delete(visit.id)
            raise
        if prev_promise is not None:  # the earlier "ring igen" is done now that we called
            self._promises.done(prev_promise, "Ringet op igen fra kampagnens ringeliste.")
        call = next(c for c in self.calls(campaign.id, target.company_id, limit=5) if c.id == call_id)
        return CallResult(call=call, target=self.target(target.id), visit_id=visit.id if visit else None,
                          warnings=tuple(warnings))

    def _call_again_date(self, value: dt.date | str | None) -> dt.date:
        today = self._ctx.clock.today()
        if isinstance(value, dt.date):
            return value
        if value is None or not str(value).strip():
            return self._calendar().add_working_days(today, int(self._settings.get("campaign_call_again_working_days")))
        return parse_date(str(value), today, self._calendar())

    def _summary(self, campaign: CampaignDTO, outcome: str, reason: str | None, note: str | None, visit,
                 call_again: dt.date | None, phone: str | None) -> str:
        text = f"Kampagne \"{campaign.name}\": {CALL_OUTCOME.label(outcome)}"
        if outcome == "booket" and visit is not None:
            start = _local(visit.start_at)
            text += (f" – besøg {format_date(start.date())} kl. {start:%H:%M} hos {visit.consultant_initials}"
                     + (f" ({visit.template_name})" if visit.template_name else ""))
        elif outcome == "takket_nej" and reason:
            text += f" – {DECLINE_REASON.label(reason)}"
        elif outcome == "ikke_truffet" and call_again:
            text += f" – ringer igen {format_date(call_again)}"
        elif outcome == "forkert_nummer" and phone:
            text += f" – {phone} passer ikke"
        text += "."
        if note:
            text += f" {note}"
        return text

    def _save_call(self, campaign: CampaignDTO, target: TargetRow, outcome: str, reason: str | None,
                   note: str | None, consultant_id, visit, call_again, data: CallInput, today: dt.date):
        now = self._ctx.clock.utcnow()
        call_id = uuid7()
        summary = self._summary(campaign, outcome, reason, note, visit, call_again, target.phone)
        values = validate_contact("telefon", summary, "nye_aftaler")
        person_ids = (data.contact_person_id,) if data.contact_person_id else ()
        with self._ctx.sessions.begin() as s:
            t = self._target(s, target.id)
            if person_ids:
                p = s.get(ContactPerson, data.contact_person_id)
                if p is None or p.company_id != t.company_id:
                    raise ValidationError.single("contact_person_id", "Kontaktpersonen hører ikke til virksomheden.")
            contact_id = insert_contact(s, self._ctx, t.company_id, values, occurred_at=now, person_ids=person_ids,
                                        link_kind=LINK_KIND, link_id=campaign.id)
            prev_promise = s.scalar(
                select(Promise.id).join(CampaignCall, CampaignCall.promise_id == Promise.id)
                .where(CampaignCall.target_id == t.id, Promise.status == "aaben", Promise.deleted_at.is_(None))
                .order_by(CampaignCall.called_at.desc()).limit(1))
            promise_id = None
            if outcome == "ikke_truffet":
                promise_id = self._promises.create_in(s, PromiseInput(
                    title=f"Ring igen – kampagne \"{campaign.name}\""[:300], due_date=call_again,
                    responsible_id=self._ctx.actor.id or consultant_id, company_id=t.company_id,
                    purpose="nye_aftaler", source_kind="kampagne", source_id=call_id,
                    details=note, contact_person_id=data.contact_person_id))
            lead = (_local(visit.start_at).date() - today).days if visit is not None else None
            call = CampaignCall(id=call_id, campaign_id=campaign.id, target_id=t.id, company_id=t.company_id,
                                caller_id=self._ctx.actor.id, called_at=now, outcome=outcome,
                                reason=reason if outcome == "takket_nej" else None, note=note,
                                consultant_id=consultant_id if outcome == "booket" else None,
                                visit_id=visit.id if visit else None, promise_id=promise_id, contact_id=contact_id,
                                lead_days=lead)
            self._ctx.stamp_create(call)
            s.add(call)
            t.last_outcome = outcome
            t.last_call_at = now
            t.last_caller_id = self._ctx.actor.id
            t.calls = (t.calls or 0) + 1
            t.call_again_on = call_again
            if visit is not None:
                t.visit_id = visit.id
            self._ctx.stamp_update(t)
            if outcome == "takket_nej" and data.mark_not_interested:
                company = s.get(Company, t.company_id)
                company.relationship_status = "ikke_interesseret"
                self._ctx.stamp_update(company)
        return call_id, prev_promise

    def changes(self, result: CallResult) -> ChangeSet:
        """What a call changed, for the UI's one broadcast."""
        related = [ChangeSet("company", (result.target.company_id,), "update"),
                   ChangeSet("contact", (result.call.contact_id,) if result.call.contact_id else (), "create")]
        if result.call.promise_id:
            related.append(ChangeSet("promise", (result.call.promise_id,), "create"))
        if result.visit_id:
            related.append(ChangeSet("visit", (result.visit_id,), "create"))
        return ChangeSet("campaign", (result.target.campaign_id,), "update", tuple(related))

    # --- the company's recent history, for the call screen -------------------------------------
    def recent_for_company(self, company_id: uuid.UUID, limit: int = 6) -> list:
        """The company's latest contact-history entries (so nobody calls twice with the same message)."""
        from jobcrm.services.history import HistoryService

        return HistoryService(self._ctx).timeline(company_id, limit=limit)
