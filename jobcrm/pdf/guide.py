"""The visit guide on paper: blank (to fill in by hand at the company: tick boxes and lines to write on) or
filled (the answers of a registered or half-filled guide, rendered from the version it was filled with).
Built on jobcrm.pdf.base; no Qt, no sessions."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Table, TableStyle

from jobcrm.domain.dates import format_date
from jobcrm.domain.vocab import LABOUR_NEED, MATERIAL, PROMISED_BY, SCHEME_PRESENTED, VISIT_STATUS, VISIT_TYPE
from jobcrm.pdf.base import (
    CONTENT_WIDTH,
    RULE,
    SHADE,
    WARN,
    CheckBox,
    WriteLines,
    grid_table,
    para,
    render,
    spacer,
    text,
)
from jobcrm.services.guides import NOTE, TOUCHED, answer_text, is_answered
from jobcrm.services.visit_dto import GuideFillDTO, GuideItemDTO, GuideVersionDTO, VisitDTO

INDENT = 7 * mm
BOX = 6.5 * mm


def tick(label: str, checked: bool = False, width: float = CONTENT_WIDTH, indent: float = 0,
         style: str = "body") -> Table:
    """A tick box with a label that wraps (CheckBox alone does not)."""
    t = Table([["", CheckBox("", checked), para(label, style)]],
              colWidths=[indent or 0.01, BOX, width - BOX - (indent or 0.01)], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def options_grid(options, checked=(), per_row: int = 3, width: float = CONTENT_WIDTH, indent: float = 0) -> Table:
    """Tick boxes side by side with wrapping labels (e.g. the schemes presented)."""
    chosen = set(checked)
    col = (width - indent) / per_row
    cells = [tick(o, o in chosen, col - 2) for o in options]
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)] or [[""]]
    for r in rows:
        r.extend([""] * (per_row - len(r)))
    rows = [[""] + r for r in rows]
    t = Table(rows, colWidths=[indent or 0.01] + [col] * per_row, hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def answer_box(value: str, indent: float = 0) -> Table:
    """A filled answer: shaded, wrapped, indented under its question."""
    t = Table([["", para(value, "cell")]], colWidths=[indent or 0.01, CONTENT_WIDTH - (indent or 0.01)],
              hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (1, 0), (1, 0), SHADE), ("LEFTPADDING", (1, 0), (1, 0), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                           ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return t


def write_area(lines: int, indent: float = 0) -> Table:
    t = Table([["", WriteLines(lines, 7.5 * mm)]], colWidths=[indent or 0.01, CONTENT_WIDTH - (indent or 0.01)],
              hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _indented(flowable, indent: float) -> Table:
    t = Table([["", flowable]], colWidths=[indent or 0.01, CONTENT_WIDTH - (indent or 0.01)], hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


def _label(item: GuideItemDTO, indent: float) -> Table:
    t = Table([["", para(item.text, "label")]], colWidths=[indent or 0.01, CONTENT_WIDTH - (indent or 0.01)],
              hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


def visit_header(visit: VisitDTO | None) -> list:
    """Who, where, when — filled from the visit, or lines to write on."""
    if visit is None:
        rows = [["Virksomhed", "", "Dato og tid", ""], ["Kontaktperson", "", "Konsulent", ""],
                ["Sted", "", "", ""]]
    else:
        start, end = visit.start_at.astimezone(), visit.end_at.astimezone()
        consultants = ", ".join([visit.consultant_initials, *(i for _, i in visit.other_consultants)])
        rows = [["Virksomhed", visit.company_name, "Dato og tid",
                 f"{format_date(start.date())} kl. {start:%H:%M}–{end:%H:%M}"],
                ["Kontaktpersoner" if len(visit.contact_person_names) > 1 else "Kontaktperson",
                 ", ".join(visit.contact_person_names), "Konsulent", consultants],
                ["Sted", visit.place or visit.company_address or "", "Status", VISIT_STATUS.label(visit.status)]]
    w = CONTENT_WIDTH
    data = [[para(a, "label"), para(b, "cell"), para(c, "label"), para(d, "cell")] for a, b, c, d in rows]
    t = Table(data, colWidths=[30 * mm, w / 2 - 30 * mm, 24 * mm, w / 2 - 24 * mm], hAlign="LEFT",
              rowHeights=[8.5 * mm] * len(rows) if visit is None else None)
    style = [("VALIGN", (0, 0), (-1, -1), "BOTTOM" if visit is None else "TOP"),
             ("LINEBELOW", (1, 0), (1, -1), 0.5, RULE), ("LINEBELOW", (3, 0), (3, -1), 0.5, RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if visit is None:  # the place gets the whole line to write on
        style += [("SPAN", (1, -1), (3, -1)), ("LINEBELOW", (1, -1), (3, -1), 0.5, RULE)]
    t.setStyle(TableStyle(style))
    out = [t, spacer(2)]
    chosen = {VISIT_TYPE.label(visit.visit_type)} if visit is not None else set()
    out.append(para("Besøgstype", "label"))
    out.append(options_grid([t.da for t in VISIT_TYPE], chosen, per_row=2))
    return out


def _item_flowables(item: GuideItemDTO, answers: dict | None, agreements: dict) -> list:
    indent = INDENT if item.level else 0
    blank = answers is None
    value = None if blank else answers.get(item.key)
    if item.kind == "tick":
        return [tick(item.text, bool(value), indent=indent)]
    if item.kind == "aftale":
        a = agreements.get(item.key)
        out = [tick("Aftale: " + item.text, a is not None, indent=indent, style="label")]
        if a is None and not blank:
            pass  # not agreed at this visit
        elif blank or a is None:
            default = f"  (forslag: {item.due})" if item.due and blank else ""
            out.append(_indented(para("Hvem gør det:", "small"), INDENT))
            out.append(options_grid([t.da for t in PROMISED_BY], per_row=3, indent=INDENT))
            gap = "&nbsp;" * 8
            out.append(_indented(para(f"Frist: ________________{text(default)}{gap}Ansvarlig: __________________",
                                      "body", markup=True), INDENT))
            out.append(spacer(1.5))
        else:
            due = format_date(a.due_date) if a.due_date else (a.due_text or "")
            line = f"{PROMISED_BY.label(a.promised_by)} · frist {due}"
            if a.responsible_initials:
                line += f" · ansvarlig {a.responsible_initials}"
            out.append(answer_box(f"{a.title} — {line}", INDENT))
        return [KeepTogether(out)]
    out = [_label(item, indent)]
    if item.kind in ("choice", "multi"):
        chosen = value if isinstance(value, list) else ([value] if value else [])
        out.append(options_grid(item.options, chosen, per_row=3 if len(item.options) != 4 else 4, indent=INDENT))
    elif blank:
        if item.kind == "text":
            out.append(write_area(2, indent + INDENT))
        elif item.kind == "number":
            out.append(para("Antal: ________________", "body"))
        elif item.kind == "date":
            out.append(para("Dato: ____ . ____ . ________", "body"))
    else:
        shown = answer_text(item, value)
        out.append(answer_box(shown, indent + INDENT) if shown else para("—", "small"))
    if item.help:
        out.insert(1, para(item.help, "small"))
    return [KeepTogether(out)]


def _section_heading(n: int, title: str, touched: bool | None) -> list:
    """The theme's heading; on the blank guide with a "Berørt" box to tick, on a filled one with its state."""
    if touched is None:
        head = Table([[para(f"{n}. {text(title)}", "h1", markup=True), tick("Berørt", False, 24 * mm)]],
                     colWidths=[CONTENT_WIDTH - 26 * mm, 26 * mm], hAlign="LEFT")
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [CondPageBreak(45 * mm), spacer(4), head, spacer(1)]
    if touched:
        mark = '  <font size="9" color="#1e7b34">(berørt)</font>'
    else:
        mark = f'  <font size="9" color="{WARN.hexval().replace("0x", "#")}">(ikke berørt)</font>'
    return [CondPageBreak(45 * mm), para(f"{n}. {text(title)}{mark}", "h1", markup=True)]


def guide_story(version: GuideVersionDTO, fill: GuideFillDTO | None = None, visit: VisitDTO | None = None) -> list:
    answers = fill.answers if fill is not None else None
    agreements = {a.item_key: a for a in (fill.agreements if fill else ()) if a.item_key and a.title.strip()}
    story = [para(version.name, "title"),
             para(f"Besøgsguide · version {version.version}"
                  + (" · blank til udfyldning i hånden" if fill is None else " · udfyldt"), "subtitle")]
    story += visit_header(fill.visit if fill is not None else visit)
    if version.description:
        story += [spacer(2), para(version.description, "small")]
    if fill is not None:
        untouched = fill.untouched_titles()
        if untouched:
            story += [spacer(2), para("Ikke berørt: " + "; ".join(untouched), "warning")]
        else:
            story += [spacer(2), para("Alle temaer er berørt.", "label")]
    for n, sec in enumerate(version.sections, 1):
        touched = fill.touched.get(sec.key) if fill is not None else None
        story += _section_heading(n, sec.title, touched)
        if sec.help:
            story.append(para(sec.help, "small"))
            story.append(spacer(1))
        for item in sec.items:
            story += _item_flowables(item, answers, agreements)
        note = None if answers is None else answers.get(sec.key + NOTE)
        if answers is None:
            story += [KeepTogether([spacer(1), para("Noter", "label"), write_area(3)])]
        else:
            if is_answered(note):
                story += [para("Noter", "label"), answer_box(str(note))]
            elif answers.get(sec.key + TOUCHED) and not sec.items:
                story.append(para("Temaet er berørt.", "small"))
    story += _agreements(fill)
    story += _outcome(fill)
    return story


def _agreements(fill: GuideFillDTO | None) -> list:
    out = [CondPageBreak(60 * mm), para("Aftaler – hvem gør hvad og hvornår", "h1"),
           para("Hver aftale bliver til en opfølgning med en ansvarlig og en frist.", "small"), spacer(1)]
    widths = [CONTENT_WIDTH * 0.48, CONTENT_WIDTH * 0.18, CONTENT_WIDTH * 0.17, CONTENT_WIDTH * 0.17]
    header = ["Hvad er aftalt", "Hvem gør det", "Frist", "Ansvarlig"]
    if fill is None:
        data = [[para(h, "cell_bold") for h in header]] + [["", "", "", ""] for _ in range(6)]
        t = Table(data, colWidths=widths, rowHeights=[None] + [9 * mm] * 6, hAlign="LEFT")
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SHADE), ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return out + [t]
    rows = []
    for a in fill.agreements:
        if not a.title.strip():
            continue
        due = format_date(a.due_date) if a.due_date else (a.due_text or "")
        rows.append([a.title, PROMISED_BY.label(a.promised_by), due, a.responsible_initials or ""])
    if not rows:
        return out + [para("Ingen aftaler.", "small")]
    return out + [grid_table(header, rows, widths, zebra=False)]


def _outcome(fill: GuideFillDTO | None) -> list:
    o = fill.outcome if fill is not None else None
    out = [CondPageBreak(80 * mm), para("Udbytte af besøget", "h1"), para("Virksomhedens behov for arbejdskraft",
                                                                          "label")]
    need = {LABOUR_NEED.label(o.labour_need)} if o and o.labour_need else set()
    out.append(options_grid([t.da for t in LABOUR_NEED], need, per_row=4))
    if o is None:
        out += [spacer(1.5), para("Hvornår og hvorfor (ved behov i fremtiden)", "label"), write_area(2)]
    elif o.labour_need_when or o.labour_need_why:
        out.append(answer_box(" — ".join(x for x in (o.labour_need_when, o.labour_need_why) if x)))
    out += [spacer(1.5), para("Ordninger præsenteret", "label")]
    out.append(options_grid([t.da for t in SCHEME_PRESENTED], {SCHEME_PRESENTED.label(c) for c in (o.schemes if o else ())}, per_row=3))
    out += [spacer(1.5), para("Materiale udleveret", "label")]
    out.append(options_grid([t.da for t in MATERIAL], {MATERIAL.label(c) for c in (o.materials if o else ())},
                            per_row=3))
    if o is None:
        out += [para("Andet materiale: ______________________________________", "body"),
                spacer(1.5), para("Referat", "label"), write_area(4)]
    else:
        if o.material_other:
            out.append(para(f"Andet materiale: {o.material_other}", "body"))
        if o.summary:
            out += [para("Referat", "label"), answer_box(o.summary)]
    return out


def guide_pdf(version: GuideVersionDTO, printed_on: dt.date, fill: GuideFillDTO | None = None,
              visit: VisitDTO | None = None) -> bytes:
    """The guide as PDF bytes: blank when `fill` is None (optionally headed with a planned visit)."""
    if fill is not None:
        v = fill.visit
        day = format_date(v.start_at.astimezone().date())
        footer = f"JobCRM · {version.name} v{version.version} · {v.company_name} · {day}"
        title = f"{version.name} – {v.company_name} {day}"
    else:
        footer = f"JobCRM · {version.name} v{version.version}"
        title = version.name
    return render(guide_story(version, fill, visit), title=title, footer=footer, printed_on=printed_on)
