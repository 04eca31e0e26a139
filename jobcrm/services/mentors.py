"""Mentors (PRODUCT.md §6): the register with competences, mentee count against the maximum, an optional
photo, and the coverage of competences across the team's mentor corps ("so the whole mentor corps can
meet the citizens' needs", seed 003 L1185–1187)."""

from __future__ import annotations

import datetime as dt
import io
import uuid

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, undefer

from jobcrm.domain import validation as v
from jobcrm.domain.vocab import MENTOR_COMPETENCE, MENTOR_KIND
from jobcrm.errors import NotFound, ValidationError
from jobcrm.models import Company, Mentor
from jobcrm.models.slot import MAX_PHOTO_BYTES
from jobcrm.services import slot_queries as q
from jobcrm.services.changes import ChangeSet
from jobcrm.services.context import ServiceContext
from jobcrm.services.settings import SettingsService
from jobcrm.services.slot_dto import CoverageRow, MentorDTO, MentorInput
from jobcrm.services.slots import clean_date

MENTOR_LABELS = {"name": "Navn", "kind": "Mentortype", "organisation": "Organisation", "title": "Stilling",
                 "phone": "Telefon", "email": "E-mail", "competences": "Kompetencer", "course_date": "Mentorkursus",
                 "max_mentees": "Højst antal mentees", "presentation": "Præsentation", "photo": "Foto"}
MAX_PHOTO_INPUT = 15 * 1024 * 1024  # a photo file larger than this is refused before decoding
PHOTO_EDGE = 360  # pixels, square: enough for a 30 mm print at ~300 dpi


def validate_mentor(data: MentorInput, today: dt.date, calendar) -> dict:
    errors: dict[str, str] = {}
    out: dict = {}
    name = (data.name or "").strip()
    if not name:
        errors["name"] = "Mentorens navn skal udfyldes."
    elif v.looks_like_cpr(name):
        errors["name"] = "Navnet ser ud til at indeholde et CPR-nummer."
    out["name"] = name
    kind = data.kind if data.kind in MENTOR_KIND else MENTOR_KIND.lookup(data.kind or "")
    if kind is None:
        errors["kind"] = f'Mentortype "{data.kind}" findes ikke.'
    out["kind"] = kind
    for key in ("organisation", "title", "presentation"):
        value = (getattr(data, key) or "").strip() or None
        if v.looks_like_cpr(value):
            errors[key] = f"{MENTOR_LABELS[key]} ser ud til at indeholde et CPR-nummer."
        out[key] = value
    for key, fn in (("phone", v.clean_phone), ("email", v.clean_email)):
        try:
            out[key] = fn(getattr(data, key), MENTOR_LABELS[key])
        except ValueError as e:
            errors[key] = str(e)
    codes = []
    for c in data.competences:
        code = c if c in MENTOR_COMPETENCE else MENTOR_COMPETENCE.lookup(c)
        if code is None:
            errors["competences"] = f'Kompetencen "{c}" findes ikke.'
        elif code not in codes:
            codes.append(code)
    out["competences"] = ",".join(codes) or None
    try:
        out["course_date"] = clean_date(data.course_date, MENTOR_LABELS["course_date"], today, calendar)
    except ValueError as e:
        errors["course_date"] = str(e)
    try:
        text = str(data.max_mentees).strip()
        out["max_mentees"] = int(text)
        if not 1 <= out["max_mentees"] <= 30:
            errors["max_mentees"] = "Højst antal mentees skal være mellem 1 og 30."
    except ValueError:
        errors["max_mentees"] = f'Højst antal mentees skal være et helt tal (fik "{data.max_mentees}").'
    out["company_id"] = data.company_id
    if kind == "kollega" and data.company_id is None and "kind" not in errors:
        errors["company_id"] = "En virksomhedsmentor er ansat i en virksomhed: vælg virksomheden."
    if errors:
        raise ValidationError(errors)
    return out


def normalise_photo(data: bytes) -> bytes:
    """Any common image (JPEG, PNG, …) as a small JPEG for storage and printing; refuses what is not an
    image or too large (Danish message)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not data:
        raise ValidationError.single("photo", "Filen er tom.")
    if len(data) > MAX_PHOTO_INPUT:
        raise ValidationError.single("photo", "Billedet er for stort (højst 15 MB).")
    try:
        with Image.open(io.BytesIO(data)) as img:
            img = ImageOps.exif_transpose(img)
            img = img.convert("RGB")
            edge = min(PHOTO_EDGE, *img.size)
            # A square portrait, cut a little above the middle (where faces usually are).
            img = ImageOps.fit(img, (edge, edge), Image.Resampling.LANCZOS, centering=(0.5, 0.35))
            for quality in (85, 70, 55, 40):
                out = io.BytesIO()
                img.save(out, "JPEG", quality=quality, optimize=True)
                if out.tell() <= MAX_PHOTO_BYTES:
                    return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError.single("photo", "Filen er ikke et billede, JobCRM kan læse (brug JPEG eller PNG).") \
            from None
    raise ValidationError.single("photo", "Billedet kan ikke gøres lille nok til at gemme.")


class MentorService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService):
        self._ctx = ctx
        self._settings = settings

    def create(self, data: MentorInput, photo: bytes | None = None) -> MentorDTO:
        values = validate_mentor(data, self._ctx.clock.today(), self._settings.calendar())
        jpeg = normalise_photo(photo) if photo else None
        with self._ctx.sessions.begin() as s:
            self._check_company(s, values["company_id"])
            m = Mentor(**values, photo=jpeg, photo_type="image/jpeg" if jpeg else None)
            self._ctx.stamp_create(m)
            s.add(m)
            s.flush()
            mid = m.id
        return self.get(mid)

    def update(self, mentor_id: uuid.UUID, data: MentorInput) -> MentorDTO:
        values = validate_mentor(data, self._ctx.clock.today(), self._settings.calendar())
        with self._ctx.sessions.begin() as s:
            m = self._live(s, mentor_id)
            self._check_company(s, values["company_id"])
            for key, value in values.items():
                setattr(m, key, value)
            self._ctx.stamp_update(m)
        return self.get(mentor_id)

    def set_photo(self, mentor_id: uuid.UUID, photo: bytes | None) -> ChangeSet:
        """A new photo (any JPEG/PNG, scaled down), or None to remove it."""
        jpeg = normalise_photo(photo) if photo else None
        with self._ctx.sessions.begin() as s:
            m = self._live(s, mentor_id)
            m.photo = jpeg
            m.photo_type = "image/jpeg" if jpeg else None
            self._ctx.stamp_update(m)
        return ChangeSet("mentor", (mentor_id,), "update")

    def photo(self, mentor_id: uuid.UUID) -> bytes | None:
        with self._ctx.sessions() as s:
            return s.scalar(select(Mentor.photo).where(Mentor.id == mentor_id, Mentor.deleted_at.is_(None)))

    def delete(self, mentor_id: uuid.UUID) -> ChangeSet:
        with self._ctx.sessions.begin() as s:
            m = self._live(s, mentor_id)
            m.deleted_at = self._ctx.clock.utcnow()
            self._ctx.stamp_update(m)
        return ChangeSet("mentor", (mentor_id,), "delete")

    # --- reading -------------------------------------------------------------------------------
    def get(self, mentor_id: uuid.UUID) -> MentorDTO:
        with self._ctx.sessions() as s:
            m = self._live(s, mentor_id)
            return q.mentor_dtos(s, [m], self._ctx.clock.today())[0]

    def list(self, text: str = "", *, company_id: uuid.UUID | None = None, offset: int = 0,
             limit: int = 200) -> list[MentorDTO]:
        """Mentors by name, a page at a time (LIMIT in SQL); `company_id` puts that company's first."""
        stmt = (select(Mentor).outerjoin(Company, Company.id == Mentor.company_id)
                .where(Mentor.deleted_at.is_(None)))
        text = (text or "").strip()
        if text:
            like = f"%{text}%"
            stmt = stmt.where(or_(Mentor.name.ilike(like), Mentor.organisation.ilike(like), Company.name.ilike(like)))
        order = [Mentor.name, Mentor.id]
        if company_id is not None:
            order.insert(0, (Mentor.company_id == company_id).desc())
        with self._ctx.sessions() as s:
            mentors = list(s.scalars(stmt.order_by(*order).offset(offset).limit(limit)))
            return q.mentor_dtos(s, mentors, self._ctx.clock.today())

    def count(self) -> int:
        with self._ctx.sessions() as s:
            return s.scalar(select(func.count()).select_from(Mentor).where(Mentor.deleted_at.is_(None)))

    def coverage(self) -> list[CoverageRow]:
        """For each competence of the checklist: the mentors who have it and how many can take one
        more mentee. A competence with no mentor is what the team should recruit for."""
        today = self._ctx.clock.today()
        with self._ctx.sessions() as s:
            rows = s.execute(select(Mentor.id, Mentor.name, Mentor.competences, Mentor.max_mentees)
                             .where(Mentor.deleted_at.is_(None)).order_by(Mentor.name)).all()
            counts = q.active_mentees(s, [r[0] for r in rows], today)
        out = []
        for term in MENTOR_COMPETENCE:
            having = [r for r in rows if term.code in (r[2] or "").split(",")]
            room = sum(1 for r in having if counts.get(r[0], 0) < r[3])
            out.append(CoverageRow(term.code, term.da, tuple(r[1] for r in having), room))
        return out

    def with_photo(self, mentor_id: uuid.UUID) -> tuple[MentorDTO, bytes | None]:
        with self._ctx.sessions() as s:
            m = s.scalar(select(Mentor).options(undefer(Mentor.photo)).where(Mentor.id == mentor_id))
            if m is None or m.deleted_at is not None:
                raise NotFound("Mentoren findes ikke.")
            return q.mentor_dtos(s, [m], self._ctx.clock.today())[0], m.photo

    @staticmethod
    def _live(s: Session, mentor_id: uuid.UUID) -> Mentor:
        m = s.get(Mentor, mentor_id)
        if m is None or m.deleted_at is not None:
            raise NotFound("Mentoren findes ikke.")
        return m

    @staticmethod
    def _check_company(s: Session, company_id: uuid.UUID | None) -> None:
        if company_id is not None:
            c = s.get(Company, company_id)
            if c is None or c.deleted_at is not None:
                raise ValidationError.single("company_id", "Virksomheden findes ikke.")
