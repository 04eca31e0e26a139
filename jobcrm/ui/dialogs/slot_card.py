"""The slot card: one placement slot with its status (Ledig / Besat / Lukket), "sidst bekræftet" and the
one-click confirm, its facts, its mentor(s) with photos and mentee counts, and its placements with
their follow-up plan — start, extend, end, log a contact, print the presentation."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.recurrence import describe
from jobcrm.domain.vocab import (
    MENTOR_COMPETENCE,
    MENTOR_KIND,
    PLACEMENT_OUTCOME,
    PLACEMENT_STATUS,
    PROMISE_STATUS,
    SCHEME,
)
from jobcrm.errors import JobCRMError
from jobcrm.services.changes import ChangeSet
from jobcrm.services.slot_dto import PlacementDTO, SlotDetail
from jobcrm.ui import fmt
from jobcrm.ui.itemmodels.slot_table import STATUS_COLOURS

AVATAR = 56


def avatar(photo: bytes | None, name: str, size: int = AVATAR) -> QPixmap:
    """The mentor's photo, or a calm disc with the initials."""
    pix = QPixmap()
    if photo and pix.loadFromData(photo):
        return pix.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                          Qt.TransformationMode.SmoothTransformation).copy(0, 0, size, size)
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor("#e3e9f1"))
    p.setPen(QColor("#b8c4d3"))
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.setPen(QColor("#1d4e89"))
    font = p.font()
    font.setBold(True)
    font.setPixelSize(int(size * 0.36))
    p.setFont(font)
    p.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, "".join(w[0] for w in name.split()[:2]).upper())
    p.end()
    return pix


class SlotCard(QDialog):
    changed = Signal(object)  # ChangeSet
    open_company = Signal(object)  # company id

    def __init__(self, services, drafts, slot_id: uuid.UUID, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._drafts = drafts
        self._lang = lang
        self.slot_id = slot_id
        self.slot: SlotDetail | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1240, 820)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.company_button = QPushButton(self.tr("Open company"))
        self.company_button.clicked.connect(lambda: self.open_company.emit(self.slot.company_id))
        self.edit_button = QPushButton(self.tr("Edit slot…"))
        self.edit_button.clicked.connect(self.edit_slot)
        self.close_button = QPushButton(self.tr("Close slot…"))
        self.close_button.clicked.connect(self.close_or_reopen)
        self.print_button = QPushButton(self.tr("Print presentation…"))
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(lambda: self.print_presentation(None))
        for b in (self.company_button, self.edit_button, self.close_button, self.print_button):
            head.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        status_row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("slotStatus")
        self.verified = QLabel()
        self.confirm_button = QPushButton(self.tr("Confirm the slot is still vacant"))
        self.confirm_button.clicked.connect(self.confirm)
        status_row.addWidget(self.status)
        status_row.addSpacing(12)
        status_row.addWidget(self.verified)
        status_row.addWidget(self.confirm_button)
        status_row.addStretch(1)
        layout.addLayout(status_row)
        self.ratio = QLabel()
        self.ratio.setWordWrap(True)
        self.ratio.setStyleSheet("background: #fff4d6; border: 1px solid #e0b02a; border-left: 6px solid #e0a100;"
                                 " border-radius: 4px; padding: 6px 10px; color: #3d2e00;")
        layout.addWidget(self.ratio)

        body = QHBoxLayout()
        body.setSpacing(14)
        self.facts_box = QGroupBox(self.tr("The slot"))
        self.facts = QFormLayout(self.facts_box)
        scroll = QScrollArea()
        scroll.setWidget(self.facts_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body.addWidget(scroll, 5)
        right = QVBoxLayout()
        right.addWidget(self._mentors_box(), 2)
        right.addWidget(self._placements_box(), 3)
        body.addLayout(right, 7)
        layout.addLayout(body, 1)
        self.reload()

    # --- building ------------------------------------------------------------------------------
    def _mentors_box(self) -> QGroupBox:
        self.mentors_box = QGroupBox(self.tr("Mentors"))
        bl = QVBoxLayout(self.mentors_box)
        self.mentors = QListWidget()
        self.mentors.setIconSize(QSize(AVATAR, AVATAR))
        self.mentors.setSpacing(2)
        self.mentors.itemDoubleClicked.connect(lambda _i: self.edit_mentor())
        bl.addWidget(self.mentors)
        row = QHBoxLayout()
        self.add_mentor = QComboBox()
        self.add_mentor.activated.connect(self._attach_mentor)
        self.new_mentor_button = QPushButton(self.tr("New mentor…"))
        self.new_mentor_button.clicked.connect(self.new_mentor)
        self.edit_mentor_button = QPushButton(self.tr("Edit mentor…"))
        self.edit_mentor_button.clicked.connect(self.edit_mentor)
        self.remove_mentor_button = QPushButton(self.tr("Remove from slot"))
        self.remove_mentor_button.clicked.connect(self.detach_mentor)
        row.addWidget(self.add_mentor, 1)
        for b in (self.new_mentor_button, self.edit_mentor_button, self.remove_mentor_button):
            row.addWidget(b)
        bl.addLayout(row)
        return self.mentors_box

    def _placements_box(self) -> QGroupBox:
        self.placements_box = QGroupBox(self.tr("Placements"))
        bl = QVBoxLayout(self.placements_box)
        self.placements = QTableWidget(0, 5)
        self.placements.setHorizontalHeaderLabels([self.tr("Candidate"), self.tr("Period"), self.tr("Status"),
                                                   self.tr("Mentor"), self.tr("Outcome")])
        for view in (self.placements,):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(26)
            view.setAlternatingRowColors(True)
        self.placements.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 100), (1, 170), (2, 150), (3, 140)):
            self.placements.setColumnWidth(col, width)
        self.placements.itemSelectionChanged.connect(self._show_placement)
        bl.addWidget(self.placements, 2)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start placement…"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start_placement)
        self.extend_button = QPushButton(self.tr("Extend…"))
        self.extend_button.clicked.connect(self.extend_placement)
        self.end_button = QPushButton(self.tr("End…"))
        self.end_button.clicked.connect(self.end_placement)
        self.contact_button = QPushButton(self.tr("Log contact…"))
        self.contact_button.clicked.connect(self.log_contact)
        self.print_placement_button = QPushButton(self.tr("Presentation with start details…"))
        self.print_placement_button.clicked.connect(lambda: self.print_presentation(self.selected_placement()))
        for b in (self.start_button, self.extend_button, self.end_button, self.contact_button,
                  self.print_placement_button):
            row.addWidget(b)
        row.addStretch(1)
        bl.addLayout(row)
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.PlainText)
        self.plan.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.plan.setStyleSheet("background: #f6f8fb; border: 1px solid #dde3ea; border-radius: 4px; padding: 6px 8px;")
        self.plan.setMinimumHeight(90)
        bl.addWidget(self.plan, 1)
        return self.placements_box

    # --- loading -------------------------------------------------------------------------------
    def shows_any(self, ids) -> bool:
        s = self.slot
        if s is None:
            return False
        mine = {s.company_id} | {m.id for m in s.mentors} | {p.id for p in s.placements}
        return bool(mine & set(ids))

    def reload(self) -> None:
        s = self._services.slots.get(self.slot_id)
        self.slot = s
        self.setWindowTitle(self.tr("Slot — %1 at %2").replace("%1", s.title).replace("%2", s.company_name))
        self.title.setText(f"{s.title} — {s.company_name}")
        parts = [SCHEME.label(s.scheme, self._lang), s.place, s.company_municipality or "",
                 self.tr("Responsible %1").replace("%1", s.responsible_initials) if s.responsible_initials else ""]
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        bg, fg = STATUS_COLOURS[s.status]
        self.status.setText(self._status_text(s))
        self.status.setStyleSheet(f"QLabel#slotStatus {{ background: {bg.name()}; color: {fg.name()}; "
                                  "border-radius: 4px; padding: 5px 12px; font-weight: bold; font-size: 14px; }")
        who = f" ({s.verified_by_initials})" if s.verified_by_initials else ""
        self.verified.setText(self.tr("Last confirmed %1").replace("%1", fmt.date(s.verified_on) + who))
        self.verified.setStyleSheet("color: #b3261e; font-weight: bold;" if s.verify_overdue else "")
        self.confirm_button.setVisible(s.status != "lukket")
        self.close_button.setText(self.tr("Reopen slot") if s.closed_on else self.tr("Close slot…"))
        self.ratio.setVisible(bool(s.ratio and s.ratio.message))
        self.ratio.setText(s.ratio.message if s.ratio and s.ratio.message else "")
        self._fill_facts(s)
        self._fill_mentors(s)
        self._fill_placements(s)

    def _status_text(self, s: SlotDetail) -> str:
        if s.status == "ledig":
            text = self.tr("Vacant: %1 of %2 seats free").replace("%1", str(s.free)).replace("%2", str(s.capacity))
            if s.days_vacant:
                text += " · " + self.tr("vacant for %1 days").replace("%1", str(s.days_vacant))
            return text
        if s.status == "besat":
            return self.tr("Filled: all %1 seats taken").replace("%1", str(s.capacity))
        return self.tr("Closed %1").replace("%1", fmt.date(s.closed_on or s.available_to))

    def _fill_facts(self, s: SlotDetail) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        period = self.tr("from %1").replace("%1", fmt.date(s.available_from))
        if s.available_to:
            period += " " + self.tr("to %1").replace("%1", fmt.date(s.available_to))
        rows = [
            (self.tr("Seats"), str(s.capacity)), (self.tr("Available"), period),
            (self.tr("Hours per week"), str(s.hours_per_week) if s.hours_per_week else None),
            (self.tr("Working hours"), s.working_hours or s.company_working_hours),
            (self.tr("Tasks"), s.tasks), (self.tr("What the company offers"), s.opportunities),
            (self.tr("Qualifications"), s.qualifications),
            (self.tr("Special conditions / considerations"), s.special_conditions),
            (self.tr("Agreed handling of absence"), s.absence_handling), (self.tr("What to bring"), s.what_to_bring),
            (self.tr("Tags"), ", ".join(s.tags) or None),
        ]
        if s.close_reason:
            rows.append((self.tr("Closed because"), s.close_reason))
        for label, value in rows:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if not value:
                text.setObjectName("muted")
            name = QLabel(label)
            name.setObjectName("muted")
            self.facts.addRow(name, text)

    def _fill_mentors(self, s: SlotDetail) -> None:
        self.mentors.clear()
        for m in s.mentors:
            photo = self._services.mentors.photo(m.id) if m.has_photo else None
            load = self.tr("%1 of max %2 mentees").replace("%1", str(m.active_mentees)).replace("%2", str(m.max_mentees))
            if m.active_mentees >= m.max_mentees:
                load += " — " + self.tr("fully booked")
            kind = MENTOR_KIND.label(m.kind, self._lang)
            parts = dict.fromkeys(x for x in (kind, m.title, m.where, m.phone) if x)  # no repeats
            lines = [m.name, " · ".join(parts), load]
            item = QListWidgetItem(QIcon(avatar(photo, m.name)), "\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, str(m.id))
            item.setToolTip("\n".join(MENTOR_COMPETENCE.label(c, self._lang) for c in m.competences))
            if m.over_capacity:
                item.setForeground(QColor("#b3261e"))
            self.mentors.addItem(item)
        if not s.mentors:
            empty = QListWidgetItem(self.tr("No mentor yet. Add one: the presentation shows the mentor."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.mentors.addItem(empty)
        self.mentors_box.setTitle(self.tr("Mentors (%1)").replace("%1", str(len(s.mentors))))
        attached = {m.id for m in s.mentors}
        self.add_mentor.blockSignals(True)
        self.add_mentor.clear()
        self.add_mentor.addItem(self.tr("Add an existing mentor…"), None)
        for m in self._services.mentors.list(company_id=s.company_id, limit=300):
            if m.id not in attached:
                self.add_mentor.addItem(f"{m.name} — {m.where}" if m.where else m.name, str(m.id))
        self.add_mentor.blockSignals(False)
        has = bool(s.mentors)
        self.edit_mentor_button.setEnabled(has)
        self.remove_mentor_button.setEnabled(has)

    def _fill_placements(self, s: SlotDetail) -> None:
        selected = self.selected_placement()
        self._placement_rows = list(s.placements)
        self.placements.setRowCount(len(s.placements))
        for r, p in enumerate(s.placements):
            status = PLACEMENT_STATUS.label(p.status, self._lang)
            if p.needs_outcome:
                status += " — " + self.tr("outcome missing")
            if p.extensions:
                status += " · " + self.tr("extended %1×").replace("%1", str(len(p.extensions)))
            values = (p.candidate_ref or self.tr("(deleted)"), f"{fmt.date(p.start_date)} – {fmt.date(p.end_date)}",
                      status, p.mentor_name or "", PLACEMENT_OUTCOME.label(p.outcome, self._lang))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 2 and p.needs_outcome:
                    item.setForeground(QColor("#b3261e"))
                self.placements.setItem(r, col, item)
        self.placements_box.setTitle(self.tr("Placements (%1)").replace("%1", str(len(s.placements))))
        self.start_button.setEnabled(s.status != "lukket")
        row = next((i for i, p in enumerate(self._placement_rows) if selected and p.id == selected.id), 0)
        if self._placement_rows:
            self.placements.selectRow(row)
        self._show_placement()

    def selected_placement(self) -> PlacementDTO | None:
        rows = getattr(self, "_placement_rows", [])
        r = self.placements.currentRow()
        return rows[r] if 0 <= r < len(rows) else None

    def _show_placement(self) -> None:
        p = self.selected_placement()
        for b in (self.extend_button, self.end_button, self.contact_button, self.print_placement_button):
            b.setEnabled(p is not None)
        if p is None:
            self.plan.setText(self.tr("No placements yet. \"Start placement…\" creates the follow-up plan in the "
                                      "inbox."))
            return
        self.extend_button.setEnabled(p.ended_on is None)
        self.end_button.setEnabled(p.ended_on is None)
        lines = [self.tr("Follow-up plan for %1:").replace("%1", p.candidate_ref or "")]
        for x in self._services.placements.plan(p.id):
            rule = f" ({describe(x.recurrence)})" if x.recurrence else ""
            state = PROMISE_STATUS.label(x.status, self._lang)
            lines.append(f"  {fmt.date(x.due_date)}  {x.title}{rule} — {state}")
        contacts = self._services.placements.contacts(p.id)
        if contacts:
            lines.append(self.tr("Contacts about the placement:"))
            lines += [f"  {fmt.datetime(c.occurred_at)}  {c.summary}" for c in contacts[:5]]
        if p.candidate_note:
            lines.append(self.tr("Notes: %1").replace("%1", p.candidate_note))
        self.plan.setText("\n".join(lines))

    # --- actions -------------------------------------------------------------------------------
    def _changed(self, change: ChangeSet) -> None:
        self.reload()
        self.changed.emit(change)

    def _slot_change(self, *related: ChangeSet) -> ChangeSet:
        return ChangeSet("slot", (self.slot_id,), "update",
                         (ChangeSet("company", (self.slot.company_id,), "update"), *related))

    def confirm(self) -> None:
        try:
            self._changed(self._services.slots.confirm(self.slot_id))
        except JobCRMError as e:
            QMessageBox.warning(self, self.tr("Placement slots"), str(e))

    def close_or_reopen(self) -> None:
        try:
            if self.slot.closed_on:
                self._changed(self._services.slots.reopen(self.slot_id))
                return
            reason, ok = QInputDialog.getText(self, self.tr("Close slot"), self.tr("Why is the slot closed?"))
            if ok:
                self._changed(self._services.slots.close(self.slot_id, reason))
        except JobCRMError as e:
            QMessageBox.warning(self, self.tr("Placement slots"), str(e))

    def edit_slot(self) -> None:
        from jobcrm.ui.dialogs.slot_editor import SlotEditor

        dialog = SlotEditor(self._services, self._drafts, self.slot, None, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(self._slot_change())

    def new_mentor(self) -> None:
        from jobcrm.ui.dialogs.mentor_editor import MentorEditor

        dialog = MentorEditor(self._services, self._drafts, None, self.slot.company_id, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(self._services.slots.attach_mentor(self.slot_id, dialog.saved.id))

    def selected_mentor_id(self) -> uuid.UUID | None:
        item = self.mentors.currentItem() or (self.mentors.item(0) if self.mentors.count() == 1 else None)
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        return uuid.UUID(data) if data else None

    def edit_mentor(self) -> None:
        from jobcrm.ui.dialogs.mentor_editor import MentorEditor

        mid = self.selected_mentor_id()
        if mid is None:
            return
        dialog = MentorEditor(self._services, self._drafts, self._services.mentors.get(mid), None, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(ChangeSet("mentor", (mid,), "update"))

    def detach_mentor(self) -> None:
        mid = self.selected_mentor_id()
        if mid is not None:
            self._changed(self._services.slots.detach_mentor(self.slot_id, mid))

    def _attach_mentor(self, index: int) -> None:
        data = self.add_mentor.itemData(index)
        if data:
            self._changed(self._services.slots.attach_mentor(self.slot_id, uuid.UUID(data)))

    def start_placement(self) -> None:
        from jobcrm.ui.dialogs.placement_dialogs import StartPlacementDialog

        dialog = StartPlacementDialog(self._services, self._drafts, self.slot, self)
        if dialog.exec() and dialog.result_ is not None:
            result = dialog.result_
            self._changed(self._services.placements.changes(result.placement, *result.promise_ids))
            if result.warnings:
                QMessageBox.warning(self, self.tr("Placement started — please note"), "\n\n".join(result.warnings))

    def extend_placement(self) -> None:
        from jobcrm.ui.dialogs.placement_dialogs import ExtendPlacementDialog

        p = self.selected_placement()
        if p is None:
            return
        dialog = ExtendPlacementDialog(self._services, p, self)
        if dialog.exec() and dialog.result_ is not None:
            ids = [x.id for x in self._services.placements.plan(p.id)]
            self._changed(self._services.placements.changes(dialog.result_, *ids))

    def end_placement(self) -> None:
        from jobcrm.ui.dialogs.placement_dialogs import EndPlacementDialog

        p = self.selected_placement()
        if p is None:
            return
        dialog = EndPlacementDialog(self._services, p, self._lang, self)
        if dialog.exec() and dialog.result_ is not None:
            r = dialog.result_
            self._changed(self._services.placements.changes(r.placement, *r.cancelled_ids, *r.aftercare_ids))

    def log_contact(self) -> None:
        from jobcrm.ui.dialogs.placement_dialogs import PlacementContactDialog

        p = self.selected_placement()
        if p is None:
            return
        dialog = PlacementContactDialog(self._services, p, self._lang, self)
        if dialog.exec() and dialog.result_ is not None:
            self._changed(ChangeSet("contact", (dialog.result_.id,), "create",
                                    (ChangeSet("company", (p.company_id,), "update"),)))

    def print_presentation(self, placement: PlacementDTO | None) -> None:
        from jobcrm.ui.dialogs.presentation_preview import PresentationPreview

        try:
            dialog = PresentationPreview(self._services, self.slot_id, placement.id if placement else None, self)
        except JobCRMError as e:
            QMessageBox.warning(self, self.tr("Print presentation"), str(e))
            return
        dialog.exec()
