"""Planlæg besøg (and edit a planned visit), and the status dialog (aflys, flyt, udeblevet) with its reason.

Company by type-ahead → date ("i morgen", "fredag", 26.11) → time → length → type → guide → consultants →
contact persons (one or more) → Ctrl+Enter. What is typed in a new visit is autosaved as a draft."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.dates import DateParseError, parse_date, parse_time
from jobcrm.domain.vocab import VISIT_STATUS, VISIT_TYPE
from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.visit_dto import VisitDTO, VisitInput
from jobcrm.ui import fmt
from jobcrm.ui.drafts import DraftStore

_ERROR_STYLE = "border: 1px solid #b3261e; background: #fdecea;"
DRAFT_KEY = "plan-visit"
LENGTHS = (30, 45, 60, 90, 120, 180)


class PlanVisitDialog(QDialog):
    def __init__(self, services, drafts: DraftStore, company_id: uuid.UUID | None = None,
                 visit: VisitDTO | None = None, lang: str = "da", parent: QWidget | None = None,
                 day: dt.date | None = None):
        super().__init__(parent)
        self._services = services
        self._drafts = drafts
        self._lang = lang
        self._visit = visit
        self.company_id: uuid.UUID | None = None
        self._suggestions: dict[str, uuid.UUID] = {}
        self._address: str | None = None
        self.saved: VisitDTO | None = None
        self.setWindowTitle(self.tr("Edit visit") if visit else self.tr("Plan a visit"))
        self.setMinimumWidth(640)

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

        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("i morgen, fredag or 26.11.2026"))
        self.date_hint = QLabel()
        self.date_hint.setObjectName("muted")
        self.date.textChanged.connect(self._show_date)
        self.time = QLineEdit()
        self.time.setPlaceholderText("09:00")
        self.time.setMaximumWidth(90)
        self.length = QComboBox()
        for minutes in LENGTHS:
            if minutes < 60:
                text = self.tr("%1 min").replace("%1", str(minutes))
            elif minutes == 60:
                text = self.tr("1 hour")
            elif minutes == 90:
                text = self.tr("1½ hours")
            else:
                text = self.tr("%1 hours").replace("%1", str(minutes // 60))
            self.length.addItem(text, minutes)
        self.length.setCurrentIndex(LENGTHS.index(60))
        when = QHBoxLayout()
        when.addWidget(self.date, 2)
        when.addWidget(QLabel(self.tr("at")))
        when.addWidget(self.time)
        when.addWidget(self.length)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("The company's address"))
        self.visit_type = QComboBox()
        for term in VISIT_TYPE:
            self.visit_type.addItem(term.label(lang), term.code)
        self.template = QComboBox()
        for t in services.guides.list_templates():
            self.template.addItem(t.name, str(t.id))
        self.consultant = QComboBox()
        self.others = QListWidget()
        self.others.setMaximumHeight(86)
        me = services.ctx.actor.id
        for c in services.consultants.list():
            self.consultant.addItem(f"{c.initials} — {c.name}", str(c.id))
            item = QListWidgetItem(f"{c.initials} — {c.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(c.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.others.addItem(item)
        if me is not None:
            self.consultant.setCurrentIndex(max(self.consultant.findData(str(me)), 0))
        self.persons = QListWidget()  # the company's contact persons taking part: tick one or more
        self.persons.setMaximumHeight(86)
        self._main_person: str | None = None  # kept as the main contact person when editing
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Purpose of the visit, what to bring…"))
        self.note.setFixedHeight(64)

        form = QFormLayout()
        form.addRow(self.tr("Company *"), self.company)
        form.addRow(self.tr("When *"), when)
        form.addRow("", self.date_hint)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Type"), self.visit_type)
        form.addRow(self.tr("Visit guide"), self.template)
        form.addRow(self.tr("Consultant"), self.consultant)
        form.addRow(self.tr("Joint visit with"), self.others)
        form.addRow(self.tr("Contact persons"), self.persons)
        form.addRow(self.tr("Note"), self.note)
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
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._fields = {"company_id": self.company, "start": self.date, "time": self.time, "end": self.length,
                        "place": self.place, "visit_type": self.visit_type, "template_id": self.template,
                        "consultant_id": self.consultant, "other_consultant_ids": self.others,
                        "contact_person_id": self.persons, "other_person_ids": self.persons, "note": self.note}

        self._autosave = QTimer(self, singleShot=True, interval=800)
        self._autosave.timeout.connect(self._save_draft)
        if visit is not None:
            self._fill_from(visit)
        else:
            if company_id is not None:
                self.set_company(company_id)
            if day is not None:
                self.date.setText(fmt.date(day))
            draft = drafts.load(DRAFT_KEY)
            if draft:
                self._offer_draft(draft)
            for signal in (self.company.textChanged, self.date.textChanged, self.time.textChanged,
                           self.place.textChanged, self.note.textChanged, self.visit_type.currentIndexChanged,
                           self.template.currentIndexChanged, self.persons.itemChanged):
                signal.connect(self._autosave.start)
        (self.date if self.company_id else self.company).setFocus()

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
            self.date.setFocus()

    def set_company(self, company_id: uuid.UUID) -> None:
        detail = self._services.companies.get(company_id)
        self.company_id = company_id
        self.company.blockSignals(True)
        self.company.setText(" · ".join(x for x in (detail.name, detail.city) if x))
        self.company.blockSignals(False)
        town = " ".join(x for x in (detail.postal_code, detail.city) if x)
        address = ", ".join(x for x in (detail.address, town) if x) or None
        if not self.place.text().strip() or self.place.text() == (self._address or ""):
            self.place.setText(address or "")
        self._address = address
        self._fill_persons(tuple(p for p in detail.contact_persons if p.active))
        self.company.setStyleSheet("")

    def _fill_persons(self, persons) -> None:
        self.persons.clear()
        for p in persons:
            title = f" ({p.title})" if p.title else ""
            item = QListWidgetItem(p.name + title)
            item.setData(Qt.ItemDataRole.UserRole, str(p.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.is_primary else Qt.CheckState.Unchecked)
            self.persons.addItem(item)

    def person_ids(self) -> list[str]:
        """The ticked contact persons, the main one (when editing) first, then in list order."""
        ticked = [self.persons.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.persons.count())
                  if self.persons.item(i).checkState() == Qt.CheckState.Checked]
        return sorted(ticked, key=lambda pid: pid != self._main_person)

    def set_person_ids(self, ids) -> None:
        wanted = {str(x) for x in ids}
        for i in range(self.persons.count()):
            item = self.persons.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # --- dates ---------------------------------------------------------------------------------
    def _parse_day(self) -> dt.date:
        return parse_date(self.date.text(), self._services.ctx.clock.today(), self._services.settings.calendar())

    def _show_date(self, text: str) -> None:
        if not text.strip():
            self.date_hint.setText("")
            return
        try:
            self.date_hint.setText(fmt.long_date(self._parse_day()))
        except DateParseError as e:
            self.date_hint.setText(str(e))

    # --- values and drafts ---------------------------------------------------------------------
    def _fill_from(self, v: VisitDTO) -> None:
        self.set_company(v.company_id)
        start, end = v.start_at.astimezone(), v.end_at.astimezone()
        self.date.setText(fmt.date(start.date()))
        self.time.setText(f"{start:%H:%M}")
        minutes = int((end - start).total_seconds() // 60)
        if self.length.findData(minutes) < 0:
            self.length.addItem(self.tr("%1 min").replace("%1", str(minutes)), minutes)
        self.length.setCurrentIndex(self.length.findData(minutes))
        self.place.setText(v.place or "")
        self.visit_type.setCurrentIndex(max(self.visit_type.findData(v.visit_type), 0))
        if v.template_id:
            self.template.setCurrentIndex(max(self.template.findData(str(v.template_id)), 0))
        self.template.setEnabled(v.template_version_id is None)
        self.consultant.setCurrentIndex(max(self.consultant.findData(str(v.consultant_id)), 0))
        others = {str(cid) for cid, _ in v.other_consultants}
        for i in range(self.others.count()):
            item = self.others.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in others
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._main_person = str(v.contact_person_id) if v.contact_person_id else None
        self.set_person_ids(v.contact_person_ids)
        self.note.setPlainText(v.note or "")

    def values(self) -> dict:
        return {"company_id": str(self.company_id) if self.company_id else None, "company_text": self.company.text(),
                "date": self.date.text(), "time": self.time.text(), "length": self.length.currentData(),
                "place": self.place.text(), "visit_type": self.visit_type.currentData(),
                "template_id": self.template.currentData(), "person_ids": self.person_ids(),
                "note": self.note.toPlainText()}

    def _save_draft(self) -> None:
        self._drafts.save(DRAFT_KEY, self.values())

    def _offer_draft(self, draft: dict) -> None:
        answer = QMessageBox.question(
            self, self.tr("Unsaved visit"),
            self.tr("A visit you were planning was not saved (for example after a crash). Restore it?"))
        if answer != QMessageBox.StandardButton.Yes:
            self._drafts.discard(DRAFT_KEY)
            return
        if draft.get("company_id"):
            try:
                self.set_company(uuid.UUID(draft["company_id"]))
            except (JobCRMError, ValueError):
                self.company.setText(draft.get("company_text") or "")
        self.date.setText(draft.get("date") or "")
        self.time.setText(draft.get("time") or "")
        for combo, key in ((self.length, "length"), (self.visit_type, "visit_type"), (self.template, "template_id")):
            if draft.get(key) is not None:
                combo.setCurrentIndex(max(combo.findData(draft[key]), 0))
        if "person_ids" in draft or draft.get("person_id"):
            self.set_person_ids(draft.get("person_ids") or [draft["person_id"]])
        self.place.setText(draft.get("place") or "")
        self.note.setPlainText(draft.get("note") or "")

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        for w in self._fields.values():
            w.setStyleSheet("")
        errors = {}
        if self.company_id is None:
            errors["company_id"] = self.tr("Choose the company from the list that appears as you type.")
        day = start = None
        try:
            day = self._parse_day()
        except DateParseError as e:
            errors["start"] = str(e)
        try:
            at = parse_time(self.time.text() or "")
        except DateParseError as e:
            errors["time"] = str(e)
            at = None
        if errors:
            self.show_errors(errors)
            return
        start = dt.datetime.combine(day, at)
        others = tuple(uuid.UUID(self.others.item(i).data(Qt.ItemDataRole.UserRole))
                       for i in range(self.others.count())
                       if self.others.item(i).checkState() == Qt.CheckState.Checked)
        persons = [uuid.UUID(x) for x in self.person_ids()]
        data = VisitInput(
            company_id=self.company_id, start=start, end=start + dt.timedelta(minutes=self.length.currentData()),
            consultant_id=uuid.UUID(self.consultant.currentData()) if self.consultant.currentData() else None,
            other_consultant_ids=others, contact_person_id=persons[0] if persons else None,
            other_person_ids=tuple(persons[1:]),
            place=self.place.text(), visit_type=self.visit_type.currentData(),
            template_id=uuid.UUID(self.template.currentData()) if self.template.currentData() else None,
            note=self.note.toPlainText())
        try:
            if self._visit is None:
                self.saved = self._services.visits.plan(data)
            else:
                self.saved = self._services.visits.update(self._visit.id, data)
        except ValidationError as e:
            self.show_errors(e.errors)
            return
        except JobCRMError as e:
            self.show_errors({"": str(e)})
            return
        self._autosave.stop()
        if self._visit is None:
            self._drafts.discard(DRAFT_KEY)
        self.accept()

    def reject(self) -> None:
        self._autosave.stop()
        if self._visit is None:
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


class VisitStatusDialog(QDialog):
    """Aflys / flyt / udeblevet, with the reason; a move can give the new time at once."""

    def __init__(self, services, visit: VisitDTO, lang: str = "da", parent: QWidget | None = None,
                 status: str | None = None):
        super().__init__(parent)
        self._services = services
        self._visit = visit
        self.result_visit: VisitDTO | None = None
        self.setWindowTitle(self.tr("Change the visit's status"))
        self.setMinimumWidth(520)
        self.status = QComboBox()
        codes = ["aflyst_virksomhed", "aflyst_jobcenter", "flyttet", "udeblevet"]
        if visit.status != "planlagt":
            codes = ["planlagt"]
        for code in codes:
            self.status.addItem(VISIT_STATUS.label(code, lang), code)
        if status in codes:
            self.status.setCurrentIndex(codes.index(status))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(self.tr("Why? (required when cancelled or moved)"))
        self.new_date = QLineEdit()
        self.new_date.setPlaceholderText(self.tr("New date, e.g. 03.12.2026 (optional)"))
        self.new_time = QLineEdit()
        self.new_time.setPlaceholderText("09:00")
        self.new_time.setMaximumWidth(90)
        self.move_row = QWidget()
        ml = QHBoxLayout(self.move_row)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.new_date, 1)
        ml.addWidget(QLabel(self.tr("at")))
        ml.addWidget(self.new_time)
        form = QFormLayout()
        head = QLabel(f"<b>{_html(visit.company_name)}</b> · {fmt.datetime(visit.start_at)}")
        form.addRow(head)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Reason"), self.reason)
        self.move_label = QLabel(self.tr("New time"))
        form.addRow(self.move_label, self.move_row)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        moving = self.status.currentData() == "flyttet"
        self.move_row.setVisible(moving)
        self.move_label.setVisible(moving)

    def save(self) -> None:
        status = self.status.currentData()
        new_start = None
        if status == "flyttet" and self.new_date.text().strip():
            try:
                day = parse_date(self.new_date.text(), self._services.ctx.clock.today(),
                                 self._services.settings.calendar())
                at = parse_time(self.new_time.text() or f"{self._visit.start_at.astimezone():%H:%M}")
            except DateParseError as e:
                self._error(str(e))
                return
            new_start = dt.datetime.combine(day, at)
        try:
            self.result_visit = self._services.visits.set_status(self._visit.id, status,
                                                                 self.reason.toPlainText(), new_start)
        except JobCRMError as e:
            self._error(str(e) if not isinstance(e, ValidationError) else "\n".join(e.errors.values()))
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def _html(text: str) -> str:
    from html import escape

    return escape(text or "")
