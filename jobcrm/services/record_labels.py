"""Danish human labels for every record kind (table) and field, how a stored value is shown, which company a
record belongs to, and a record's short title. No Qt: used by the audit log's company-card tab, and meant for the
sync conflict list too.

API (kind = table name, field = column name):
    kind_label(kind) -> "Aftale"                      field_label(kind, field) -> "Frist"
    display_value(kind, field, text, refs=None) -> "24.11.2026"   (text as stored by `to_text`)
    to_text(value) -> str | None                      the audit log's text form of a Python value
    record_titles(session, kind, ids) -> {id: "Ring om praktik"}
    describe(kind, title) -> "Aftale: Ring om praktik"
    company_path(kind) -> ("company_id", None) | ("id", None) | (column, parent kind) | None
    is_noise(kind, field) -> bool                     derived/search columns the audit log leaves out
    KINDS                                             every record kind with a label
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, Time, select
from sqlalchemy.orm import Session

from jobcrm.domain import vocab as V
from jobcrm.models import Base

# Shown in place of purged personal data (retention, PRODUCT.md §9).
PURGED = "[slettet]"

# Columns every record has; the audit log keeps the tombstone as the action, never as a field change.
NOISE_ALWAYS = frozenset({"updated_at", "updated_by", "created_at", "created_by", "id"})


@dataclass(frozen=True)
class Kind:
    label: str  # "Aftale"
    title: str | None = None  # the column that names a record in a list, e.g. "title"
    # How to find the company: ("company_id", None) a column holding it; ("id", None) the record is the company;
    # (column, parent kind) the parent's company; None: the kind belongs to no company.
    company: tuple[str, str | None] | None = None
    fields: dict[str, str] = field(default_factory=dict)  # labels that differ from COMMON
    noise: frozenset[str] = frozenset()  # derived or helper columns not worth an audit row


COMMON = {
    "company_id": "Virksomhed", "name": "Navn", "title": "Titel", "phone": "Telefon", "email": "E-mail",
    "note": "Note", "reason": "Begrundelse", "status": "Status", "purpose": "Formål", "position": "Placering",
    "kind": "Type", "consultant_id": "Konsulent", "responsible_id": "Ansvarlig", "owner_id": "Tovholder",
    "contact_person_id": "Kontaktperson", "visit_id": "Besøg", "promise_id": "Aftale", "campaign_id": "Kampagne",
    "template_id": "Besøgsguide", "order_id": "Jobordre", "slot_id": "Plads", "mentor_id": "Mentor",
    "placement_id": "Forløb", "contact_id": "Kontakthistorik", "promised_by": "Hvem gør hvad",
    "working_hours": "Mødetider", "tags": "Nøgleord", "hours_per_week": "Timer pr. uge", "active": "Aktiv",
    "summary": "Referat", "start_date": "Startdato", "due_date": "Frist", "item_key": "Punkt",
    "value_json": "Svar", "description": "Beskrivelse", "role": "Rolle", "details": "Detaljer",
    "candidate_ref": "Kandidatreference", "deleted_at": "Slettet",
}

KINDS: dict[str, Kind] = {
    "company": Kind("Virksomhed", "name", ("id", None), {
        "cvr": "CVR-nummer", "p_number": "P-nummer", "address": "Adresse", "postal_code": "Postnummer",
        "city": "By", "municipality": "Kommune", "web": "Hjemmeside", "industry": "Branche",
        "employees": "Antal ansatte", "employees_range": "Ansatte (interval)", "sector": "Sektor",
        "relationship_status": "Relation", "agreement_type": "Aftaletype", "special_notes": "Særlige forhold",
        "absence_policy": "Fraværspolitik", "alcohol_policy": "Alkoholpolitik", "core_business": "Kerneydelse",
        "sort_name": "Sorteringsnavn", "last_contact_at": "Seneste kontakt", "next_due_date": "Næste frist"},
        frozenset({"sort_name", "last_contact_at", "next_due_date"})),
    "contact_person": Kind("Kontaktperson", "name", ("company_id", None), {
        "title": "Stilling", "mobile": "Mobil", "is_primary": "Primær kontaktperson"}),
    "company_merge": Kind("Sammenlægning", "removed_name", ("kept_id", None), {
        "kept_id": "Beholdt virksomhed", "removed_id": "Fjernet virksomhed", "removed_name": "Fjernet navn",
        "removed_cvr": "Fjernet CVR-nummer", "moved_persons": "Flyttede kontaktpersoner",
        "moved_contacts": "Flyttede kontakter", "moved_promises": "Flyttede aftaler"}),
    "contact": Kind("Kontakt", "summary", ("company_id", None), {
        "occurred_at": "Tidspunkt", "channel": "Kanal", "link_kind": "Vedrører (type)",
        "link_id": "Vedrører"}),
    "promise": Kind("Aftale", "title", ("company_id", None), {
        "due_time": "Klokkeslæt", "source_kind": "Oprindelse", "source_id": "Oprindelse (post)",
        "done_at": "Udført", "done_by": "Udført af", "cancel_reason": "Begrundelse for aflysning",
        "cancelled_at": "Aflyst", "recurrence": "Gentagelse", "series_id": "Serie",
        "original_due_date": "Oprindelig frist"}),
    "promise_reschedule": Kind("Udsættelse", "to_date", ("promise_id", "promise"), {
        "from_date": "Fra frist", "to_date": "Til frist"}),
    "promise_event": Kind("Hændelse på aftale", "kind", ("promise_id", "promise"), {
        "from_consultant_id": "Fra konsulent", "to_consultant_id": "Til konsulent"}),
    "job_order": Kind("Jobordre", "title", ("company_id", None), {
        "received_on": "Modtaget", "status_note": "Bemærkning til status", "status_changed_on": "Status ændret",
        "offer_types": "Tilbyder", "title": "Stillingsbetegnelse", "positions": "Antal stillinger",
        "work_content": "Arbejdets art/indhold", "professional_quals": "Faglige kvalifikationer",
        "personal_quals": "Personlige kvalifikationer", "physical_demands": "Fysiske krav",
        "culture": "Kulturen på virksomheden", "notes": "Øvrige forhold", "hours": "Timetal",
        "working_times": "Mødetider", "employment": "Ansættelsesforhold", "start_date": "Ansættelsesdato",
        "contact_form": "Kontaktform", "cvs_wanted": "Ønsket antal CV'er", "cv_deadline": "Frist for CV'er",
        "wish_retention": "Ønsker fastholdelse/sygefravær", "wish_competence": "Ønsker kompetenceudvikling",
        "retention_promise_id": "Aftale om fastholdelse", "competence_promise_id": "Aftale om kompetenceudvikling",
        "search_responsible_id": "Ansvarlig for søgning", "feedback_responsible_id": "Ansvarlig for tilbagemelding",
        "feedback_deadline": "Tilbagemelding senest", "feedback_promise_id": "Aftale om tilbagemelding"}),
    "job_order_requirement": Kind("Krav til jobordre", "text", ("order_id", "job_order"), {
        "text": "Krav", "priority": "Prioritet"}),
    "job_order_referral": Kind("Formidling", "candidate_ref", ("order_id", "job_order"), {
        "sent_on": "Sendt", "consent": "Samtykke", "response": "Svar", "responded_on": "Svar modtaget"}),
    "slot": Kind("Plads", "title", ("company_id", None), {
        "scheme": "Ordning", "tasks": "Arbejdsopgaver", "opportunities": "Muligheder på virksomheden",
        "qualifications": "Kvalifikationer", "special_conditions": "Særlige forhold/hensyn",
        "available_from": "Ledig fra", "available_to": "Ledig til", "capacity": "Antal pladser",
        "absence_handling": "Håndtering af fravær", "what_to_bring": "Det skal du have med",
        "site_address": "Arbejdssted", "verified_on": "Sidst bekræftet", "verified_by": "Bekræftet af",
        "closed_on": "Lukket", "close_reason": "Begrundelse for lukning"}),
    "mentor": Kind("Mentor", "name", ("company_id", None), {
        "company_id": "Virksomhed", "organisation": "Organisation", "title": "Stilling",
        "competences": "Kompetencer", "course_date": "Mentorkursus", "max_mentees": "Højst antal forløb",
        "presentation": "Præsentation", "photo": "Foto", "photo_type": "Fototype"}),
    "slot_mentor": Kind("Mentor på plads", "mentor_id", ("slot_id", "slot")),
    "placement": Kind("Forløb", "candidate_ref", ("slot_id", "slot"), {
        "candidate_note": "Noter om forløbet", "planned_end": "Planlagt slut", "original_end": "Oprindelig slut",
        "first_day_time": "Mødetid første dag", "meeting_point": "Mødested", "ask_for": "Spørg efter",
        "ended_on": "Afsluttet", "outcome": "Resultat", "end_note": "Bemærkning ved afslutning"}),
    "placement_extension": Kind("Forlængelse", "to_end", ("placement_id", "placement"), {
        "from_end": "Fra slutdato", "to_end": "Til slutdato"}),
    "visit": Kind("Besøg", "start_at", ("company_id", None), {
        "start_at": "Start", "end_at": "Slut", "place": "Sted", "visit_type": "Besøgstype",
        "status_reason": "Begrundelse", "note": "Formål/forberedelse", "moved_from_id": "Flyttet fra",
        "template_version_id": "Guideversion", "guide_started_at": "Guide påbegyndt",
        "guide_saved_at": "Guide gemt", "labour_need": "Arbejdskraftbehov", "labour_need_when": "Behov hvornår",
        "labour_need_why": "Behov hvorfor", "schemes_presented": "Præsenterede ordninger",
        "material_handed_over": "Udleveret materiale", "material_other": "Andet materiale",
        "registered_at": "Udbytte registreret"},
        frozenset({"guide_saved_at"})),
    "visit_participant": Kind("Deltager i besøg", "consultant_id", ("visit_id", "visit"), {
        "person_id": "Kontaktperson"}),
    "guide_answer": Kind("Svar i besøgsguide", "item_key", ("visit_id", "visit"), {
        "version_id": "Guideversion"}),
    "visit_agreement": Kind("Aftale fra besøg", "title", ("visit_id", "visit"), {
        "due_text": "Frist (som skrevet)"}),
    "guide_template": Kind("Besøgsguide", "name", None, {
        "key": "Nøgle", "current_version": "Aktuel version"}),
    "guide_template_version": Kind("Version af besøgsguide", "name", None, {
        "template_id": "Besøgsguide", "version": "Version", "content_json": "Indhold"}),
    "campaign": Kind("Kampagne", "name", None, {
        "message": "Budskab", "material": "Materiale", "starts_on": "Start", "ends_on": "Slut",
        "visit_minutes": "Besøgets længde (minutter)", "owner_id": "Kampagnekoordinator",
        "criteria_json": "Udvælgelse", "closed": "Afsluttet", "previous_id": "Tidligere runde"}),
    "campaign_target": Kind("På ringeliste", "campaign_id", ("company_id", None), {
        "excluded": "Udeladt", "excluded_detail": "Udeladt fordi", "included_anyway": "Medtaget alligevel",
        "last_outcome": "Seneste udfald", "last_call_at": "Seneste opkald", "last_caller_id": "Seneste opringer",
        "calls": "Antal opkald", "call_again_on": "Ring igen"},
        frozenset({"last_outcome", "last_call_at", "last_caller_id", "calls"})),
    "campaign_call": Kind("Opkald i kampagne", "outcome", ("company_id", None), {
        "target_id": "Ringeliste", "caller_id": "Opringer", "called_at": "Ringet", "outcome": "Udfald",
        "reason": "Begrundelse for afslag", "consultant_id": "Booket til", "lead_days": "Dage til besøget"}),
    "campaign_agreement": Kind("Tilkendegivelse i kampagne", "kind", ("company_id", None), {
        "places": "Antal pladser", "consultant_id": "Konsulent"}),
    "team": Kind("Team", "name"),
    "consultant": Kind("Konsulent", "initials", None, {"initials": "Initialer", "team_id": "Team"}),
    "setting": Kind("Indstilling", "key", None, {"key": "Nøgle", "value_json": "Værdi"}),
}

# Which vocabulary shows a field's codes; multi-choice fields store comma-separated codes.
VOCABS: dict[tuple[str, str], V.Vocab] = {
    ("company", "sector"): V.SECTOR, ("company", "relationship_status"): V.RELATIONSHIP,
    ("company", "agreement_type"): V.AGREEMENT, ("contact_person", "role"): V.PERSON_ROLE,
    ("contact", "channel"): V.CHANNEL, ("contact", "purpose"): V.PURPOSE,
    ("promise", "promised_by"): V.PROMISED_BY, ("promise", "source_kind"): V.PROMISE_SOURCE,
    ("promise", "purpose"): V.PURPOSE, ("promise", "status"): V.PROMISE_STATUS,
    ("visit_agreement", "promised_by"): V.PROMISED_BY, ("visit_agreement", "purpose"): V.PURPOSE,
    ("consultant", "role"): V.ROLE, ("slot", "scheme"): V.SCHEME, ("mentor", "kind"): V.MENTOR_KIND,
    ("mentor", "competences"): V.MENTOR_COMPETENCE, ("placement", "outcome"): V.PLACEMENT_OUTCOME,
    ("visit", "visit_type"): V.VISIT_TYPE, ("visit", "status"): V.VISIT_STATUS,
    ("visit", "labour_need"): V.LABOUR_NEED, ("visit", "schemes_presented"): V.SCHEME_PRESENTED,
    ("visit", "material_handed_over"): V.MATERIAL, ("job_order", "offer_types"): V.ORDER_OFFER,
    ("job_order", "hours"): V.ORDER_HOURS, ("job_order", "employment"): V.EMPLOYMENT,
    ("job_order", "contact_form"): V.CONTACT_FORM, ("job_order", "status"): V.ORDER_STATUS,
    ("job_order_requirement", "kind"): V.REQUIREMENT_KIND, ("job_order_requirement", "priority"): V.PRIORITY,
    ("job_order_referral", "response"): V.REFERRAL_RESPONSE, ("campaign_call", "outcome"): V.CALL_OUTCOME,
    ("campaign_call", "reason"): V.DECLINE_REASON, ("campaign_target", "excluded"): V.TARGET_EXCLUSION,
    ("campaign_target", "last_outcome"): V.CALL_OUTCOME, ("campaign_agreement", "kind"): V.CAMPAIGN_AGREEMENT,
}
PROMISE_EVENT_KIND = {"udfoert": "Udført", "aflyst": "Aflyst", "overdraget": "Overdraget"}


def kind_label(kind: str) -> str:
    k = KINDS.get(kind)
    return k.label if k else kind


def field_label(kind: str, name: str) -> str:
    k = KINDS.get(kind)
    if k and name in k.fields:
        return k.fields[name]
    return COMMON.get(name, name)


def is_noise(kind: str, name: str) -> bool:
    k = KINDS.get(kind)
    return name in NOISE_ALWAYS or (k is not None and name in k.noise)


def company_path(kind: str) -> tuple[str, str | None] | None:
    k = KINDS.get(kind)
    return k.company if k else None


def describe(kind: str, title: str | None) -> str:
    """'Aftale: Ring om praktik', or just 'Aftale' when the record has no title (any more)."""
    return f"{kind_label(kind)}: {title}" if title else kind_label(kind)


def to_text(value) -> str | None:
    """How the audit log stores a value: ISO dates and UTC times, ids as text, booleans as 1/0."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return f"({len(bytes(value))} bytes)"
    return str(value)


def _column(kind: str, name: str):
    table = Base.metadata.tables.get(kind)
    return None if table is None else table.columns.get(name)


def referenced_kind(kind: str, name: str) -> str | None:
    """The table a foreign-key column points at (consultant, company, …), else None."""
    col = _column(kind, name)
    if col is None:
        return None
    for fk in col.foreign_keys:
        return fk.column.table.name
    if name in ("done_by", "verified_by", "from_consultant_id", "to_consultant_id"):
        return "consultant"
    return None


def _danish_date(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


Refs = Callable[[str, str], str | None]  # (kind, id text) -> a title, for foreign keys


def display_value(kind: str, name: str, text: str | None, refs: Refs | None = None) -> str:
    """A stored value the way a Danish consultant reads it: dates 24.11.2026, times in local time, Ja/Nej,
    vocabulary labels, the referenced record's title (initials for a consultant) when `refs` knows it."""
    if text is None or text == "":
        return ""
    if text == PURGED:
        return PURGED
    vocab = VOCABS.get((kind, name))
    if vocab is not None:
        return ", ".join(vocab.label(c.strip()) for c in text.split(",") if c.strip())
    if kind == "promise_event" and name == "kind":
        return PROMISE_EVENT_KIND.get(text, text)
    if name == "recurrence":
        from jobcrm.domain.recurrence import describe as describe_rule

        try:
            return describe_rule(text) or text
        except Exception:  # noqa: BLE001 - an unreadable rule is shown as stored
            return text
    col = _column(kind, name)
    ctype = getattr(col, "type", None)
    try:
        if isinstance(ctype, Boolean):
            return "Ja" if text in ("1", "True", "true") else "Nej"
        if isinstance(ctype, DateTime) or (ctype is not None and isinstance(getattr(ctype, "impl", None), DateTime)):
            at = dt.datetime.fromisoformat(text)
            if at.tzinfo is None:
                at = at.replace(tzinfo=dt.UTC)
            local = at.astimezone()
            return f"{_danish_date(local.date())} {local.hour:02d}:{local.minute:02d}"
        if isinstance(ctype, Date):
            return _danish_date(dt.date.fromisoformat(text))
        if isinstance(ctype, Time):
            t = dt.time.fromisoformat(text)
            return f"{t.hour:02d}:{t.minute:02d}"
        if isinstance(ctype, LargeBinary):
            return "(billede)"
        if isinstance(ctype, Integer):
            return text
    except ValueError:
        return text
    target = referenced_kind(kind, name)
    if target is not None and refs is not None:
        title = refs(target, text)
        if title:
            return title
    return text


def record_titles(s: Session, kind: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Each record's short title (its title column, shown as `display_value`), read in one query per 500 ids.
    Records without a title column, or gone, are left out."""
    k, table = KINDS.get(kind), Base.metadata.tables.get(kind)
    ids = list(dict.fromkeys(ids))
    if k is None or k.title is None or table is None or not ids:
        return {}
    raw: dict[uuid.UUID, object] = {}
    for i in range(0, len(ids), 500):
        raw.update(s.execute(select(table.c.id, table.c[k.title]).where(table.c.id.in_(ids[i:i + 500]))).all())
    target = referenced_kind(kind, k.title)
    if target is not None and target != kind:  # a link record is named by what it links to (mentor, consultant)
        names = record_titles(s, target, [v for v in raw.values() if v is not None])
        return {rid: names[v] for rid, v in raw.items() if v in names}
    out: dict[uuid.UUID, str] = {}
    for rid, value in raw.items():
        shown = display_value(kind, k.title, to_text(value))
        if shown:
            out[rid] = shown if len(shown) <= 60 else shown[:59] + "…"
    return out


def all_kinds() -> list[str]:
    """Every synchronisable record kind (RecordMixin table) known to the models."""
    from jobcrm.models import RecordMixin

    return sorted(m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, RecordMixin))
