"""Ordreblanket — the printed job order form, laid out like Job- og Vækstcenter Middelfart's form (seed 003,
Appendix C): the company block (Firma, CVR, Adresse, Antal ansatte, Kontaktperson, Tlf., Mobil, Mail),
"Tilbyder" and "Timetal" as tick boxes, Stillingsbetegnelse, Ansættelsesdato, the job fields, the
requirements with their priority (Ufravigelig / Knap så vigtig), the contact form and the feedback
deadline, "Firmaet ønsker kontakt/yderligere information om", two "Dato" fields and the two signatures
(Virksomhedskonsulent; Kontaktansvarlig sagsbehandler/konsulent). Page 2 is "Kontakter med virksomheden"
(Dato / Sagsbehandler / Kommentarer), filled from the company's contact history with blank rows to
write on.

Every field is printed as a label with a ruled line, so the same layout serves a filled order and the
blank form taken to a visit: what is known is printed on the line, what is not is left to write on.
Long texts wrap inside their box and flow onto the next page; nothing is cut off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from jobcrm.domain.dates import format_date
from jobcrm.domain.order_rules import REQUIRED_KINDS
from jobcrm.domain.vocab import (
    CHANNEL,
    CONTACT_FORM,
    EMPLOYMENT,
    ORDER_HOURS,
    ORDER_OFFER,
    ORDER_STATUS,
    PRIORITY,
    REQUIREMENT_KIND,
)
from jobcrm.pdf.base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    PAGE,
    RULE,
    SHADE,
    STYLES,
    CheckBox,
    WriteLines,
    para,
    render,
    spacer,
    text,
)

W = CONTENT_WIDTH
BLANK_CONTACT_ROWS = 4  # at least this many empty rows on page 2 (more when the page has room)
BLANK_CONTACTS_ROOM = 175 * mm  # the blank form's contact log: on page 2 under the signatures
LINE = 0.6  # width of the ruled fill-in lines
META = ParagraphStyle("order_meta", parent=STYLES["small"], alignment=TA_RIGHT)


def _name(person) -> str:
    return person.name if person else ""


def _value(v) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.date):
        return format_date(v)
    return str(v)


def line_row(cells: Sequence[tuple[str, object, float]], label_widths: Sequence[float] | None = None) -> Table:
    """One line of the form: "Label: value____  Label: value____", each value on a ruled line.
    `cells` are (label, value, share of the width); labels get just the room they need."""
    widths: list[float] = []
    data: list = []
    total = sum(share for _l, _v, share in cells)
    for i, (label, value, share) in enumerate(cells):
        part = W * share / total
        lw = label_widths[i] if label_widths else min(part * 0.6, stringWidth(label, FONT_BOLD, 9) + 8)
        widths += [lw, part - lw]
        data += [para(label, "label"), para(_value(value), "cell")]
    t = Table([data], colWidths=widths, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 3.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for i in range(len(cells)):
        style.append(("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), LINE, RULE))
    t.setStyle(TableStyle(style))
    return t


def ticks(label: str, options: Sequence[tuple[str, bool]], per_row: int, label_width: float = 30 * mm) -> Table:
    """"Tilbyder:  ☐ Ordinær beskæftigelse  ☒ Virksomhedspraktik …" — tick boxes in columns as wide as their
    longest label needs (labels still wrap when a column cannot get that much)."""
    box = 5.5 * mm
    need = [0.0] * per_row
    for i, (text_, _checked) in enumerate(options):
        need[i % per_row] = max(need[i % per_row], box + stringWidth(text_, FONT, 9) + 4)
    room = W - label_width
    extra = (room - sum(need)) / per_row
    widths = [n + extra for n in need] if extra >= 0 else [room / per_row] * per_row
    cells = []
    for i, (text_, checked) in enumerate(options):
        cell_w = widths[i % per_row]
        inner = Table([[CheckBox("", checked), para(text_, "cell")]], colWidths=[box, cell_w - box])
        inner.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        cells.append(inner)
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    for r in rows:
        r.extend([""] * (per_row - len(r)))
    data = [[para(label, "label") if n == 0 else "", *r] for n, r in enumerate(rows)]
    t = Table(data, colWidths=[label_width, *widths], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def text_box(label: str, value: str | None, blank_lines: int = 3, width: float = W) -> list:
    """A labelled field for longer text: the text wraps inside a ruled box; empty, it is lines to write on."""
    head = para(label, "label")
    if value and value.strip():
        body = Table([[para(value, "cell")]], colWidths=[width], splitInRow=1)
        body.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), LINE, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
        return [spacer(1.8), head, spacer(0.6), body]
    return [spacer(1.8), head, WriteLines(blank_lines, spacing=7 * mm, width=width)]


def text_boxes_side_by_side(left: tuple, right: tuple) -> Table:
    """Two shorter text fields next to each other (label, value, blank lines); each wraps in its column."""
    gap = 6 * mm
    half = (W - gap) / 2
    t = Table([[text_box(*left, width=half), "", text_box(*right, width=half)]], colWidths=[half, gap, half],
              hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def section(title: str) -> Table:
    t = Table([[para(title, "cell_bold")]], colWidths=[W])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LINEBELOW", (0, 0), (-1, -1), 0.8, INK),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def requirements_table(order) -> Table:
    """Krav with their priority ticked; kinds of the minimum list not yet asked about are blank rows."""
    lines = list(order.requirements) if order else []
    rows = [(REQUIREMENT_KIND.label(r.kind), r.text, r.priority) for r in lines]
    asked = {r.kind for r in lines}
    rows += [(REQUIREMENT_KIND.label(kind), "", None) for kind, _label in REQUIRED_KINDS if kind not in asked]
    if not order:
        rows.append((REQUIREMENT_KIND.label("sprog"), "", None))
    header = [para("Krav", "cell_bold"), para("Beskrivelse", "cell_bold"), para(PRIORITY.label("ufravigelig"),
                                                                               "cell_bold"),
              para(PRIORITY.label("knap"), "cell_bold")]
    data = [header] + [[para(kind, "cell"), para(desc, "cell"), CheckBox("", prio == "ufravigelig"),
                        CheckBox("", prio == "knap")] for kind, desc, prio in rows]
    t = Table(data, colWidths=[34 * mm, W - 34 * mm - 2 * 28 * mm, 28 * mm, 28 * mm], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (2, 1), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, 0), 2.5), ("BOTTOMPADDING", (0, 0), (-1, 0), 2.5),
        ("TOPPADDING", (0, 1), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5),
    ]))
    return t


def signatures(order) -> Table:
    """Two columns as on the Middelfart form: Dato, who (printed) and a line to sign on."""
    owner = order.owner_name if order else ""
    other = (order.feedback_responsible_name or order.search_responsible_name or "") if order else ""
    half = (W - 10 * mm) / 2
    date_ = format_date(order.received_on) if order else ""
    data = [
        [para("Dato:", "label"), para(date_, "cell"), "", para("Dato:", "label"), para("", "cell")],
        ["", "", "", "", ""],
        [para("Virksomhedskonsulent:", "label"), "", "", para("Kontaktansvarlig sagsbehandler/konsulent:", "label"), ""],
        [para(owner, "cell"), "", "", para(other, "cell"), ""],
    ]
    t = Table(data, colWidths=[14 * mm, half - 14 * mm, 10 * mm, 14 * mm, half - 14 * mm],
              rowHeights=[None, 9 * mm, None, None], hAlign="LEFT")
    t.setStyle(TableStyle([
        *[("SPAN", (a, r), (a + 1, r)) for r in (1, 2, 3) for a in (0, 3)],
        ("LINEBELOW", (1, 0), (1, 0), LINE, RULE), ("LINEBELOW", (4, 0), (4, 0), LINE, RULE),
        ("LINEBELOW", (0, 1), (1, 1), LINE, INK), ("LINEBELOW", (3, 1), (4, 1), LINE, INK),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("VALIGN", (0, 2), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("TOPPADDING", (0, 0), (-1, 0), 4), ("TOPPADDING", (0, 2), (-1, 2), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return t


def contacts_page(company_name: str | None, contacts, room: float | None = None) -> list:
    """Page 2: Kontakter med virksomheden — Dato / Sagsbehandler / Kommentarer, then rows to write on,
    as many as fill `room` (default: a whole page), at least BLANK_CONTACT_ROWS."""
    story: list = [para("Kontakter med virksomheden:", "h1")]
    if company_name:
        story.append(para(company_name, "subtitle"))
    header = [para("Dato", "cell_bold"), para("Sagsbehandler", "cell_bold"), para("Kommentarer", "cell_bold")]
    data = [header]
    for c in contacts:
        when = c.occurred_at.astimezone().date() if c.occurred_at.tzinfo else c.occurred_at.date()
        channel = CHANNEL.label(c.channel)
        who = ", ".join(c.person_names)
        comment = f"{channel}{' med ' + who if who else ''}: {' '.join(c.summary.split())}"
        data.append([para(format_date(when), "cell"), para(c.consultant_initials or "", "cell"), para(comment, "cell")])
    filled = len(data)
    widths = [26 * mm, 30 * mm, W - 56 * mm]
    used = sum(max(_height(cell, w) for cell, w in zip(row, widths, strict=True)) + 6 for row in data)
    if room is None:
        room = PAGE[1] - 2 * MARGIN - 4 * mm  # a whole page less the margins and the footer
    room -= 30 * mm + used  # the title and the rows printed
    data += [["", "", ""] for _ in range(max(BLANK_CONTACT_ROWS, int(room // (9 * mm))))]
    heights = [None] * filled + [9 * mm] * (len(data) - filled)
    t = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SHADE), ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story.append(t)
    return story


def _height(cell, width: float) -> float:
    return cell.wrap(width - 12, 10_000)[1] if isinstance(cell, Paragraph) else STYLES["cell"].leading


def build(order=None, contacts: Sequence = (), *, printed_on: dt.date, company=None) -> bytes:
    """The order form as PDF bytes. `order` is an OrderDetail, or None for the blank form; `company` (a
    CompanyDetail) fills the company block of a blank form taken to a visit; `contacts` (ContactDTOs,
    oldest first) fill page 2."""
    name = order.company_name if order else (company.name if company is not None else None)
    title = f"Ordreblanket – {name}" if name else "Ordreblanket"
    footer = " · ".join(x for x in ("Ordreblanket", name) if x)
    if len(footer) > 75:
        footer = footer[:74].rstrip() + "…"
    return render(form_story(order, contacts, company), title=title, footer=footer, printed_on=printed_on)


def form_story(order=None, contacts: Sequence = (), company=None) -> list:
    """The flowables of the form (see `build`)."""
    o = order
    person = o.contact_person if o else None
    if o:
        c_name, cvr, employees = o.company_name, o.company_cvr, o.company_employees
        address = ", ".join(x for x in (o.company_address, " ".join(
            y for y in (o.company_postal_code, o.company_city) if y)) if x)
    elif company is not None:
        c_name, cvr, employees = company.name, company.cvr, company.employees
        address = ", ".join(x for x in (company.address, " ".join(
            y for y in (company.postal_code, company.city) if y)) if x)
        person = next((p for p in company.contact_persons if p.is_primary and p.active), None)
    else:
        c_name = cvr = employees = address = None

    head = Table([[para("Ordreblanket", "title"),
                   Paragraph(_meta(o), META)]], colWidths=[W * 0.5, W * 0.5])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("LINEBELOW", (0, 0), (-1, -1), 1.2, INK), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story: list = [head, spacer(2)]

    story += [section("Virksomheden"),
              line_row([("Firma:", c_name, 0.68), ("CVR:", cvr, 0.32)]),
              line_row([("Adresse:", address, 0.68), ("Antal ansatte:", employees, 0.32)]),
              line_row([("Kontaktperson:", _name(person), 0.55), ("Stilling:", person.title if person else "", 0.45)]),
              line_row([("Tlf.:", person.phone if person else "", 0.3), ("Mobil:", person.mobile if person else "",
                                                                          0.3),
                        ("Mail:", person.email if person else "", 0.4)]),
              spacer(3)]

    offers = set(o.offer_types) if o else set()
    hours = set(o.hours) if o else set()
    story += [section("Jobbet"),
              spacer(1),
              ticks("Tilbyder:", [(t.da, t.code in offers) for t in ORDER_OFFER], per_row=4),
              ticks("Timetal:", [(t.da, t.code in hours) for t in ORDER_HOURS], per_row=4),
              line_row([("Stillingsbetegnelse:", o.title if o else "", 0.72),
                        ("Antal stillinger:", o.positions if o else "", 0.28)]),
              line_row([("Ansættelsesdato:", o.start_date if o else "", 0.45),
                        ("Mødetider:", o.working_times if o else "", 0.55)]),
              spacer(1),
              ticks("Ansættelsesforhold:", [(t.da, bool(o) and o.employment == t.code) for t in EMPLOYMENT],
                    per_row=3, label_width=34 * mm)]
    story += text_box("Arbejdets art/indhold:", o.work_content if o else None)
    story += text_box("Faglige kvalifikationer:", o.professional_quals if o else None)
    story += [spacer(2.5), para("Krav — hvilke er ufravigelige, og hvilke er knap så vigtige?", "label"), spacer(1),
              requirements_table(o)]
    story += text_box("Personlige kvalifikationer:", o.personal_quals if o else None)
    story.append(text_boxes_side_by_side(("Fysiske krav:", o.physical_demands if o else None, 2),
                                         ("Kulturen på virksomheden (arbejdstøj, omgangstone):",
                                          o.culture if o else None, 2)))
    if o and o.notes:
        story += text_box("Øvrige forhold:", o.notes)

    agreements = [
        section("Aftaler om ordren"), spacer(1),
        ticks("Kontaktform:", [(t.da, bool(o) and o.contact_form == t.code) for t in CONTACT_FORM], per_row=3),
        line_row([("Antal CV'er:", o.cvs_wanted if o else "", 0.22), ("CV'er senest:", o.cv_deadline if o else "", 0.36),
                  ("Tilbagemelding senest:", o.feedback_deadline if o else "", 0.42)]),
        line_row([("Ansvarlig for udsøgning:", _who(o, "search") if o else "", 0.5),
                  ("Ansvarlig for tilbagemelding:", _who(o, "feedback") if o else "", 0.5)]),
    ]
    wishes = [("Fastholdelse/sygefravær", bool(o) and o.wish_retention),
              ("Kompetenceudvikling af egne medarbejdere/jobrotation", bool(o) and o.wish_competence)]
    story += [spacer(2.5), KeepTogether(agreements)]
    story += [KeepTogether([spacer(2), para("Firmaet ønsker kontakt/yderligere information om:", "label"), spacer(1),
                            ticks("", wishes, per_row=2, label_width=4 * mm)])]
    story.append(KeepTogether([signatures(o)]))

    if o is None:  # the blank form: the contact log follows on the same page when there is room
        story += [CondPageBreak(BLANK_CONTACTS_ROOM), spacer(4)]
        story += contacts_page(c_name, contacts, room=BLANK_CONTACTS_ROOM)
    else:
        story.append(PageBreak())
        story += contacts_page(c_name, contacts)
    return story


def _who(o, which: str) -> str:
    initials = getattr(o, f"{which}_responsible_initials")
    name = getattr(o, f"{which}_responsible_name")
    return f"{name} ({initials})" if name else ""


def _meta(o) -> str:
    if o is None:
        return "Jobordre til jobcentret<br/>Udfyldes sammen med virksomheden"
    first = [f"Modtaget {format_date(o.received_on)}"]
    if o.owner_initials:
        first.append(f"tovholder {text(o.owner_initials)}")
    second = [f"Status: {text(ORDER_STATUS.label(o.status))}"]
    if o.id is not None:
        second.append(f"ordre-id …{str(o.id)[-8:]}")
    return " · ".join(first) + "<br/>" + " · ".join(second)

