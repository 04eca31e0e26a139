"""Besøgsforberedelse (the visit brief) on paper: what to read before the visit and take along
(PRODUCT.md §7): company facts, contact persons, the last contacts, open promises both ways, other planned
visits, open job orders, slots and running placements, and the previous guide's answers with "ændringer siden sidst" (with room to write what changed)."""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Table, TableStyle

from jobcrm.domain.dates import format_date, format_datetime
from jobcrm.domain.vocab import (
    AGREEMENT,
    CHANNEL,
    ORDER_STATUS,
    PERSON_ROLE,
    PLACEMENT_STATUS,
    RELATIONSHIP,
    SCHEME,
    SLOT_STATUS,
    VISIT_TYPE,
)
from jobcrm.pdf.base import CONTENT_WIDTH, RULE, SHADE, WARN, field_table, grid_table, para, render, spacer
from jobcrm.pdf.guide import write_area
from jobcrm.services.visit_dto import BriefDTO

THEME = colors.HexColor("#e3ecf7")
STATE_TEXT = {"ny": "Nyt", "aendret": "Ændret", "uaendret": "Uændret", "fjernet": "Ikke besvaret nu",
              "sidst": ""}


def _warning_box(value: str) -> Table:
    t = Table([[para(value, "warning")]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, WARN), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def changes_table(changes, started: bool) -> Table:
    """The previous answers grouped by theme (a shaded row per theme); with this visit's answers and the
    state when the guide has been started, else with an empty column to write what changed."""
    w = CONTENT_WIDTH
    if started:
        header, widths = ["Punkt", "Sidst", "Nu", "Status"], [w * 0.3, w * 0.3, w * 0.28, w * 0.12]
    else:
        header, widths = ["Punkt", "Svar sidst", "Ændret siden sidst?"], [w * 0.32, w * 0.38, w * 0.3]
    data = [[para(h, "cell_bold") for h in header]]
    style = [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("GRID", (0, 0), (-1, -1), 0.4, RULE),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    section = None
    for x in changes:
        if x.section != section:
            section = x.section
            data.append([para(section, "cell_bold")] + [""] * (len(header) - 1))
            r = len(data) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), THEME)]
        if started:
            data.append([para(x.item, "cell"), para(x.before, "cell"), para(x.after or "", "cell"),
                         para(STATE_TEXT[x.state], "cell_bold" if x.state in ("ny", "aendret") else "cell")])
        else:
            data.append([para(x.item, "cell"), para(x.before, "cell"), ""])
    t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    return t


def work_story(b: BriefDTO, today: dt.date) -> list:
    """Åbne jobordrer, pladser og igangværende forløb hos virksomheden."""
    w = CONTENT_WIDTH
    story = [CondPageBreak(40 * mm), para("Jobordrer, pladser og forløb", "h1"),
             para(f"Åbne jobordrer ({len(b.open_orders)})", "h2")]
    if b.open_orders:
        story.append(grid_table(
            ["Stilling", "Status", "Tilbagemelding senest", "Modtaget", "Cv'er", "Tovholder"],
            [[o.title or "(uden titel)", ORDER_STATUS.label(o.status),
              (format_date(o.feedback_deadline) + (" OVERSKREDET" if o.feedback_deadline < today else ""))
              if o.feedback_deadline else "",
              format_date(o.received_on), f"{o.cvs_sent}/{o.cvs_wanted}" if o.cvs_wanted else str(o.cvs_sent),
              o.owner_initials or ""] for o in b.open_orders],
            [w * 0.3, w * 0.17, w * 0.18, w * 0.13, w * 0.09, w * 0.13]))
    else:
        story.append(para("Ingen åbne jobordrer.", "small"))
    story.append(CondPageBreak(25 * mm))  # keep the heading with its first rows
    story.append(para(f"Pladser ({len(b.slots)})", "h2"))
    if b.slots:
        story.append(grid_table(
            ["Plads", "Ordning", "Ledige", "Status", "Mentor", "Ansvarlig"],
            [[x.title, SCHEME.label(x.scheme), f"{x.free} af {x.capacity}", SLOT_STATUS.label(x.status),
              ", ".join(x.mentor_names), x.responsible_initials or ""] for x in b.slots],
            [w * 0.25, w * 0.2, w * 0.1, w * 0.1, w * 0.22, w * 0.13]))
    else:
        story.append(para("Ingen åbne pladser.", "small"))
    story.append(CondPageBreak(25 * mm))  # keep the heading with its first rows
    story.append(para(f"Igangværende og planlagte forløb ({len(b.placements)})", "h2"))
    if b.placements:
        story.append(grid_table(
            ["Kandidat", "Plads", "Start", "Planlagt slut", "Status", "Mentor", "Ansvarlig"],
            [[p.candidate_ref or "", f"{p.slot_title} ({SCHEME.label(p.scheme)})", format_date(p.start_date),
              format_date(p.planned_end), PLACEMENT_STATUS.label(p.status), p.mentor_name or "",
              p.responsible_initials or ""] for p in b.placements],
            [w * 0.12, w * 0.24, w * 0.13, w * 0.13, w * 0.11, w * 0.16, w * 0.11]))
    else:
        story.append(para("Ingen igangværende forløb.", "small"))
    return story


def brief_story(b: BriefDTO, today: dt.date) -> list:
    v, c = b.visit, b.company
    start, end = v.start_at.astimezone(), v.end_at.astimezone()
    when = f"{format_date(start.date())} kl. {start:%H:%M}–{end:%H:%M}"
    story = [para("Besøgsforberedelse", "title"),
             para(f"{c.name} · {when} · {VISIT_TYPE.label(v.visit_type)} · {v.consultant_initials}", "subtitle")]
    if c.special_notes:
        story += [_warning_box(f"Særlige forhold: {c.special_notes}"), spacer(2)]

    consultants = ", ".join([f"{v.consultant_initials} ({v.consultant_name})", *(i for _, i in v.other_consultants)])
    rows = [("Tidspunkt", when), ("Sted", v.place or v.company_address or ""),
            ("Besøgstype", VISIT_TYPE.label(v.visit_type)),
            ("Besøgsguide", f"{v.template_name}" + (f" (version {v.template_version})" if v.template_version else "")),
            ("Konsulent", consultants),
            ("Kontaktpersoner" if len(v.contact_person_names) > 1 else "Kontaktperson", ", ".join(v.contact_person_names))]
    if v.note:
        rows.append(("Formål / note", v.note))
    town = " ".join(x for x in (c.postal_code, c.city) if x)
    facts = [("CVR", c.cvr), ("P-nummer", c.p_number), ("Adresse", ", ".join(x for x in (c.address, town) if x)),
             ("Telefon", c.phone), ("E-mail", c.email), ("Web", c.web), ("Branche", c.industry),
             ("Antal ansatte", str(c.employees) if c.employees is not None else None),
             ("Tovholder", f"{c.owner_initials} ({c.owner_name})" if c.owner_initials else None),
             ("Relation", RELATIONSHIP.label(c.relationship_status)), ("Aftaletype", AGREEMENT.label(c.agreement_type)),
             ("Seneste kontakt", format_datetime(c.last_contact_at))]
    half = (CONTENT_WIDTH - 6 * mm) / 2
    top = Table([[para("Besøget", "h1"), "", para("Virksomheden", "h1")],
                 [field_table([r for r in rows if r[1]], 31 * mm, half), "",
                  field_table([(k, x) for k, x in facts if x], 27 * mm, half)]],
                colWidths=[half, 6 * mm, half], hAlign="LEFT")
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(top)
    more = [("Kerneydelse/historik", c.core_business), ("Mødetider", c.working_hours),
            ("Fraværspolitik", c.absence_policy), ("Alkoholpolitik", c.alcohol_policy)]
    if any(x for _, x in more):
        story += [spacer(2), field_table([(k, x) for k, x in more if x], 42 * mm)]

    story.append(para("Kontaktpersoner", "h1"))
    persons = [p for p in c.contact_persons if p.active]
    if persons:
        w = CONTENT_WIDTH
        story.append(grid_table(
            ["Navn", "Stilling", "Telefon", "E-mail", "Rolle"],
            [[p.name + (" (primær)" if p.is_primary else ""), p.title or "",
              " / ".join(x for x in (p.phone, p.mobile) if x), p.email or "", PERSON_ROLE.label(p.role)]
             for p in persons],
            [w * 0.24, w * 0.2, w * 0.2, w * 0.24, w * 0.12]))
    else:
        story.append(para("Ingen aktive kontaktpersoner.", "small"))

    story.append(CondPageBreak(40 * mm))
    story.append(para("Åbne aftaler", "h1"))
    w = CONTENT_WIDTH
    for label, promises in (("Vi har lovet", b.promises_ours), ("Virksomheden har lovet", b.promises_theirs)):
        story.append(para(f"{label} ({len(promises)})", "h2"))
        if promises:
            story.append(grid_table(
                ["Frist", "Hvad", "Ansvarlig"],
                [[format_date(p.due_date) + (" OVERSKREDET" if p.due_date < today else ""), p.title,
                  p.responsible_initials] for p in promises],
                [w * 0.22, w * 0.63, w * 0.15]))
        else:
            story.append(para("Ingen.", "small"))

    story.append(CondPageBreak(40 * mm))
    story.append(para("Seneste kontakter", "h1"))
    if b.last_contacts:
        story.append(grid_table(
            ["Dato", "Kanal", "Kons.", "Referat"],
            [[format_datetime(x.occurred_at), CHANNEL.label(x.channel), x.consultant_initials or "",
              " ".join(x.summary.split())[:400]] for x in b.last_contacts],
            [w * 0.18, w * 0.12, w * 0.08, w * 0.62]))
    else:
        story.append(para("Ingen kontakter endnu.", "small"))

    if b.other_visits:
        story.append(para("Andre planlagte besøg hos virksomheden", "h2"))
        story.append(grid_table(
            ["Dato", "Type", "Konsulent"],
            [[format_datetime(r.start_at), VISIT_TYPE.label(r.visit_type), r.consultant_initials]
             for r in b.other_visits], [w * 0.25, w * 0.55, w * 0.2]))
    story += work_story(b, today)

    story.append(CondPageBreak(60 * mm))
    story.append(para("Ændringer siden sidst", "h1"))
    if b.previous_visit is None:
        story.append(para("Der er ingen tidligere udfyldt besøgsguide for virksomheden – det er første registrerede "
                          "besøg.", "body"))
    else:
        pv = b.previous_visit
        story.append(para(
            f"Sidste besøg: {format_datetime(pv.start_at)} ({VISIT_TYPE.label(pv.visit_type)}, "
            f"{pv.consultant_initials}), guide: {pv.template_name} version {pv.template_version}. "
            f"Kontakter siden da: {b.contacts_since_previous}.", "body"))
        story.append(spacer(1))
        started = any(x.state != "sidst" for x in b.changes)
        if not b.changes:
            story.append(para("Sidste guide har ingen svar.", "small"))
        else:
            if not started:
                story.append(para("Svarene fra sidste besøg – spørg ind til, hvad der har ændret sig, og skriv det i "
                                  "kolonnen til højre.", "small"))
            story.append(changes_table(b.changes, started))
    story += [CondPageBreak(40 * mm), para("Noter til besøget", "h1"), write_area(6)]
    return story


def brief_pdf(b: BriefDTO, printed_on: dt.date) -> bytes:
    day = format_date(b.visit.start_at.astimezone().date())
    return render(brief_story(b, printed_on), title=f"Besøgsforberedelse – {b.company.name} {day}",
                  footer=f"JobCRM · Besøgsforberedelse · {b.company.name} · {day}", printed_on=printed_on)
