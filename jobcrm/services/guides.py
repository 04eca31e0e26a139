"""Visit guides (Besøgsguides): versioned templates, filling a guide with continuous autosave, and
registering the visit (outcome, agreements → promises, contact-history entry) in one transaction.

Templates are versioned: saving a template makes a new version; a filled guide keeps the version it was
filled with (visit.template_version_id) and renders from that version's stored JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobcrm.domain import validation as v
from jobcrm.domain.dates import DateParseError, format_date, parse_date
from jobcrm.domain.vocab import (
    GUIDE_ITEM_KIND,
    LABOUR_NEED,
    MATERIAL,
    PROMISED_BY,
    PURPOSE,
    ROLE,
    SCHEME_PRESENTED,
    VISIT_STATUS,
)
from jobcrm.errors import NotAllowed, NotFound, ValidationError
from jobcrm.ids import uuid7
from jobcrm.models import (
    GuideAnswer,
    GuideTemplate,
    GuideTemplateVersion,
    Visit,
    VisitAgreement,
    VisitParticipant,
)
from jobcrm.services.changes import ChangeSet
from jobcrm.services.context import ServiceContext
from jobcrm.services.guide_seeds import SEEDED_TEMPLATES
from jobcrm.services.history import insert_contact, validate_contact
from jobcrm.services.promises import PromiseInput, PromiseService
from jobcrm.services.visit_dto import (
    AgreementDTO,
    AgreementInput,
    AutosaveResult,
    GuideFillDTO,
    GuideItemDTO,
    GuideSectionDTO,
    GuideVersionDTO,
    OutcomeInput,
    RegisterResult,
    TemplateRow,
)

CPR_MESSAGE = "ser ud til at indeholde et CPR-nummer. CPR-numre må ikke gemmes i JobCRM — brug en pseudonym reference."
NOTE = "#note"
TOUCHED = "#touched"
DEFAULT_TEMPLATE_KEY = "samtaleguide"

# Seeded templates: ids from their key, one fixed creation time (see ensure_seeded).
SEED_NAMESPACE = uuid.UUID("6f1c2a52-3b7e-4f35-9a8e-2d4c5b6a7e81")
SEED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


# --- template content: parsing, validation, rendering helpers (no database) -----------------------
def version_dto(t: GuideTemplate, ver: GuideTemplateVersion) -> GuideVersionDTO:
    data = json.loads(ver.content_json)
    sections = tuple(
        GuideSectionDTO(
            key=sec["key"], title=sec["title"], help=sec.get("help") or None,
            items=tuple(GuideItemDTO(key=i["key"], kind=i["kind"], text=i["text"], help=i.get("help") or None,
                                     options=tuple(i.get("options") or ()), level=int(i.get("level") or 0),
                                     due=i.get("due"), promised_by=i.get("promised_by"), purpose=i.get("purpose"))
                        for i in sec.get("items", ())),
        )
        for sec in data.get("sections", ())
    )
    return GuideVersionDTO(id=ver.id, template_id=t.id, template_key=t.key, name=ver.name, version=ver.version,
                           description=ver.description, sections=sections, created_at=ver.created_at,
                           is_current=ver.version == t.current_version)


def editable(version: GuideVersionDTO) -> list[dict]:
    """A version's sections and items as the plain structure save_template() takes (for the editor)."""
    out = []
    for sec in version.sections:
        items = []
        for i in sec.items:
            item = {"key": i.key, "kind": i.kind, "text": i.text, "help": i.help or "", "options": list(i.options),
                    "level": i.level}
            if i.kind == "aftale":
                item.update(due=i.due, promised_by=i.promised_by, purpose=i.purpose)
            items.append(item)
        out.append({"key": sec.key, "title": sec.title, "help": sec.help or "", "items": items})
    return out


def new_key(prefix: str) -> str:
    return f"{prefix}{uuid7().hex[-10:]}"


def clean_content(sections: list[dict]) -> list[dict]:
    """Validate an edited structure and give new sections/items keys. Raises ValidationError with a Danish
    message naming the theme or item."""
    errors: dict[str, str] = {}
    seen: set[str] = set()
    out = []
    if not sections:
        raise ValidationError.single("sections", "En besøgsguide skal have mindst ét tema.")
    for si, sec in enumerate(sections, 1):
        title = " ".join(str(sec.get("title") or "").split())
        if not title:
            errors[f"sections.{si}"] = f"Tema {si} mangler en overskrift."
        key = sec.get("key") or new_key("s")
        if key in seen:
            key = new_key("s")
        seen.add(key)
        items = []
        for ii, item in enumerate(sec.get("items") or (), 1):
            where = f"Tema {si}, punkt {ii}"
            text = " ".join(str(item.get("text") or "").split())
            kind = item.get("kind") or "tick"
            if not text:
                errors[f"sections.{si}.{ii}"] = f"{where} mangler en tekst."
            if kind not in GUIDE_ITEM_KIND:
                errors[f"sections.{si}.{ii}.kind"] = f'{where}: punkttypen "{kind}" findes ikke.'
            options = [o.strip() for o in (item.get("options") or ()) if str(o).strip()]
            if kind in ("choice", "multi") and len(options) < 2:
                errors[f"sections.{si}.{ii}.options"] = f"{where}: et valg skal have mindst to svarmuligheder."
            if len(set(options)) != len(options):
                errors[f"sections.{si}.{ii}.options"] = f"{where}: den samme svarmulighed står to gange."
            for label, value in (("teksten", text), ("hjælpeteksten", item.get("help"))):
                if v.looks_like_cpr(value):
                    errors[f"sections.{si}.{ii}.cpr"] = f"{where}: {label} {CPR_MESSAGE}"
            ikey = item.get("key") or new_key("i")
            if ikey in seen:
                ikey = new_key("i")
            seen.add(ikey)
            clean = {"key": ikey, "kind": kind, "text": text}
            if (item.get("help") or "").strip():
                clean["help"] = item["help"].strip()
            if kind in ("choice", "multi"):
                clean["options"] = options
            if int(item.get("level") or 0):
                clean["level"] = 1
            if kind == "aftale":
                for k in ("due", "promised_by", "purpose"):
                    if item.get(k):
                        clean[k] = item[k]
                if clean.get("promised_by") and clean["promised_by"] not in PROMISED_BY:
                    errors[f"sections.{si}.{ii}.promised_by"] = f"{where}: \"hvem\" skal være Jobcentret, " \
                                                                 "Virksomheden eller Borgeren."
            items.append(clean)
        entry = {"key": key, "title": title, "items": items}
        if (sec.get("help") or "").strip():
            entry["help"] = sec["help"].strip()
        out.append(entry)
    if errors:
        raise ValidationError(errors)
    return out


def is_answered(value: Any) -> bool:
    if value is None or value is False:
        return False
    if isinstance(value, str | list | tuple | dict):
        return bool(value.strip() if isinstance(value, str) else value)
    return True


def answer_text(item: GuideItemDTO | None, value: Any) -> str:
    """An answer as Danish text (for the PDFs, the CLI and "ændringer siden sidst")."""
    if not is_answered(value):
        return ""
    kind = item.kind if item else None
    if kind == "tick" or value is True:
        return "Ja"
    if kind == "date" and isinstance(value, str):
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, list | tuple):
        return ", ".join(str(x) for x in value)
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def _section_touched(section: GuideSectionDTO, answers: dict[str, Any], agreement_keys: set[str]) -> bool:
    if answers.get(section.key + TOUCHED) is True or is_answered(answers.get(section.key + NOTE)):
        return True
    return any(is_answered(answers.get(i.key)) or i.key in agreement_keys for i in section.items)


def _clean_value(item: GuideItemDTO | None, key: str, value: Any) -> Any:
    """The value to store for an answer, or ValueError with a Danish reason."""
    if value is None:
        return None
    if key.endswith(TOUCHED):
        return bool(value)
    if key.endswith(NOTE) or item is None or item.kind == "text":
        text = str(value)
        if v.looks_like_cpr(text):
            raise ValueError(f"Teksten {CPR_MESSAGE}")
        return text
    if item.kind == "tick":
        return bool(value)
    if item.kind == "choice":
        if value in ("", None):
            return None
        if value not in item.options:
            raise ValueError(f'"{value}" er ikke en af svarmulighederne.')
        return value
    if item.kind == "multi":
        chosen = [x for x in item.options if x in set(value or ())]
        return chosen
    if item.kind == "number":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        text = str(value).strip().replace(" ", "").replace(".", "").replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f'"{value}" er ikke et tal.') from None
        return int(number) if number.is_integer() else number
    if item.kind == "date":
        if isinstance(value, dt.date):
            return value.isoformat()
        text = str(value).strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValueError(f'"{value}" er ikke en dato (ÅÅÅÅ-MM-DD).') from None
    return value


def _split_codes(text: str | None) -> tuple[str, ...]:
    return tuple(c for c in (text or "").split(",") if c)


class GuideService:
    def __init__(self, ctx: ServiceContext, promises: PromiseService, calendar):
        self._ctx = ctx
        self._promises = promises
        self._calendar = calendar  # the office's working-day calendar (settings.calendar)

    # --- seeded templates ------------------------------------------------------------------------
    def ensure_seeded(self) -> int:
        """Install the four seeded templates that are not there yet (by key; a deactivated or deleted
        seeded template is never reinstalled). Returns how many were installed."""
        from jobcrm.services.audit import SKIP

        with self._ctx.sessions.begin() as s:
            # The seeded guides are the same on every laptop: fixed ids and time, nobody's edit, no audit
            # entry — so a full export, a restore and a team sync see one and the same template, not four
            # copies per laptop.
            s.info[SKIP] = True
            have = set(s.scalars(select(GuideTemplate.key).where(GuideTemplate.key.is_not(None))))
            installed = 0
            for seed in SEEDED_TEMPLATES:
                if seed["key"] in have:
                    continue
                t = GuideTemplate(id=uuid.uuid5(SEED_NAMESPACE, seed["key"]), key=seed["key"], name=seed["name"],
                                  active=True, current_version=1, created_at=SEED_TIME, updated_at=SEED_TIME)
                s.add(t)
                s.flush()
                s.add(GuideTemplateVersion(
                    id=uuid.uuid5(SEED_NAMESPACE, seed["key"] + ":1"), template_id=t.id, version=1, name=seed["name"],
                    description=seed["description"], created_at=SEED_TIME, updated_at=SEED_TIME,
                    content_json=json.dumps({"sections": seed["sections"]}, ensure_ascii=False)))
                s.flush()
                installed += 1
            return installed

    def _new_template(self, s: Session, name: str, description: str | None, sections: list[dict],
                      key: str | None = None) -> GuideTemplate:
        # A seeded template gets the same id on every laptop (derived from its key), so laptops that each
        # installed the seeds hold the same records when they sync with the team server.
        t = GuideTemplate(key=key, name=name, active=True, current_version=1,
                          id=uuid.uuid5(SEED_NAMESPACE, key) if key else uuid7())
        self._ctx.stamp_create(t)
        s.add(t)
        s.flush()
        ver = GuideTemplateVersion(id=uuid.uuid5(SEED_NAMESPACE, f"{key}:1") if key else uuid7(),
                                   template_id=t.id, version=1, name=name, description=description,
                                   content_json=json.dumps({"sections": sections}, ensure_ascii=False))
        self._ctx.stamp_create(ver)
        s.add(ver)
        s.flush()
        return t

    # --- reading templates -----------------------------------------------------------------------
    def list_templates(self, include_inactive: bool = False) -> list[TemplateRow]:
        with self._ctx.sessions() as s:
            q = (select(GuideTemplate, GuideTemplateVersion)
                 .join(GuideTemplateVersion, (GuideTemplateVersion.template_id == GuideTemplate.id)
                       & (GuideTemplateVersion.version == GuideTemplate.current_version))
                 .where(GuideTemplate.deleted_at.is_(None)))
            if not include_inactive:
                q = q.where(GuideTemplate.active.is_(True))
            rows = []
            for t, ver in s.execute(q):
                dto = version_dto(t, ver)
                rows.append(TemplateRow(id=t.id, key=t.key, name=t.name, version=ver.version, version_id=ver.id,
                                        sections=len(dto.sections), items=sum(len(x.items) for x in dto.sections),
                                        active=t.active, updated_at=ver.created_at))
            order = {seed["key"]: i for i, seed in enumerate(SEEDED_TEMPLATES)}
            return sorted(rows, key=lambda r: (order.get(r.key, len(order)), v.danish_sort_key(r.name)))

    def resolve_template(self, ref: str) -> uuid.UUID:
        """A template by id, key or name (case-insensitive), for the CLI."""
        text = (ref or "").strip()
        try:
            tid = uuid.UUID(text)
        except ValueError:
            tid = None
        with self._ctx.sessions() as s:
            if tid is not None and s.get(GuideTemplate, tid) is not None:
                return tid
            found = s.scalars(select(GuideTemplate.id).where(
                GuideTemplate.deleted_at.is_(None),
                (func.lower(GuideTemplate.name) == text.casefold()) | (GuideTemplate.key == text))).first()
            if found is None:  # SQLite's lower() leaves æøå alone: compare in Python over the few templates
                for t in s.scalars(select(GuideTemplate).where(GuideTemplate.deleted_at.is_(None))):
                    if t.name.casefold() == text.casefold():
                        return t.id
                names = ", ".join(f'"{r.name}"' for r in self.list_templates(True))
                raise NotFound(f'Besøgsguiden "{ref}" findes ikke. Vælg en af: {names}.')
            return found

    def current(self, template_id: uuid.UUID) -> GuideVersionDTO:
        with self._ctx.sessions() as s:
            t = s.get(GuideTemplate, template_id)
            if t is None or t.deleted_at is not None:
                raise NotFound("Besøgsguiden findes ikke.")
            ver = s.scalars(select(GuideTemplateVersion).where(
                GuideTemplateVersion.template_id == t.id, GuideTemplateVersion.version == t.current_version)).one()
            return version_dto(t, ver)

    def version(self, version_id: uuid.UUID) -> GuideVersionDTO:
        with self._ctx.sessions() as s:
            ver = s.get(GuideTemplateVersion, version_id)
            if ver is None:
                raise NotFound("Versionen af besøgsguiden findes ikke.")
            return version_dto(s.get(GuideTemplate, ver.template_id), ver)

    def versions(self, template_id: uuid.UUID) -> list[GuideVersionDTO]:
        with self._ctx.sessions() as s:
            t = s.get(GuideTemplate, template_id)
            if t is None:
                raise NotFound("Besøgsguiden findes ikke.")
            vers = s.scalars(select(GuideTemplateVersion).where(GuideTemplateVersion.template_id == t.id)
                             .order_by(GuideTemplateVersion.version))
            return [version_dto(t, x) for x in vers]

    def default_template_id(self) -> uuid.UUID | None:
        with self._ctx.sessions() as s:
            return s.scalar(select(GuideTemplate.id).where(GuideTemplate.key == DEFAULT_TEMPLATE_KEY,
                                                           GuideTemplate.deleted_at.is_(None)))

    # --- the template editor ----------------------------------------------------------------------
    def can_edit_templates(self) -> bool:
        """Only an administrator may change visit guides (PRODUCT.md §7)."""
        with self._ctx.sessions() as s:
            return self._editor_problem(s) is None

    def _editor_problem(self, s: Session) -> str | None:
        from jobcrm.models import Consultant

        me = s.get(Consultant, self._ctx.actor.id) if self._ctx.actor.id else None
        if me is None or me.deleted_at is not None:
            return "Vælg først din konsulentprofil. Kun en administrator kan ændre besøgsguides."
        if me.role != "administrator":
            return (f"Kun en administrator kan ændre besøgsguides. {me.initials} har rollen "
                    f"{ROLE.label(me.role).lower()}.")
        return None

    def _require_editor(self, s: Session) -> None:
        problem = self._editor_problem(s)
        if problem:
            raise NotAllowed(problem)

    def save_template(self, template_id: uuid.UUID | None, name: str, description: str | None,
                      sections: list[dict]) -> GuideVersionDTO:
        """Save an edited template as a NEW version (or a new template when template_id is None).
        Filled guides keep their version. Nothing changed: no new version. Administrators only."""
        with self._ctx.sessions() as s:
            self._require_editor(s)
        name = " ".join((name or "").split())
        if not name:
            raise ValidationError.single("name", "Besøgsguiden skal have et navn.")
        if v.looks_like_cpr(description):
            raise ValidationError.single("description", f"Beskrivelsen {CPR_MESSAGE}")
        content = clean_content(sections)
        description = (description or "").strip() or None
        with self._ctx.sessions.begin() as s:
            clash = s.scalar(select(GuideTemplate.id).where(GuideTemplate.name == name,
                                                            GuideTemplate.deleted_at.is_(None)))
            if clash is not None and clash != template_id:
                raise ValidationError.single("name", f'Der findes allerede en besøgsguide med navnet "{name}".')
            if template_id is None:
                t = self._new_template(s, name, description, content)
                ver = s.scalars(select(GuideTemplateVersion).where(GuideTemplateVersion.template_id == t.id)).one()
                return version_dto(t, ver)
            t = s.get(GuideTemplate, template_id)
            if t is None or t.deleted_at is not None:
                raise NotFound("Besøgsguiden findes ikke.")
            cur = s.scalars(select(GuideTemplateVersion).where(
                GuideTemplateVersion.template_id == t.id, GuideTemplateVersion.version == t.current_version)).one()
            payload = json.dumps({"sections": content}, ensure_ascii=False)
            if cur.content_json == payload and cur.name == name and (cur.description or None) == description:
                return version_dto(t, cur)
            ver = GuideTemplateVersion(template_id=t.id, version=t.current_version + 1, name=name,
                                       description=description, content_json=payload)
            self._ctx.stamp_create(ver)
            s.add(ver)
            t.current_version = ver.version
            t.name = name
            self._ctx.stamp_update(t)
            s.flush()
            return version_dto(t, ver)

    def set_active(self, template_id: uuid.UUID, active: bool) -> None:
        with self._ctx.sessions.begin() as s:
            self._require_editor(s)
            t = s.get(GuideTemplate, template_id)
            if t is None:
                raise NotFound("Besøgsguiden findes ikke.")
            t.active = active
            self._ctx.stamp_update(t)

    # --- filling a guide -------------------------------------------------------------------------
    def _visit(self, s: Session, visit_id: uuid.UUID) -> Visit:
        visit = s.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise NotFound("Besøget findes ikke.")
        return visit

    def _bind_version(self, s: Session, visit: Visit) -> GuideTemplateVersion:
        """The version the guide is filled with: fixed the first time the guide is opened."""
        if visit.template_version_id is not None:
            return s.get(GuideTemplateVersion, visit.template_version_id)
        template_id = visit.template_id or self.default_template_id()
        if template_id is None:
            raise NotFound("Der er ingen besøgsguide at udfylde.")
        t = s.get(GuideTemplate, template_id)
        ver = s.scalars(select(GuideTemplateVersion).where(
            GuideTemplateVersion.template_id == t.id, GuideTemplateVersion.version == t.current_version)).one()
        visit.template_id = t.id
        visit.template_version_id = ver.id
        visit.guide_started_at = self._ctx.clock.utcnow()
        self._ctx.stamp_update(visit)
        return ver

    def open_guide(self, visit_id: uuid.UUID) -> GuideFillDTO:
        """Start (or continue) filling the visit's guide: binds the template version on first use."""
        with self._ctx.sessions.begin() as s:
            self._bind_version(s, self._visit(s, visit_id))
        return self.fill(visit_id)

    def fill(self, visit_id: uuid.UUID) -> GuideFillDTO:
        """The filled guide as stored (the version it was filled with, the answers, agreements, outcome)."""
        from jobcrm.services.visits import visit_dtos

        with self._ctx.sessions() as s:
            visit = self._visit(s, visit_id)
            if visit.template_version_id is None:
                template_id = visit.template_id or self.default_template_id()
                t = s.get(GuideTemplate, template_id) if template_id else None
                if t is None:
                    raise NotFound("Der er ingen besøgsguide at udfylde.")
                ver = s.scalars(select(GuideTemplateVersion).where(
                    GuideTemplateVersion.template_id == t.id,
                    GuideTemplateVersion.version == t.current_version)).one()
            else:
                ver = s.get(GuideTemplateVersion, visit.template_version_id)
                t = s.get(GuideTemplate, ver.template_id)
            version = version_dto(t, ver)
            answers = {a.item_key: json.loads(a.value_json) for a in s.scalars(
                select(GuideAnswer).where(GuideAnswer.visit_id == visit.id, GuideAnswer.deleted_at.is_(None)))}
            agreements = self._agreements(s, visit.id)
            outcome = OutcomeInput(
                labour_need=visit.labour_need, labour_need_when=visit.labour_need_when,
                labour_need_why=visit.labour_need_why, schemes=_split_codes(visit.schemes_presented),
                materials=_split_codes(visit.material_handed_over), material_other=visit.material_other,
                summary=visit.summary)
            dto = visit_dtos(s, [visit])[0]
        keys = {a.item_key for a in agreements if a.item_key and a.title.strip()}
        touched = {sec.key: _section_touched(sec, answers, keys) for sec in version.sections}
        return GuideFillDTO(visit=dto, version=version, answers=answers, agreements=tuple(agreements),
                            outcome=outcome, touched=touched)

    @staticmethod
    def _agreements(s: Session, visit_id: uuid.UUID) -> list[AgreementDTO]:
        from jobcrm.models import Consultant

        rows = s.execute(
            select(VisitAgreement, Consultant.initials)
            .outerjoin(Consultant, Consultant.id == VisitAgreement.responsible_id)
            .where(VisitAgreement.visit_id == visit_id, VisitAgreement.deleted_at.is_(None))
            .order_by(VisitAgreement.position, VisitAgreement.created_at)
        ).all()
        return [AgreementDTO(id=a.id, item_key=a.item_key, position=a.position, title=a.title,
                             promised_by=a.promised_by, responsible_id=a.responsible_id, responsible_initials=ini,
                             due_text=a.due_text, due_date=a.due_date, purpose=a.purpose, promise_id=a.promise_id)
                for a, ini in rows]

    def resolve_due(self, visit_day: dt.date, text: str | None) -> dt.date | None:
        """A due date typed in the guide ("+1 uge", "fredag", "24.11.2026"), relative to the visit day."""
        if not (text or "").strip():
            return None
        return parse_date(text, visit_day, self._calendar())

    def autosave(self, visit_id: uuid.UUID, answers: dict[str, Any] | None = None,
                 agreements: list[AgreementInput] | None = None,
                 outcome: OutcomeInput | None = None) -> AutosaveResult:
        """Write what changed in the form, in one short transaction. Called every few seconds while the
        consultant types, so a crash loses at most that. Values that cannot be stored (a CPR-like number,
        a malformed number) are left out and reported in `refused`; everything else is saved."""
        refused: dict[str, str] = {}
        due_dates: dict[uuid.UUID, dt.date | None] = {}
        now = self._ctx.clock.utcnow()
        with self._ctx.sessions.begin() as s:
            visit = self._visit(s, visit_id)
            ver = self._bind_version(s, visit)
            version = version_dto(s.get(GuideTemplate, ver.template_id), ver)
            if answers:
                existing = {a.item_key: a for a in s.scalars(
                    select(GuideAnswer).where(GuideAnswer.visit_id == visit.id,
                                              GuideAnswer.item_key.in_(list(answers))))}
                for key, value in answers.items():
                    try:
                        value = _clean_value(version.item(key), key, value)
                    except ValueError as e:
                        refused[key] = str(e)
                        continue
                    payload = json.dumps(value, ensure_ascii=False)
                    row = existing.get(key)
                    if row is None:
                        row = GuideAnswer(visit_id=visit.id, version_id=ver.id, item_key=key, value_json=payload)
                        self._ctx.stamp_create(row)
                        s.add(row)
                    elif row.value_json != payload or row.deleted_at is not None:
                        row.value_json = payload
                        row.deleted_at = None
                        self._ctx.stamp_update(row)
            if agreements is not None:
                due_dates = self._save_agreements(s, visit, agreements, refused)
            if outcome is not None:
                self._save_outcome(visit, outcome, refused)
            visit.guide_saved_at = now
            self._ctx.stamp_update(visit)
        return AutosaveResult(saved_at=now, refused=refused, due_dates=due_dates)

    def _save_agreements(self, s: Session, visit: Visit, agreements: list[AgreementInput],
                         refused: dict[str, str]) -> dict[uuid.UUID, dt.date | None]:
        existing = {a.id: a for a in s.scalars(select(VisitAgreement).where(VisitAgreement.visit_id == visit.id))}
        day = visit.start_at.astimezone().date()
        dues: dict[uuid.UUID, dt.date | None] = {}
        kept = set()
        for pos, a in enumerate(agreements):
            kept.add(a.id)
            row = existing.get(a.id)
            if row is not None and row.promise_id is not None:
                dues[a.id] = row.due_date
                continue  # already a promise: change it in the inbox (udsæt, overdrag), not here
            title = (a.title or "").strip()
            if v.looks_like_cpr(title):
                refused[f"agreement:{a.id}"] = f"Aftalen {CPR_MESSAGE}"
                title = v.mask_cpr(title)
            try:
                due = self.resolve_due(day, a.due_text)
            except DateParseError:
                due = None
            dues[a.id] = due
            values = dict(item_key=a.item_key, position=pos, title=title[:300],
                          promised_by=a.promised_by if a.promised_by in PROMISED_BY else "jobcentret",
                          responsible_id=a.responsible_id, due_text=(a.due_text or "").strip()[:60] or None,
                          due_date=due, purpose=a.purpose if a.purpose in PURPOSE else "andet", deleted_at=None)
            if row is None:
                row = VisitAgreement(id=a.id, visit_id=visit.id, **values)
                self._ctx.stamp_create(row)
                s.add(row)
            else:
                for k, val in values.items():
                    setattr(row, k, val)
                self._ctx.stamp_update(row)
        for aid, row in existing.items():
            if aid not in kept and row.promise_id is None and row.deleted_at is None:
                row.deleted_at = self._ctx.clock.utcnow()
        return dues

    def _save_outcome(self, visit: Visit, o: OutcomeInput, refused: dict[str, str]) -> None:
        visit.labour_need = o.labour_need if o.labour_need in LABOUR_NEED else None
        for attr, value, label in (("labour_need_when", o.labour_need_when, "outcome.when"),
                                   ("labour_need_why", o.labour_need_why, "outcome.why"),
                                   ("material_other", o.material_other, "outcome.material_other"),
                                   ("summary", o.summary, "outcome.summary")):
            text = (value or "").strip() or None
            if v.looks_like_cpr(text):
                refused[label] = f"Teksten {CPR_MESSAGE}"
                continue
            if attr == "labour_need_when" and text:
                text = text[:200]
            if attr == "material_other" and text:
                text = text[:300]
            setattr(visit, attr, text)
        visit.schemes_presented = ",".join(c for c in SCHEME_PRESENTED.codes() if c in set(o.schemes)) or None
        visit.material_handed_over = ",".join(c for c in MATERIAL.codes() if c in set(o.materials)) or None

    # --- registering the visit -------------------------------------------------------------------
    def register(self, visit_id: uuid.UUID, status: str = "afholdt") -> RegisterResult:
        """Gem og registrér: the visit becomes Afholdt (or Afholdt telefonisk) with its outcome; every
        agreement becomes a promise (source "besoeg", the visit's id) with its owner and due date; and one
        contact-history entry ("Besøg", linked to the visit) is written — all in one transaction.
        Registering again after an edit adds promises only for new agreements and updates the entry."""
        from jobcrm.models import Consultant, Contact
        from jobcrm.services.visits import visit_dtos

        if status not in ("afholdt", "afholdt_telefonisk"):
            raise ValidationError.single("status", f'Et besøg registreres som "Afholdt" eller "Afholdt '
                                                   f'telefonisk", ikke "{VISIT_STATUS.label(status)}".')
        fill = self.fill(visit_id)
        errors, pending = self._check(fill)
        if errors:
            raise ValidationError(errors)
        summary = self.summary_text(fill, status)
        values = validate_contact("besoeg", summary)
        promise_ids = []
        with self._ctx.sessions.begin() as s:
            visit = self._visit(s, visit_id)
            for a, due in pending:
                responsible = a.responsible_id or visit.consultant_id
                if s.get(Consultant, responsible) is None:
                    raise ValidationError.single(f"agreement:{a.id}", "Den ansvarlige konsulent findes ikke.")
                pid = self._promises.create_in(s, PromiseInput(
                    title=a.title.strip(), due_date=due, responsible_id=responsible, company_id=visit.company_id,
                    promised_by=a.promised_by, purpose=a.purpose, source_kind="besoeg", source_id=visit.id,
                    contact_person_id=visit.contact_person_id))
                row = s.get(VisitAgreement, a.id)
                row.promise_id = pid
                row.due_date = due
                row.responsible_id = responsible
                promise_ids.append(pid)
            entry = s.get(Contact, visit.contact_id) if visit.contact_id else None
            if entry is None:
                persons = tuple(dict.fromkeys(x for x in (visit.contact_person_id, *s.scalars(
                    select(VisitParticipant.person_id).where(
                        VisitParticipant.visit_id == visit.id, VisitParticipant.person_id.is_not(None),
                        VisitParticipant.deleted_at.is_(None)).order_by(VisitParticipant.created_at))) if x))
                contact_id = insert_contact(s, self._ctx, visit.company_id, values, occurred_at=visit.start_at,
                                            consultant_id=visit.consultant_id, person_ids=persons,
                                            link_kind="visit", link_id=visit.id)
                visit.contact_id = contact_id
            else:
                entry.summary = values["summary"]
                self._ctx.stamp_update(entry)
            visit.status = status
            visit.status_reason = None
            visit.registered_at = visit.registered_at or self._ctx.clock.utcnow()
            if visit.template_version_id is None:
                self._bind_version(s, visit)
            self._ctx.stamp_update(visit)
            s.flush()
            result_visit = visit_dtos(s, [visit])[0]
            contact_id = visit.contact_id
        return RegisterResult(visit=result_visit, contact_id=contact_id, promise_ids=tuple(promise_ids))

    def registration_problems(self, visit_id: uuid.UUID) -> dict[str, str]:
        """What stops the visit from being registered now (empty when nothing does), in Danish."""
        return self._check(self.fill(visit_id))[0]

    def _check(self, fill: GuideFillDTO) -> tuple[dict[str, str], list]:
        visit_dto = fill.visit
        errors: dict[str, str] = {}
        o = fill.outcome
        if o.labour_need is None:
            errors["labour_need"] = ("Angiv virksomhedens behov for arbejdskraft: aktuelt, snarligt, i fremtiden "
                                     "eller intet.")
        elif o.labour_need == "i_fremtiden" and not (o.labour_need_when or "").strip():
            errors["labour_need_when"] = "Skriv hvornår virksomheden forventer et behov (fx \"til foråret\")."
        for key, value in fill.answers.items():
            if isinstance(value, str) and v.looks_like_cpr(value):
                errors[key] = f"Et svar {CPR_MESSAGE}"
        day = visit_dto.start_at.astimezone().date()
        pending = []
        for n, a in enumerate(fill.agreements, 1):
            if a.promise_id is not None:
                continue
            if not a.title.strip() and not (a.due_text or "").strip():
                continue  # an empty line
            label = f'Aftale {n} ("{a.title.strip()[:40]}")' if a.title.strip() else f"Aftale {n}"
            if not a.title.strip():
                errors[f"agreement:{a.id}"] = f"{label}: beskriv hvad der er aftalt."
                continue
            try:
                due = self.resolve_due(day, a.due_text)
            except DateParseError as e:
                errors[f"agreement:{a.id}"] = f"{label}: {e}"
                continue
            if due is None:
                errors[f"agreement:{a.id}"] = f'{label}: angiv en frist, fx "+3 arbejdsdage" eller "24.11.2026".'
                continue
            pending.append((a, due))
        return errors, pending

    @staticmethod
    def summary_text(fill: GuideFillDTO, status: str = "afholdt") -> str:
        """The contact-history entry for a registered visit, in Danish."""
        o = fill.outcome
        head = "Besøg afholdt telefonisk" if status == "afholdt_telefonisk" else "Besøg afholdt"
        touched = sum(1 for sec in fill.version.sections if fill.touched.get(sec.key))
        lines = [f"{head} ({fill.version.name}, version {fill.version.version}): {touched} af "
                 f"{len(fill.version.sections)} temaer berørt."]
        if o.summary:
            lines.append(o.summary)
        if o.labour_need:
            need = f"Behov for arbejdskraft: {LABOUR_NEED.label(o.labour_need).lower()}"
            extra = "; ".join(x for x in (o.labour_need_when, o.labour_need_why) if x)
            lines.append(need + (f" ({extra})." if extra else "."))
        if o.schemes:
            lines.append("Ordninger præsenteret: " + ", ".join(SCHEME_PRESENTED.label(c) for c in o.schemes) + ".")
        materials = [MATERIAL.label(c) for c in o.materials] + ([o.material_other] if o.material_other else [])
        if materials:
            lines.append("Materiale udleveret: " + ", ".join(materials) + ".")
        agreed = [a for a in fill.agreements if a.title.strip()]
        if agreed:
            lines.append("Aftaler: " + "; ".join(
                f"{PROMISED_BY.label(a.promised_by)}: {a.title.strip()}"
                + (f" (senest {format_date(a.due_date)})" if a.due_date else "") for a in agreed) + ".")
        lines.append("Se den udfyldte besøgsguide.")
        return "\n".join(lines)

    def unfinished(self, consultant_id: uuid.UUID | None, limit: int = 5) -> list:
        """Guides this consultant has started filling but not registered (newest save first)."""
        from jobcrm.services.visits import visit_dtos

        if consultant_id is None:
            return []
        with self._ctx.sessions() as s:
            visits = s.scalars(select(Visit).where(
                Visit.consultant_id == consultant_id, Visit.guide_started_at.is_not(None),
                Visit.registered_at.is_(None), Visit.status == "planlagt", Visit.deleted_at.is_(None))
                .order_by(Visit.guide_saved_at.desc().nulls_last()).limit(limit)).all()
            return visit_dtos(s, visits)

    @staticmethod
    def changes_after_register(result: RegisterResult) -> ChangeSet:
        related = [ChangeSet("company", (result.visit.company_id,), "update"),
                   ChangeSet("contact", (result.contact_id,), "create")]
        if result.promise_ids:
            related.append(ChangeSet("promise", result.promise_ids, "create"))
        return ChangeSet("visit", (result.visit.id,), "update", tuple(related))

