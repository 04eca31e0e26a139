"""The Praktikpræsentation ("Præsentation af praktikvirksomheden", seed 003 Appendix D; PRODUCT.md §6):
a friendly handout for the citizen and the company — the company, the contact person/mentor with a
photo when there is one, mødetider, fraværs- and alkoholpolitik, the job centre's contact person, the
tasks (stillingsbeskrivelse, kvalifikationer, særlige forhold), what the company offers, and — when a
placement exists — the first day: when, where, whom to ask for and what to bring.

`content()` turns the DTOs into plain sections (no reportlab), which both the PDF and the UI's
preview show, so the preview says exactly what the paper will say.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from jobcrm.domain.dates import format_date
from jobcrm.domain.vocab import MENTOR_KIND, SCHEME
from jobcrm.errors import ValidationError
from jobcrm.services.slot_dto import MentorDTO, PlacementDTO, SlotDetail

CLOSING = ("Har du spørgsmål, før du starter, så ring til din kontaktperson i jobcentret. Vi glæder os til at "
           "høre, hvordan det går.")
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


@dataclass(frozen=True)
class PresentationData:
    slot: SlotDetail
    placement: PlacementDTO | None
    mentor: MentorDTO | None
    photo: bytes | None
    printed_on: dt.date


@dataclass(frozen=True)
class Section:
    heading: str
    rows: tuple[tuple[str, str], ...] = ()  # (label, text); an empty label makes a plain paragraph


@dataclass(frozen=True)
class Content:
    title: str
    subtitle: str
    first_day: tuple[tuple[str, str], ...]  # empty without a placement
    first_day_heading: str
    mentor_heading: str
    mentor_lines: tuple[str, ...]  # name first
    mentor_text: str | None
    sections: tuple[Section, ...] = field(default_factory=tuple)


def long_day(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {format_date(day)}"


def load(services, slot_id, placement_id=None) -> PresentationData:
    """Gather what the handout shows through the services (no session here)."""
    slot = services.slots.get(slot_id)
    placement = None
    if placement_id is not None:
        placement = services.placements.get(placement_id)
        if placement.slot_id != slot.id:
            raise ValidationError.single("placement", "Forløbet hører ikke til denne plads.")
    # The placement's mentor, else the slot's — a colleague at the company before an external mentor.
    ordered = sorted(slot.mentors, key=lambda m: (m.company_id != slot.company_id, m.name))
    mentor_id = placement.mentor_id if placement and placement.mentor_id else (ordered[0].id if ordered else None)
    mentor, photo = (services.mentors.with_photo(mentor_id) if mentor_id else (None, None))
    return PresentationData(slot, placement, mentor, photo, services.ctx.clock.today())


def _join(*parts: str | None, sep: str = "\n") -> str:
    return sep.join(p.strip() for p in parts if p and p.strip())


def content(data: PresentationData) -> Content:
    s, p, m = data.slot, data.placement, data.mentor
    working_hours = s.working_hours or s.company_working_hours
    where = s.place
    first_day: list[tuple[str, str]] = []
    if p is not None:
        when = long_day(p.start_date).capitalize()
        if p.first_day_time:
            when += f" {p.first_day_time}" if p.first_day_time.lower().startswith("kl") else f" kl. {p.first_day_time}"
        first_day.append(("Hvornår", when))
        first_day.append(("Hvor", _join(p.meeting_point, f"{s.company_name}, {where}" if where else s.company_name)))
        ask = p.ask_for or (m.name if m else None)
        if ask:
            phone = m.phone if m and m.name == ask and m.phone else None
            first_day.append(("Spørg efter", ask + (f" (telefon {phone})" if phone else "")))
        if working_hours:
            first_day.append(("Mødetider", working_hours))
        if s.what_to_bring:
            first_day.append(("Tag med", s.what_to_bring))
        period = f"{format_date(p.start_date)} – {format_date(p.planned_end)}"
        if p.hours_per_week:
            period += f", {p.hours_per_week} timer om ugen"
        first_day.append(("Forløbet", period))
    mentor_lines: list[str] = []
    if m is not None:
        mentor_lines.append(m.name)
        role = m.title or MENTOR_KIND.label(m.kind)
        mentor_lines.append(_join(role, m.where, sep=", "))
        contact = _join(f"Telefon {m.phone}" if m.phone else None, m.email, sep=" · ")
        if contact:
            mentor_lines.append(contact)
    sections = [
        Section("Om virksomheden", tuple(x for x in (
            ("", s.company_core_business or ""),
            ("Adresse", where if p is None else ""),
        ) if x[1])),
        Section("Dine arbejdsopgaver", tuple(x for x in (
            ("Stillingsbeskrivelse", s.tasks or ""),
            ("Det er godt, hvis du kan", s.qualifications or ""),
            ("Særlige forhold og hensyn", s.special_conditions or ""),
        ) if x[1])),
        Section("Det kan virksomheden tilbyde dig", (("", s.opportunities),) if s.opportunities else ()),
        Section("Praktiske oplysninger", tuple(x for x in (
            ("Mødetider", working_hours if p is None and working_hours else ""),  # else in the first-day box
            ("Timer om ugen", str(s.hours_per_week) if s.hours_per_week and p is None else ""),
            ("Hvis du er syg eller forhindret", s.absence_handling or ""),
            ("Fraværspolitik", s.company_absence_policy or ""),
            ("Alkoholpolitik", s.company_alcohol_policy or ""),
            ("Det skal du have med", s.what_to_bring if p is None and s.what_to_bring else ""),
        ) if x[1])),
        Section("Din kontaktperson i jobcentret", (("", _join(
            s.responsible_name, f"telefon {s.responsible_phone}" if s.responsible_phone else None,
            s.responsible_email, sep=" · ")), ("", CLOSING)) if s.responsible_name else (("", CLOSING),)),
    ]
    title = f"Velkommen til {s.company_name}"
    subtitle = f"{SCHEME.label(s.scheme)}: {s.title}"
    return Content(
        title=title, subtitle=subtitle, first_day=tuple(first_day),
        first_day_heading=f"Din første dag, {p.candidate_ref}" if p is not None and p.candidate_ref else "Din første dag",
        mentor_heading="Din kontaktperson og mentor på arbejdspladsen" if m else "",
        mentor_lines=tuple(mentor_lines), mentor_text=m.presentation if m else None,
        sections=tuple(x for x in sections if x.rows),
    )


# --- the PDF -------------------------------------------------------------------------------------------
def render_pdf(data: PresentationData) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Image, KeepTogether, Table, TableStyle

    from jobcrm.pdf import base

    c = content(data)
    big = base._style("pres_big", fontSize=12.5, leading=16.5)
    big_label = base._style("pres_big_label", fontName=base.FONT_BOLD, fontSize=12.5, leading=16.5,
                            textColor=base.ACCENT)
    h = base._style("pres_h", fontName=base.FONT_BOLD, fontSize=13.5, leading=17, spaceBefore=8, spaceAfter=3,
                    textColor=base.ACCENT)
    body = base._style("pres_body", fontSize=11, leading=15)
    label = base._style("pres_label", fontName=base.FONT_BOLD, fontSize=10.5, leading=14)
    title = base._style("pres_title", fontName=base.FONT_BOLD, fontSize=22, leading=26, textColor=base.ACCENT)
    sub = base._style("pres_sub", fontSize=13, leading=17, textColor=base.MUTED, spaceAfter=6)

    from reportlab.platypus import Paragraph

    def P(text, style):  # noqa: N802 - user text, always escaped
        return Paragraph(base.text(text), style)

    story: list = [P(c.title, title), P(c.subtitle, sub)]

    if c.first_day:
        rows = [[P(c.first_day_heading, base._style("pres_box_h", fontName=base.FONT_BOLD, fontSize=15,
                                                       leading=19, textColor=colors.white)), ""]]
        rows += [[P(k, big_label), P(v, big)] for k, v in c.first_day]
        box = Table(rows, colWidths=[38 * mm, base.CONTENT_WIDTH - 38 * mm], hAlign="LEFT")
        box.setStyle(TableStyle([
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), base.ACCENT),
            ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#eaf2fb")),
            ("BOX", (0, 0), (-1, -1), 1, base.ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ]))
        story += [box, base.spacer(3)]

    if c.mentor_lines:
        photo_w = 30 * mm
        if data.photo:
            from reportlab.lib.utils import ImageReader

            reader = ImageReader(io.BytesIO(data.photo))
            iw, ih = reader.getSize()
            scale = photo_w / max(iw, ih)  # never taller than wide: the page stays one page
            picture: Flowable = Image(io.BytesIO(data.photo), width=iw * scale, height=ih * scale)
        else:
            picture = _Initials(c.mentor_lines[0], photo_w)
        lines = [P(c.mentor_lines[0], base._style("pres_m_name", fontName=base.FONT_BOLD, fontSize=14,
                                                  leading=18))]
        lines += [P(x, body) for x in c.mentor_lines[1:]]
        if c.mentor_text:
            lines += [base.spacer(2), P(c.mentor_text, body)]
        card = Table([[picture, lines]], colWidths=[photo_w + 6 * mm, base.CONTENT_WIDTH - photo_w - 6 * mm],
                     hAlign="LEFT")
        card.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        story.append(KeepTogether([P(c.mentor_heading, h), card]))

    label_w = 46 * mm
    for section in c.sections:
        parts: list = [P(section.heading, h)]
        plain = [v for k, v in section.rows if not k]
        labelled = [(k, v) for k, v in section.rows if k]
        parts += [P(v, body) for v in plain]
        if labelled:
            if plain:
                parts.append(base.spacer(1.5))
            t = Table([[P(k, label), P(v, body)] for k, v in labelled],
                      colWidths=[label_w, base.CONTENT_WIDTH - label_w], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                   ("LINEBELOW", (0, 0), (-1, -2), 0.3, base.SHADE)]))
            parts.append(t)
        story.append(KeepTogether(parts))
    return base.render(story, title=f"Praktikpræsentation – {data.slot.company_name}",
                       footer=f"Praktikpræsentation · {data.slot.company_name} · {data.slot.title}",
                       printed_on=data.printed_on)


def _Initials(name: str, size: float):  # noqa: N802 - a Flowable factory
    """A calm disc with the mentor's initials where there is no photo."""
    from reportlab.platypus import Flowable

    from jobcrm.pdf import base

    initials = "".join(w[0] for w in name.split()[:2]).upper()

    class Disc(Flowable):
        def wrap(self, aw, ah):
            return size, size

        def draw(self):
            cv = self.canv
            cv.setFillColor(base.SHADE)
            cv.setStrokeColor(base.RULE)
            cv.circle(size / 2, size / 2, size / 2 - 1, stroke=1, fill=1)
            cv.setFillColor(base.ACCENT)
            cv.setFont(base.FONT_BOLD, size * 0.36)
            cv.drawCentredString(size / 2, size / 2 - size * 0.13, base.text(initials))

    return Disc()
