"""Besøgsforberedelse on screen: the same contents as the printed brief (PRODUCT.md §7), readable before
the visit, with a button to save it as PDF for the bag."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

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
from jobcrm.services.visit_dto import BriefDTO
from jobcrm.ui import fmt


def _e(value) -> str:
    return escape("" if value is None else str(value)).replace("\n", "<br>")


class VisitBriefDialog(QDialog):
    def __init__(self, services, visit_id: uuid.UUID, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self.visit_id = visit_id
        self.brief: BriefDTO = services.visits.brief(visit_id)
        self.setWindowTitle(self.tr("Visit brief — %1").replace("%1", self.brief.company.name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(980, 820)
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setHtml(self.html())
        layout.addWidget(self.view, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        pdf = QPushButton(self.tr("Save as PDF…"))
        pdf.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("primary")
        close.clicked.connect(self.accept)
        bar.addWidget(pdf)
        bar.addWidget(close)
        layout.addLayout(bar)

    def html(self) -> str:
        b, c, v = self.brief, self.brief.company, self.brief.visit
        today = self._services.ctx.clock.today()
        L = {  # the labels, translated outside the f-strings (lupdate does not look inside)
            "Special circumstances": self.tr("Special circumstances"),
            "Facts": self.tr("Facts"),
            "Contact persons": self.tr("Contact persons"),
            "No active contact persons.": self.tr("No active contact persons."),
            "Open promises": self.tr("Open promises"),
            "Last contacts": self.tr("Last contacts"),
            "No contacts yet.": self.tr("No contacts yet."),
            "Other planned visits": self.tr("Other planned visits"),
            "Changes since last time": self.tr("Changes since last time"),
            "Last visit": self.tr("Last visit"),
            "contacts since then": self.tr("contacts since then"),
        }
        start, end = v.start_at.astimezone(), v.end_at.astimezone()
        out = [
            "<style>h2 { color: #1f3a5f; margin-top: 14px; } td, th { padding: 3px 8px; vertical-align: top; }"
            "th { background: #eef2f7; text-align: left; } .muted { color: #5f6b7a; } .late { color: #b3261e; }"
            ".warn { background: #fff4d6; border: 1px solid #e0b02a; padding: 6px; }</style>",
            f"<h1 style='color:#1f3a5f'>{_e(c.name)}</h1>",
            f"<p><b>{_e(fmt.long_date(start.date()))} {start:%H:%M}–{end:%H:%M}</b> · "
            f"{_e(VISIT_TYPE.label(v.visit_type, self._lang))} · {_e(v.place or v.company_address or '')} · "
            f"{_e(v.consultant_initials)}</p>",
        ]
        if c.special_notes:
            out.append(f"<p class='warn'><b>{_e(L['Special circumstances'])}:</b> {_e(c.special_notes)}</p>")
        town = " ".join(x for x in (c.postal_code, c.city) if x)
        consultants = ", ".join([v.consultant_initials, *(i for _, i in v.other_consultants)])
        facts = [(self.tr("CVR"), c.cvr), (self.tr("P-number"), c.p_number),
                 (self.tr("Address"), ", ".join(x for x in (c.address, town) if x)),
                 (self.tr("Phone"), c.phone), (self.tr("E-mail"), c.email), (self.tr("Web"), c.web),
                 (self.tr("Industry"), c.industry),
                 (self.tr("Employees"), c.employees), (self.tr("Owner (tovholder)"), c.owner_initials),
                 (self.tr("Status"), RELATIONSHIP.label(c.relationship_status, self._lang)),
                 (self.tr("Agreement type"), AGREEMENT.label(c.agreement_type, self._lang)),
                 (self.tr("Last contact"), fmt.datetime(c.last_contact_at) if c.last_contact_at else None),
                 (self.tr("Core business / history"), c.core_business), (self.tr("Working hours"), c.working_hours),
                 (self.tr("Absence policy"), c.absence_policy), (self.tr("Alcohol policy"), c.alcohol_policy),
                 (self.tr("Visit guide"), v.template_name), (self.tr("Consultants"), consultants),
                 (self.tr("Contact persons at the visit"), ", ".join(v.contact_person_names)),
                 (self.tr("Note"), v.note)]
        out.append(f"<h2>{_e(L['Facts'])}</h2><table>")
        out += [f"<tr><td class='muted'>{_e(k)}</td><td>{_e(x)}</td></tr>" for k, x in facts if x not in (None, "")]
        out.append("</table>")
        persons = [p for p in c.contact_persons if p.active]
        out.append(f"<h2>{_e(L['Contact persons'])}</h2>")
        if persons:
            out.append("<table width='100%'>")
            for p in persons:
                phones = " / ".join(x for x in (p.phone, p.mobile) if x)
                out.append(f"<tr><td><b>{_e(p.name)}</b>{' ★' if p.is_primary else ''}</td><td>{_e(p.title)}</td>"
                           f"<td>{_e(phones)}</td><td>{_e(p.email)}</td>"
                           f"<td>{_e(PERSON_ROLE.label(p.role, self._lang))}</td></tr>")
            out.append("</table>")
        else:
            out.append(f"<p class='muted'>{_e(L['No active contact persons.'])}</p>")
        out.append(f"<h2>{_e(L['Open promises'])}</h2>")
        for label, promises in ((self.tr("We promised"), b.promises_ours), (self.tr("The company promised"), b.promises_theirs)):
            out.append(f"<p><b>{_e(label)} ({len(promises)})</b></p>")
            if promises:
                out.append("<table width='100%'>")
                for p in promises:
                    late = " class='late'" if p.due_date < today else ""
                    out.append(f"<tr><td{late}>{_e(fmt.date(p.due_date))}</td><td>{_e(p.title)}</td>"
                               f"<td>{_e(p.responsible_initials)}</td></tr>")
                out.append("</table>")
        out.append(f"<h2>{_e(L['Last contacts'])}</h2>")
        if b.last_contacts:
            out.append("<table width='100%'>")
            for x in b.last_contacts:
                out.append(f"<tr><td>{_e(fmt.datetime(x.occurred_at))}</td>"
                           f"<td>{_e(CHANNEL.label(x.channel, self._lang))}</td><td>{_e(x.consultant_initials)}</td>"
                           f"<td>{_e(' '.join(x.summary.split())[:300])}</td></tr>")
            out.append("</table>")
        else:
            out.append(f"<p class='muted'>{_e(L['No contacts yet.'])}</p>")
        if b.other_visits:
            out.append(f"<p><b>{_e(L['Other planned visits'])}:</b> " + ", ".join(
                f"{_e(fmt.datetime(r.start_at))} ({_e(r.consultant_initials)})" for r in b.other_visits) + "</p>")
        out += self.work_html(today)
        out.append(f"<h2>{_e(L['Changes since last time'])}</h2>")
        if b.previous_visit is None:
            first = self.tr("No earlier filled guide for this company: this is the first registered visit.")
            out.append(f"<p>{_e(first)}</p>")
        else:
            pv = b.previous_visit
            out.append(f"<p>{_e(L['Last visit'])}: <b>{_e(fmt.datetime(pv.start_at))}</b> "
                       f"({_e(VISIT_TYPE.label(pv.visit_type, self._lang))}, {_e(pv.consultant_initials)}) · "
                       f"{_e(L['contacts since then'])}: {b.contacts_since_previous}</p>")
            states = {"ny": self.tr("New"), "aendret": self.tr("Changed"), "uaendret": self.tr("Unchanged"),
                      "fjernet": self.tr("Not answered now"), "sidst": ""}
            started = any(x.state != "sidst" for x in b.changes)
            head = [self.tr("Item"), self.tr("Last time")] + ([self.tr("Now"), ""] if started else [])
            out.append("<table width='100%'><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>")
            section = None
            for x in b.changes:
                if x.section != section:
                    section = x.section
                    out.append(f"<tr><td colspan='{len(head)}' style='background:#e3ecf7'><b>{_e(section)}</b>"
                               "</td></tr>")
                row = f"<tr><td>{_e(x.item)}</td><td>{_e(x.before)}</td>"
                if started:
                    row += f"<td>{_e(x.after)}</td><td><b>{_e(states[x.state])}</b></td>"
                out.append(row + "</tr>")
            out.append("</table>")
        return "".join(out)

    def work_html(self, today) -> list[str]:
        """Open job orders, open slots with free seats, and planned or running placements ("forløb")."""
        b, lang = self.brief, self._lang
        heading = self.tr("Job orders, slots and placements")
        out = [f"<h2>{_e(heading)}</h2>"]

        def table(title: str, empty: str, head: list[str], rows: list[list[str]]) -> None:
            out.append(f"<p><b>{_e(title)} ({len(rows)})</b></p>")
            if not rows:
                out.append(f"<p class='muted'>{_e(empty)}</p>")
                return
            out.append("<table width='100%'><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>")
            out.extend("<tr>" + "".join(f"<td>{cell}</td>" for cell in r) + "</tr>" for r in rows)
            out.append("</table>")

        def deadline(o) -> str:
            if o.feedback_deadline is None:
                return ""
            late = " class='late'" if o.feedback_deadline < today else ""
            return f"<span{late}>{_e(fmt.date(o.feedback_deadline))}</span>"

        table(self.tr("Open job orders"), self.tr("No open job orders."),
              [self.tr("Position"), self.tr("Status"), self.tr("Feedback at the latest"), self.tr("Received"),
               self.tr("CVs"), self.tr("Owner")],
              [[_e(o.title or self.tr("(no title)")), _e(ORDER_STATUS.label(o.status, lang)), deadline(o),
                _e(fmt.date(o.received_on)), _e(f"{o.cvs_sent}/{o.cvs_wanted}" if o.cvs_wanted else o.cvs_sent),
                _e(o.owner_initials)] for o in b.open_orders])
        table(self.tr("Placement slots"), self.tr("No open slots."),
              [self.tr("Slot"), self.tr("Scheme"), self.tr("Free"), self.tr("Status"), self.tr("Mentor"),
               self.tr("Responsible")],
              [[_e(x.title), _e(SCHEME.label(x.scheme, lang)),
                _e(self.tr("%1 of %2").replace("%1", str(x.free)).replace("%2", str(x.capacity))),
                _e(SLOT_STATUS.label(x.status, lang)), _e(", ".join(x.mentor_names)), _e(x.responsible_initials)]
               for x in b.slots])
        table(self.tr("Running and planned placements"), self.tr("No running placements."),
              [self.tr("Candidate"), self.tr("Slot"), self.tr("Start"), self.tr("Planned end"), self.tr("Status"),
               self.tr("Mentor"), self.tr("Responsible")],
              [[f"<b>{_e(p.candidate_ref)}</b>", _e(f"{p.slot_title} ({SCHEME.label(p.scheme, lang)})"),
                _e(fmt.date(p.start_date)), _e(fmt.date(p.planned_end)), _e(PLACEMENT_STATUS.label(p.status, lang)),
                _e(p.mentor_name), _e(p.responsible_initials)] for p in b.placements])
        return out

    def save_pdf(self) -> None:
        day = self.brief.visit.start_at.astimezone().date()
        name = f"Besøgsforberedelse {self.brief.company.name} {fmt.date(day)}.pdf".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the visit brief as PDF"), name, "PDF (*.pdf)")
        if path:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: str) -> None:
        from jobcrm.pdf.base import write_atomically
        from jobcrm.pdf.brief import brief_pdf

        write_atomically(path, brief_pdf(self._services.visits.brief(self.visit_id),
                                         self._services.ctx.clock.today()))
