"""The job order editor (Jobordre): every field of the order form in four tabs, the requirement lines and
the referral log, and on the right the completeness panel — how much of "den gode jobordre" is in place,
updated while the consultant types. An order can be saved incomplete. What is typed is autosaved as a
draft, so nothing is lost; "Udskriv…" shows the Ordreblanket of what is on the screen."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.order_rules import status_offers
from jobcrm.domain.vocab import CONTACT_FORM, EMPLOYMENT, ORDER_HOURS, ORDER_OFFER, ORDER_STATUS
from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.changes import ChangeSet
from jobcrm.services.order_dto import OrderDetail, OrderInput, ReferralInput
from jobcrm.ui import fmt
from jobcrm.ui.dialogs.order_values import form_values, order_input
from jobcrm.ui.drafts import DraftStore
from jobcrm.ui.widgets.completeness_panel import CompletenessPanel
from jobcrm.ui.widgets.order_lines import ReferralLines, RequirementLines

_ERROR_STYLE = "border: 1px solid #b3261e; background: #fdecea;"
# completeness item / error field -> (tab, widget key)
TAB_JOB, TAB_REQS, TAB_TERMS, TAB_LOG = range(4)


class OrderEditor(QDialog):
    saved_order = Signal(object)  # OrderSaveResult

    def __init__(self, services, drafts: DraftStore, order: OrderDetail | None = None,
                 company_id: uuid.UUID | None = None, lang: str = "da", tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._drafts = drafts
        self._order = order
        self._lang = lang
        self._tasks = tasks
        self.company_id: uuid.UUID | None = order.company_id if order else company_id
        self._persons: dict[str, object] = {}
        self._suggestions: dict[str, uuid.UUID] = {}
        self.result_ = None
        self._draft_key = f"order-{order.id}" if order else f"order-new-{company_id or 'x'}"
        self.setWindowTitle(self.tr("Job order — %1").replace("%1", order.company_name) if order
                            else self.tr("New job order"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1220, 800)
        self.edits: dict[str, QWidget] = {}
        consultants = services.consultants.list()
        self._consultant_items = [(None, self.tr("(nobody)"))] + [(str(c.id), f"{c.initials} — {c.name}")
                                                                  for c in consultants]

        root = QVBoxLayout(self)
        root.addWidget(self._header())
        body = QHBoxLayout()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._job_tab(), self.tr("The job"))
        self.tabs.addTab(self._requirements_tab(), self.tr("Requirements and profile"))
        self.tabs.addTab(self._terms_tab(), self.tr("Employment and agreements"))
        self.tabs.addTab(self._log_tab(), self.tr("Referral log"))
        body.addWidget(self.tabs, 1)
        self.panel = CompletenessPanel(lang)
        self.panel.item_clicked.connect(self.go_to)
        self.panel.offer_accepted.connect(self.accept_offer)
        body.addWidget(self.panel)
        root.addLayout(body, 1)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.hide()
        root.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip("Ctrl+S")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("The Ordreblanket of what is on the screen (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_form)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        root.addLayout(bottom)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_form)

        if order is not None:
            self.set_values(form_values(order))
        else:
            me = services.ctx.actor.id
            self._set_combo(self.edits["owner_id"], str(me) if me else None)
            self.edits["received_on"].setText(fmt.date(services.ctx.clock.today()))
            if company_id is not None:
                self.set_company(company_id)
        draft = drafts.load(self._draft_key)
        if draft:
            self._offer_draft(draft)
        self._refresh = QTimer(self, singleShot=True, interval=120)
        self._refresh.timeout.connect(self.refresh_panel)
        self._autosave = QTimer(self, singleShot=True, interval=800)
        self._autosave.timeout.connect(self._save_draft)
        self._connect_changes()
        self.refresh_panel()
        (self.edits["title"] if self.company_id else self.company).setFocus()

    # --- building ------------------------------------------------------------------------------
    def _combo(self, key: str, items) -> QComboBox:
        combo = QComboBox()
        for data, text in items:
            combo.addItem(text, data)
        self.edits[key] = combo
        return combo

    def _line(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.edits[key] = edit
        return edit

    def _text(self, key: str, placeholder: str = "", height: int = 64) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(height)
        self.edits[key] = edit
        return edit

    def _date(self, key: str) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        edit = self._line(key, self.tr("24.11.2026, +5 arbejdsdage …"))
        edit.setMaximumWidth(170)
        hint = QLabel()
        hint.setObjectName("muted")
        edit.textChanged.connect(lambda text, h=hint, k=key: self._date_hint(text, h, k))
        row.addWidget(edit)
        row.addWidget(hint, 1)
        return holder

    def _checks(self, key: str, vocab, per_row: int) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes = {}
        for i, term in enumerate(vocab):
            box = QCheckBox(term.label(self._lang))
            grid.addWidget(box, i // per_row, i % per_row)
            boxes[term.code] = box
        self.edits[key] = holder
        holder.boxes = boxes  # type: ignore[attr-defined]
        return holder

    def _header(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 4)
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Type a name, CVR or phone…"))
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._pick_company)
        self.company.setCompleter(completer)
        self.company.textEdited.connect(self._on_company_typed)
        self._suggest_timer = QTimer(self, singleShot=True, interval=150)
        self._suggest_timer.timeout.connect(self._suggest)
        self.edits["company_id"] = self.company
        if self._order is not None:
            self.company.setReadOnly(True)
        person = self._combo("contact_person_id", [(None, self.tr("(none)"))])
        owner = self._combo("owner_id", self._consultant_items[1:])
        status = self._combo("status", [(t.code, t.label(self._lang)) for t in ORDER_STATUS])
        note = self._line("status_note", self.tr("Why (required when cancelled)"))
        status.currentIndexChanged.connect(lambda _i: note.setVisible(status.currentData() != "under_behandling"))
        note.hide()
        labels = [(self.tr("Company *"), self.company), (self.tr("Contact person"), person),
                  (self.tr("Owner (tovholder)"), owner), (self.tr("Received"), self._date("received_on")),
                  (self.tr("Status"), status), (self.tr("Reason"), note)]
        for i, (text, widget) in enumerate(labels):
            label = QLabel(text)
            label.setObjectName("muted")
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        self._note_label = grid.itemAtPosition(2, 2).widget()
        self._note_label.hide()
        status.currentIndexChanged.connect(
            lambda _i: self._note_label.setVisible(status.currentData() != "under_behandling"))
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        return box

    def _job_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("What is offered"), self._checks("offer_types", ORDER_OFFER, 4))
        title = self._line("title", self.tr("e.g. Malersvend, Lagermedarbejder"))
        positions = QSpinBox()
        positions.setRange(1, 999)
        positions.setMaximumWidth(80)
        self.edits["positions"] = positions
        row = QHBoxLayout()
        row.addWidget(title, 1)
        row.addWidget(QLabel(self.tr("Positions")))
        row.addWidget(positions)
        form.addRow(self.tr("Job title"), row)
        form.addRow(self.tr("Nature/content of the work"), self._text(
            "work_content", self.tr("The tasks: ask about the specific tasks and expectations"), 110))
        form.addRow(self.tr("Professional qualifications"), self._text(
            "professional_quals", self.tr("Trade, skills, certificates the work needs"), 90))
        return tab

    def _requirements_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(self.tr("Requirements: which are mandatory (ufravigelige), and which less important "
                               "(knap så vigtige)?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.requirements = RequirementLines(self._lang)
        self.edits["requirements"] = self.requirements.table
        layout.addWidget(self.requirements, 1)
        form = QFormLayout()
        form.addRow(self.tr("Personal qualifications"), self._text(
            "personal_quals", self.tr("e.g. work independently, be part of a team, thrive with customers"), 56))
        form.addRow(self.tr("Physical demands"), self._text(
            "physical_demands", self.tr("Heavy lifting? Standing or walking many hours a day?"), 48))
        form.addRow(self.tr("Company culture"), self._text(
            "culture", self.tr("Work clothes, tone of communication …"), 48))
        form.addRow(self.tr("Other circumstances"), self._text("notes", "", 48))
        for key in ("personal_quals", "physical_demands", "culture", "notes"):
            self.edits[key].setMaximumHeight(self.edits[key].minimumHeight() + 16)
        layout.addLayout(form)
        return tab

    def _terms_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        employment = QGroupBox(self.tr("Employment"))
        ef = QFormLayout(employment)
        ef.addRow(self.tr("Hours"), self._checks("hours", ORDER_HOURS, 4))
        ef.addRow(self.tr("Working hours"), self._line("working_times", self.tr("e.g. Man–tors 7–15.30, fre 7–12")))
        ef.addRow(self.tr("Type of employment"), self._combo(
            "employment", [(None, self.tr("(not said)"))] + [(t.code, t.label(self._lang)) for t in EMPLOYMENT]))
        ef.addRow(self.tr("Start date"), self._date("start_date"))
        layout.addWidget(employment)
        contact = QGroupBox(self.tr("Contact form and feedback"))
        cf = QFormLayout(contact)
        cf.addRow(self.tr("Contact form"), self._combo(
            "contact_form", [(None, self.tr("(not said)"))] + [(t.code, t.label(self._lang)) for t in CONTACT_FORM]))
        cvs = QSpinBox()
        cvs.setRange(0, 99)
        cvs.setSpecialValueText(self.tr("(not said)"))
        cvs.setMaximumWidth(110)
        self.edits["cvs_wanted"] = cvs
        cf.addRow(self.tr("Number of CVs wanted"), cvs)
        cf.addRow(self.tr("CVs by"), self._date("cv_deadline"))
        cf.addRow(self.tr("Responsible for the search"), self._combo("search_responsible_id", self._consultant_items))
        cf.addRow(self.tr("Responsible for feedback"), self._combo("feedback_responsible_id", self._consultant_items))
        cf.addRow(self.tr("Feedback by (Tilbagemelding senest)"), self._date("feedback_deadline"))
        hint = QLabel(self.tr("The feedback deadline becomes a promise in the inbox of the one responsible."))
        hint.setObjectName("muted")
        cf.addRow("", hint)
        layout.addWidget(contact)
        wishes = QGroupBox(self.tr("The company wants contact / more information about"))
        wl = QVBoxLayout(wishes)
        self.edits["wish_retention"] = QCheckBox(self.tr("Retention / sickness absence (Fastholdelse/sygefravær)"))
        self.edits["wish_competence"] = QCheckBox(self.tr(
            "Competence development of own staff / job rotation (Kompetenceudvikling/jobrotation)"))
        wl.addWidget(self.edits["wish_retention"])
        wl.addWidget(self.edits["wish_competence"])
        note = QLabel(self.tr("Each wish becomes a promise for the company's owner (tovholder) to get in touch."))
        note.setObjectName("muted")
        wl.addWidget(note)
        layout.addWidget(wishes)
        layout.addStretch(1)
        return tab

    def _log_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(self.tr("Every CV sent to the company. Candidates are pseudonymous references (initials or "
                               "the case number) — never a CPR number. Record the candidate's consent before the "
                               "CV is sent."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.referrals = ReferralLines(self._services.ctx.clock.today, self._lang)
        self.edits["referrals"] = self.referrals.table
        layout.addWidget(self.referrals, 1)
        return tab

    # --- company and contact person ------------------------------------------------------------
    def _on_company_typed(self, _text: str) -> None:
        self.company_id = None
        self._fill_persons(())
        self._suggest_timer.start()

    def _suggest(self) -> None:
        rows = self._services.companies.suggest(self.company.text(), limit=12)
        self._suggestions = {" · ".join(x for x in (r.name, r.city, r.cvr and f"CVR {r.cvr}") if x): r.id
                             for r in rows}
        self._completions.setStringList(list(self._suggestions))
        if rows and self.company.hasFocus():
            self.company.completer().complete()

    def _pick_company(self, label: str) -> None:
        cid = self._suggestions.get(label)
        if cid is not None:
            self.set_company(cid)

    def set_company(self, company_id: uuid.UUID, keep_person: str | None = None) -> None:
        """Choose the company; its active contact persons (and `keep_person`, the order's own, even when
        it has been deactivated since) fill the contact person list."""
        detail = self._services.companies.get(company_id)
        self.company_id = company_id
        self.company.blockSignals(True)
        self.company.setText(" · ".join(x for x in (detail.name, detail.city) if x))
        self.company.blockSignals(False)
        self.company.setStyleSheet("")
        self._fill_persons(tuple(p for p in detail.contact_persons if p.active or str(p.id) == keep_person))
        if self._order is None and not self.windowTitle().endswith(detail.name):
            self.setWindowTitle(self.tr("New job order — %1").replace("%1", detail.name))
        self._changed()

    def _fill_persons(self, persons) -> None:
        combo = self.edits["contact_person_id"]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        self._persons = {}
        for p in persons:
            combo.addItem(p.name + (f" ({p.title})" if p.title else ""), str(p.id))
            self._persons[str(p.id)] = p
        if current and combo.findData(current) >= 0:
            combo.setCurrentIndex(combo.findData(current))
        elif persons and persons[0].is_primary:
            combo.setCurrentIndex(1)
        combo.blockSignals(False)

    def _date_hint(self, text: str, hint: QLabel, key: str) -> None:
        if not text.strip():
            hint.setText("")
            return
        try:
            day = self._services.orders.parse_day(text, key)
        except ValidationError as e:
            hint.setText(next(iter(e.errors.values())))
            hint.setStyleSheet("color: #b3261e;")
            return
        hint.setStyleSheet("")
        hint.setText(fmt.long_date(day))

    # --- values --------------------------------------------------------------------------------
    def values(self) -> dict:
        """Everything on the screen as plain JSON-ready data (also the draft)."""
        out: dict = {"company_id": str(self.company_id) if self.company_id else None,
                     "company_text": self.company.text()}
        for key, w in self.edits.items():
            if key in ("company_id", "requirements", "referrals"):
                continue
            if isinstance(w, QLineEdit):
                out[key] = w.text()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            elif isinstance(w, QSpinBox):
                out[key] = w.value()
            elif isinstance(w, QCheckBox):
                out[key] = w.isChecked()
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif hasattr(w, "boxes"):
                out[key] = [code for code, box in w.boxes.items() if box.isChecked()]
        out["requirements"] = self.requirements.lines()
        out["referrals"] = self.referrals.lines()
        return out

    def set_values(self, v: dict) -> None:
        if v.get("company_id"):
            try:
                self.set_company(uuid.UUID(v["company_id"]), v.get("contact_person_id"))
            except (JobCRMError, ValueError):
                self.company.setText(v.get("company_text") or "")
        for key, w in self.edits.items():
            if key in ("company_id", "requirements", "referrals") or key not in v:
                continue
            value = v[key]
            if isinstance(w, QLineEdit):
                w.setText(value or "")
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, QSpinBox):
                w.setValue(int(value or 0))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QComboBox):
                self._set_combo(w, value)
            elif hasattr(w, "boxes"):
                for code, box in w.boxes.items():
                    box.setChecked(code in (value or ()))
        self.requirements.set_lines(v.get("requirements") or [])
        self.referrals.set_lines(v.get("referrals") or [])

    @staticmethod
    def _set_combo(combo: QComboBox, value) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def order_input(self) -> OrderInput:
        return order_input(self.company_id, self.values())

    # --- live completeness and offers ----------------------------------------------------------
    def _connect_changes(self) -> None:
        for w in self.edits.values():
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.textChanged.connect(self._changed)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self._changed)
            elif isinstance(w, QCheckBox):
                w.toggled.connect(self._changed)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._changed)
            elif hasattr(w, "boxes"):
                for box in w.boxes.values():
                    box.toggled.connect(self._changed)
        self.requirements.changed.connect(self._changed)
        self.referrals.changed.connect(self._changed)

    def _changed(self, *_args) -> None:
        if hasattr(self, "_refresh"):
            self._refresh.start()
            self._autosave.start()

    def refresh_panel(self) -> None:
        data = self.order_input()
        person = self._persons.get(str(data.contact_person_id)) if data.contact_person_id else None
        self.panel.set_completeness(self._services.orders.completeness(data, person))
        refs = [ReferralInput(r.candidate_ref, r.sent_on, r.consent, r.response) for r in data.referrals
                if r.candidate_ref.strip()]
        offers = []
        for offer in status_offers(data.status, data.cvs_wanted, refs):
            if offer.status == "afsluttet_daekket":
                who = next(r.candidate_ref for r in refs if r.response == "ansat")
                offers.append((offer.status, self.tr("%1 has been hired. Close the order as “need met”?")
                               .replace("%1", who), self.tr("Close as “Afsluttet – behov dækket”")))
            else:
                offers.append((offer.status, self.tr("%1 of %2 wanted CVs have been sent.")
                               .replace("%1", str(len(refs))).replace("%2", str(data.cvs_wanted)),
                               self.tr("Set to “Inaktiveret (nok henvisninger)”")))
        self.panel.set_offers(offers)
        self.tabs.setTabText(TAB_LOG, self.tr("Referral log (%1)").replace("%1", str(len(data.referrals))))

    def accept_offer(self, status: str) -> None:
        """Set the suggested status on the form; it is saved with the order."""
        self._set_combo(self.edits["status"], status)
        self.refresh_panel()

    def go_to(self, key: str) -> None:
        """Take the consultant to the field a missing completeness item is about."""
        target = {
            "title": (TAB_JOB, "title"), "professional_quals": (TAB_JOB, "professional_quals"),
            "offer_types": (TAB_JOB, "offer_types"), "work_content": (TAB_JOB, "work_content"),
            "priorities": (TAB_REQS, "requirements"), "personal_quals": (TAB_REQS, "personal_quals"),
            "physical_demands": (TAB_REQS, "physical_demands"), "culture": (TAB_REQS, "culture"),
            "start_date": (TAB_TERMS, "start_date"), "hours": (TAB_TERMS, "hours"),
            "working_times": (TAB_TERMS, "working_times"), "employment": (TAB_TERMS, "employment"),
            "contact_form": (TAB_TERMS, "contact_form"), "cvs": (TAB_TERMS, "cvs_wanted"),
            "search_responsible": (TAB_TERMS, "search_responsible_id"),
            "feedback": (TAB_TERMS, "feedback_deadline"), "contact_person": (None, "contact_person_id"),
        }.get(key)
        if key.startswith("krav_"):
            self.tabs.setCurrentIndex(TAB_REQS)
            kind = key.removeprefix("krav_")
            if kind not in {line["kind"] for line in self.requirements.lines()}:
                r = self.requirements.add_line(kind)
                self.requirements.table.setCurrentCell(r, 1)
                self.requirements.table.editItem(self.requirements.table.item(r, 1))
            return
        if target is None:
            return
        tab, widget_key = target
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        w = self.edits[widget_key]
        if hasattr(w, "boxes"):
            w = next(iter(w.boxes.values()))
        w.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- drafts --------------------------------------------------------------------------------
    def _save_draft(self) -> None:
        self._drafts.save(self._draft_key, self.values())

    def _offer_draft(self, draft: dict) -> None:
        answer = QMessageBox.question(
            self, self.tr("Unsaved job order"),
            self.tr("There are unsaved changes to this job order from last time (for example after a crash). "
                    "Restore them?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.set_values(draft)
        else:
            self._drafts.discard(self._draft_key)

    # --- saving and printing -------------------------------------------------------------------
    def save(self) -> None:
        self._clear_errors()
        if self.company_id is None:
            self.show_errors({"company_id": self.tr("Choose the company from the list that appears as you type.")})
            return
        data = self.order_input()
        try:
            if self._order is None:
                self.result_ = self._services.orders.create(data)
            else:
                self.result_ = self._services.orders.update(self._order.id, data)
        except ValidationError as e:
            self.show_errors(e.errors)
            return
        except JobCRMError as e:
            self.show_errors({"": str(e)})
            return
        self._autosave.stop()
        self._drafts.discard(self._draft_key)
        self.saved_order.emit(self.result_)
        self.accept()

    def reject(self) -> None:
        self._autosave.stop()
        self._refresh.stop()
        self._drafts.discard(self._draft_key)
        super().reject()

    def changes(self) -> ChangeSet | None:
        return self.result_.changes if self.result_ is not None else None

    def print_form(self):
        """Preview the Ordreblanket of what is on the screen (saved or not)."""
        from jobcrm.ui.dialogs.pdf_preview import PdfPreviewDialog

        self._clear_errors()
        if self.company_id is None:
            self.show_errors({"company_id": self.tr("Choose the company from the list that appears as you type.")})
            return None
        try:
            detail = self._services.orders.preview(self.order_input(), self._order.id if self._order else None)
        except ValidationError as e:
            self.show_errors(e.errors)
            return None
        services = self._services
        today = services.ctx.clock.today()

        def make_pdf() -> bytes:
            from jobcrm.pdf import order_form

            contacts = services.orders.form_contacts(detail.company_id, services.history)
            return order_form.build(detail, contacts, printed_on=today)

        name = "".join(ch if ch.isalnum() else "-" for ch in (detail.title or "jobordre"))[:40]
        dialog = PdfPreviewDialog(self._tasks or _Inline(), make_pdf, self.tr("Ordreblanket"),
                                  f"Ordreblanket-{name}.pdf", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_errors(self, errors: dict[str, str]) -> None:
        tabs = {"title": TAB_JOB, "positions": TAB_JOB, "offer_types": TAB_JOB, "work_content": TAB_JOB,
                "professional_quals": TAB_JOB, "requirements": TAB_REQS, "personal_quals": TAB_REQS,
                "physical_demands": TAB_REQS, "culture": TAB_REQS, "notes": TAB_REQS, "referrals": TAB_LOG}
        for key in errors:
            w = self.edits.get(key)
            if w is not None:
                w.setStyleSheet(_ERROR_STYLE)
        first = next((k for k in errors if k in self.edits), None)
        if first is not None:
            tab = tabs.get(first, TAB_TERMS if first in ("hours", "working_times", "employment", "start_date",
                                                         "contact_form", "cvs_wanted", "cv_deadline",
                                                         "search_responsible_id", "feedback_responsible_id",
                                                         "feedback_deadline") else None)
            if tab is not None:
                self.tabs.setCurrentIndex(tab)
            self.edits[first].setFocus(Qt.FocusReason.OtherFocusReason)
        self.error_label.setText("\n".join(errors.values()))
        self.error_label.show()

    def _clear_errors(self) -> None:
        for w in self.edits.values():
            w.setStyleSheet("")
        self.error_label.hide()


class _Inline:
    """Runs work at once (when the editor is used without the app's task runner)."""

    def run(self, fn, on_done=None, on_error=None) -> None:
        try:
            result = fn()
        except Exception as e:  # noqa: BLE001 - handed to the error callback
            if on_error:
                on_error(e)
            return
        if on_done:
            on_done(result)
