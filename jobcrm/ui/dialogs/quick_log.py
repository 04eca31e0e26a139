"""Log kontakt (Ctrl+L): log a call, visit or mail — and the promise made in it — from the keyboard.

Company (type-ahead) → channel → contact person → summary → optionally what was promised, by whom,
by when ("+3 arbejdsdage", "i morgen", a date) and who is responsible → Ctrl+Enter saves.
What is typed is autosaved as a draft, so a crash loses nothing.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.dates import parse_date
from jobcrm.domain.vocab import CHANNEL, PROMISED_BY
from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.quicklog import QuickLogInput, QuickLogResult
from jobcrm.ui import fmt
from jobcrm.ui.drafts import DraftStore
from jobcrm.ui.widgets.recurrence_edit import RecurrenceEdit, RecurrenceError

_ERROR_STYLE = "border: 1px solid #b3261e; background: #fdecea;"
DRAFT_KEY = "quicklog"


class QuickLogDialog(QDialog):
    def __init__(self, services, drafts: DraftStore, company_id: uuid.UUID | None = None, lang: str = "da",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._drafts = drafts
        self._lang = lang
        self.company_id: uuid.UUID | None = None
        self._suggestions: dict[str, uuid.UUID] = {}
        self.result_: QuickLogResult | None = None
        self.setWindowTitle(self.tr("Log contact"))
        self.setMinimumWidth(620)

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
        self.channel = QComboBox()
        for term in CHANNEL:
            self.channel.addItem(term.label(lang), term.code)
        self.channel.setCurrentIndex(self.channel.findData("telefon"))
        self.person = QComboBox()
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What was said and agreed?"))
        self.summary.setFixedHeight(90)
        contact = QFormLayout()
        contact.addRow(self.tr("Company *"), self.company)
        contact.addRow(self.tr("Channel"), self.channel)
        contact.addRow(self.tr("Contact person"), self.person)
        contact.addRow(self.tr("Summary *"), self.summary)

        promise_box = QGroupBox(self.tr("Promise (optional)"))
        pf = QFormLayout(promise_box)
        self.promise = QLineEdit()
        self.promise.setPlaceholderText(self.tr("e.g. Send two CVs"))
        self.promised_by = QComboBox()
        for term in PROMISED_BY:
            self.promised_by.addItem(term.label(lang), term.code)
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("+3 arbejdsdage, i morgen or 24.11.2026"))
        self.due_hint = QLabel()
        self.due_hint.setObjectName("muted")
        self.due.textChanged.connect(self._show_due)
        calendar = services.settings.calendar()
        self.recurrence = RecurrenceEdit(lambda text: parse_date(text, services.ctx.clock.today(), calendar))
        self.responsible = QComboBox()
        me = services.ctx.actor.id
        for c in services.consultants.list():
            self.responsible.addItem(f"{c.initials} — {c.name}", str(c.id))
        if me is not None:
            self.responsible.setCurrentIndex(max(self.responsible.findData(str(me)), 0))
        pf.addRow(self.tr("What"), self.promise)
        pf.addRow(self.tr("Promised by"), self.promised_by)
        pf.addRow(self.tr("Due"), self.due)
        pf.addRow("", self.due_hint)
        pf.addRow(self.tr("Repeats"), self.recurrence)
        pf.addRow(self.tr("Responsible"), self.responsible)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip("Ctrl+Enter")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(contact)
        layout.addWidget(promise_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._fields = {"company_id": self.company, "channel": self.channel, "summary": self.summary,
                        "person_ids": self.person, "promise_title": self.promise, "promised_by": self.promised_by,
                        "due": self.due, "responsible_id": self.responsible, "recurrence": self.recurrence.until}

        if company_id is not None:
            self.set_company(company_id)
        draft = drafts.load(DRAFT_KEY)
        if draft:
            self._offer_draft(draft)
        (self.summary if self.company_id else self.company).setFocus()
        self._autosave = QTimer(self, singleShot=True, interval=800)
        self._autosave.timeout.connect(self._save_draft)
        for signal in (self.company.textChanged, self.channel.currentIndexChanged, self.person.currentIndexChanged,
                       self.summary.textChanged, self.promise.textChanged, self.promised_by.currentIndexChanged,
                       self.due.textChanged, self.responsible.currentIndexChanged, self.recurrence.changed):
            signal.connect(self._autosave.start)

    # --- company type-ahead --------------------------------------------------------------------
    def _on_company_typed(self, _text: str) -> None:
        self.company_id = None
        self._fill_persons(())
        self._suggest_timer.start()

    def _suggest(self) -> None:
        rows = self._services.companies.suggest(self.company.text(), limit=12)
        self._suggestions = {}
        for r in rows:
            label = " · ".join(x for x in (r.name, r.city, r.cvr and f"CVR {r.cvr}") if x)
            self._suggestions[label] = r.id
        self._completions.setStringList(list(self._suggestions))
        if rows and self.company.hasFocus():
            self.company.completer().complete()

    def _pick_company(self, label: str) -> None:
        cid = self._suggestions.get(label)
        if cid is not None:
            self.set_company(cid)

    def set_company(self, company_id: uuid.UUID) -> None:
        detail = self._services.companies.get(company_id)
        self.company_id = company_id
        self.company.blockSignals(True)
        self.company.setText(" · ".join(x for x in (detail.name, detail.city) if x))
        self.company.blockSignals(False)
        self._fill_persons(tuple(p for p in detail.contact_persons if p.active))
        self.company.setStyleSheet("")

    def _fill_persons(self, persons) -> None:
        self.person.clear()
        self.person.addItem(self.tr("(none)"), None)
        for p in persons:
            title = f" ({p.title})" if p.title else ""
            self.person.addItem(p.name + title, str(p.id))
        if persons and persons[0].is_primary:
            self.person.setCurrentIndex(1)

    def _show_due(self, text: str) -> None:
        if not text.strip():
            self.due_hint.setText("")
            return
        try:
            day = self._services.quicklog.parse_due(text)
        except ValidationError as e:
            self.due_hint.setText(next(iter(e.errors.values())))
            return
        self.due_hint.setText(fmt.long_date(day))

    # --- drafts --------------------------------------------------------------------------------
    def values(self) -> dict:
        return {
            "company_id": str(self.company_id) if self.company_id else None, "company_text": self.company.text(),
            "channel": self.channel.currentData(), "person_id": self.person.currentData(),
            "summary": self.summary.toPlainText(), "promise": self.promise.text(),
            "promised_by": self.promised_by.currentData(), "due": self.due.text(),
            "responsible_id": self.responsible.currentData(), "recurrence": self.recurrence.values(),
        }

    def set_values(self, v: dict) -> None:
        if v.get("company_id"):
            try:
                self.set_company(uuid.UUID(v["company_id"]))
            except (JobCRMError, ValueError):
                self.company.setText(v.get("company_text") or "")
        else:
            self.company.setText(v.get("company_text") or "")
        for combo, key in ((self.channel, "channel"), (self.person, "person_id"),
                           (self.promised_by, "promised_by"), (self.responsible, "responsible_id")):
            if v.get(key) is not None:
                combo.setCurrentIndex(max(combo.findData(v[key]), 0))
        self.summary.setPlainText(v.get("summary") or "")
        self.promise.setText(v.get("promise") or "")
        self.due.setText(v.get("due") or "")
        self.recurrence.set_values(v.get("recurrence"))

    def _save_draft(self) -> None:
        self._drafts.save(DRAFT_KEY, self.values())

    def _offer_draft(self, draft: dict) -> None:
        answer = QMessageBox.question(
            self, self.tr("Unsaved contact"),
            self.tr("A contact you were logging was not saved (for example after a crash). Restore it?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.set_values(draft)
        else:
            self._drafts.discard(DRAFT_KEY)

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        for w in self._fields.values():
            w.setStyleSheet("")
        if self.company_id is None:
            self.show_errors({"company_id": self.tr("Choose the company from the list that appears as you type.")})
            return
        try:
            rule = self.recurrence.rule()
        except (RecurrenceError, ValueError) as e:
            self.show_errors({"recurrence": str(e)})
            return
        person = self.person.currentData()
        responsible = self.responsible.currentData()
        data = QuickLogInput(
            company_id=self.company_id, channel=self.channel.currentData(), summary=self.summary.toPlainText(),
            person_ids=(uuid.UUID(person),) if person else (), promise_title=self.promise.text(),
            promised_by=self.promised_by.currentData(), due=self.due.text(),
            responsible_id=uuid.UUID(responsible) if responsible else None, recurrence=rule)
        try:
            self.result_ = self._services.quicklog.log(data)
        except ValidationError as e:
            self.show_errors(e.errors)
            return
        except JobCRMError as e:
            self.show_errors({"": str(e)})
            return
        self._autosave.stop()
        self._drafts.discard(DRAFT_KEY)
        self.accept()

    def reject(self) -> None:
        self._autosave.stop()
        self._drafts.discard(DRAFT_KEY)
        super().reject()

    def show_errors(self, errors: dict[str, str]) -> None:
        for key in errors:
            w = self._fields.get(key)
            if w is not None:
                w.setStyleSheet(_ERROR_STYLE)
        first = next((self._fields[k] for k in errors if k in self._fields), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.error_label.setText("\n".join(errors.values()))
        self.error_label.show()
