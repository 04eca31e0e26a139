"""The company card (Virksomhedskort): what a consultant reads before calling or visiting.

"Særlige forhold" stands out at the top; then the facts, the contact persons (add, edit, deactivate,
mark primary), the open promises in both directions, and the contact history — newest first, paged
as the view scrolls, filterable by channel and consultant. Orders, slots and visits arrive later.
"""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import AGREEMENT, CHANNEL, PERSON_ROLE, PROMISED_BY, RELATIONSHIP, SECTOR
from jobcrm.errors import JobCRMError
from jobcrm.services.changes import ChangeSet
from jobcrm.services.dto import CompanyDetail, ContactPersonDTO, ContactPersonInput
from jobcrm.ui import fmt
from jobcrm.ui.dialogs.merge_dialog import MergeDialog
from jobcrm.ui.dialogs.person_dialog import PersonDialog
from jobcrm.ui.itemmodels.timeline_model import TimelineModel
from jobcrm.ui.widgets.company_audit import CompanyAuditTab
from jobcrm.ui.widgets.company_orders import CompanyOrders
from jobcrm.ui.widgets.company_slots import CompanySlotsTab
from jobcrm.ui.widgets.company_visits import CompanyVisitsList

_RED = QColor("#b3261e")
_GREY = QColor("#8a94a3")


class CompanyCard(QDialog):
    edit_requested = Signal(object)  # company id
    log_requested = Signal(object)  # company id
    order_requested = Signal(object)  # job order id
    new_order_requested = Signal(object)  # company id
    blank_order_requested = Signal(object)  # company id
    changed = Signal(object)  # ChangeSet

    def __init__(self, services, company_id: uuid.UUID, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self.company_id = company_id
        self.company: CompanyDetail | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1240, 800)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.log_button = QPushButton(self.tr("Log contact…"))
        self.log_button.setObjectName("primary")
        self.log_button.setToolTip("Ctrl+L")
        self.log_button.clicked.connect(lambda: self.log_requested.emit(self.company_id))
        self.edit_button = QPushButton(self.tr("Edit facts…"))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.company_id))
        self.merge_button = QPushButton(self.tr("Merge with…"))
        self.merge_button.setToolTip(self.tr("Merge a duplicate of this company into it"))
        self.merge_button.clicked.connect(self.merge_with)
        head.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.special = QLabel()
        self.special.setObjectName("specialBox")
        self.special.setWordWrap(True)
        self.special.setTextFormat(Qt.TextFormat.PlainText)
        self.special.setStyleSheet("QLabel#specialBox { background: #fff4d6; border: 1px solid #e0b02a;"
                                   " border-left: 6px solid #e0a100; border-radius: 4px; padding: 8px 12px;"
                                   " font-size: 14px; color: #3d2e00; }")
        layout.addWidget(self.special)

        body = QHBoxLayout()
        body.setSpacing(14)
        left = QVBoxLayout()
        self.facts_box = QGroupBox(self.tr("Facts"))
        self.facts = QFormLayout(self.facts_box)
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        facts_scroll = QScrollArea()
        facts_scroll.setWidget(self.facts_box)
        facts_scroll.setWidgetResizable(True)
        facts_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left.addWidget(facts_scroll, 3)
        left.addWidget(self._persons_box(), 2)
        body.addLayout(left, 5)  # facts and persons are short; the history needs the width

        right = QVBoxLayout()
        right.addWidget(self._promises_box())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._history_tab(), self.tr("Contact history"))
        self.orders_tab = CompanyOrders(services, company_id, lang)
        self.orders_tab.open_order.connect(self.order_requested)
        self.orders_tab.new_order.connect(lambda: self.new_order_requested.emit(self.company_id))
        self.orders_tab.blank_form.connect(lambda: self.blank_order_requested.emit(self.company_id))
        self.tabs.addTab(self.orders_tab, self.tr("Job orders"))
        self.slots_tab = CompanySlotsTab(services, company_id, lang)
        self.tabs.addTab(self.slots_tab, self.tr("Placement slots"))
        self.visits_list = CompanyVisitsList(services, company_id, lang)
        self.tabs.addTab(self.visits_list, self.tr("Visits"))
        self.audit_tab = CompanyAuditTab(services, company_id, lang)  # issue 8: keep this tab last
        self.tabs.addTab(self.audit_tab, self.tr("Change history"))
        right.addWidget(self.tabs, 1)
        body.addLayout(right, 8)
        layout.addLayout(body, 1)

        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.edit_button.click)
        self.reload()

    # --- building ------------------------------------------------------------------------------
    def _persons_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contact persons"))
        bl = QVBoxLayout(box)
        self.persons = QTableWidget(0, 4)
        self.persons.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Job title"), self.tr("Phone"),
                                                self.tr("Role")])
        self._table_look(self.persons)
        self.persons.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 108), (2, 92), (3, 86)):
            self.persons.setColumnWidth(col, width)
        self.persons.itemSelectionChanged.connect(self._update_person_buttons)
        self.persons.doubleClicked.connect(lambda _i: self.edit_person())
        bl.addWidget(self.persons)
        row = QHBoxLayout()
        self.add_person_button = QPushButton(self.tr("Add…"))
        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button = QPushButton(self.tr("Edit…"))
        self.edit_person_button.clicked.connect(self.edit_person)
        self.toggle_person_button = QPushButton(self.tr("Deactivate"))
        self.toggle_person_button.clicked.connect(self.toggle_person_active)
        self.primary_button = QPushButton(self.tr("Make primary"))
        self.primary_button.clicked.connect(self.make_primary)
        for b in (self.add_person_button, self.edit_person_button, self.toggle_person_button, self.primary_button):
            row.addWidget(b)
        row.addStretch(1)
        bl.addLayout(row)
        return box

    def _promises_box(self) -> QGroupBox:
        self.promises_box = QGroupBox(self.tr("Open promises"))
        bl = QVBoxLayout(self.promises_box)
        self.promises = QTableWidget(0, 4)
        self.promises.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Promised by"), self.tr("What"),
                                                 self.tr("Responsible")])
        self._table_look(self.promises)
        self.promises.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.no_promises = QLabel(self.tr("No open promises with this company."))
        self.no_promises.setObjectName("muted")
        bl.addWidget(self.promises)
        bl.addWidget(self.no_promises)
        return self.promises_box

    def _history_tab(self) -> QWidget:
        tab = QWidget()
        tl = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.channel_filter = QComboBox()
        self.channel_filter.addItem(self.tr("All channels"), None)
        for term in CHANNEL:
            self.channel_filter.addItem(term.label(self._lang), term.code)
        self.consultant_filter = QComboBox()
        self.consultant_filter.addItem(self.tr("All consultants"), None)
        for c in self._services.consultants.list(active_only=False):
            self.consultant_filter.addItem(f"{c.initials} — {c.name}", str(c.id))
        self.channel_filter.currentIndexChanged.connect(self._reload_timeline)
        self.consultant_filter.currentIndexChanged.connect(self._reload_timeline)
        bar.addWidget(self.channel_filter)
        bar.addWidget(self.consultant_filter)
        bar.addStretch(1)
        tl.addLayout(bar)
        self.timeline = TimelineModel(self._services.history, self._lang, self, today=self._services.ctx.clock.today)
        self.timeline_view = QTableView()
        self.timeline_view.setModel(self.timeline)
        self._table_look(self.timeline_view)
        header = self.timeline_view.horizontalHeader()
        for col, width in enumerate((118, 118, 48)):
            self.timeline_view.setColumnWidth(col, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timeline_view.setColumnWidth(4, 100)
        self.timeline_view.selectionModel().currentRowChanged.connect(self._show_entry)
        tl.addWidget(self.timeline_view, 1)
        self.entry_detail = QLabel()
        self.entry_detail.setWordWrap(True)
        self.entry_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.entry_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entry_detail.setStyleSheet("background: #f6f8fb; border: 1px solid #dde3ea; border-radius: 4px;"
                                        " padding: 6px 8px;")
        self.entry_detail.setMinimumHeight(56)
        self.entry_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        tl.addWidget(self.entry_detail)
        self.no_history = QLabel(self.tr("No contacts logged yet. Use \"Log contact\" (Ctrl+L)."))
        self.no_history.setObjectName("muted")
        tl.addWidget(self.no_history)
        return tab

    @staticmethod
    def _table_look(view) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(26)

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        c = self._services.companies.get(self.company_id)
        self.company = c
        self.setWindowTitle(self.tr("Company card — %1").replace("%1", c.name))
        self.title.setText(c.name)
        place = ", ".join(x for x in (c.address, " ".join(x for x in (c.postal_code, c.city) if x)) if x)
        parts = [self.tr("CVR %1").replace("%1", c.cvr) if c.cvr else self.tr("No CVR"), place,
                 self.tr("Phone %1").replace("%1", c.phone) if c.phone else "",
                 RELATIONSHIP.label(c.relationship_status, self._lang),
                 self.tr("Owner %1").replace("%1", c.owner_initials) if c.owner_initials else self.tr("No owner")]
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        if c.special_notes:
            self.special.setText(self.tr("Special circumstances: %1").replace("%1", c.special_notes))
            self.special.show()
        else:
            self.special.hide()
        self._fill_facts(c)
        self._fill_persons(c.contact_persons)
        self._fill_promises()
        self._reload_timeline()
        if hasattr(self, "slots_tab"):
            self.slots_tab.reload()
        if hasattr(self, "visits_list"):
            self.visits_list.reload()
        if hasattr(self, "audit_tab"):
            self.audit_tab.refresh()
        if hasattr(self, "orders_tab"):
            self.orders_tab.reload()
            self.tabs.setTabText(self.tabs.indexOf(self.orders_tab),
                                 self.tr("Job orders (%1 open)").replace("%1", str(self.orders_tab.open_count))
                                 if self.orders_tab.open_count else self.tr("Job orders"))

    def _fill_facts(self, c: CompanyDetail) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        rows = [
            (self.tr("P-number"), c.p_number), (self.tr("Municipality"), c.municipality),
            (self.tr("E-mail"), c.email), (self.tr("Web"), c.web), (self.tr("Industry"), c.industry),
            (self.tr("Employees"), c.employees_text),
            (self.tr("Sector"), SECTOR.label(c.sector, self._lang)),
            (self.tr("Owner (tovholder)"), f"{c.owner_initials} — {c.owner_name}" if c.owner_initials else None),
            (self.tr("Agreement"), AGREEMENT.label(c.agreement_type, self._lang) or None),
            (self.tr("Last contact"), fmt.datetime(c.last_contact_at) or None),
            (self.tr("Next follow-up"), fmt.date(c.next_due_date) or None),
            (self.tr("Working hours"), c.working_hours), (self.tr("Absence policy"), c.absence_policy),
            (self.tr("Alcohol policy"), c.alcohol_policy), (self.tr("Core business / history"), c.core_business),
            (self.tr("Tags"), c.tags),
        ]
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

    def _fill_persons(self, persons: tuple[ContactPersonDTO, ...]) -> None:
        self._person_rows = list(persons)
        self.persons.setRowCount(len(persons))
        for r, p in enumerate(persons):
            name = p.name + ("  ★" if p.is_primary else "") + ("" if p.active else "  " + self.tr("(inactive)"))
            phone = p.mobile or p.phone or ""
            phones = " / ".join(x for x in (p.phone, p.mobile) if x)
            for col, text in enumerate((name, p.title or "", phone, PERSON_ROLE.label(p.role, self._lang))):
                item = QTableWidgetItem(text)
                if not p.active:
                    item.setForeground(QBrush(_GREY))
                tip = "\n".join(x for x in (p.name, p.title, phones, p.email) if x)
                item.setToolTip(tip)
                self.persons.setItem(r, col, item)
        self._update_person_buttons()

    def _fill_promises(self) -> None:
        promises = self._services.promises.open_for_company(self.company_id)
        today = self._services.ctx.clock.today()
        self.promises.setRowCount(len(promises))
        for r, p in enumerate(promises):
            who = PROMISED_BY.label(p.promised_by, self._lang)
            for col, text in enumerate((fmt.date(p.due_date), who, p.title, p.responsible_initials)):
                item = QTableWidgetItem(text)
                if col == 0 and p.due_date < today:
                    item.setForeground(QBrush(_RED))
                    item.setToolTip(self.tr("Overdue"))
                if col == 1 and p.promised_by != "jobcentret":
                    item.setToolTip(self.tr("We are waiting for them"))
                self.promises.setItem(r, col, item)
        self.promises.resizeColumnToContents(0)
        self.promises.resizeColumnToContents(1)
        # As high as its rows (up to six, then it scrolls), so a short list leaves room for the history.
        rows = min(max(len(promises), 1), 6)
        self.promises.setFixedHeight(self.promises.horizontalHeader().height() + rows * 26 + 4)
        self.promises_box.setTitle(self.tr("Open promises (%1)").replace("%1", str(len(promises))))
        self.promises.setVisible(bool(promises))
        self.no_promises.setVisible(not promises)

    def _reload_timeline(self) -> None:
        consultant = self.consultant_filter.currentData()
        channel, consultant_id = self.channel_filter.currentData(), uuid.UUID(consultant) if consultant else None
        self.timeline.load(self.company_id, channel, consultant_id)
        total = self._services.history.count(self.company_id, channel=channel, consultant_id=consultant_id)
        self.tabs.setTabText(0, self.tr("Contact history (%1)").replace("%1", str(total)))
        empty = self.timeline.rowCount() == 0
        filtered = self.channel_filter.currentIndex() > 0 or self.consultant_filter.currentIndex() > 0
        self.no_history.setText(self.tr("No contacts match the filter.") if filtered else
                                self.tr("No contacts logged yet. Use \"Log contact\" (Ctrl+L)."))
        self.no_history.setVisible(empty)
        self.entry_detail.setVisible(not empty)
        self.entry_detail.setText(self.tr("Select an entry to read all of it."))
        if not empty:  # the newest contact is read in full below the list, without a click
            self.timeline_view.setCurrentIndex(self.timeline.index(0, 0))

    def _show_entry(self, current, _previous=None) -> None:
        entry = self.timeline.entry(current.row())
        if entry is None:
            return
        who = entry.consultant_initials or "—"
        head = f"{fmt.datetime(entry.occurred_at)} · {CHANNEL.label(entry.channel, self._lang)} · {who}"
        if entry.person_names:
            head += " · " + ", ".join(entry.person_names)
        self.entry_detail.setText("\n".join([head, entry.summary, *self.timeline.promise_lines(entry)]))

    # --- merging a duplicate -------------------------------------------------------------------
    def merge_with(self) -> MergeDialog:
        """Læg sammen med …: pick a duplicate, see what moves, confirm; the card then shows the result."""
        dialog = MergeDialog(self._services, self.company, self)
        dialog.accepted.connect(lambda: self._merged(dialog))
        dialog.open()
        self.merge_dialog = dialog
        return dialog

    def _merged(self, dialog: MergeDialog) -> None:
        r = dialog.result_
        if r is None:
            return
        self.reload()
        self.changed.emit(ChangeSet("company", (r.removed_id,), "delete", (
            ChangeSet("company", (r.kept_id,), "update"), ChangeSet("contact", (), "update"),
            ChangeSet("promise", (), "update"))))

    # --- contact persons -----------------------------------------------------------------------
    def selected_person(self) -> ContactPersonDTO | None:
        row = self.persons.currentRow()
        return self._person_rows[row] if 0 <= row < len(self._person_rows) else None

    def _update_person_buttons(self) -> None:
        p = self.selected_person()
        for b in (self.edit_person_button, self.toggle_person_button, self.primary_button):
            b.setEnabled(p is not None)
        self.toggle_person_button.setText(self.tr("Reactivate") if p is not None and not p.active
                                          else self.tr("Deactivate"))
        if p is not None:
            self.primary_button.setEnabled(not p.is_primary and p.active)

    def add_person(self) -> None:
        dialog = PersonDialog(self._services.companies, self.company_id, None, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self._person_changed(dialog.saved.id, "create")

    def edit_person(self) -> None:
        p = self.selected_person()
        if p is None:
            return
        dialog = PersonDialog(self._services.companies, self.company_id, p, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self._person_changed(p.id)

    def toggle_person_active(self) -> None:
        p = self.selected_person()
        if p is not None:
            self._save_person(p, active=not p.active, is_primary=p.is_primary and p.active)

    def make_primary(self) -> None:
        p = self.selected_person()
        if p is not None:
            self._save_person(p, is_primary=True)

    def _save_person(self, p: ContactPersonDTO, **changes) -> None:
        values = {f.name: getattr(p, f.name) for f in dataclasses.fields(ContactPersonInput)} | changes
        try:
            self._services.companies.update_person(p.id, ContactPersonInput(**values))
        except JobCRMError as e:
            self.entry_detail.setText(str(e))
            return
        self._person_changed(p.id)

    def _person_changed(self, person_id: uuid.UUID, kind: str = "update") -> None:
        selected = person_id
        self.reload()
        for r, person in enumerate(self._person_rows):
            if person.id == selected:
                self.persons.selectRow(r)
        self.changed.emit(ChangeSet("company", (self.company_id,), "update",
                                    (ChangeSet("contact_person", (person_id,), kind),)))
