"""Create or edit a placement slot: every field of PRODUCT.md §6, with its mentors. Errors are shown in
Danish next to the fields; what is typed is autosaved as a draft."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import SCHEME, SLOT_TAGS
from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.slot_dto import SlotDetail, SlotInput
from jobcrm.ui import fmt
from jobcrm.ui.drafts import DraftStore

ERROR_STYLE = "border: 1px solid #b3261e; background: #fdecea;"
_TEXTS = ("tasks", "opportunities", "qualifications", "special_conditions", "absence_handling", "what_to_bring")


class SlotEditor(QDialog):
    def __init__(self, services, drafts: DraftStore, slot: SlotDetail | None = None,
                 company_id: uuid.UUID | None = None, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._drafts = drafts
        self._slot = slot
        self._lang = lang
        self.saved: SlotDetail | None = None
        self.company_id = slot.company_id if slot else company_id
        self._suggestions: dict[str, uuid.UUID] = {}
        self._draft_key = f"slot-{slot.id if slot else 'new'}"
        self.setWindowTitle(self.tr("Edit slot") if slot else self.tr("New slot"))
        self.resize(860, 760)
        self.edits: dict[str, QWidget] = {}

        facts = QGroupBox(self.tr("The slot"))
        grid = QGridLayout(facts)
        left, right = QFormLayout(), QFormLayout()
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Type a company name or CVR…"))
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._pick_company)
        self.company.setCompleter(completer)
        self.company.textEdited.connect(self._suggest)
        self.edits["company_id"] = self.company
        left.addRow(self.tr("Company *"), self.company)
        scheme = QComboBox()
        for term in SCHEME:
            scheme.addItem(term.label(lang), term.code)
        self.edits["scheme"] = scheme
        left.addRow(self.tr("Scheme *"), scheme)
        left.addRow(self.tr("Title *"), self._line("title", self.tr("e.g. Warehouse assistant")))
        capacity = QSpinBox()
        capacity.setRange(1, 200)
        self.edits["capacity"] = capacity
        left.addRow(self.tr("Seats"), capacity)
        left.addRow(self.tr("Hours per week"), self._line("hours_per_week", "25"))
        left.addRow(self.tr("Working hours"), self._line("working_hours", self.tr("e.g. Mon–Thu 7–15")))
        right.addRow(self.tr("Available from"), self._line("available_from", fmt.date(services.ctx.clock.today())))
        right.addRow(self.tr("Available to"), self._line("available_to", self.tr("(open-ended)")))
        right.addRow(self.tr("Workplace address"), self._line("site_address", self.tr("if not the company's")))
        tags = self._line("tags", self.tr("comma separated"))
        tag_completer = QCompleter(list(SLOT_TAGS), self)
        tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_picker = QComboBox()
        self.tag_picker.addItem(self.tr("Add a tag…"), None)
        for t in SLOT_TAGS:
            self.tag_picker.addItem(t, t)
        self.tag_picker.activated.connect(self._add_tag)
        right.addRow(self.tr("Tags"), tags)
        right.addRow("", self.tag_picker)
        responsible = QComboBox()
        for c in services.consultants.list():
            responsible.addItem(f"{c.initials} — {c.name}", str(c.id))
        self.edits["responsible_id"] = responsible
        right.addRow(self.tr("Responsible"), responsible)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)

        texts = QGroupBox(self.tr("Description (shown on the practicum presentation)"))
        tform = QFormLayout(texts)
        for key, label in (("tasks", self.tr("Tasks")), ("opportunities", self.tr("What the company offers")),
                           ("qualifications", self.tr("Qualifications")),
                           ("special_conditions", self.tr("Special conditions / considerations")),
                           ("absence_handling", self.tr("Agreed handling of absence")),
                           ("what_to_bring", self.tr("What to bring"))):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(48)
            self.edits[key] = edit
            tform.addRow(label, edit)

        mentors = QGroupBox(self.tr("Mentors"))
        ml = QVBoxLayout(mentors)
        self.mentor_list = QListWidget()
        self.mentor_list.setFixedHeight(96)
        ml.addWidget(self.mentor_list)
        self.new_mentor_button = QPushButton(self.tr("New mentor…"))
        self.new_mentor_button.clicked.connect(self._new_mentor)
        ml.addWidget(self.new_mentor_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addWidget(facts)
        bl.addWidget(texts)
        bl.addWidget(mentors)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        me = services.ctx.actor.id
        if me is not None:
            responsible.setCurrentIndex(max(responsible.findData(str(me)), 0))
        if slot is not None:
            values = slot.as_input().__dict__ | {"company_name": slot.company_name}
            self.set_values(values)
        elif company_id is not None:
            self.set_values({"company_id": company_id, "company_name": services.companies.get(company_id).name})
        self._fill_mentors(set(m.id for m in slot.mentors) if slot else set())
        draft = drafts.load(self._draft_key)
        if draft:
            self._offer_draft(draft)
        self._autosave = QTimer(self, singleShot=True, interval=800)
        self._autosave.timeout.connect(self._save_draft)
        for w in self.edits.values():
            signal = getattr(w, "textChanged", None) or getattr(w, "valueChanged", None) or w.currentIndexChanged
            signal.connect(self._autosave.start)
        self.mentor_list.itemChanged.connect(self._autosave.start)

    # --- building helpers ----------------------------------------------------------------------
    def _line(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.edits[key] = edit
        return edit

    def _add_tag(self, index: int) -> None:
        tag = self.tag_picker.itemData(index)
        if tag:
            edit = self.edits["tags"]
            current = [t.strip() for t in edit.text().split(",") if t.strip()]
            if tag not in current:
                edit.setText(", ".join([*current, tag]))
        self.tag_picker.setCurrentIndex(0)

    def _suggest(self, text: str) -> None:
        self.company_id = None
        rows = self._services.companies.suggest(text, 12) if len(text.strip()) >= 2 else []
        self._suggestions = {f"{r.name} ({r.city or r.cvr or ''})": r.id for r in rows}
        self._completions.setStringList(list(self._suggestions))

    def _pick_company(self, text: str) -> None:
        cid = self._suggestions.get(text)
        if cid is not None:
            self.company_id = cid
            self.company.setText(self._services.companies.get(cid).name)
            self._fill_mentors(self.selected_mentors())

    def _fill_mentors(self, selected: set) -> None:
        self.mentor_list.blockSignals(True)
        self.mentor_list.clear()
        for m in self._services.mentors.list(company_id=self.company_id, limit=300):
            where = m.where or ""
            item = QListWidgetItem(f"{m.name} — {where}" if where else m.name)
            item.setData(Qt.ItemDataRole.UserRole, str(m.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in selected else Qt.CheckState.Unchecked)
            self.mentor_list.addItem(item)
        self.mentor_list.blockSignals(False)

    def selected_mentors(self) -> set[uuid.UUID]:
        out = set()
        for i in range(self.mentor_list.count()):
            item = self.mentor_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(uuid.UUID(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _new_mentor(self) -> None:
        from jobcrm.ui.dialogs.mentor_editor import MentorEditor

        dialog = MentorEditor(self._services, self._drafts, None, self.company_id, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self._fill_mentors(self.selected_mentors() | {dialog.saved.id})

    # --- values --------------------------------------------------------------------------------
    def values(self) -> dict:
        out: dict = {"company_id": str(self.company_id) if self.company_id else None,
                     "company_name": self.company.text()}
        for key, w in self.edits.items():
            if key == "company_id":
                continue
            if isinstance(w, QLineEdit):
                out[key] = w.text()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            elif isinstance(w, QSpinBox):
                out[key] = w.value()
            else:
                out[key] = w.currentData()
        out["mentor_ids"] = [str(m) for m in self.selected_mentors()]
        return out

    def set_values(self, values: dict) -> None:
        if values.get("company_id"):
            self.company_id = uuid.UUID(str(values["company_id"]))
            self.company.setText(values.get("company_name") or "")
        for key, value in values.items():
            w = self.edits.get(key)
            if w is None or key == "company_id":
                continue
            if isinstance(w, QLineEdit):
                if key in ("available_from", "available_to") and value is not None and not isinstance(value, str):
                    value = fmt.date(value)
                w.setText("" if value is None else str(value))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, QSpinBox):
                w.setValue(int(value or 1))
            else:
                w.setCurrentIndex(max(w.findData(str(value) if key == "responsible_id" and value else value), 0))
        if "mentor_ids" in values and self.mentor_list.count():
            self._fill_mentors({uuid.UUID(str(m)) for m in values["mentor_ids"]})

    def _input(self) -> SlotInput:
        v = self.values()
        blank = lambda x: x if x not in ("", None) else None  # noqa: E731
        return SlotInput(
            company_id=self.company_id, scheme=v["scheme"], title=v["title"], capacity=v["capacity"],
            available_from=blank(v["available_from"]), available_to=blank(v["available_to"]),
            hours_per_week=blank(v["hours_per_week"]), working_hours=blank(v["working_hours"]),
            tags=blank(v["tags"]), site_address=blank(v["site_address"]),
            responsible_id=uuid.UUID(v["responsible_id"]) if v["responsible_id"] else None,
            mentor_ids=tuple(self.selected_mentors()), **{k: blank(v[k]) for k in _TEXTS})

    # --- drafts --------------------------------------------------------------------------------
    def _save_draft(self) -> None:
        self._drafts.save(self._draft_key, self.values())

    def _offer_draft(self, draft: dict) -> None:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("There are unsaved changes from last time (for example after a crash). Restore them?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.set_values(draft)
        else:
            self._drafts.discard(self._draft_key)

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        self._clear_errors()
        try:
            data = self._input()
            if self._slot is None:
                self.saved = self._services.slots.create(data)
            else:
                self.saved = self._services.slots.update(self._slot.id, data)
        except ValidationError as e:
            self.show_errors(e.errors)
            return
        except JobCRMError as e:
            self.show_errors({"": str(e)})
            return
        self._autosave.stop()
        self._drafts.discard(self._draft_key)
        self.accept()

    def reject(self) -> None:
        self._autosave.stop()
        self._drafts.discard(self._draft_key)
        super().reject()

    def show_errors(self, errors: dict[str, str]) -> None:
        for key in errors:
            w = self.edits.get(key)
            if w is not None:
                w.setStyleSheet(ERROR_STYLE)
        first = next((self.edits[k] for k in errors if k in self.edits), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.error_label.setText("\n".join(errors.values()))
        self.error_label.show()

    def _clear_errors(self) -> None:
        for w in self.edits.values():
            w.setStyleSheet("")
        self.error_label.hide()
