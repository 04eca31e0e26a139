"""Kampagneresultater, printed (landscape A4): the key figures, the call list as a funnel, the visits as they
stand, the agreements by type laid out like seed 000 Table 3.1 (count and % of held visits), the promises made at
the visits, and the figures per consultant. Built from `CampaignResultsService.results()` — the same numbers as
the Kampagner page. No Qt, no sessions."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from jobcrm.domain.dates import format_date
from jobcrm.domain.vocab import CAMPAIGN_AGREEMENT, TARGET_EXCLUSION
from jobcrm.pdf.base import (
    ACCENT,
    FONT_BOLD,
    LANDSCAPE,
    LANDSCAPE_CONTENT_WIDTH,
    RULE,
    SHADE,
    STYLES,
    grid_table,
    para,
    render,
    spacer,
    text,
)
from jobcrm.pdf.charts import hbar_chart
from jobcrm.services.campaign_dto import CampaignResults, ResultLine

_RIGHT = ParagraphStyle("c_right", parent=STYLES["cell"], alignment=TA_RIGHT)
_RIGHT_BOLD = ParagraphStyle("c_right_bold", parent=STYLES["cell_bold"], alignment=TA_RIGHT)
_BIG = ParagraphStyle("c_big", parent=STYLES["body"], fontName=FONT_BOLD, fontSize=20, leading=23,
                      alignment=TA_CENTER, textColor=ACCENT)
_CAPTION = ParagraphStyle("c_caption", parent=STYLES["small"], alignment=TA_CENTER)


def pct_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} %".replace(".", ",")


def _num(value, bold: bool = False) -> Paragraph:
    shown = "–" if value is None else (value if isinstance(value, str) else f"{value:,}".replace(",", "."))
    return Paragraph(text(shown), _RIGHT_BOLD if bold else _RIGHT)


def _cards(r: CampaignResults) -> Table:
    t = r.total
    cards = [
        (f"{t.contacted:,}".replace(",", "."), "kontaktet (truffet)"),
        (f"{t.booked:,}".replace(",", "."), f"booket · bookingrate {pct_text(t.booking_rate)}"),
        (f"{t.declined:,}".replace(",", "."), "takket nej"),
        (f"{t.visits_held:,}".replace(",", "."), f"besøg afholdt af {t.visits_booked} booket"),
        (pct_text(t.agreement_pct()), f"aftaler pr. afholdt besøg ({t.agreements_total} i alt)"),
        (pct_text(t.kept_on_time_pct), f"opfølgninger holdt til tiden ({t.promises_kept_on_time} af "
                                       f"{t.promises_kept_on_time + t.promises_done_late + t.promises_overdue})"),
    ]
    width = LANDSCAPE_CONTENT_WIDTH / len(cards)
    table = Table([[Paragraph(text(big), _BIG) for big, _ in cards],
                   [Paragraph(text(small), _CAPTION) for _, small in cards]], colWidths=[width] * len(cards))
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.5, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0, colors.white),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6f8fb")),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))
    return table


def _agreements_table(r: CampaignResults, width: float) -> Table:
    t = r.total
    widths = [width - 56 * mm, 22 * mm, 34 * mm]
    header = [para("Type", "cell_bold"), Paragraph("Antal", _RIGHT_BOLD), Paragraph("% af afholdte besøg", _RIGHT_BOLD)]
    body = [[para(k.da, "cell"), _num(t.agreements.get(k.code, 0)), _num(pct_text(t.agreement_pct(k.code)))]
            for k in CAMPAIGN_AGREEMENT]
    body.append([para("Samlet", "cell_bold"), _num(t.agreements_total, True), _num(pct_text(t.agreement_pct()), True)])
    table = grid_table(header, body, widths)
    table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.HexColor("#52606d")),
                               ("BACKGROUND", (0, -1), (-1, -1), SHADE)]))
    return table


def _visits_table(r: CampaignResults, width: float) -> Table:
    t = r.total
    heads = ["Booket", "Afholdt", "Aflyst", "Udeblevet", "Planlagt", "Heraf flyttet"]
    values = [t.visits_booked, t.visits_held, t.visits_cancelled, t.visits_no_show, t.visits_planned, t.visits_moved]
    return grid_table([Paragraph(text(h), _RIGHT_BOLD) for h in heads], [[_num(v) for v in values]],
                      [width / len(heads)] * len(heads), zebra=False)


CALL_HEADER = ("Ringet op af", "Opkald", "Kontaktet (truffet)", "Booket", "Takket nej", "Allerede i kontakt",
               "Ikke truffet", "Forkert nummer", "Bookingrate")
VISIT_HEADER = ("Besøg hos", "Booket", "Afholdt", "Aflyst", "Udeblevet", "Planlagt", "Heraf flyttet", "Aftaler",
                "Aftaler pr. afholdt besøg", "Opfølgninger lovet", "Holdt til tiden", "Til tiden")
_HEAD = ParagraphStyle("c_head", parent=STYLES["cell_bold"], fontSize=8, leading=10)
_HEAD_RIGHT = ParagraphStyle("c_head_right", parent=_HEAD, alignment=TA_RIGHT)


def pct0(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} %"


def _label(x: ResultLine, total: bool) -> Paragraph:
    return para("I alt" if total else f"{x.initials} – {x.name}", "cell_bold" if total else "cell")


def _per_consultant(header: tuple[str, ...], cells, lines: list[ResultLine], total: ResultLine) -> Table:
    first = 62 * mm
    rest = (LANDSCAPE_CONTENT_WIDTH - first) / (len(header) - 1)
    head = [Paragraph(text(header[0]), _HEAD)] + [Paragraph(text(h), _HEAD_RIGHT) for h in header[1:]]
    body = [[_label(x, False)] + cells(x, False) for x in lines] + [[_label(total, True)] + cells(total, True)]
    table = grid_table(head, body, [first] + [rest] * (len(header) - 1))
    table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.HexColor("#52606d")),
                               ("BACKGROUND", (0, -1), (-1, -1), SHADE)]))
    return table


def _call_cells(x: ResultLine, b: bool) -> list:
    return [_num(x.calls, b), _num(x.contacted, b), _num(x.booked, b), _num(x.declined, b),
            _num(x.already_in_contact, b), _num(x.not_reached, b), _num(x.wrong_number, b), _num(pct0(x.booking_rate), b)]


def _visit_cells(x: ResultLine, b: bool) -> list:
    return [_num(x.visits_booked, b), _num(x.visits_held, b), _num(x.visits_cancelled, b), _num(x.visits_no_show, b),
            _num(x.visits_planned, b), _num(x.visits_moved, b), _num(x.agreements_total, b),
            _num(pct0(x.agreement_pct()), b), _num(x.promises_made, b), _num(x.promises_kept_on_time, b),
            _num(pct0(x.kept_on_time_pct), b)]


def build(r: CampaignResults) -> bytes:
    c = r.campaign
    t = r.total
    as_of = f"{format_date(r.as_of.date())} kl. {r.as_of:%H:%M}"
    title = f"Kampagneresultater – {c.name}"
    story: list = [
        para(title, "title"),
        para(f"Periode {c.period} · Målgruppe: {c.criteria.describe()} · Tal pr. {as_of}", "subtitle"),
        _cards(r),
        spacer(4),
    ]
    half = (LANDSCAPE_CONTENT_WIDTH - 8 * mm) / 2
    funnel = hbar_chart("Ringelisten", ["På listen", "Ringet op", "Kontaktet", "Booket", "Besøg afholdt"],
                        [r.on_list, r.on_list - r.not_called, t.contacted, t.booked, t.visits_held], half, 52 * mm)
    left = [funnel, spacer(2), para("Besøgene, som de står nu", "h2"), _visits_table(r, half)]
    if r.booked_beyond_lead:
        left.append(para(f"{r.booked_beyond_lead} besøg er booket mere end {r.lead_time_weeks} uger frem; "
                         f"{r.cancelled_beyond_lead} af dem er aflyst af virksomheden.", "small"))
    excluded = ", ".join(f"{TARGET_EXCLUSION.label(k)} {n}" for k, n in sorted(r.excluded.items()))
    if excluded:
        left.append(para(f"Udeladt fra ringelisten: {excluded}.", "small"))
    right = [para("Aftaler efter type", "h2"), _agreements_table(r, half),
             para(f"Antal pladser virksomhederne ønskede besat, registreret fra {t.visits_held} afholdte besøg; "
                  f"{t.visits_with_agreement} besøg gav mindst én aftale.", "small")]
    columns = Table([[left, right]], colWidths=[half + 8 * mm, half])
    columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (0, -1), 8 * mm)]))
    story += [columns, spacer(3)]
    promises = (f"På besøgene blev der lovet {t.promises_made} opfølgninger: {t.promises_kept_on_time} holdt til tiden, "
                f"{t.promises_done_late} udført for sent, {t.promises_overdue} overskredne og stadig åbne, "
                f"{t.promises_open} endnu ikke forfaldne.")
    callers = [x for x in r.lines if x.calls]
    visitors = [x for x in r.lines if x.visits_booked or x.agreements_total or x.promises_made]
    story += [
        KeepTogether([para("Opkald pr. konsulent", "h1"), _per_consultant(CALL_HEADER, _call_cells, callers, t),
                      para("Hver virksomhed tælles efter sit seneste opkald, for den der ringede. Kontaktet = booket, "
                           "takket nej eller allerede i kontakt; bookingrate = booket af kontaktet.", "small")]),
        spacer(3),
        KeepTogether([para("Besøg, aftaler og opfølgninger pr. konsulent", "h1"),
                      _per_consultant(VISIT_HEADER, _visit_cells, visitors, t),
                      para("Besøg og aftaler for konsulenten, besøget blev booket hos (som besøget står nu, efter "
                           "flytninger); opfølgninger lovet på besøgene for den ansvarlige. Til tiden = udført senest "
                           "på fristen, af de forfaldne.", "small")]),
        spacer(2), para(promises, "body")]
    if c.purpose or c.message:
        story += [spacer(2), para("Kampagnen", "h2")]
        if c.purpose:
            story.append(para(f"Formål: {c.purpose}", "body"))
        if c.message:
            story.append(para(f"Budskab: {c.message}", "body"))
    return render(story, title=title, footer=f"JobCRM · {title}", printed_on=r.as_of.date(), pagesize=LANDSCAPE)

